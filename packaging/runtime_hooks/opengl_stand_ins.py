"""PyInstaller runtime hook: stand-ins for PySide6's OpenGL bindings, which the bundle leaves out.

pyqtgraph imports PySide6.QtOpenGL and PySide6.QtOpenGLWidgets when it loads (PlotCurveItem,
OpenGLHelpers), but uses them only to draw with OpenGL, which the indicator charts never turn on
(useOpenGL and enableExperimental stay off). The real bindings weigh 9 MB. The stand-ins are
empty modules; the one name read at import time, QOpenGLWidget (a base class pyqtgraph defines a
GL view on), resolves to QWidget on first access, so nothing Qt loads here at start-up.
"""

import sys
import types


def _stand_in(name: str, **lazy_names: tuple[str, str]) -> types.ModuleType:
    module = types.ModuleType(name, "Stand-in: OpenGL drawing is not part of this build.")

    def __getattr__(attribute):
        if attribute in lazy_names:
            source, target = lazy_names[attribute]
            return getattr(__import__(source, fromlist=[target]), target)
        raise AttributeError(f"{name}.{attribute} is not part of this build (no OpenGL drawing)")

    module.__getattr__ = __getattr__
    return module


sys.modules.setdefault("PySide6.QtOpenGL", _stand_in("PySide6.QtOpenGL"))
sys.modules.setdefault("PySide6.QtOpenGLWidgets", _stand_in(
    "PySide6.QtOpenGLWidgets", QOpenGLWidget=("PySide6.QtWidgets", "QWidget")))
