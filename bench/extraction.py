"""Benchmark: read + structure + dates + extract of one ~5 KB article, on one core.

    python bench/extraction.py [--runs 500] [--file seeds/eu-ukraine-defence-industrial-cooperation.txt]

Runs the whole pure pipeline (`extract_document`) on the same bytes many times after a
warm-up, prints one result line and writes docs/benchmarks/extraction.md. The target is
a median of at most TARGET_MS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from initiatives.pipeline.run import extract_document  # noqa: E402

DEFAULT_FILE = ROOT / "seeds" / "eu-ukraine-defence-industrial-cooperation.txt"
REPORT = ROOT / "docs" / "benchmarks" / "extraction.md"
TARGET_MS = 10.0
WARM_UP_RUNS = 20
# The article's own dates are read against this day, as in the seed's tests.
TODAY = dt.date(2026, 11, 24)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity on this system)"


def measure(data: bytes, filename: str, runs: int) -> list[float]:
    for _ in range(WARM_UP_RUNS):
        extract_document(data, filename=filename, today=TODAY)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        extract_document(data, filename=filename, today=TODAY)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--no-report", action="store_true", help="print only")
    args = parser.parse_args()

    pinning = pin_to_one_core()
    data = args.file.read_bytes()
    extraction = extract_document(data, filename=args.file.name, today=TODAY)
    if extraction.initiative is None:
        sys.exit(f"{args.file} gives no initiative; pick an article that has one.")
    timings = measure(data, args.file.name, args.runs)
    median = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[-1]
    verdict = "meets" if median <= TARGET_MS else "MISSES"
    line = (
        f"extraction: median {median:.2f} ms, p95 {p95:.2f} ms, min {min(timings):.2f} ms "
        f"over {args.runs} runs of {len(data):,} bytes ({pinning}); {verdict} the "
        f"{TARGET_MS:g} ms target"
    )
    print(line)
    if args.no_report:
        return
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    try:
        shown = args.file.resolve().relative_to(ROOT)
    except ValueError:
        shown = Path(args.file.name)
    REPORT.write_text(
        "# Extraction benchmark\n\n"
        "Read + structure + dates + extract (`initiatives.pipeline.run.extract_document`) "
        "of one article, repeated after a warm-up, on one core.\n\n"
        "Run it with `.venv/bin/python bench/extraction.py`.\n\n"
        f"- Article: `{shown}`, {len(data):,} bytes.\n"
        f"- Median: **{median:.2f} ms** (target ≤ {TARGET_MS:g} ms: {verdict.lower()}); "
        f"p95 {p95:.2f} ms; min {min(timings):.2f} ms; {args.runs} runs.\n"
        f"- Machine: {cpu_model()}, {os.cpu_count()} cores ({pinning}), "
        f"Python {platform.python_version()} on {platform.system()}, "
        f"measured {dt.date.today().isoformat()}.\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
