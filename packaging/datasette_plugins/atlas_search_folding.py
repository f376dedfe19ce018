"""Datasette plugin: fold `_search` text the way the atlas folds its index.

The full-text index (entry_search) holds a folded copy of each entry: Kazakh letters as Russian
ones, Cyrillic transliterated to Latin, diacritics dropped (models/text_folding.py). FTS5 itself
folds only case and Latin diacritics, so without this plugin `_search=Мәжіліс` finds nothing while
`_search=mazhilis` works. The plugin rewrites `_search` and `_search_COLUMN` in the query string
before Datasette reads it; everything else passes untouched.

    datasette serve -i resources/reforms.db -m packaging/datasette-metadata.yml \
        --plugins-dir packaging/datasette_plugins
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl


def _load_fold():
    """The atlas's own folding (models/text_folding.py, standard library only): from the checkout,
    or from a copy beside this file, as `datasette publish` ships only the plugins folder."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "text_folding.py", here.parents[1] / "models" / "text_folding.py"):
        if candidate.is_file():
            spec = importlib.util.spec_from_file_location("atlas_text_folding", candidate)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module.fold
    raise ImportError("atlas_search_folding: models/text_folding.py not found; copy it beside this plugin")


fold = _load_fold()


def folded_query_string(query_string: bytes) -> bytes:
    pairs = parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    if not any(key.startswith("_search") and key != "_searchmode" for key, _ in pairs):
        return query_string
    return urlencode([(key, fold(value) if key.startswith("_search") and key != "_searchmode" else value)
                      for key, value in pairs]).encode()


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def with_folded_search(scope, receive, send):
            if scope.get("type") == "http" and b"_search" in scope.get("query_string", b""):
                scope = {**scope, "query_string": folded_query_string(scope["query_string"])}
            await app(scope, receive, send)
        return with_folded_search
    return wrap
