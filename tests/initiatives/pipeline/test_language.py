"""A document not in English is stored with a clear warning and no invented facts."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.language import detect_language
from initiatives.pipeline.run import extract_text

TODAY = dt.date(2026, 11, 24)

FRENCH = (
    "Le Conseil a adopté aujourd'hui le règlement sur le recyclage des batteries. "
    "Les États membres disposent de deux ans pour mettre en œuvre les nouvelles règles, "
    "qui sont destinées à renforcer la sécurité de l'approvisionnement en matières "
    "premières critiques. La Commission présentera un rapport sur les progrès réalisés "
    "dans les pays de l'Union avant la fin de l'année prochaine, et le Parlement "
    "européen sera associé à cette évaluation des mesures prises par les États."
)
GERMAN = (
    "Die Bundesregierung hat heute die neue Wasserstoffstrategie beschlossen. Sie soll "
    "die Versorgung mit grünem Wasserstoff sichern und wird von den Ländern unterstützt. "
    "Der Ausbau der Netze ist eine der wichtigsten Aufgaben, die in den kommenden Jahren "
    "auf die Unternehmen und auf die Verwaltung zukommen werden, auch für die Industrie."
)
SPANISH = (
    "El Gobierno aprobó ayer el plan de vivienda para los próximos cinco años. Las "
    "ayudas se destinarán a los jóvenes y a las familias con menos ingresos, y el "
    "ministerio publicará las bases de la convocatoria en las próximas semanas para que "
    "los ayuntamientos puedan presentar sus proyectos antes del verano, según fuentes "
    "del ministerio, que también prevé más fondos para la rehabilitación de edificios."
)
UKRAINIAN = (
    "Кабінет Міністрів України затвердив програму діяльності уряду на наступний рік. "
    "Прем'єр-міністр заявила, що головні завдання — це оборона, енергетика і відбудова."
)
JAPANESE = (
    "政府は本日、物価高対策を含む経済対策を閣議決定した。来月には補正予算案を提出する予定だ。"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FRENCH, "French"),
        (GERMAN, "German"),
        (SPANISH, "Spanish"),
        (UKRAINIAN, "Ukrainian"),
        (JAPANESE, "Japanese"),
    ],
)
def test_it_names_the_language_of_a_document_in_another_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "The Council adopted the regulation on batteries today.",
        "The minister said the plan was « une étape historique » for the country, and "
        "that the Commission will present a report by the end of the year on its effects.",
        "Σελίδες\n\nThe Council reached a provisional deal with the Parliament on soil "
        "monitoring, which will set out a framework for the health of soils in the Union.",
        "Die Linke: the party said that the budget would be tabled in the spring.",
    ],
)
def test_it_reads_english_with_foreign_words_as_english(text: str) -> None:
    assert detect_language(text) == "English"


def test_it_extracts_no_initiative_from_a_french_release_and_says_why() -> None:
    extraction = extract_text(f"Le Conseil adopte le règlement\n\n{FRENCH}", today=TODAY)
    assert extraction.initiative is None
    assert any("Language French is not supported yet" in w for w in extraction.warnings)
    assert extraction.read.text.startswith("Le Conseil adopte")
