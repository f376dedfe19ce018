"""SQL for the bibliography: what cites each source. Returns models/ objects; behind Atlas."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from db.entry_queries import all_sources
from models.bibliography import CITATION_KINDS, BibliographyItem, Citation, power_line, succession_line

_ENTRIES = """
SELECT es.source_id, e.id, e.title FROM entry_sources es JOIN entries e ON e.id = es.entry_id
ORDER BY e.rowid DESC"""

_FIGURES = """
SELECT f.source_id, f.label, e.id, e.title FROM entry_figures f JOIN entries e ON e.id = f.entry_id
WHERE f.source_id <> '' ORDER BY e.rowid DESC, f.position"""

_ASSESSMENTS = """
SELECT j.value AS source_id, a.by, a.date, e.id, e.title
FROM assessments a JOIN json_each(a.sources) j JOIN entries e ON e.id = a.entry_id
ORDER BY e.rowid DESC, a.position"""

_POWERS = """
SELECT ps.source_id, ps.role, p.id, p.detail, p.introduced_by, p.holder_id, p.target_id,
       p.relation AS relation_id,
       coalesce(h.name, p.holder_id) AS holder, coalesce(t.name, p.target_id) AS target,
       coalesce(r.label, p.relation) AS relation
FROM power_sources ps JOIN powers p ON p.id = ps.power_id
LEFT JOIN institutions h ON h.id = p.holder_id LEFT JOIN institutions t ON t.id = p.target_id
LEFT JOIN power_relations r ON r.id = p.relation
ORDER BY p.sort, ps.sort"""

_SUCCESSIONS = """
SELECT j.value AS source_id, s.date, coalesce(a.name, s.predecessor_id) AS before_name,
       coalesce(b.name, s.successor_id) AS after_name, s.predecessor_id, s.successor_id
FROM power_successions s JOIN json_each(s.sources) j
LEFT JOIN institutions a ON a.id = s.predecessor_id LEFT JOIN institutions b ON b.id = s.successor_id
ORDER BY s.date"""

_INDICATORS = """
SELECT j.value AS source_id, i.id, i.name FROM indicators i JOIN json_each(i.sources) j ORDER BY i.sort"""

_POINTS = """
SELECT p.source_id, i.id, i.name, group_concat(p.year, ', ') AS years
FROM (SELECT * FROM indicator_points ORDER BY position) p JOIN indicators i ON i.id = p.indicator_id
WHERE p.source_id <> '' GROUP BY p.source_id, i.id ORDER BY i.sort"""

_GLOSSARY = """
SELECT j.value AS source_id, g.id, g.term FROM glossary g JOIN json_each(g.sources) j
ORDER BY g.term COLLATE NOCASE"""

_INSTITUTIONS = """
SELECT j.value AS source_id, i.id, i.name FROM institutions i JOIN json_each(i.sources) j ORDER BY i.rowid"""


def citations(conn: sqlite3.Connection) -> dict[str, list[Citation]]:
    """Source id -> every place that cites it, grouped by kind in CITATION_KINDS order."""
    found: dict[str, list[Citation]] = defaultdict(list)
    for r in conn.execute(_ENTRIES):
        found[r["source_id"]].append(Citation("entry", r["title"], entry_id=r["id"], target_id=r["id"]))
    for r in conn.execute(_FIGURES):
        found[r["source_id"]].append(Citation("figure", r["label"], entry_id=r["id"], detail=r["title"]))
    for r in conn.execute(_ASSESSMENTS):
        found[r["source_id"]].append(Citation("assessment", f"{r['by']} ({r['date']})", entry_id=r["id"],
                                              detail=r["title"]))
    for r in conn.execute(_POWERS):
        parts = (("institution", r["holder_id"], r["holder"]), ("relation", r["relation_id"], r["relation"]),
                 ("institution", r["target_id"], r["target"]))
        found[r["source_id"]].append(Citation("power", power_line(parts), entry_id=r["introduced_by"] or "",
                                              target_id=r["id"], detail=r["detail"] or "",
                                              disputes=r["role"] == "disputes", parts=parts))
    for r in conn.execute(_SUCCESSIONS):
        parts = (("institution", r["predecessor_id"], r["before_name"]),
                 ("institution", r["successor_id"], r["after_name"]))
        found[r["source_id"]].append(Citation("succession", succession_line(parts), target_id=r["successor_id"],
                                              detail=r["date"] or "", parts=parts))
    for r in conn.execute(_INDICATORS):
        found[r["source_id"]].append(Citation("indicator", r["name"], target_id=r["id"]))
    for r in conn.execute(_POINTS):
        found[r["source_id"]].append(Citation("point", r["name"], target_id=r["id"], detail=r["years"] or ""))
    for r in conn.execute(_GLOSSARY):
        found[r["source_id"]].append(Citation("glossary", r["term"], target_id=r["id"]))
    for r in conn.execute(_INSTITUTIONS):
        found[r["source_id"]].append(Citation("institution", r["name"], target_id=r["id"]))
    order = {kind: n for n, kind in enumerate(CITATION_KINDS)}
    return {source: sorted(cites, key=lambda c: order[c.kind]) for source, cites in found.items()}


def bibliography(conn: sqlite3.Connection) -> list[BibliographyItem]:
    """Every source (publisher, then date) with what cites it; a source nothing cites has none."""
    cited = citations(conn)
    return [BibliographyItem(s, tuple(cited.get(s.id, ()))) for s in all_sources(conn)]
