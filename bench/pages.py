"""A few pages measured alone: server p50/p95, CPU, bare SQL and queries, with the load.

    DATABASE_URL=postgres://…/docket_bench python bench/pages.py -n 30 \\
        "/initiatives/?due_within=30" "/initiatives/?overdue=true" /actors/eu-agencies/
    python bench/pages.py --uncached /feeds/calendar.ics

Server time and bare SQL as in bench/web.py (`measure`). CPU is this process's
(`time.process_time`) and the PostgreSQL backend's (from /proc/<pid>/stat, when the
database runs on this machine), per request: on a shared machine they move far less
with the load than wall time does.
"""

from __future__ import annotations

import argparse
import os
import time

from production_env import use_production_settings

use_production_settings()


def backend_cpu_seconds(pid: int) -> float:
    """User + system CPU of a local process, 0 when it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="+")
    parser.add_argument("-n", "--requests", type=int, default=30)
    parser.add_argument("--uncached", action="store_true", help="Clear the cache each time.")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from web import measure, percentile

    client = Client()
    before = (lambda url: cache.clear()) if args.uncached else None
    print(f"load average {os.getloadavg()[0]:.2f}")
    print(
        "| Page | Server p50 ms | Server p95 ms | CPU ms (Django + PostgreSQL) | Bare SQL p50 ms | Queries |"
    )
    print("|---|---|---|---|---|---|")
    for url in args.urls:
        measure(client, [url] * 3, before)  # warm
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
        cpu, pg = time.process_time(), backend_cpu_seconds(pid)
        server, sql, queries = measure(client, [url] * args.requests, before)
        cpu = (time.process_time() - cpu) * 1000 / args.requests
        pg = (backend_cpu_seconds(pid) - pg) * 1000 / args.requests
        # measure() replays the SQL once more per request: count the backend's half.
        print(
            f"| `{url}` | {percentile(server, 50):.1f} | {percentile(server, 95):.1f} | "
            f"{cpu:.1f} + {pg / 2:.1f} | {percentile(sql, 50):.1f} | {queries} |"
        )
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
