"""Search marking under gunicorn's threaded workers: threads stemming at once each get
their own words back."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from initiatives.searchtext import query_stems

WORDS = [
    "cooperation",
    "procurement",
    "ammunition",
    "strengthening",
    "organisations",
    "industrialisation",
    "capabilities",
    "agreements",
] * 50


def stems_of(words: list[str]) -> list[frozenset[str]]:
    return [query_stems([w]) for w in words]


def test_threads_stemming_at_once_get_the_stems_one_thread_gets() -> None:
    expected = stems_of(WORDS)
    with ThreadPoolExecutor(max_workers=8) as pool:
        runs = list(pool.map(stems_of, [WORDS[i:] + WORDS[:i] for i in range(40)]))
    for i, stems in enumerate(runs):
        assert stems == expected[i:] + expected[:i]
