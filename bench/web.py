"""Benchmark: server time and throughput of Docket's pages on a large PostgreSQL database.

    make bench-web SCALE=100000        # seeds what is missing, then measures
    DATABASE_URL=postgres://…/docket_bench python bench/web.py --scale 100000

Two measures, taken in one run so that their ratios hold on a shared machine:

- Server time, in-process through Django's test Client (routing, middleware, filters,
  SQL, template rendering; no network), beside the bare SQL: the same statements the
  request ran, replayed on a cursor. The ratio of the two is the Python and template cost.
- Requests per second under gunicorn (2 workers by default) on loopback, from a small
  client with threads (10 connections), beside a minimal Django view's.

Writes docs/benchmarks/web.md and prints its table.
"""

from __future__ import annotations

import argparse
import gc
import http.client
import os
import platform
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from production_env import use_production_settings

ROOT = use_production_settings()

FOLLOWS = 1000
CSV_ROWS = 50_000
LIST_P95_TARGET_MS = 100
DETAIL_P95_TARGET_MS = 50
NOTES = """## How the pages stay fast

- Counts are capped: the list counts at most 1,001 matching rows (`COUNT(*)` over a
  `LIMIT 1001` subquery, ordering dropped) and shows "1000+" beyond, so a broad filter
  never counts 100,000 rows.
- Search reads the GIN indexes on the stored, weighted `search_vector` and on its title
  and summary part, `rank_vector`, which also ranks the results (the whole vector, kilobytes
  of document words a row, is read only for rows the small one does not settle); the area,
  actor and sector filters are `EXISTS` subqueries (no joins, no `DISTINCT`). A one-word
  search reads its first pages and its capped count from the words' kept ranks
  (`SearchTerm`, index `search_term_rank`), without ranking every match.
- The due filters read each initiative's first and last pending due date, kept on its
  row and key columns of the list-order index (tested inside it), and ask the actions only
  of the initiatives whose dates straddle the window; `?overdue=true` counts from an index
  on the first date; the actor page reads its owner's actions, and their delivery record,
  from an (owner, due date) index carrying status and completion day, and its page of
  initiatives from two covering indexes (the links' keys first, then 25 rows).
- The chart and the dashboard's first due read actions as plain rows and build only
  those they show; a single initiative's or actor's delivery record is compiled once a day.
- The list's count and page are read with statements compiled once per form of filter
  (which filters, how many areas and statuses, the form of the search), each request's
  areas, statuses, actor, role, sector and words put in the stand-ins' places.
- The row loops (list, timeline, chart, dashboard, area, deliverables) are drawn by Jinja2.
- The unfiltered list reads `initiative_list_order_due` (decided_on DESC NULLS LAST,
  title, id); the deliverables page and the dashboard's due lists merge one
  `(status, due_latest)` index scan per status instead of sorting a million actions.
- Every page runs a fixed number of queries (the *Queries* column), whatever the rows;
  `/following/` included (the follow buttons of the page listing what a user follows
  ask nothing more of the database). It shows fifty follows a page, newest first, their
  keys read from `follow_user_newest` (user, created_at, id) before their targets.
- Each gunicorn process keeps its PostgreSQL connection (`CONN_MAX_AGE`, 60 s by default,
  checked before reuse) rather than opening one per request.
- `bench_seed` ends with `ANALYZE`: without statistics a bulk-loaded table gets plans
  ten times slower.

What changed for issue 11, each index's query and plan, and what is left:
[web-issue-11.md](web-issue-11.md).
"""


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def measure(client, urls: list[str], before=None) -> tuple[list[float], list[float], int]:
    """Server ms per request, bare SQL ms per request, most queries in one request;
    ``before(url)``, if given, is called before each request, untimed."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    server, sql, queries = [], [], 0
    for url in urls:
        if before:
            before(url)
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
            server.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        replayed = [q["sql"] for q in captured.captured_queries if is_page_query(q["sql"])]
        queries = max(queries, len(replayed))
        total = 0.0
        with connection.cursor() as cursor:
            for statement in replayed:
                start = time.perf_counter()
                cursor.execute(statement)
                if cursor.description:
                    cursor.fetchall()
                total += (time.perf_counter() - start) * 1000
        sql.append(total)
    return server, sql, queries


def is_page_query(sql: str) -> bool:
    """The page's own statements: not the savepoints and session writes around them. A
    compound statement (the list's choices, the dashboard's due lists) opens with "("."""
    return sql.lstrip().upper().startswith(("SELECT", "WITH", "("))


def list_urls(n: int) -> list[str]:
    """List pages filtered by area and status with a selective q (a title's code word)."""
    from initiatives.models import InitiativeArea

    links = list(
        InitiativeArea.objects.filter(initiative__slug__startswith="bench-")
        .select_related("initiative", "area")
        .order_by("?")[:n]
    )
    return [
        "/initiatives/?"
        + urlencode(
            {
                "q": link.initiative.title.split(":")[0],
                "area": link.area.slug,
                "status": link.initiative.status,
            }
        )
        for link in links
    ]


def detail_urls(rng: random.Random, n: int) -> list[str]:
    from initiatives.models import Initiative

    total = Initiative.objects.filter(slug__startswith="bench-").count()
    return [f"/initiatives/bench-{rng.randrange(total)}/" for _ in range(n)]


def forget_body(url: str) -> None:
    """Forget the kept body of the initiative at ``url`` (an initiative page), in the
    cache and in this process, so that its next view draws it."""
    from django.core.cache import cache
    from django.utils import timezone

    from initiatives.detail import body_key, forget_recent_bodies
    from initiatives.models import Initiative

    initiative = Initiative.objects.get(slug=url.rstrip("/").rsplit("/", 1)[1])
    key = body_key(initiative, today=timezone.localdate())
    if key is not None:
        cache.delete(key)
    forget_recent_bodies()


def follower():
    """A reader following FOLLOWS initiatives (created once, on the benchmark database)."""
    from django.contrib.auth.models import User
    from django.db import connection

    from initiatives.models import Initiative
    from notifications.models import Follow

    user, _ = User.objects.get_or_create(username="bench-follower")
    if user.follows.count() < FOLLOWS:
        ids = Initiative.objects.order_by("pk").values_list("pk", flat=True)[:FOLLOWS]
        Follow.objects.bulk_create(
            [Follow(user=user, initiative_id=pk) for pk in ids], ignore_conflicts=True
        )
        # As bench_seed does for its tables: follows made after its ANALYZE had no
        # statistics, and /following/'s plan took a user's 1,000 follows for 5.
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {Follow._meta.db_table}")
    return user


def seed(scale: int) -> None:
    from django.core.management import call_command

    from initiatives.models import Initiative

    have = Initiative.objects.filter(slug__startswith="bench-").count()
    if have < scale:
        print(f"Seeding {scale - have:,} initiatives (have {have:,}) …", flush=True)
        call_command("bench_seed", initiatives=scale - have, verbosity=0)


# --- throughput under gunicorn -------------------------------------------------------


def hammer(port: int, paths: list[str], seconds: float, connections: int) -> float:
    """Requests per second from `connections` threads, each sending one request after the
    other (a new connection when the server closes it, as gunicorn's sync workers do)."""
    done = [0] * connections
    failures: list[str] = []
    stop = time.perf_counter() + seconds

    def run(slot: int) -> None:
        conn = None
        n = slot
        while time.perf_counter() < stop:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", paths[n % len(paths)], headers={"Host": "127.0.0.1"})
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                failures.append(f"{paths[n % len(paths)]}: {response.status}")
                return
            if response.getheader("Connection", "").lower() == "close" or response.will_close:
                conn.close()
                conn = None
            done[slot] += 1
            n += connections

    start = time.perf_counter()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise SystemExit(f"gunicorn answered {failures[0]}")
    return sum(done) / (time.perf_counter() - start)


def gunicorn(port: int, workers: int, threads: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    worker_class = ["--worker-class", "gthread", "--threads", str(threads)] if threads > 1 else []
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "--workers",
            str(workers),
            *worker_class,
            "--bind",
            f"127.0.0.1:{port}",
            "--pythonpath",
            f"{ROOT},{ROOT / 'bench'}",
            "--log-level",
            "warning",
            "config.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/bench/minimal/", headers={"Host": "127.0.0.1"})
            if conn.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("gunicorn did not start")


def throughput(
    pages: dict[str, list[str]], workers: int, threads: int, seconds: float, port: int
) -> dict[str, float]:
    server = gunicorn(port, workers, threads)
    try:
        results = {}
        for name, paths in pages.items():
            hammer(port, paths, 1.0, 10)  # warm: connections, template caches
            results[name] = hammer(port, paths, seconds, 10)
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


# --- the report -------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=0, help="Seed up to this many initiatives.")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--other-requests", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=8.0, help="Per page, under gunicorn.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--threads",
        default="1",
        help="Threads per gunicorn worker; a comma-separated list compares several.",
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks" / "web.md"))
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client, override_settings

    from initiatives.models import Initiative
    from timeline.models import FollowUpAction

    if connection.vendor != "postgresql":
        raise SystemExit("Run it on PostgreSQL: set DATABASE_URL (see the docstring).")
    if args.scale:
        seed(args.scale)
    call_command("collectstatic", interactive=False, verbosity=0)  # the manifest DEBUG-off needs
    rng = random.Random(args.seed)
    client, signed_in = Client(), Client()
    signed_in.force_login(follower())
    initiatives = Initiative.objects.count()
    actions = FollowUpAction.objects.count()
    lists, details = list_urls(args.requests), detail_urls(rng, args.requests)
    # Warm caches and connections, and every detail page measured: the row "Detail" is
    # the page as its readers get it, its body kept (drawn by the first reader after a
    # change, read by the rest); "Detail, body drawn" below draws the body each time.
    measure(client, lists[:20] + details)
    # As each web process does once it has loaded (config/wsgi.py): what is loaded now
    # lives as long as the process, and the garbage collector need not walk it again.
    gc.collect()
    gc.freeze()

    n = args.other_requests
    pages = [
        # name, client, urls, before each request, target p95 ms
        ("List: area + status + selective `q`", client, lists, None, LIST_P95_TARGET_MS),
        ("Detail", client, details, None, DETAIL_P95_TARGET_MS),
        ("Detail, body drawn", client, details, forget_body, DETAIL_P95_TARGET_MS),
        ("Dashboard `/`", client, ["/"] * n, None, 30),
        ("List, no filter", client, ["/initiatives/"] * n, None, None),
        (
            "List, broad search `?q=cooperation`",
            client,
            ["/initiatives/?q=cooperation"] * n,
            None,
            100,
        ),
        ("List `?due_within=30`", client, ["/initiatives/?due_within=30"] * n, None, 50),
        ("List `?overdue=true`", client, ["/initiatives/?overdue=true"] * n, None, 50),
        ("Deliverables", client, ["/deliverables/"] * n, None, None),
        ("Deliverables, overdue", client, ["/deliverables/?window=overdue"] * n, None, None),
        ("Area", client, ["/areas/investment/"] * n, None, None),
        ("Actor", client, ["/actors/eu-agencies/"] * n, None, 30),
        (f"Following ({FOLLOWS:,} follows)", signed_in, ["/following/"] * n, None, None),
        (
            "Calendar feed, uncached",
            client,
            ["/feeds/calendar.ics"] * max(3, n // 4),
            lambda url: cache.clear(),
            150,
        ),
    ]
    measured = []
    for name, who, urls, before, target in pages:
        server, sql, queries = measure(who, urls, before)
        measured.append((name, urls[0], server, sql, queries, target))

    # CSV export: rows a second, streamed. Above DOCKET_EXPORT_STREAM_ROWS a web request
    # hands the export to a job; the rate measured here is the stream's, every row of it.
    export_url = "/initiatives/export.csv"
    start = time.perf_counter()
    with override_settings(DOCKET_EXPORT_STREAM_ROWS=initiatives + 1):
        response = client.get(export_url)
    rows = sum(chunk.count(b"\n") for chunk in response.streaming_content) - 1
    export_rate = rows / (time.perf_counter() - start)

    throughput_pages = {
        "Minimal view": ["/bench/minimal/"],
        "List": lists,
        "Detail": details,
    }
    rates = {}
    for threads in [int(t) for t in args.threads.split(",")]:
        rates[threads] = throughput(
            throughput_pages, args.workers, threads, args.seconds, args.port
        )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg_version = cursor.fetchone()[0]

    table = [
        "| Page | Server p50 ms | Server p95 ms | Bare SQL p50 ms | Ratio p50 | Queries | "
        "Target p95 |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, _url, server, sql, queries, target in measured:
        p50, p95, sql50 = statistics.median(server), percentile(server, 95), statistics.median(sql)
        verdict = (
            "—" if target is None else f"≤ {target} ms: {'meets' if p95 <= target else 'MISSES'}"
        )
        table.append(
            f"| {name} | {p50:.1f} | {p95:.1f} | {sql50:.1f} | {p50 / max(sql50, 0.01):.1f}× | "
            f"{queries} | {verdict} |"
        )
    rate_table = [
        "| gunicorn | " + " | ".join(throughput_pages) + " | List ÷ minimal | Detail ÷ minimal |",
        "|---|" + "---|" * (len(throughput_pages) + 2),
    ]
    for threads, r in rates.items():
        kind = "sync" if threads == 1 else f"gthread × {threads} threads"
        rate_table.append(
            f"| {args.workers} workers, {kind} | "
            + " | ".join(f"{r[name]:,.0f}/s" for name in throughput_pages)
            + f" | {100 * r['List'] / r['Minimal view']:.1f}% | "
            f"{100 * r['Detail'] / r['Minimal view']:.1f}% |"
        )
    lines = [
        "# Web benchmark: Docket's pages on PostgreSQL",
        "",
        f"Generated by `make bench-web SCALE={args.scale or initiatives}` (`bench/web.py`) on a "
        f"database filled by `python manage.py bench_seed`: {initiatives:,} initiatives, "
        f"{actions:,} follow-up actions.",
        f"PostgreSQL {pg_version}, Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs, DEBUG off.",
        f"Load average at the end of the run: {load} (other work shared the machine, so the",
        "ratios, all measured in this one run, say more than the milliseconds).",
        "",
        f"Server time, in-process ({args.requests} requests for the list and detail pages, "
        f"{n} for the others); *bare SQL* replays the same statements on a cursor, so the",
        "ratio is what Python and the templates add:",
        "",
        *table,
        "",
        f"CSV export `{export_url}` (every initiative, streamed): {rows:,} rows at "
        f"{export_rate:,.0f} rows/s.",
        "",
        f"Requests per second under gunicorn on loopback ({args.seconds:g} s a page, 10 client "
        "threads on the same machine):",
        "",
        *rate_table,
        "",
        f"Example list URL: `{lists[0]}`",
        "",
        NOTES,
    ]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # Sections added by hand after a run ("## Session …") are kept below the new table.
    kept = out.read_text().partition("\n## Session ") if out.exists() else ("", "", "")
    out.write_text("\n".join(lines) + (f"\n## Session {kept[2]}" if kept[1] else ""))
    print("\n".join(lines[2:]))


if __name__ == "__main__":
    main()
