"""Owners named as the text names them, with their qualifiers: a city council's report
headed "Council adopts…" is the city council's; "Parliament" on an Australian page is
Australia's; a department whose name runs on past a US department's is another country's;
"the government" is the government the dateline, the "Government of …" or the "…'s
ministry" names, not a country the text names in passing."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def owners(text: str, url: str = "") -> list[tuple[str, str | None]]:
    found: list[ExtractedAction] = published_initiative(text, url=url, fmt="md").actions
    return [(a.description, a.owner) for a in found]


def test_a_city_council_s_report_headed_council_is_the_city_council_s() -> None:
    assert owners(
        "# Council adopts cycling strategy\n\nHamilton City Council adopted a cycling "
        "strategy at its meeting on 3 March 2026.\n\nThe Council will build 20 km of cycle "
        "lanes by June 2027.\n"
    ) == [("Build 20 km of cycle lanes", "Hamilton City Council")]


def test_an_eu_report_headed_council_is_still_the_council_of_the_eu() -> None:
    assert owners(
        "# Council adopts sanctions\n\nThe Council adopted new sanctions on 3 March 2026, "
        "the EU said. The Council will review them by June 2027.\n"
    ) == [("Review them", "Council of the EU")]


def test_parliament_on_an_australian_page_is_not_the_european_parliament() -> None:
    assert owners(
        "# Trade bill\n\nThe Minister for Trade announced a trade bill on 3 March 2026 after "
        "talks with the European Union.\n\nParliament will debate the bill in May.\n",
        "https://www.dfat.gov.au/news/trade-bill",
    ) == [("Debate the bill", "Parliament")]


def test_parliament_on_an_eu_page_is_the_european_parliament() -> None:
    assert owners(
        "# Trade bill\n\nThe Commission proposed a trade bill on 3 March 2026 after talks "
        "with the European Union's partners.\n\nParliament will debate the bill in May.\n",
        "https://commission.europa.eu/news/trade-bill",
    ) == [("Debate the bill", "European Parliament")]


def test_a_department_whose_name_runs_on_is_not_the_us_department() -> None:
    assert owners(
        "# Victims charter\n\nThe Department of Justice and Constitutional Development "
        "launched a victims charter on 3 March 2026. The Department of Justice and "
        "Constitutional Development will train 500 officials by December 2026.\n"
    ) == [
        ("Train 500 officials", "Department of Justice and Constitutional Development"),
    ]


def test_a_bare_us_department_s_name_on_another_country_s_page_is_that_country_s() -> None:
    assert owners(
        "# Court backlog plan\n\nThe Minister of Justice launched a plan on 3 March 2026.\n\n"
        "The Department of Justice will open six new courts by 2027.\n",
        "https://www.justice.gov.za/m_statements/2026/backlog.html",
    ) == [("Open six new courts", "Department of Justice")]


def test_a_bare_us_department_s_name_on_a_us_page_is_the_us_department() -> None:
    assert owners(
        "# Court backlog plan\n\nThe Attorney General launched a plan on 3 March 2026.\n\n"
        "The Department of Justice will open six new courts by 2027.\n",
        "https://www.whitehouse.gov/briefings/backlog/",
    ) == [("Open six new courts", "US Department of Justice")]


def test_a_dateline_s_country_after_an_unknown_city_is_the_government() -> None:
    assert owners(
        "# Housing programme\n\nKINGSTON, Jamaica, 3 March 2026 - The Prime Minister "
        "launched a housing programme with USAID.\n\nThe government will build 5,000 homes "
        "by 2028.\n"
    ) == [("Build 5,000 homes", "Jamaica")]


def test_the_government_of_a_country_named_first_is_the_government() -> None:
    assert owners(
        "# Housing programme\n\nThe Government of Ghana launched a housing programme on 3 "
        "March 2026 with support from the US Department of State.\n\nThe government will "
        "build 5,000 homes by 2028.\n"
    ) == [("Build 5,000 homes", "Ghana")]


def test_a_country_s_ministry_is_its_government_not_a_body_named_after_it() -> None:
    assert owners(
        "# Marine plan\n\nSouth Korea's oceans ministry announced a marine plan on 3 March "
        "2026, after talks with the U.S. Department of Commerce.\n\nThe ministry will expand "
        "protected areas by 2030.\n"
    ) == [("Expand protected areas", "South Korea")]


def test_a_foreign_body_named_first_still_places_a_text_without_other_signs() -> None:
    assert owners(
        "# Rail plan\n\nThe U.S. Department of Transportation announced a rail plan on 3 March "
        "2026.\n\nThe department will fund 12 new lines by 2028.\n"
    ) == [("Fund 12 new lines", "US Department of Transportation")]


def test_an_officer_a_council_resolves_be_directed_owns_the_task() -> None:
    assert owners(
        "# Heritage strategy adopted\n\nRiverside District Council adopted a heritage "
        "strategy at its meeting on 3 March 2026.\n\nRESOLVED that the Director of Planning "
        "be directed to prepare a heritage study by 30 June 2026.\n"
    ) == [("Prepare a heritage study", "Director of Planning")]


def test_a_city_council_s_minutes_do_not_mention_the_council_of_the_eu() -> None:
    names = {
        a.name
        for a in published_initiative(
            "# Heritage strategy adopted\n\nRiverside District Council adopted a heritage "
            "strategy on 3 March 2026. The Director of Planning is to report back to Council "
            "by June 2026.\n",
            fmt="md",
        ).actors
    }
    assert "Riverside District Council" in names and "Council of the EU" not in names


def test_a_firm_named_with_its_country_s_trade_is_the_firm_not_the_country() -> None:
    assert owners(
        "# Plant\n\nBorealis Semis, a US chipmaker, announced a new plant on 3 March 2026. "
        "It will hire 3,000 workers by 2028.\n"
    ) == [("Hire 3,000 workers", "Borealis Semis")]


def test_the_company_after_a_firm_named_by_its_trade_is_that_firm() -> None:
    assert owners(
        "# Plant\n\nJapanese carmaker Sora Motors announced a battery plant on 3 March 2026. "
        "The company will hire 3,000 workers by 2028.\n"
    ) == [("Hire 3,000 workers", "Sora Motors")]


def test_a_country_s_government_before_a_firm_s_name_is_still_the_government() -> None:
    assert owners(
        "# Plant\n\nThe US government announced support for a chip plant on 3 March 2026. "
        "It will fund 3,000 training places by 2028.\n"
    ) == [("Fund 3,000 training places", "United States")]


def test_the_company_after_a_regulator_fined_a_company_is_not_the_regulator() -> None:
    found = owners(
        "# Fine\n\nOfcom today fined a broadcasting company £3 million for breaches of "
        "the code. The company will air a summary of the findings within six months.\n"
    )
    assert found and found[0][1] != "Ofcom"


def test_a_subject_holding_its_own_verb_is_no_new_body() -> None:
    found = owners(
        "# Water plan\n\nThe Water Services Authority published its water plan on 3 March "
        "2026. The plan commits the authority to:\n\n- replace 300 km of mains by 2030;\n"
        "- cut leakage by a fifth by 2028.\n"
    )
    assert found and all(owner == "Water Services Authority" for _, owner in found)


def test_a_body_whose_name_holds_the_after_of_is_still_a_new_body() -> None:
    assert owners(
        "# Heritage plan\n\nThe Office of the Heritage Commissioner published a plan on 3 "
        "March 2026.\n\nThe Office of the Heritage Commissioner will list 40 buildings by "
        "2027.\n"
    ) == [("List 40 buildings", "Office of the Heritage Commissioner")]
