"""Colours and texts of the power-balance graph: relation families, change statuses, branch tints,
the screen scheme (follows the palette, light or dark) and the print one (always light), and the
escaped tooltip of a relation."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from models.power_balance import (
    RELATIONS,
    Power,
    PowerInstitution,
)
from ui.common.html_text import esc

# Lengths are derived from the font (power_graph_geometry.GraphMetrics); where the branch boxes
# go, from the view's width (power_graph_layout).

# Edge colours by relation family (screen, light / dark) and by change status in compare mode.
# Each is at least 4.5:1 against the graph's background and box fill in its theme, as text
# (labels) and so far above the 3:1 asked of marks (arrows); tests/test_powers_contrast.py checks.
GROUP_COLORS = {
    "appoint": ("#1f5fa8", "#6fa8ec"),
    "elect": ("#2e7d32", "#74c77a"),
    "consent": ("#9a5b00", "#f0a73a"),
    "remove": ("#c62828", "#ff7b7b"),
    "access": ("#6a3fa0", "#b895ea"),
    "advise": ("#00796b", "#4fc3b4"),
    "oversee": ("#6d4c41", "#c49a84"),
}
GROUP_LABELS = {
    "appoint": "appoints / nominates", "elect": "elects", "consent": "consents / approves",
    "remove": "dismisses / dissolves / no confidence", "access": "applies to (access)",
    "advise": "proposes / recommends", "oversee": "summons / oversees",
}
STATUS_COLORS = {
    "gained": ("#17782a", "#5fd06d"),
    "lost": ("#c62828", "#ff6b6b"),
    "changed": ("#a35d00", "#ffb347"),
    "unclear": ("#7a5aa6", "#b79ce0"),
}
STATUS_LABELS = {
    "gained": "gained", "lost": "lost", "changed": "changed conditions",
    "unclear": "unclear: the sources cannot tell", "same": "unchanged",
}
BRANCH_TINTS = {
    "executive": "#3b6fb6", "legislative": "#2f8f5b", "judicial": "#7a4fa3", "oversight": "#a8612a",
    "local": "#2a8a9a", "consultative": "#8a7a2a", "citizens": "#a03a5a",
}


@dataclass(frozen=True)
class GraphColors:
    dark: bool
    background: QColor
    text: QColor
    muted: QColor
    box: QColor
    box_border: QColor
    label_back: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> GraphColors:
        dark = palette.color(QPalette.Base).lightness() < 128
        base = palette.color(QPalette.Base)
        text = palette.color(QPalette.Text)
        muted = QColor("#a3a39e") if dark else QColor("#66665f")  # >= 4.5:1 on the background and boxes
        box = QColor(base).lighter(118) if dark else QColor("#f7f7f5")
        border = QColor("#4a4c50") if dark else QColor("#d4d4cf")
        label = QColor(base)
        label.setAlpha(225)
        return cls(dark, base, text, muted, box, border, label)

    @classmethod
    def print_light(cls) -> GraphColors:
        label = QColor("#ffffff")
        label.setAlpha(235)
        return cls(False, QColor("#ffffff"), QColor("#111111"), QColor("#66665f"), QColor("#f6f6f4"),
                   QColor("#cfcfca"), label)

    def pick(self, pair: tuple[str, str]) -> QColor:
        return QColor(pair[1] if self.dark else pair[0])

    def branch_fill(self, branch: str) -> QColor:
        tint = QColor(BRANCH_TINTS.get(branch, "#777777"))
        mix = 0.30 if self.dark else 0.16
        return _mix(self.background, tint, mix)

    def branch_edge(self, branch: str) -> QColor:
        tint = QColor(BRANCH_TINTS.get(branch, "#777777"))
        return tint.lighter(140) if self.dark else tint


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() * (1 - t) + b.red() * t), round(a.green() * (1 - t) + b.green() * t),
                  round(a.blue() * (1 - t) + b.blue() * t))


def edge_color(colors: GraphColors, power: Power, status: str | None) -> QColor:
    if status is None:
        return colors.pick(GROUP_COLORS.get(RELATIONS[power.relation].group if power.relation in RELATIONS
                                            else "advise", GROUP_COLORS["advise"]))
    if status in STATUS_COLORS:
        return colors.pick(STATUS_COLORS[status])
    return QColor(colors.muted)  # unchanged: grey, but still 3:1 and more as a mark


def power_tooltip(power: Power, names: dict[str, PowerInstitution], date: str = "",
                  status: str = "", was: Power | None = None) -> str:
    """Rich-text tooltip: every piece of data text escaped."""
    from ui.i18n import labels
    from ui.powers.power_text import day, period, relation_label
    translate = QCoreApplication.translate
    lines = [f"<b>{esc(names[power.holder].name)}</b> {esc(relation_label(power))} "
             f"<b>{esc(names[power.target].name)}</b>",
             esc(power.detail)]
    if status and status != "same":
        lines.append(f"<i>{esc(labels.label(labels.CHANGE_LONG, status))}</i>")
    if was is not None:
        lines.append(esc(translate("PowerBalance", "was:")) + f" {esc(relation_label(was))} \u2014 {esc(was.detail)}")
    lines.append(esc(translate("PowerBalance", "Valid:")) + " " + esc(period(power)))
    if date and not power.confirmed_on(date):
        lines.append("<i>" + esc(translate("PowerBalance", "Not confirmed: the sources from {date} on do not "
                                                           "mention it.").format(date=day(power.unconfirmed_from)))
                     + "</i>")
    if power.entry:
        lines.append(esc(translate("PowerBalance", "Reform: {title} (click to open)").format(title=power.entry.title)))
    lines.append(esc(translate("PowerBalance", "Sources:")) + " " + "; ".join(esc(s.citation()) for s in power.sources))
    if power.disputed_by:
        lines.append(esc(translate("PowerBalance", "Disputed by:")) + " "
                     + "; ".join(esc(s.citation()) for s in power.disputed_by))
    lines.append(esc(translate("PowerBalance", "Confidence:")) + " " + esc(labels.confidence(power.confidence)))
    if power.note:
        lines.append(esc(translate("PowerBalance", "Note:")) + " " + esc(power.note))
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


