"""The window's side of a language switch, and the texts it rebuilds from data: after the
translators are installed (every widget then retranslates its own labels), the views that read
their texts from the atlas once are built again in their place, and the results and the page
shown are read again in the new language. Strings are in the "MainWindow" context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from models.search import SearchResults
from ui.i18n.dates import format_number

translate = QCoreApplication.translate

# Views whose widgets show text from the atlas that is read once when they are built (institution
# and series names, timeline rows): after a language switch they are built again, keeping their place.
CONTENT_VIEWS = ("timeline", "powers", "indicators")


def reload_content(window: QMainWindow) -> None:
    """`window` is the MainWindow (not imported here: it imports this module). Keeps the reader's
    place: the query, filters, the entry or institution shown, the view and the scroll position."""
    current_view = window.views.current_name
    for name in CONTENT_VIEWS:
        window.views.rebuild(name)
    window.search.refresh_content()
    window.entry_panel.refresh()
    if window.entry_panel.entry is not None:
        window.search.select_entry(window.entry_panel.entry.id)
        timeline = window.views.view("timeline")
        if timeline is not None:
            timeline.select_entry(window.entry_panel.entry.id)
    if current_view and window.views.current_name != current_view:
        window.views.show_view(current_view)


def result_count_text(results: SearchResults, filters: list[str]) -> str:
    """The status bar's count: "12 entries · filtered by Elections", in the interface language."""
    number = format_number(results.total)
    if results.total_is_lower_bound:
        text = translate("MainWindow", "at least {n} entries").format(n=number)
    elif results.total == 1:
        text = translate("MainWindow", "{n} entry").format(n=number)
    else:
        text = translate("MainWindow", "{n} entries").format(n=number)
    if filters:
        text += " \u00b7 " + translate("MainWindow", "filtered by {filters}").format(filters=", ".join(filters))
    return text
