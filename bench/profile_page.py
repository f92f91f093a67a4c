"""Where one page's server time goes: cProfile over repeated requests, SQL time apart.

    DATABASE_URL=postgres://…/docket_bench python bench/profile_page.py /initiatives/ -n 30
    python bench/profile_page.py /following/ --user bench-follower --sort tottime

Requests go through Django's test Client with the production settings (DEBUG off, the
cached template loader), as in bench/web.py. It prints the CPU time per request, the
time spent waiting on the database (cursor.execute), and the functions that took the
most, so that a page's Python cost can be read apart from its SQL.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import time

from production_env import use_production_settings

use_production_settings()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("-n", "--requests", type=int, default=30)
    parser.add_argument("--user", help="Sign in as this user first.")
    parser.add_argument("--sort", default="cumulative", choices=["cumulative", "tottime"])
    parser.add_argument("--lines", type=int, default=40)
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client

    client = Client()
    if args.user:
        client.force_login(User.objects.get(username=args.user))
    sql = [0.0]

    def timed(execute, statement, params, many, context):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return execute(statement, params, many, context)
        finally:
            sql[0] += time.perf_counter() - start

    for _ in range(3):  # warm: connection, template cache, choices
        client.get(args.url)
    gc.collect()  # and frozen, as config/wsgi.py does in each web process
    gc.freeze()
    profile = cProfile.Profile()
    cpu, wall = time.process_time(), time.perf_counter()
    with connection.execute_wrapper(timed):
        profile.enable()
        for _ in range(args.requests):
            response = client.get(args.url)
            if response.status_code != 200:
                raise SystemExit(f"{args.url} answered {response.status_code}")
        profile.disable()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    n = args.requests
    print(
        f"{args.url}: {1000 * wall / n:.1f} ms a request, {1000 * cpu / n:.1f} ms CPU, "
        f"{1000 * sql[0] / n:.1f} ms in cursor.execute (profiled, so slower than bare)"
    )
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats(args.sort).print_stats(args.lines)
    print(out.getvalue())


if __name__ == "__main__":
    main()
