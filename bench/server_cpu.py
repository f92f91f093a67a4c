"""Benchmark: requests per second under gunicorn and the server's CPU per request.

    DATABASE_URL=postgres://…/docket_bench REDIS_URL=redis://…/0 python bench/server_cpu.py

On a shared machine a rate moves with everyone else's work; the CPU that the gunicorn
workers and their PostgreSQL backends spent (read from /proc, Linux only) divided by the
requests they served moves much less, and its ratio to the minimal view's is what the
rates' ratio would be on a quiet machine. Measured for the minimal view and for 200
initiative pages, each first requested once (`--drawn` leaves that out): with a shared
cache (Redis, as deployed) the measured run then reads the kept bodies
(`initiatives.detail`); `bench/web.py`'s run empties the cache before it and mostly draws.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import subprocess
import time

from web import detail_urls, gunicorn, hammer

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except FileNotFoundError:  # a process that has gone: its CPU is lost
            continue
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / TICKS


def backends(database: str) -> list[int]:
    """The PostgreSQL backends connected to the database (the workers' kept connections)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [database],
        )
        return [row[0] for row in cursor.fetchall()]


def get_once(port: int, path: str) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers={"Host": "127.0.0.1"})
    response = conn.getresponse()
    response.read()
    conn.close()
    if response.status != 200:
        raise SystemExit(f"{path} answered {response.status}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--drawn", action="store_true", help="Do not request each page first.")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    database = connection.settings_dict["NAME"]
    details = detail_urls(random.Random(args.seed), 200)
    connection.close()
    server = gunicorn(args.port, args.workers, 1)
    try:
        workers = [
            int(p) for p in subprocess.check_output(["pgrep", "-P", str(server.pid)]).split()
        ]
        for name, paths in (("Minimal view", ["/bench/minimal/"]), ("Detail", details)):
            hammer(args.port, paths, 1.0, 10)  # warm: connections, template caches
            if name == "Detail" and not args.drawn:
                for path in paths:
                    get_once(args.port, path)
            pids = workers + backends(database)
            before, load = cpu_seconds(pids), os.getloadavg()[0]
            start = time.perf_counter()
            rate = hammer(args.port, paths, args.seconds, 10)
            served = rate * (time.perf_counter() - start)
            used = cpu_seconds(pids) - before
            print(
                f"{name}: {rate:,.0f}/s, {1000 * used / served:.2f} ms of server CPU a request "
                f"(load {load:.1f} → {os.getloadavg()[0]:.1f})"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
