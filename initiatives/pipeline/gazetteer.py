"""The tables that extraction reads: who the actors are, where decisions are taken,
which words signal a cooperation area and which a status.

Matching is whole-word and case-aware: an alias matches as written, or with its first
letter capitalized at the start of a sentence. Acronyms ("EU", "EP", "EC") match only
as whole uppercase words, and nothing is ever fuzzy-matched. All patterns are compiled
once, at import.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import pycountry

from initiatives.pipeline.gazetteer_bodies import (
    EU_BODIES,
    GOVERNMENT_NAMES,
    INTERNATIONAL_BODIES,
    NATIONAL_BODIES,
)
from initiatives.pipeline.gazetteer_demonyms import DEMONYMS
from initiatives.pipeline.literal_gate import Gated
from initiatives.pipeline.money import MONEY

INSTITUTION = "institution"
COUNTRY = "country"
GROUP = "group"
ORGANISATION = "organisation"


@dataclass(frozen=True)
class ActorEntry:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()  # other names, stored on the Actor
    cues: tuple[str, ...] = ()  # further phrases that designate it, not names (demonyms...)
    country: str = ""  # the government a ministry or agency belongs to
    found_by_pipeline: bool = False  # not in these tables: a subject read from the text


@dataclass(frozen=True)
class ActorMatch:
    entry: ActorEntry
    start: int
    end: int
    demonym: bool = False  # "Ukrainian firms": the country's, not its government


MINISTER_FIELDS = (
    "", "foreign ", "defence ", "defense ", "finance ", "economy ", "economic ", "interior ",
    "energy ", "trade ", "agriculture ", "home affairs ", "justice ", "European affairs ",
)  # fmt: skip
# Longest alias wins, so "EU member states" is never read as "EU" plus "member states".
EU_ACTORS: tuple[ActorEntry, ...] = (
    ActorEntry(
        "European Union",
        INSTITUTION,
        ("EU", "the Union"),
        ("The Union", "the European Union's", "EU-27", "EU27"),
    ),
    ActorEntry(
        "European Commission",
        INSTITUTION,
        ("Commission", "EC", "Brussels executive", "EU executive"),
        (
            "the Commission",
            "EU Commission",
            "European executive",
            "EU's executive",
            "Commission President",
        ),
    ),
    ActorEntry(
        "European Parliament",
        INSTITUTION,
        ("Parliament", "EP", "MEPs"),
        ("EU Parliament", "MEP", "EU lawmakers", "European lawmakers", "EU legislators"),
    ),
    ActorEntry(
        "Council of the EU",
        INSTITUTION,
        ("Council of the European Union", "the Council", "Council"),
        (
            "the Council of the European Union",
            "Council of the EU",
            "the Council of the EU",
            *(
                f"{union} {field}ministers"
                for union in ("EU", "European Union")
                for field in MINISTER_FIELDS
            ),
            "member states' ministers",
            "member states’ ministers",
            "Foreign Affairs Council",
            "General Affairs Council",
            "Ecofin",
            "ECOFIN",
            "Council of Ministers",
        ),
    ),
    ActorEntry(
        "European Council",
        INSTITUTION,
        ("EU leaders",),
        (
            "heads of state or government",
            "EU heads of state",
            "EU summit",
            "European Council President",
        ),
    ),
    ActorEntry(
        "High Representative",
        INSTITUTION,
        ("HR/VP", "EU foreign policy chief"),
        (
            "High Representative for Foreign Affairs and Security Policy",
            "EU's foreign policy chief",
            "EU top diplomat",
            "EU's top diplomat",
        ),
    ),
    ActorEntry(
        "EU member states",
        GROUP,
        ("member states", "Member States", "EU countries", "EU governments"),
        (
            "EU member states",
            "EU Member States",
            "EU member countries",
            "EU capitals",
            "member countries",
            "EU nations",
        ),
    ),
    ActorEntry("EU agencies", GROUP, ("European agencies",), ("EU agencies", "EU bodies")),
    ActorEntry("European Investment Bank", INSTITUTION, ("EIB",), ("EIB Group",)),
    ActorEntry(
        "European Defence Agency",
        INSTITUTION,
        ("EDA", "European Defense Agency"),
    ),
    ActorEntry(
        "European External Action Service",
        INSTITUTION,
        ("EEAS",),
    ),
    # Not EU bodies, listed so that "the Council of Europe" is not read as the Council.
    ActorEntry("Council of Europe", ORGANISATION, (), ("the Council of Europe",)),
    ActorEntry("European Central Bank", INSTITUTION, ("ECB",)),
    ActorEntry("United Nations", ORGANISATION, ("UN",), ("UN Security Council",)),
    ActorEntry("International Monetary Fund", ORGANISATION, ("IMF",)),
    ActorEntry("G7", GROUP, ("Group of Seven",), ("G7 leaders",)),
    ActorEntry(
        "NATO",
        ORGANISATION,
        ("North Atlantic Treaty Organization",),
        ("Nato", "North Atlantic Alliance", "NATO Allies", "Allies", "NATO members"),
    ),
)

# pycountry names that nobody writes, and the names people write instead.
COUNTRY_RENAMES: dict[str, str] = {
    "Russian Federation": "Russia",
    "Türkiye": "Turkey",
    "Czechia": "Czech Republic",
    "United States": "United States",
    "Holy See (Vatican City State)": "Vatican",
    "Congo, The Democratic Republic of the": "Democratic Republic of the Congo",
    "Palestine, State of": "Palestine",
}
# Aliases: other names, and capitals used as metonyms for the government.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "Ukraine": ("Kyiv", "Kiev"),
    "Russia": ("Moscow", "Kremlin", "Russian Federation"),
    "United States": ("Washington", "US", "U.S.", "USA", "United States of America"),
    "United Kingdom": ("UK", "Britain", "Great Britain", "London"),
    "China": ("Beijing", "PRC"),
    "Belarus": ("Minsk",),
    "Iran": ("Tehran",),
    "North Korea": ("Pyongyang", "DPRK"),
    # "Korea" alone is the South's: the North is always named so.
    "South Korea": ("Republic of Korea", "Korea", "Seoul"),
    "Turkey": ("Türkiye", "Ankara"),
    "Czech Republic": ("Czechia",),
    "Netherlands": ("the Netherlands", "Holland"),
    "Moldova": ("Chisinau",),
}
# Names that are also ordinary words or first names; the country is written otherwise.
COUNTRY_SKIP = frozenset({"Chad", "Jordan", "Jersey"})

# A bare alias not to be read as the actor when the word before it is one of these:
# "the Ukrainian Parliament", "the UN Security Council", "the city Council".
FOREIGN_QUALIFIERS = frozenset(
    {"Security", "National", "Ukrainian", "Russian", "national", "city", "City", "Regional"}
    | {d for names in DEMONYMS.values() for d in names}
)
QUALIFIED_ALIASES = frozenset({"Parliament", "Council", "Commission"})
# A bare "Council", "Commission" or "Parliament" after a capitalized word is another body
# (UN Security Council, Electoral Commission, Scottish Parliament), unless that word is an
# article or a title-case function word ("Parliament And Council Reach Deal").
ARTICLES = frozenset(
    {"The", "A", "An", "This", "That", "And", "Or", "With", "For", "To", "Of", "By", "From"}
    | {"On", "In", "At", "As", "MEPs", "EU", "Parliament", "Council", "Commission"}
)


def _common_name(country: object) -> str:
    """The name people write for a pycountry country ("" when none is usable)."""
    official = country.name
    name = COUNTRY_RENAMES.get(official, getattr(country, "common_name", None) or official)
    return "" if "," in name or "(" in name else name


def _country_entries() -> list[ActorEntry]:
    entries: dict[str, ActorEntry] = {}
    for country in pycountry.countries:
        official = country.name
        name = _common_name(country)
        if not name:
            continue
        names = {official, name, getattr(country, "official_name", official)} - {name}
        names |= set(COUNTRY_ALIASES.get(name, ()))
        aliases = tuple(sorted(n for n in names if "," not in n and "(" not in n))
        cues = (*DEMONYMS.get(name, ()), *GOVERNMENT_NAMES.get(name, ()))
        entries[name] = ActorEntry(name, COUNTRY, aliases, cues, country=name)
    return list(entries.values())


# Country-code top-level domains other than the country's ISO 3166 code.
_OTHER_DOMAINS: dict[str, str] = {"uk": "GB"}


def _country_by_domain() -> dict[str, str]:
    codes = {c.alpha_2.lower(): _common_name(c) for c in pycountry.countries}
    codes |= {domain: codes[code.lower()] for domain, code in _OTHER_DOMAINS.items()}
    return {domain: name for domain, name in codes.items() if name}


# Each country-code top-level domain's country, as the gazetteer names it: "au" is
# Australia, "ke" Kenya, "uk" the United Kingdom.
COUNTRY_BY_DOMAIN: dict[str, str] = _country_by_domain()


def _body_entries() -> list[ActorEntry]:
    return [
        ActorEntry(name, kind, aliases, cues, country)
        for name, kind, aliases, cues, country in (
            *EU_BODIES,
            *INTERNATIONAL_BODIES,
            *NATIONAL_BODIES,
        )
    ]


def _variants(phrase: str) -> set[str]:
    forms = {phrase}
    if phrase[0].islower():
        forms.add(phrase[0].upper() + phrase[1:])
    return forms


def _build() -> tuple[dict[str, ActorEntry], dict[str, ActorEntry], re.Pattern[str]]:
    by_phrase: dict[str, ActorEntry] = {}
    by_name: dict[str, ActorEntry] = {}
    for entry in (*EU_ACTORS, *_country_entries(), *_body_entries()):
        by_name[entry.name] = entry
        phrases = [*entry.aliases, *entry.cues]
        if entry.name not in COUNTRY_SKIP:
            phrases.append(entry.name)
        for phrase in phrases:
            for form in _variants(phrase):
                by_phrase.setdefault(form, entry)
    return by_phrase, by_name, _phrase_regex(by_phrase)


def _phrase_regex(phrases: dict[str, object]) -> re.Pattern[str]:
    # Alternatives grouped by their first character, longest first within each group:
    # the engine tries only the phrases that start with the letter it is looking at.
    groups: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]))
    alternatives = "|".join(
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items())
    )
    # First-character dispatch keeps this fast: most positions fail the lookahead.
    firsts = "".join(sorted({re.escape(p[0]) for p in phrases}))
    return re.compile(rf"(?<![\w/])(?=[{firsts}])(?:{alternatives})(?![\w/])")


PHRASES, ACTORS_BY_NAME, _ACTOR_RE = _build()
# How far back the word before a name is looked for: a long word and its spaces.
WORD_BEFORE_REACH = 30
_WORD_BEFORE = re.compile(r"([\w’']+)\s*$")
# After a demonym, these make it the country's government: "the Ukrainian government".
GOVERNMENT_AFTER_RE = re.compile(
    r"\s+(?:government|authorities|side|officials|ministers?|ministry|president|negotiators)\b"
)
DEMONYM_PHRASES = frozenset(d for names in DEMONYMS.values() for d in names)
# A sea or a land named with a demonym, which is no country's doing: "the Indian Ocean",
# "the Irish Sea", "the Korean Peninsula".
_PLACE_AFTER = re.compile(r"\s+(?:Ocean|Sea|Gulf|Peninsula|Subcontinent)\b")
# A demonym that begins a body's own name: "the Nigerian Association of Small Scale
# Farmers", "Malaysian Airlines", "the Kenya(n) Private Sector Alliance".
_BODY_NAMED_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w’'-]*){0,3}?[ \t]+(?:Association|Associations|Society|Federation|"
    r"Confederation|Chamber|League|Airlines|Airways|Alliance)\b"
)
# A country name that begins the proper name of an instrument or body.
_THING_NOUNS = (
    r"(?:Facility|Plan|Fund|Instrument|Support|Investment|Recovery|Reform|Compact|"
    r"Reconstruction|Conference|Defence|Defense|Contact|Programme|Program|Strategy|"
    r"Mechanism|Trust|Window|Platform|Coalition|Council|Forum)\b"
)
_NAMED_THING = re.compile(r"\s+" + _THING_NOUNS)
# The same with a word or two of the name between: "the Canada Public Transit Fund",
# "a Japan Green Transition Fund". Read so only after a word in lower case ("the",
# "federal"): at a line's start or inside a title-case headline ("Canada Opens Public
# Transit Fund") the country may be the subject.
# Only the nouns of money and plans: "the Kenya National Defence Force" is Kenya's force.
_NAMED_THING_LATER = re.compile(
    r"(?:[ \t]+(?-i:[A-Z][\w’'-]*)){1,2}[ \t]+"
    r"(?-i:Fund|Facility|Instrument|Programme|Program|Plan|Mechanism|Window|Strategy)\b"
)
_LOWER_WORD_BEFORE = re.compile(r"\b(?-i:[a-z][\w’'-]*)[ \t]+\Z")


# A country's name or adjective that names its money: "3 billion U.S. dollars", "US$200
# million", "50 Australian dollars", "Japanese yen". A sum's currency is no actor, and no
# sign of whose page it is.
_CURRENCY_AFTER = re.compile(
    r"\s*\$|\s+(?-i:dollars?|cents|pounds?|sterling|euros?|yen|yuan|renminbi|rupees?|"
    r"rupiah|ringgit|pesos?|reais|rand|francs?|kron[aeo]r?|zloty|shillings?|naira|"
    r"dirhams?|riyals?|lira|hryvnias?|rubles?|roubles?)\b"
)
# "The Union Minister of Health", "the Union Cabinet", "the Union Budget": "Union" naming
# a federation's own government (India's) before its office, not the European Union.
_UNION_OFFICE_AFTER = re.compile(
    r"\s+(?-i:Ministers?|Ministry|Ministries|Cabinet|Government|government|Budget|Territor(?:y|ies)|"
    r"Secretary|Home|Finance|Health|Education|Agriculture)\b"
)
# The last text scanned and its matches (an immutable pair, replaced whole).
# With it, whether the text names the EU other than by a bare "the Council".
_last_scan: tuple[str | None, list[ActorMatch], bool] = (None, [], True)
_DATELINE_AFTER = re.compile(
    r"\s*(?:\([^)]{1,20}\)\s*)?,\s*(?:\d{1,2}\s+[A-Z]|[A-Z][a-z]+\.?\s+\d)"
)
_VENUE_PREPOSITION = re.compile(r"\b(?:in|at)\s+$")


def _scanned(text: str) -> tuple[list[ActorMatch], bool]:
    global _last_scan
    cached = _last_scan
    if cached[0] is not text:
        cached = _last_scan = (text, *_scan(text, 0, len(text)))
    return cached[1], cached[2]


def bare_eu_name_elsewhere(text: str, match: ActorMatch) -> bool:
    """Whether `match` is a bare "the Council", "Commission" or "Parliament" in a text that
    does not name the EU otherwise: a body of the text's own country, not the EU's."""
    return text[match.start : match.end] in BARE_EU_NAMES and not _scanned(text)[1]


# A trade or kind of firm after a country's name: "a US chipmaker", "US-based", "the
# British carmaker", "Japanese conglomerate".
_TRADE_AFTER = re.compile(
    r"(?:\s+|-)(?-i:(?:based|owned|listed|headquartered)\b|(?:[a-z]+\s+)?(?:company|companies|"
    r"firm|firms|group|corporation|conglomerate|multinational|giant|startup|start-up|bank|lender|"
    r"insurer|retailer|airline|operator|supplier|producer|manufacturer|developer|"
    r"[a-z]*maker|[a-z]*makers|utility|miner|refiner|exporter|importer|investor|fund)\b)"
)


# A company's name with its legal form, then "of": "Orbital Optics Ltd (OOL) of the United
# Kingdom", "Acme Industries Inc. of Canada": the country is where the firm is from.
_FIRM_OF_BEFORE = re.compile(
    r"\b(?-i:Ltd|Limited|Inc|Incorporated|plc|PLC|GmbH|AG|SA|S\.A|NV|BV|SpA|Corp|Corporation|"
    r"Co|LLC|Pty|KK|AB|ASA|Oyj)\.?(?:\s*\([^()]{1,20}\))?,?\s+of\s+(?:the\s+)?\Z"
)
_FIRM_OF_REACH = 40  # characters before the country: the legal form, an acronym, "of the"
# A country in an apposition that says what the body before it is: "Bluewave Telecom, a
# U.S. broadband provider, said", "Kestrel Ltd, a British satellite company, booked".
_APPOSITION_BEFORE = re.compile(r"[\w.)],\s+(?:a|an)\s+\Z")
_APPOSITION_AFTER = re.compile(r"(?:[ \t]+(?-i:[a-z][\w-]*)){1,3}\s*,")


def names_a_firm_s_country(text: str, match: ActorMatch) -> bool:
    """Rule `actor.firm_s_country`: a country named as a firm's ("Acme, a US chipmaker",
    "US-based Acme", "Ukrainian firms", "Acme Ltd of the United Kingdom", "Acme, a U.S.
    broadband provider,"), which is not the country acting."""
    if match.entry.kind != COUNTRY:
        return False
    if match.demonym and not GOVERNMENT_AFTER_RE.match(text, match.end):
        return True
    if _FIRM_OF_BEFORE.search(text, max(0, match.start - _FIRM_OF_REACH), match.start):
        return True
    if _APPOSITION_BEFORE.search(
        text, max(0, match.start - 8), match.start
    ) and _APPOSITION_AFTER.match(text, match.end):
        return True
    return _TRADE_AFTER.match(text, match.end) is not None


def eu_named_otherwise(text: str) -> bool:
    """Whether the text names the EU other than by a bare "the Council" (or names none)."""
    return _scanned(text)[1]


def find_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorMatch]:
    """Every actor named in text[start:end], in order; offsets into text.

    Extraction asks about many small ranges of one text, so the whole text is scanned
    once and the ranges are cut from that scan.
    """
    end = len(text) if end is None else end
    matches = _scanned(text)[0]
    # A match may begin a little before the range: "by the Commission" asked from "Commission".
    first = bisect.bisect_right(matches, start, key=lambda m: m.end)
    found = []
    # Read on from `first` in place: a slice would copy the rest of the text's matches for
    # every small range asked about.
    for index in range(first, len(matches)):
        match = matches[index]
        if match.start >= end:
            break
        if match.end <= end:
            found.append(match)
    return found


# "the Council", "Commission", "Parliament" alone: an EU institution only in a text that
# names the EU otherwise ("the EU", "the European Commission", "MEPs") or names two of
# them; in a British or an Australian text, a council, commission or parliament of its own
# country.
BARE_EU_NAMES = frozenset(
    {*QUALIFIED_ALIASES, *(f"{the} {name}" for the in ("the", "The") for name in QUALIFIED_ALIASES)}
)
EU_NAMES = frozenset(entry.name for entry in EU_ACTORS)
# The Union's member states, whose own pages use "the Council" for the EU's.
EU_MEMBERS = frozenset(
    {
        "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czech Republic", "Denmark",
        "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "Ireland", "Italy",
        "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands", "Poland", "Portugal",
        "Romania", "Slovakia", "Slovenia", "Spain", "Sweden",
    }
)  # fmt: skip


def _scan(text: str, start: int, end: int) -> tuple[list[ActorMatch], bool]:
    found: list[ActorMatch] = []
    bare: set[int] = set()  # indexes in found of a bare "Council", "Commission", "Parliament"
    eu_named = False
    for match in _ACTOR_RE.finditer(text, start, end):
        phrase = match.group()
        if phrase in QUALIFIED_ALIASES:
            before = _WORD_BEFORE.search(
                text, max(0, match.start() - WORD_BEFORE_REACH), match.start()
            )
            word = before.group(1) if before else ""
            if word in FOREIGN_QUALIFIERS or (word[:1].isupper() and word not in ARTICLES):
                continue
        entry = PHRASES[phrase]
        if entry.country and entry.kind != COUNTRY and _inside_longer_name(text, match):
            continue  # "South African National Defence Force" is not Canada's "National Defence"
        if entry.country and entry.kind != COUNTRY and _name_runs_on(text, match):
            continue  # South Africa's "Department of Justice and Constitutional Development"
        # "the ministers met in Luxembourg": a place, not the country's government.
        if (
            entry.kind == COUNTRY
            and phrase in VENUE_NAMES
            and (
                _VENUE_PREPOSITION.search(text, max(0, match.start() - 6), match.start())
                or _DATELINE_AFTER.match(text, match.end())
            )
        ):
            continue
        if entry.kind == COUNTRY and _NAMED_THING.match(text, match.end(), end):
            continue  # "the Ukraine Facility" is an instrument, not Ukraine
        if (
            entry.kind == COUNTRY
            and _NAMED_THING_LATER.match(text, match.end(), end)
            and _LOWER_WORD_BEFORE.search(
                text, max(0, match.start() - WORD_BEFORE_REACH), match.start()
            )
        ):
            continue  # rule `actor.longer_thing`: "the Canada Public Transit Fund's stream"
        if phrase in ("the Union", "The Union") and _UNION_OFFICE_AFTER.match(text, match.end()):
            continue  # rule `actor.union_office`: "the Union Minister", India's, not the EU
        if entry.kind == COUNTRY and _CURRENCY_AFTER.match(text, match.end(), end):
            continue  # rule `actor.currency`: "U.S. dollars" is money, not the United States
        if entry.kind == COUNTRY and _in_another_country(text, match):
            continue
        if phrase in DEMONYM_PHRASES and _PLACE_AFTER.match(text, match.end(), end):
            continue  # rule `actor.demonym_place`: "the Indian Ocean", "the Korean Peninsula"
        if phrase in DEMONYM_PHRASES and _BODY_NAMED_AFTER.match(text, match.end(), end):
            continue  # rule `actor.demonym_in_name`: "the Nigerian Association of Farmers"
        if entry.name in EU_NAMES:
            if phrase in BARE_EU_NAMES:
                bare.add(len(found))
            else:
                eu_named = True
        found.append(ActorMatch(entry, match.start(), match.end(), phrase in DEMONYM_PHRASES))
    # Two of them ("the Council adopted the Commission's proposal") are the EU's too.
    eu_named = eu_named or len({found[index].entry.name for index in bare}) > 1
    return found, eu_named or not bare


# A region of one country whose name holds another country's: Northern Ireland is in the
# United Kingdom, not in Ireland.
_REGION_WORD_BEFORE: dict[str, str] = {"Ireland": "Northern"}


def _in_another_country(text: str, match: re.Match[str]) -> bool:
    """Rule `actor.region_of_another`: "Northern Ireland's gas networks" are no Irish ones."""
    word = _REGION_WORD_BEFORE.get(match.group())
    if word is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
    return before is not None and before.group(1) == word


# A noun that continues a name into another body's: "National Defence Force", "Health
# Canada Act" (not a role: "EPA Administrator" is the agency's officer).
_NAME_GOES_ON = re.compile(
    r"\s+(?-i:Force|Forces|Act|Fund|Board|Service|Services|Corps|Council|Committee|College|"
    r"Institute|Corporation|Company|Foundation|Academy|Museum|University|School|Hospital)\b"
)
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:;\n])\s(?-i:[A-Z][\w’'-]+)\s+$")


def _inside_longer_name(text: str, match: re.Match[str]) -> bool:
    """Rule `actor.longer_name`: a national body's name or alias between a capitalised
    word and a noun that goes on naming ("South African National Defence Force") is part
    of another body's name, unless the word before is an article."""
    if not _NAME_GOES_ON.match(text, match.end()):
        return False
    before = _CAPITAL_BEFORE.search(text, max(0, match.start() - WORD_BEFORE_REACH), match.start())
    return before is not None and before.group().split()[0] not in ARTICLES


# A department's name that runs on over "and" into a field of its own: "Department of
# Justice and Constitutional Development", "Ministry of Energy and Mineral Resources"; not
# "the Department of Energy and the Treasury" nor "… and Argonne National Laboratory".
_RUNS_ON_AND = re.compile(
    r"\s+and\s+(?P<words>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,3})(?![\w’'-])"
)
_DEPARTMENT_NAME = re.compile(r"(?:Department|Ministry|Office)\s+(?:of|for)\s+[A-Z]")
# Words that end another body's name, or begin one: no field of the department's.
_BODY_WORDS = frozenset(
    {
        "Department", "Ministry", "Office", "Agency", "Council", "Commission", "Committee",
        "Service", "Services", "Administration", "Institute", "University", "Bank", "Board",
        "Authority", "Corporation", "Company", "Group", "Fund", "Foundation", "Centre",
        "Center", "Laboratory", "Laboratories", "Treasury", "Parliament", "Congress",
        "Senate", "Government", "Cabinet", "Force", "Forces", "Police", "Court", "Secretary",
        "Minister", "President", "State", "States", "Inc", "Ltd", "Partners", "Trust",
    }
)  # fmt: skip


# A department or agency named by its portfolio alone: "Department of Education", "the
# Ministry of Justice", "Department of the Interior", "the Environment Agency". Most
# governments have one of each, so the name alone never says whose it is (a Canadian
# province's, an Irish or an Indian one).
_PORTFOLIO_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:Department|Ministry)\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+|"
    r"[A-Z][a-z]+\s+Agency)"
)


def names_a_portfolio(said: str) -> bool:
    """Rule `actor.shared_portfolio`: whether a national body is named as written only by
    its portfolio ("Department of Agriculture", "Environment Agency"), a name many
    governments share; the table's
    country is then no more than one reading, and the document's own government decides."""
    return _PORTFOLIO_NAME.fullmatch(said) is not None


def _name_runs_on(text: str, match: re.Match[str]) -> bool:
    """Rule `actor.name_runs_on`: a bare department's name ("Department of Justice") that
    goes on with "and" and capitalised words naming no other body is another government's
    department, whose longer name the tables do not know."""
    if not _DEPARTMENT_NAME.match(match.group()):
        return False
    more = _RUNS_ON_AND.match(text, match.end())
    if more is None:
        return False
    words = more["words"].split()
    return not any(w in _BODY_WORDS or w in PHRASES for w in words)


# --- Venues ---------------------------------------------------------------------
# Cities where EU decisions are taken or announced, and capitals; "in Ukraine" is not one.
VENUES: tuple[str, ...] = (
    "Brussels", "Strasbourg", "Luxembourg", "Kyiv", "Kiev", "Warsaw", "Paris", "Berlin",
    "Rome", "Madrid", "Lisbon", "Vienna", "Prague", "Budapest", "Bratislava", "Ljubljana",
    "Zagreb", "Bucharest", "Sofia", "Athens", "Nicosia", "Valletta", "Copenhagen",
    "Stockholm", "Helsinki", "Tallinn", "Riga", "Vilnius", "Dublin", "Amsterdam",
    "The Hague", "Frankfurt", "Geneva", "London", "Washington", "New York", "Oslo",
    "Chisinau", "Tirana", "Belgrade", "Skopje", "Podgorica", "Sarajevo", "Granada",
    "Versailles", "Porto", "Gymnich", "Lviv", "Tokyo", "Ottawa", "Ankara", "Bern",
)  # fmt: skip
VENUE_NAMES = frozenset(VENUES)
VENUE_CANONICAL: dict[str, str] = {"Kiev": "Kyiv"}
VENUE_BY_UPPER: dict[str, str] = {v.upper(): VENUE_CANONICAL.get(v, v) for v in VENUES}
_VENUE_ALT = "|".join(re.escape(v) for v in sorted(VENUES, key=len, reverse=True))
VENUE_IN_RE = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+(?:city\s+of\s+)?)?(?P<venue>{_VENUE_ALT})\b(?!\s*-based)"
)
# "BRUSSELS, 12 March –", "Brussels, 12 March 2025 –", "KYIV, Nov 25 (Reuters) -",
# "STRASBOURG (AFP) –"
_DATELINE_DATE = r"(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?"
_DATELINE_AGENCY = r"\([A-Za-z ]{2,20}\)"
DATELINE_RE = re.compile(
    rf"\s*(?P<venue>{_VENUE_ALT}|{_VENUE_ALT.upper()})\s*"
    rf"(?:,\s*{_DATELINE_DATE}\s*(?:{_DATELINE_AGENCY}\s*)?|{_DATELINE_AGENCY}\s*"
    rf"(?:,\s*{_DATELINE_DATE}\s*)?)[-–—:]"
)


# A sentence about the meeting where a decision was taken.
MEETING_RE = re.compile(
    r"\b(?:met|meet|meeting|session|summit|plenary|gathered|held|took\s+place|convened)\b",
    re.IGNORECASE,
)


# --- Cooperation areas ------------------------------------------------------------
AREA_SLUGS: tuple[str, ...] = (
    "co-production",
    "supply-chain",
    "standardization",
    "investment",
    "regulation",
)
_PROD = r"(?:production|manufactur(?:e|ing))"
# Each area's terms, as regexes. False friends are left out on purpose: "ramp-up of
# production" is not co-production, "joint procurement" is not co-production, an act
# being "a regulation" is not regulatory cooperation, "standard procedure" is not
# standardization.
AREA_TERMS: dict[str, tuple[str, ...]] = {
    "co-production": (
        r"co-?production",
        r"co-?produc(?:e|es|ed|ing)",
        rf"joint(?:ly)?\s+{_PROD}",
        r"jointly\s+(?:produce|produced|producing|manufacture|manufactured|build|develop and produce)",
        r"produc(?:e|ed|ing)\s+(?:weapons\s+|them\s+|it\s+)?together",
        r"joint[\s-]ventures?",
        rf"licen[cs]ed\s+{_PROD}",
        rf"{_PROD}\s+under\s+licen[cs]e",
        r"industrial\s+partnerships?\s+between",
    ),
    "supply-chain": (
        r"supply[\s-]chains?",
        r"security\s+of\s+supply",
        r"critical\s+components",
        r"critical\s+raw\s+materials",
        r"raw\s+materials",
        r"spare[\s-]parts\s+supply",
        r"supply\s+of\s+spare\s+parts",
    ),
    "standardization": (
        r"standardi[sz]ation",
        r"standardi[sz](?:e|ed|ing)",
        r"common\s+(?:technical\s+)?standards",
        r"interoperab(?:ility|le)",
        r"compatibility",
        r"certification",
        r"mutual\s+recognition",
    ),
    "investment": (
        r"investments?",
        r"invest(?:s|ed|ing)?",
        r"co-?funding",
        r"funding",
        r"financing",
        r"loans?",
        r"grants",
        r"guarantees",
        r"(?-i:EIB)",
        r"European\s+Investment\s+Bank",
        rf"{MONEY}"
        r"(?=[^.;\n]{0,80}\b(?:fund|financ|loan|invest|budget|support|allocat|mobilis|mobiliz))",
    ),
    "regulation": (
        r"regulatory\s+(?:coordination|co-ordination|cooperation|co-operation|alignment|"
        r"convergence|harmoni[sz]ation|simplification)",
        r"harmoni[sz](?:e|ed|ing)\s+(?:the\s+)?(?:rules|regulations|requirements)",
        r"harmoni[sz]ation\s+of\s+(?:the\s+)?(?:rules|regulations|requirements)",
        r"export\s+controls?",
        r"technology\s+transfer\s+rules",
        r"(?:ease|easing|facilitate|facilitating|simplify|simplifying)\s+(?:the\s+)?"
        r"(?:technology\s+transfers?|transfers?\s+of\s+technology)",
        r"simplif(?:y|ied|ying|ication\s+of)\s+(?:the\s+)?(?:public\s+)?procurement\s+rules",
        r"simplif(?:y|ied|ying|ication\s+of)\s+(?:the\s+)?rules",
        r"simpler\s+(?:public\s+)?(?:procurement\s+)?rules",
        r"cut(?:s|ting)?\s+red\s+tape",
        r"market\s+access",
        r"access\s+to\s+(?:the\s+)?(?:EU|European|single)\s+(?:defen[cs]e\s+)?market",
        r"intra-EU\s+transfers",
    ),
}
AREA_RES: dict[str, re.Pattern[str]] = {
    area: re.compile(
        r"(?<!\w)(?:" + "|".join(sorted(terms, key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE,
    )
    for area, terms in AREA_TERMS.items()
}
# Sections whose sentences say what a measure is about.
POLICY_SECTION_RE = Gated(
    re.compile(
        r"polic|objective|detail|measure|element|content|priorit|area|what (?:it|the)|key|"
        r"main|scope|provision",
        re.IGNORECASE,
    )
)


# --- Status cues --------------------------------------------------------------------
@dataclass(frozen=True)
class StatusCue:
    rule: str
    status: str
    pattern: re.Pattern[str]
    strong: bool = True
    milestone_kind: str = "decision"


def _cue(rule: str, status: str, pattern: str, *, strong: bool = True, kind: str = "decision"):
    return StatusCue(rule, status, re.compile(pattern, re.IGNORECASE), strong, kind)


# "signs" is the noun, not the verb, after a preposition or a determiner: "a plan of signs
# and traffic calming", "the new signs", "signs such as stop signs".
# One lookbehind per word length, as Python's lookbehinds are of fixed width.
_NOT_VERB_SIGNS = (
    r"(?<!\ba\s)(?<!\b(?:of|on|in|at|by|no)\s)(?<!\b(?:for|the|any|its|our|new)\s)"
    r"(?<!\b(?:with|from|some|many|more)\s)(?<!\b(?:these|those|their)\s)"
)

# Order matters within a sentence only for equal positions: more specific rows first.
STATUS_CUES: tuple[StatusCue, ...] = (
    _cue(
        "status.mandate",
        "proposed",
        r"\b(?:agreed|adopted|adopts|agrees|approved|approves)\s+(?:its|their)\s+"
        r"(?:negotiating\s+)?(?:position|mandate|general\s+approach)",
    ),
    _cue(
        "status.provisional_agreement",
        "provisional_agreement",
        r"\b(?:provisional|political|tentative)\s+(?:agreement|deal)|"
        r"\b(?:reached|reach|reaches|struck|strike|strikes|clinched)\s+(?:a\s+)?"
        r"(?:provisional\s+|political\s+)?(?:deal|agreement)",
    ),
    _cue(
        "status.voted",
        "adopted",
        r"\bvot(?:ed|es|e)\s+(?:\d+\s+to\s+\d+\s+)?(?:(?:(?!against)[^.;]){0,40}?\s)??"
        r"(?:to|in\s+favou?r|for|through)\b",
        kind="vote",
    ),
    _cue(
        "status.green_light",
        "adopted",
        r"\b(?:gave|gives|give|given)\s+(?:its|their|the)?\s*(?:final\s+)?green\s+light",
    ),
    _cue(
        "status.signed",
        "adopted",
        # "signs" after a preposition or a determiner is the noun (_NOT_VERB_SIGNS).
        rf"\b(?:signed|{_NOT_VERB_SIGNS}signs(?!\s+such\s+as))\b(?!\s+(?:up|off))",
        kind="signature",
    ),
    _cue(
        "status.adopted",
        "adopted",
        r"\b(?:adopted|adopts?|approved|approves?|finali[sz]ed|finali[sz]es|endorsed|endorses?|"
        r"decided|ratified|ratif(?:y|ies)|took\s+the\s+decision)\b"
        # "A decision to this effect was taken at the meeting", "the decisions were taken";
        # not "No decision was taken".
        r"|(?<!\bno\s)\bdecisions?\s+(?:(?:to\s+this\s+effect|in\s+this\s+regard|on\s+the\s+"
        r"matter)\s+)?(?:was|were|has\s+been|have\s+been)\s+taken\b"
        r"|\bagree[sd]?\b(?!\s+(?:that|with|to\s+disagree))"
        r"|\bback(?:s|ed)?\b(?!\s+(?:by|up|down|off|out|to|away|in|on|from|of|against|into|home|"
        r"and|then|when|at|then|the\s+(?:door|front|end))\b)(?<!\bthe\sback)",
    ),
    _cue(
        "status.proposed",
        "proposed",
        r"\b(?:proposed|proposes|tabled|tables|presented\s+(?:a|its|the)\s+(?:legislative\s+)?"
        r"proposal|presents\s+(?:a|its|the)\s+(?:legislative\s+)?proposal|put\s+forward)\b",
    ),
    _cue(
        "status.proposed_act",
        "proposed",
        r"\b(?:the|a|its|their)\s+proposed\s+(?:regulation|directive|decision|instrument|"
        r"programme|program|act|law|rules|framework|regime|plan)\b",
        strong=False,
    ),
    _cue(
        "status.in_implementation",
        "in_implementation",
        r"\b(?:entered|enters|came)\s+into\s+force|\bis\s+(?:now\s+)?being\s+implemented|"
        r"\bdisbursed\b|\bfirst\s+(?:payment|tranche|disbursement)",
        kind="entry_into_force",
    ),
    _cue(
        # The active verb withdraws something ("the Commission withdrew the proposal"); with
        # no object, or "from", it leaves a place: "as NATO withdrew", "withdrew from Kabul".
        "status.withdrawn",
        "withdrawn",
        r"\b(?:withdrawn|(?:withdrew|withdraws)(?!\s+from\b)(?!\s*(?:[.,;:)]|$))|abandoned|"
        r"scrapped)\b",
    ),
    _cue(
        "status.announced",
        "announced",
        r"\b(?:will\s+open|announced|announces|plans?\s+to|unveiled|unveils|launched|launches|"
        r"pledged|pledges|set\s+out)\b"
        # "the government has set a target of setting up 3,000 clinics": a goal announced
        r"|\b(?:has|have)\s+set\s+(?:(?:itself|themselves)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:target|goal)s?\s+(?:of|to)\b",
        strong=False,
    ),
)
# A cue preceded by one of these does not state what happened: "has not yet adopted",
# "once adopted", "must be approved", "the proposed regulation".
NEGATION_BEFORE_RE = re.compile(
    r"(?:\bnot(?:\s+yet)?(?:\s+(?:been|be))?|n't|\bnever|\byet\s+to|\bfail(?:s|ed)?\s+to|\brefus(?:es|ed|e)\s+to|\bonce|\bif|"
    r"\bwhen|\bunless|\buntil|\bafter\s+being|"
    r"\b(?:to|must|will|shall|should|would|could|can|may|might|needs?\s+to|has\s+to|have\s+to)"
    r"(?:\s+\w+ly)?\s+(?:be\s+(?:\w+ly\s+)?|have\s+(?:been\s+)?)?"
    r"|\bbeing)(?:\s+\w+ly)?\s*$",
    re.IGNORECASE,
)
# A participle after an article is an adjective: "the proposed regulation", "the adopted
# text". (A noun cue after one is not: "the political agreement reached today".)
ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|their|this)(?:\s+\w+ly)?\s*$", re.IGNORECASE)
