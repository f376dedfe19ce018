"""Search-as-you-type latency: every prefix of 30 realistic queries, as the search field sends them.

    python bench/search.py [--entries 100000] [--rebuild]

Measures Atlas.search(SearchQuery(text=prefix, typing=True)) — compile, match, rank, count, one
page of 50 — plus the marked titles and snippets of the 12 rows a window shows, on the bundled
database and on a generated one of N entries
(words drawn from the real entries, cached in bench/out/). Prints p50/p95/max per database and
for one- and two-letter prefixes and for 15 Russian/Kazakh queries (QUERIES_RU_KK) separately; the
first Cyrillic keystroke of a run also loads the Snowball stemmer (its max). Facet counts are timed
apart, for the same prefixes (the window counts them when typing pauses for 150 ms,
ui/search_panel.py FACET_DELAY_MS, as a courtesy: they must be fast without it). The first facet
count of a session reads the table of facet cells (db/facet_index.py); that one-time cost is
printed on its own line.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.atlas import Atlas  # noqa: E402
from db.build.database import build_database  # noqa: E402
from db.freshness import DATA_DIR  # noqa: E402
from models.search import SearchQuery  # noqa: E402

QUERIES = [
    "death penalty", "Мажилис", "majilis", "mayor elections", "constitutional court", "referendum 2022",
    "senate appointees", "party registration threshold", "ombudsman", "akim", "әкім", "kurultai",
    "Құрылтай", "vice-president", "shadow economy", "middle corridor", "foreign investment",
    "tax code VAT", "domestic violence", "peaceful assembly", "media law", "online petitions",
    "women quota", "rural akims", "national fund children", "torture", "human rights action plan",
    "single seven-year term", "GDP per capita", "People's Council",
]
# Typed as people in Kazakhstan type: Russian and Kazakh, inflected, and transliterated. Timed in
# rows of their own, so that the rows above compare with earlier runs.
QUERIES_RU_KK = [
    "выборы акимов", "отмена смертной казни", "партийный барьер", "срок президента", "сайлауда",
    "әкімдер сайлауы", "свобода слова", "права человека", "налоговый кодекс", "Конституционный суд",
    "vybory akimov", "смертная казнь", "митинги", "инфляция и ВВП", "өлім жазасы",
]


def prefixes(query: str) -> list[str]:
    return [query[:i] for i in range(1, len(query) + 1)]


def synthetic_database(n: int, rebuild: bool) -> Path:
    out = ROOT / "bench" / "out" / f"synthetic-{n}-translated.db"
    if out.exists() and not rebuild:
        return out
    import sqlite_utils

    from db.build.entries import load_core, write_core
    from db.build.source_files import Problems

    problems = Problems()
    core, refs = load_core(DATA_DIR, problems)
    real = core.entries
    vocabulary = " ".join(e["title"] + " " + e["summary"] + " " + e["body"] for e in real).split()
    rng = random.Random(2026)
    generated = []
    for i in range(n):
        model = real[i % len(real)]
        body_words = rng.choices(vocabulary, k=rng.randint(60, 220))
        title_words = model["title"].split() + rng.choices(vocabulary, k=2)
        rng.shuffle(title_words)
        generated.append({
            **model, "id": f"{model['id']}-{i}", "title": " ".join(title_words),
            "date": f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "summary": " ".join(rng.choices(vocabulary, k=30)), "body": " ".join(body_words),
            "related": [], "superseded_by": "",
            "status": "in-force" if model["status"] == "superseded" else model["status"],
        })
    from db.build import cross_language as build_cross_language
    from db.build import translations as build_translations
    lexicon = build_cross_language.load(DATA_DIR, None, problems)
    # Russian and Kazakh text for every generated entry, made the same way from the real
    # translations, so that the translation index is as large, relative to the English, as it will be.
    translated = build_translations.load(DATA_DIR, refs, problems)  # reads the real entries
    core.entries = generated
    by_entry: dict[tuple[str, str], dict[str, str]] = {}
    for r in translated.rows:
        if r["kind"] == "entries":
            by_entry.setdefault((r["id"], r["lang"]), {})[r["field"]] = r["text"]
    words = {lang: " ".join(" ".join(t.values()) for (_, lg), t in by_entry.items() if lg == lang).split()
             for lang in ("ru", "kk")}
    rows = []
    for i, entry in enumerate(generated):
        model_id = real[i % len(real)]["id"]
        for lang in ("ru", "kk"):
            title = by_entry.get((model_id, lang), {}).get("title", "").split() + rng.choices(words[lang], k=2)
            rng.shuffle(title)
            texts = {"title": " ".join(title), "summary": " ".join(rng.choices(words[lang], k=30)),
                     "body": " ".join(rng.choices(words[lang], k=rng.randint(60, 220)))}
            rows += [{"kind": "entries", "id": entry["id"], "field": f, "lang": lang, "text": t, "stale": 0}
                     for f, t in texts.items()]
    translated = build_translations.TranslationData(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    db = sqlite_utils.Database(out)
    with db.conn:
        write_core(db, core)
        build_cross_language.write(db, lexicon)
        build_translations.write(db, translated)
        db["meta"].insert_all([{"key": "data_version", "value": f"synthetic-{n}"},
                               {"key": "entry_count", "value": str(n)}], pk="key")
    db.close()
    return out


VISIBLE_ROWS = 12  # result rows a 1280x800 window shows; their snippets are what gets painted


def measure(atlas: Atlas, texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        start = time.perf_counter()
        results = atlas.search(SearchQuery(text=text, typing=True))
        for hit in results.hits[:VISIBLE_ROWS]:
            hit.title_marks, hit.snippet  # noqa: B018 - computed lazily, as the view paints them
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure_facets(atlas: Atlas, texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        start = time.perf_counter()
        atlas.facets(SearchQuery(text=text, typing=True))
        times.append((time.perf_counter() - start) * 1000)
    return times


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def row(name: str, values: list[float]) -> str:
    return (f"| {name:<34} | {len(values):>5} | {statistics.median(values):>7.2f} | "
            f"{pct(values, 95):>7.2f} | {max(values):>7.2f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    bundled = ROOT / "bench" / "out" / "bundled.db"
    build_database(bundled, DATA_DIR)
    start = time.perf_counter()
    big = synthetic_database(args.entries, args.rebuild)
    print(f"synthetic database ready in {time.perf_counter() - start:.1f} s: {big}")

    all_prefixes = [p for q in QUERIES for p in prefixes(q)]
    short = [p for p in all_prefixes if len(p) <= 2]
    foreign = [p for q in QUERIES_RU_KK for p in prefixes(q)]
    print("\n| database / prefixes                | runs  | p50 ms  | p95 ms  | max ms  |")
    print("|------------------------------------|-------|---------|---------|---------|")
    for label, path in (("bundled", bundled), (f"{args.entries:,} entries", big)):
        atlas = Atlas(path)
        measure(atlas, all_prefixes[:50])  # warm the page cache
        print(row(f"{label}: all prefixes", measure(atlas, all_prefixes)))
        print(row(f"{label}: 1-2 letter prefixes", measure(atlas, short)))
        print(row(f"{label}: ru/kk prefixes", measure(atlas, foreign)))
        start = time.perf_counter()
        atlas.facets(SearchQuery())
        print(f"| {label + ': first facets (reads cells)':<34} |     1 | {(time.perf_counter() - start) * 1000:>7.2f} |"
              "         |         |")
        print(row(f"{label}: facets (4 dimensions)", measure_facets(atlas, all_prefixes[::3])))
        print(row(f"{label}: facets, 1-2 letters", measure_facets(atlas, short)))
        atlas.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
