"""`powers`: who holds which power over whom on a date, or what changed between two dates."""

from __future__ import annotations

import difflib

from cli.common import open_atlas, print_json
from db.errors import AtlasError
from models.entry import Source
from models.power_balance import (
    EARLIEST_DATE,
    Power,
    PowerBalance,
    PowerDiff,
    chronological,
    parse_date,
    today,
)

LATEST_DATE = "2100-12-31"


def register(sub) -> None:
    parser = sub.add_parser("powers", help="who holds which power over whom, on a date or between two", description=(
        "The power balance between institutions: who appoints, consents to, elects, dismisses or may "
        "apply to whom, on a date (default: today) or as the difference between two dates. Every "
        "relation lists the reform entry that introduced or ended it and its sources."))
    parser.add_argument("--at", metavar="DATE", help="the date to show (YYYY-MM-DD; default today)")
    parser.add_argument("--diff", nargs=2, metavar=("DATE1", "DATE2"),
                        help="list the powers gained, lost, changed or unclear between the two dates "
                             "(read from the earlier to the later, in either order)")
    parser.add_argument("--institution", metavar="ID",
                        help="only relations this institution holds or is subject to (with a tally)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(run=run)


def _date(text: str, option: str) -> str:
    try:
        date = parse_date(text)
    except ValueError as exc:
        raise AtlasError(f"{option}: {exc}") from None
    if not EARLIEST_DATE <= date <= LATEST_DATE:
        raise AtlasError(f"{option}: {date} is outside the period the atlas covers "
                         f"({EARLIEST_DATE} to {LATEST_DATE})")
    return date


def _check_institution(balance: PowerBalance, institution_id: str) -> None:
    if institution_id in balance.institutions:
        return
    close = difflib.get_close_matches(institution_id, list(balance.institutions), n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else " (see `powers --json` for the ids)"
    raise AtlasError(f"unknown institution '{institution_id}'{hint}")


def run(args) -> int:
    if args.at and args.diff:
        raise AtlasError("use either --at or --diff, not both")
    dates = [_date(d, "--diff") for d in args.diff] if args.diff else [_date(args.at or today(), "--at")]
    atlas = open_atlas(args)
    balance = atlas.power_balance()
    if args.institution:
        _check_institution(balance, args.institution)
    if args.diff:
        diff = balance.diff(*chronological(dates[0], dates[1]))  # gains are gains in either order
        if args.institution:
            diff = diff.touching(args.institution)
        if args.json:
            print_json(_diff_json(balance, diff, args.institution, atlas.data_version))
        else:
            _print_diff(balance, diff)
        return 0
    date = dates[0]
    state = balance.state(date)
    powers = state.powers
    if args.institution:
        powers = tuple(p for p in powers if args.institution in (p.holder, p.target))
    if args.json:
        data = {"date": date, "data_version": atlas.data_version, "institution": args.institution or None,
                "count": len(powers), "relations": [_power_json(balance, p, date) for p in powers]}
        if args.institution:
            tally = balance.tally(args.institution, date)
            data["tally"] = {"holds": dict(tally.held_by_relation), "subject_to": dict(tally.checks_by_relation),
                             "explanation": tally.explanation()}
        print_json(data)
        return 0
    _print_state(balance, date, powers, args.institution)
    return 0


# -- JSON ------------------------------------------------------------------------------------------

def _source_json(source: Source) -> dict:
    return {"id": source.id, "citation": source.citation()}


def _power_json(balance: PowerBalance, power: Power, date: str | None = None) -> dict:
    names = balance.institutions
    data = {
        "id": power.id,
        "holder": power.holder, "holder_name": names[power.holder].name,
        "target": power.target, "target_name": names[power.target].name,
        "relation": power.relation, "relation_label": power.relation_label,
        "detail": power.detail, "count": power.count,
        "valid_from": power.valid_from, "valid_to": power.valid_to,
        "unconfirmed_from": power.unconfirmed_from,
        "entry": power.entry.id if power.entry else None,
        "introduced_by": ({"id": power.introduced_by.id, "title": power.introduced_by.title}
                          if power.introduced_by else None),
        "ended_by": {"id": power.ended_by.id, "title": power.ended_by.title} if power.ended_by else None,
        "confidence": power.confidence,
        "sources": [_source_json(s) for s in power.sources],
        "disputed_by": [_source_json(s) for s in power.disputed_by],
        "note": power.note,
    }
    if date is not None:
        data["confirmed"] = power.confirmed_on(date)
    return data


def _diff_json(balance: PowerBalance, diff: PowerDiff, institution: str | None, version: str) -> dict:
    return {
        "from": diff.from_date, "to": diff.to_date, "institution": institution or None,
        "data_version": version,
        "gained": [_power_json(balance, p) for p in diff.gained],
        "lost": [_power_json(balance, p) for p in diff.lost],
        "changed": [{"what": c.what_changed(), "before": _power_json(balance, c.before),
                     "after": _power_json(balance, c.after)} for c in diff.changed],
        "unclear": [{"reason": u.reason, "power": _power_json(balance, u.power)} for u in diff.unclear],
    }


# -- text ------------------------------------------------------------------------------------------

def _line(balance: PowerBalance, power: Power) -> str:
    names = balance.institutions
    return (f"{names[power.holder].short} {power.relation_label} {names[power.target].short}: {power.detail}")


def _facts(power: Power, cited: dict[str, Source]) -> str:
    for source in power.sources + power.disputed_by:
        cited[source.id] = source
    parts = [power.period()]
    if power.entry:
        parts.append(f"entry {power.entry.id}")
    parts.append("sources " + ", ".join(s.id for s in power.sources))
    if power.disputed_by:
        parts.append("disputed by " + ", ".join(s.id for s in power.disputed_by))
    if power.confidence != "H":
        parts.append(f"confidence {power.confidence}")
    return "    [" + "; ".join(parts) + "]"


def _print_sources(cited: dict[str, Source]) -> None:
    if cited:
        print("\nSources")
        for source_id in sorted(cited):
            print(f"  {source_id}: {cited[source_id].citation()}")


def _print_state(balance: PowerBalance, date: str, powers: tuple[Power, ...], institution: str | None) -> None:
    cited: dict[str, Source] = {}
    scope = f" involving {balance.institutions[institution].name}" if institution else ""
    print(f"Powers on {date}{scope}: {len(powers)} relation{'s' if len(powers) != 1 else ''}")
    order = {i.id: n for n, i in enumerate(balance.institutions_in_order())}
    holder = None
    for power in sorted(powers, key=lambda p: order.get(p.holder, len(order))):  # stable: file order within
        if power.holder != holder:
            holder = power.holder
            print(f"\n{balance.institutions[holder].name}")
        mark = "" if power.confirmed_on(date) else " (unconfirmed: later sources do not mention it)"
        print(f"  {power.relation_label} \u2192 {balance.institutions[power.target].short}: {power.detail}{mark}")
        print(_facts(power, cited))
    if institution:
        print()
        for line in balance.tally(institution, date).explanation():
            print(line)
    _print_sources(cited)


def _print_diff(balance: PowerBalance, diff: PowerDiff) -> None:
    cited: dict[str, Source] = {}
    print(f"Changes from {diff.from_date} to {diff.to_date}")
    if diff.is_empty():
        print("  none")
    for title, mark, powers in (("Gained", "+", diff.gained), ("Lost", "-", diff.lost)):
        if powers:
            print(f"\n{title} ({len(powers)})")
            for power in powers:
                print(f"  {mark} {_line(balance, power)}")
                print(_facts(power, cited))
    if diff.changed:
        print(f"\nChanged ({len(diff.changed)})")
        for change in diff.changed:
            print(f"  ~ {_line(balance, change.after)}  ({change.what_changed()})")
            print(f"      was: {_line(balance, change.before)}")
            print(_facts(change.after, cited))
    if diff.unclear:
        print(f"\nUnclear: the sources cannot tell ({len(diff.unclear)})")
        for item in diff.unclear:
            print(f"  ? {_line(balance, item.power)}")
            print(f"      {item.reason}")
            print(_facts(item.power, cited))
    _print_sources(cited)
