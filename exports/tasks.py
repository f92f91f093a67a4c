from __future__ import annotations

from celery import shared_task

from exports.services import export_run, exports_sweep


@shared_task
def run_export(export_id: int) -> str | None:
    export = export_run(export_id=export_id)
    return export.state if export else None


@shared_task
def sweep_exports() -> dict[str, int]:
    return exports_sweep()
