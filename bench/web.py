"""Benchmark: server time of the list and detail pages on a large PostgreSQL database.

    python manage.py bench_seed --initiatives 100000          # once, into DATABASE_URL
    DATABASE_URL=postgres://…/docket_bench python bench/web.py [--requests 300]

Drives the pages in-process with Django's test Client (no network, no browser), so the
time is the server's: URL routing, filters, SQL, template rendering. Beside it, the bare
SQL time: the same statements the request ran, replayed on a cursor. Writes
docs/benchmarks/web.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import time
from pathlib import Path
from urllib.parse import urlencode

from production_env import use_production_settings

ROOT = use_production_settings()

OTHER_REQUESTS = 20
OTHER_PAGES = [
    ("Dashboard", "/"),
    ("Actor", "/actors/eu-agencies/"),
    ("List, no filter", "/initiatives/"),
    ("Deliverables", "/deliverables/"),
    ("Deliverables, overdue", "/deliverables/?window=overdue"),
    ("Area", "/areas/investment/"),
]
NOTES = """## How the pages stay fast

- Counts are capped: the list counts at most 1,001 matching rows (`COUNT(*)` over a
  `LIMIT 1001` subquery, ordering dropped) and shows "1000+" beyond, so a broad filter
  never counts 100,000 rows.
- Search reads the GIN index on the stored, weighted `search_vector`; the area, actor and
  sector filters are `EXISTS` subqueries (no joins, no `DISTINCT`).
- The unfiltered list reads `initiative_list_order` (decided_on DESC NULLS LAST, title,
  id); the deliverables page and the dashboard's due lists merge one
  `(status, due_latest)` index scan per status instead of sorting a million actions.
- Every page runs a fixed number of queries (the *Queries* column), whatever the rows.
- Python and templates dominate the list page (SQL is a fifth of it); long selects
  (actors, sectors) are drawn in Python rather than one template per option.
- The dashboard counts each due window up to the same cap, in one statement. Not yet
  optimised: its status counts and status × area matrix scan their tables (a few
  hundred ms at 100,000 initiatives); a cached or incrementally kept summary would fix it.
- `bench_seed` ends with `ANALYZE`: without statistics a bulk-loaded table gets plans
  ten times slower.
"""
LIST_P95_TARGET_MS = 100
DETAIL_P95_TARGET_MS = 50


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def measure(client, urls: list[str]) -> tuple[list[float], list[float], list[float], int]:
    """Server ms per request, bare SQL ms per request, the count query's ms, queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    server, sql, count_ms, queries = [], [], [], 0
    for url in urls:
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            server.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        queries = max(queries, len(captured.captured_queries))
        total = 0.0
        with connection.cursor() as cursor:
            for q in captured.captured_queries:
                start = time.perf_counter()
                cursor.execute(q["sql"])
                cursor.fetchall()
                elapsed = (time.perf_counter() - start) * 1000
                total += elapsed
                if q["sql"].startswith("SELECT COUNT(*)"):
                    count_ms.append(elapsed)
        sql.append(total)
    return server, sql, count_ms, queries


def list_urls(rng: random.Random, n: int) -> list[str]:
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


def explain(url: str) -> str:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        Client().get(url)
    main = max(
        (q["sql"] for q in captured.captured_queries if "search_vector" in q["sql"]),
        key=len,
        default="",
    )
    if not main:
        return ""
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS OFF, TIMING ON) " + main)
        return "\n".join(row[0] for row in cursor.fetchall())


def row(name: str, server: list[float], sql: list[float], target: float, queries: int) -> str:
    p95 = percentile(server, 95)
    verdict = "meets" if p95 <= target else "MISSES"
    return (
        f"| {name} | {len(server)} | {statistics.median(server):.1f} | {p95:.1f} | "
        f"{statistics.median(sql):.1f} | {percentile(sql, 95):.1f} | {queries} | "
        f"≤ {target} ms: {verdict} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks" / "web.md"))
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from initiatives.models import Initiative
    from timeline.models import FollowUpAction

    if connection.vendor != "postgresql":
        raise SystemExit("Run it on PostgreSQL: set DATABASE_URL (see the docstring).")
    call_command("collectstatic", interactive=False, verbosity=0)  # the manifest DEBUG-off needs
    rng = random.Random(args.seed)
    client = Client()
    initiatives = Initiative.objects.count()
    actions = FollowUpAction.objects.count()
    lists, details = list_urls(rng, args.requests), detail_urls(rng, args.requests)
    measure(client, lists[:20] + details[:20])  # warm caches and connections
    list_server, list_sql, list_count, list_q = measure(client, lists)
    detail_server, detail_sql, _, detail_q = measure(client, details)
    others = {}
    for name, url in OTHER_PAGES:
        server, sql, _, queries = measure(client, [url] * OTHER_REQUESTS)
        others[name] = (url, server, sql, queries)
    plan = explain(lists[0])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg_version = cursor.fetchone()[0]
    lines = [
        "# Web benchmark: list and detail pages on PostgreSQL",
        "",
        f"Generated by `python bench/web.py --requests {args.requests}` on a database filled by",
        f"`python manage.py bench_seed`: {initiatives:,} initiatives, {actions:,} follow-up actions.",
        f"PostgreSQL {pg_version}, Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs, DEBUG off. Requests run in-process through Django's test Client (routing,",
        "middleware, filters, SQL and template rendering; no network). *Bare SQL* replays the",
        "same statements on a cursor, so the difference is Python and template time.",
        f"Load average at the end of the run: {load} (other work shared the machine).",
        "",
        "| Page | Requests | Server p50 ms | Server p95 ms | SQL p50 ms | SQL p95 ms | "
        "Queries | Target |",
        "|---|---|---|---|---|---|---|---|",
        row(
            "List: area + status + selective `q`", list_server, list_sql, LIST_P95_TARGET_MS, list_q
        ),
        row("Detail", detail_server, detail_sql, DETAIL_P95_TARGET_MS, detail_q),
        "",
        "Other pages, unfiltered (no target set; "
        f"{OTHER_REQUESTS} requests each, after the warm-up above):",
        "",
        "| Page | Server p50 ms | Server p95 ms | SQL p50 ms | Queries |",
        "|---|---|---|---|---|",
        *(
            f"| {name} (`{url}`) | {statistics.median(server):.1f} | "
            f"{percentile(server, 95):.1f} | {statistics.median(sql):.1f} | {queries} |"
            for name, (url, server, sql, queries) in others.items()
        ),
        "",
        f"The list's capped count (`COUNT(*)` over at most 1,001 rows): p50 "
        f"{statistics.median(list_count):.2f} ms, p95 {percentile(list_count, 95):.2f} ms.",
        "",
        f"Example list URL: `{lists[0]}`",
        "",
        NOTES,
        "Plan of the list's main query (EXPLAIN ANALYZE):",
        "",
        "```",
        plan,
        "```",
        "",
    ]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines))
    print("\n".join(lines[9:15]))


if __name__ == "__main__":
    main()
