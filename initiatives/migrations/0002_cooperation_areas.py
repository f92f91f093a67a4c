"""The five canonical cooperation areas. Curators may reword them, never add or remove."""

from django.db import migrations

AREAS = [
    (
        "co-production",
        "Co-production",
        "Joint manufacturing of defence equipment by firms of the partners, including "
        "licensed production and joint ventures.",
    ),
    (
        "supply-chain",
        "Supply chain",
        "Integration and security of supply for critical components, raw materials and "
        "spare parts.",
    ),
    (
        "standardization",
        "Standardization",
        "Common standards, certification and interoperability of equipment.",
    ),
    (
        "investment",
        "Investment",
        "Funding, loans, guarantees and investment in industrial capacity and infrastructure.",
    ),
    (
        "regulation",
        "Regulation",
        "Regulatory coordination: export control, technology transfer, procurement rules "
        "and market access.",
    ),
]


def create_areas(apps, schema_editor):
    CooperationArea = apps.get_model("initiatives", "CooperationArea")
    for position, (slug, name, description) in enumerate(AREAS):
        CooperationArea.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "position": position}
        )


def remove_areas(apps, schema_editor):
    apps.get_model("initiatives", "CooperationArea").objects.filter(
        slug__in=[slug for slug, _, _ in AREAS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0001_initial")]
    operations = [migrations.RunPython(create_areas, remove_areas)]
