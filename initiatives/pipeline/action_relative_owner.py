"""Whose work a relative clause promises: "the Harbour Kitchens scheme, which will serve
hot lunches to 9,000 pupils", "the Coastal Lending Bank (CLB), which will lend to
fishers".

`extract_action_clauses` reads a relative clause's subject as the noun before "which",
"that" or "who", and `extract_owners` names the body when its tables know it. Two more
antecedents own the clause's work, by their structure rather than by any word of the
text around them:
- a programme, scheme or fund (`action_cues.INSTRUMENT_RE`), or a named thing with a
  short form whose head is no body's: its work is the body's that runs it, as when the
  scheme is a sentence's own subject (`extract_actions.instrument_author`);
- a body the text introduces by name with its own short form in brackets ("the Coastal
  Lending Bank (CLB)", "a financial intermediary fund (FIF)"), or by a short form the text
  defined so ("CLB, which will…"), when its head is a body's ("bank", "agency", "fund");
  a named thing of another head ("the Youth Skills Pathway (YSP)") is a programme, whose
  work is its runner's.
Any other noun ("on Friday, which will delay the harvest", "the reform, which will cut
waits") stays no owner: a day, an event or an effect does no work. The verb must do work
to an object ("will open in May" is a start, read elsewhere), and an effect verb ("will
help", "will ensure") is a hope, not work.
"""

from __future__ import annotations

import re

from initiatives.pipeline.action_made_instrument import HEADS
from initiatives.pipeline.action_named_doer import OUTCOME_VERBS, takes_object
from initiatives.pipeline.action_verbs import NON_COMMITMENT_VERBS, TRANSITIVE_COMMITMENTS
from initiatives.pipeline.extract_owners import Owner
from initiatives.pipeline.gazetteer import ORGANISATION, ActorEntry
from initiatives.pipeline.types import Span

# "the Coastal Lending Bank (CLB)", "a financial intermediary fund (FIF)": a noun phrase
# and its short form in brackets, at the end of the antecedent.
_WITH_SHORT = re.compile(
    r"(?:(?:the|a|an|its|their|our|this|new)\s+)*(?P<name>[\w&'’-]+(?:\s+[\w&'’-]+){0,5}?)"
    r"\s+\((?P<short>[A-Z][A-Za-z&-]{1,7})\)",
    re.IGNORECASE,
)
# Heads of bodies that do their own work: the made bodies' heads, and a fund or facility
# the text names with a short form of its own (`extract_actions._named_before`).
BODY_HEADS = HEADS | {"fund", "facility", "bank", "trust", "banco", "banque", "instituto", "fondo"}
# Before a name's own link the head may come first ("Bank of Ghana", "Banco … de Fomento").
_LINK = re.compile(r"\s+(?:of|for|de|du|do|da|des|del|pour)\s+", re.IGNORECASE)
# A short form alone: "CLB", "NAFIN".
_SHORT = re.compile(r"[A-Z][A-Z&-]{1,7}")
# Verbs of an effect hoped for or of a size, not of work: "which will ensure growth",
# "will help firms", "which will mobilise €1.5 billion".
EFFECT_VERBS = frozenset(
    {"help", "ensure", "enable", "allow", "reduce", "improve", "increase", "strengthen",
     "boost", "enhance", "promote", "foster", "encourage", "benefit", "make", "give",
     "bring", "create", "generate", "have", "cost", "attract", "save", "cut",
     # a size: "which will mobilise €1.5 billion" says how big the programme is
     "mobilise", "mobilize", "leverage", "unlock"}
)  # fmt: skip


# Where a relative clause inside a sentence ends: the main clause's own verb after it ("the
# programme, which will build two harbours, will be completed by 2028") or the next item
# of the list it sits in ("…, which will place 400 graduates, and the Roof Repair scheme").
_RELATIVE_END = re.compile(
    r",\s+(?:(?P<main>will|would|shall|is|are|was|were|has|have|had|must|can|could)\b"
    r"|and\s+(?:the|a|an|its|their)\b)"
)
# A name cut at its "and" ("the National Apprenticeship and Skills Pathway (NASP)"): the
# antecedent, read back to "and", holds only the name's last part.
_NAME_AND = re.compile(r"[A-Z][\w'’-]*\s+(?:and|&)\s+\Z")
NAME_AND_REACH = 40


def relative_end(text: str, verb_end: int, end: int) -> int | None:
    """Where the predicate of a relative clause from `verb_end` ends, at most `end`; None
    when the relative clause sits inside the main clause's subject ("the programme, which
    will build two harbours, will be completed by 2028"): it describes what the main
    clause's promise is about, and that promise is the main clause's."""
    found = _RELATIVE_END.search(text, verb_end, end)
    if found is None:
        return end
    return None if found.group("main") else found.start()


def cut_name(text: str, antecedent: Span) -> bool:
    """Whether the antecedent is the tail of a name that runs on before its "and"."""
    low = max(0, antecedent.start - NAME_AND_REACH)
    return _NAME_AND.search(text[low : antecedent.start]) is not None


def does_work(text: str, head: str, verb_end: int, end: int) -> bool:
    """Whether a verb (its base form, ending at `verb_end`) is work done to an object."""
    if head in EFFECT_VERBS or head in OUTCOME_VERBS:
        return False
    if head in NON_COMMITMENT_VERBS and head not in TRANSITIVE_COMMITMENTS:
        return False
    return takes_object(text, head, verb_end, end)


def _body_named(name: str) -> bool:
    """Whether a name's head is a body's: its last word, or around its first link the
    first word or the word before the link ("Bank of Ghana", "Fund for Rural Roads")."""
    words = name.lower().split()
    before = _LINK.split(name, maxsplit=1)[0].lower().split()
    return bool({words[-1], words[0], before[-1]} & BODY_HEADS)


def named_programme(antecedent: Span) -> bool:
    """Whether the antecedent is a named thing with a short form whose head is no body's
    ("the Youth Skills Pathway (YSP)"): a programme."""
    full = _WITH_SHORT.fullmatch(antecedent.quote.strip())
    if full is None or _body_named(full.group("name")):
        return False
    return full.group("name")[:1].isupper()


def short_named(text: str, antecedent: Span) -> Owner | None:
    """The body an antecedent names with its own short form in brackets, or by a short
    form the text defined so; None for any other noun."""
    quote = antecedent.quote.strip()
    full = _WITH_SHORT.fullmatch(quote)
    if full is not None and _body_named(full.group("name")):
        name = full.group("name")
        name = name[:1].upper() + name[1:]
        return Owner(ActorEntry(name, ORGANISATION, found_by_pipeline=True), antecedent)
    if _SHORT.fullmatch(quote) and f"({quote})" in text[: antecedent.start]:
        return Owner(ActorEntry(quote, ORGANISATION, found_by_pipeline=True), antecedent)
    return None
