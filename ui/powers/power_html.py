"""The power-balance view's side panel as HTML: overview, changes, an institution, a relation.

Pure builders over the PowerBalance model: every text from the data is escaped (html.escape),
links use the view's schemes (entry:, inst:, power:). Testable without a view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from models.power_balance import BRANCH_LABELS, Power, PowerBalance, PowerDiff, era_presets
from ui.common.html_text import esc
from ui.powers.power_graph_style import STATUS_COLORS


class PowerPanelHtml:
    """`status_color(key)` gives the colour name for gained, lost, changed or unclear (theme-aware)."""

    def __init__(self, balance: PowerBalance, status_color: Callable[[str], str]):
        self._balance = balance
        self.status_color = status_color

    def status_span(self, status: str) -> str:
        key = "changed" if status.startswith("changed") else status
        if key not in STATUS_COLORS:
            return ""
        return f"<span style='color:{self.status_color(key)}'><b>{esc(key)}</b></span> "

    def power_line(self, power: Power, date: str, with_holder: bool = True, with_target: bool = True) -> str:
        names = self._balance.institutions
        who = ""
        if with_holder:
            who += f"<a href='inst:{esc(power.holder)}'>{esc(names[power.holder].short)}</a> "
        who += f"<b>{esc(power.relation_label)}</b>"
        if with_target:
            who += f" <a href='inst:{esc(power.target)}'>{esc(names[power.target].short)}</a>"
        parts = [f"{who}: {esc(power.detail)}"]
        meta = [esc(power.period())]
        if power.entry:
            meta.append(f"<a href='entry:{esc(power.entry.id)}'>{esc(power.entry.title)}</a>")
        meta.append("sources: " + ", ".join(f"<a href='power:{esc(power.id)}'>{esc(s.publisher)} {esc(s.date)}</a>"
                                           for s in power.sources))
        if power.disputed_by:
            meta.append("<b>disputed</b> by " + ", ".join(f"{esc(s.publisher)}" for s in power.disputed_by))
        if not power.confirmed_on(date):
            meta.append("<i>unconfirmed from " + esc(power.unconfirmed_from) + "</i>")
        if power.confidence != "H":
            meta.append(f"confidence {esc(power.confidence)}")
        separator = " \u00b7 "
        return f"<li>{parts[0]}<br><small>{separator.join(meta)}</small></li>"

    def overview(self, date: str, today: str, diff: PowerDiff | None) -> str:
        state = self._balance.state(date)
        era = next((e for e in era_presets(today) if e.date == date), None)
        out = [f"<h3>Powers on {esc(date)}</h3>"]
        if era:
            out.append(f"<p><b>{esc(era.label)}</b>: {esc(era.description)}</p>")
        out.append(f"<p>{len(state.powers)} recorded relations among {len(state.institutions)} bodies that exist "
                   "on this date.</p>")
        if diff is not None:
            out.append(self.changes(diff))
        out.append("<p><b>How to read it.</b> Each arrow goes from the body that holds a power to the body "
                   "it is held over. Hover over an arrow for its details and sources; click it to open "
                   "the reform that introduced or ended it. Click a body to list its powers then and now. "
                   "Dotted arrows rest on earlier rules that the newer sources do not mention.</p>")
        out.append("<p><small>Relations are recorded only as far as the sources state them. "
                   "Counts are not a measure of strength.</small></p>")
        return "".join(out)

    def changes(self, diff: PowerDiff, scope: str = "") -> str:
        out = [f"<h4>Changes {esc(diff.from_date)} \u2192 {esc(diff.to_date)}"
               + (f": {esc(scope)}" if scope else "") + "</h4>"]
        if diff.is_empty():
            out.append("<p>No change.</p>")
        for _title, status, powers in (("Gained", "gained", diff.gained), ("Lost", "lost", diff.lost)):
            if powers:
                out.append(f"<p>{self.status_span(status)}({len(powers)})</p><ul>")
                out += [self.power_line(p, diff.to_date if status == "gained" else diff.from_date) for p in powers]
                out.append("</ul>")
        if diff.changed:
            out.append(f"<p>{self.status_span('changed')}({len(diff.changed)})</p><ul>")
            for change in diff.changed:
                line = self.power_line(change.after, diff.to_date)
                was = (f"<br><small>was: {esc(change.before.relation_label)} "
                       f"{esc(self._balance.institutions[change.before.target].short)} \u2014 "
                       f"{esc(change.before.detail)}</small></li>")
                out.append(line[:-5] + was)
            out.append("</ul>")
        if diff.unclear:
            out.append(f"<p>{self.status_span('unclear')}({len(diff.unclear)}) \u2014 the sources cannot tell</p><ul>")
            for item in diff.unclear:
                line = self.power_line(item.power, diff.to_date)
                out.append(line[:-5] + f"<br><small><i>{esc(item.reason)}</i></small></li>")
            out.append("</ul>")
        return "".join(out)

    def institution(self, institution_id: str, then: str, now: str, diff: PowerDiff | None) -> str:
        institution = self._balance.institution(institution_id)
        out = [f"<h3>{esc(institution.name)}</h3>",
               f"<p>{esc(BRANCH_LABELS.get(institution.branch, institution.branch))}"]
        if institution.valid_from or institution.valid_to:
            out.append(f" \u00b7 exists {esc(institution.valid_from or 'before 2019')} \u2013 "
                       f"{esc(institution.valid_to or 'today')}")
        out.append(" \u00b7 <a href='inst:'>back to overview</a></p>")
        if diff is not None:
            for heading, held in (("its powers over others", True), ("checks on it", False)):
                part = diff.touching(institution_id, as_holder=held, as_target=not held)
                out.append(self.changes(part, heading))
        dates = [then] if then == now else [then, now]
        for label, date in zip(("Then", "Now") if len(dates) == 2 else ("On",), dates, strict=False):
            out.append(f"<h4>{esc(label)}: {esc(date)}</h4>")
            if not institution.exists_on(date):
                out.append("<p><i>Does not exist on this date.</i></p>")
                continue
            state = self._balance.state(date)
            held, checks = state.held_by(institution_id), state.checks_on(institution_id)
            out.append("<p><b>Holds</b></p>")
            out.append("<ul>" + "".join(self.power_line(p, date, with_holder=False) for p in held) + "</ul>"
                       if held else "<p><i>none recorded</i></p>")
            out.append("<p><b>Checked by</b></p>")
            out.append("<ul>" + "".join(self.power_line(p, date, with_target=False) for p in checks) + "</ul>"
                       if checks else "<p><i>none recorded</i></p>")
            tally = self._balance.tally(institution_id, date)
            out.append("<p><small>" + esc(" ".join(tally.explanation())) + "</small></p>")
        for succession in self._balance.predecessors(institution_id):
            before = (dt.date.fromisoformat(succession.date) - dt.timedelta(days=1)).isoformat()
            after = max(now, succession.date)
            comparison = self._balance.compare_holders(succession.predecessor, before, institution_id, after)
            name = self._balance.institutions[succession.predecessor].short
            out.append(f"<h4>Compared with the {esc(name)} (replaced {esc(succession.date)})</h4>")
            out.append(f"<p>On {esc(after)} the {esc(institution.short)} can do what the {esc(name)} could not "
                       f"on {esc(before)}:</p>")
            out.append("<ul>" + "".join(self.power_line(p, after, with_holder=False)
                                        for p in comparison.only_second) + "</ul>"
                       if comparison.only_second else "<p><i>nothing recorded</i></p>")
            if comparison.only_first:
                out.append(f"<p>The {esc(name)} could, and the {esc(institution.short)} cannot (as recorded):</p><ul>"
                           + "".join(self.power_line(p, before, with_holder=False) for p in comparison.only_first)
                           + "</ul>")
            if comparison.both:
                out.append("<p>Both: " + ", ".join(esc(b.relation_label) + " "
                                                    + esc(self._balance.institutions[b.target].short)
                                                    for _, b in comparison.both) + "</p>")
            unknown = [p for p in comparison.only_second if p.unknown_before]
            if unknown:
                out.append(f"<p><small>{len(unknown)} of these are described only under the 2026 Constitution; "
                           "the sources do not say whether another body held them before.</small></p>")
        return "".join(out)

    def power(self, power: Power, diff: PowerDiff | None) -> str:
        names = self._balance.institutions
        out = [f"<h3>{esc(names[power.holder].name)} {esc(power.relation_label)} {esc(names[power.target].name)}</h3>",
               f"<p>{esc(power.detail)}</p>"]
        if diff is not None:
            status = diff.status_of(power.id)
            if status:
                out.append(f"<p>{self.status_span(status)}between {esc(diff.from_date)} and "
                           f"{esc(diff.to_date)}</p>")
        out.append(f"<p><b>Valid:</b> {esc(power.period())}</p>")
        if power.introduced_by:
            out.append(f"<p><b>Introduced by:</b> <a href='entry:{esc(power.introduced_by.id)}'>"
                       f"{esc(power.introduced_by.title)}</a></p>")
        if power.ended_by:
            ended = power.ended_by
            out.append(f"<p><b>Ended by:</b> <a href='entry:{esc(ended.id)}'>{esc(ended.title)}</a></p>")
        cited = "".join(f"<li>{esc(s.citation())}</li>" for s in power.sources)
        out.append(f"<p><b>Sources</b></p><ol>{cited}</ol>")
        if power.disputed_by:
            out.append("<p><b>Disputed by</b></p><ol>"
                       + "".join(f"<li>{esc(s.citation())}</li>" for s in power.disputed_by) + "</ol>")
        out.append(f"<p><b>Confidence:</b> {esc(power.confidence)}</p>")
        if power.note:
            out.append(f"<p><b>Note:</b> {esc(power.note)}</p>")
        out.append(f"<p><a href='inst:{esc(power.holder)}'>{esc(names[power.holder].short)}</a> \u00b7 "
                   f"<a href='inst:{esc(power.target)}'>{esc(names[power.target].short)}</a> \u00b7 "
                   "<a href='inst:'>overview</a></p>")
        return "".join(out)
