"""Curators triage proposals and possible matches."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "timeline": {"proposal": ("change", "view")},
    "initiatives": {"documentmatch": ("change", "view")},
}


def grant(apps, schema_editor):
    for app_label in GRANTS:
        config = apps.get_app_config(app_label)
        config.models_module = True
        create_permissions(config, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Curators")
    for app_label, models in GRANTS.items():
        for model, verbs in models.items():
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label,
                    codename__in=[f"{verb}_{model}" for verb in verbs],
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0005_proposal"),
        ("initiatives", "0008_documentmatch"),
        ("timeline", "0002_curators_group"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
