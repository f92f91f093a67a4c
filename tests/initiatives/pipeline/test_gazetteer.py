"""The actor gazetteer matches whole words, case-aware, and never a short token by chance."""

from __future__ import annotations

import pytest

from initiatives.pipeline.gazetteer import ACTORS_BY_NAME, find_actors


def names(text: str) -> list[str]:
    return [m.entry.name for m in find_actors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU and Kyiv agreed.", ["European Union", "Ukraine"]),
        ("Support for Kiev and Ukrainian firms", ["Ukraine", "Ukraine"]),
        ("EU member states and EU agencies", ["EU member states", "EU agencies"]),
        ("Member States and member states", ["EU member states", "EU member states"]),
        (
            "MEPs voted; the EP and the EC",
            ["European Parliament", "European Parliament", "European Commission"],
        ),
        ("the Brussels executive", ["European Commission"]),
        ("EU leaders and the European Council", ["European Council", "European Council"]),
        ("The Council of the European Union", ["Council of the EU"]),
        ("EU foreign ministers met", ["Council of the EU"]),
        ("the EU foreign policy chief, HR/VP", ["High Representative", "High Representative"]),
        (
            "the EIB and the European Defence Agency",
            ["European Investment Bank", "European Defence Agency"],
        ),
        ("NATO allies; Moscow and Washington", ["NATO", "Russia", "United States"]),
        ("EU-Ukraine cooperation", ["European Union", "Ukraine"]),
        ("the Council of Europe and the Council", ["Council of Europe", "Council of the EU"]),
        ("the UN Security Council and the IMF", ["United Nations", "International Monetary Fund"]),
    ],
)
def test_it_maps_aliases_to_one_canonical_actor(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ep was ec-friendly; neu, EUR, Eurostat and Europe's euro",
        "the National Security Council and the city Council",
        "the Ukraine Facility and the Ukraine Plan",
        "ministers met in Luxembourg",
        "a standard procedure for the commission of works",
    ],
)
def test_it_does_not_match_lookalikes(text: str) -> None:
    assert names(text) == []


def test_it_does_not_take_a_national_parliament_for_the_european_parliament() -> None:
    assert names("the Ukrainian Parliament voted") == ["Ukraine"]
    assert names("the Scottish Parliament and the Electoral Commission") == []


def test_it_finds_the_institutions_in_title_case_headlines() -> None:
    assert names("Parliament And Council Reach Deal With EU Commission") == [
        "European Parliament",
        "Council of the EU",
        "European Commission",
    ]


def test_it_keeps_acronyms_uppercase_only() -> None:
    assert names("Nato and NATO") == ["NATO", "NATO"]
    assert names("eu or Eu or EU") == ["European Union"]


def test_it_marks_demonyms_as_not_the_government() -> None:
    (match,) = find_actors("Ukrainian companies")
    assert match.demonym
    (match,) = find_actors("Ukraine signed")
    assert not match.demonym


def test_it_gives_actors_kinds_and_aliases() -> None:
    assert ACTORS_BY_NAME["European Union"].kind == "institution"
    assert ACTORS_BY_NAME["EU member states"].kind == "group"
    assert ACTORS_BY_NAME["NATO"].kind == "organisation"
    ukraine = ACTORS_BY_NAME["Ukraine"]
    assert ukraine.kind == "country" and {"Kyiv", "Kiev"} <= set(ukraine.aliases)
    assert "Kyiv" not in ACTORS_BY_NAME and "Kiev" not in ACTORS_BY_NAME
    assert "Russia" in ACTORS_BY_NAME and "Russian Federation" in ACTORS_BY_NAME["Russia"].aliases


def test_it_knows_every_country_by_a_readable_name() -> None:
    assert {"France", "Moldova", "South Korea", "United Kingdom", "Czech Republic"} <= set(
        ACTORS_BY_NAME
    )
    countries = [name for name, entry in ACTORS_BY_NAME.items() if entry.kind == "country"]
    assert not any("," in name for name in countries)
