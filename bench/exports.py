"""Benchmark: the calendar feeds uncached, and the CSV exports' rows a second and memory.

    DATABASE_URL=postgres://…/docket_bench python bench/exports.py           # everything
    DATABASE_URL=… python bench/exports.py --only calendar --requests 20
    DATABASE_URL=… python bench/exports.py --only csv --csv-rows 200000

Needs a database filled by `python manage.py bench_seed` (see bench/web.py). Server time
is in-process, through Django's test Client (routing, middleware, SQL, text), with DEBUG
off. Each CSV export runs in a fresh process, so that its peak RSS (resource.ru_maxrss)
is the export's own: it is reported beside the process's RSS before the export, and the
difference is what streaming the rows cost in memory. Rows a second of CPU are the Django
process's, so that they say what the Python side costs even on a shared machine; the CPU
seconds of its PostgreSQL backend (from /proc, when the server runs on this machine) are
beside them. The two can overlap (the export sends its next statements ahead), so the
wall time is not their sum. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

from production_env import use_production_settings

ROOT = use_production_settings()
# Streamed whatever their size, so that the streaming path is what is measured.
os.environ.setdefault("DOCKET_EXPORT_STREAM_ROWS", str(10**9))
CALENDAR_P95_TARGET_MS = 150
CSV_TARGET_ROWS_PER_S = 30_000


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))]


def calendars(requests: int) -> list[str]:
    import django

    django.setup()
    from django.test import Client

    from initiatives.models import Actor, CooperationArea
    from tests.caches import clear_cache

    client = Client()
    actor = Actor.objects.order_by("pk").values_list("slug", flat=True).first()
    area = CooperationArea.objects.order_by("position").values_list("slug", flat=True).first()
    urls = {
        "Site-wide `/feeds/calendar.ics`": "/feeds/calendar.ics",
        f"Area `{area}`": f"/feeds/areas/{area}.ics",
        f"Actor `{actor}`": f"/feeds/actors/{actor}.ics",
    }
    rows = [
        "| Calendar, uncached | Events | p50 ms | p95 ms | CPU p50 ms | Target p95 |",
        "|---|---|---|---|---|---|",
    ]
    for name, url in urls.items():
        clear_cache()
        client.get(url)  # warm: imports, URL resolver, connection
        wall, cpu = [], []
        for _ in range(requests):
            clear_cache()
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            assert response.status_code == 200, url
        events = response.content.count(b"BEGIN:VEVENT")
        p95 = percentile(wall, 95)
        target = (
            f"≤ {CALENDAR_P95_TARGET_MS} ms: "
            f"{'meets' if p95 <= CALENDAR_P95_TARGET_MS else 'MISSES'}"
            if url == "/feeds/calendar.ics"
            else "—"
        )
        rows.append(
            f"| {name} | {events:,} | {statistics.median(wall):.1f} | {p95:.1f} | "
            f"{statistics.median(cpu):.1f} | {target} |"
        )
    return rows


def one_export(url: str, limit: int) -> dict[str, float]:
    """Runs in its own process: streams ``url`` up to ``limit`` rows and reports."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.urls import resolve

    client = Client()
    connection.ensure_connection()  # the connection and the views' imports, outside the measure
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = f"/proc/{cursor.fetchone()[0]}/stat"

    def backend_cpu() -> float:
        try:
            with open(backend) as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")  # the server runs elsewhere
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    resolve(url.split("?")[0])
    warm = client.get(url)  # first uses (filters, regular expressions): one piece, then closed
    next(iter(warm.streaming_content))
    warm.close()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, started_cpu, started_backend = time.perf_counter(), time.process_time(), backend_cpu()
    response = client.get(url)
    lines, size = 0, 0
    for piece in response.streaming_content:
        lines += piece.count(b"\n")
        size += len(piece)
        if lines > limit:
            break
    wall = time.perf_counter() - started
    cpu = time.process_time() - started_cpu
    response.close()
    backend_seconds = backend_cpu() - started_backend
    return {
        "rows": lines - 1,
        "wall": wall,
        "cpu": cpu,
        "backend": backend_seconds,
        "mb": size / 1e6,
        "rss_before": rss_before,
        "rss_peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def exports(limit: int) -> list[str]:
    rows = [
        "| CSV export | Rows | MB | Wall s | Rows/s | Rows/s of CPU | Backend CPU s | "
        "RSS before → peak MB | Target |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for url in ("/initiatives/export.csv", "/deliverables/export.csv"):
        out = subprocess.run(
            [sys.executable, __file__, "--one-export", url, "--csv-rows", str(limit)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        rate = r["rows"] / r["wall"]
        verdict = f"≥ {CSV_TARGET_ROWS_PER_S:,}/s: " + (
            "meets" if rate >= CSV_TARGET_ROWS_PER_S else "MISSES"
        )
        rows.append(
            f"| `{url}` | {r['rows']:,} | {r['mb']:.1f} | {r['wall']:.1f} | {rate:,.0f} | "
            f"{r['rows'] / r['cpu']:,.0f} | {r['backend']:.1f} | "
            f"{r['rss_before']:.0f} → {r['rss_peak']:.0f} | "
            f"{verdict} |"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["calendar", "csv"])
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--csv-rows", type=int, default=10**9, help="stop each export there")
    parser.add_argument("--one-export", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.one_export:
        print(json.dumps(one_export(args.one_export, args.csv_rows)))
        return
    lines = []
    if args.only in (None, "calendar"):
        lines += [*calendars(args.requests), ""]
    if args.only in (None, "csv"):
        lines += [*exports(args.csv_rows), ""]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines.append(f"Load average at the end: {load} ({os.cpu_count()} CPUs).")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
