"""Who owns a promise: the subject of its verb, as the text gives it.

A subject that names a known actor is that actor ("DESNZ" is the Department for Energy
Security and Net Zero; "the UK government" is the United Kingdom). "The government",
"ministers" and "we" are the publishing government, when the document's address, site
or own text says which one. "We" inside a quotation is the speaker's body. Any other
organisation ("the Grid Operator", "the regional health boards") becomes a new actor,
marked as found by the pipeline for a curator to confirm: an unknown owner is never a
reason to drop a promise.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from initiatives.pipeline.gazetteer import (
    ACTORS_BY_NAME,
    BARE_EU_NAMES,
    COUNTRY,
    COUNTRY_BY_DOMAIN,
    DEMONYMS,
    EU_MEMBERS,
    EU_NAMES,
    GOVERNMENT_AFTER_RE,
    GROUP,
    INSTITUTION,
    ORGANISATION,
    ActorEntry,
    ActorMatch,
    bare_eu_name_elsewhere,
    eu_named_otherwise,
    find_actors,
    names_a_portfolio,
)
from initiatives.pipeline.literal_gate import Gated
from initiatives.pipeline.types import Span

WHO_BODIES = frozenset(
    {
        "World Health Organization", "World Health Assembly", "Intergovernmental Negotiating Body",
        "WHO Executive Board", "WHO Member States",
    }
)  # fmt: skip
UN_BODIES = frozenset({"United Nations", "UN General Assembly", "UN Secretary-General"})
_MEMBERED = frozenset({"NATO", "African Union"})  # bodies whose members the tables name
# Longest subject read as an organisation's name.
MAX_SUBJECT_WORDS = 12
# Longest proper name read as an actor after "plans to", "pledged to": "IRCC".
MAX_PROPER_WORDS = 5
# Web addresses of governments and international bodies, by the end of their host name.
PUBLISHER_HOSTS: tuple[tuple[str, str], ...] = (
    # a government's address in its country's domain ("gov.uk", "go.jp") is read by
    # `_government_address`; these are the others
    ("parliament.uk", "United Kingdom"),
    ("whitehouse.gov", "United States"), (".gov", "United States"), (".mil", "United States"),
    ("canada.ca", "Canada"), ("bund.de", "Germany"), ("bundesregierung.de", "Germany"),
    ("auswaertiges-amt.de", "Germany"), ("elysee.fr", "France"),
    ("oireachtas.ie", "Ireland"),
    ("au.int", "African Union"), ("unicef.org", "United Nations"), ("unhcr.org", "United Nations"),
    ("undp.org", "United Nations"), ("wfp.org", "United Nations"), ("unesco.org", "United Nations"),
    ("ilo.org", "United Nations"), ("fao.org", "United Nations"), ("unep.org", "United Nations"),
    ("consilium.europa.eu", "Council of the EU"), ("europarl.europa.eu", "European Parliament"),
    ("ec.europa.eu", "European Commission"), ("commission.europa.eu", "European Commission"),
    ("eeas.europa.eu", "European External Action Service"),
    ("who.int", "World Health Organization"), ("nato.int", "NATO"), ("un.org", "United Nations"),
    ("oecd.org", "OECD"), ("wto.org", "WTO"), ("imf.org", "International Monetary Fund"),
    ("worldbank.org", "World Bank"),
)  # fmt: skip
# The names under which governments publish in their country's domain: "pm.gov.au",
# "health.go.ke", "gob.mx", "gouv.fr", "govt.nz", "gv.at", "gub.uy", "nic.in", "admin.ch".
GOVERNMENT_DOMAIN_LABELS = frozenset(
    {"gov", "go", "gob", "gouv", "govt", "gv", "gub", "gc", "nic", "admin"}
)
# Capitals whose dateline opens a government's release: "WELLINGTON, 3 March –".
CAPITALS: dict[str, str] = {
    "Dublin": "Ireland", "Pretoria": "South Africa", "Cape Town": "South Africa",
    "New Delhi": "India", "Kyiv": "Ukraine", "Wellington": "New Zealand", "Ottawa": "Canada",
    "London": "United Kingdom", "Washington": "United States", "Canberra": "Australia",
    "Tokyo": "Japan", "Berlin": "Germany", "Paris": "France",
}  # fmt: skip
# Capitals whose dateline opens a paper's story ("NAIROBI –", "Manila, 3 May:"): where
# the story is, so whose "Congress" and whose president it tells of, not who publishes it.
STORY_CAPITALS: dict[str, str] = {
    **CAPITALS, "Manila": "Philippines", "Nairobi": "Kenya", "Seoul": "South Korea",
    "Brasília": "Brazil", "Brasilia": "Brazil", "Abuja": "Nigeria", "Santiago": "Chile",
    "Islamabad": "Pakistan", "Kuala Lumpur": "Malaysia", "Putrajaya": "Malaysia",
    "Jakarta": "Indonesia", "Dhaka": "Bangladesh", "Kigali": "Rwanda", "Accra": "Ghana",
    "Mexico City": "Mexico", "Riyadh": "Saudi Arabia", "Abu Dhabi": "United Arab Emirates",
    "Lusaka": "Zambia", "Bogotá": "Colombia", "Lima": "Peru", "Buenos Aires": "Argentina",
}  # fmt: skip


def _dateline(capitals: dict[str, str]) -> re.Pattern[str]:
    """A dateline: one of ``capitals`` at a line's start, as written or in capitals, then
    a comma, a colon ("NEW DELHI: The Cabinet…", as Indian papers write it) or a dash; not
    a wire's ("LONDON (Reuters) –"), which says where the reporter was, not who speaks."""
    cities = "|".join([*capitals, *(c.upper() for c in capitals)])
    return re.compile(rf"(?:\A|\n)\s*(?P<city>{cities})(?:,\s|:\s|\s*[–—-]\s)")


_DATELINE = _dateline(CAPITALS)
_DATELINE_REACH = 400  # characters: where a release's dateline may stand
_STORY_DATELINE = _dateline(STORY_CAPITALS)
# A news agency's dateline says where its reporter files from, not who publishes:
# "NEW DELHI, March 3 (Reuters) -" reports a BRICS summit, not India's government.
_WIRE_CREDIT = re.compile(
    r"[^\n]{0,40}?\((?:Reuters|AP|AFP|Kyodo|Jiji(?:\s+Press)?|Xinhua|Yonhap|dpa|ANSA|PTI|IANS|"
    r"ANI|Bloomberg|Anadolu|EFE|TASS|Ukrinform|Bernama|Antara)\)"
)
# A line near the top that is a department's whole name: "Department of Environment,
# Community and Local Government" heading a minister's written answer, "From: Department
# of Justice" above a release.
_HEADING_BODY = re.compile(
    r"(?:\A|\n)[ \t]*(?:(?:From|Published\s+by|Source)[ \t]*:?[ \t]*)?(?P<name>(?:The\s+)?(?:Department|Ministry|Office|Agency)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w’'-]*(?:(?:,\s+|\s+and\s+|\s+(?:of|for|the)\s+|[ \t]+)[A-Z][\w’'-]*)"
    r"{0,8})[ \t]*(?=\n)"
)
_GOVERNMENT_SUBJECT = re.compile(
    r"(?:the\s+)?(?:federal\s+|national\s+|central\s+)?(?:government|administration|"
    r"ministers?|cabinet|prime\s+minister|chancellor|department|ministry|"
    r"(?:government\s+|department\s+)?officials)",
    re.IGNORECASE,
)
# The proper name, capitals and all; a lower-case "the federal government" is read as the
# country's government below.
_FEDERAL_GOVERNMENT = re.compile(r"(?:[Tt]he\s+)?Federal\s+Government")
_FIRST_PERSON = re.compile(
    r"(?:we|I|(?:our|my)\s+(?:government|country|department|ministry|administration|office|"
    r"team|officials|department\s+officials|ministry\s+officials))\Z",
    re.I,
)
_THIRD_PERSON = re.compile(r"(?:it|they|he|she)\Z", re.IGNORECASE)
_EXPLETIVE = re.compile(r"there|here", re.IGNORECASE)
_LEADING = re.compile(
    r"\A(?:(?:and|but|so|then|now|also|meanwhile|which|that|who|today|this\s+week|"
    r"this\s+year|from\s+today|in\s+addition|in\s+turn|together|"
    r"separately|jointly|for\s+(?:its|their)\s+part)[,\s]+)+",
    re.IGNORECASE,
)
# A list's mark that a line runs into its first word ("-The government will…"): no part
# of the name.
_BULLET_MARK = re.compile(r"\A\s*[-–—•*·▪]+\s*(?=[A-Za-z])")
_TRAILING_ADVERBS = re.compile(
    r"(?:\s+(?:now|then|also|still|first|soon|together|jointly|thus|today|\w+ly))+\Z"
)
# "The Commission has announced plans to…": the subject before the announcing verb.
_ANNOUNCED = re.compile(
    r"\s+(?:(?:has|have)\s+)?(?:announced|unveiled|outlined|set\s+out|published|revealed|"
    r"confirmed|made\s+clear)(?:\s+(?:its|their|new|the))?\Z",
    re.IGNORECASE,
)
_AUXILIARY_AFTER = re.compile(r"\s+(?:has|have|had)\Z")
_COORDINATION = re.compile(r"\s+(?:and|with|together\s+with|alongside)\s+")
_ARTICLE = re.compile(r"\A(?:the|a|an|this|its|their)\s+", re.IGNORECASE)
# What may follow an actor's name in a subject that is still that actor: "EU officials",
# "the UK government", "US President Donald Trump", "the Commission's experts".
_ROLE_AFTER = re.compile(
    r"(?:['’]s?)?\s*(?:(?:government|authorities|officials?|ministers?|ministry|leaders?|"
    r"negotiators|representatives|ambassadors|delegation|side|spokes(?:person|man|woman)|team|"
    r"experts|"
    r"secretariat|presidency|members?)\b|(?:(?:[A-Z][\w-]*\s+){0,3}(?:President|Minister|"
    r"Secretary|Chancellor|Commissioner|Director(?:-General)?|Chair|Head|Governor|"
    r"Ambassador|Envoy|Spokesperson)\b(?:\s+[A-Z][\w.-]*){0,3}))?\s*\Z"
)
# The last word of a subject that names an organisation: "the grid operator will".
ORGANISATION_HEADS = frozenset(
    {
        "government", "governments", "ministry", "ministries", "department", "departments",
        "agency", "agencies", "authority", "authorities", "regulator", "regulators", "office",
        "commission", "council", "councils", "committee", "committees", "secretariat",
        "administration", "cabinet", "parliament", "assembly", "bank", "banks", "institute",
        "organisation", "organization", "organisations", "organizations", "body", "bodies",
        "board", "boards", "service", "services", "taskforce", "force", "group", "alliance",
        "coalition", "ministers", "leaders", "members", "partners", "allies", "states",
        "countries", "nations", "companies", "firms", "operator", "operators", "providers",
        "centre", "center", "network", "forum", "union", "parties", "sides", "signatories",
        "participants", "convenors", "co-convenors", "conveners", "co-conveners",
        "presidency", "team", "unit", "coordinator", "consortium", "fund",
        "foundation", "trust", "partnership", "industry", "utilities", "insurers",
        "lenders", "platform", "inspectorate", "ombudsman", "tribunal", "court", "police",
        "army", "navy", "military", "forces", "secretary", "minister", "envoy", "commissioner",
        "panel", "delegation", "mission", "institutions", "administrations", "parliaments",
        "legislatures", "senate", "congress", "company", "firm",
        # officers, who act for their body: "the chair will convene", "the Director of …"
        "chair", "chairs", "co-chairs", "chairman", "chairwoman", "chairperson", "director",
        "administrator", "governor", "ambassador", "rapporteur", "registrar", "president",
        # a council's officers, whom its resolutions direct: "the General Manager, Transport
        # Services", "the Chief Financial Officer", "the City Solicitor"
        "manager", "officer", "executive", "treasurer", "clerk", "solicitor", "engineer",
        "auditor",
        # a market's firms by their trade, which pledge and are bound: "energy suppliers
        # pledged to cut charges", "universities will expand placements"
        "suppliers", "producers", "manufacturers", "retailers", "airlines", "carmakers",
        "automakers", "employers", "universities", "developers", "exporters",
        "importers", "landlords", "distributors", "refiners", "miners",
        # bodies of a kind a rule binds or an undertaking names: "large cities must present
        # their heat plans", "both platforms will show the full price"
        "platforms", "cities", "towns", "municipalities", "regions", "provinces", "counties",
        "districts", "schools", "hospitals", "carriers", "broadcasters",
        # a local government named by its kind: "the city will install speed humps"
        "city", "town", "municipality", "county", "borough",
    }
)  # fmt: skip
# Heads that name an instrument, a text or a thing: "the Fund will provide loans" is what
# the instrument does. Only a known actor among these owns a promise.
_THING_HEADS = frozenset(
    {
        "fund", "facility", "programme", "program", "plan", "instrument", "strategy",
        "activities", "package", "framework", "law", "act", "bill", "regulation", "directive",
        "agreement", "deal", "policy", "scheme", "project", "initiative", "report", "roadmap",
    }
)  # fmt: skip
# A definite subject that points back to the text's main actor: "The leaders said they…"
# in a report on a G7 summit are the G7's.
_BACK_REFERENCE = re.compile(
    r"(?:the\s+)?(?:leaders|ministers|members|group|allies|partners|body|organi[sz]ation|"
    r"(?:both|the\s+two)\s+sides|"
    r"parties|signatories|participants|delegates|heads\s+of\s+state(?:\s+(?:and|or)\s+"
    r"government)?)",
    re.IGNORECASE,
)
# Back-references that name several parties, which one country never is.
_SEVERAL_PARTIES = re.compile(
    r"(?:the\s+)?(?:members|allies|partners|parties|signatories|participants|delegates|"
    r"(?:both|the\s+two)\s+sides)",
    re.IGNORECASE,
)
# "The seven countries (the United States, Britain, …)", "the countries of the group",
# "all 20 economies": the members of the group the text is about, whatever list follows.
_MEMBER_COUNTRIES = re.compile(
    r"(?:the\s+|all\s+)?(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|"
    r"twenty-seven|thirty|thirty-two)\s+)?(?:member\s+)?(?:countries|nations|economies|"
    r"states)(?:\s+of\s+the\s+(?:group|alliance|bloc|union|organi[sz]ation|club))?"
    r"(?:\s*\([^()]{2,200}\))?",
    re.IGNORECASE,
)


def _members_of_main(quote: str, context: OwnerContext) -> ActorEntry | None:
    """Rule `owner.group_members`: a group's member countries named as a number or
    "the countries of the group", in a text about that group (G7, G20, an alliance),
    are the group; a list of them in brackets after it is only an apposition."""
    main = context.main
    if main is None or main.kind != GROUP:
        return None
    return main if _MEMBER_COUNTRIES.fullmatch(quote) else None


# "The International Energy Agency's (IEA) 28 member countries", "IEA member countries".
_BODY_MEMBERS = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w&.-]*\s+(?:(?:of|for|and)\s+)?){0,6}?[A-Z][\w&.-]*)"
    r"(?:['’]s?)?\s*(?:\((?P<acr>[A-Z][A-Za-z0-9]{1,9})\)\s*)?(?:(?:\d{1,3}|all)\s+)?"
    r"(?:[Mm]ember\s+(?P<what>countries|states|nations|governments)|(?P<bare>[Mm]embers))"
)


def _members_of_body(text: str, subject: Span) -> ActorEntry | None:
    """Rule `owner.body_members`: the member countries of a body the tables do not know
    ("the International Energy Agency's (IEA) 28 member countries") are that body's
    members, a new actor named after its short name, not the EU's member states."""
    found = _BODY_MEMBERS.fullmatch(subject.quote)
    if found is None:
        return None
    at = subject.start + found.start("body")
    named_end = found.end("acr") if found["acr"] else found.end("body")
    for known in find_actors(text, at, subject.start + named_end):
        name = known.entry.name
        if known.entry.kind in (COUNTRY, INSTITUTION) or _EU_SAID.search(name):
            return None  # "EU member states": the tables know them
        if name in WHO_BODIES | UN_BODIES | _MEMBERED:
            return None  # "WHO Member States", "NATO members": `in_context` reads them
        if known.entry.kind == GROUP:
            return known.entry  # "G20 member countries" act as the G20
    if found["bare"]:
        # "The Group of Twenty (G20) members agreed…": a group's; "the Board members" no
        # body's own name
        return None
    name = f"{found['acr'] or found['body']} member {found['what']}"
    return ActorEntry(name, ORGANISATION, found_by_pipeline=True)


_A_COMPANY = re.compile(
    r"\b(?:a|an|another|one|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:company|companies|firm|"
    r"firms|operator|operators|bank|banks|group)\b",
    re.IGNORECASE,
)


def _another_company(text: str, at: int) -> bool:
    """Whether the text names another company before `at` ("fined a water company"); an
    apposition that describes the text's own firm ("Harbourline, a ferry operator,") does
    not."""
    return any(
        not text[max(0, found.start() - 2) : found.start()].endswith(", ")
        for found in _A_COMPANY.finditer(text, max(0, at - SAME_BODY_REACH), at)
    )


def _public_body(entry: ActorEntry) -> bool:
    """Whether the tables know `entry` as a government's body or an institution (a
    ministry, an agency, a regulator), which is never "the company"."""
    return not entry.found_by_pipeline and (bool(entry.country) or entry.kind == INSTITUTION)


# A firm by its legal form: "Miyagi Power Devices Co., Ltd.", "Acme Industries Inc".
_FIRM_WITH_FORM = re.compile(
    r"(?P<name>(?:[A-Z][\w&'’-]*[ \t]+){0,4}[A-Z][\w&'’-]*),?[ \t]+(?:Co\.,?[ \t]+Ltd|Ltd|Limited|"
    r"Inc|Incorporated|Corporation|Corp|GmbH|AG|plc|PLC|LLC|Pty[ \t]+Ltd|S\.A|N\.V)\b"
)
# A name of two to five capitalised words that does something: "Halvorsen Therapeutics
# must complete a trial", "Northwind Networks will invest".
_NAME_ACTS = re.compile(
    r"(?<![\w’'-])(?P<name>(?!(?:The|This|That|These|Its|Their|Today|In|On|At|As|Under|After)\s)"
    r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){1,4})[ \t]+(?:must|will|shall|has|have|is|plans|"
    r"agreed|committed|said)\b"
)


def _firm_named_before(text: str, at: int) -> str | None:
    """The firm a text names before `at`: the first by its legal form, else the last name
    of capitalised words that the tables do not know and that acts ("X must…")."""
    floor = max(0, at - SAME_BODY_REACH)
    formed = _FIRM_WITH_FORM.search(text, floor, at)
    if formed is not None:  # the first: the firm the page is about, before its partners
        return formed["name"]
    for found in reversed(list(_NAME_ACTS.finditer(text, floor, at))):
        if not find_actors(text, found.start("name"), found.end("name")):
            return found["name"]
    return None


# Two bodies named before, taken up together: "the two agencies", "both organisations".
_THE_PAIR = re.compile(
    r"(?:the\s+)?(?:two|both)\s+(?:agencies|organi[sz]ations|bodies|institutions|banks|"
    r"ministries|departments|companies|firms|partners|regulators)",
    re.IGNORECASE,
)
_THE_COMPANY = re.compile(r"the\s+(?:company|firm|group|carmaker|bank|operator)", re.IGNORECASE)
_QUANTIFIER = re.compile(
    r"(?:dozens|hundreds|all|some|several|many|each|most|both)\s+(?:of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_SUCH_AS = re.compile(r",?\s+(?:such\s+as|including|like)\s")
# "on" only before a capitalised word that is no day: "the Committee on Economic Affairs",
# not "members on 20 November" or "ministers on Monday".
# "the Secretary of Commerce", "large cities with more than 100,000 residents": the head
# comes first.
_OF = re.compile(
    r"\s+(?:of|for|with|on(?=\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z]))\s+"
)
# "large cities with more than 100,000 residents" are named "Large cities".
_WITH_TAIL = re.compile(r"\s+with\s.*\Z", re.DOTALL)
_OF_FOR = re.compile(r"\s+(?:of|for)\s+")
_POSSESSIVE = re.compile(r"(?:his|her|its|their|our)\s+", re.IGNORECASE)
# "the Albanese Government", "the Biden administration": the publishing government.
_NAMED_GOVERNMENT = re.compile(
    r"(?:the\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:government|administration)", re.IGNORECASE
)
# A government named by its party or coalition ("the UPA government", "the ANC-led
# government", "the LDP-Komeito coalition government"): the government of the country the
# story is told in, whatever foreign body it names first.
_PARTY_GOVERNMENT = re.compile(
    r"(?:the\s+)?(?!(?:UAE|ROK|KSA|USSR|RF|UK|US|USA|EU|UN|GDR|FRG|ROC|DRC)\b)"
    r"(?-i:[A-Z]{2,6}(?:-(?:[A-Z]{2,6}|[A-Z][a-z]+|I{1,3}))?)(?:[\s-]+led)?\s+"
    r"(?:coalition\s+|alliance\s+)?(?:government|administration|regime)",
    re.IGNORECASE,
)
_CAPITAL_NAMED = re.compile(r"\b(?P<city>" + "|".join(CAPITALS) + r")\b")


def _place_of_story(text: str) -> ActorEntry | None:
    """The country whose capital the lead names first ("NEW DELHI:", "officials in New
    Delhi said"): where a story about a party's government is told."""
    dateline = _DATELINE.search(text, 0, _DATELINE_REACH)
    named = dateline or _CAPITAL_NAMED.search(text, 0, HEAD_REACH)
    return ACTORS_BY_NAME.get(CAPITALS[named["city"].title()]) if named else None


# The officer who heads an organisation: the organisation publishing or deciding.
_ORGANISATION_HEAD = re.compile(
    r"(?:the\s+|its\s+)?(?:secretary[\s-]general|director[\s-]general|executive\s+director|"
    r"secretariat|presidency|staff)",
    re.IGNORECASE,
)
_HEAD_OF_GOVERNMENT = re.compile(
    r"(?:the\s+)?(?:president|prime\s+minister|chancellor|premier|taoiseach|head\s+of\s+state)",
    re.IGNORECASE,
)
# The head of government by name, after the country's adjective if any ("Japanese Prime
# Minister Fumio Kishida"); a head of another country's government is not this one.
_NAMED_HEAD_OF_GOVERNMENT = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:President|Prime\s+Minister|Chancellor|Premier|Taoiseach)"
    r"(?:\s+[A-Z][\w’'-]+){1,3}"
)
_WORD = re.compile(r"[A-Za-z][\w’'&.-]*")


@dataclass(frozen=True)
class Owner:
    entry: ActorEntry
    evidence: Span


@dataclass
class OwnerContext:
    """What a document says about who speaks: its publisher, its main actor, its quotes."""

    publisher: ActorEntry | None = None  # the publishing government or body
    main: ActorEntry | None = None  # the first decision maker, else the title's first actor
    names_eu: bool = True  # whether the text names an EU body ("Member States" are the EU's)
    quotes: list[tuple[int, int, Owner | None]] = field(default_factory=list)
    # The first body the text shows promising, for a "we" when neither of those is known.
    first_owner: ActorEntry | None = None
    # The body the lead shows publishing on its government's page ("The Ministry of
    # Oceans and Fisheries announced its work plan" at a ministry's address): its "we".
    author: ActorEntry | None = None
    # Bullet lists whose lead-in names who acts ("The Administration is:"): start, end, owner.
    lists: list[tuple[int, int, Owner]] = field(default_factory=list)

    def body_at(self, position: int) -> ActorEntry | None:
        """Who owns a promise written without a subject at this position: the subject of
        the lead-in of the list it stands in, else the text's own body (`body_of`)."""
        at = bisect.bisect_right(self.lists, position, key=lambda item: item[0]) - 1
        if at >= 0 and position < self.lists[at][1]:  # lists are in text order
            return self.lists[at][2].entry
        return self.author or body_of(self.main, self.publisher)

    def speaker_at(self, position: int) -> tuple[bool, Owner | None]:
        """Whether position lies in a quotation, and the speaker's body if the text says."""
        for start, end, speaker in self.quotes:
            if start <= position < end:
                return True, speaker
        return False, None


# Words of local government: a bare "Council" in a text that has them, and names no EU
# body otherwise, is a city's or a county's (rule `owner.local_council`).
_LOCAL_COUNCIL = re.compile(
    r"\b(?:[Cc]ity|[Tt]own|[Mm]unicipal(?:ity)?|[Bb]orough|[Cc]ounty|[Mm]ayor|[Cc]ouncill?ors?|"
    r"[Ww]ards?|[Bb]ylaws?|by-laws?)\b"
)


def local_council(text: str) -> bool:
    """Whether a bare "Council" here is a local government's: the text has words of local
    government and names no EU body otherwise."""
    return _LOCAL_COUNCIL.search(text) is not None and not eu_named_otherwise(text)


def maker_here(text: str, entry: ActorEntry, said: str) -> ActorEntry:
    """A body as this text means it: a bare "Council" that is a local government's
    (`local_council`) is that council, named as written, not the EU's."""
    if entry.name in EU_NAMES and said in BARE_EU_NAMES and local_council(text):
        # rule `owner.council_named_whole`: the council by the whole name the text gives it
        # ("Hamilton Falls city council", "City of Westmere"), else as written
        whole = _PLACE_COUNCIL.search(text, 0, HEAD_REACH)
        name = whole.group().strip() if whole else _ARTICLE.sub("", said)
        return ActorEntry(name[:1].upper() + name[1:], ORGANISATION, found_by_pipeline=True)
    return entry


# A local council's whole name: "Hamilton Falls city council", "Ashby Shire Council",
# "the City of Westmere".
_PLACE_COUNCIL = re.compile(
    r"(?<![\w’'-])(?!(?:The|This|That|A|An|Our|Its)\s)(?:[A-Z][\w’'-]+[ \t]+){1,3}"
    r"(?:[Cc]ity|[Tt]own|[Cc]ounty|[Bb]orough|[Dd]istrict|[Ss]hire|[Mm]unicipal)[ \t]+[Cc]ouncil\b"
    r"|\bCity[ \t]+of[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}"
)


def main_body(
    text: str, publisher: ActorEntry | None, candidates: list[tuple[ActorEntry, str]]
) -> ActorEntry | None:
    """Rule `owner.main_named_as_written`: the text's main body, from its candidates in
    order (the headline's subject, the first decision maker, the first body named), passing
    over a bare "Council" or "Parliament" that is not the EU's here ("Council adopts
    cycling plan" over a city council's report) for the next, which names the body."""
    eu_publisher = publisher is not None and publisher.name in EU_NAMES
    for entry, said in candidates:
        bare = said in BARE_EU_NAMES and entry.name in EU_NAMES
        if eu_publisher or not bare:
            return entry
        foreign = publisher is not None and publisher.kind == COUNTRY
        if not foreign and local_council(text):
            return maker_here(text, entry, said)  # "Council approved the city's plan"
        if not foreign and not any(c[1] not in BARE_EU_NAMES for c in candidates):
            return entry  # nothing else named: read as the EU's, as before
        if eu_named_otherwise(text) and not (foreign and publisher.name not in EU_MEMBERS):
            return entry
    return None


# A page's own body acting in its lead: "On 30 September, the Utility Regulator published
# its final determination", "City Council adopted this item", "The Tasmanian Economic
# Regulator has decided", "The European Space Agency says it has signed".
_AUTHOR_VERB = re.compile(
    r"[ \t]+(?:(?:says|said)[ \t]+(?:it|they)[ \t]+)?(?:has[ \t]+|have[ \t]+)?(?:today[ \t]+)?(?:published|announced|decided|approved|"
    r"released|issued|adopted|set[ \t]+out|signed|resolved|awarded|agreed|launched|unveiled|"
    r"determined|made|"
    # "…, the Federal Government has said": the body whose statement the lead reports
    r"(?:said|says)\b(?![ \t]+(?:it|they|that)\b))\b"
)
# "the Utility Regulator", and a body named by its remit: "the Ministry of Health and Welfare"
_AUTHOR_NAME = re.compile(
    r"(?:[Tt]he[ \t]+)?(?:[A-Z][\w&’'-]*[ \t]+(?:(?:of|and|for|on|the)[ \t]+){0,2}){0,5}"
    r"[A-Z][\w&’'-]*\Z"
)
_AUTHOR_REACH = 80  # characters before the verb: the longest name read
_APPOSITION = re.compile(r",[ \t]+(?:a|an)[ \t]+[^,;:\n]{2,60},[ \t]*\Z")


def lead_author(
    text: str, spans: list[tuple[int, int]], context: OwnerContext, *, remits: bool = False
) -> ActorEntry | None:
    """Rule `owner.lead_author`: the body the tables do not know that publishes, decides or
    signs in a page's title or lead, named as written ("the Utility Regulator published its
    final determination"): the page's own body, whose "we" its promises are. With
    `remits`, also a body named by its remit ("the Ministry of Health and Welfare
    announced its plan"), for a plan's numbered tasks (`extract_action_enumerated`)."""
    for start, end in spans:
        for verb in _AUTHOR_VERB.finditer(text, start, end):
            stop = verb.start()
            # "Bluewave Telecom, a U.S. broadband provider, today announced": a named firm
            apposition = _APPOSITION.search(text, max(start, stop - _AUTHOR_REACH), stop)
            stop = apposition.start() if apposition else stop
            name = _AUTHOR_NAME.search(text, max(start, stop - _AUTHOR_REACH), stop)
            if name is None:
                continue
            words = [w for w in name.group().lower().split() if w != "the"]
            if not words:
                continue  # "The" alone before the verb
            if (
                apposition is None
                and words[-1] not in ORGANISATION_HEADS
                and not (remits and words[0] in ORGANISATION_HEADS and "of" in words)
            ):
                continue
            subject = Span(name.start(), stop, name.group())
            owner = owner_of(text, subject, context, animate=apposition is not None)
            if owner is not None and owner.entry.found_by_pipeline:
                return owner.entry
    return None


# A ministry or a department named by its remit: "Ministry of Oceans and Fisheries".
_BY_REMIT = re.compile(r"(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


def ministry_author(
    text: str, spans: list[tuple[int, int]], publisher: ActorEntry | None
) -> ActorEntry | None:
    """Rule `owner.ministry_author`: on a page of a government (`publisher` a country), the
    ministry its lead shows publishing or deciding ("The Ministry of Oceans and Fisheries
    announced its work plan") is the page's own body: its "we" and its subjectless
    promises are the ministry's, not the government's as a whole."""
    if publisher is None or publisher.kind != COUNTRY:
        return None
    found = lead_author(text, spans, OwnerContext(), remits=True)
    return found if found is not None and _BY_REMIT.match(found.name) else None


def mentioned_as(text: str, match: ActorMatch, context: OwnerContext) -> ActorEntry | None:
    """The actor a name the text mentions stands for here: None for a bare "Council" or
    "Parliament" that is not the EU's (the text's main body is another it names, or
    another country publishes it); a national body's unqualified name on another country's
    page ("the Treasury" in an Australian budget) as written, found by the pipeline."""
    if _outside_publisher(text, match, context.publisher):
        if match.entry.name in EU_NAMES:
            return None
        return as_written(text, match)
    main, publisher = context.main, context.publisher
    eu_page = (main is not None and main.name in EU_NAMES) or (
        publisher is not None and publisher.name in EU_NAMES
    )
    if not eu_page and bare_eu_name_elsewhere(text, match):
        return None  # a town's "Council" in a text that names no EU body otherwise
    return in_context(match.entry, context)


def as_written(text: str, match: ActorMatch) -> ActorEntry:
    """A known name that is not the tables' body here, as a new actor named as written."""
    return ActorEntry(_ARTICLE.sub("", text[match.start : match.end]), ORGANISATION,
                      found_by_pipeline=True)  # fmt: skip


def body_of(main: ActorEntry | None, publisher: ActorEntry | None) -> ActorEntry | None:
    """The body a document's subjectless promises belong to (rule `owner.publishing_government`
    for the second case): its main actor, except that a head of government ("President",
    "Prime Minister") on a government's own page stands for that government, as "The
    president will…" does in a sentence."""
    if (
        main is not None
        and publisher is not None
        and publisher.kind == COUNTRY
        and main.kind != COUNTRY
        and _HEAD_OF_GOVERNMENT.fullmatch(main.name)
    ):
        return publisher
    return main or publisher


# A lead-in that hands its subject to the bullets after it: "The Administration is:",
# "Under the plan, the Government is also:", "The Department will now:".
_LIST_LEAD = re.compile(
    r"(?P<verb>\b(?:is|are|will|shall|has|have|is\s+taking\s+(?:the\s+following\s+)?"
    r"(?:actions|steps|action))(?:\s+(?:also|now|today|already|further))?)\s*:\s*\Z",
    re.IGNORECASE,
)


def list_owner(text: str, start: int, end: int, context: OwnerContext) -> Owner | None:
    """The owner of the bullets after the lead-in text[start:end] when its subject names
    one (rule `owner.list_lead`): "The Administration is:" on a White House page is the
    United States, "The Grid Operator will:" a new actor. None when the lead-in names none."""
    lead = _LIST_LEAD.search(text[start:end].rstrip())
    if lead is None:
        return None
    verb = start + lead.start()
    # the subject starts after the sentence's opening phrase: "Under the plan, the…"
    at = max(text.rfind(mark, start, verb) for mark in ",;:") + 1 or start
    quote = text[max(at, start) : verb]
    stripped = quote.strip()
    if not stripped:
        return None
    at = max(at, start) + quote.find(stripped)
    return owner_of(text, Span(at, at + len(stripped), stripped), context)


# After a demonym, the government or its head: "French Prime Minister", "the Irish government".
_GOVERNS = re.compile(
    r"\s+(?:government|Government|authorities|Prime\s+Minister|President|Chancellor|Premier|"
    r"cabinet|Cabinet)\b"
)
# What may open a sentence before its subject: "At its meeting yesterday, ", "The ".
_SUBJECT_OPENING = re.compile(r"\s*(?:[A-Z][^,.;:]{0,60},\s+)?(?:[Tt]he\s+)?")


def governs(text: str, end: int) -> bool:
    """Whether the demonym ending at `end` names its government: "French Prime Minister"."""
    return _GOVERNS.match(text, end) is not None


def starts_sentence(text: str, sentence_start: int, at: int) -> bool:
    """Whether a name at `at` is its sentence's subject position: first, or after an
    opening phrase and its comma ("At its meeting yesterday, Cabinet…")."""
    opening = _SUBJECT_OPENING.match(text, sentence_start, at)
    return opening is not None and opening.end() == at


def lead_in_lists(
    text: str, units: list[tuple[int, int, str]], context: OwnerContext
) -> list[tuple[int, int, Owner]]:
    """Each run of bullets (units as start, end, kind) whose lead-in names its owner,
    with that owner: one pass over the units."""
    lists: list[tuple[int, int, Owner]] = []
    owner: Owner | None = None
    first = last = -1
    for start, end, kind in units:
        if kind == "bullet":
            if owner is not None:
                first = start if first < 0 else first
                last = end
            continue
        if owner is not None and first >= 0:
            lists.append((first, last, owner))
        first = last = -1
        lead = text[start:end].rstrip().endswith(":")
        owner = list_owner(text, start, end, context) if lead else None
    if owner is not None and first >= 0:
        lists.append((first, last, owner))
    return lists


def publisher_of(text: str, *, source_url: str = "", site_name: str = "") -> ActorEntry | None:
    """The government or body that published the document: from its address, its site
    name, else the country of the first national ministry or agency it names."""
    host = (urlsplit(source_url).hostname or "") if source_url else ""
    for suffix, name in PUBLISHER_HOSTS:
        bare = suffix.lstrip(".")
        if host and (host == bare or host.endswith("." + bare)):
            return ACTORS_BY_NAME.get(name)
    governing = _government_address(host)
    if governing is not None:
        return governing
    if site_name:
        for match in find_actors(site_name):
            if _outside_publisher(site_name, match, None):
                return as_written(site_name, match)  # "Department of Education": its own
            return _government_of(match.entry)
        # rule `owner.site_body`: a site named after a body the tables do not know ("Utility
        # Regulator", "City of Lakeport") is that body's, and so is the page's "we"
        site = site_name.strip()
        named = _unknown(Span(0, len(site), site)) if len(site) <= _SITE_NAME_CHARS else None
        if named is not None:
            return named.entry
    city = city_page(text)
    if city is not None:
        return city
    dateline = _DATELINE.search(text, 0, _DATELINE_REACH)
    if dateline is not None and _WIRE_CREDIT.match(text, dateline.end()):
        dateline = None
    if dateline is not None:  # "PRETORIA, 3 March 2026 –": the capital's government
        return ACTORS_BY_NAME.get(CAPITALS[dateline["city"].title()])
    heading = _HEADING_BODY.search(text, 0, _DATELINE_REACH)
    if heading is not None and all(
        _outside_publisher(text, known, None)  # "From: Department of Justice": any country's
        for known in find_actors(text, heading.start("name"), heading.end("name"))
    ):
        # rule `owner.heading_body`: a page headed by a department the tables do not know
        name = _ARTICLE.sub("", heading["name"])
        return ActorEntry(name, ORGANISATION, found_by_pipeline=True)
    placed = _dateline_country(text)
    if placed is not None:  # "KINGSTON, Jamaica, 3 March –": a capital the tables lack
        return placed
    listed = _LISTED_COMPANY.search(text, 0, HEAD_REACH // 2)
    if listed is not None:
        # rule `owner.listed_company`: "Calder Industrial (NYSE: CLDR) today announced": a
        # listed company's release, its "we" the company's; the regulator its legal notice
        # names is not its author
        return ActorEntry(listed["name"], ORGANISATION, found_by_pipeline=True)
    for match in find_actors(text):
        if match.entry.country and match.entry.kind != COUNTRY:
            if _outside_publisher(text, match, None):
                continue  # "the Department of Education": any government's
            if _ARTICLE.sub("", text[match.start : match.end]) in SHARED_BODY_NAMES:
                own = _own_country(text, match.entry.country)
                if own is not None:
                    return own  # "Congress" in a Chilean story: Chile's, not the US's
            if _INDEPENDENT_REGULATOR.search(match.entry.name) and not _GOVERNMENT_SPEAKS.search(
                text, 0, HEAD_REACH // 2
            ):
                # rule `owner.regulator_itself`: a regulator speaks for itself, not for its
                # country's government: an Ofcom statement's "we will monitor compliance"
                return match.entry
            return ACTORS_BY_NAME.get(match.entry.country)
        said = text[match.start : match.end].lower()
        if match.entry.kind == COUNTRY and (
            GOVERNMENT_AFTER_RE.match(text, match.end)
            or "government" in said
            or (match.demonym and governs(text, match.end))
            or _governing_country(text, match)
        ):
            dealt = _DEALT_WITH.search(text, max(0, match.start - _DEALT_REACH), match.start)
            if dealt is not None and dealt["word"].islower():
                continue  # "financed by the Government of Japan": a funder, not the author
            return match.entry  # "the Japanese government", "the UK government"
    return _only_country_of_head(text)


# A body's bare name that many governments give theirs: "Congress" is the United
# States' in the tables, but also Chile's, Brazil's or the Philippines'; "the Treasury" the
# United Kingdom's, but also Australia's or Nigeria's.
SHARED_BODY_NAMES = frozenset({"Congress", "Treasury"})


def _own_country(text: str, other: str) -> ActorEntry | None:
    """Rule `owner.own_country`: the country of a story's dateline ("NAIROBI –"), else the
    one the text names most (the first of those named as often), when its lead never names
    `other`, the country the tables file a shared
    bare name under: "the executive sent 20 bills to Congress… the legislative drought in
    Chile" is Chile's story. A country the text deals with ("financed by Japan") or acts
    against ("sanctions on Russia") is not counted."""
    dateline = _STORY_DATELINE.search(text, 0, _DATELINE_REACH)
    if dateline is not None and not _WIRE_CREDIT.match(text, dateline.end()):
        placed = STORY_CAPITALS[dateline["city"].title()]
        return ACTORS_BY_NAME.get(placed) if placed != other else None
    counts: dict[str, int] = {}
    for match in find_actors(text):
        if match.entry.kind != COUNTRY:
            continue
        if match.entry.name == other:
            return None  # the lead names the tables' own country too: theirs
        before = text[max(0, match.start - _DEALT_REACH) : match.start]
        dealt = _DEALT_WITH.search(before)
        if (dealt is not None and dealt["word"].islower()) or _AGAINST.search(before):
            continue
        if match.demonym and not governs(text, match.end):
            continue
        counts[match.entry.name] = counts.get(match.entry.name, 0) + 1
    if not counts:
        return None
    return ACTORS_BY_NAME.get(max(counts, key=counts.__getitem__))  # first of the most


# A country a measure is aimed at: "sanctions on Russia", "tariffs against China".
_AGAINST = re.compile(
    r"\b(?:sanction\w*|bans?|banned|against|embargo\w*|tariffs?|aggression|war|invasion)\b"
    r"[^.;]{0,30}\Z",
    re.IGNORECASE,
)


# A city speaking of itself by its proper name: "The City of Cape Town says…", "approved
# the City's action plan" ("the" in lower case: mid-sentence, so "City" is a name), not
# London's financial district.
_CITY_ITSELF = re.compile(
    r"\b(?:[Tt]he[ \t]+City[ \t]+of[ \t]+(?!London\b)(?P<place>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})"
    r"|the[ \t]+City['’]s?\b(?![ \t]+of\b))"
)
# Words only a local government's page has: its council, its mayor, its city hall.
_CITY_GOVERNMENT = re.compile(
    r"\b(?:Council|Mayor(?:al)?|City[ \t]+Hall|[Cc]ouncill?ors?|[Ww]ard)\b"
)


def city_page(text: str) -> ActorEntry | None:
    """Rule `owner.city_page`: a page whose lead calls its body "the City" ("The City of
    Cape Town says it has made good progress", "approved the City's action plan") and that
    speaks of a council or a mayor is the city's own, whichever national bodies it names:
    its promises and its "we" are the city's, named as the page names it."""
    found = _CITY_ITSELF.search(text, 0, HEAD_REACH // 2)
    if found is None or _CITY_GOVERNMENT.search(text, 0, HEAD_REACH) is None:
        return None
    place = found["place"]
    name = f"City of {place}" if place else "City"
    return ActorEntry(name, ORGANISATION, found_by_pipeline=True)


def _government_address(host: str) -> ActorEntry | None:
    """Rule `owner.government_address`: a page at a government's address in its country's
    domain ("www2.pm.gov.au", "statehouse.gov.ng", "doh.gov.ph", "gob.mx") is that
    country's government's, whatever bodies of other countries its text names."""
    labels = host.split(".")
    if len(labels) < 2 or labels[-2] not in GOVERNMENT_DOMAIN_LABELS:
        return None
    name = COUNTRY_BY_DOMAIN.get(labels[-1])
    return ACTORS_BY_NAME.get(name) if name else None


# A regulator independent of its government, by its name: "Ofcom", "Financial Conduct
# Authority", "Securities and Exchange Commission", "Medicines and Healthcare products
# Regulatory Agency". A ministry's or an executive agency's page speaks for its government.
_INDEPENDENT_REGULATOR = re.compile(
    r"\b(?:Regulat(?:or|ory|ion)|Authority|Commission|Of(?:gem|com|wat|qual|sted))\b"
)
# A company named with its listing: "Calder Industrial (NYSE: CLDR)", "Aster plc (LSE: AST)".
_LISTED_COMPANY = re.compile(
    r"(?P<name>(?:[A-Z][\w&.'’-]*[ \t]+){0,4}[A-Z][\w&.'’-]*)[ \t]+\((?:NYSE|NASDAQ|Nasdaq|LSE|"
    r"TSX|ASX|TSE|NSE|BSE|Euronext|SIX|HKEX|SGX|JSE)(?:[ \t]+\w+)?[ \t]*:[ \t]*[A-Z.]{1,8}\)"
)
# A page whose head names a government or a minister is the government's, whichever body
# it names first ("The Albanese Government will give the ACCC $8 million").
_GOVERNMENT_SPEAKS = re.compile(r"\b(?:[Gg]overnment|Minister|MP)\b")


# Rule `owner.government_dealt_with`: a government named after a preposition in running
# text ("financed by the Government of Japan", "granting $5 million to the Government of
# Grenada", "talks with the Japanese government") is one the page's body deals with.
_DEALT_WITH = re.compile(
    r"(?P<word>[\w’'-]+)[ \t]+(?:by|from|to|with|for)\s+(?:the\s+)?(?:(?:[Gg]overnment|"
    r"GOVERNMENT)\s+of\s+(?:the\s+)?)?\Z"
)
_DEALT_REACH = (
    60  # characters before the country's name: a word, a preposition, "the Government of"
)


_SITE_NAME_CHARS = 80  # a site's name longer than this is a slogan, not a body's name
# A dateline of a city the tables do not know, then its country: "KINGSTON, Jamaica, 3
# March 2026 –", "Cape Coast, Ghana —".
_DATELINE_PLACE = re.compile(r"(?:\A|\n)[ \t]*(?:[A-Z][\w.'’-]*[ \t]?){1,3},[ \t]+(?=[A-Z])")
_AFTER_DATELINE_COUNTRY = re.compile(r"[ \t]*(?:,|[–—-]|\()")
# "the Government of Jamaica", "the Republic of Korea's": the country's government by name.
_GOVERNMENT_OF_BEFORE = re.compile(r"\b(?:[Gg]overnment|GOVERNMENT)\s+of\s+(?:the\s+)?\Z")
# "South Korea's oceans ministry", "Jamaica's Cabinet": a country's own body by possession.
_COUNTRY_OWNS = re.compile(
    r"['’]s?\s+(?:[A-Za-z-]+\s+){0,3}?(?:government|Government|ministry|Ministry|department|"
    r"Department|cabinet|Cabinet|ministers?|Minister)\b"
)


def _dateline_country(text: str) -> ActorEntry | None:
    """Rule `owner.dateline_country`: a release's dateline that names a country after its
    city is that country's, whether the tables know the city or not."""
    line = _DATELINE_PLACE.search(text, 0, _DATELINE_REACH)
    if line is None:
        return None
    for match in find_actors(text, line.end(), line.end() + 60):
        if (
            match.start == line.end()
            and match.entry.kind == COUNTRY
            and not match.demonym
            and _AFTER_DATELINE_COUNTRY.match(text, match.end)
        ):
            return match.entry
        break
    return None


# A region of a country, named by the country's demonym: "the Brazilian state of Pará",
# "the Indian state of Kerala", "the Canadian province of Alberta".
_REGION_AFTER = re.compile(r"\s+(?:state|province|region|territory|county|city)\b")


def _governing_country(text: str, match: ActorMatch) -> bool:
    """Rule `owner.governing_country`: a country named as its government's ("the Government
    of Jamaica") or as the owner of a ministry ("South Korea's oceans ministry")."""
    if match.demonym and _REGION_AFTER.match(text, match.end):
        return False  # "the Government of the Brazilian state of Pará": the state's
    before = text[max(0, match.start - 20) : match.start]
    return bool(_GOVERNMENT_OF_BEFORE.search(before)) or bool(_COUNTRY_OWNS.match(text, match.end))


def _foreign_qualified(text: str, match: ActorMatch) -> bool:
    """Whether a national body is named with its country's name or adjective in or just
    before it ("the U.S. Department of Commerce", "Transport Canada"): whose it is, said."""
    country = ACTORS_BY_NAME.get(match.entry.country)
    if country is None:
        return False
    said = text[match.start : match.end]
    before = text[max(0, match.start - 16) : match.start]
    forms = (country.name, *country.aliases, *DEMONYMS.get(country.name, ()))
    return any(f in said or re.search(rf"\b{re.escape(f)}(?:['’]s)?\s*\Z", before) for f in forms)


# "the Prime Minister's plan", "the PM": a head of government the text does not place.
_UNPLACED_HEAD = re.compile(
    r"\b(?:[Tt]he\s+(?:Prime\s+Minister|President|Chancellor)|PM)\b(?!\s+of\b)"
)
# "Prime Minister Shinzo Abe" with no capitalised word (a country's adjective) before it is
# unplaced too; a president is left out: one country's press names others' presidents so.
_NAMED_PRIME_MINISTER = Gated(
    re.compile(r"(?P<before>[A-Z][\w-]*\s+)?Prime\s+Minister\s+[A-Z][a-z]+")
)
HEAD_REACH = 2000  # characters: the lead of a story, where its country is named


def _only_country_of_head(text: str) -> ActorEntry | None:
    """Rule `owner.only_country`: a text that speaks of "the Prime Minister" (or "Prime
    Minister Shinzo Abe") without saying whose and names one country only in its lead is about that country's
    government ("the Prime Minister's green plan… the UK's first hydrogen town")."""
    named_head = any(
        not m["before"] or m["before"].strip() in ("The", "As", "When", "While", "After")
        for m in _NAMED_PRIME_MINISTER.finditer(text, 0, HEAD_REACH)
    )
    if not named_head and _UNPLACED_HEAD.search(text, 0, HEAD_REACH) is None:
        return None
    named = find_actors(text, 0, HEAD_REACH)
    if any(m.entry.kind != COUNTRY and not m.entry.country for m in named):
        return None  # an EU or international body's text: its head is not a country's
    countries = {m.entry.name for m in named if m.entry.kind == COUNTRY}
    if len(countries) != 1:
        return None
    return ACTORS_BY_NAME.get(countries.pop())


def _government_of(entry: ActorEntry) -> ActorEntry:
    return ACTORS_BY_NAME.get(entry.country, entry) if entry.country else entry


def quotations(
    text: str, paragraphs: list[tuple[int, int]], context: OwnerContext
) -> list[tuple[int, int, Owner | None]]:
    """Quoted passages of each paragraph, with the body of the speaker named around them
    ("…,” said the Commission's spokesperson; the Minister said: “…”)."""
    found: list[tuple[int, int, Owner | None]] = []
    for start, end in paragraphs:
        for quote in _QUOTE.finditer(text, start, end):
            after = _SENTENCE_STOP.search(text, quote.end(), end)
            attribution = (quote.end(), after.start() if after else end)
            pronoun = _PRONOUN_SAID.match(text, *attribution) is not None
            if attribution[1] - attribution[0] < 3 or pronoun:
                # '"…," she said': the speaker is the one the paragraph named before
                attribution = (start, quote.start())
            actors = find_actors(text, *attribution)
            speaker = None
            if not actors:
                speaker = _officer_of(text, *attribution)
            if not actors and speaker is None and pronoun:
                speaker = _introduced_speaker(text, start, quote.start())
            if actors:
                first = actors[0]
                speaker = Owner(first.entry, _span(text, first))
                if pronoun:  # "the Council's committee chair …, she said" on a county page
                    said = text[first.start : first.end]
                    speaker = Owner(maker_here(text, first.entry, said), _span(text, first))
                named = _NAME_BEFORE.search(text, attribution[0], first.start)
                if named is not None:  # "said Energy UK chief executive…": a body of its own
                    name = text[named.start() : first.end].strip()
                    entry = ActorEntry(name, ORGANISATION, found_by_pipeline=True)
                    speaker = Owner(entry, Span(first.end - len(name), first.end, name))
            found.append((quote.start(), quote.end(), speaker))
    return found


# A quotation attributed by a pronoun alone: '"…," she said.', '"…," he added.'
_PRONOUN_SAID = re.compile(
    r"[\s,]*(?:he|she)\s+(?:said|says|added|adds|stressed|noted|explained)\s*\Z", re.IGNORECASE
)
# The person a paragraph's sentence opens with: "Kwame Asante highlighted that …".
_PERSON_OPENS = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s+(?:[a-z]+ed|said|says)\b",
    re.MULTILINE,
)
# Where a text first names that person: with a title and a body after the name ("Kwame
# Asante, Director of the ILO Skills and Employability Branch") or before it.
APPOSITION_REACH = 120


def _introduced_speaker(text: str, start: int, end: int) -> Owner | None:
    """Rule `owner.speaker_introduced`: the body of the person the paragraph names before
    a quotation attributed by a pronoun ('Kwame Asante highlighted that …. "We will
    work with …," he said.'), as the text first introduced that person: the body named in
    the apposition after the name, else in the title before it."""
    opened = list(_PERSON_OPENS.finditer(text, start, end))
    if not opened:
        return None
    name = opened[-1].group("name")
    first = text.find(name)
    if first < 0 or first >= opened[-1].start():
        return None  # named here for the first time: no title told who they speak for
    stop = _SENTENCE_STOP.search(text, first, first + len(name) + APPOSITION_REACH)
    after_end = stop.start() if stop else first + len(name) + APPOSITION_REACH
    if text.startswith(",", first + len(name)):
        comma = text.find(",", first + len(name) + 1, after_end)
        bodies = find_actors(text, first + len(name), comma if comma > 0 else after_end)
        if bodies:
            return Owner(bodies[0].entry, _span(text, bodies[0]))
    line = text.rfind("\n", 0, first) + 1
    before = find_actors(text, max(line, first - APPOSITION_REACH), first)
    return Owner(before[-1].entry, _span(text, before[-1])) if before else None


# An officer's title and the body the tables do not know that the officer speaks for:
# "Sunil Rao, Managing Director and CEO of Vesta Motors, said:", "said Lena Ortiz,
# Northwind's president".
_OFFICER_TITLE = (
    r"(?:[Pp]resident|[Cc]hair(?:man|woman|person)?|CEO|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|"
    r"[Mm]anaging\s+[Dd]irector|[Dd]irector(?:[\s-][Gg]eneral)?|[Hh]ead|[Ss]ecretary[\s-][Gg]eneral|"
    r"[Ss]pokes(?:person|man|woman)|[Ff]ounder|[Gg]eneral\s+[Mm]anager|[Cc]hief\s+[Oo]perating\s+[Oo]fficer)"
)
_BODY_NAME = (
    r"(?P<body>[A-Z][\w&.'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?[A-Z][\w&.'’-]*){0,5})"
)
_OFFICER_OF = re.compile(
    _OFFICER_TITLE
    + r"(?:[ \t]+and[ \t]+[\w \t]{2,30}?)?[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?"
    + _BODY_NAME
)
_BODYS_OFFICER = re.compile(_BODY_NAME + r"[’']s[ \t]+(?:[a-z]+[ \t]+)?" + _OFFICER_TITLE + r"\b")


def _officer_of(text: str, start: int, end: int) -> Owner | None:
    """Rule `owner.officer_of`: the body a quoted officer speaks for, named with the
    officer's title when the tables do not know it ("CEO of Vesta Motors", "Northwind's
    president"), as a new actor for a curator to confirm."""
    found = _OFFICER_OF.search(text, start, end) or _BODYS_OFFICER.search(text, start, end)
    if found is None:
        return None
    name = found.group("body")
    at = found.start("body")
    return Owner(
        ActorEntry(name, ORGANISATION, found_by_pipeline=True), Span(at, at + len(name), name)
    )


_QUOTE = re.compile(r"“[^”\n]{2,3000}”|\"[^\"\n]{2,3000}\"")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def is_first_person(quote: str) -> bool:
    """Whether a subject is the speaker itself: "we", "I", "my department officials"."""
    return _FIRST_PERSON.match(_LEADING.sub("", quote).strip(" ,“”\"'")) is not None


def owner_of(
    text: str,
    subject: Span,
    context: OwnerContext,
    *,
    previous: Owner | None = None,
    animate: bool = False,
) -> Owner | None:
    """The owner a subject designates, or None for a subject that is no actor ("the
    market", "deeper coordination"). With `animate` (the cue is one that only a person
    or a body says of itself: "plans to", "pledged to"), any proper name is an actor."""
    quote = _LEADING.sub("", _BULLET_MARK.sub("", subject.quote))
    quote = _TRAILING_ADVERBS.sub("", _ANNOUNCED.sub("", quote)).strip(" ,“”\"'")
    quote = _AUXILIARY_AFTER.sub("", quote)  # "the government has" (earmarked €9bn)
    start = subject.start + subject.quote.find(quote) if quote else subject.start
    if not quote:
        return None
    here = _whole_name(text, Span(start, start + len(quote), quote))
    joined = here.start < start  # a name with a comma in it, taken whole
    quote = here.quote
    if _FIRST_PERSON.match(quote):
        inside, speaker = context.speaker_at(start)
        if inside and speaker is not None:
            return speaker
        body = context.author or context.publisher or context.main or context.first_owner
        if body is None and previous is not None:
            body = previous.entry
        return Owner(body, here) if body else None
    if _EXPLETIVE.fullmatch(quote) or quote == "To":
        # "There is also funding to…", "To aim to open 30 clinics" (a summary line): the
        # text's own body
        body = context.main or context.publisher
        return Owner(body, here) if body else None
    if _THIRD_PERSON.match(quote):
        body = previous.entry if previous else context.main
        return Owner(body, here) if body else None
    members = _members_of_main(quote, context) or _members_of_body(text, here)
    if members is not None:
        return Owner(members, here)
    known = _known(text, here, context) or _bracketed(text, here, context)
    if known is not None:
        return known
    such = _SUCH_AS.search(quote)
    if such:  # "Companies such as Panasonic": the companies
        quote = quote[: such.start()]
        here = Span(here.start, here.start + len(quote), quote)
    comma = -1 if joined else quote.find(",")
    if comma > 0:  # "The leaders, gathered in Canada for their summit,"
        here = Span(here.start, here.start + comma, quote[:comma])
        quote = here.quote
    if _THE_COMPANY.fullmatch(quote) and previous is not None and previous.entry.kind != COUNTRY:
        return Owner(previous.entry, here)  # "Microsoft pledged $1bn… The company will…"
    main = context.main
    if (
        _THE_COMPANY.fullmatch(quote)
        and main is not None
        and main.kind == ORGANISATION
        and not _public_body(main)
        and not _another_company(text, here.start)
    ):
        # rule `owner.the_company_main`: "US chipmaker Acme announced… The company will…";
        # not after "fined a water company", which names another
        return Owner(main, here)
    if _THE_COMPANY.fullmatch(quote) and main is not None and _public_body(main):
        # rule `owner.the_company_named`: on a regulator's or a ministry's page, "the
        # company must…" is the firm the page names ("Halvorsen Therapeutics must…",
        # "Miyagi Power Devices Co., Ltd."), never the ministry itself
        firm = _firm_named_before(text, here.start)
        if firm is not None:
            return Owner(ActorEntry(firm, ORGANISATION, found_by_pipeline=True), here)
    if _BACK_REFERENCE.fullmatch(quote) and context.main is not None:
        if context.main.kind == COUNTRY and _SEVERAL_PARTIES.fullmatch(quote):
            # rule `owner.many_not_one`: "the signatories", "participants" of a story told
            # by Singapore are the parties, never the one country the text is about
            return _unknown(here)
        return Owner(context.main, here)
    organisation = next(
        (b for b in (context.publisher, context.main) if b is not None and b.kind != COUNTRY),
        None,
    )
    if _ORGANISATION_HEAD.fullmatch(quote) and organisation is not None:
        return Owner(organisation, here)  # "the Secretary General" of a NATO release
    if (
        _THE_PAIR.fullmatch(quote)
        and previous is not None
        and previous.evidence.end <= here.start
        and not re.search(r"[.!?:]\s", text[previous.evidence.end : here.start])
    ):
        # rule `owner.the_pair`: "USDA is working with NOAA Fisheries…, and the two
        # agencies will publish the results": the pair's first, named in the same sentence
        return Owner(previous.entry, here)
    government = next(
        (b for b in (context.main, context.publisher) if b is not None and b.kind == COUNTRY), None
    )
    if _HEAD_OF_GOVERNMENT.fullmatch(quote) and government is not None:
        return Owner(government, here)  # "The president promised to…" in a text about France
    if (
        government is not None
        and _NAMED_HEAD_OF_GOVERNMENT.fullmatch(quote)
        and all(m.entry == government for m in find_actors(text, here.start, here.end))
    ):
        return Owner(government, here)  # "Japanese Prime Minister Fumio Kishida will…"
    if government is None and _NAMED_HEAD_OF_GOVERNMENT.fullmatch(quote):
        # With no government known yet, the country its adjective names.
        named = find_actors(text, here.start, here.end)[:1]
        if named and named[0].demonym and named[0].start == here.start:
            return Owner(named[0].entry, here)
    conjunction = _conjunction(text, here)
    if conjunction > 0:  # "the Secretary of State and the Administrator of USAID": the first
        here = Span(here.start, here.start + conjunction, quote[:conjunction])
        quote = here.quote
    possessive = _POSSESSIVE.match(quote)
    if possessive and possessive[0].lower().startswith(("his", "her")):
        led = _ministry_of_minister(text, here, quote[possessive.end() :])
        if led is not None:
            return led
    if possessive:  # "His cabinet", "their ministries": the body the text is about
        quote = quote[possessive.end() :]
        here = Span(here.end - len(quote), here.end, quote)
    again = _SAME_BODY.fullmatch(quote)
    if again and previous is not None and _head_word(previous.entry.name) == again[1].lower():
        return Owner(previous.entry, here)  # "the Department of Health… The Department will"
    if again:
        named = _named_before(text, here, again[1], context.publisher)
        if named is not None:
            return named
        # rule `owner.ministry_of_minister`: "Minister of Oceans and Fisheries Park said…
        # the ministry will": no ministry named, but its minister is, by portfolio ("the
        # department" is not: a department's name is seldom its minister's portfolio)
        led = (
            _ministry_of_minister(text, here, again[1], SAME_BODY_REACH)
            if again[1].lower() == "ministry"
            else None
        )
        if led is not None:
            return led
        main = context.main
        if main is not None and main.kind == ORGANISATION and again[1].lower() in _KIND_NOUNS:
            return Owner(main, here)  # "NASA selected… The agency will…": the text's own body
    publisher = context.publisher
    if _PARTY_GOVERNMENT.fullmatch(quote):  # "the UPA government": the country it governs
        country = _place_of_story(text) or publisher
        if country is not None and country.country:
            return Owner(_government_of(country), here)
    if _FEDERAL_GOVERNMENT.fullmatch(quote):
        # rule `owner.federal_government_as_named`: "The Federal Government will cut the
        # reporting obligations" is that body, named as a German or Nigerian page names it
        return Owner(ActorEntry("Federal Government", ORGANISATION, found_by_pipeline=True), here)
    governing = _GOVERNMENT_SUBJECT.fullmatch(quote) or _NAMED_GOVERNMENT.fullmatch(quote)
    if governing and publisher is not None and publisher.country:
        return Owner(publisher, here)
    placed = _placed_name(text, here)
    if placed is not None:
        return placed
    return _unknown(here, animate=animate, joined=joined)


# "Statistics Canada", "Health Canada", "Water UK": capitalised words, then a country's
# name, as the whole subject.
_PLACED_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w&-]*\s+){1,3}\Z")


# A minister named by portfolio: "The Federal Minister for Economic Affairs said".
_PORTFOLIO_MINISTER = re.compile(
    r"\b(?P<federal>Federal\s+)?Minister\s+(?P<portfolio>(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:(?:\s+and\s+|,\s+|\s+)[A-Z][\w’'-]*){0,5})"
)
MINISTER_REACH = 600  # characters back to the minister whose "her ministry" is meant
# A minister named by a portfolio word before the title: "Deputy Digital Minister Rosli
# said… the ministry will", "Health Minister Ana Ruiz": that portfolio's ministry, named as
# such a text names it ("Digital Ministry"). Not a rank ("Prime Minister", "Chief
# Minister") nor a sentence's first word ("Yesterday Minister…").
_WORD_MINISTER = re.compile(r"(?<![\w’'-])(?P<portfolio>[A-Z][a-z]{2,})[ \t]+Minister\b")
_RANKS = frozenset(
    {
        "Prime", "Chief", "First", "Deputy", "Senior", "Junior", "Cabinet", "State", "Vice",
        "Former", "Acting", "Assistant", "Associate", "Federal", "Union", "Provincial",
        "Regional", "Shadow", "Foreign", "The", "Our", "Their", "His", "Her", "Its",
        "Yesterday", "Today", "Tomorrow", "Meanwhile", "Earlier", "Later", "Also",
    }
)  # fmt: skip
# An honorific that starts the minister's name after the portfolio: "Minister of Rural
# and Regional Development Datuk Salmah Ibrahim", "Minister for Works Dr. Amina Bello".
_HONORIFIC = frozenset(
    {
        "Datuk", "Dato", "Dato'", "Dato’", "Datin", "Tan", "Tun", "Dr", "Dr.", "Mr", "Mr.",
        "Mrs", "Mrs.", "Ms", "Ms.", "Hon", "Hon.", "Honourable", "Sir", "Dame", "Prof",
        "Prof.", "Professor", "Shri", "Smt", "Alhaji", "Senator", "Engr", "Haji", "Hajah",
    }
)  # fmt: skip


def _ministry_of_minister(
    text: str, subject: Span, noun: str, reach: int = MINISTER_REACH
) -> Owner | None:
    """Rule `owner.ministry_of_minister`: "Her ministry will set up a task force" after
    "the Federal Minister for Economic Affairs said" is that minister's ministry, named
    from the portfolio (the tables' name when they know it)."""
    if noun.strip().lower() not in {"ministry", "department"}:
        return None
    floor = max(0, subject.start - reach)
    named = list(_PORTFOLIO_MINISTER.finditer(text, floor, subject.start))
    worded = [
        m
        for m in _WORD_MINISTER.finditer(text, floor, subject.start)
        if m["portfolio"] not in _RANKS
    ]
    if worded and (not named or worded[-1].start() > named[-1].start()):
        name = f"{worded[-1]['portfolio']} Ministry"
    elif named:
        last = named[-1]
        name = f"{last['federal'] or ''}Ministry {_without_person(text, last['portfolio'])}"
    else:
        return None
    known = [m for m in find_actors(name) if m.start == 0]
    entry = known[0].entry if known else ActorEntry(name, ORGANISATION, found_by_pipeline=True)
    return Owner(entry, subject)


def ministry_of_speaker(text: str, speaker: Span) -> Owner | None:
    """The ministry of a minister who speaks, named by portfolio ("Deputy Minister of
    Rural Development Datuk Salmah said…", "Health Minister Ana Ruiz said…"); None for a
    speaker who is no minister named so."""
    if "Minister" not in speaker.quote:
        return None
    at = Span(speaker.end, speaker.end, "")
    led = _ministry_of_minister(text, at, "ministry", reach=speaker.end - speaker.start)
    return Owner(led.entry, speaker) if led is not None else None


def _without_person(text: str, portfolio: str) -> str:
    """A portfolio without the minister's name that runs on after it: "of Oceans and
    Fisheries" of "Minister of Oceans and Fisheries Park Seon-hwa", where the text has the
    person speak by the name's word elsewhere ("Park said")."""
    words = portfolio.split()
    titled = next((at for at, word in enumerate(words) if word in _HONORIFIC), None)
    if titled is not None and titled >= 2:  # "of Rural Development Datuk Salmah Ibrahim"
        return " ".join(words[:titled])
    for at in range(2, len(words)):
        speaks = re.compile(rf"\b{re.escape(words[at])}\s+(?:said|says|told|added)\b")
        for said in speaks.finditer(text):
            before = text[max(0, said.start() - len(words[at - 1]) - 1) : said.start()]
            if before.strip() != words[at - 1]:  # not "Housing and Building said" itself
                return " ".join(words[:at])
    return portfolio


def _placed_name(text: str, subject: Span) -> Owner | None:
    """A body whose name ends in a country's, which the tables do not know: named as the
    text names it, for a curator to confirm."""
    names = find_actors(text, subject.start, subject.end)
    if not names or names[-1].end != subject.end or names[-1].entry.kind != COUNTRY:
        return None
    last = names[-1]
    if last.demonym or not _PLACED_NAME.fullmatch(text, subject.start, last.start):
        return None
    name = _ARTICLE.sub("", text[subject.start : subject.end])
    return Owner(ActorEntry(name, ORGANISATION, found_by_pipeline=True), subject)


def _known(text: str, subject: Span, context: OwnerContext) -> Owner | None:
    """A known actor that is the subject's head, not a word inside it: "EU agencies" and
    "the UK's Department for Transport", not "Ukraine's participation in EU programmes".
    A bare "the Council" is the Council of the EU only on an EU page or in a text that names
    the EU otherwise; elsewhere it is the council the text named before, or itself."""
    # A text with no sign of being another's (no publisher, no main body but the EU's) is
    # read as the EU's, as before; an EU publisher's page always is.
    bodies = [b for b in (context.publisher, context.main) if b is not None]
    eu_page = all(b.name in EU_NAMES for b in bodies) or bodies[0].name in EU_NAMES
    if not bodies and not eu_named_otherwise(text):
        # rule `owner.council_of_no_union`: "Council will recover the cost" in a town's
        # story that names no EU body otherwise is the town's council, not the EU's
        eu_page = False
    whole = []
    for m in find_actors(text, subject.start, subject.end):
        if not eu_page and bare_eu_name_elsewhere(text, m):
            continue
        if _outside_publisher(text, m, context.publisher):
            if not names_a_portfolio(text[m.start : m.end]):
                continue
            # "the Department of Education" on a page no government of its claims
            m = replace(m, entry=as_written(text, m))
        whole.append(m)
    head = whole[-1] if whole else None
    if (
        head
        and not head.demonym
        and head.end == subject.end
        and head.start - subject.start <= len("The ")
    ):
        # "The Ministry of Economy, Trade and Industry": a name with commas in it.
        return Owner(in_context(head.entry, context, _span(text, head).quote), _span(text, head))
    # "The G7 leaders, at their summit in Kananaskis,": the head before the apposition.
    comma = subject.quote.find(",")
    end = subject.start + comma if comma > 0 else subject.end
    subject = Span(subject.start, end, text[subject.start : end])
    matches = [m for m in whole if m.end <= end]
    # "Ukrainian companies": the companies, not Ukraine's government.
    matches = [m for m in matches if not m.demonym or GOVERNMENT_AFTER_RE.match(text, m.end)]
    if not matches:
        return None
    coordination = next(
        (c for c in _COORDINATION.finditer(subject.quote) if not _inside(whole, subject, c)), None
    )
    if coordination:  # "France and Germany will", "the Secretary and the Administrator of X"
        end = subject.start + coordination.start()
        subject = Span(subject.start, end, text[subject.start : end])
        matches = [m for m in matches if m.end <= end]
        if not matches:
            return None
    last = matches[-1]
    if _NAME_BEFORE.search(text, subject.start, last.start):
        return None  # "Water UK", "Energy Europe": a body whose name holds a place name
    if _ROLE_AFTER.fullmatch(text, last.end, subject.end):
        return Owner(in_context(last.entry, context, _span(text, last).quote), _span(text, last))
    return None


# A word for a government that many use of their own: the tables file "the Administration"
# under the United States, but a city's staff and other countries' governments are called
# so too.
_SHARED_GOVERNMENT_WORDS = frozenset({"Administration"})


def _outside_publisher(text: str, match: ActorMatch, publisher: ActorEntry | None) -> bool:
    """Rule `owner.publisher_qualifies`: on a page another country publishes, a name that
    does not say whose it is belongs to that country, not to the body the tables file it
    under: "Parliament" in an Australian release is Australia's, not the European
    Parliament; "the Department of Justice" on a South African page is not the US one.
    A department named by its portfolio alone is the table's only on that country's page
    (or when the text says whose it is): elsewhere it is named as written."""
    entry = match.entry
    if (
        entry.kind != COUNTRY
        and entry.country
        and (publisher is None or publisher.name != entry.country)
        and names_a_portfolio(text[match.start : match.end])
        and not _foreign_qualified(text, match)
    ):
        return True  # "the Department of Education" on a page no government of its claims
    if (
        entry.kind == COUNTRY
        and _ARTICLE.sub("", text[match.start : match.end]) in _SHARED_GOVERNMENT_WORDS
        and (publisher is None or publisher.name != entry.name)
    ):
        return True  # "Administration will bring a report to Council": a city's staff
    if publisher is None or publisher.kind != COUNTRY or publisher.name in EU_MEMBERS:
        return False
    if entry.kind == COUNTRY or entry.country == publisher.name:
        return False
    if entry.name in EU_NAMES:
        return text[match.start : match.end] in BARE_EU_NAMES
    return bool(entry.country) and not _foreign_qualified(text, match)


# "Immigration, Refugees and Citizenship Canada (IRCC)": the short name the text gives.
_BRACKETED = re.compile(r"\(\s*[A-Z][\w&.-]{1,15}\s*\)\Z")


def _bracketed(text: str, subject: Span, context: OwnerContext) -> Owner | None:
    found = _BRACKETED.search(subject.quote)
    if found is None:
        return None
    at = subject.start + found.start()
    names = find_actors(text, at, subject.end)
    if not names:
        return None
    return Owner(
        in_context(names[0].entry, context, _span(text, names[0]).quote), _span(text, names[0])
    )


def _inside(names: list[ActorMatch], subject: Span, found: re.Match[str]) -> bool:
    """Whether a word found in the subject lies inside a known name: the "and" of
    "the Office of Management and Budget"."""
    at = subject.start + found.start()
    return any(m.start < at < m.end for m in names)


def _conjunction(text: str, subject: Span) -> int:
    """Where " and " joins two owners in the subject, or -1: not inside a known name, nor
    inside a name of the text's own ("the Department of Mineral Resources and Energy")."""
    if " and " not in subject.quote:
        return -1  # most subjects: no pattern is tried
    joined = _JOINED_NAME.fullmatch(subject.quote.strip())
    if (
        joined is not None
        and joined["head"].lower() in ORGANISATION_HEADS
        and joined["before"].lower() not in ORGANISATION_HEADS
    ):
        return -1  # "the NATO Support and Procurement Agency": one body's name
    names = find_actors(text, subject.start, subject.end)
    for found in re.finditer(" and ", subject.quote):
        if not _inside(names, subject, found) and not _NAME_GOES_ON.search(
            subject.quote[: found.end() + 1]
        ):
            return found.start()
    return -1


# A name in capitals that runs over "and" to its head: "the NATO Support and Procurement
# Agency", "the Trade and Investment Board"; not "the Treasury and the Home Office", nor
# "the Home Office and Border Force" (two heads).
_JOINED_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+)*(?P<before>[A-Z][\w-]*)\s+and\s+(?:[A-Z][\w-]*\s+)*"
    r"(?P<head>[A-Z][\w-]*)"
)
# An organisation's name that runs on over "and": a capitalised head, "of", "for" or "on",
# capitalised words, then "and" and a capitalised word ("Department of Health and Social
# Care", "Cabinet Committee on Economic Affairs and Security").
_NAME_GOES_ON = re.compile(
    r"\b[A-Z][\w-]*\s+(?:of|for|on)\s+(?:(?:the\s+)?[A-Z][\w-]*,?\s+)+and\s+[A-Z]\Z"
)
# A name's earlier part, before a comma, that the subject continues: "the Department of
# Housing," before "Local Government and Heritage will".
_NAME_BEFORE_COMMA = re.compile(
    r"(?:[Tt]he\s+)?(?P<head>[A-Z][\w-]*)\s+(?:of|for|on)\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"[A-Z][\w-]*,\s+\Z"
)
_NAME_LOOKBACK = 80  # characters: the longest start of a name that a comma cuts off
# "The Department", "the Ministry": the body of that kind the text last named.
_SAME_BODY = re.compile(
    r"the\s+(department|ministry|agency|office|committee|authority|commission|council|"
    r"regulator|board)",
    re.IGNORECASE,
)


# The heads of _SAME_BODY that say what kind of body it is rather than name it: with no
# body of that head named before, "the agency" or "the regulator" is the text's own
# organisation, whatever its name's head ("the Food Standards Agency" or "NASA").
_KIND_NOUNS = frozenset({"agency", "regulator"})

SAME_BODY_REACH = 3000  # characters back to the body a bare "the Department" points to
# The bodies a text names, by head word, found once per text (the last one read, per
# thread): each "the Department" then costs a bisection, so a long text stays linear.
_bodies = threading.local()


def _body_pattern(head: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{head}\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:(?:\s+and\s+|\s+(?:of|for|the)"
        rf"\s+|,\s+(?=[A-Z][\w’'-]*\s+and\s)|\s+)[A-Z][\w’'-]*){{0,6}}"
        # a name never runs across a line: "Parks\n\nAuckland Council" is Auckland's
        rf"|\b(?:(?!(?:The|This|That|Its|Their|Our|A|An|By|In|On|At)\s)[A-Z][\w’'-]*[ \t]+){{1,4}}"
        rf"{head}\b"
    )


def _bodies_named(text: str, head: str) -> tuple[list[int], list[re.Match[str]]]:
    if getattr(_bodies, "text", None) is not text:
        _bodies.text, _bodies.found = text, {}
    found: dict[str, tuple[list[int], list[re.Match[str]]]] = _bodies.found
    if head not in found:
        matches = list(_body_pattern(head).finditer(text))
        found[head] = ([m.end() for m in matches], matches)
    return found[head]


def _named_before(
    text: str, subject: Span, head: str, publisher: ActorEntry | None
) -> Owner | None:
    """Rule `owner.same_body_named_before`: "the Department will…" after the text named
    "the Department for Environment" (in its title, its lead or a paragraph up) is that
    department, whether the tables know it or not; not the publishing government."""
    ends, matches = _bodies_named(text, head.capitalize())
    at = bisect.bisect_right(ends, subject.start) - 1
    if at < 0 or matches[at].start() < subject.start - SAME_BODY_REACH:
        return None
    last = matches[at]
    name = last.group().strip()
    known = find_actors(text, last.start(), last.end())
    if known and known[-1].end == last.end():
        if _outside_publisher(text, known[-1], publisher):
            return Owner(as_written(text, known[-1]), subject)
        return Owner(known[-1].entry, subject)
    if known:
        return None  # "the UK Department…": a country's name inside; the tables decide
    return Owner(ActorEntry(name, ORGANISATION, found_by_pipeline=True), subject)


def _whole_name(text: str, subject: Span) -> Span:
    """The subject with the start of its name that a comma cut off: "Local Government and
    Heritage" is the end of "the Department of Housing, Local Government and Heritage"."""
    if not subject.quote[:1].isupper() or subject.quote.lower().startswith("the "):
        return subject
    before = _NAME_BEFORE_COMMA.search(text, max(0, subject.start - _NAME_LOOKBACK), subject.start)
    if before is None or before.end() != subject.start:
        return subject
    if before["head"].lower() not in ORGANISATION_HEADS:
        return subject
    return Span(before.start(), subject.end, text[before.start() : subject.end])


def _head_word(name: str) -> str:
    words = _WORD.findall(name)
    return words[0].lower() if words else ""


# A capitalised word just before a known name, in the same name: "Water UK".
_NAME_BEFORE = re.compile(
    r"(?<![\w’'-])(?!(?:The|This|That|Its|Their|Our|Both|All|Each)\s)[A-Z][a-z]+\s$"
)


def in_context(entry: ActorEntry, context: OwnerContext, said: str = "") -> ActorEntry:
    """ "Member States" in a WHO text are WHO's, in a UN text the UN's, not the EU's. On
    a page that WHO, the UN, NATO or the AU publishes they are its members even where
    the text names an EU body, unless they are said to be the EU's ("EU member states")."""
    if entry.name != "EU member states" or _EU_SAID.search(said):
        return entry
    if context.names_eu:
        publisher = context.publisher
        if publisher is None or publisher.kind == COUNTRY:
            return entry
        bodies = {publisher.name}
    else:
        bodies = {b.name for b in (context.publisher, context.main) if b is not None}
    if bodies & WHO_BODIES:
        return ACTORS_BY_NAME["WHO Member States"]
    if bodies & UN_BODIES:
        return ACTORS_BY_NAME["UN member states"]
    if "NATO" in bodies:
        return ACTORS_BY_NAME["NATO member states"]
    if "African Union" in bodies:
        return ACTORS_BY_NAME["AU member states"]
    return entry


_EU_SAID = re.compile(r"\bEU\b|Europe|Union", re.IGNORECASE)


# Work named as a sentence's first word, which is no body's name: "Construction is to
# begin in 2026" (a list, not an ending: "Boeing" and "Kering" end as "Funding" does).
_WORK_NOUNS = frozenset(
    {
        "construction", "work", "works", "funding", "implementation", "development",
        "deployment", "delivery", "production", "installation", "recruitment", "training",
        "testing", "spending", "building", "planning", "payment", "payments", "enforcement",
        "consultation", "procurement", "assessment", "evaluation", "operation", "operations",
    }
)  # fmt: skip


def _unknown(subject: Span, *, animate: bool = False, joined: bool = False) -> Owner | None:
    """An organisation the tables do not know, named as the text names it."""
    short = _BRACKETED.search(subject.quote)
    if short is not None and short.start() > 0:
        # rule `owner.unknown_with_short_name`: "The Australian Communications and Media
        # Authority (ACMA) will enforce the code": the name before its short form
        quote = subject.quote[: short.start()].rstrip()
        subject = Span(subject.start, subject.start + len(quote), quote)
    quantity = _QUANTIFIER.match(subject.quote)
    if quantity:  # "dozens of agencies"
        start = subject.start + quantity.end()
        subject = Span(start, subject.end, subject.quote[quantity.end() :])
    words = _WORD.findall(subject.quote)
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return None
    # "the Secretary of Commerce", "the Minister for Immigration": the head comes first.
    before_of = _OF.split(subject.quote, maxsplit=1)[0]
    head_words = _WORD.findall(before_of) or words
    head = head_words[-1].lower().rstrip(".")
    proper = animate and len(words) <= MAX_PROPER_WORDS and all(w[:1].isupper() for w in words)
    if proper and len(words) == 1 and words[0].lower() in _WORK_NOUNS:
        proper = False  # "Construction is to begin in 2026": a sentence's first word, no name
    if _last_head(subject.quote) in _THING_HEADS:
        return None  # "the Cabinet's Programme of Activities will set…": a text, not a body
    if head in _THING_HEADS or (head not in ORGANISATION_HEADS and not proper):
        return None
    name = _ARTICLE.sub("", _WITH_TAIL.sub("", subject.quote)).strip()
    if any(ch in name for ch in (';:()“”"' if joined else ',;:()“”"')):
        return None
    if _CLAUSE_INSIDE.search(name):
        return None  # "The plan commits the ministry": a clause with its verb, no name
    name = name[:1].upper() + name[1:]
    entry = ActorEntry(name, ORGANISATION, found_by_pipeline=True)
    return Owner(entry, subject)


# A lower-case word other than a preposition or "and" before an article: a verb inside
# the subject ("plan commits the ministry"), which no organisation's name holds ("Minister
# for the Environment", "Department of the Interior").
_CLAUSE_INSIDE = re.compile(
    r"\b(?!(?:of|for|on|and|to|in|at|with|from|by|under|over|into|&)\b)[a-z]+\s+"
    r"(?:the|a|an|its|their|his|her)\s"
)


def _last_head(quote: str) -> str:
    """The noun that the last "of" or "for" hangs on ("Programme" in "the Cabinet's
    Programme of Activities"), else the last word."""
    parts = _OF_FOR.split(quote)
    words = _WORD.findall(parts[-2] if len(parts) > 1 else quote)
    return words[-1].lower() if words else ""


def _span(text: str, match: ActorMatch) -> Span:
    return Span(match.start, match.end, text[match.start : match.end])


# A government's office holder, by title and name, saying or announcing: "Environment
# Minister Jo Tremblay says", "Prime Minister A. Rao on Friday said", "Governor Lee Park
# announced". ("Minster" is a common slip for "Minister".)
_OFFICE_HOLDER = re.compile(
    r"\b(?:[A-Z][a-z]+[ \t]+){0,2}"
    r"(?:Mini?ster|Governor|Premier|President|Chancellor|Mayor|Secretary)"
    r"(?:[ \t]+[A-Z][\w.'’-]*){1,3}"
    r"(?=[^.;!?\n]{0,40}?\b(?:said|says|announced|announces|pledged|pledges|promised|"
    r"promises|unveiled|unveils|declared|declares|stated|confirmed|confirms)\b)"
)


def office_decider(
    text: str, spans: list[tuple[int, int]], countries: list[ActorEntry]
) -> tuple[ActorEntry, Span] | None:
    """Rule `actor.office_holder`: the decider of a page that names no body the tables
    know as deciding, read from the office holder who speaks for a government ("the
    Environment Minister says the sale will be banned"): that government when the page
    names one country only ("Canadian companies", "across India"), else the office holder
    as written, found by the pipeline ("Governor Lee Park")."""
    for start, end in spans:
        found = _OFFICE_HOLDER.search(text, start, end)
        if found is None:
            continue
        evidence = Span(found.start(), found.end(), found.group())
        if len({c.name for c in countries}) == 1:
            return countries[0], evidence
        return ActorEntry(found.group(), ORGANISATION, found_by_pipeline=True), evidence
    return None
