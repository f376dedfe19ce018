"""The interface in English, Russian and Kazakh: translation files, start-up language, switching
without losing the reader's place, dates, fonts, and the --lang option."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontMetrics

from db.atlas import Atlas
from tests.conftest import ROOT, run_cli
from tests.ui_helpers import app_names, make_window, type_text, user_store
from ui.i18n import languages, translations
from ui.i18n.dates import format_date, format_number

TS_FILES = {lang: ROOT / "resources" / "i18n" / f"atlas_{lang}.ts" for lang in ("ru", "kk")}
KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.fixture
def english_afterwards(atlas):
    """Tests that switch language leave the session's atlas and translators in English."""
    yield
    translations.install("en")
    atlas.set_language("en")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS_FILES[lang]).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


# -- the translation files ------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_message_is_translated_and_keeps_its_placeholders(lang):
    found = messages(lang)
    assert len(found) > 400
    for context, source, translation in found:
        where = f"{lang} [{context}] {source!r}"
        assert translation.get("type") is None, f"{where} is {translation.get('type')}"
        text = translation.text or ""
        assert text.strip(), f"{where} has an empty translation"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        if re.search(r"[A-Za-z]{3}", source.replace("PDF", "").replace("PNG", "").replace("CSV", "")):
            assert re.search(r"[\u0400-\u04ff]", text), f"{where} is not in Cyrillic: {text!r}"


def test_kazakh_uses_kazakh_letters_and_official_names():
    text = " ".join(t.text or "" for _c, _s, t in messages("kk"))
    assert all(letter in text for letter in "әғқңөұүі")
    assert "Құрылтай" in text and "Конституциялық Сот" in text
    russian = " ".join(t.text or "" for _c, _s, t in messages("ru"))
    assert "Курултай" in russian and "Конституционный Суд" in russian
    assert not re.search(f"[{KAZAKH_LETTERS}]", russian)


def test_the_ts_files_hold_every_string_of_the_interface():
    """pyside6-lupdate run on ui/ now gives exactly the committed .ts files: no string of the
    interface is missing a translation, and none is left over."""
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "translations" / "update_ts.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def _translation_calls_inside_f_strings(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    func = inner.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in ("tr", "translate"):
                        lines.append(inner.lineno)
    return lines


def test_no_interface_string_hides_inside_an_f_string():
    """pyside6-lupdate does not read inside f-strings: a tr()/translate() there is never collected,
    so its text stays English in Russian and Kazakh (the Sources and Glossary details did)."""
    found = [f"{path.relative_to(ROOT)}:{line}" for path in sorted((ROOT / "ui").rglob("*.py"))
             for line in _translation_calls_inside_f_strings(ast.parse(path.read_text(encoding="utf-8")))]
    assert not found, found
    assert _translation_calls_inside_f_strings(ast.parse("f\"{esc(translate('C', 'x'))}\""))  # it would see one


def test_compiled_translations_load(qapp, english_afterwards, tmp_path):
    assert translations.ensure_compiled((), tmp_path) == []
    assert translations.install("kk") == "kk"
    from PySide6.QtCore import QCoreApplication
    assert QCoreApplication.translate("MainWindow", "Bookmarks") == "Бетбелгілер"
    # Qt's own strings (standard buttons, print preview) come from qtbase_kk.qm
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    translations.install("en")
    assert QCoreApplication.translate("MainWindow", "Bookmarks") == "Bookmarks"


# -- which language, and switching ------------------------------------------------------------------

def test_start_language_follows_option_then_saved_choice_then_system():
    assert languages.start_language("kk", "ru", "en_US") == "kk"
    assert languages.start_language(None, "ru", "kk_KZ") == "ru"
    assert languages.start_language(None, None, "kk_KZ") == "kk"
    assert languages.start_language(None, None, "ru_KZ") == "ru"
    assert languages.start_language(None, None, "de_DE") == "en"
    assert languages.start_language(None, "xx", "C") == "en"


def test_the_window_opens_in_russian_on_a_russian_locale(db_path, tmp_path):
    script = (
        "import sys; sys.path.insert(0, " + repr(str(ROOT)) + ")\n"
        "from PySide6.QtCore import QSettings\n"
        "from ui.shell.app import create_application, start_language\n"
        "from ui.shell.main_window import MainWindow\n"
        "from db.atlas import Atlas\n"
        "from db.user_store import UserStore\n"
        "import os, pathlib\n"
        "app = create_application(['x', '-platform', 'offscreen'])\n"
        "lang = start_language(None, QSettings())\n"
        "atlas = Atlas(pathlib.Path(" + repr(str(db_path)) + ")); atlas.set_language(lang)\n"
        "w = MainWindow(atlas, UserStore.open(pathlib.Path(os.environ['REFORM_ATLAS_USER_DATA'])))\n"
        "print(lang, '|'.join(a.text() for a in w.menuBar().actions()), w.windowTitle(), sep='\\n')\n"
    )
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8", "LANGUAGE": "ru",
           "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "REFORM_ATLAS_USER_DATA": str(tmp_path / "user")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lang, menus, title = done.stdout.strip().splitlines()
    assert lang == "ru"
    assert "&Файл" in menus.split("|") and "&Справка" in menus.split("|")
    assert title == "Атлас реформ Казахстана"


def test_switching_language_retranslates_and_keeps_the_readers_place(qtbot, qapp, atlas, tmp_path,
                                                                     english_afterwards):
    app_names(qapp)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    store = user_store()
    window = make_window(qtbot, atlas, store, settings)
    try:
        type_text(window.search.field, "referendum")
        window.search.run_query()
        first = window.search.model.index(0).data(0x0100 + 2)
        window.open_entry(first)
        window.show_view("timeline")
        file_menu = window.menuBar().actions()[0]
        assert file_menu.text() == "&File"

        window.menu_actions["lang:kk"].trigger()

        assert window.language == "kk" and atlas.language == "kk"
        assert file_menu.text() == "&Файл" and window.menuBar().actions()[-1].text() == "&Анықтама"
        assert window.menu_actions["view:bookmarks"].text() == "Бетбелгілер"
        assert window.menu_actions["lang:kk"].isChecked() and not window.menu_actions["lang:en"].isChecked()
        assert window.search.field.text() == "referendum"
        assert window.views.current_name == "timeline"
        assert window.entry_panel.entry is not None and window.entry_panel.entry.id == first
        assert window.search.facets.clear_button.text() == "Сүзгілерді тазалау"
        page = window.entry_panel.page.toPlainText()
        assert "ағылшын тілінен аударма" in page and "Дереккөздер" in page
        assert window.result_count.text() == ""  # the search count belongs to the Search view
        window.show_view("search")
        assert window.result_count.text().startswith("Жазбалар: ")
        timeline = window.views.view("timeline")
        assert timeline.canvas.accessibleName() == "Жазбалардың күн бойынша хронологиясы"
        assert settings.value(languages.SETTINGS_KEY) == "kk"

        window.menu_actions["lang:en"].trigger()
        assert file_menu.text() == "&File"
        assert "authoritative" not in window.entry_panel.page.toPlainText()
        assert window.entry_panel.entry.id == first and window.search.field.text() == "referendum"
    finally:
        window.settings = None
        window.close()
        store.close()


def test_a_built_power_view_keeps_its_date_across_a_switch(qtbot, qapp, atlas, english_afterwards):
    app_names(qapp)
    store = user_store()
    window = make_window(qtbot, atlas, store)
    try:
        view = window.show_view("powers")
        view.set_date("2020-06-01")
        view.set_compare("2019-01-01")
        window.set_language("ru", remember=False)
        rebuilt = window.views.view("powers")
        assert rebuilt is not view and rebuilt.date() == "2020-06-01"
        assert rebuilt.compare_box.isChecked()
        assert rebuilt.tabs.tabText(0) == "&Схема"
        assert "Изменения: 1 января 2019 г. \u2192 1 июня 2020 г." in rebuilt.side_panel.toPlainText()
    finally:
        window.close()
        store.close()


def test_a_chart_points_tooltip_speaks_the_interface_language(qapp, atlas, english_afterwards):
    from ui.indicators.indicator_html import hover_lines
    series = atlas.indicator("middle-corridor-cargo")
    point = next(p for p in series.points if p.year == 2023 and p.kind == "actual")
    sources = {s.id: s for s in atlas.sources()}
    english = hover_lines(series, point, sources.get(point.source_id))
    assert english[2] == "2023 \u00b7 Actual" and english[3].startswith("Source: Report.az")
    translations.install("kk")
    kazakh = hover_lines(series, point, sources.get(point.source_id))
    assert kazakh[2] == "2023 \u00b7 Нақты" and kazakh[3].startswith("Дереккөз: Report.az")
    assert kazakh[1] == english[1]  # the value and unit come from the data


# -- dates and numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, day, month, year", [
    ("en", "5 June 2022", "June 2022", "2022"),
    ("ru", "5 июня 2022 г.", "июнь 2022 г.", "2022 г."),
    ("kk", "2022 жылғы 5 маусым", "2022 жылғы маусым", "2022 жыл"),
])
def test_dates_follow_the_language_at_each_precision(lang, day, month, year):
    assert format_date("2022-06-05", lang) == day
    assert format_date("2022-06", lang) == month
    assert format_date("2022", lang) == year
    assert format_date("not a date", lang) == "not a date"
    assert format_date("2022-13-01", lang) == "2022-13-01"


def test_numbers_follow_the_language():
    assert format_number(1234567, lang="en") == "1,234,567"
    assert format_number(1234.5, 1, lang="ru").replace("\u00a0", " ") == "1 234,5"
    assert format_number(1234.5, 1, lang="kk").replace("\u00a0", " ") == "1 234,5"


# -- fonts: every Kazakh letter is drawn ------------------------------------------------------------

def test_the_window_and_paper_fonts_have_every_kazakh_letter(qapp, window_font_families=None):
    from ui.paper import paper
    for font in (QFont(qapp.font()), paper.font(10)):
        metrics = QFontMetrics(font)
        missing = [c for c in KAZAKH_LETTERS if not metrics.inFontUcs4(ord(c))]
        assert not missing, f"{font.family()} lacks {''.join(missing)}"


def test_kazakh_printout_says_it_is_a_translation_and_embeds_kazakh_text(db_path, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "kk.pdf"
    done = run_cli("--lang", "kk", "print", "constitutional-referendum-2022", "--pdf", str(out), db=db_path)
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(str(out)).pages).split())
    assert "ағылшын тілінен аударма" in text and "Дереккөздер" in text
    assert "2022 жылғы 5 маусым" in text


# -- the command line -------------------------------------------------------------------------------

def test_lang_option_is_checked_and_reaches_the_screenshot(db_path, tmp_path):
    bad = run_cli("--lang", "de", "search", "x", db=db_path)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "choose en, ru or kk" in bad.stderr
    from cli.main import _window_args
    assert _window_args(["--lang", "kk"]).lang == "kk"
    assert _window_args(["--db", "x.db", "--lang=ru_RU"]).lang == "ru"
    assert _window_args(["--lang", "de"]) is None  # the full parser then says why
    shot = tmp_path / "ru.png"
    done = run_cli("--lang", "ru", "screenshot", str(shot), "--size", "1024x640", db=db_path)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000


def test_translated_names_are_not_used_for_the_settings_key():
    """The Language menu shows each language in itself, never translated."""
    assert languages.NATIVE_NAMES == {"en": "English", "ru": "Русский", "kk": "Қазақша"}
    assert Path(TS_FILES["kk"]).read_text(encoding="utf-8").count("Қазақша") == 0


def test_the_language_menu_switches_the_content_too(qtbot, qapp, atlas, english_afterwards):
    """Russian / Kazakh in the menu: entry text, glossary, sources, indicators and the power
    map's relation labels come from the content translations (db/data/i18n), not only the
    interface's own words."""
    app_names(qapp)
    store = user_store()
    window = make_window(qtbot, atlas, store)
    try:
        window.open_entry("constitutional-referendum-2022")
        window.menu_actions["lang:kk"].trigger()
        kazakh = atlas.entry("constitutional-referendum-2022")
        assert kazakh.title == "2022 жылғы 5 маусымдағы конституциялық референдум"
        page = window.entry_panel.page.toPlainText()
        assert kazakh.title in page and kazakh.summary[:60] in page and "Конституциялық реформа" in page

        window.menu_actions["lang:ru"].trigger()
        glossary = window.show_view("glossary")
        assert glossary.select_term("senate")
        text = glossary.details.toPlainText()
        term = next(t for t in atlas.glossary() if t["id"] == "senate")
        assert term["term"] in text and term["definition"][:40] in text
        assert "перевод" in text and "Написания" in text and "Записи, где он упоминается" in text

        indicators = window.show_view("indicators")
        assert indicators.show_indicator("gdp-per-capita-wb")
        english = Atlas(atlas.path)
        try:
            english_name = english.indicator("gdp-per-capita-wb").name
        finally:
            english.close()
        assert indicators.ui.title.text() == atlas.indicator("gdp-per-capita-wb").name != english_name

        labels = atlas.relation_labels()
        assert labels["appoints"][0] != "appoints" and all(any("а" <= ch <= "я" for ch in label)
                                                          for label, _ in labels.values())
        assert atlas.power_balance().institutions["senate"].name == "Сенат"
    finally:
        window.close()
        store.close()
