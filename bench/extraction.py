"""Benchmark: read + structure + dates + extract of one ~5 KB article, on one core, and
of large documents (100 kB and 1 MB) to show that time grows linearly with size.

    python bench/extraction.py [--runs 500] [--file seeds/eu-ukraine-defence-industrial-cooperation.txt]

Runs the whole pure pipeline (`extract_document`) on the same bytes many times after a
warm-up, then once on each large document, prints the results and rewrites its own part
of docs/benchmarks/extraction.md (the corpus scores below it stay). The targets are a median of at most TARGET_MS and LARGE_TARGET_S for 1 MB.
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
TARGET_MS = 15.0
LARGE_TARGET_S = 2.0
LARGE_SIZES = (100_000, 1_000_000)
# Varied real-looking prose: the seed and the pipeline's test documents, one after another.
VARIED_SOURCES = (ROOT / "seeds", ROOT / "tests" / "initiatives" / "pipeline" / "inputs")
# A run of deadlines made extraction quadratic once (issue 10): kept as a worst case.
DEADLINE_RUN = "by 31 December 2026, "
# Written by bench/score_extraction.py's users; rewriting the timing must not drop it.
KEPT_HEADING = "## Corpus scores"
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


def measure(data: bytes, filename: str, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run. On a shared machine the wall clock
    also counts time spent waiting for the core; the CPU time is the pipeline's own."""
    for _ in range(WARM_UP_RUNS):
        extract_document(data, filename=filename, today=TODAY)
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        extract_document(data, filename=filename, today=TODAY)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def varied_text(size: int) -> str:
    parts = [
        path.read_text(encoding="utf-8")
        for folder in VARIED_SOURCES
        for path in sorted(folder.iterdir())
        if path.suffix in (".txt", ".md")
    ]
    base = "\n\n".join(parts)
    return (base * (size // len(base) + 1))[:size]


def measure_large() -> list[tuple[str, int, float]]:
    """CPU seconds of one run of the whole pipeline on each large document."""
    rows = []
    for kind, make in (
        ("varied prose", varied_text),
        ("run of deadlines", lambda size: DEADLINE_RUN * (size // len(DEADLINE_RUN))),
    ):
        for size in LARGE_SIZES:
            data = make(size).encode("utf-8")
            start = time.process_time()
            extract_document(data, filename="large.txt", today=TODAY)
            rows.append((kind, size, time.process_time() - start))
    return rows


def write_report(section: str) -> None:
    REPORT.write_text(f"# Extraction benchmark\n\n{section}{kept_sections()}", encoding="utf-8")


def kept_sections() -> str:
    """The report's later sections (the corpus scores), which this benchmark leaves alone."""
    if not REPORT.exists():
        return ""
    text = REPORT.read_text(encoding="utf-8")
    start = text.find(f"\n{KEPT_HEADING}")
    return text[start:] if start >= 0 else ""


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
    timings, cpu = measure(data, args.file.name, args.runs)
    median, cpu_median = statistics.median(timings), statistics.median(cpu)
    p95 = statistics.quantiles(timings, n=20)[-1]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    verdict = "meets" if cpu_median <= TARGET_MS else "MISSES"
    line = (
        f"extraction: median {median:.2f} ms wall ({cpu_median:.2f} ms CPU), p95 {p95:.2f} ms, "
        f"min {min(timings):.2f} ms over {args.runs} runs of {len(data):,} bytes ({pinning}, "
        f"load {load:.1f}); {verdict} the {TARGET_MS:g} ms target"
    )
    print(line)
    large = measure_large()
    for kind, size, seconds in large:
        print(f"extraction of {size:,} bytes of {kind}: {seconds:.2f} s CPU")
    if args.no_report:
        return
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    try:
        shown = args.file.resolve().relative_to(ROOT)
    except ValueError:
        shown = Path(args.file.name)
    one_mb = max(seconds for _, size, seconds in large if size >= LARGE_SIZES[-1])
    large_verdict = "meets" if one_mb <= LARGE_TARGET_S else "MISSES"
    rows = "".join(f"| {kind} | {size:,} | {seconds:.2f} |\n" for kind, size, seconds in large)
    write_report(
        "Read + structure + dates + extract (`initiatives.pipeline.run.extract_document`) "
        "of one article, repeated after a warm-up, on one core.\n\n"
        "Run it with `.venv/bin/python bench/extraction.py`.\n\n"
        f"- Article: `{shown}`, {len(data):,} bytes.\n"
        f"- Median: **{median:.2f} ms** wall clock, **{cpu_median:.2f} ms** CPU time "
        f"(target ≤ {TARGET_MS:g} ms: {verdict.lower()}); p95 {p95:.2f} ms; "
        f"min {min(timings):.2f} ms; {args.runs} runs.\n"
        f"- Machine: {cpu_model()}, {os.cpu_count()} cores ({pinning}, load average "
        f"{load:.1f} while measuring: the wall clock counts waits for a busy core), "
        f"Python {platform.python_version()} on {platform.system()}, "
        f"measured {dt.date.today().isoformat()}.\n\n"
        "Large documents, one run each of the whole pipeline (CPU seconds; target for 1 MB "
        f"≤ {LARGE_TARGET_S:g} s: {large_verdict.lower()}). Time grows linearly with size: "
        "the tense of a date is looked for near it, and matched spans are claimed in a "
        "byte map, so no date rescans the text before it.\n\n"
        "| Document | Bytes | CPU s |\n|---|---:|---:|\n" + rows
    )


if __name__ == "__main__":
    main()
