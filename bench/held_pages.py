"""Benchmark: the pages issue 11 wants as fast at 1,000,000 initiatives as at 100,000
(list, detail, deliverables, dashboard, the list's due filters), on two databases measured
in turns, so that the load of a shared machine weighs on both alike.

    python bench/held_pages.py postgres://…/docket_100k postgres://…/docket_1m --rounds 5

Each round runs one short measure per database, each in its own process (Django talks to
one database); the table gives the median over all rounds of the server time and of the
bare SQL (`bench/web.py`'s measure), and the ratio of the larger database to the first.
A second table gives the CPU time of each request, mean over all rounds: the Django
process's own and its PostgreSQL backend's (from /proc, so the database must run on this
machine; parallel workers' CPU is not counted), for a loaded machine's wall times.
`--only Detail "List: area"` measures only the pages whose names begin so.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RATIO_LIMIT = 1.5
BASE = 100_000
HELD = ("List: area + status + selective `q`", "List, no filter", "Detail", "Deliverables",
        "Dashboard `/`", "List `?due_within=30`", "List `?overdue=true`")  # fmt: skip


def backend_cpu_seconds() -> float:
    """CPU seconds used so far by this connection's PostgreSQL backend (Linux /proc)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_measure(client, urls: list[str]) -> tuple[float, float]:
    """Mean CPU ms per request: this process's, and its database backend's (persistent
    connections, CONN_MAX_AGE, keep one backend across the requests)."""
    process, backend = time.process_time(), backend_cpu_seconds()
    for url in urls:
        client.get(url)
    backend_after = backend_cpu_seconds()
    process_after = time.process_time()
    n = len(urls)
    return (process_after - process) * 1000 / n, (backend_after - backend) * 1000 / n


def measure_here(requests: int, seed: int, more: bool, only: list[str]) -> None:
    """In a child process: measure each page on DATABASE_URL, print JSON."""
    sys.path.insert(0, str(HERE))
    import django
    import web  # bench/web.py: its settings, URLs and measure

    django.setup()
    from django.test import Client

    from initiatives.models import Initiative

    rng = random.Random(seed)
    client = Client()
    pages = {
        "List: area + status + selective `q`": web.list_urls(requests),
        "List, no filter": ["/initiatives/"] * requests,
        "Detail": web.detail_urls(rng, requests),
        "Deliverables": ["/deliverables/"] * requests,
        "Dashboard `/`": ["/"] * requests,
        "List `?due_within=30`": ["/initiatives/?due_within=30"] * requests,
        "List `?overdue=true`": ["/initiatives/?overdue=true"] * requests,
    }
    # Warm: connections, templates, and the dashboard's delivery record, which the cache
    # keeps for minutes (counting it scans every action: a minute or more at 10,000,000).
    if more:  # the other pages of the growth table; a broad search once (seconds a request)
        signed_in = Client()
        signed_in.force_login(web.follower())
        pages |= {
            "Area": ["/areas/investment/"] * requests,
            "Actor": ["/actors/eu-agencies/"] * requests,
            "List, broad search `?q=cooperation`": ["/initiatives/?q=cooperation"],
        }
    web.measure(client, pages["Detail"][:3] + pages["Deliverables"][:2] + ["/"])
    if only:
        pages = {name: urls for name, urls in pages.items() if name.startswith(tuple(only))}
    out = {"initiatives": Initiative.objects.count()}
    for name, urls in pages.items():
        server, sql, queries = web.measure(client, urls)
        cpu, backend = cpu_measure(client, urls)
        out[name] = {"server": server, "sql": sql, "queries": queries, "cpu": [cpu, backend]}
    if more:
        server, sql, queries = web.measure(signed_in, ["/following/"] * requests)
        out[f"Following ({web.FOLLOWS:,} follows)"] = {
            "server": server,
            "sql": sql,
            "queries": queries,
        }
    print(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="*", help="DATABASE_URLs, the base size first")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument(
        "--more", action="store_true", help="Also area, actor, following and a broad search."
    )
    parser.add_argument("--only", nargs="*", default=[], help="Pages whose names begin so.")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        seed = int(os.environ.get("HELD_SEED", "7"))
        measure_here(args.requests, seed=seed, more=args.more, only=args.only)
        return
    results: list[list[dict]] = [[] for _ in args.urls]
    for round_ in range(args.rounds):
        for k, url in enumerate(args.urls):
            env = {**os.environ, "DATABASE_URL": url, "HELD_SEED": str(round_)}
            done = subprocess.run(
                [sys.executable, __file__, "--child", "--requests", str(args.requests)]
                + (["--more"] if args.more else []) + (["--only", *args.only] if args.only else []),
                env=env, capture_output=True, text=True, check=True,
            )  # fmt: skip
            results[k].append(json.loads(done.stdout.strip().splitlines()[-1]))
    sizes = [runs[0]["initiatives"] for runs in results]
    # The ratios: the largest database against 100,000 initiatives (the base), if
    # measured, or else against the first.
    base = sizes.index(BASE) if BASE in sizes else 0
    names = [n for n in results[0][0] if n != "initiatives"]
    lines = [
        "| Page | " + " | ".join(f"{s:,}: p50 (SQL) ms" for s in sizes)
        + f" | {sizes[-1]:,} ÷ {sizes[base]:,} | Queries |",
        "|---|" + "---|" * (len(sizes) + 2),
    ]  # fmt: skip
    for name in names:
        medians = []
        for runs in results:
            server = [t for run in runs for t in run[name]["server"]]
            sql = [t for run in runs for t in run[name]["sql"]]
            medians.append((statistics.median(server), statistics.median(sql)))
        ratio = medians[-1][0] / medians[base][0]
        verdict = "within" if ratio <= RATIO_LIMIT else "OVER"
        queries = "/".join(str(runs[0][name]["queries"]) for runs in results)
        judged = f"{ratio:.2f}× ({verdict} {RATIO_LIMIT}×)" if name in HELD else f"{ratio:.2f}×"
        lines.append(
            f"| {name} | " + " | ".join(f"{s:.1f} ({q:.1f})" for s, q in medians)
            + f" | {judged} | {queries} |"
        )  # fmt: skip
    lines += [
        "",
        "| Page | " + " | ".join(f"{s:,}: CPU ms (process + backend)" for s in sizes)
        + f" | {sizes[-1]:,} ÷ {sizes[base]:,}, CPU |",
        "|---|" + "---|" * (len(sizes) + 1),
    ]  # fmt: skip
    for name in names:
        means = []
        for runs in results:
            cpu = [run[name]["cpu"] for run in runs]
            means.append(tuple(statistics.mean(c[k] for c in cpu) for k in (0, 1)))
        ratio = sum(means[-1]) / sum(means[base]) if sum(means[base]) else float("nan")
        lines.append(
            f"| {name} | " + " | ".join(f"{p:.1f} + {b:.1f}" for p, b in means)
            + f" | {ratio:.2f}× |"
        )  # fmt: skip
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines += [
        "",
        f"{args.rounds} rounds of {args.requests} requests a page; load average at the end: {load}.",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
