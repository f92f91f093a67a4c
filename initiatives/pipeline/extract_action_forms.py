"""Promises that are not "subject + cue + verb": work given to someone ("The White House
instructed federal agencies to begin…"), a commitment named with its maker ("the
commitment of the members to resolve…"), work under way ("the department is extending
the scheme") and targets ("sets a target of 50 GW by 2030").

Each form gives who is to act (as a span of text, for `extract_owners`), the verb, and
where the promised object starts; `extract_actions` reads the object and its deadline
exactly as for any promise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from initiatives.pipeline.action_verbs import (
    NON_COMMITMENT_VERBS,
    SECOND_PROMISE_VERBS,
    TRANSITIVE_COMMITMENTS,
    base_form,
)
from initiatives.pipeline.dates_patterns import MONTH, WEEKDAY_NAME
from initiatives.pipeline.literal_gate import Gated
from initiatives.pipeline.money import MONEY, MONEY_RE
from initiatives.pipeline.types import Span

# Who is given work and the work, after the cue: "the agency with developing", "federal
# agencies Monday to begin".
# The day is a weekday or a date with a month's name (dates_patterns.MONTH), not any
# capitalised word: "the members of Group 20", "agencies in 2 Provinces" are who.
_GIVEN_TO = (
    r"\s+(?P<who>(?:the\s+)?[A-Za-z][^,.;:()“”\"]{1,80}?)"
    rf"(?:\s+(?:on\s+)?(?:{WEEKDAY_NAME}|today|"
    rf"\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?|{MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?))?"
    r"\s+(?:to|with)\s+(?P<verb>[a-z]+)(?:\s+(?P<particle>up|out|forward)\b)?"
)
# "tasked the agency with developing", "instructed federal agencies Monday to begin",
# "invites the Commission to present", "directing dozens of agencies to appoint".
# A decision's list item may start with its verb: "• Directed the Secretariat to launch…".
TASKED_RE = Gated(
    re.compile(
        r"\b(?=[tidmocar]|(?:Tasked|Directed|Mandated|Requested|Instructed|Invited)\b)"
        r"(?:task(?:s|ed|ing)?|ask(?:s|ed|ing)?|instruct(?:s|ed|ing)?|"
        r"direct(?:s|ed|ing)|mandate[sd]?|request(?:s|ed|ing)?|"
        r"mandating|order(?:s|ed|ing)|charge[sd]|charging|invite[sd]|inviting|commission(?:s|ed)|"
        r"Tasked|Directed|Mandated|Requested|Instructed|Invited)" + _GIVEN_TO
    )
)
# A council's or a board's resolution, in its own mood: "City Council direct the General
# Manager, Transportation Services to report back", "That the Board authorise the Chief
# Executive to sign", "Council resolved to instruct the Director of Works to prepare": the
# officer named after the verb does the work; an officer's title may hold a comma.
RESOLVES_RE = re.compile(
    r"(?:\b(?-i:Council|Board|Committee|Commission|Cabinet|Assembly)\s+(?:hereby\s+|also\s+|"
    r"further\s+)?|\b(?:resolved|resolves|agreed|decided)\s+to\s+(?:also\s+)?)"
    r"(?:direct|authori[sz]e|instruct|request|delegate\s+authority\s+to)\s+"
    r"(?P<who>(?:the\s+)?(?-i:[A-Z])[^.;:()“”\"]{1,80}?),?\s+to\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?P<particle>up|out|forward)\b)?"
)
_ITEM_MARK = re.compile(r"\s*(?:\(?(?:\d{1,2}|[a-h])[.)]\s+)?(?:That\s+)?(?:the\s+)?")


def resolves(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a resolution's item that gives work by itself: "1. City
    Council direct the General Manager to report back…", "That Council authorise…"."""
    mark = _ITEM_MARK.match(text, start, end)
    at = mark.end() if mark else start
    found = RESOLVES_RE.search(text, at, end)
    return found is not None and _BODY_BEFORE.fullmatch(text, at, found.start()) is not None


_BODY_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}")
# "The Government expects the regulator to publish": a statement of expectations gives
# work; "expects Germany to grow" forecasts (the caller keeps verbs of work only).
EXPECTS_RE = re.compile(r"\bexpect(?:s|ed)?(?=\s+(?:the\s+)?[A-Z])" + _GIVEN_TO)
# "One of the first decisions will see the Government target $500 million…", "the deal
# would see the agency hire 200 inspectors": the body named after "see" does the work.
SEE_DO_RE = Gated(
    re.compile(
        r"\b(?:will|would)\s+see\s+(?P<who>(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,4}?"
        r"(?:[A-Z][\w&'’-]*|government|department|ministry|agency|council|councils|authorities|"
        r"regulator))\s+(?P<verb>[a-z]+)\b(?:\s+(?P<particle>up|out|forward)\b)?"
    )
)
# "The agreement commits both sides to cutting methane by 30%": the parties bound.
COMMITS_RE = re.compile(
    r"\bcommit(?:s|ted)\s+(?!(?:itself|themselves|to|their|its)\b)"
    r"(?P<who>(?:the\s+|both\s+|all\s+)?[A-Za-z][^,.;:()“”\"]{1,60}?)\s+to\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?P<particle>up|out|forward)\b)?"
)
# "welcomed the commitment of the 147 members to keep working", "pledges by donors to…".
COMMITMENT_OF_RE = Gated(
    re.compile(
        r"\b(?=[cpuoi])(?:commitments?|pledges?|promises?|undertakings?|offers?|intentions?)\s+"
        r"(?:of|by|from)\s+"
        r"(?P<who>(?:the\s+)?[A-Za-z0-9][^,.;:()“”\"]{1,80}?)\s+to\s+(?P<verb>[a-z]+)"
        r"(?:\s+(?P<particle>up|out|forward)\b)?"
    )
)
# "We welcome Japan's commitment to provide USD 200 million", "the Bank's offer to finance
# the studies": a commitment that a named body holds, in the possessive.
COMMITMENT_POSSESSED_RE = Gated(
    re.compile(
        r"(?P<who>\b(?:the\s+)?[A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.-]*){0,5})"
        r"['’]s?\s+(?:(?:new|recent|firm|formal|stated|generous)\s+)?"
        r"(?:commitments?|pledges?|promises?|undertakings?|offers?|intentions?)\s+to\s+"
        r"(?P<verb>[a-z]+)(?:\s+(?P<particle>up|out|forward)\b)?"
    )
)
# "is taking action on its commitment to power federal buildings with clean power by
# 2030": a dated commitment the subject holds (undated, "its commitment to protect
# rights" is a value, and is left out by the caller).
COMMITMENT_HELD_RE = Gated(
    re.compile(
        r"\b(?:its|their|our|his|her)\s+(?:[\w-]+\s+)?commitments?\s+to\s+(?P<verb>[a-z]+)"
        r"(?:\s+(?P<particle>up|out|forward)\b)?"
    )
)
# "IRCC is expanding settlement services", "the department is now extending the scheme";
# the verb ends at a word end, so "is increasingly happening" is no "is increasing".
UNDER_WAY_RE = Gated(
    re.compile(
        r"\b(?=[ia])(?:is|are)\s+(?:now\s+|also\s+|currently\s+|already\s+)?(?P<verb>[a-z]+ing)\b"
        r"(?:\s+(?P<particle>up|out|forward)\b)?"
    )
)
# "sets a target of 45 GW by 2030", "agreed a benchmark of 60% …", "maintains the
# aspirational, non-binding goal to reach … by 2050".
TARGET_RE = re.compile(
    r"\b(?:sets?|setting|set\s+out|adopts?|adopted|agreed|agrees|announced|announces|"
    r"introduces?|introduced|has|have|maintains?|maintained|keeps?|kept|retains?|retained)\s+"
    r"(?:a|an|the|its|their|new)\s+(?:[\w-]+,?\s+){0,3}?"
    r"(?P<verb>target|goal|benchmark|ambition|objective)\s+(?P<link>of|to)\s+",
    re.IGNORECASE,
)

# "finalised the framework for a package to be implemented from July 1", "a fund to be
# launched in 2027": dated work on a thing, by the subject of the sentence.
TO_BE_DONE_RE = re.compile(
    r"\b(?P<thing>(?:a|an|the|its|their|new)\s+"
    r"(?:(?!(?:for|of|to|in|on|with|by|from|at|a|an|the)\s)[\w-]+\s+){0,4}?[\w-]+)\s+to\s+be\s+"
    r"(?:(?:formally|fully|jointly|gradually)\s+)?(?P<verb>[a-z]{3,}(?:ed|en))\b"
)
# "announced measures to cut delays, to build homes and to train bricklayers": a list of
# tasks the subject takes on (a single "measures to" is the decision's content, and is
# left to the decision).
MEASURES_TO_RE = re.compile(
    r"\b(?=[aupiso])(?:announce[sd]?|unveil(?:s|ed)?|sets?\s+out|present(?:s|ed)?|"
    r"introduce[sd]?|adopt(?:s|ed)?|approve[sd]?|agree[sd]?|propose[sd]?|outline[sd]?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:measures|steps|actions|reforms|proposals)\s+to\s+(?P<verb>[a-z]+)\b"
)
_ANOTHER_TO = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)to\s+[a-z]+")
# "Several simplification proposals are planned for key sectors": work the text's body
# plans; the caller checks that the subject names work (proposals, measures, reforms…).
PLANNED_RE = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|now\s+|already\s+)?(?:planned|foreseen|envisaged|envisioned|"
    r"in\s+the\s+pipeline)\b"
)
_MONEY = MONEY
# "announced £1.5 billion more funding for heat pumps", "unveiled a €2 billion package to
# support farmers": a sum given by the subject; not "announced £3 billion of cuts to…".
# Not "the Board approved a $500 million loan to…" (an approval is the decision itself):
# a body that approves a sum, a loan or another's scheme has decided, and the decision is
# no follow-up promise; what it then will do with the money is ("will disburse…").
FUNDING_RE = re.compile(
    r"\b(?=[aucpesl])(?:announce[sd]?|unveil(?:s|ed)?|confirm(?:s|ed)|pledge[sd]|committ?(?:s|ed)|"
    r"earmark(?:s|ed)|allocate[sd]|launch(?:es|ed)?|set\s+aside)\s+"
    # "announced today £900 million", "announced on 3 March 2026 £900 million"
    r"(?:(?:today|on\s+[\w ,]{3,25}?)\s+)?"
    r"(?=(?:(?:a|an|another|a\s+further|an\s+extra|a\s+new|its|the)\s+)?"
    rf"{_MONEY}(?!\s+(?:[\w-]+\s+){{0,3}}?(?:cuts?|savings|loss(?:es)?|debts?|deficit|fines?)\b)"
    r"(?:\s+(?:[\w-]+\s+){0,4}?(?:(?:to|for|towards)\b|[–—:])|\s*[–—:]))"
)
# "unveiled a five-year investment plan of 30 billion euros", "announced Tuesday a package
# worth £2bn": a sum given as the size of what the subject announces.
PACKAGE_OF_RE = re.compile(
    r"\b(?=[aulpsm])(?:announce[sd]?|unveil(?:s|ed)?|launch(?:es|ed)?|present(?:s|ed)?|"
    r"approve[sd]?|sanction(?:s|ed)?|made|makes?)\s+"
    r"(?:[^.;,]{0,40}?\s)?(?:(?:a|an|its|their|the)\s+)?(?:[\w-]+\s+){0,3}?(?:plan|package|"
    # "approved a budget of Rs 1,001 crore for", "made budgetary provision of Rs 528 crore"
    r"programme|program|fund|scheme|envelope|budget|outlay|allocation|provision)\s+"
    rf"(?:of|worth)\s+(?={_MONEY})"
)
# "– €7bn for the ramp-up at home and another €2bn for partner countries": the shares
# of a sum, after a dash or a colon, each given to its own purpose.
_BREAKDOWN = re.compile(r"\s*[–—:]\s*")
_SHARE = re.compile(rf"(?P<money>{_MONEY})\s+(?:[\w-]+\s+){{0,3}}?(?:to|for|towards)\b")
_SHARE_JOIN = re.compile(r"[\s,]*(?:and\s+)?(?:another|a\s+further|an\s+extra|further)?\s*\Z")
# ", with £1.25 billion also going to a housing fund": a sum allocated by the text's body.
MONEY_TO_RE = re.compile(
    rf"\bwith\s+(?P<money>{_MONEY})\s+(?:also\s+|now\s+|more\s+)?"
    r"(?:going|allocated|earmarked|set\s+aside|directed)\s+(?:to|for|towards)\s+"
)
# "Council's 2026-27 budget, adopted in June, allocates $4.1 million to road renewal",
# "Budget 2026 provides $180 million over three years to repair harbours": what a budget
# gives is its holder's promise, in the budget's year unless the sentence says otherwise.
BUDGET_GIVES_RE = re.compile(
    r"\b(?-i:[Bb]udget)\b(?:\s+\d{4}(?:[-–/]\d{2,4})?)?(?:,[^.;,]{3,60},)?\s+"
    r"(?:also\s+|now\s+)?(?P<verb>allocates|provides|invests|earmarks|commits|sets\s+aside|"
    r"includes|delivers|dedicates)\s+(?=(?:(?:a|an|another|a\s+further|an\s+extra|a\s+record|"
    rf"nearly|almost|over|more\s+than|about|around)\s+)?{_MONEY})"
)
_TARGET_WORD = Gated(re.compile(r"target|goal|benchmark|ambition|objective", re.IGNORECASE))


# Verbs of work done on a thing, beyond those that open a second promise.
ADDED_WORK_VERBS = frozenset({"finalise", "finalize", "approve", "adopt", "complete", "apply"})
# Done in the moment they are said: "we are announcing", "is launching the bidding today".
MOMENTARY_VERBS = frozenset(
    {"announce", "launch", "publish", "release", "unveil", "sign", "adopt", "confirm", "open"}
)


@dataclass(frozen=True)
class Form:
    who: Span  # who is to act, as written
    lemma: str  # the verb, base form ("target" for a target)
    verb_end: int  # where the promised object starts
    rule: str
    end: int | None = None  # where the object ends, when the form says


def forms(text: str, start: int, end: int) -> list[Form]:
    """The promises of these forms in text[start:end]. For work under way and
    targets, `who` is the text before the cue, for the caller to cut to its subject."""
    found = _given(text, start, end, TASKED_RE, "action.tasked")
    if _has(text, start, end, "direct", "authori", "instruct", "request", "delegate"):
        found += _given(text, start, end, RESOLVES_RE, "action.tasked")
    if text.find("expect", start, end) >= 0:
        # "expects the regulator to publish" gives work; "expects Germany to grow" forecasts.
        expected = [
            f
            for f in _given(text, start, end, EXPECTS_RE, "action.tasked")
            if f.lemma.split()[0] in SECOND_PROMISE_VERBS
        ]
        found = sorted(found + expected, key=lambda f: f.who.start)
    found += _given(text, start, end, COMMITMENT_OF_RE, "action.commitment_of")
    found += [
        f
        for f in _given(text, start, end, COMMITMENT_POSSESSED_RE, "action.commitment_of")
        if f.lemma.split()[0] not in NON_COMMITMENT_VERBS
    ]
    # The rarer forms run only where their key word is: each regex costs a scan.
    if text.find("commit", start, end) >= 0:
        found += _given(text, start, end, COMMITS_RE, "action.commitment_of")
    found += [
        f
        for f in _given(text, start, end, SEE_DO_RE, "action.will_see")
        if f.lemma.split()[0] in SECOND_PROMISE_VERBS
    ]
    for match in UNDER_WAY_RE.finditer(text, start, end):
        verb = base_form(match.group("verb"))
        particle = match.group("particle")
        if verb not in SECOND_PROMISE_VERBS or (verb in ("take", "put", "set") and not particle):
            continue  # "is leading", "is taking steps": no work promised
        if verb in MOMENTARY_VERBS and not particle:
            continue  # "Today we are launching the fund": the announcement itself
        found.append(
            Form(
                Span(start, match.start(), text[start : match.start()]),
                f"{verb} {particle}" if particle else verb,
                match.end(),
                "action.under_way",
            )
        )
    for match in COMMITMENT_HELD_RE.finditer(text, start, end):
        verb = match.group("verb")
        if verb.endswith("ing"):
            verb = base_form(verb)
        if verb in NON_COMMITMENT_VERBS and verb not in TRANSITIVE_COMMITMENTS:
            continue
        particle = match.group("particle")
        found.append(
            Form(
                Span(start, match.start(), text[start : match.start()]),
                f"{verb} {particle}" if particle else verb,
                match.end(),
                "action.commitment_held",
            )
        )
    for match in (
        TO_BE_DONE_RE.finditer(text, start, end) if _has(text, start, end, " to be ") else ()
    ):
        verb = base_form(match.group("verb"))
        if verb not in SECOND_PROMISE_VERBS and verb not in ADDED_WORK_VERBS:
            continue
        thing = match.group("thing")
        found.append(
            Form(
                Span(start, match.start(), text[start : match.start()]),
                f"{verb} {thing[0].lower()}{thing[1:]}",
                match.end(),
                "action.to_be_done",
            )
        )
    listed = _has(text, start, end, "measures", "steps", "actions", "reforms", "proposals")
    for match in MEASURES_TO_RE.finditer(text, start, end) if listed else ():
        if _ANOTHER_TO.search(text, match.end(), end) is None:
            continue
        found.append(
            Form(Span(start, match.start(), text[start : match.start()]), match.group("verb"),
                 match.end(), "action.measures_listed")
        )  # fmt: skip
    planned = _has(text, start, end, "planned", "foreseen", "envisaged", "envisioned", "pipeline")
    for match in PLANNED_RE.finditer(text, start, end) if planned else ():
        found.append(
            Form(Span(start, match.start(), text[start : match.start()]), "", match.end(),
                 "action.planned")
        )  # fmt: skip
    if MONEY_RE.search(text, start, end):
        found += _funding(text, start, end)
    if not _TARGET_WORD.search(text, start, end):
        return found  # the common case, decided by one cheap search
    for match in TARGET_RE.finditer(text, start, end):
        found.append(
            Form(
                Span(start, match.start(), text[start : match.start()]),
                f"reach the {match.group('verb').lower()} {match.group('link').lower()}",
                match.end(),
                "action.target",
            )
        )
    return found


def _has(text: str, start: int, end: int, *words: str) -> bool:
    return any(text.find(word, start, end) >= 0 for word in words)


def _funding(text: str, start: int, end: int) -> list[Form]:
    """Sums given: by the subject before the cue, or (with no one named) by the text's body."""
    found: list[Form] = []
    for match in FUNDING_RE.finditer(text, start, end):
        who = Span(start, match.start(), text[start : match.start()])
        shares = _shares(text, match.end(), end)
        if shares:
            found += [Form(who, "provide", a, "action.funding.share", b) for a, b in shares]
        else:
            found.append(Form(who, "provide", match.end(), "action.funding"))
    for match in BUDGET_GIVES_RE.finditer(text, start, end):
        who = Span(start, match.end(), text[start : match.end()])
        verb = match.group("verb").split()
        lemma = "allocate" if verb[0] == "includes" else " ".join([base_form(verb[0]), *verb[1:]])
        found.append(Form(who, lemma, match.end(), "action.budget_gives"))
    for match in PACKAGE_OF_RE.finditer(text, start, end):
        who = Span(start, match.start(), text[start : match.start()])
        found.append(Form(who, "provide", match.end(), "action.funding"))
    for match in MONEY_TO_RE.finditer(text, start, end):
        found.append(
            Form(
                Span(match.start(), match.start(), ""),
                f"allocate {match.group('money')} to",
                match.end(),
                "action.money_to",
            )
        )
    return found


def _shares(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each share of a sum broken down after a dash or a colon: "€9bn in
    fresh support – €7bn for A and another €2bn for B"; none for an undivided sum."""
    dash = _BREAKDOWN.search(text, start, end)
    if dash is None:
        return []
    pieces: list[int] = []
    position = dash.end()
    while (share := _SHARE.match(text, position, end)) is not None:
        pieces.append(share.start())
        nxt = _SHARE.search(text, share.end(), end)
        if nxt is None or not _SHARE_JOIN.search(text, share.end(), nxt.start()):
            break
        position = nxt.start()
    if len(pieces) < 2:
        return []
    bounds = []
    for i, at in enumerate(pieces):
        stop = pieces[i + 1] if i + 1 < len(pieces) else end
        if i + 1 < len(pieces):
            join = _SHARE_JOIN.search(text, at, stop)
            stop = join.start() if join else stop
        bounds.append((at, stop))
    return bounds


def _given(
    text: str, start: int, end: int, pattern: re.Pattern[str] | Gated, rule: str
) -> list[Form]:
    """Work given to someone, or promised by someone named after the cue."""
    found: list[Form] = []
    for match in pattern.finditer(text, start, end):
        verb = match.group("verb")
        if verb.endswith("ing"):
            verb = base_form(verb)
        particle = match.group("particle")
        who = match.group("who")
        found.append(
            Form(
                Span(match.start("who"), match.start("who") + len(who), who),
                f"{verb} {particle}" if particle else verb,
                match.end(),
                rule,
            )
        )
    return found
