"""pyqtgraph and numpy load only when the indicators view is first shown (clean interpreter)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = """
import json, os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from db.atlas import Atlas
import ui.indicators.indicators_view as module
steps = {{"imported": "pyqtgraph" in sys.modules or "numpy" in sys.modules}}
view = module.IndicatorsView(Atlas({db!r}))
view.resize(900, 600)
steps["constructed"] = "pyqtgraph" in sys.modules or "numpy" in sys.modules
steps["chart_before_show"] = view._chart is not None
view.show()
app.processEvents()
steps["shown"] = "pyqtgraph" in sys.modules and "numpy" in sys.modules
steps["chart_after_show"] = view._chart is not None
print(json.dumps(steps))
"""


def test_pyqtgraph_is_absent_until_the_view_is_shown(db_path):
    code = _SCRIPT.format(root=str(ROOT), db=str(db_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    steps = json.loads(result.stdout.strip().splitlines()[-1])
    assert steps == {"imported": False, "constructed": False, "chart_before_show": False,
                     "shown": True, "chart_after_show": True}


def test_view_modules_do_not_import_plotting_at_module_level():
    for name in ("indicators_view.py", "indicator_list_model.py", "indicator_print.py",
                 "indicators_layout.py", "indicator_html.py"):
        tree = ast.parse((ROOT / "ui" / "indicators" / name).read_text(encoding="utf-8"))
        modules = set()
        for node in tree.body:  # module level only: imports inside functions are the lazy ones
            if isinstance(node, ast.Import):
                modules |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                modules.add(node.module)
        heavy = {m for m in modules if m.split(".")[0] in {"pyqtgraph", "numpy"} or m == "ui.indicators.indicator_plot"}
        assert heavy == set(), name


_WARM_UP = """
import json, os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from PySide6.QtCore import qInstallMessageHandler
messages = []
qInstallMessageHandler(lambda mode, context, text: messages.append(text))
from PySide6.QtWidgets import QApplication
app = QApplication([])
import ui.indicators.indicators_view as module
before = "pyqtgraph" in sys.modules
task = module.warm_up()
assert module.warm_up() is task
assert task.wait(60)
view = module.IndicatorsView(__import__("db.atlas", fromlist=["Atlas"]).Atlas({db!r}))
view.show()
app.processEvents()
print(json.dumps({{"before": before, "after": "pyqtgraph" in sys.modules, "chart": view._chart is not None,
                  "messages": [m for m in messages if "propagateSizeHints" not in m]}}))
"""


def test_warm_up_imports_the_chart_module_in_the_background(db_path):
    code = _WARM_UP.format(root=str(ROOT), db=str(db_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "before": False, "after": True, "chart": True, "messages": []}
