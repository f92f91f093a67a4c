"""Benchmark: deep pages of the list and the deliverables, by cursor against by OFFSET.

    DATABASE_URL=postgres://…/docket_bench python bench/deep_pages.py --depth 500000

For each list it takes the row at ``depth`` in the page's order, signs a cursor for it as
the page's "Next" link does, and requests the page after it (server time, in-process,
DEBUG off), beside the bare SQL of the same rows read with ``OFFSET depth`` instead. It
prints the cursor query's plan. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import time
from urllib.parse import urlencode

from production_env import use_production_settings

use_production_settings()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depth", type=int, default=500_000)
    parser.add_argument("--requests", type=int, default=15)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.db.models import F
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from initiatives.filters import SORT_ORDERING, Sort
    from initiatives.keyset import encode, ordering_keys
    from initiatives.models import Initiative
    from timeline.models import FollowUpAction

    if connection.vendor != "postgresql":
        raise SystemExit("Run it on PostgreSQL: set DATABASE_URL (see the docstring).")
    client = Client()
    by_due = (F("due_latest").asc(nulls_last=True), "pk")
    lists = [
        ("List", "/initiatives/", "page:initiatives:", Initiative.objects.order_by(
            *SORT_ORDERING[Sort.DECIDED])),
        ("Deliverables", "/deliverables/", "page:deliverables:",
         FollowUpAction.objects.order_by(*by_due)),
    ]  # fmt: skip
    table = [
        "| Page | Depth | Server p50 ms (cursor) | Queries | Cursor rows query, executed ms "
        "| Same rows by OFFSET, bare SQL ms |",
        "|---|---|---|---|---|---|",
    ]
    plans = []
    for name, path, scope, ordered in lists:
        keys = ordering_keys(ordered)
        depth = min(args.depth, ordered.count() - 30)
        row = ordered[depth]
        scope += ",".join(f"{'-' if k.descending else ''}{k.name}" for k in keys)
        url = f"{path}?{urlencode({'after': encode(keys, row, scope)})}"
        times, queries = [], 0
        for _ in range(args.requests):
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.status_code
            queries = len(captured)
        statement = next(q["sql"] for q in captured if "UNION ALL" in q["sql"])
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, COSTS OFF) {statement}")
            plan = "\n".join(r[0] for r in cursor.fetchall())
            plans.append((name, plan))
            executed = re.search(r"Execution Time: ([\d.]+) ms", plan)[1]
            sql, params = ordered.values("pk")[depth + 1 : depth + 26].query.sql_with_params()
            start = time.perf_counter()
            cursor.execute(sql, params)
            cursor.fetchall()
            offset_ms = (time.perf_counter() - start) * 1000
        table.append(
            f"| {name} | {depth:,} | {statistics.median(times):.1f} | {queries} | {executed} "
            f"| {offset_ms:.0f} |"
        )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print("\n".join(table))
    print(f"\nLoad average: {load}\n")
    for name, plan in plans:
        print(f"{name}, the cursor page's rows:\n\n```\n{plan}\n```\n")


if __name__ == "__main__":
    main()
