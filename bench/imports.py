"""Benchmark: load 1,000 varied documents through `import_documents` on PostgreSQL.

    python bench/imports.py [--documents 1000] [--database-url postgres://…/docket_bench_imports]

Generates press releases and wire stories from a small grammar (deciding body, partner,
instrument, areas, sectors, deadlines, formats), imports the folder with the real
command into a fresh database, and writes docs/benchmarks/imports.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "docket_bench_imports"

DECIDERS = [
    ("The Council", "adopted"),
    ("The European Parliament", "approved"),
    ("EU ministers", "agreed"),
    ("The European Commission", "proposed"),
    ("Parliament and Council negotiators", "reached a provisional agreement on"),
]
PARTNERS = ["Ukraine", "Moldova", "Norway", "Japan", "the Republic of Korea", "Canada"]
INSTRUMENTS = [
    "a €{n} billion loan instrument for defence procurement",
    "a framework for defence industrial cooperation",
    "a programme to expand ammunition production",
    "a partnership on security and defence",
    "a regulation on common defence procurement",
]
AREA_SENTENCES = [
    "joint production agreements between European and partner defence firms",
    "supply chain integration for critical components and raw materials",
    "common standards to improve equipment interoperability",
    "investment in industrial infrastructure, including EIB loans",
    "regulatory coordination to ease technology transfer",
]
SECTORS = [
    "ammunition production",
    "air defence systems",
    "drones",
    "armoured vehicles",
    "naval capabilities",
    "repair and maintenance",
    "space-based surveillance",
]
DEADLINES = [
    "in the coming months",
    "by the end of {year}",
    "within six months",
    "by Q3 {year}",
    "in the coming weeks",
    "by mid-{year}",
]
OWNERS = ["The Commission", "Member states", "EU agencies", "The European Defence Agency"]
VERBS = ["present", "publish", "outline", "adopt", "set up"]
OBJECTS = [
    "implementing rules",
    "a list of eligible projects",
    "funding guidelines",
    "a monitoring framework",
    "national investment plans",
]
CITIES = ["Brussels", "Luxembourg", "Strasbourg"]


def make_document(rng: random.Random, n: int) -> tuple[str, str]:
    decider, verb = rng.choice(DECIDERS)
    partner = rng.choice(PARTNERS)
    instrument = rng.choice(INSTRUMENTS).format(n=rng.choice([50, 100, 150]))
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(600))
    year = day.year + 1
    title = f"{decider.removeprefix('The ')} {verb.split()[0]} {instrument.split(' for ')[0]} with {partner} ({n})"
    areas = rng.sample(AREA_SENTENCES, rng.randint(2, 5))
    sectors = rng.sample(SECTORS, rng.randint(2, 4))
    owner = rng.choice(OWNERS)
    objects = rng.sample(OBJECTS, 3)
    deadline = rng.choice(DEADLINES).format(year=year)
    body = [
        title,
        "",
        f"{rng.choice(CITIES)}, {day.day} {day:%B %Y} – {decider} {verb} {instrument} "
        f"with {partner}, in {rng.choice(CITIES)}.",
        "",
        "Policy details",
        "The measure covers:",
        *(f"- {a.capitalize()}" for a in areas),
        "",
        f"Priority sectors include {', '.join(sectors[:-1])} and {sectors[-1]}.",
        "",
        "Next steps",
        f"{owner} will {rng.choice(VERBS)} {objects[0]}, {objects[1]} and {objects[2]} {deadline}.",
        f"The first report on implementation is expected by the end of {year + 1}.",
    ]
    # A few KB, like a real press release: background paragraphs.
    body += [
        "",
        "Background",
        *(
            f"The initiative builds on earlier cooperation (paragraph {i}). Officials said "
            "that the partners would keep working on capacity, resilience and the long-term "
            "modernisation of their industrial base, with regular reviews."
            for i in range(rng.randint(6, 12))
        ),
    ]
    text = "\n".join(body) + "\n"
    if n % 4 == 0:
        return f"doc-{n:04d}.md", f"---\npublished: {day.isoformat()}\n---\n{text}"
    if n % 4 == 1:
        paragraphs = "".join(f"<p>{line}</p>\n" for line in body[2:] if line)
        html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n{paragraphs}</article></body></html>"
        return f"doc-{n:04d}.html", html
    return f"doc-{n:04d}.txt", text


def generate(folder: Path, count: int, seed: int = 20251125) -> int:
    rng = random.Random(seed)
    total = 0
    for n in range(count):
        name, text = make_document(rng, n)
        (folder / name).write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--database-url", default=f"postgres://postgres@127.0.0.1:5432/{DEFAULT_DB}"
    )
    args = parser.parse_args()
    name = args.database_url.rsplit("/", 1)[1]
    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "REDIS_URL": "",
        # As in production: DEBUG off, so Django keeps no log of every query.
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-secret-key-not-used-anywhere-else-0123456789abcdef",
        "ALLOWED_HOSTS": "localhost",
        "CELERY_BROKER_URL": "",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        size = generate(Path(tmp), args.documents)
        started = time.perf_counter()
        result = subprocess.run(
            [*manage, "import_documents", tmp, "-v1", f"--jobs={args.jobs}"],
            env=env,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - started
    summary = (
        result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-500:]
    )
    rate = args.documents / elapsed
    line = (
        f"{args.documents} documents ({size / args.documents / 1024:.1f} KB on average) in "
        f"{elapsed:.1f} s with {args.jobs} process(es): {rate:.0f} documents per second. "
        f"Command said: {summary}"
    )
    print(line)
    report = ROOT / "docs" / "benchmarks" / "imports.md"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(
        "# Import benchmark\n\n"
        "`python bench/imports.py` generates varied press releases and wire stories (.txt, .md "
        "with front matter, .html) and loads them with `manage.py import_documents FOLDER` into "
        "a fresh PostgreSQL database, with production settings (DEBUG off), one transaction per "
        "document and the command's default of one process per core. The time includes "
        "process start-up and every ImportRun.\n\n"
        f"- Result: {line}\n"
        f"- Target: at least 50 documents per second.\n"
        f"- Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, measured {dt.date.today().isoformat()}.\n"
    )


if __name__ == "__main__":
    main()
