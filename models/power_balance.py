"""Who holds which power over whom on a given date, and what changed between two dates.

Plain data and set arithmetic: no Qt, no SQL. `db/power_queries.py` fills a `PowerBalance` from the
database; the command line and the power-balance view only ask it questions.

Dates are ISO strings (`YYYY-MM-DD`), which compare correctly as strings. Validity is half-open:
a power with valid_to = "2023-01-01" no longer holds on 1 January 2023; "" as valid_from means
"held before 2019", "" as valid_to means "still in force".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from models.entry import Source


@dataclass(frozen=True)
class RelationKind:
    id: str
    label: str        # short, for edge labels and tables
    description: str  # what the relation means, for legends and docs
    group: str        # drawing style family: appoint, consent, elect, remove, access, advise, oversee


# The vocabulary of relations, in display order. Each says what the holder can do to the target.
RELATIONS: dict[str, RelationKind] = {r.id: r for r in (
    RelationKind("appoints", "appoints",
                 "The holder appoints the target (or some of its members) on its own.", "appoint"),
    RelationKind("appoints_with_consent", "appoints with consent",
                 "The holder appoints, but only with the consent or vote of another body, named in "
                 "the detail.", "appoint"),
    RelationKind("nominates", "nominates",
                 "The holder puts forward candidates that another body elects or appoints.", "appoint"),
    RelationKind("proposes", "proposes",
                 "The holder may put a proposal (a candidate, a bill, a petition, a dismissal) to "
                 "the target, which decides.", "advise"),
    RelationKind("recommends", "recommends",
                 "The holder recommends candidates or measures; the decision stays with someone "
                 "else.", "advise"),
    RelationKind("elects", "elects",
                 "The holder elects the target (or some of its members) by vote.", "elect"),
    RelationKind("consents_to", "consents to",
                 "The target's appointment or a step against it needs the holder's consent.", "consent"),
    RelationKind("approves", "approves",
                 "The holder votes on or approves a decision, law or candidate the target has made "
                 "or put forward.", "consent"),
    RelationKind("dismisses", "dismisses",
                 "The holder may remove the target (or its members) from office.", "remove"),
    RelationKind("dissolves", "dissolves",
                 "The holder may dissolve the target body before its term ends.", "remove"),
    RelationKind("no_confidence", "no confidence",
                 "The holder may vote no confidence in the target, forcing it out.", "remove"),
    RelationKind("vetoes", "vetoes",
                 "The holder may block the target's decision; the target may be able to override.",
                 "remove"),
    RelationKind("applies_to", "applies to",
                 "The holder may bring a case or question before the target, which must consider it.",
                 "access"),
    RelationKind("summons", "summons",
                 "The holder may require members of the target to appear and answer questions.",
                 "oversee"),
    RelationKind("oversees", "oversees",
                 "The holder may monitor, inspect or review the target's work.", "oversee"),
)}

CONFIDENCE_NAMES = {"H": "high", "M": "medium", "L": "low"}

# The order branches are laid out in the view and listed in tallies.
BRANCH_ORDER = ("executive", "legislative", "judicial", "oversight", "local", "consultative", "citizens")
BRANCH_LABELS = {
    "executive": "Executive", "legislative": "Legislative", "judicial": "Judicial",
    "oversight": "Oversight", "local": "Local government", "consultative": "Consultative bodies",
    "citizens": "Citizens",
}

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EARLIEST_DATE = "2019-01-01"  # the start of the period the atlas covers


def parse_date(text: str) -> str:
    """Check an ISO date typed by a user; returns it normalised. Raises ValueError with a clear text."""
    text = text.strip()
    if not _ISO.match(text):
        raise ValueError(f"'{text}' is not a date (expected YYYY-MM-DD, e.g. 2023-06-30)")
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a valid calendar date") from None
    return text


def chronological(first: str, second: str) -> tuple[str, str]:
    """Two dates earlier first: a comparison always reads earlier -> later, so a power that exists
    only at the later date is a gain, whichever order the reader gave the dates in."""
    return (first, second) if first <= second else (second, first)


DIRECTIONS = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "up": (0.0, -1.0), "down": (0.0, 1.0)}


def spatial_neighbour(centres: dict[str, tuple[float, float]], current: str | None, direction: str) -> str | None:
    """The body an arrow key moves to: the nearest one ahead in `direction`, preferring those in
    line (a sideways step counts double). None when nothing lies that way; with no current body,
    the top-left one (reading order)."""
    if not centres:
        return None
    if current not in centres:
        return min(centres, key=lambda k: (centres[k][1], centres[k][0]))
    dx, dy = DIRECTIONS[direction]
    cx, cy = centres[current]
    best: tuple[float, str] | None = None
    for key, (x, y) in centres.items():
        vx, vy = x - cx, y - cy
        ahead = vx * dx + vy * dy
        if key == current or ahead <= 1e-6:
            continue
        score = ahead + 2 * abs(vx * dy - vy * dx)
        if best is None or score < best[0]:
            best = (score, key)
    return best[1] if best else None


def today() -> str:
    return dt.date.today().isoformat()


@dataclass(frozen=True)
class Era:
    key: str
    label: str
    date: str
    description: str


def era_presets(on: str | None = None) -> tuple[Era, ...]:
    """The eras a reader jumps between: each date is the first day the era's rules hold."""
    return (
        Era("2019", "2019", "2019-01-01",
            "The 1995 Constitution as amended up to 2019: 15 presidential senators, a Constitutional "
            "Council, regional akims appointed on the Prime Minister's proposal."),
        Era("june-2022", "After June 2022", "2022-06-08",
            "The amendments approved in the referendum of 5 June 2022 (dated here 8 June 2022)."),
        Era("september-2022", "After Sept. 2022", "2022-09-17",
            "The single seven-year presidential term, signed on 17 September 2022."),
        Era("court-2023", "2023", "2023-01-01",
            "The Constitutional Court starts work; citizens may apply to it."),
        Era("july-2026", "After July 2026", "2026-07-01",
            "The 2026 Constitution: the unicameral Kurultai, a Vice-President, the Halyk Kenesi."),
        Era("today", "Today", on or today(), "The rules in force today, as far as the sources say."),
    )


@dataclass(frozen=True)
class PowerInstitution:
    id: str
    name: str
    short: str
    branch: str
    valid_from: str = ""
    valid_to: str = ""

    def exists_on(self, date: str) -> bool:
        return (not self.valid_from or self.valid_from <= date) and (not self.valid_to or date < self.valid_to)


@dataclass(frozen=True)
class EntryLink:
    id: str
    title: str


@dataclass(frozen=True)
class Power:
    id: str
    holder: str
    target: str
    relation: str
    detail: str
    valid_from: str
    valid_to: str
    confidence: str
    sources: tuple[Source, ...]
    count: int | None = None
    note: str = ""
    introduced_by: EntryLink | None = None
    ended_by: EntryLink | None = None
    replaces: str = ""
    disputed_by: tuple[Source, ...] = ()
    unknown_before: bool = False
    unknown_after: bool = False
    unconfirmed_from: str = ""
    label: str = ""  # the relation's label in the reader's language; "" = the English of RELATIONS

    def holds_on(self, date: str) -> bool:
        return (not self.valid_from or self.valid_from <= date) and (not self.valid_to or date < self.valid_to)

    def confirmed_on(self, date: str) -> bool:
        """False once the sources stop describing the power (see unconfirmed_from)."""
        return not self.unconfirmed_from or date < self.unconfirmed_from

    @property
    def relation_label(self) -> str:
        if self.label:
            return self.label
        kind = RELATIONS.get(self.relation)
        return kind.label if kind else self.relation

    @property
    def entry(self) -> EntryLink | None:
        """The reform entry that changed this relation: the one that introduced it, else the one that ended it."""
        return self.introduced_by or self.ended_by

    def period(self) -> str:
        start = self.valid_from or "before 2019"
        end = self.valid_to or "today"
        text = f"{start} \u2013 {end}" if self.valid_to else f"from {start}"
        if self.unconfirmed_from:
            text += f" (unconfirmed from {self.unconfirmed_from})"
        return text


@dataclass(frozen=True)
class Succession:
    predecessor: str
    successor: str
    date: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class PowerState:
    """The powers in force on one date."""
    date: str
    powers: tuple[Power, ...]
    institutions: tuple[PowerInstitution, ...]  # those existing on the date

    def ids(self) -> set[str]:
        return {p.id for p in self.powers}

    def held_by(self, institution_id: str) -> tuple[Power, ...]:
        return tuple(p for p in self.powers if p.holder == institution_id)

    def checks_on(self, institution_id: str) -> tuple[Power, ...]:
        return tuple(p for p in self.powers if p.target == institution_id)


@dataclass(frozen=True)
class PowerChange:
    before: Power
    after: Power

    def what_changed(self) -> str:
        parts = []
        if self.before.holder != self.after.holder:
            parts.append(f"holder {self.before.holder} \u2192 {self.after.holder}")
        if self.before.target != self.after.target:
            parts.append(f"target {self.before.target} \u2192 {self.after.target}")
        if self.before.relation != self.after.relation:
            parts.append(f"{self.before.relation_label} \u2192 {self.after.relation_label}")
        if self.before.count != self.after.count and (self.before.count or self.after.count):
            dash = "\u2014"
            parts.append(f"count {self.before.count or dash} \u2192 {self.after.count or dash}")
        if self.before.detail != self.after.detail:
            parts.append("conditions")
        return ", ".join(parts) or "sources"


@dataclass(frozen=True)
class UnclearChange:
    """A power one date has and the other lacks (or no longer confirms) where the sources cannot tell why."""
    power: Power
    reason: str


@dataclass(frozen=True)
class PowerDiff:
    from_date: str
    to_date: str
    gained: tuple[Power, ...]
    lost: tuple[Power, ...]
    changed: tuple[PowerChange, ...]
    unclear: tuple[UnclearChange, ...]

    def is_empty(self) -> bool:
        return not (self.gained or self.lost or self.changed or self.unclear)

    def touching(self, institution_id: str, as_holder: bool = True, as_target: bool = True) -> PowerDiff:
        """Only the changes where the institution is holder (its powers) or target (checks on it)."""
        def hit(p: Power) -> bool:
            return (as_holder and p.holder == institution_id) or (as_target and p.target == institution_id)
        return PowerDiff(self.from_date, self.to_date,
                         tuple(p for p in self.gained if hit(p)), tuple(p for p in self.lost if hit(p)),
                         tuple(c for c in self.changed if hit(c.before) or hit(c.after)),
                         tuple(u for u in self.unclear if hit(u.power)))

    def status_of(self, power_id: str) -> str:
        """'gained', 'lost', 'changed-from', 'changed-to', 'unclear' or '' for the view's colours."""
        if any(p.id == power_id for p in self.gained):
            return "gained"
        if any(p.id == power_id for p in self.lost):
            return "lost"
        for change in self.changed:
            if change.before.id == power_id:
                return "changed-from"
            if change.after.id == power_id:
                return "changed-to"
        if any(u.power.id == power_id for u in self.unclear):
            return "unclear"
        return ""


@dataclass(frozen=True)
class Tally:
    """A plain count of powers by relation, with the sentence that explains it."""
    institution: PowerInstitution
    date: str
    held: tuple[Power, ...]
    checks: tuple[Power, ...]
    held_by_relation: tuple[tuple[str, int], ...]
    checks_by_relation: tuple[tuple[str, int], ...]
    unconfirmed: int = 0
    disputed: int = 0

    def explanation(self) -> list[str]:
        name = self.institution.name
        lines = []
        if self.held:
            over = len({p.target for p in self.held})
            lines.append(f"{name} holds {len(self.held)} power{'s' if len(self.held) != 1 else ''} "
                         f"over {over} institution{'s' if over != 1 else ''}: "
                         + _relation_counts(self.held_by_relation) + ".")
        else:
            lines.append(f"{name} holds no recorded power over another institution.")
        if self.checks:
            by = len({p.holder for p in self.checks})
            lines.append(f"It is subject to {len(self.checks)} check{'s' if len(self.checks) != 1 else ''} "
                         f"from {by} institution{'s' if by != 1 else ''}: "
                         + _relation_counts(self.checks_by_relation) + ".")
        else:
            lines.append("No recorded institution holds a power over it.")
        if self.unconfirmed:
            verb = "rests" if self.unconfirmed == 1 else "rest"
            lines.append(f"{self.unconfirmed} of these {verb} on earlier rules the newer sources do not mention.")
        if self.disputed:
            verb = "is" if self.disputed == 1 else "are"
            lines.append(f"{self.disputed} of these {verb} disputed between sources.")
        lines.append("Counts are of recorded relations, not a measure of strength: one appointment may "
                     "weigh more than several consents.")
        return lines


def _relation_counts(pairs: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{RELATIONS[r].label if r in RELATIONS else r} {n}" for r, n in pairs)


@dataclass(frozen=True)
class HolderComparison:
    """What one institution (on one date) can do that another (on another date) could not, and back."""
    first: PowerInstitution
    first_date: str
    second: PowerInstitution
    second_date: str
    only_first: tuple[Power, ...]
    only_second: tuple[Power, ...]
    both: tuple[tuple[Power, Power], ...]


@dataclass
class PowerBalance:
    institutions: dict[str, PowerInstitution]
    powers: tuple[Power, ...]
    successions: tuple[Succession, ...] = ()
    _by_id: dict[str, Power] = field(init=False, repr=False)
    _index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {p.id: p for p in self.powers}
        self._index = {p.id: n for n, p in enumerate(self.powers)}

    def power(self, power_id: str) -> Power:
        return self._by_id[power_id]

    def institution(self, institution_id: str) -> PowerInstitution:
        try:
            return self.institutions[institution_id]
        except KeyError:
            raise KeyError(institution_id) from None

    def institutions_in_order(self) -> list[PowerInstitution]:
        """Branch by branch, each in the order of the source file: a stable layout across dates."""
        order = {b: i for i, b in enumerate(BRANCH_ORDER)}
        return sorted(self.institutions.values(), key=lambda i: order.get(i.branch, len(order)))

    def involved_institutions(self) -> list[PowerInstitution]:
        """Institutions that hold or are subject to at least one power, in layout order."""
        used = {p.holder for p in self.powers} | {p.target for p in self.powers}
        return [i for i in self.institutions_in_order() if i.id in used]

    # -- one date ----------------------------------------------------------------------------------
    def state(self, date: str) -> PowerState:
        return PowerState(
            date,
            tuple(p for p in self.powers if p.holds_on(date)),
            tuple(i for i in self.institutions_in_order() if i.exists_on(date)),
        )

    def tally(self, institution_id: str, date: str) -> Tally:
        institution = self.institution(institution_id)
        state = self.state(date)
        held, checks = state.held_by(institution_id), state.checks_on(institution_id)
        both = held + checks
        return Tally(institution, date, held, checks, _count(held), _count(checks),
                     unconfirmed=sum(not p.confirmed_on(date) for p in both),
                     disputed=sum(bool(p.disputed_by) for p in both))

    # -- two dates ---------------------------------------------------------------------------------
    def diff(self, from_date: str, to_date: str) -> PowerDiff:
        before, after = self.state(from_date), self.state(to_date)
        earlier, later = sorted((from_date, to_date))
        gone_ids = before.ids() - after.ids()
        new_ids = after.ids() - before.ids()
        changed: list[PowerChange] = []
        for new_id in sorted(new_ids, key=self._order):
            old_id = self._predecessor_in(new_id, gone_ids) or self._successor_in(new_id, gone_ids)
            if old_id is None:
                new = self._by_id[new_id]
                candidates = sorted((g for g in gone_ids if _same_triple(self._by_id[g], new)), key=self._order)
                old_id = candidates[0] if candidates else None
            if old_id is not None:
                changed.append(PowerChange(self._by_id[old_id], self._by_id[new_id]))
                gone_ids.discard(old_id)
        new_ids -= {c.after.id for c in changed}

        unclear: list[UnclearChange] = []
        gained: list[Power] = []
        lost: list[Power] = []
        for power_id, bucket in [(i, gained) for i in new_ids] + [(i, lost) for i in gone_ids]:
            power = self._by_id[power_id]
            started_between = power.holds_on(later) and not power.holds_on(earlier)
            if started_between and power.unknown_before:
                unclear.append(UnclearChange(power, f"the sources describe this only from {power.valid_from}; "
                                                    "what held before is not in them"))
            elif not started_between and power.unknown_after:
                unclear.append(UnclearChange(power, f"the sources do not say what became of this on {power.valid_to}"))
            else:
                bucket.append(power)
        for power in sorted(before.powers, key=lambda p: self._order(p.id)):
            if power.id in after.ids() and power.confirmed_on(earlier) != power.confirmed_on(later):
                unclear.append(UnclearChange(power, f"the sources from {power.unconfirmed_from} on do not mention it"))
        key = self._order
        return PowerDiff(from_date, to_date,
                         tuple(sorted(gained, key=lambda p: key(p.id))),
                         tuple(sorted(lost, key=lambda p: key(p.id))),
                         tuple(sorted(changed, key=lambda c: key(c.after.id))),
                         tuple(sorted(unclear, key=lambda u: key(u.power.id))))

    def compare_holders(self, first_id: str, first_date: str, second_id: str, second_date: str) -> HolderComparison:
        """Powers of one institution against another's, matched on relation and (successor-mapped) target."""
        first, second = self.institution(first_id), self.institution(second_id)
        a = self.state(first_date).held_by(first_id)
        b = self.state(second_date).held_by(second_id)
        key = lambda p: (p.relation, self.latest_successor(p.target))  # noqa: E731
        b_keys: dict[tuple[str, str], Power] = {}
        for p in b:
            b_keys.setdefault(key(p), p)
        a_keys = {key(p) for p in a}
        both = tuple((p, b_keys[key(p)]) for p in a if key(p) in b_keys)
        return HolderComparison(first, first_date, second, second_date,
                                tuple(p for p in a if key(p) not in b_keys),
                                tuple(p for p in b if key(p) not in a_keys), both)

    def predecessors(self, institution_id: str) -> tuple[Succession, ...]:
        return tuple(s for s in self.successions if s.successor == institution_id)

    def latest_successor(self, institution_id: str) -> str:
        seen = {institution_id}
        current = institution_id
        while True:
            nxt = next((s.successor for s in self.successions if s.predecessor == current), None)
            if nxt is None or nxt in seen:
                return current
            seen.add(nxt)
            current = nxt

    # -- helpers -----------------------------------------------------------------------------------
    def _order(self, power_id: str) -> int:
        return self._index.get(power_id, 0)

    def _predecessor_in(self, power_id: str, candidates: set[str]) -> str | None:
        """Follow `replaces` back from power_id until one of the candidates is met."""
        seen: set[str] = set()
        current = self._by_id[power_id].replaces
        while current and current not in seen and current in self._by_id:
            if current in candidates:
                return current
            seen.add(current)
            current = self._by_id[current].replaces
        return None

    def _successor_in(self, power_id: str, candidates: set[str]) -> str | None:
        """The same walk the other way, for a comparison whose first date is the later one."""
        for candidate in sorted(candidates, key=self._order):
            if self._predecessor_in(candidate, {power_id}):
                return candidate
        return None


def _same_triple(a: Power, b: Power) -> bool:
    return (a.holder, a.target, a.relation) == (b.holder, b.target, b.relation)


def _count(powers: tuple[Power, ...]) -> tuple[tuple[str, int], ...]:
    counts = Counter(p.relation for p in powers)
    order = list(RELATIONS)
    return tuple(sorted(counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))
