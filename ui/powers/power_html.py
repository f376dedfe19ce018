"""The power-balance view's side panel as HTML: overview, changes, an institution, a relation.

Pure builders over the PowerBalance model: every text from the data is escaped (`esc`),
links use the view's schemes (entry:, inst:, power:). Testable without a view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from models.power_balance import Power, PowerBalance, PowerDiff, era_presets
from ui.common.html_text import esc
from ui.i18n import labels
from ui.powers.power_graph_style import STATUS_COLORS
from ui.powers.power_text import day, era_description, era_label, explanation, period, relation_label

translate = QCoreApplication.translate


class PowerPanelHtml:
    """`status_color(key)` gives the colour name for gained, lost, changed or unclear (theme-aware)."""

    def __init__(self, balance: PowerBalance, status_color: Callable[[str], str]):
        self._balance = balance
        self.status_color = status_color

    def status_span(self, status: str) -> str:
        key = "changed" if status.startswith("changed") else status
        if key not in STATUS_COLORS:
            return ""
        name = esc(labels.label(labels.CHANGE, key))
        return f"<span style='color:{self.status_color(key)}'><b>{name}</b></span> "

    def power_line(self, power: Power, date: str, with_holder: bool = True, with_target: bool = True) -> str:
        names = self._balance.institutions
        who = ""
        if with_holder:
            who += f"<a href='inst:{esc(power.holder)}'>{esc(names[power.holder].short)}</a> "
        who += f"<b>{esc(relation_label(power))}</b>"
        if with_target:
            who += f" <a href='inst:{esc(power.target)}'>{esc(names[power.target].short)}</a>"
        parts = [f"{who}: {esc(power.detail)}"]
        meta = [esc(period(power))]
        if power.entry:
            meta.append(f"<a href='entry:{esc(power.entry.id)}'>{esc(power.entry.title)}</a>")
        meta.append(esc(translate("PowerBalance", "sources:")) + " " + ", ".join(
            f"<a href='power:{esc(power.id)}'>{esc(s.publisher)} {esc(s.date)}</a>"
                                           for s in power.sources))
        if power.disputed_by:
            meta.append("<b>" + esc(translate("PowerBalance", "disputed by")) + "</b> "
                        + ", ".join(f"{esc(s.publisher)}" for s in power.disputed_by))
        if not power.confirmed_on(date):
            meta.append("<i>" + esc(translate("PowerBalance", "unconfirmed from {date}").format(
                date=day(power.unconfirmed_from))) + "</i>")
        if power.confidence != "H":
            meta.append(esc(translate("PowerBalance", "confidence: {level}").format(
                level=labels.confidence(power.confidence).lower())))
        separator = " \u00b7 "
        return f"<li>{parts[0]}<br><small>{separator.join(meta)}</small></li>"

    def overview(self, date: str, today: str, diff: PowerDiff | None) -> str:
        state = self._balance.state(date)
        era = next((e for e in era_presets(today) if e.date == date), None)
        out = ["<h3>" + esc(translate("PowerBalance", "Powers on {date}").format(date=day(date))) + "</h3>"]
        if era:
            out.append(f"<p><b>{esc(era_label(era))}</b>: {esc(era_description(era))}</p>")
        out.append("<p>" + esc(translate("PowerBalance", "Recorded relations: {relations}, among bodies that exist "
                                                         "on this date: {bodies}.").format(
            relations=len(state.powers), bodies=len(state.institutions))) + "</p>")
        if diff is not None:
            out.append(self.changes(diff))
        out.append("<p><b>" + esc(translate("PowerBalance", "How to read it.")) + "</b> "
                   + esc(translate("PowerBalance", "Each arrow goes from the body that holds a power to the body "
                                   "it is held over. Hover over an arrow for its details and sources; click it to "
                                   "open the reform that introduced or ended it. Click a body to list its powers "
                                   "then and now. Dotted arrows rest on earlier rules that the newer sources do "
                                   "not mention.")) + "</p>")
        out.append("<p>" + esc(translate("PowerBalance", "The legend names each colour and line. Select a body (click "
                                                          "it, or move to it with the arrow keys and press Enter) to "
                                                          "label its relations and fade the rest; Escape goes back. "
                                                          "All labels labels every arrow that has room.")) + "</p>")
        out.append("<p><small>" + esc(translate("PowerBalance", "Relations are recorded only as far as the sources "
                                                                "state them. Counts are not a measure of strength."))
                   + "</small></p>")
        return "".join(out)

    def changes(self, diff: PowerDiff, scope: str = "") -> str:
        out = ["<h4>" + esc(translate("PowerBalance", "Changes {start} \u2192 {end}").format(
            start=day(diff.from_date), end=day(diff.to_date))) + (f": {esc(scope)}" if scope else "") + "</h4>"]
        if diff.is_empty():
            out.append("<p>" + esc(translate("PowerBalance", "No change.")) + "</p>")
        for _title, status, powers in (("Gained", "gained", diff.gained), ("Lost", "lost", diff.lost)):
            if powers:
                out.append(f"<p>{self.status_span(status)}({len(powers)})</p><ul>")
                out += [self.power_line(p, diff.to_date if status == "gained" else diff.from_date) for p in powers]
                out.append("</ul>")
        if diff.changed:
            out.append(f"<p>{self.status_span('changed')}({len(diff.changed)})</p><ul>")
            for change in diff.changed:
                line = self.power_line(change.after, diff.to_date)
                was = ("<br><small>" + esc(translate("PowerBalance", "was:"))
                       + f" {esc(relation_label(change.before))} "
                       f"{esc(self._balance.institutions[change.before.target].short)} \u2014 "
                       f"{esc(change.before.detail)}</small></li>")
                out.append(line[:-5] + was)
            out.append("</ul>")
        if diff.unclear:
            out.append(f"<p>{self.status_span('unclear')}({len(diff.unclear)}) \u2014 "
                       + esc(translate("PowerBalance", "the sources cannot tell")) + "</p><ul>")
            for item in diff.unclear:
                line = self.power_line(item.power, diff.to_date)
                out.append(line[:-5] + f"<br><small><i>{esc(item.reason)}</i></small></li>")
            out.append("</ul>")
        return "".join(out)

    def institution(self, institution_id: str, then: str, now: str, diff: PowerDiff | None) -> str:
        institution = self._balance.institution(institution_id)
        out = [f"<h3>{esc(institution.name)}</h3>",
               f"<p>{esc(labels.label(labels.BRANCH, institution.branch))}"]
        if institution.valid_from or institution.valid_to:
            out.append(" \u00b7 " + esc(translate("PowerBalance", "exists {start} \u2013 {end}").format(
                start=day(institution.valid_from) or translate("PowerBalance", "before 2019"),
                end=day(institution.valid_to) or translate("PowerBalance", "today"))))
        out.append(" \u00b7 <a href='inst:'>" + esc(translate("PowerBalance", "back to overview")) + "</a></p>")
        if diff is not None:
            for heading, held in ((translate("PowerBalance", "its powers over others"), True),
                                  (translate("PowerBalance", "checks on it"), False)):
                part = diff.touching(institution_id, as_holder=held, as_target=not held)
                out.append(self.changes(part, heading))
        dates = [then] if then == now else [then, now]
        names = ((translate("PowerBalance", "Then"), translate("PowerBalance", "Now")) if len(dates) == 2
                 else (translate("PowerBalance", "On"),))
        for label, date in zip(names, dates, strict=False):
            out.append(f"<h4>{esc(label)}: {esc(day(date))}</h4>")
            if not institution.exists_on(date):
                out.append("<p><i>" + esc(translate("PowerBalance", "Does not exist on this date.")) + "</i></p>")
                continue
            state = self._balance.state(date)
            held, checks = state.held_by(institution_id), state.checks_on(institution_id)
            none = "<p><i>" + esc(translate("PowerBalance", "none recorded")) + "</i></p>"
            out.append("<p><b>" + esc(translate("PowerBalance", "Holds")) + "</b></p>")
            out.append("<ul>" + "".join(self.power_line(p, date, with_holder=False) for p in held) + "</ul>"
                       if held else none)
            out.append("<p><b>" + esc(translate("PowerBalance", "Checked by")) + "</b></p>")
            out.append("<ul>" + "".join(self.power_line(p, date, with_target=False) for p in checks) + "</ul>"
                       if checks else none)
            tally = self._balance.tally(institution_id, date)
            out.append("<p><small>" + esc(" ".join(explanation(tally, institution))) + "</small></p>")
        for succession in self._balance.predecessors(institution_id):
            before = (dt.date.fromisoformat(succession.date) - dt.timedelta(days=1)).isoformat()
            after = max(now, succession.date)
            comparison = self._balance.compare_holders(succession.predecessor, before, institution_id, after)
            name = self._balance.institutions[succession.predecessor].short
            out.append("<h4>" + esc(translate("PowerBalance", "Compared with the {name} (replaced {date})").format(
                name=name, date=day(succession.date))) + "</h4>")
            out.append("<p>" + esc(translate("PowerBalance", "On {after} the {new} can do what the {old} could not on "
                                                             "{before}:").format(
                new=institution.short, after=day(after), old=name, before=day(before))) + "</p>")
            out.append("<ul>" + "".join(self.power_line(p, after, with_holder=False)
                                        for p in comparison.only_second) + "</ul>"
                       if comparison.only_second
                       else "<p><i>" + esc(translate("PowerBalance", "nothing recorded")) + "</i></p>")
            if comparison.only_first:
                out.append("<p>" + esc(translate("PowerBalance", "The {old} could, and the {new} cannot (as "
                                                                 "recorded):").format(old=name, new=institution.short))
                           + "</p><ul>"
                           + "".join(self.power_line(p, before, with_holder=False) for p in comparison.only_first)
                           + "</ul>")
            if comparison.both:
                out.append("<p>" + esc(translate("PowerBalance", "Both:")) + " " + ", ".join(
                    esc(relation_label(b)) + " "
                                                    + esc(self._balance.institutions[b.target].short)
                                                    for _, b in comparison.both) + "</p>")
            unknown = [p for p in comparison.only_second if p.unknown_before]
            if unknown:
                out.append("<p><small>" + esc(translate("PowerBalance", "Of these, {n} are described only under the "
                                                        "2026 Constitution; the sources do not say whether another "
                                                        "body held them before.").format(n=len(unknown)))
                           + "</small></p>")
        return "".join(out)

    def power(self, power: Power, diff: PowerDiff | None) -> str:
        names = self._balance.institutions
        out = [f"<h3>{esc(names[power.holder].name)} {esc(relation_label(power))} {esc(names[power.target].name)}</h3>",
               f"<p>{esc(power.detail)}</p>"]
        if diff is not None:
            status = diff.status_of(power.id)
            if status:
                out.append(f"<p>{self.status_span(status)}" + esc(translate("PowerBalance", "between {start} and {end}")
                                                                    .format(start=day(diff.from_date),
                                                                            end=day(diff.to_date))) + "</p>")

        def field(name: str, value: str) -> str:
            return f"<p><b>{esc(name)}</b> {value}</p>"
        out.append(field(translate("PowerBalance", "Valid:"), esc(period(power))))
        if power.introduced_by:
            out.append(field(translate("PowerBalance", "Introduced by:"),
                             f"<a href='entry:{esc(power.introduced_by.id)}'>{esc(power.introduced_by.title)}</a>"))
        if power.ended_by:
            ended = power.ended_by
            out.append(field(translate("PowerBalance", "Ended by:"),
                             f"<a href='entry:{esc(ended.id)}'>{esc(ended.title)}</a>"))
        cited = "".join(f"<li>{esc(s.citation())}</li>" for s in power.sources)
        out.append("<p><b>" + esc(translate("PowerBalance", "Sources")) + f"</b></p><ol>{cited}</ol>")
        if power.disputed_by:
            out.append("<p><b>" + esc(translate("PowerBalance", "Disputed by")) + "</b></p><ol>"
                       + "".join(f"<li>{esc(s.citation())}</li>" for s in power.disputed_by) + "</ol>")
        out.append(field(translate("PowerBalance", "Confidence:"), esc(labels.confidence(power.confidence))))
        if power.note:
            out.append(field(translate("PowerBalance", "Note:"), esc(power.note)))
        out.append(f"<p><a href='inst:{esc(power.holder)}'>{esc(names[power.holder].short)}</a> \u00b7 "
                   f"<a href='inst:{esc(power.target)}'>{esc(names[power.target].short)}</a> \u00b7 "
                   "<a href='inst:'>" + esc(translate("PowerBalance", "overview")) + "</a></p>")
        return "".join(out)
