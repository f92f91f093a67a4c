"""A named doer: "Kivu Mobile will install links", "OHB will ship the satellite".

A subject that the tables do not know is an owner only when the cue is one that a body
says of itself ("plans to", "pledged to"). But a future cue whose subject is a proper
name and whose verb takes a direct object is a body's planned work, whatever the verb:
"Perinus will buy catches", "State miner PT Nusantara Logam will build two refineries".
A name is several capitalised words, an acronym, or one word the text capitalises in the
middle of a sentence too (so "Prices will top records" names nothing). A verb with no
object ("will arrive in May") or a verb that forecasts ("will face") stays no promise:
`extract_actions` still reads the verb lists.

The same holds for a subject whose head names people or bodies that do work by their
trade or office ("the contractor will…", "Water user associations will…", "Staff will
return with a draft"): the tables' organisation heads cover the bodies that rule and
fund; these are the ones that deliver.
"""

from __future__ import annotations

import re

from initiatives.pipeline.action_verbs import NON_COMMITMENT_VERBS, base_form
from initiatives.pipeline.extract_owners import Owner, OwnerContext
from initiatives.pipeline.gazetteer import ORGANISATION, ActorEntry
from initiatives.pipeline.types import Span

RULE = "action.named_doer"
# The future cues a name's planned work follows, and the cues of a name's own intent (which
# make it a body: `extract_owners` reads only the names its tables know).
# A reported "would" ("Khumalo said Infrastructure South Africa would package…") is the
# same promise told by someone else: `extract_actions` reads "would" only when reported.
_FUTURE_CUE = re.compile(
    r"(?:will|shall|would)(?:\s+(?:also|now|then|still|first|jointly))*|(?:is|are)\s+(?:set|due|to)"
    r"|(?:is|are)\s+(?:set|due)\s+to|(?:is|are)\s+to"
    # What a name says of itself: "the American Trucking Association promised to offer…"
    r"|(?:(?:has|have)\s+(?:now\s+|also\s+)?)?(?:promise[sd]?|pledge[sd]?|commit(?:s|ted)?|"
    r"vow(?:s|ed)?|undert(?:akes|ook|aken)|plans?|intends?|committing|pledging|promising|vowing)\s+to"
    # "the Boatbuilders Federation signed a pledge to hire…": the same, as a noun
    r"|(?:(?:has|have)\s+(?:now\s+|also\s+)?)?"
    r"(?:gave|given|give|gives|made|makes?|signed|signs?|renewed|renews?|reaffirmed|reaffirms?)\s+"
    r"(?:their|its|a|the)\s+(?:\w+\s+)?(?:commitment|pledge|undertaking|promise)\s+to",
    re.IGNORECASE,
)
# What no direct object starts with: a preposition, an adverb of time, a clause.
_NO_DIRECT_OBJECT = re.compile(
    r"\s*(?:[,.;:)–—]|$|(?:in|on|at|to|for|from|with|by|as|into|after|before|until|over|"
    r"under|through|than|and|or|but|if|when|once|soon|later|next|this|that|there|again|"
    r"here|well|be|been|not|never|ahead|back|away|up(?!\s+to\s+\d)|down|out|off|about|around|across|"
    r"between|along|against|during|within|without|toward|towards)\b)",
    re.IGNORECASE,
)
# The words a company's name may hold in lower case: "Banco do Brasil", "Bank of Japan".
_NAME_LINKS = frozenset({"of", "for", "do", "de", "du", "da", "la", "le", "der", "von", "and", "&"})
_TOKEN = re.compile(r"[A-Za-z0-9][\w&.’'-]*|&|\([^)]*\)")
# A wire story's dateline before its first subject: "SANTIAGO (Wire) - ".
DATELINE = re.compile(r"[A-Z][A-Z .,'-]{1,40}\s*(?:\([^)]{1,40}\))?\s*[-–—]\s+")
_LEAD = re.compile(r"\A(?:(?:In\s+addition|Meanwhile|Also|Separately|Under\s+the\s+\w+),\s+)")
MAX_NAME_WORDS = 6
NAME_REACH = 5000  # characters either side read for the other uses of a one-word name
MAX_DESCRIPTOR_WORDS = 4  # "state miner", "the Ukrainian company", "electric bus maker"
# Heads of subjects that name doers by their trade or office.
DOER_HEADS = frozenset(
    {
        "association", "associations", "cooperative", "cooperatives", "co-operative",
        "co-operatives", "laboratory", "laboratories", "lab", "labs", "contractor",
        "contractors", "shipbuilder", "shipbuilders", "builder", "builders", "charity",
        "charities", "utility", "college", "colleges", "academy", "academies", "insurer",
        "lender", "staff", "teachers", "nurses", "doctors", "officials", "officers",
        "inspectors", "engineers", "volunteers", "researchers", "scientists", "partner",
        "consortium", "joint venture", "venture", "venues", "clinics", "libraries",
        "offices", "branches", "teams",
        # the social partners and business bodies that sign a programme with a government:
        # "the employers' confederation pledged to train…", "the chamber of commerce will…"
        "federation", "federations", "confederation", "confederations", "chamber", "chambers",
    }
)  # fmt: skip
# Doers who act for the text's own body: "Staff will return with a draft ordinance".
_OWN_STAFF = frozenset({"staff", "officials", "officers"})
# A subject that holds a clause break, a dateline or a note in brackets is no one name
# ("The Ministry of Industry, Science and Innovation", "MOSCOW (Sputnik, 11 May) Indonesia");
# an acronym in brackets after the name is part of it. A model or product ("OSW-1",
# "Sentinel-6") does no work of its own.
_NOT_A_NAME = re.compile(r",(?!\d)|\n|\([^)]*\)\s*\S|\b[A-Za-z]+-?\d+\b(?!\s*(?:%|per))")
# "According to the Resident Representative, …": a clause that is no subject.
_PREPOSITION = re.compile(
    r"(?:according|in|under|for|with|from|at|on|by|after|before|since|as|during|through)\b",
    re.IGNORECASE,
)
# Heading a body named by its name is an office: "will lead the Ministry of Finance",
# "will chair the Council"; "will lead the talks" is work.
OFFICE_VERBS = frozenset({"lead", "chair", "head", "run", "take over"})
NAMED_OBJECT = re.compile(r"\s*(?:the\s+)?[A-Z]")
# Work a body goes on with: "will continue to carry out its own assessment", "would keep
# on funding the clinics". The verb after it, with its object, is the work.
GOING_ON = frozenset({"continue", "keep"})
_GOING_ON_WORK = re.compile(r"\s+(?:to|on)\s+(?P<verb>[a-z]+)\b(?:\s+(?:up|out|off)\b)?")
# Verbs of work whose object follows a preposition: "Staff will return with a draft",
# "The foundation will invest in 12 clinics", "The institute will report to Parliament".
PREPOSITIONAL_WORK = frozenset(
    {
        "return", "report", "consult", "invest", "apply", "partner", "engage", "contribute",
        "respond", "work", "liaise", "collaborate", "cooperate", "co-operate", "advise", "bid", "negotiate", "embark",
    }
)  # fmt: skip
_WORK_PREPOSITION = re.compile(
    r"\s+(?:with|to|on|in|for|into)\s+(?:an?|the|its|their|our|\d|[A-Z])"
)
# Verbs of an outcome, not of work, when a subject's name is all that vouches for it:
# "The project will reach 320,000 children", "will make the city one of the first…".
OUTCOME_VERBS = frozenset(
    {"reach", "fill", "transform", "turn", "revolutionise", "revolutionize", "exceed", "surpass"}
)
# Pronouns (whose owner `extract_owners` reads) and relative words: no name.
_NOT_NAMES = frozenset(
    {"which", "who", "that", "it", "they", "this", "these", "those", "we", "i", "you", "he",
     "she", "us", "each", "every", "all", "both", "some", "many", "most"}
)  # fmt: skip
# What a document, a budget or a law does is its content or its author's work, never a
# body's: "The NSW Government's 2026-27 Budget will fund…".
DOCUMENT_HEADS = frozenset(
    {
        "budget", "budgets", "plan", "plans", "strategy", "act", "bill", "law", "regulation",
        "regulations", "directive", "decree", "order", "rule", "rules", "report", "roadmap",
        "framework", "agreement", "deal", "memorandum", "treaty", "policy", "statement",
        "declaration", "communique", "communiqué", "guidance", "guidelines", "code",
        "standard", "standards", "review", "consultation", "proposal", "package",
        "legislation", "reform", "reforms", "announcement", "decision", "resolution",
        "programme", "program", "activities", "agenda", "priorities", "scheme",
    }
)  # fmt: skip
# A possessor before a capitalised name: the name is the body's ("Korea's Economic
# Development Cooperation Fund", "the city's Housing Trust"); the possessor only places it.
_POSSESSOR = re.compile(r"[^,()]*?[\w.][’']s\s+(?=[A-Z])")
_ARTICLE = re.compile(r"\A(?:the|our|its|their|a|an)\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;]\s+|\n\s*|[-•*]\s+)\Z")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word.startswith("(")


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.replace("&", "").replace("-", "").isupper()


def _name_tail(words: list[str]) -> int | None:
    """Where the capitalised name at the end of `words` starts, or None."""
    start = len(words)
    while start > 0 and (
        _capitalised(words[start - 1])
        or (words[start - 1] in _NAME_LINKS and start < len(words) and start - 1 > 0)
    ):
        start -= 1
    while start < len(words) and words[start] in _NAME_LINKS:
        start += 1
    if start == len(words):
        return None
    named = [w for w in words[start:] if not w.startswith("(") and w not in ("The", "A", "An")]
    if len(named) > MAX_NAME_WORDS or start > MAX_DESCRIPTOR_WORDS:
        return None
    return start


def _named(text: str, word: str, at: int) -> bool:
    """One capitalised word is a name if it is an acronym, has a capital or digit inside,
    stands in mid-sentence here, or does so elsewhere in the text."""
    if _is_acronym(word) or any(c.isupper() or c.isdigit() for c in word[1:]):
        return True
    # Read near the name only, so that extraction stays linear in the text's size.
    low, high = max(0, at - NAME_REACH), min(len(text), at + NAME_REACH)
    # An address ("press@acme.example", "www.acme.com") writes a name in lower case too.
    lower = re.compile(rf"(?<![@./\w-]){re.escape(word.lower())}\b(?![@.]\w)")
    if lower.search(text, low, high):
        return False  # "Aid will take the form of grants" beside "award the aid": a noun
    if not _SENTENCE_START.search(text, max(0, at - 3), at):
        return True
    pattern = re.compile(rf"[a-z,]\s+{re.escape(word)}\b")
    return pattern.search(text, low, high) is not None


def named_doer(
    text: str,
    subject: Span,
    cue: str,
    verb: str,
    verb_end: int,
    end: int,
    context: OwnerContext,
) -> Owner | None:
    """The owner a future promise's subject names when the tables know no such body:
    `verb` (its base form) ends at `verb_end`, its object at `end`."""
    if not subject.quote or not _FUTURE_CUE.fullmatch(cue.strip()) or verb in OUTCOME_VERBS:
        return None
    if not takes_object(text, verb, verb_end, end):
        return None
    if verb in OFFICE_VERBS and NAMED_OBJECT.match(text, verb_end, end):
        return None  # "The Harbour Party will lead the Ministry of Transport": an office
    return named_body(text, subject, context)


def takes_object(text: str, verb: str, verb_end: int, end: int) -> bool:
    """Whether a verb (its base form, ending at `verb_end`) does work to an object before
    `end`: a direct object, or one after the preposition its work takes ("will invest in
    12 clinics"), or the work a body goes on with ("will continue to inspect berths")."""
    if end - verb_end < 3:
        return False
    if verb in GOING_ON and (going := _GOING_ON_WORK.match(text, verb_end, end)):
        # "The TGA will continue to carry out its own checks"; "will continue to be" is none
        if base_form(going.group("verb").lower()) in NON_COMMITMENT_VERBS:
            return False
        verb_end = going.end()
    return not (
        _NO_DIRECT_OBJECT.match(text, verb_end, end)
        and not (verb in PREPOSITIONAL_WORK and _WORK_PREPOSITION.match(text, verb_end, end))
    )


def named_body(text: str, subject: Span, context: OwnerContext) -> Owner | None:
    """The body a subject names by a name the tables do not know ("Kivu Mobile", "State
    miner PT Nusantara Logam", "the Africa CDC"), or by its trade ("the contractor")."""
    quote = subject.quote
    lead = _LEAD.match(quote) or DATELINE.match(quote)
    offset = lead.end() if lead else 0
    body = quote[offset:].strip(" ,")
    ends = [m.end() for m in _SENTENCE_END.finditer(body)]
    if ends:  # "… a $3,950,000 grant. The cooperative": a sentence left joined
        body = body[ends[-1] :]
    if not body:
        return None
    if (owned := _POSSESSOR.match(body)) is not None:
        body = body[owned.end() :]  # "The Republic of Korea's Economic Development Fund"
    start = subject.start + quote.find(body, offset)
    words = [m for m in _TOKEN.finditer(body)]
    if not words or len(words) > MAX_NAME_WORDS + MAX_DESCRIPTOR_WORDS:
        return None
    tokens = [m.group() for m in words]
    if _NOT_A_NAME.search(body) or _PREPOSITION.match(body):
        return None
    if any(t.lower().strip("'‘’\"“") in _NOT_NAMES for t in tokens):
        return None
    bare = _ARTICLE.sub("", body)
    head = tokens[-1].lower().strip("()")
    if tokens[-1].startswith("(") and len(tokens) > 1:
        head = tokens[-2].lower()  # "the Farm Service Agency (FSA)"
    of_head = re.split(r"\s+of\s+(?=[a-z])", body, maxsplit=1)
    if len(of_head) > 1 and of_head[0].split() and of_head[0].split()[-1].islower():
        # "the chamber of commerce" is a chamber; "the joint venture of Balfour Beatty and
        # Atkins" is read by its names (`_name_tail`), as before
        head = of_head[0].split()[-1]
    if head in DOER_HEADS or " ".join(t.lower() for t in tokens[-2:]) in DOER_HEADS:
        if head in _OWN_STAFF and len(tokens) <= 2 and (context.main or context.publisher):
            owner_body = context.main or context.publisher
            assert owner_body is not None
            return Owner(owner_body, Span(start, start + len(body), body))
        name = re.sub(r"\s*\([^)]*\)\Z", "", bare)
        name = name[:1].upper() + name[1:]
        return Owner(ActorEntry(name, ORGANISATION, found_by_pipeline=True), subject)
    before_of = re.split(r"\s+of\s+", bare, maxsplit=1)[0].split()
    if head in DOCUMENT_HEADS or (before_of and before_of[-1].lower() in DOCUMENT_HEADS):
        return None  # "The Cabinet's Programme of Activities will set the priorities"
    tail = _name_tail(tokens)
    if tail is None:
        return None
    if tokens[tail] in ("The", "A", "An", "Our", "Its", "Their"):
        tail += 1  # "The Terai Irrigation Project": the name after its article
    name_tokens = [t for t in tokens[tail:] if not t.startswith("(")]
    if not name_tokens:
        return None
    first = words[tail]
    if len(name_tokens) == 1 and not _named(text, name_tokens[0], start + first.start()):
        return None
    name_start = start + first.start()
    name_end = start + words[-1].end()
    name = text[name_start:name_end]
    name = re.sub(r"\s*\([^)]*\)\s*\Z", "", name).strip()
    if not name:
        return None
    return Owner(
        ActorEntry(name, ORGANISATION, found_by_pipeline=True),
        Span(name_start, name_end, text[name_start:name_end]),
    )
