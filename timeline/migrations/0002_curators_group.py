"""The Curators group: may correct and complete every record, may not delete areas."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CURATED = {
    "initiatives": {
        "initiative": ("add", "change", "delete", "view"),
        "actor": ("add", "change", "view"),
        "cooperationarea": ("change", "view"),
        "sector": ("add", "change", "view"),
        "document": ("change", "view"),
        "evidence": ("change", "view"),
        "initiativeactor": ("add", "change", "delete", "view"),
        "initiativearea": ("add", "change", "delete", "view"),
        "initiativesector": ("add", "change", "delete", "view"),
        "importrun": ("add", "view"),
        "historicalinitiative": ("view",),
    },
    "timeline": {
        "milestone": ("add", "change", "delete", "view"),
        "followupaction": ("add", "change", "delete", "view"),
        "changeevent": ("view",),
        "historicalmilestone": ("view",),
        "historicalfollowupaction": ("view",),
    },
}


def create_curators(apps, schema_editor):
    # Permissions are normally created after all migrations ran; make sure they exist now.
    for app_label in CURATED:
        config = apps.get_app_config(app_label)
        config.models_module = True
        create_permissions(config, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Curators")
    for app_label, models in CURATED.items():
        for model, verbs in models.items():
            codenames = [f"{verb}_{model}" for verb in verbs]
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            )


def remove_curators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Curators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("initiatives", "0002_cooperation_areas"),
        ("timeline", "0001_initial"),
    ]
    operations = [migrations.RunPython(create_curators, remove_curators)]
