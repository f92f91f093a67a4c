"""Promises told by what people will get, not by what a body will do.

Fact sheets and wire summaries often give a measure from the side of those it helps:
"French homeowners will get personalised support", "People who drive for work will be
eligible for a subsidy", "Patients without a GP will have access to one by December"
(`action.beneficiary`); or state that a thing will exist: "There will also be new
community hubs", "There will be an increase in child payments" (`action.there_will_be`);
or list what a package holds in the present tense: "The package includes $5.1b in wage
subsidies, $2.8b in tax changes and $600m for airlines", "The package includes giving
every family $60 a week" (`action.package_item`). Each is the work of the body whose
text it is.

This module only finds the shapes: where the promise's verb ends, and the verb and words
its description starts with. `extract_action_lines` reads them in sentences that gave
no action, with the object, deadline and quote read as for any other promise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from initiatives.pipeline.action_cues import VERB_BASE
from initiatives.pipeline.action_verbs import SECOND_PROMISE_VERBS, base_form
from initiatives.pipeline.extract_actions import cue_subject
from initiatives.pipeline.gazetteer import find_actors
from initiatives.pipeline.money import MONEY

# "will get", "will be eligible for", "will have access to": the people helped, then the
# help. "will see" is left out: "drivers will see prices rise" is a forecast.
BENEFICIARY_RE = re.compile(
    r"\bwill\s+(?:also\s+|now\s+|soon\s+|then\s+|still\s+)?(?P<verb>get|receive|"
    r"be\s+(?:eligible|entitled)\s+(?:for|to)|qualify\s+for|be\s+offered|be\s+given|"
    r"have\s+(?=(?:free\s+|faster\s+|easier\s+|better\s+|guaranteed\s+)?access\b))\s*"
)
# Who gets it: people, never a body (a body that will receive money is funded, read by
# `extract_actions`), a pronoun, a sum or a thing.
_NOT_PEOPLE = re.compile(
    r"(?:it|this|that|these|those|they|we|i|you|he|she|there)\Z|.*[£€$¥₩\d]|"
    r".*\b(?:government|ministry|department|agency|council|commission|authority|"
    r"fund|scheme|programme|program|project|plan|package|bill|law|company|companies|"
    r"bank|banks|firm|firms|sector|industry|state|states|country|countries)\Z",
    re.IGNORECASE | re.DOTALL,
)
MAX_BENEFICIARY_WORDS = 14
# "There will also be new integrated hubs", "There will be an increase in payments".
THERE_WILL_BE_RE = re.compile(
    r"\b[Tt]here\s+will\s+(?:also\s+|now\s+|then\s+)?be\s+(?:(?P<change>an?\s+(?:(?:\w+\s+)?"
    r"(?P<noun>increase|rise|cut|reduction|expansion|extension|review|overhaul|freeze|"
    r"boost|doubling)))\s+(?:in|of|to|on)\b|(?P<new>(?:an?\s+)?(?:new|additional|extra|"
    r"further\s+(?:funding|support|investment|measures)))\b)"
)
_CHANGE_VERBS = {
    "increase": "increase", "rise": "raise", "cut": "cut", "reduction": "reduce",
    "expansion": "expand", "extension": "extend", "review": "review",
    "overhaul": "overhaul", "freeze": "freeze", "boost": "boost", "doubling": "double",
}  # fmt: skip
# "The package includes $5.1b in wage subsidies…", "The Package includes giving…".
PACKAGE_INCLUDES_RE = re.compile(
    r"\b(?P<what>(?:[Pp]ackage|[Bb]udget|[Pp]lan|[Mm]easures|[Pp]rogramme|[Pp]rogram|"
    # "The approval includes ₹1,000 crore to support…", "This also includes setting up…"
    r"[Ss]cheme|[Ss]trategy|[Rr]eforms?|[Aa]pproval|[Dd]ecision|[Oo]utlay|[Aa]llocation|"
    r"(?:This|It)(?=\s+also\b)))\s+(?:also\s+)?(?:includes|include|"
    r"comprises|contains)\s+(?:(?P<gerund>[a-z]{3,}ing)\b|(?=(?:an?\s+|a\s+further\s+|"
    rf"another\s+)?{MONEY}))"
)
# Words in "-ing" that a package includes as nouns.
NOUN_GERUNDS = frozenset(
    {"funding", "spending", "financing", "housing", "planning", "lending", "borrowing",
     "pricing", "savings", "earnings"}
)  # fmt: skip
_SUM = re.compile(rf"(?:(?:an?\s+(?:additional|extra|further)\s+|another\s+)?{MONEY})")
_JOINT = re.compile(r"[\s,;]*(?:(?:and|plus|as\s+well\s+as)\s+)?$")

# The keys without which each shape cannot match (tested before its regex).
KEYS: dict[re.Pattern[str], tuple[str, ...]] = {
    BENEFICIARY_RE: ("will",),
    THERE_WILL_BE_RE: ("here will",),
    PACKAGE_INCLUDES_RE: ("include", "comprise", "contain"),
}


@dataclass(frozen=True)
class Shape:
    """A promise found by its shape: the rule's name, the words its description starts
    with ("give French homeowners"), and where its object starts (and may end)."""

    rule: str
    lemma: str
    start: int
    end: int | None = None


def beneficiaries(text: str, start: int, end: int, match: re.Match[str]) -> Shape | None:
    """ "Homeowners will get personalised support": give homeowners personalised support."""
    subject = cue_subject(text, start, match.start())
    who = subject.quote.strip(" ,“”\"'")
    if not who or len(who.split()) > MAX_BENEFICIARY_WORDS or _NOT_PEOPLE.match(who):
        return None
    named = find_actors(text, subject.start, subject.end)[:1]
    if not (named and named[0].start <= subject.start + len("The ")):
        who = who[0].lower() + who[1:]  # "Small farmers", not "French homeowners"
    return Shape("action.beneficiary", f"give {who}", match.end())


def there_will_be(match: re.Match[str]) -> Shape:
    """ "There will be an increase in payments": increase payments; "There will also be
    new hubs": introduce new hubs."""
    if match.group("change"):
        return Shape("action.there_will_be", _CHANGE_VERBS[match.group("noun")], match.end())
    return Shape("action.there_will_be", "introduce", match.start("new"))


def package_items(text: str, match: re.Match[str], end: int) -> list[Shape]:
    """ "includes giving parents $60 a week" is one promise; "includes $5.1b in wage
    subsidies, $2.8b in tax changes and $600m for airlines" is one per sum."""
    gerund = match.group("gerund")
    if gerund in NOUN_GERUNDS:
        return []  # "includes funding for 200 nurses": a noun, not work
    if gerund:
        lemma = base_form(gerund)
        if lemma not in SECOND_PROMISE_VERBS and lemma not in VERB_BASE:
            return []
        return [Shape("action.package_item", lemma, match.end())]
    sums = list(_SUM.finditer(text, match.end(), end))
    shapes = []
    for this, after in zip(sums, [*sums[1:], None], strict=True):
        stop = None
        if after is not None:  # "$2.8b in tax changes, and $600m…": up to the comma
            joint = _JOINT.search(text, this.end(), after.start())
            stop = joint.start() if joint else after.start()
        shapes.append(Shape("action.package_item", "provide", this.start(), stop))
    return shapes
