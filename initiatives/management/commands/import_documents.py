"""python manage.py import_documents PATH [PATH ...]"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, connections
from django.utils import timezone
from tqdm import tqdm

from initiatives.imports import ImportResult, document_import_path
from initiatives.models import ImportRun
from initiatives.pipeline.formats import SUPPORTED_SUFFIXES

# Files that are never documents: editor backups, OS metadata.
IGNORED_NAMES = (".DS_Store", "Thumbs.db")
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 20


def collect_paths(arguments: list[str]) -> list[tuple[Path, Path]]:
    """Each file to import with the folder it must stay inside: files named (in their own
    folder), plus importable names found (recursively) in folders named. Links, devices
    and FIFOs are listed too, so that the import refuses each one by name."""
    found: list[tuple[Path, Path]] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir() and not path.is_symlink():
            found.extend(
                (p, path)
                for p in sorted(path.rglob("*"))
                if not (p.is_dir() and not p.is_symlink())
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not p.name.startswith(".")
                and p.name not in IGNORED_NAMES
            )
        elif path.exists() or path.is_symlink():
            found.append((path, path.parent))
        else:
            raise CommandError(f"{argument}: no such file or folder.")
    return found


def import_one(
    source: tuple[Path, Path], *, today: dt.date, published: dt.date | None, dry_run: bool
) -> ImportResult:
    path, root = source
    return document_import_path(
        path=path,
        root=root,
        today=today,
        published=published,
        trigger=ImportRun.Trigger.COMMAND,
        dry_run=dry_run,
    )


class Command(BaseCommand):
    help = (
        "Import news articles and press releases (.txt, .md, .html, .pdf) and extract an "
        "initiative from each. Folders are searched recursively. Importing the same text "
        "twice changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files or folders.")
        parser.add_argument(
            "--published",
            type=dt.date.fromisoformat,
            metavar="YYYY-MM-DD",
            help="The documents' publication date, when the files do not give it.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Write nothing; say what would happen."
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="Print one JSON object with every document's result on stdout.",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=os.cpu_count() or 1,
            metavar="N",
            help=(
                "Import in N processes on PostgreSQL (default: one per core). SQLite, and "
                f"fewer than {PARALLEL_MIN_FILES} files, always use one."
            ),
        )
        parser.add_argument(
            "--async",
            action="store_true",
            dest="use_async",
            help="Enqueue one Celery task per document instead of importing here.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        sources = collect_paths(options["paths"])
        paths = [path for path, _ in sources]
        if options["use_async"]:
            if options["dry_run"]:
                raise CommandError("--async and --dry-run cannot be combined.")
            self._enqueue(paths, options["published"])
            return
        today = timezone.localdate()
        show_progress = options["verbosity"] >= 1 and not options["json"] and len(paths) > 1
        work = partial(
            import_one, today=today, published=options["published"], dry_run=options["dry_run"]
        )
        progress = tqdm(
            total=len(paths),
            desc="Importing",
            unit="doc",
            disable=not show_progress,
            file=sys.stderr,
        )
        results: list[ImportResult] = []
        for path, result in zip(paths, self._map(work, sources, options["jobs"]), strict=True):
            progress.update()
            results.append(result)
            if options["verbosity"] >= 2 and not options["json"]:
                self.stderr.write(f"{result.outcome:9} {path}")
        progress.close()
        if options["json"]:
            self.stdout.write(json.dumps({"documents": [r.as_dict() for r in results]}))
        self._summarize(results, options)

    def _map(
        self,
        work: Callable[[tuple[Path, Path]], ImportResult],
        paths: list[tuple[Path, Path]],
        jobs: int,
    ) -> Iterator[ImportResult]:
        """Results in the order of `paths`, from worker processes when that pays."""
        if jobs <= 1 or len(paths) < PARALLEL_MIN_FILES or connection.vendor != "postgresql":
            yield from map(work, paths)
            return
        # Each process opens its own connection; none may inherit the parent's.
        connections.close_all()
        with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork")) as pool:
            yield from pool.map(work, paths, chunksize=4)

    def _enqueue(self, paths: list[Path], published: dt.date | None) -> None:
        from initiatives.tasks import import_document

        for count, path in enumerate(paths):
            try:
                import_document.delay(
                    str(path.absolute()), published.isoformat() if published else None
                )
            except Exception as error:  # the broker is down (it gives up within seconds)
                reason = " ".join(str(error).split()) or type(error).__name__
                raise CommandError(
                    f"Cannot reach the task broker ({reason}); {count} of {len(paths)} "
                    "document(s) enqueued. Run again without --async to import here.",
                    returncode=2,
                ) from error
        self.stdout.write(f"Enqueued {len(paths)} document(s).")

    def _summarize(self, results: list[ImportResult], options: dict[str, Any]) -> None:
        # With --json, stdout holds exactly the JSON object; everything else goes to stderr.
        out = self.stderr if options["json"] else self.stdout
        if options["verbosity"] >= 1:
            for result in results:
                if result.error:
                    out.write(self.style.ERROR(f"FAILED {result.path}: {result.error}"))
                for warning in result.warnings if options["verbosity"] >= 2 else []:
                    out.write(self.style.WARNING(f"warning {result.path}: {warning}"))
            counts = Counter(r.outcome for r in results)
            prefix = "Dry run, nothing written: would be " if options["dry_run"] else ""
            out.write(
                prefix
                + ", ".join(
                    f"{counts.get(o, 0)} {o}" for o in ("created", "updated", "unchanged", "failed")
                )
                + f" ({len(results)} document(s))."
            )
        if any(r.outcome == "failed" for r in results):
            raise CommandError(
                "Some documents failed to import; see the messages above.", returncode=1
            )
