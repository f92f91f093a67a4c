"""Benchmark: what matching a document to known initiatives costs, at scale (PostgreSQL).

    python manage.py bench_seed --initiatives 100000      # into the database below, once
    python bench/matching.py [--documents 300] [--database-url postgres://…/docket_bench_matching]

Generates press releases with `bench/imports.py`'s grammar, reads each once with the
pure pipeline, then measures, in one process against the seeded database:

- the matcher alone (`initiative_match`: candidate queries, scoring), per document;
- whole imports (`document_import`, matching and proposals included), documents per
  second; each import's transaction is rolled back so the database stays as seeded.

Writes docs/benchmarks/matching.md. Targets: matching adds at most 20 ms per document,
and an import process keeps 30 documents per second or more, at 100,000 initiatives.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/docket_bench_matching"
MATCH_TARGET_MS = 20.0
IMPORT_TARGET_PER_S = 30.0
TODAY = dt.date(2026, 11, 24)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks" / "matching.md"))
    args = parser.parse_args()

    os.environ["DATABASE_URL"] = args.database_url
    os.environ.pop("REDIS_URL", None)
    # A worker runs with DEBUG off: no list of every query kept in memory.
    sys.path.insert(0, str(ROOT / "bench"))
    from production_env import use_production_settings

    use_production_settings()
    import django

    django.setup()
    from django.db import connection, transaction
    from imports import make_document  # bench/imports.py's grammar

    from initiatives import imports as importer
    from initiatives.imports import document_import
    from initiatives.models import Document, Initiative
    from initiatives.pipeline.run import extract_document
    from initiatives.services_match import initiative_match, match_lock

    assert connection.vendor == "postgresql", "The matching benchmark needs PostgreSQL."
    initiatives = Initiative.objects.count()
    rng = random.Random(20251125)
    files = [make_document(rng, n) for n in range(args.documents)]
    extractions = [
        extract_document(content.encode(), filename=name, today=TODAY) for name, content in files
    ]

    # Warm the caches and the connection once, as a long-running worker has them.
    with transaction.atomic():
        match_lock()
        initiative_match(extraction=extractions[0])

    # CPU time of the PostgreSQL backend, read from /proc when the server runs on this
    # machine: with `time.process_time`, what an import costs whoever else shares the cores.
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = Path(f"/proc/{cursor.fetchone()[0]}/stat")

    def backend_cpu() -> float | None:
        try:
            fields = backend.read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None  # the server runs elsewhere
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    match_ms = []
    match_cpu, match_backend = time.process_time(), backend_cpu()
    for extraction in extractions:
        with transaction.atomic():
            match_lock()  # as an import does: its scans read the index, in table order
            started = time.perf_counter()
            initiative_match(extraction=extraction)
            match_ms.append((time.perf_counter() - started) * 1000)
            transaction.set_rollback(True)
    match_cpu = time.process_time() - match_cpu
    if match_backend is not None:
        match_cpu += (backend_cpu() or match_backend) - match_backend
    match_cpu_line = (
        f"{1000 * match_cpu / len(extractions):.1f} ms of CPU per document on average"
        + (", its backend's included" if match_backend is not None else "")
    )

    class Rollback(Exception):
        pass

    # CPU time by stage: extraction and matching timed apart in the importing process.
    # On a shared machine a CPU-time rate is the fair reading: the wall clock also counts
    # the time other processes held the cores.
    stage_cpu = {"extract": 0.0, "match": 0.0}

    def timed(stage: str, function: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                stage_cpu[stage] += time.process_time() - started

        return wrapper

    importer.extract_document = timed("extract", importer.extract_document)
    importer.initiative_match = timed("match", importer.initiative_match)
    queries = 0
    sql_seconds = 0.0

    def count(execute, sql, params, many, context):
        nonlocal queries, sql_seconds
        queries += 1
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            sql_seconds += time.perf_counter() - started

    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    cpu_started, backend_started = time.process_time(), backend_cpu()
    outcomes: dict[str, int] = {}
    for name, content in files:
        try:
            with transaction.atomic(), connection.execute_wrapper(count):
                result = document_import(
                    data=content.encode(), filename=name, source_path=name, today=TODAY
                )
                decision = (result.match or {}).get("decision", result.outcome)
                outcomes[decision] = outcomes.get(decision, 0) + 1
                raise Rollback
        except Rollback:
            pass
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    backend_finished = backend_cpu()
    per_second = len(files) / elapsed
    load_after = os.getloadavg()[0]
    n = len(files)
    stages = (
        f"extraction {1000 * stage_cpu['extract'] / n:.1f} ms, matching "
        f"{1000 * stage_cpu['match'] / n:.1f} ms, writing and proposing "
        f"{1000 * (cpu - stage_cpu['extract'] - stage_cpu['match']) / n:.1f} ms"
    )
    if backend_started is not None and backend_finished is not None:
        server = backend_finished - backend_started
        cpu_per_second = n / (cpu + server)
        cpu_line = (
            f"**{cpu_per_second:.1f} documents/s** of CPU time: {1000 * (cpu + server) / n:.1f} ms "
            f"per import, {1000 * cpu / n:.1f} ms in the importing process ({stages}) and "
            f"{1000 * server / n:.1f} ms in its PostgreSQL backend "
            f"(target ≥ {IMPORT_TARGET_PER_S:.0f}: "
            f"{'meets' if cpu_per_second >= IMPORT_TARGET_PER_S else 'misses'}; the process "
            f"alone: {n / cpu:.1f} documents/s)"
        )
    else:
        cpu_line = f"{1000 * cpu / n:.1f} ms of CPU per import in the importing process ({stages})"

    # The "previous version" lookup of every import (imports._previous_version).
    previous = (
        Document.objects.filter(source_path=files[0][0])
        .order_by("-imported_at", "-pk")
        .values_list("pk")[:1]
    )
    with connection.cursor() as cursor:
        sql, params = previous.query.sql_with_params()
        cursor.execute(f"EXPLAIN ANALYZE {sql}", params)
        previous_plan = "\n".join(f"    {row[0]}" for row in cursor.fetchall())

    median = statistics.median(match_ms)
    p95 = statistics.quantiles(match_ms, n=20)[-1]
    report = f"""# Matching benchmark

`python bench/matching.py --documents {args.documents}` against a database seeded with
`python manage.py bench_seed --initiatives {initiatives}`, on {platform.node()}
({os.cpu_count()} cores, shared with other work), Python {platform.python_version()},
{connection.pg_version // 10000 if connection.pg_version else "?"}-series PostgreSQL, run {dt.date.today()}.

- Initiatives in the database: **{initiatives:,}**. Load average (1 min) of the machine
  when the imports began and ended: {load_before:.1f} and {load_after:.1f}, on {os.cpu_count()} cores
  (other engineers' test suites): every figure below is slower than on an idle machine.
- Matching one document (`initiative_match`: the ranked full-text candidate query, two
  flat queries for the candidates' facts, scoring 12 candidates): median **{median:.1f} ms**, p95
  {p95:.1f} ms, max {max(match_ms):.1f} ms over {len(match_ms)} documents
  (target ≤ {MATCH_TARGET_MS:.0f} ms: {"meets" if median <= MATCH_TARGET_MS else "misses"}); {match_cpu_line}.
- Whole imports in one process (read, extract, match, write, propose; each rolled back so
  every document meets the same database): **{per_second:.1f} documents/s**, or
  {1000 / per_second:.0f} ms per import, of which {1000 * sql_seconds / len(files):.1f} ms in
  {queries / len(files):.1f} queries (savepoints included)
  (target ≥ {IMPORT_TARGET_PER_S:.0f}: {"meets" if per_second >= IMPORT_TARGET_PER_S else "misses"}).
- The same imports in CPU time (`time.process_time`, and the backend's from /proc):
  {cpu_line}.
- Decisions: {", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))}.

What keeps it fast, and what did not:

- An import's "previous version" lookup (`imports._previous_version`: the latest
  document from the same path or URL) reads one entry of an index on
  `(source_path, imported_at DESC, id DESC)` or `(source_url, …)` (migration
  `0010_document_source_indexes`). Before it, the lookup scanned the documents table:
  about 80 ms per import at 100,000 documents. Its plan, measured now:

{previous_plan}

- A document's proposals are stored together: one query for the keys proposed before,
  one insert for their evidence and one for the proposals (it was three round trips
  per proposal).

- Candidates come from one query on a GIN index of `to_tsvector(title || ' ' ||
  summary)` (migration 0006): the first 24 rows holding the document's distinctive title
  words or programme names are ranked by `ts_rank` (ties: newest first) and the best 12
  are scored. `match_lock` turns sequential and synchronised scans off for the import's
  transaction, so the index is always read, in the table's order: the same document
  meets the same candidates on every run.
- Tried and dropped for the candidates: ranking every match by `ts_rank` (it recomputes
  the vector of each matching row: 80 ms to 1 s when 8,000 seeded titles share two
  words), a first query for pairs of title words (its posting lists cost 100 ms to
  10 s, the worst when the planner guessed a sequential scan), and "newest first" over
  all matches (a backward walk of the primary key computing vectors: 11 s when nothing
  matched).
- Tried first and dropped: ranking matches of the stored `search_vector` (it holds every
  document's text, so common words match most rows and ranking read thousands of large
  vectors: 0.6 to 40 s on some documents), and pg_trgm title similarity (GIN `%`: 60 to
  400 ms; GiST nearest-neighbour: about 170 ms, on 100,000 templated titles).
- The candidates' facts come as plain tuples from two queries (their rows, and one
  union of their actors, areas, sectors, actions and referenced days); building model
  instances through prefetches cost more than the queries.
- The advisory lock that serialises match-and-create is held only by importing
  transactions; pages and reads never wait for it.

Where an import's time goes at 100,000 initiatives (cProfile of 40 imports, and the
time of every query through `connection.execute_wrapper`, 2026-12-02, load about 4 on
2 cores):

- Before this work the single largest cost was the "previous version" lookup: a
  sequential scan of 100,000 documents, 76 ms per import out of 173 ms of SQL. It now
  uses the index above.
- After it, about 160 ms per import under that load: some 85 ms of SQL in 44 to 48
  queries (each round trip costs 1.5 to 2.5 ms while the two cores are shared, about
  0.2 ms on an idle machine), about 22 ms of extraction by the pure pipeline (no
  database), and the rest in the ORM and Python. By phase (cProfile, inclusive):
  proposals and their automatic application 29 %, loading facts 18 %, matching 17 %,
  attaching to a known initiative 15 %, extraction 14 %, reporting the match 5 %, the
  search vector refresh 1.5 %, history rows and change events a few ms each.
- Runs of this benchmark, 200 documents each, on the same copy of the seeded database:
  main before this work 5.1 documents/s (load 3.4), matching median 31.4 ms; with the
  index 8.1 documents/s (load 4.5), 25.0 ms; with the proposals stored together 8.0
  (load 4), then 13.6 (load 5.1 to 4.5, 16.2 ms); with the match recorded in one insert
  5.7, 4.0 and 8.0 (loads 3.1 to 5.9; 24.7, 20.2, 22.0 ms). The spread between runs of
  the same code is larger than the effect of the last two changes: their gain is the
  queries they remove (48 to 42 or so per import), not a figure measured apart from the
  load. Throughput stays well under the 30 documents/s target on this machine; whether
  it holds on an idle one was not measured.

What this round changed (2026-12-02). The 30 documents/s target is still missed, and
could not be judged on this machine: ~8 engineers shared its 2 cores, the load never
fell below 5, and a round trip to PostgreSQL cost 4 to 25 ms instead of about 0.2 ms.
Runs on the same 100 documents, code before and after, one right after the other on the
same copy of the 100,000-initiative database:

| load (1 min) | code   | documents/s | ms per import | queries per import | matching median |
|--------------|--------|-------------|---------------|--------------------|-----------------|
| 14 to 17     | before | 1.0, 1.0    | 1026, 1002    | 35                 | 130, 187 ms     |
| 14 to 16     | after  | 1.0, 2.2    | 963, 454      | 23.3               | 134, 146 ms     |
| 6.6 to 6.1   | before | 3.5         | 284           | 35                 | 69.8 ms         |
| 5.7 to 5.5   | after  | 5.8         | 173 (104 SQL) | 23.3               | 58.4 ms         |

The gain is the round trips removed (35 to 23.3 on these documents; the previous
round's 200-document run made 46, this one 22.6): under load each costs milliseconds. On an idle machine, where the
previous round measured 68 ms per import (14.8 documents/s), about 2.5 ms of SQL is
saved per import; most of the rest is Python (the pipeline's extraction and the ORM),
so reaching 30 documents/s there needs work on those, not on the database.

Decisions now come out the same on every run (attached 13, new 26, review 61 on these
100 documents in every run after; 18, 26, 56 before, where the unordered candidate scan
made them depend on the plan). The ranked candidates are the most similar titles, and
with `bench_seed`'s templated titles that turns a few attachments into reviews: a
curator's call, as `decide` means it to be when candidates score alike.

- The changes an import applies at once (a new action, a completion) no longer lock and
  re-read each proposal, nor refresh the search vector after each one: the vector is
  refreshed once per import (`search_update_deferred`), the proposals' states are
  written in one query, and an action's check constraints are tested in one query
  rather than three queries and three savepoints; foreign keys already held in memory
  are not looked up again.
- The candidates' actors, areas, sectors, actions and referenced days come from one
  union query (five before), and the stored decision takes the candidates' titles from
  the scores (one query less). A proposal pass reads the initiative's links in one query.
- The events of a new or updated initiative are stored in one insert.
- `tests/initiatives/test_import_queries.py` pins the count: an import that attaches and
  one that creates make as many queries with 30 more similar initiatives known.

## 2026-12-02, third round: CPU time per import

The machine's two cores were shared by seven or eight engineers (load average 6 to 15
for most of the round, 2.7 at its end), so wall-clock rates say more about the others'
test suites than about an import. This round reports **CPU time**: the importing process's (`time.process_time`)
plus its PostgreSQL backend's (from /proc; the server runs on the same machine), which
is what one import costs whoever shares the cores. A rate from CPU time is an upper
bound of what one process reaches on an idle machine: it leaves out the waits of the
round trips (about 0.2 ms each when idle; 21 per import).

Runs of this benchmark, 100 documents each, main and this branch one right after the
other on the same copy of the 100,000-initiative database, and on an empty database
(every document then creates an initiative):

| database | load (1 min) | code   | CPU ms per import: process (extract, match, write) + backend | CPU-time rate | wall rate | queries | matching, CPU |
|----------|--------------|--------|--------------------------------------------------------------|---------------|-----------|---------|---------------|
| 100,000  | 14.1 to 15.6 | before | 39.2 (9.4, 6.6, 23.2) + 21.2 = 60.4                           | 16.6 docs/s   | 2.1       | 23.6    | 18.8 ms       |
| 100,000  | 14.8 to 15.6 | after  | 32.5 (9.4, 3.9, 19.2) + 20.0 = 52.5                           | 19.0 docs/s   | 3.1       | 21.1    | 17.8 ms       |
| 100,000  | 11.5 to 13.4 | after  | 29.2 (8.9, 3.6, 16.7) + 19.0 = 48.2                           | 20.7 docs/s   | 4.8       | 21.1    | 19.1 ms       |
| 100,000  | 2.8          | before | 32.3 (9.5, 6.3, 16.5) + 20.0 = 52.3                           | 19.1 docs/s   | 18.0      | 23.6    | 19.9 ms       |
| 100,000  | 2.7 to 2.6   | after  | 30.2 (10.5, 4.3, 15.5) + 20.6 = 50.8                          | 19.7 docs/s   | 19.3      | 21.1    | 16.8 ms       |
| empty    | about 15     | before | 61.4 (10.0, 1.6, 49.8) + 19.7 = 81.1                          | 12.3 docs/s   | 1.9       | 38.4    | 3.9 ms        |
| empty    | about 15     | after  | 52.3 (10.0, 1.4, 40.9) + 17.4 = 69.7                          | 14.3 docs/s   | 2.0       | 34.4    | 3.7 ms        |

Against the targets, honestly:

- **30 documents/s per process at 100,000 initiatives: not met.** In CPU time an import
  costs about 48 to 52 ms, 19 to 21 documents/s; the importing process alone would
  reach 31 to 34 documents/s, but its PostgreSQL backend spends another 19 to 21 ms per
  import. At load 2.4 to 2.7 the wall clock agreed: 19.3 and 22.3 documents/s (52 and
  45 ms per import) in two runs, against 18.0 for main on the same documents. The gain of this round
  is modest, about 5 to 13 % of CPU per import depending on the run; the spread between
  runs under load is of the same size.
- **Matching adds at most 20 ms per document: met in CPU time** (16.8 to 19.1 ms, the
  backend's included); in wall-clock time at load 2.4 to 2.7 it is at the target (median
  15.9 and 20.8 ms in two runs, main 21.9 ms), and far from it under load 11 to 15
  (median 70 to 77 ms).
- **Throughput at 100,000 initiatives at least 90 % of the empty database's** (issue 11):
  met, 19.0 against 14.3 documents/s of CPU time (133 %). The mixes differ: on the empty
  database every document creates an initiative (the dearest path, 34 queries); at
  100,000, 61 of these 100 documents wait for review (10 queries), 26 create and 13 attach.

Where the remaining time goes, and what would cut it:

- **The candidate query is most of the backend's time** (about 14 of the 19 ms of
  matching CPU). EXPLAIN ANALYZE shows why: the bitmap index scan reads the whole
  posting lists of the document's words before the heap scan stops at 24 rows, and
  `bench_seed`'s common title words ("defence", "security", "production") are in 16,000
  to 62,000 initiatives: 11 to 25 ms under load for the bitmap alone, against 3 ms for a
  document with rare words. GIN cannot return its rows in order and stop early. Keeping
  the same candidates (the first 24 matches in table order) but finding them cheaply
  needs a stored match vector (a generated column with its own GIN index): a scan of the
  table's first pages would then test a stored vector per row instead of computing it
  (30 µs a row, measured under this load), and only a document whose words are rare
  would fall back to the index. Even that would leave about 38 ms per import, so not
  30 documents/s by itself.
  Not done in this round: a migration that rewrites the initiatives table, for the lead
  to schedule.
- **Extraction is 9 to 10 ms** of pure Python spread thin over many rules (a sampling
  profile finds no function above 5 % of it). Two mechanical changes: the deadline
  rules' gate words are tested once per range before once per sentence, and stems are
  cached; their gain is within the noise (10.2 to 9.9 ms, extraction and progress
  reading of 200 documents, best of five). What the rules find is unchanged: every
  extraction of the labelled corpus, the seeds, the test inputs and 300 benchmark
  documents compared byte for byte with main's.
- **Writing and proposing is 16 to 19 ms** at 100,000 (41 ms for a new initiative): the
  ORM's cost of building, compiling and reading about 20 queries, and the model
  instances of the facts and proposals.

What this round changed (each compared with main on the same documents: every `--json`
entry identical, ids aside, on both databases):

- The document with the same text and the latest earlier version of the same source are
  looked up in one query, as ids, not whole documents with their text (two queries on
  SQLite, which has no LIMIT inside a UNION).
- A document stored without an initiative (a possible match) reads back neither its
  match (the one just recorded) nor its proposals (there are none): the review path
  makes 10 queries.
- A new initiative's proposal pass is handed the actions and links the importer has
  just written (`KnownFacts`), instead of reading them back, and looks for orphan
  reports only when the document made some.
- `initiatives_facts` (the candidates' and the proposal pass's five-part union) is
  compiled once per process for each number of ids: building and compiling it cost
  about 3 ms of CPU, twice per import that attaches. The SQL sent is the same.
- Sectors by name and the slugs they could take come from one query, not two; the
  history manager of actions and milestones is built once per process (simple_history
  builds a manager class on each access, about 0.4 ms).
- `tests/initiatives/test_import_queries.py`: attach 35 queries, create 33 (36 and 36
  before), a possible match 10; each the same with 30 more similar initiatives known.
"""
    Path(args.output).write_text(report)
    print(report)


if __name__ == "__main__":
    main()
