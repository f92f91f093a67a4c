"""The pages at several sizes, side by side, from the reports `bench/web.py` wrote.

    python bench/web.py --scale 10000 --out docs/benchmarks/growth/web-10k.md     # and so
    python bench/growth_table.py docs/benchmarks/growth/web-10k.md web-100k.md …   # on

Prints a Markdown table: each page's server p50 (and bare SQL p50) at each size, the CSV
export's rows a second, and each run's load average.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

# The pages compared against their time at BASE (issue 11: within 1.5× at 1,000,000).
HELD = ("List: area", "Detail", "Dashboard", "Deliverables")
RATIO_LIMIT = 1.5


def read(path: Path) -> dict[str, object]:
    text = path.read_text()
    size = re.search(r"([\d,]+) initiatives, ([\d,]+) follow-up actions", text)
    load = re.search(r"Load average at the end of the run: ([\d., ]+?) \(", text)
    csv_rate = re.search(r"rows at ([\d,]+) rows/s", text)
    pages = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 7 and cells[1].replace(".", "").isdigit():
            pages[cells[0]] = (float(cells[1]), float(cells[3]), cells[5])
    return {
        "initiatives": int(size[1].replace(",", "")),
        "actions": int(size[2].replace(",", "")),
        "load": load[1] if load else "?",
        "csv": csv_rate[1] if csv_rate else "—",
        "pages": pages,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", type=Path)
    parser.add_argument("--base", type=int, default=100_000, help="Size the ratios compare to.")
    args = parser.parse_args()
    runs = sorted((read(p) for p in args.reports), key=lambda r: r["initiatives"])
    sizes = [f"{r['initiatives']:,}" for r in runs]
    lines = [
        "| Page | " + " | ".join(f"{s}: p50 (SQL) ms" for s in sizes) + " | Queries |",
        "|---|" + "---|" * (len(runs) + 1),
    ]
    names = list(runs[-1]["pages"])
    for name in names:
        cells = []
        for run in runs:
            found = run["pages"].get(name)
            cells.append(f"{found[0]:.1f} ({found[1]:.1f})" if found else "—")
        queries = "/".join(sorted({r["pages"][name][2] for r in runs if name in r["pages"]}))
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {queries} |")
    lines.append("| CSV export, rows/s | " + " | ".join(str(r["csv"]) for r in runs) + " | |")
    lines.append("| Load average (1, 5, 15 min) at the run's end | "
                 + " | ".join(str(r["load"]) for r in runs) + " | |")  # fmt: skip
    lines.append("| Follow-up actions | " + " | ".join(f"{r['actions']:,}" for r in runs) + " | |")
    base = next((r for r in runs if r["initiatives"] == args.base), None)
    top = runs[-1]
    if base and top is not base:
        lines += ["", f"Server p50 at {top['initiatives']:,} against {base['initiatives']:,}:", ""]
        for name in names:
            if name.startswith(HELD) and name in base["pages"]:
                ratio = top["pages"][name][0] / base["pages"][name][0]
                verdict = "within" if ratio <= RATIO_LIMIT else "OVER"
                lines.append(f"- {name}: {ratio:.2f}× ({verdict} {RATIO_LIMIT}×)")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
