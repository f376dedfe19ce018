"""The power balance on dates and between dates, from the real data (eras of the fact sheet)."""

from __future__ import annotations

import pytest

from db.power_queries import load_power_balance
from models.entry import Source
from models.power_balance import (
    RELATIONS,
    Power,
    PowerBalance,
    PowerInstitution,
    era_presets,
    parse_date,
)


@pytest.fixture(scope="module")
def balance(atlas) -> PowerBalance:
    return load_power_balance(atlas.conn)


def _pick(state, holder, target, relation=None):
    return [p for p in state.powers if p.holder == holder and p.target == target
            and (relation is None or p.relation == relation)]


def _presidential_senators(balance, date):
    return sum(p.count or 0 for p in _pick(balance.state(date), "president", "senate", "appoints"))


def test_presidential_senate_quota_15_before_2022_and_10_after(balance):
    assert _presidential_senators(balance, "2019-01-01") == 15
    assert _presidential_senators(balance, "2021-12-31") == 15
    assert _presidential_senators(balance, "2023-06-30") == 10
    recommended = _pick(balance.state("2023-06-30"), "assembly-of-people", "senate", "recommends")
    assert [p.count for p in recommended] == [5]
    assert _pick(balance.state("2021-12-31"), "assembly-of-people", "senate") == []


def test_citizens_reach_the_constitutional_court_only_from_2023(balance):
    assert _pick(balance.state("2022-12-31"), "voters", "constitutional-court", "applies_to") == []
    assert _pick(balance.state("2022-12-31"), "voters", "constitutional-council") == []
    assert len(_pick(balance.state("2023-01-01"), "voters", "constitutional-court", "applies_to")) == 1
    # and citizens keep the access under the 2026 Constitution
    access = _pick(balance.state("2026-08-01"), "voters", "constitutional-court", "applies_to")
    assert len(access) == 1 and access[0].confirmed_on("2026-08-01")
    assert not [p for p in balance.state("2023-01-01").powers if "constitutional-council" in (p.holder, p.target)]
    assert not [p for p in balance.state("2022-12-31").powers if "constitutional-court" in (p.holder, p.target)]


@pytest.mark.parametrize("body", ["senate", "mazhilis", "parliament"])
def test_kurultai_replaces_both_chambers_on_1_july_2026(balance, body):
    def involving(date, institution):
        return [p for p in balance.state(date).powers if institution in (p.holder, p.target)]
    assert involving("2026-06-30", body) and not involving("2026-07-01", body)
    assert not involving("2026-06-30", "kurultai") and involving("2026-07-01", "kurultai")
    ids = {i.id for i in balance.state("2026-07-01").institutions}
    assert "kurultai" in ids and body not in ids


def test_regional_akims_in_2020_2023_and_today(balance):
    in_2020 = _pick(balance.state("2020-06-01"), "president", "regional-akims")
    assert {p.relation for p in in_2020} == {"appoints", "dismisses"}
    assert any("Prime Minister" in p.detail for p in in_2020)
    assert _pick(balance.state("2020-06-01"), "maslikhats", "regional-akims") == []
    in_2023 = _pick(balance.state("2023-06-30"), "president", "regional-akims", "appoints_with_consent")
    assert len(in_2023) == 1 and "two candidates" in in_2023[0].detail
    assert in_2023[0].introduced_by.id == "regional-akim-appointment-vote"
    assert len(_pick(balance.state("2023-06-30"), "maslikhats", "regional-akims", "approves")) == 1
    # today: the 2022 procedure is the last recorded, flagged as not confirmed by the 2026 sources
    now = _pick(balance.state("2026-11-27"), "president", "regional-akims", "appoints_with_consent")
    assert len(now) == 1 and not now[0].confirmed_on("2026-11-27")


def test_dismissal_of_akims_shows_the_disagreeing_source(balance):
    dismissal = balance.power("president-dismisses-regional-akims")
    assert [s.id for s in dismissal.disputed_by] == ["article-2024"]
    assert "cannot fire" in dismissal.note


def test_rural_akims_directly_elected_from_25_july_2021(balance):
    assert _pick(balance.state("2021-07-24"), "maslikhats", "rural-akims", "elects")
    assert not _pick(balance.state("2021-07-24"), "voters", "rural-akims")
    assert _pick(balance.state("2021-07-25"), "voters", "rural-akims", "elects")
    assert not _pick(balance.state("2021-07-25"), "maslikhats", "rural-akims")


def test_diff_2022_reforms(balance):
    diff = balance.diff("2021-12-31", "2023-06-30")
    gained = {p.id for p in diff.gained}
    assert {"citizens-apply-constitutional-court", "assembly-recommends-senators",
            "maslikhats-vote-regional-akims"} <= gained
    assert "assembly-elects-mazhilis-deputies" in {p.id for p in diff.lost}
    changes = {c.after.id: c for c in diff.changed}
    senate = changes["president-appoints-senators-10"]
    assert senate.before.id == "president-appoints-senators-15"
    assert "count 15 \u2192 10" in senate.what_changed()
    akims = changes["president-appoints-regional-akims-2022"]
    assert "appoints \u2192 appoints with consent" in akims.what_changed()
    # nothing is in two buckets
    ids = [p.id for p in diff.gained + diff.lost] + [u.power.id for u in diff.unclear]
    ids += [c.before.id for c in diff.changed] + [c.after.id for c in diff.changed]
    assert len(ids) == len(set(ids))


def test_diff_2026_constitution(balance):
    diff = balance.diff("2023-06-30", "2026-08-01")
    assert {"president-appoints-senators-10", "mazhilis-consents-pm-2022", "assembly-recommends-senators"} \
        <= {p.id for p in diff.lost}
    assert {"kurultai-consents-pm", "president-appoints-vice-president", "voters-elect-kurultai"} \
        <= {p.id for p in diff.gained}
    unclear = {u.power.id: u.reason for u in diff.unclear}
    # powers the sources describe only from 2026 are not claimed as new ...
    assert "kurultai-no-confidence" in unclear and "kurultai-no-confidence" not in {p.id for p in diff.gained}
    # ... and rules the 2026 sources do not mention are not claimed as kept or lost
    assert "president-appoints-regional-akims-2022" in unclear
    assert "2026-07-01" in unclear["president-appoints-regional-akims-2022"]
    changed = {c.after.id: c.before.id for c in diff.changed}
    assert changed["president-appoints-ombudsperson-2026"] == "president-appoints-ombudsperson-2022"


def test_diff_of_a_date_with_itself_is_empty_and_reversal_swaps(balance):
    assert balance.diff("2024-01-01", "2024-01-01").is_empty()
    forward, back = balance.diff("2019-01-01", "2026-08-01"), balance.diff("2026-08-01", "2019-01-01")
    assert {p.id for p in forward.gained} == {p.id for p in back.lost}
    assert {(c.before.id, c.after.id) for c in forward.changed} == {(c.after.id, c.before.id) for c in back.changed}


def test_kurultai_compared_with_the_mazhilis(balance):
    comparison = balance.compare_holders("mazhilis", "2026-06-30", "kurultai", "2026-08-01")
    only_kurultai = {p.id for p in comparison.only_second}
    assert {"kurultai-consents-vice-president", "kurultai-no-confidence",
            "kurultai-elects-supreme-court-judges", "kurultai-summons-ministers"} <= only_kurultai
    assert ("mazhilis-consents-pm-2022", "kurultai-consents-pm") in {(a.id, b.id) for a, b in comparison.both}
    assert {p.id for p in comparison.only_first} == {"mazhilis-appoints-court-judges"}


def test_tally_counts_what_the_state_holds(balance):
    tally = balance.tally("president", "2021-12-31")
    state = balance.state("2021-12-31")
    assert sum(n for _, n in tally.held_by_relation) == len(state.held_by("president"))
    for relation, count in tally.held_by_relation:
        assert count == len([p for p in state.held_by("president") if p.relation == relation])
    assert dict(tally.checks_by_relation) == {"elects": 1, "recommends": 1}  # voters; Public Trust council
    text = " ".join(tally.explanation())
    assert "not a measure of strength" in text and f"holds {len(tally.held)} powers" in text


def test_era_presets_are_ordered_and_named():
    eras = era_presets(on="2026-11-27")
    assert [e.date for e in eras] == sorted(e.date for e in eras)
    assert eras[0].date == "2019-01-01" and eras[-1].key == "today" and eras[-1].date == "2026-11-27"
    assert "2026-07-01" in {e.date for e in eras}


@pytest.mark.parametrize("text", ["2023-13-01", "2023-02-30", "yesterday", "2023/01/01", ""])
def test_parse_date_rejects_what_is_not_a_day(text):
    with pytest.raises(ValueError):
        parse_date(text)


def _power(pid, valid_from, valid_to, relation="appoints", replaces="", **extra):
    return Power(pid, "a", "b", relation, pid, valid_from, valid_to, "H",
                 (Source("s", "t", "p", "2020"),), replaces=replaces, **extra)


def test_replacement_chains_are_followed_across_several_steps():
    institutions = {i: PowerInstitution(i, i.upper(), i, "executive") for i in "ab"}
    balance = PowerBalance(institutions, (
        _power("one", "", "2020-01-01"),
        _power("two", "2020-01-01", "2022-01-01", relation="appoints_with_consent", replaces="one"),
        _power("three", "2022-01-01", "", replaces="two"),
        _power("new", "2021-01-01", "", relation="dismisses"),
        _power("silent", "2021-01-01", "", relation="vetoes", unknown_before=True),
    ))
    diff = balance.diff("2019-06-01", "2023-01-01")
    assert [(c.before.id, c.after.id) for c in diff.changed] == [("one", "three")]
    assert [p.id for p in diff.gained] == ["new"]
    assert [u.power.id for u in diff.unclear] == ["silent"]
    assert diff.lost == ()


def test_every_relation_has_a_label_and_description():
    for kind in RELATIONS.values():
        assert kind.label and kind.description.endswith(".")


def test_spatial_neighbour_moves_to_the_nearest_body_in_line():
    from models.power_balance import spatial_neighbour
    grid = {"a": (0, 0), "b": (100, 0), "c": (0, 100), "d": (100, 100), "e": (300, 10)}
    assert spatial_neighbour(grid, None, "right") == "a"
    assert spatial_neighbour(grid, "a", "right") == "b"
    assert spatial_neighbour(grid, "b", "right") == "e"
    assert spatial_neighbour(grid, "e", "right") is None
    assert spatial_neighbour(grid, "a", "down") == "c"
    assert spatial_neighbour(grid, "d", "up") == "b"
    assert spatial_neighbour(grid, "d", "left") == "c"


def test_chronological_puts_the_earlier_date_first():
    from models.power_balance import chronological
    assert chronological("2023-06-30", "2021-12-31") == ("2021-12-31", "2023-06-30")
    assert chronological("2021-12-31", "2023-06-30") == ("2021-12-31", "2023-06-30")
