"""The work of a body the decision makes: "Ottawa will create a trade hub … the hub will
provide single-window support", "Cabinet approved setting up a new company … the company
shall take licences".

A common noun is no actor (`extract_owners`), and `action_named_doer` reads only names and
trades. But a definite subject whose head is a body or a tool that the text made earlier
("create", "set up", "launch", "establish" … "a new X") refers back to that made thing,
and what it "will" do to an object is its planned work: the made thing is the owner, by
the fullest name the text gave it when it made it ("new investment hub"), as labels name
the body the text names (bench/corpus/README.md, Owners).

Not a promise: an effect ("the hub will help cut costs", "the centre will reduce waits"),
a size ("will employ 40 people"), what a document says, and a verb without an object
("will open in May"). Programmes, schemes and funds keep their own rule
(`extract_actions.instrument_author`: the body that runs them owns their work); this one
reads the subjects that rule and `extract_owners` give no owner, or only the bare noun
("Platform" for "the platform will…"), which the made thing's fuller name replaces.
"""

from __future__ import annotations

import re

from initiatives.pipeline.action_named_doer import takes_object
from initiatives.pipeline.action_verbs import (
    CONTENT_VERBS,
    NON_COMMITMENT_VERBS,
    TRANSITIVE_COMMITMENTS,
)
from initiatives.pipeline.extract_owners import Owner
from initiatives.pipeline.gazetteer import ORGANISATION, ActorEntry
from initiatives.pipeline.types import Span

RULE = "action.made_instrument"
# Heads of the bodies and tools a decision makes. A programme, scheme or fund is the
# work of the body that runs it (labels: "the program will finance buses" is the
# government's), which `extract_actions.instrument_author` reads.
HEADS = frozenset(
    {
        "hub", "centre", "center", "agency", "office", "platform", "corridor", "mechanism",
        "taskforce", "task force", "company", "corporation", "authority", "body", "unit",
        "institute", "foundation", "network", "observatory", "secretariat", "academy", "bank",
        "registry", "portal", "commission", "council", "board", "team", "service",
        "entity", "vehicle", "regulator", "ombudsman", "tribunal", "desk", "helpline",
    }
)  # fmt: skip
_HEAD_ALT = "|".join(sorted((re.escape(h) for h in HEADS), key=len, reverse=True))
# "the hub", "the new investment hub", "This centre": a definite subject, up to three
# words before its head. A clause before it ("Headed by a CEO, the hub") is dropped first.
_SUBJECT = re.compile(
    rf"(?:the|this|that)\s+(?P<words>(?:[\w-]+\s+){{0,3}}?)(?P<head>{_HEAD_ALT})",
    re.IGNORECASE,
)
# Where the text makes it: "to create new investment hub", "approved the setting up of a
# new company", "will launch a digital platform", "establishment of an agency".
_MADE = re.compile(
    r"\b(?:creat(?:e|es|ed|ing|ion\s+of)|establish(?:es|ed|ing|ment\s+of)?|"
    r"set(?:s|ting)?\s+up|setting\s+up\s+of|launch(?:es|ed|ing)?|launch\s+of|"
    r"form(?:s|ed|ing|ation\s+of)?|found(?:s|ed|ing)?|inaugurat(?:e|es|ed|ing|ion\s+of)|"
    r"unveil(?:s|ed|ing)?|stand(?:s|ing)?\s+up|stood\s+up|build(?:s|ing)?|built)\s+"
    r"(?:(?:on\s+)?(?:\w+day|today|yesterday|this\s+week)\s+)?"  # "launched on Monday a …"
    rf"(?:(?:a|an|the|its|their)\s+)?(?P<name>(?:[\w-]+\s+){{0,4}}?(?P<head>{_HEAD_ALT}))\b",
    re.IGNORECASE,
)
# Words no made thing's name holds: articles, prepositions, times.
_NOT_IN_NAME = frozenset(
    {
        "a", "an", "the", "on", "in", "at", "for", "of", "to", "by", "with", "and", "or",
        "this", "that", "its", "their", "our", "his", "her", "today", "yesterday", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also", "will",
        "would", "shall", "is", "are", "was", "were", "be", "been", "which", "who",
    }
)  # fmt: skip
REACH = 4000  # characters before the subject read for where the text made it
# Verbs of an effect, a size or a forecast, not of work: "the hub will help firms grow",
# "the centre will reduce waiting times", "the facility will employ 60 people".
EFFECT_VERBS = frozenset(
    {
        "help", "reduce", "improve", "increase", "strengthen", "boost", "enhance",
        "accelerate", "promote", "foster", "encourage", "cut", "lower", "raise", "create",
        "generate", "employ", "save", "reach", "attract", "transform", "make", "give",
        "bring", "afford", "benefit", "serve", "power", "house", "accommodate", "cost",
        "contribute", "ensure", "enable", "allow", "unlock", "drive", "spur", "stimulate",
    }
)  # fmt: skip
_CLAUSE_BREAK = re.compile(r".*[,;:]\s+", re.DOTALL)
_RELATIVE = re.compile(r"\A(?:wherein|whereby|where|while|and|as)\s+", re.IGNORECASE)


def bare_echo(owner: Owner, subject: Span) -> bool:
    """Whether `extract_owners` named the owner only by echoing the subject's own noun
    ("the platform will…" owned by "Platform"): the text's fuller name is better."""
    if not owner.entry.found_by_pipeline:
        return False
    said = _SUBJECT.search(subject.quote)
    return said is not None and owner.entry.name.lower() == said.group("head").lower()


def made_instrument(text: str, subject: Span, verb: str, verb_end: int, end: int) -> Owner | None:
    """The made body a definite subject refers back to, when `verb` (its base form, ending
    at `verb_end`, its object ending at `end`) is work done to an object; None else."""
    if verb in EFFECT_VERBS or verb in CONTENT_VERBS:
        return None
    if verb in NON_COMMITMENT_VERBS and verb not in TRANSITIVE_COMMITMENTS:
        return None
    if not takes_object(text, verb, verb_end, end):
        return None
    quote = subject.quote
    lead = _CLAUSE_BREAK.match(quote)
    body = quote[lead.end() :] if lead else quote
    body = _RELATIVE.sub("", body.strip())  # "…, wherein the new company shall…"
    said = _SUBJECT.fullmatch(body.strip())
    if said is None:
        return None
    head = said.group("head").lower()
    words = {w.lower() for w in said.group("words").split()} - {"new", "newly"}
    name = None
    for made in _MADE.finditer(text, max(0, subject.start - REACH), subject.start):
        if made.group("head").lower() != head:
            continue
        found = made.group("name")
        if any(w.lower() in _NOT_IN_NAME for w in found.split()[:-1]):
            continue  # "launched on Wednesday a hub": a time, no part of its name
        if not words <= {w.lower() for w in found.split()}:
            continue  # "the data hub" is not the "logistics hub" made before
        if name is None or len(found) >= len(name):
            name = found
    if name is None:
        return None
    name = re.sub(r"\s+", " ", name).strip()
    name = name[:1].upper() + name[1:]
    return Owner(ActorEntry(name, ORGANISATION, found_by_pipeline=True), subject)
