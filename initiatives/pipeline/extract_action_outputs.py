"""What a sum will buy, and the dated aim a piece of work is done with.

A funding line often promises its output rather than the spending: "£600m to build 90
schools by 2029", "The funding will deliver 400 labs", "…, creating 1,500 homes by 2028",
"with a target of 200,000 homes by 2030", "with the aim of reaching every town by 2030"
(`action.output_target`). An output is a promise when it is counted or dated; an aim only
when dated. A sum given in the past ("which provided £40m to build…") or an output dated
before the text gives nothing. The work is the text's body's.

`extract_action_listed` calls `outputs` for each sentence; the object, deadline and quote
are read as for any promise (`extract_actions.build_action`).
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.action_cues import NOT_VERBS, VERB_BASE
from initiatives.pipeline.action_verbs import (
    NON_COMMITMENT_VERBS,
    SECOND_PROMISE_VERBS,
    TASK_VERBS,
    TRANSITIVE_COMMITMENTS,
    base_form,
)
from initiatives.pipeline.extract_actions import FoundAction, build_action, object_end
from initiatives.pipeline.extract_owners import Owner, OwnerContext
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.money import MONEY
from initiatives.pipeline.types import Span

KNOWN_VERBS = frozenset(VERB_BASE) | SECOND_PROMISE_VERBS | TASK_VERBS | TRANSITIVE_COMMITMENTS
_KNOWN_VERBS = KNOWN_VERBS
STEM = 5  # letters that stand for a word: "reforming" is "reform" in "reform practices"
_COUNTED = re.compile(r"\b\d[\d,.]*\b(?!\s*(?:%|per\s?cent))")
# A sum and the output it buys: "£500m to build 2,000 homes", "$2bn …, creating 10,000
# places", "The funding will deliver 30 new clinics".
_SUM_TO = re.compile(
    rf"{MONEY}\s+(?:(?!(?:is|are|was|were|will|has|have|had)\b)[\w'’$£€.,-]+\s+){{0,8}}?"
    r"(?:to|towards)\s+(?P<verb>[a-z]+)\b(?:\s+(?P<particle>up|out)\b)?"
)
_CREATING = re.compile(
    r",\s+(?:which\s+will\s+|that\s+will\s+|to\s+)?(?P<verb>creating|delivering|providing|"
    r"building|training|adding|generating|supporting|funding|opening|installing|hiring|"
    r"create|deliver|provide|build|train|add|generate|support|fund|open|install|hire)\s+"
    r"(?=(?:up\s+to\s+|at\s+least\s+|more\s+than\s+|around\s+|about\s+|some\s+|over\s+)?"
    r"(?:\d|a\s+(?:further|new|total)\s+\d))"
)
_FUNDS_WILL = re.compile(
    r"\b(?:the|this|that|its|their|our|an?)\s+(?:[\w£$€.,'’-]+\s+){0,5}?"
    r"(?:funding|money|investment|funds?|grants?|allocation|budget|package|programme|program|"
    r"scheme|initiative|plan|strategy|project)\s+(?:will|is\s+(?:expected|set|due)\s+to|"
    r"would|aims\s+to|should)\s+(?:also\s+|now\s+|help\s+(?:to\s+)?)?(?P<verb>[a-z]+)\s+"
    r"(?=(?:up\s+to\s+|at\s+least\s+|more\s+than\s+|around\s+|about\s+|some\s+|over\s+|an?\s+"
    r"(?:further|extra|additional)\s+)?\d)",
    re.IGNORECASE,
)
# "with the aim of reaching…", "with a target of 200,000 homes…": a dated aim of the work.
_AIM_OF = re.compile(
    r"\b(?:the|an?|its|their|our)\s+(?:[a-z-]+\s+)?(?:aim|goal|objective|ambition|intention)\s+"
    r"of\s+(?P<verb>[a-z]{3,}ing)\b|\b(?:with|under)\s+(?:the|an?|its|their)\s+(?:[a-z-]+\s+)?"
    r"(?P<noun>target|benchmark|goal)\s+of\s+"
)
_AIM_WORD = re.compile(r"\b(?:aim|goal|objective|ambition|intention|target|benchmark)\s+of\b")
_CREATING_WORDS = frozenset(
    {"creating", "delivering", "providing", "building", "training", "adding", "generating",
     "supporting", "funding", "opening", "installing", "hiring"}
)  # fmt: skip
# Plain words one of which every shape of output holds (a sum, funding, an aim).
_OUTPUT_KEYS = ("£", "$", "€", "¥", "₩", "₹", "rs", "inr", "crore", "lakh", "billion", "million",
                "fund", "money", "invest", "grant", "allocation", "budget", "aim of", "target of",
                "goal of", "benchmark of", "objective of", "ambition of", "intention of")  # fmt: skip
# A sum given in the past: "provided £40m", "spent $2bn".
_GAVE = re.compile(r"\b(?:[a-z]{3,}ed|spent|gave|paid|put|made|set\s+aside|lent)\s+(?:\w+\s+)?$")
GAVE_REACH = 40
_MONEY_SIGN = re.compile(rf"{MONEY}|\b(?:funding|money|investment|funds)\b", re.IGNORECASE)
_PAST_SENTENCE = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|so\s+far|to\s+date|last\s+year|"
    r"(?:has|have)\s+[a-z]{3,}ed)\b",
    re.IGNORECASE,
)


def outputs(
    text: str,
    segment: Segment,
    anchor: dt.date,
    context: OwnerContext,
    previous: Owner | None,
    *,
    held: list[FoundAction],
) -> list[FoundAction]:
    """What a sum will buy: "£500m to build 2,000 homes by 2028", "The funding will deliver
    30 clinics", "…, creating 10,000 places by 2027"; in a sentence that gave an action
    already, only the output after a comma."""
    start, end = segment.start, segment.end
    low = text[start:end].lower()
    if not any(key in low for key in _OUTPUT_KEYS):
        return []  # the common case, decided by a few substring tests
    aims = _AIM_WORD.search(text, start, end) is not None
    if (_MONEY_SIGN.search(text, start, end) is None and not aims) or _PAST_SENTENCE.search(
        text, start, end
    ):
        return []
    body = context.body_at(start) or context.first_owner
    if body is None:
        return []
    owner = Owner(body, span(text, start, end))
    shapes: list[tuple[str, int]] = []
    for match in _CREATING.finditer(text, start, end):
        shapes.append((match.group("verb"), match.end()))
    for match in _AIM_OF.finditer(text, start, end):
        # "with the aim of reaching X by 2030", "with a target of 200,000 homes by 2030"
        noun = match.group("noun")
        shapes.append((f"reach the {noun.lower()} of" if noun else match.group("verb"),
                       match.end()))  # fmt: skip
    held_already = bool(held)
    if not held_already:
        for match in _SUM_TO.finditer(text, start, end):
            if _GAVE.search(text, max(start, match.start() - GAVE_REACH), match.start()):
                continue  # "which provided £40m to build 300 homes": what was given
            word = match.group("verb")
            if word in NOT_VERBS or word in NON_COMMITMENT_VERBS:
                continue
            particle = match.group("particle")
            shapes.append((f"{word} {particle}" if particle else word, match.end()))
        for match in _FUNDS_WILL.finditer(text, start, end):
            shapes.append((match.group("verb"), match.end("verb")))
    if not shapes:
        return []
    windows = dates.find_due_windows(text, reference=anchor, start=start, end=end)
    held_words = [i.action.description for i in held]
    out: list[FoundAction] = []
    for word, at in shapes:
        lemma = base_form(word) if word.endswith("ing") else word
        lemma = lemma if lemma in _KNOWN_VERBS or not word.endswith("ing") else word
        if lemma in NOT_VERBS or lemma in NON_COMMITMENT_VERBS:
            continue
        aim = lemma.startswith("reach the") or (
            word.endswith("ing") and word not in _CREATING_WORDS
        )
        if aim and held_already and any(lemma.split()[-1][:STEM] in h.lower() for h in held_words):
            continue  # "expanding X with the aim of reaching Y by 2030" was read whole
        stop = object_end(text, at, end)
        dated = any(w.span and at <= w.span.start < stop for w in windows)
        if not dated and (lemma.startswith("reach") or not _COUNTED.search(text, at, stop)):
            continue  # "£5m to support families": the sum's purpose; an undated aim
        out += build_action(
            text, segment, Span(start, start, ""), owner, lemma, False, at, stop, windows,
            None, anchor, "action.output_target", context, whole=True,
        )  # fmt: skip
    # "to build 300 homes in 2019": an output whose year is over was a result
    return [i for i in out if not (i.action.due and i.action.due.latest and
                                   i.action.due.latest < anchor)]  # fmt: skip
