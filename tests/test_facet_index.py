"""Facet counts by cells (db/facet_index.py) equal the plain SQL join they replace, for every kind
of query and filter; the plain join stays here as the statement of what the counts mean."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from db.atlas import FACET_DIMENSIONS
from models.search import SearchQuery

_FACETS = {
    "category": ("e.category", "c.name", "JOIN categories c ON c.id = e.category", "c.sort, e.category"),
    "package": ("e.package", "p.short", "JOIN packages p ON p.id = e.package", "p.sort, e.package"),
    "year": ("e.year", "e.year", "", "e.year DESC"),
    "institution": ("i.id", "i.name", "JOIN entry_institution_keys ei ON ei.entry_rowid = e.rowid "
                    "JOIN institutions i ON i.id = ei.institution_id", "count(*) DESC, i.name"),
}


def joined_counts(atlas, query: SearchQuery) -> dict[str, list[tuple[str, str, int]]]:
    """Each dimension: the matches that pass every other filter, joined to their keys and grouped."""
    match = atlas.compiler.compile(query.text, typing=query.typing).match
    source = ("entry_search JOIN entry_keys e ON e.rowid = entry_search.rowid" if match else "entry_keys e")
    counts = {}
    for dimension in FACET_DIMENSIONS:
        relaxed = (replace(query, year_from=None, year_to=None) if dimension == "year"
                   else replace(query, **{dimension: ""}))
        clauses, params = (["entry_search MATCH ?"], [match]) if match else ([], [])
        for column in ("category", "package"):
            if getattr(relaxed, column):
                clauses.append(f"e.{column} = ?")
                params.append(getattr(relaxed, column))
        if relaxed.year_from is not None:
            clauses.append("e.year >= ?")
            params.append(relaxed.year_from)
        if relaxed.year_to is not None:
            clauses.append("e.year <= ?")
            params.append(relaxed.year_to)
        if relaxed.institution:
            clauses.append("e.rowid IN (SELECT entry_rowid FROM entry_institution_keys WHERE institution_id = ?)")
            params.append(relaxed.institution)
        value, label, join, order = _FACETS[dimension]
        where = " AND ".join(clauses) or "1"
        sql = (f"SELECT {value}, {label}, count(*) FROM {source} {join} WHERE {where} "
               f"GROUP BY {value} ORDER BY {order}")
        counts[dimension] = [(str(v), str(lb), n) for v, lb, n in atlas.conn.execute(sql, params)]
    return counts


TEXTS = ["", "a", "ak", "akim", "death penalty", "Мәжіліс", "court OR senate", "referendum NOT 2022",
         "zzzqqq"]
FILTERS = [{}, {"category": "economy"}, {"package": "second-package"}, {"institution": "president"},
           {"year_from": 2021, "year_to": 2023},
           {"category": "democratic-participation", "institution": "voters", "year_from": 2020},
           {"package": "no-such-package"}]


@pytest.mark.parametrize("text,filters", list(itertools.product(TEXTS, FILTERS)))
def test_cell_counts_equal_the_joined_counts(atlas, text, filters):
    query = SearchQuery(text=text, typing=True, **filters)
    counted = {dim: [(f.value, f.label, f.count) for f in facets] for dim, facets in atlas.facets(query).items()}
    assert counted == joined_counts(atlas, query)


def test_counts_cover_the_results(atlas):
    results = atlas.search(SearchQuery(text="akim", limit=500), with_facets=True)
    assert 0 < results.total < len(atlas.entry_refs())
    assert sum(f.count for f in results.facets["category"]) == results.total
    assert sum(f.count for f in results.facets["year"]) == results.total
