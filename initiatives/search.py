"""Full-text search over initiatives.

On PostgreSQL every initiative carries a stored, weighted tsvector (title A; summary and
venue B; area statements, action descriptions, sector and actor names C; document text D)
with a GIN index, and beside it its title and summary part alone (``rank_vector``), which
results are ranked by. Services call :func:`initiative_search_update` after each write. On
SQLite (the embedded default) the update is a no-op and :func:`search_filter` falls back
to case-insensitive matching of each word in the title, summary, venue or document text.
Both index the text as ``initiatives.searchtext.indexed_text`` writes it, so British and
American spellings, and a body's acronym and long form, find each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Exists, F, Func, OuterRef, Q, QuerySet, TextField
from django.db.models.expressions import RawSQL

from initiatives.searchtext import indexed_text, normal_spelling, query_stems

SEARCH_CONFIG = "english"
# Longer queries are cut: a 10,000-character paste must not become a 10,000-term tsquery.
MAX_QUERY_CHARS = 500
# And so are queries of many terms: each term, phrase or "or" is a node of the tsquery.
MAX_QUERY_TERMS = 32
# A document's text counts up to this many characters (tsvector positions stop at 16,383).
MAX_DOCUMENT_CHARS = 200_000
# The SQLite fallback matches at most this many words.
MAX_FALLBACK_WORDS = 8

_WORD = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)
# A word of letters alone: one token to the parser, so one lexeme (or none, a stop word).
_LETTERS = re.compile(r"[^\W\d_]+")
# Queries of at most this many plain words are ranked by rows of their ranking vector
# alone (see ranked_first).
RANKED_FIRST_MAX_WORDS = 2
# A word no query holds, for the stand-ins of queries (`query_stand_in`).
STAND_IN_WORD = "zqxstandin"
# One term of websearch syntax: an optional "-" (not), then a "quoted phrase" or a run of
# anything else up to the next space or quote.
_TERM = re.compile(r'(-?)(?:"([^"]*)"?|([^\s"]+))')

# The text of each part, gathered for indexed_text() in Python, then weighted.
_PARTS_SQL = """
SELECT i.id,
    coalesce(i.title, ''),
    coalesce(i.summary, '') || ' ' || coalesce(i.venue, ''),
    concat_ws(' ',
        (SELECT string_agg(ia.statement, ' ') FROM initiatives_initiativearea ia
          WHERE ia.initiative_id = i.id),
        (SELECT string_agg(fa.description, ' ') FROM timeline_followupaction fa
          WHERE fa.initiative_id = i.id),
        (SELECT string_agg(s.name, ' ') FROM initiatives_initiativesector isec
          JOIN initiatives_sector s ON s.id = isec.sector_id WHERE isec.initiative_id = i.id),
        (SELECT string_agg(a.name, ' ') FROM initiatives_initiativeactor iact
          JOIN initiatives_actor a ON a.id = iact.actor_id WHERE iact.initiative_id = i.id)),
    left(coalesce((SELECT string_agg(d.text, ' ') FROM initiatives_document d
          WHERE d.initiative_id = i.id), ''), %(max_doc)s)
FROM initiatives_initiative i WHERE i.id = ANY(%(ids)s)
"""
# The ranking vector is the title and summary part of the whole one: the same positions,
# so a search's rank reads only it (see search_filter).
_UPDATE_SQL = """
UPDATE initiatives_initiative AS i SET search_vector = v.ab || v.cd{rank}
FROM (
    SELECT p.id,
        setweight(to_tsvector(%(config)s, p.a), 'A')
            || setweight(to_tsvector(%(config)s, p.b), 'B') AS ab,
        setweight(to_tsvector(%(config)s, p.c), 'C')
            || setweight(to_tsvector(%(config)s, p.d), 'D') AS cd
    FROM unnest(%(ids)s::bigint[], %(a)s::text[], %(b)s::text[], %(c)s::text[], %(d)s::text[])
        AS p(id, a, b, c, d)
) AS v
WHERE i.id = v.id
"""
# Migrations before 0016 wrote the full vector only: the ranking vector had no column yet.
_UPDATE_SEARCH_ONLY_SQL = _UPDATE_SQL.format(rank="")
# Each lexeme of a ranking vector with the rank a search for it alone gives the row
# (SearchTerm). The lexeme is quoted as tsquery input: a quote doubled, a backslash escaped.
_TERMS_SELECT = r"""
SELECT i.id, t.lexeme, ts_rank(i.rank_vector,
    ('''' || replace(replace(t.lexeme, '\', '\\'), '''', '''''') || '''')::tsquery)
FROM {source} AS i, unnest(i.rank_vector) AS t
"""
# Both vectors and the search terms, in one statement. The rows' old terms are deleted
# before their new ones are written: the count reads `gone` (every deletion) before the
# first term is inserted, and a key this transaction deleted does not conflict with the
# same key inserted again.
_UPDATE_BOTH_SQL = f"""
WITH updated AS (
    {_UPDATE_SQL.format(rank=", rank_vector = v.ab")} RETURNING i.id, i.rank_vector
), gone AS (
    DELETE FROM initiatives_searchterm WHERE initiative_id = ANY(%(ids)s) RETURNING 1
)
INSERT INTO initiatives_searchterm (initiative_id, lexeme, rank)
{_TERMS_SELECT.format(source="updated")} WHERE (SELECT count(*) FROM gone) >= 0
"""  # noqa: S608 (constant SQL)
# Bulk loads (bench_seed) and the migration: every row with a ranking vector and no terms.
SEARCH_TERMS_FILL_SQL = f"""
INSERT INTO initiatives_searchterm (initiative_id, lexeme, rank)
{_TERMS_SELECT.format(source="initiatives_initiative")} WHERE i.rank_vector IS NOT NULL
AND NOT EXISTS (
    SELECT 1 FROM initiatives_searchterm AS s WHERE s.initiative_id = i.id
)
"""  # noqa: S608 (constant SQL)
# Bulk loads, batch by batch: the terms of the initiatives a batch has just written (ids
# first to last), which have none yet. No test for existing terms: at a million rows the
# anti-join against the growing table was the load's slowest step by far.
SEARCH_TERMS_OF_NEW_SQL = f"""
INSERT INTO initiatives_searchterm (initiative_id, lexeme, rank)
{_TERMS_SELECT.format(source="initiatives_initiative")}
WHERE i.id BETWEEN %(first)s AND %(last)s AND i.rank_vector IS NOT NULL
"""
# The one lexeme a search of one word of letters looks for; NULL when the word is a stop
# word or, against expectation, more than one lexeme (then no row is taken to be first).
_WORD_LEXEME_SQL = (
    "CASE WHEN numnode(websearch_to_tsquery(%s::regconfig, %s)) = 1 "
    "THEN (tsvector_to_array(to_tsvector(%s::regconfig, %s)))[1] END"
)
# The SQLite fallback matches words in the text as indexed_text() writes it.
SQLITE_FUNCTION = "docket_indexed_text"


def is_full_text() -> bool:
    return connection.vendor == "postgresql"


def clean_query(raw: str) -> str:
    """The one safe form of a user's search, for every list, export, feed and saved search.

    Only what websearch syntax means survives: words, "quoted phrases", a leading "-" for
    "not", and "or" between terms. Everything else (NUL and other control characters,
    tsquery operators such as ``!&|:*()<->``, runs of dashes that nest "not" until
    PostgreSQL's stack overflows) is dropped, and the result is cut to MAX_QUERY_TERMS
    terms and MAX_QUERY_CHARS characters, at a term's end. Words are spelled the way the
    index spells them (see ``initiatives.searchtext``), so "defence" finds "Defense".
    """
    terms: list[str] = []
    for negate, phrase, bare in _TERM.findall(raw[: MAX_QUERY_CHARS * 4]):
        words = _WORD.findall(phrase or bare)
        if not words:
            continue
        if bare and bare.lower() == "or" and not negate:
            if terms and terms[-1] != "or":
                terms.append("or")
            continue
        words = [normal_spelling(word) for word in words]
        term = f'"{" ".join(words)}"' if phrase or len(words) > 1 else words[0]
        terms.append(("-" if negate else "") + term)
    while terms and terms[-1] == "or":
        terms.pop()
    text = ""
    for term in terms[:MAX_QUERY_TERMS]:
        if len(text) + len(term) + 1 > MAX_QUERY_CHARS:
            break
        text = f"{text} {term}" if text else term
    return text


# The initiatives whose vectors wait for the end of `search_update_deferred`, or None.
_deferred: ContextVar[set[int] | None] = ContextVar("search_deferred", default=None)


def initiative_search_update(*, initiative_ids: Iterable[int]) -> int:
    """Recompute the stored search vector of these initiatives. Returns rows updated
    (0 while deferred: see `search_update_deferred`).

    Call it after any write that changes an initiative's title, summary, venue, areas,
    actions, sectors, actors or documents. A no-op on databases without full-text search.
    """
    ids = sorted({int(pk) for pk in initiative_ids})
    if not ids or not is_full_text():
        return 0
    waiting = _deferred.get()
    if waiting is not None:
        waiting.update(ids)
        return 0
    return search_vectors_refresh(connection, ids)


@contextmanager
def search_update_deferred() -> Iterator[None]:
    """Recompute each touched initiative's vector once, when the block ends without an
    error, rather than after every write in it (an import applies many changes to one
    initiative). Use it inside the transaction of those writes."""
    if _deferred.get() is not None:  # an outer block refreshes them
        yield
        return
    waiting: set[int] = set()
    token = _deferred.set(waiting)
    try:
        yield
    finally:
        _deferred.reset(token)
    initiative_search_update(initiative_ids=waiting)


def search_vectors_refresh(db: BaseDatabaseWrapper, ids: list[int], *, ranking: bool = True) -> int:
    """Recompute the vectors of ``ids`` on PostgreSQL connection ``db`` (migrations pass
    theirs): two queries, the text of each part then the weighted vectors. Migrations
    older than the ranking vector's column pass ``ranking=False``."""
    with db.cursor() as cursor:
        cursor.execute(_PARTS_SQL, {"ids": ids, "max_doc": MAX_DOCUMENT_CHARS})
        rows = [(pk, *(indexed_text(part) for part in parts)) for pk, *parts in cursor.fetchall()]
        if not rows:
            return 0
        pks, a, b, c, d = (list(column) for column in zip(*rows, strict=True))
        cursor.execute(
            _UPDATE_BOTH_SQL if ranking else _UPDATE_SEARCH_ONLY_SQL,
            {"config": SEARCH_CONFIG, "ids": pks, "a": a, "b": b, "c": c, "d": d},
        )
        # With the terms, the statement's count is theirs; the rows updated are those read.
        return len(pks) if ranking else cursor.rowcount


def rank_vectors_fill(db: BaseDatabaseWrapper) -> int:
    """Give every row with a search vector and no ranking vector its ranking vector, from
    the search vector itself (its A and B weights). For bulk loads that write
    search_vector directly (``bench_seed``); PostgreSQL only. Returns rows updated."""
    with db.cursor() as cursor:
        cursor.execute(
            "UPDATE initiatives_initiative SET rank_vector = ts_filter(search_vector, '{a,b}') "
            "WHERE rank_vector IS NULL AND search_vector IS NOT NULL"
        )
        filled = cursor.rowcount
    search_terms_fill(db)
    return filled


def search_terms_fill(db: BaseDatabaseWrapper) -> int:
    """Write the search terms (SearchTerm) of every row with a ranking vector and none
    yet, for bulk loads that write the vectors directly. PostgreSQL only. Returns rows
    written."""
    with db.cursor() as cursor:
        cursor.execute(SEARCH_TERMS_FILL_SQL)
        return cursor.rowcount


def search_terms_of_new_write(db: BaseDatabaseWrapper, *, first: int, last: int) -> int:
    """Write the search terms (SearchTerm) of the initiatives with ids ``first`` to
    ``last``, which must have none yet: the rows a bulk load (``bench_seed``) has just
    written with their vectors, in the same transaction. PostgreSQL only. Returns rows
    written."""
    with db.cursor() as cursor:
        cursor.execute(SEARCH_TERMS_OF_NEW_SQL, {"first": first, "last": last})
        return cursor.rowcount


def sqlite_function_install(
    *, sender: object, connection: BaseDatabaseWrapper, **kwargs: Any
) -> None:
    """On each new SQLite connection, let SQL call indexed_text() (see search_filter)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            SQLITE_FUNCTION, 1, lambda text: indexed_text(text or ""), deterministic=True
        )


def search_filter(queryset: QuerySet, raw: str) -> QuerySet:
    """Keep the initiatives matching ``raw``; on PostgreSQL annotate ``rank``."""
    text = clean_query(raw)
    if not text:
        return queryset
    if is_full_text():
        # Rank by the title and summary alone (rank_vector, kept in the row); matches in
        # the documents alone rank 0, after every title or summary match. The whole
        # vector is kilobytes a row in TOAST: ranking by it, or a scan testing it on every
        # row, read all of them (1.3-1.7 s for a word in every one of 100,000 rows).
        query = SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
        matches = Q(search_vector=query)
        if not _negates(text):
            # Without a "not", a title or summary match is a match: tested first, the
            # whole vector is read only for rows it does not settle (each side has its
            # GIN index, so a selective search still reads only its rows).
            matches = Q(rank_vector=query) | matches
        return queryset.filter(matches).annotate(rank=SearchRank(F("rank_vector"), query))
    from initiatives.models import Document

    def indexed(field: str) -> Func:
        return Func(F(field), function=SQLITE_FUNCTION, output_field=TextField())

    documents = Document.objects.alias(indexed_text=indexed("text"))
    queryset = queryset.alias(
        indexed_title=indexed("title"),
        indexed_summary=indexed("summary"),
        indexed_venue=indexed("venue"),
    )
    for word in _WORD.findall(text)[:MAX_FALLBACK_WORDS]:
        in_documents = documents.filter(initiative=OuterRef("pk"), indexed_text__icontains=word)
        queryset = queryset.filter(
            Q(indexed_title__icontains=word)
            | Q(indexed_summary__icontains=word)
            | Q(indexed_venue__icontains=word)
            | Exists(in_documents)
        )
    return queryset


def ranked_first(queryset: QuerySet, raw: str) -> QuerySet | None:
    """The rows that come first in ``search_filter(queryset, raw)`` ranked by relevance,
    in that order; None where that cannot be known without ranking every match.

    For a query of one or two plain words (no phrase, "or" or "-"), ``ts_rank`` is above
    0 only on rows whose ranking vector matches: the rank of one lexeme counts its own
    positions, and that of "a & b" only pairs of positions of both. Every other match
    ranks 0 (or NULL), after all of them. So these rows, found without reading a single
    document vector, are the head of the full list: for one word, the initiatives with
    that word among their search terms (SearchTerm, whose rank is this very ts_rank), read
    in rank order from an index; for two, the ranking vector's matches, ranked.
    """
    text = clean_query(raw)
    words = text.split()
    if not is_full_text() or not _ranked_first_words(words):
        return None
    if len(words) == 1:
        # The rank of one word is kept per row and word (SearchTerm): the rows are read
        # from `search_term_rank` in rank order, without ranking every match.
        lexeme = RawSQL(  # noqa: S611 (constant SQL, the word a parameter)
            _WORD_LEXEME_SQL, (SEARCH_CONFIG, text) * 2, output_field=TextField()
        )
        return queryset.filter(search_terms__lexeme=lexeme).annotate(rank=F("search_terms__rank"))
    query = SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
    first = queryset.filter(rank_vector=query).annotate(rank=SearchRank(F("rank_vector"), query))
    # Two words found may rank 0 (both at one position, or too far apart), and such rows
    # sort with the others ranked 0.
    return first.filter(rank__gt=0)


def _negates(text: str) -> bool:
    return any(term.startswith("-") for term in text.split())


def _ranked_first_words(words: list[str]) -> bool:
    """Whether a query of these words has rows known to rank first (`ranked_first`)."""
    return 1 <= len(words) <= RANKED_FIRST_MAX_WORDS and all(
        _LETTERS.fullmatch(word) and word.lower() != "or" for word in words
    )


def query_stand_in(text: str) -> str | None:
    """A query, of a search ``text`` as `clean_query` leaves it, that `search_filter` and
    `ranked_first` make into the same SQL, its text in the parameters where ``text``
    would be: what they build depends on the query's form (how many words, whether plain
    or negated), not on its words. For statements compiled once per form of query
    (`initiatives.list_page`). None on SQLite, whose statements hold each word."""
    if not text or not is_full_text():
        return None
    words = text.split()
    if _ranked_first_words(words):
        return " ".join([STAND_IN_WORD] * len(words))
    return f"{STAND_IN_WORD} 0" + (f" -{STAND_IN_WORD}" if _negates(text) else "")


@lru_cache(maxsize=64)
def marked_words(raw: str) -> frozenset[str]:
    """The stems a results page marks for this query: its words, not those after "-"."""
    words: list[str] = []
    for negate, phrase, bare in _TERM.findall(clean_query(raw)):
        if not negate and (phrase or bare.lower() != "or"):
            words += _WORD.findall(phrase or bare)
    return query_stems(words)
