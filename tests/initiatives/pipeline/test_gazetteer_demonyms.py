"""Every country's demonym designates it, and only it."""

from __future__ import annotations

import pytest

from initiatives.pipeline.gazetteer import find_actors


def _designated(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entry.name) for m in find_actors(text) if m.demonym]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malaysian and Kenyan exporters", [("Malaysian", "Malaysia"), ("Kenyan", "Kenya")]),
        ("Nigerien and Nigerian troops", [("Nigerien", "Niger"), ("Nigerian", "Nigeria")]),
        (
            "Papua New Guinean, Bissau-Guinean and Guinean fishers",
            [
                ("Papua New Guinean", "Papua New Guinea"),
                ("Bissau-Guinean", "Guinea-Bissau"),
                ("Guinean", "Guinea"),
            ],
        ),
        (
            "South Sudanese and Sudanese envoys",
            [("South Sudanese", "South Sudan"), ("Sudanese", "Sudan")],
        ),
        ("Jordanian and Chadian farmers", [("Jordanian", "Jordan"), ("Chadian", "Chad")]),
        ("Austrian and Australian firms", [("Austrian", "Austria"), ("Australian", "Australia")]),
        ("Saudis and Emiratis", [("Saudis", "Saudi Arabia"), ("Emiratis", "United Arab Emirates")]),
    ],
)
def test_it_reads_each_demonym_as_its_own_country(text: str, expected: list) -> None:
    assert _designated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Congolese miners and Dominican growers met.",  # two countries each: neither read
        "Shipping in the Indian Ocean and the Irish Sea slowed.",
        "Tension on the Korean Peninsula eased.",
        "The Nigerian Association of Small Scale Farmers welcomed the date.",
        "The Kenyan Private Sector Alliance will publish a guide.",
    ],
)
def test_it_reads_no_country_where_a_demonym_names_none(text: str) -> None:
    assert _designated(text) == []


def test_saudi_arabia_by_name_is_no_demonym() -> None:
    (match,) = find_actors("Saudi Arabia signed the accord.")
    assert (match.entry.name, match.demonym) == ("Saudi Arabia", False)
