"""Benchmark: build and render the digests of many users on a large PostgreSQL database.

    python manage.py bench_seed --initiatives 100000                # once, into DATABASE_URL
    DATABASE_URL=postgres://…/docket_bench python bench/digests.py [--users 10000]

Creates users named ``bench-digest-*`` (deleting only those from an earlier run), each
following ``--follows`` random initiatives, and change events on the followed
initiatives inside the digest's window (summaries start with ``[bench-digest]``; also
deleted, before and after). Then, for every user, times ``build_digest`` plus
``render_digest`` plus serialising the MIME message, and counts the queries. Writes
docs/benchmarks/digests.md.
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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

PER_USER_TARGET_MS = 20
USER_PREFIX = "bench-digest-"
EVENT_MARK = "[bench-digest]"
UNTIL = dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC)
SINCE = UNTIL - dt.timedelta(days=1)
TODAY = UNTIL.date()
BATCH = 5000


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def clean() -> None:
    from django.contrib.auth.models import User

    from timeline.models import ChangeEvent

    ChangeEvent.objects.filter(summary__startswith=EVENT_MARK).delete()
    User.objects.filter(username__startswith=USER_PREFIX).delete()


def seed(rng: random.Random, users: int, follows: int, events_per_initiative: int) -> list:
    from django.contrib.auth.models import User
    from django.db import transaction

    from initiatives.models import Initiative
    from notifications.models import DigestFrequency, Follow, Profile
    from timeline.models import ChangeEvent, EventKind, EventVia, FollowUpAction

    initiative_ids = list(Initiative.objects.values_list("pk", flat=True))
    if not initiative_ids:
        raise SystemExit("No initiatives: run `python manage.py bench_seed` first.")
    with transaction.atomic():
        created = User.objects.bulk_create(
            [
                User(username=f"{USER_PREFIX}{n}", email=f"{USER_PREFIX}{n}@example.org")
                for n in range(users)
            ],
            batch_size=BATCH,
        )
        Profile.objects.bulk_create(
            [Profile(user=u, digest_frequency=DigestFrequency.DAILY) for u in created],
            batch_size=BATCH,
        )
        followed: set[int] = set()
        rows = []
        for user in created:
            chosen = rng.sample(initiative_ids, follows)
            followed.update(chosen)
            rows.extend(Follow(user=user, initiative_id=pk) for pk in chosen)
        Follow.objects.bulk_create(rows, batch_size=BATCH)
        first_action: dict[int, int] = {}
        for initiative_id, action_id in (
            FollowUpAction.objects.filter(initiative_id__in=followed)
            .order_by("initiative_id", "pk")
            .values_list("initiative_id", "pk")
            .iterator(chunk_size=BATCH)
        ):
            first_action.setdefault(initiative_id, action_id)
        events = []
        for initiative_id in followed:
            for n in range(events_per_initiative):
                at = SINCE + dt.timedelta(seconds=rng.randrange(24 * 3600))
                if n % 2 == 0:
                    events.append(
                        ChangeEvent(
                            initiative_id=initiative_id,
                            kind=EventKind.STATUS_CHANGED,
                            field="status",
                            old_value="proposed",
                            new_value="adopted",
                            summary=f"{EVENT_MARK} Status changed from Proposed to Adopted",
                            via=EventVia.ADMIN,
                            occurred_at=at,
                        )
                    )
                else:
                    events.append(
                        ChangeEvent(
                            initiative_id=initiative_id,
                            kind=EventKind.ACTION_CHANGED,
                            action_id=first_action.get(initiative_id),
                            field="due_latest",
                            old_value="2026-12-01",
                            new_value="2027-01-31",
                            summary=f"{EVENT_MARK} Due latest changed",
                            via=EventVia.IMPORT,
                            occurred_at=at,
                        )
                    )
        ChangeEvent.objects.bulk_create(events, batch_size=BATCH)
    return created


@dataclass
class Measured:
    times: list[float]
    cpu: list[float]
    sql: list[float]
    queries: list[int]
    items: list[int]
    batch_queries: int


def measure(users: list) -> Measured:
    """As `send_digests` does: what a batch of users follows in two queries, then each
    user's digest. A batch's two queries are shared out among its users' times."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from notifications.digests import DIGEST_BATCH, build_digest, render_digest
    from notifications.following import interests_of

    result = Measured([], [], [], [], [], 0)
    for first in range(0, len(users), DIGEST_BATCH):
        batch = users[first : first + DIGEST_BATCH]
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as captured:
            start, start_cpu = time.perf_counter(), time.process_time()
            interests = interests_of([user.pk for user in batch])
            shared_ms = (time.perf_counter() - start) * 1000 / len(batch)
            shared_cpu = (time.process_time() - start_cpu) * 1000 / len(batch)
        result.batch_queries = len(captured)
        for user in batch:
            connection.queries_log.clear()  # the log keeps 9,000 queries; count from empty
            with CaptureQueriesContext(connection) as captured:
                start, start_cpu = time.perf_counter(), time.process_time()
                digest = build_digest(
                    user=user, since=SINCE, until=UNTIL, today=TODAY, interests=interests[user.pk]
                )
                render_digest(digest, "daily").message().as_bytes()
                result.times.append((time.perf_counter() - start) * 1000 + shared_ms)
                result.cpu.append((time.process_time() - start_cpu) * 1000 + shared_cpu)
            result.queries.append(len(captured))
            result.sql.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
            result.items.append(digest.change_count + len(digest.due_soon) + len(digest.overdue))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--follows", type=int, default=20)
    parser.add_argument("--events-per-initiative", type=int, default=2)
    parser.add_argument("--seed", type=int, default=20261124)
    parser.add_argument("--keep", action="store_true", help="Leave the bench users in place.")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks" / "digests.md"))
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    from initiatives.models import Initiative
    from notifications.digests import DIGEST_BATCH
    from timeline.models import ChangeEvent, FollowUpAction

    if not settings.IS_POSTGRES:
        raise SystemExit("Run it on PostgreSQL: set DATABASE_URL (see the docstring).")
    rng = random.Random(args.seed)
    clean()
    start = time.perf_counter()
    users = seed(rng, args.users, args.follows, args.events_per_initiative)
    seed_s = time.perf_counter() - start
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    dataset = {
        "initiatives": Initiative.objects.count(),
        "actions": FollowUpAction.objects.count(),
        "events": ChangeEvent.objects.count(),
    }
    try:
        measure(users[:50])  # warm the caches and the template loader
        start = time.perf_counter()
        measured = measure(users)
        total_s = time.perf_counter() - start
        load = os.getloadavg()
    finally:
        if not args.keep:
            clean()

    times, queries, items = measured.times, measured.queries, measured.items
    mean, p50, p95 = statistics.mean(times), percentile(times, 50), percentile(times, 95)
    verdict = "meets" if mean <= PER_USER_TARGET_MS else "misses"
    lines = [
        "# Digest benchmark",
        "",
        "Building and rendering one user's digest (`notifications.digests.build_digest`, then",
        "`render_digest` and serialising the MIME message), for every user, on PostgreSQL.",
        "Produced by `bench/digests.py`; rerun it to refresh this page.",
        "",
        f"- Dataset: {dataset['initiatives']:,} initiatives, {dataset['actions']:,} follow-up"
        f" actions, {dataset['events']:,} change events during the run.",
        f"- Users: {len(users):,}, each following {args.follows} random initiatives, daily"
        f" digests; {args.events_per_initiative} change events per followed initiative in the"
        " digest's day.",
        f"- Items per digest (changes + due soon + overdue): mean {statistics.mean(items):.1f},"
        f" max {max(items)}.",
        f"- Seeding took {seed_s:.0f} s (not counted).",
        "",
        "| Measure | Value |",
        "|---|---|",
        f"| ms per user, mean | {mean:.2f} |",
        f"| ms per user, median | {p50:.2f} |",
        f"| ms per user, p95 | {p95:.2f} |",
        f"| total for {len(users):,} users | {total_s:.1f} s |",
        f"| of which this process's CPU, mean | {statistics.mean(measured.cpu):.2f} ms |",
        f"| of which SQL round trips, mean | {statistics.mean(measured.sql):.2f} ms |",
        f"| queries per user | min {min(queries)}, max {max(queries)},"
        f" plus {measured.batch_queries} per batch of {DIGEST_BATCH} users |",
        "",
        f"Target: at most {PER_USER_TARGET_MS} ms per user with a constant number of queries:"
        f" the mean {verdict} it; queries per user are"
        f" {'constant' if min(queries) == max(queries) else 'NOT constant'}.",
        "",
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python"
        f" {platform.python_version()}, PostgreSQL"
        f" {connection.cursor().connection.info.server_version}. Load average at the end of"
        f" the run: {load[0]:.1f} (other benchmarks shared the machine; wall time includes"
        " waiting for a CPU).",
        "",
    ]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
