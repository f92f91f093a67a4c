"""Follow-up actions: promises of future work, each with its owner and due window.

A promise is a cue ("will", "plans to", "pledged to", "the plan is to", a "Next steps"
section or a list announced by "will:") followed by a verb that promises work
(`action_cues`), or work given to someone, under way or set as a dated target
(`extract_action_forms`). Its owner is the subject as the text gives it
(`extract_owners`); its description starts with the verb, without the deadline phrase;
two promises joined by "and" with their own deadlines are two actions. Every action
carries the sentence it came from and the name of the rule that found it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from initiatives.pipeline import dates
from initiatives.pipeline.action_addressee import YOU_RE, addressee, you_are
from initiatives.pipeline.action_clause_role import (
    announced_today,
    builds_on,
    done_today,
    in_subordinate_clause,
    makes_a_quality,
)
from initiatives.pipeline.action_cues import (
    ACTION_RE,
    EXHORTATION_RE,
    FIRST_PERSON_RE,
    FORECAST_AFTER_RE,
    INSTRUMENT_RE,
    INTENT_RE,
    NOT_VERBS,
    REPORTED_BEFORE_RE,
    REPORTED_RE,
    SECTION_VERB_RE,
    THIRD_TO_LEMMA,
    VERB_BASE,
    WISH_RE,
    cues,
    verb_of,
)
from initiatives.pipeline.action_made_instrument import RULE as MADE_INSTRUMENT_RULE
from initiatives.pipeline.action_made_instrument import bare_echo, made_instrument
from initiatives.pipeline.action_named_doer import (
    DATELINE,
    OUTCOME_VERBS,
    named_body,
    named_doer,
    takes_object,
)
from initiatives.pipeline.action_named_doer import RULE as NAMED_DOER_RULE
from initiatives.pipeline.action_report_time import is_report_time
from initiatives.pipeline.action_time_given import ALLOWED_TIME_RE
from initiatives.pipeline.action_verb_series import RULE as SERIES_RULE
from initiatives.pipeline.action_verb_series import series_verbs
from initiatives.pipeline.action_verbs import (
    CONTENT_VERBS,
    NON_COMMITMENT_VERBS,
    SECOND_PROMISE_VERBS,
    SECOND_TASK_VERBS,
    TASK_VERBS,
    TRANSITIVE_COMMITMENTS,
    base_form,
)
from initiatives.pipeline.dates_due_calendar import time_given
from initiatives.pipeline.dates_fiscal import FISCAL_RULES, in_publishers_year, regional_government
from initiatives.pipeline.dates_patterns import NUMBER_WORDS, number_value
from initiatives.pipeline.extract_action_decided import mandates_given
from initiatives.pipeline.extract_action_forms import forms
from initiatives.pipeline.extract_action_headed import RULE as HEADED_RULE
from initiatives.pipeline.extract_action_headed import headed_objective, is_objective_heading
from initiatives.pipeline.extract_owners import (
    Owner,
    OwnerContext,
    in_context,
    is_first_person,
    ministry_of_speaker,
    owner_of,
)
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.gazetteer import COUNTRY, ORGANISATION, ActorEntry, find_actors
from initiatives.pipeline.money import AMOUNT, AMOUNT_RE, MONEY
from initiatives.pipeline.types import DueWindow, ExtractedAction, Span

MAX_DESCRIPTION = 200
EXPLICIT_DATE_CONFIDENCE = 0.9
MAX_SPLIT_ITEM_WORDS = 5
MIN_OBJECT_WORDS = 2  # words of the first promise's own object before "and <verb>"
# "set up a body to draft and negotiate a treaty": the "and" joins two verbs of the body's
_INFINITIVE_END = re.compile(r"\bto\s+[a-z]+\s*$")
# "outline A, B, and C" becomes one action per object from this many objects.
MIN_SPLIT_ITEMS = 3

# One meeting or event: "a summit", "their first joint steering committee", "an extra
# Monetary Policy Committee meeting", "the first community meetings" (plural with an
# article: those already planned). "regional workshops" without one are a series: work.
_MEETING_NOUN = (
    r"(?:meeting|summit|round|session|talks|conference|ministerial|webinar|workshop|"
    r"roundtable|round\s+table|hearing|briefing|seminar|symposium|forum|town\s+hall|"
    r"open\s+day|drop-in|steering\s+committee|"
    # a sitting of a parliament: "will hold its first reading", "hold a debate on the bill"
    r"reading|sitting|plenary|debate|vote|ceremony)"
)
_MODIFIERS = (
    r"(?:(?!(?:of|for|on|with|to|in|at|and|or|that|which|series|number|programme|program|"
    r"cycle)\b)[\w'’-]+\s+){0,4}?"
)
_ARTICLE = r"(?:the|a|an|its|their|his|her|our)\s+"
_MEETING_PHRASE = (
    rf"(?:{_ARTICLE})?{_MODIFIERS}(?:{_MEETING_NOUN}|talks)\b"
    rf"|{_ARTICLE}{_MODIFIERS}{_MEETING_NOUN}s\b"
)
# "convene the 45th AMEM": a numbered gathering of a series, named by its short form.
_NUMBERED_GATHERING = r"(?:the\s+)?\d+(?:st|nd|rd|th)\s+[A-Z]{2,}\b(?![\w-])"
_MEETING_OBJECT = re.compile(
    rf"\s+(?:{_MEETING_PHRASE}|(?-i:{_NUMBERED_GATHERING}))", re.IGNORECASE
)
_MEETING_SUBJECT_PHRASE = re.compile(rf"(?:{_MEETING_PHRASE})\s*", re.IGNORECASE)
# "will make a formal announcement on Saturday", "a statement will be made": an event.
_ANNOUNCEMENT = re.compile(
    rf"\s*(?:{_ARTICLE})?(?:[\w-]+\s+){{0,2}}?(?:announcement|statement|speech)\b",
    re.IGNORECASE,
)
# "I will be holding the company to that", "will hold ministers to account": no work.
_HOLD_TO = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:account|that|this|it|them|(?:its|their|his|her)\s+"
    r"(?:word|promise|pledge|commitments?))\b",
    re.IGNORECASE,
)
_MEETING_VERBS = frozenset({"hold", "convene", "host", "organise", "organize", "schedule"})
_HELD = frozenset({"hold", "convene", "schedule"})
# "will address the General Assembly on Monday": a speech to an audience is an event; not
# "address investment barriers", which is work.
_AUDIENCE_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Assembly|Parliament|Congress|Senate|nation|"
    r"conference|summit|meeting|session|forum|delegates|lawmakers|legislature|Council)\b"
)
# "will visit Washington in the spring": a trip to a place is an event, not follow-up work.
_PLACE_OBJECT = re.compile(r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b(?!\s+(?:to|with)\b)")
# "will be convening meetings in various configurations": a series of meetings, which is
# work; one meeting ("the next round", "a summit") is a milestone.
_MEETING_SERIES = re.compile(r"\s+(?:regular\s+|further\s+|more\s+)?(?:meetings|sessions)\b")
_FUNDS = re.compile(
    rf"\s(?:{AMOUNT}|(?:the\s+|their\s+|its\s+|new\s+|"
    r"additional\s+|extra\s+)?(?:money|funding|funds|grants?|payments?)\b)",
    re.IGNORECASE,
)
_MONEY = AMOUNT_RE
# What a scheme or a fund does when it starts, dated: "the fund will open in 2025".
_OPENING_VERBS = frozenset(
    {"open", "launch", "start", "begin", "resume", "close", "run", "go live"}
)
# What starts when works start: "Construction at the port will start in the second
# quarter", "Works on the bypass will resume in January", "The programme will begin in
# 2027". The subject names the work (or the text's own scheme); who does it is the body
# the text is about, and only a dated start is a promise (`action.scheduled_start`).
_STARTING_VERBS = frozenset({"start", "begin", "resume", "commence"})
_WORK_SUBJECT = re.compile(
    r"(?:(?:the|this|that|its|their|our)\s+)?(?:[\w'’-]+\s+){0,3}?(?:construction|"
    r"(?:civil\s+|building\s+|road\s+|upgrade\s+)?works?|roadworks|installation|roll-?out|"
    r"rehabilitation|refurbishment|repairs|dredging|excavation|demolition|paving|drilling)"
    r"(?:\s+(?:at|on|of|for|in|along|between|there)\b[^,;]*)?",
    re.IGNORECASE,
)
# A sentence announcing a list of promises: "The government will:", "with the aim to:".
_LEAD_IN = re.compile(
    # "the Commonwealth would also:", reported
    r"(?:\b(?:(?:will|shall|would)(?:\s+(?:also|now|then|further))?|to|commit(?:s|ted)?\s+to|"
    r"include|includes|including)|"
    r"\bthe\s+following(?:\s+(?:actions|steps|measures|commitments))?)\s*:\s*$",
    re.IGNORECASE,
)
_BULLET_VERB = re.compile(r"\s*(?:to\s+)?(?P<verb>[A-Za-z]+)(?:\s+(?P<particle>up|out|forward)\b)?")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")  # "- Work Programme on…": a name, not a verb
# An obligation the text lays on a thing rather than a body: "new buses will need to cut
# emissions", "all new homes must meet the standard". Read as a promise only in a text
# that makes rules, where the one who set the rule answers for it.
_OBLIGATION_CUE = re.compile(
    r"must|(?:will|shall)(?:\s+\w+)?\s+(?:have|need)\s+to|"
    r"(?:will|shall)\s+be\s+(?:required|obliged)\s+to|(?:is|are)\s+required\s+to",
    re.IGNORECASE,
)
# A sentence that dates the promise before it: "This will be done by June.", "The review
# covers the period 2027 to 2029." Its subject is a pronoun or a word of that promise.
_BACK_REFERENCE = re.compile(r"\s*(?:(?:This|That|It|These|Both)\b|The\s+(?P<noun>[a-z]+)\b)")
# Verbs that only say the promise before is carried out: "This will be done by June".
_DONE_VERBS = frozenset(
    {"do", "complete", "deliver", "carry out", "achieve", "implement", "finish", "finalise",
     "fulfil", "fulfill"}
)  # fmt: skip
# What a rule may require a thing to become: "… and become zero-emission by 2035".
_OBLIGED_STATES = frozenset({"become", "be"})
_RULE_MAKING = re.compile(
    r"\b(?:[Rr]egulations?|[Dd]irectives?|[Ll]egislation|[Ll]aws?|rules|[Ss]tandards?|"
    r"[Rr]equirements|Act|Bill|[Dd]ecree|[Oo]rdinance|[Bb]uilding\s+[Cc]odes?)\b"
)
# "If the talks fail, …" puts a condition on the promise; "If you would like to take
# part, the agency will…" speaks to the reader and puts none.
_CONDITIONAL_START = re.compile(r"\s*(?:If|Unless|Whether|Should|Were|Had)\b(?!\s+you\b)")
# Where an action's object ends: a reporting clause (", Kiev said"), a relative clause,
# or a new clause with its own verb (", and the first payment is due").
_NEW_CLAUSE = re.compile(
    r",\s+[^,]{1,40}?\s+(?:said|says|told|added|noted|stated|reports|reported|wrote)\b|;"
    r"|[,.]?”|[,.]\"(?=\s|$)"
    r"|\s+and\s+(?=(?:will|shall|must|would|can|could|should)\b)|,\s+after\s+which\b"
    # "… will be scrapped and public television will be financed by…": a new subject
    r"|\s+and\s+(?=(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){1,3}?(?:will|shall)\s)"
    rf"|,\s+with\s+(?={MONEY})"
    # ", with Secretary-General Mark Rutte hailing the commitment": a side clause
    r"|,\s+with\s+(?:[\w'’.-]+\s+){1,6}?[a-z]{3,}ing\b"
    r"|,\s+(?:which|who|where|whereas|while)\b"
    r"|,\s+(?:and|but)\s+(?=(?:\S+\s+){0,5}?"
    r"(?:is|are|was|were|will|has|have|had|can|could|must|should|would)\b)"
    # "…, and the offer of the Bank to finance…", "…, and Japan's pledge to…": another's
    r"|,?\s+and\s+(?=(?:the\s+)?(?:[\w'’-]+['’]s\s+)?(?:commitment|pledge|promise|offer|"
    r"intention|undertaking)s?\s+(?:of|by|from|to)\s)"
)
_CLAUSE_BREAK = re.compile(r"[,;:–—]\s|\b(?:but|while|whereas)\s+(?=[A-Z])")
# Lower case only: "WHO will convene…" is the organisation, not a relative clause.
# What an instrument aims at or is expected to do is its purpose or a forecast, no
# body's commitment: "the plan aims to prepare the coastline…", "the programme is expected
# to cut farmers' spending", "It is expected the plans will build on…"; its author's
# commitments are what it "will" do ("the project will build 1,200 classrooms").
_FORECAST_CUE = re.compile(
    r"(?:aims?|aimed|seeks?|sought|hopes?|(?:is|are|was|were)\s+(?:expected|intended|designed|"
    r"meant|likely|hoped|projected|forecast))\b",
    re.IGNORECASE,
)
_FORECAST_LEAD = re.compile(
    r"\A(?:it\s+is\s+(?:expected|hoped|thought|anticipated|believed|likely)|"
    r"(?:officials|analysts)\s+(?:expect|hope|say))\b",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who)\s+$")
# An indirect question around the cue: "can't say how many miles of lanes will be built",
# "the agreement covers how the data will be shared", "asked whether the fund will open":
# what is asked or described, not promised.
_INDIRECT_QUESTION = re.compile(
    r"\b(?:how|whether|why)(?:\s+(?:many|much|far|long|soon|quickly|often))?"
    r"(?:\s+[\w'’-]+){1,6}\s+$",
    re.IGNORECASE,
)
_DATE_PREPOSITION = re.compile(
    r"\b(on|by|before|in|no\s+later\s+than|as\s+of|from)\s+(?:the\s+)?$", re.IGNORECASE
)
_LEADING_CONJUNCTION = re.compile(r"(?:and|but|while|whereas|so)\s+", re.IGNORECASE)
# A clause whose subject is left out after "and": "… through Homes England and".
_ELIDED = re.compile(r"(?:^|\s)and$")
# The first verb of a sentence: an auxiliary, or a lower-case word in "-ed".
FIRST_VERB = re.compile(
    r"\s(?:(?:is|are|was|were|has|have|had|will|would|shall|can|must)\b|[a-z]{3,}ed\b)"
)
_SUBJECT_ADVERB = re.compile(r"\s+(?:now|then|also|still|first|soon)$", re.IGNORECASE)
# "it", or a subject that ends in it after a phrase of time: "over the coming weeks he".
_THIRD_PERSON = re.compile(r"(?:\A|.*\s)(?:it|they|he|she)\Z", re.IGNORECASE | re.DOTALL)
_PRONOUN = re.compile(r"\A(?:it|they|this|these|which|who|that|he|she|we)\Z", re.IGNORECASE)
# What may open a subject: space, a bracket, a quotation mark.
_OPENERS = " \t\n([\"“‘'"
# A subject that points back to promises already told: "this", "all three", "both of
# them", "all measures related to this".
_POINTS_BACK = re.compile(
    r"\A(?:(?:it|they|this|these|that|those|which|who|he|she|we)|"
    r"(?:all|both|each)(?:\s+(?:two|three|four|five|six|of\s+(?:them|these|those|this)))?|"
    r"all\s+(?:[\w-]+\s+){1,4}?(?:to|of|in)\s+(?:this|these|them|that|those))\Z",
    re.IGNORECASE,
)
# "this" or "that" alone: the measure just told, not a body.
_THIS_ALONE = re.compile(r"\A(?:this|that)\Z", re.IGNORECASE)


def the_measure(subject: str) -> bool:
    """Whether a promise's subject is the measure just told ("He said this will remove
    silos"): what it brings, not anyone's work."""
    return _THIS_ALONE.match(subject) is not None


# "by the Council", not "by 45%" nor "by up to a third".
# A capital that only starts the sentence: "Guidance for…", not "Drought Concessional Loans".
_SENTENCE_CAPITAL = re.compile(r"[A-Z][a-z]*\s+[a-z]")
_AGENT_RE = re.compile(
    r"\s*\bby\s+(?!\d|up\s+to|around|about|at\s+least|more|less|half)(?:the\s+)?"
)
_ANCHORED = re.compile(
    r"\s+of\s+(?:the\s+)?(?:date|entry\s+into\s+force|adoption|publication|signature|"
    r"enactment|receipt)\b(?:\s+of\s+(?:this|the)\s+(?:order|act|law|regulation|"
    r"directive|agreement|decision|notice|plan))?"
)
_DANGLING = re.compile(
    r"\s+(?:by|before|until|at|in|from)\s+(?:the\s+)?(?:end|start|beginning|middle|close)"
    r"\s+of(?:\s+the)?\s*$"  # "by the end of the [2028-29 fiscal year]"
    # "$14 million in [2027-28] to employ…", "over the [2026-27 financial year]": the
    # preposition of a deadline whose phrase was read without it
    r"|\s+(?:in|during|over|for|by|until|from|throughout)(?:\s+the)?\s*$"
)
_AGENT_END = re.compile(r"[,;]|\s+(?:to|for|in|on|at|from|under|with|before|after|by)\s")
_TRAILING = re.compile(r"[\s,;:.–—-]+$")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;])")
_SPLIT_SEP = re.compile(r"\s*,(?!\d)\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")  # not "300,000"
# Verbs that say what a body is made of: "drawn from", "made up of", "composed of".
_COMPOSING = frozenset({"draw", "make up", "compose", "comprise"})
_OF_FROM = re.compile(r"\s+(?:of|from)\b")
_TO_BE = re.compile(r"\s+to\s+be\b")
_STILL = re.compile(r"\bstill\b", re.IGNORECASE)
# An object that announces a list after it: "in five major initiatives:", "the following:".
_LIST_LEAD = re.compile(
    r"(?:[\w'’-]+\s+){0,4}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|following)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*:",
    re.IGNORECASE,
)
# An item that only qualifies the noun of the last one: "faster", "more visible".
_MODIFIER_ITEM = re.compile(
    r"(?:(?:more|less|most|least)\s+[\w-]+|faster|sooner|quicker|cheaper|better|earlier)\Z",
    re.IGNORECASE,
)
_NOT_A_NOUN_LIST = re.compile(r"\b(?:to|including|such\s+as|with|which|that|by)\b", re.I)
# "consult on three syllabuses: History, Geography and Art": the items name what a noun
# holds. "make a determination without conducting an inquiry or preparing reports",
# "provide shelter, water and sanitation at 40 sites": a preposition in the list may hang
# on one item or on all, so the list is kept whole rather than split wrongly.
_PARTS_LIST = re.compile(
    r"[:(]|\b(?:in|at|on|across|of|from|between|among|within|throughout|into|without|via|"
    r"through|around|near|inside|outside|along)\s",
    re.IGNORECASE,
)
# "build depots at Kochi, Ernakulam and Thrissur", "implement the programme in Fiji, Samoa
# and Vanuatu": an item that is a bare name (no article, capitalised) is a place or a body
# in a list of names, not a thing to make.
_BARE_NAME = re.compile(r"[A-Z][a-z]")


# A sentence's opening word that is not its subject: "Furthermore, the Secretary…".
_CONNECTIVE = re.compile(
    r"(?:\w+ly|however|moreover|meanwhile|furthermore|in\s+addition|separately|today|also|"
    r"finally|first|second|third|then|now|importantly|in\s+particular|as\s+a\s+result)",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(
    # "SEOUL (Reuters) - Hyundai said…": a wire's dateline ends with a hyphen for a dash.
    r"[,;:–—]\s|(?:--|—)(?=[A-Z])|(?<=\))\s+-{1,2}\s+(?=[A-Z])|"
    r"\b(?:but|while|whereas)\s+(?=[A-Z])|\bthat\s+|"
    # "A key example is how the Government is working…", not "will set out how the UK will…"
    r"(?<=\bis\s)how\s+|(?<=\bwas\s)how\s+|"
    r"\b(?:said|says|announced|confirmed|stated|added|noted|declared)\s+(?!that\b)|"
    # "…signed the charter, with 40 firms committing to train…": the firms promise. An
    # absolute clause: the words after "with" run to the cue, where the search ends.
    r"(?<=,\s)with\s+(?=[\w'’&-]+(?:\s+[\w'’&-]+){0,7}\s+\Z)"
)
# "will publish the roadmap by June and launch the fund in the autumn": a second verb
# after "and" starts a second promise.
_AND_VERB = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:to\s+)?(?:then\s+|also\s+|(?P<fully>fully\s+))?"
    r"(?P<verb>[a-z]+)\b"
)


class Promise(NamedTuple):
    """One promise of a coordinated object: its verb, its object's span, and whether only
    a comma, "and", "to", "then" or "also" joins it to the promise before it."""

    lemma: str
    start: int
    end: int
    joined: bool = False


@dataclass
class FoundAction:
    action: ExtractedAction
    owner: Owner | None


def find_actions(
    text: str,
    segments: list[Segment],
    *,
    anchor: dt.date,
    context: OwnerContext | None = None,
) -> list[FoundAction]:
    context = context or OwnerContext()
    rules = _RULE_MAKING.search(text) is not None
    found: list[FoundAction] = []
    seen: set[str] = set()

    def add(items: list[FoundAction]) -> None:
        for item in items:
            key = item.action.description.casefold()
            if key not in seen:
                seen.add(key)
                found.append(item)
                if context.first_owner is None and item.owner is not None:
                    context.first_owner = item.owner.entry

    previous: Owner | None = None
    block = None
    lead_in: LeadIn | None = None
    last: list[int] = []  # the actions of the sentence before, in this paragraph
    period: DueWindow | None = None  # "The funding covers the period 2025 to 2028."
    period_left = 0  # sentences with promises that period still dates
    fronted: Segment | None = None  # the sentence before, with promises ("In 2027, …")
    # "## By the end of 2027": from which action on a heading's deadline holds
    headed: list[tuple[int, DueWindow | None]] = []
    labelled = False  # under a numbered label alone ("## Objective 2")
    for segment in segments:
        if segment.kind in ("title", "heading"):
            due = heading_due(text, segment, anchor) if segment.kind == "heading" else None
            headed.append((len(found), due))
            labelled = is_objective_heading(text, segment.start, segment.end)
            continue
        objective = _headed_actions(text, segment, anchor, context, under_label=labelled)
        labelled = False
        if objective:
            add(objective)
            continue
        held = None  # a list's lead-in, kept for the items after a resolution
        if segment.kind == "bullet" and lead_in is not None:
            listed = _bulleted(text, segment, lead_in, anchor, context)
            if listed:
                add(listed)
                continue
            # "adopted the following:" then "1. City Council direct the Clerk to…", or a
            # numbered paragraph after the list ("6. We welcome Japan's commitment to…"):
            # an item the lead-in gives nothing is a sentence of its own, read as one
            held = lead_in
        lead_in = _lead_in(text, segment, anchor, context, previous)
        if lead_in is not None:
            continue  # its promises are the bullets that follow
        lead_in = held
        if segment.block != block:
            block, previous, last, fronted = segment.block, None, [], None
        before = len(found)
        previous = _find_in_sentence(text, segment, anchor, context, previous, rules, add)
        carry_fronted_due(text, segment, found[before:], fronted, anchor)
        fronted = segment if len(found) > before else None
        if len(found) > before:
            last = list(range(before, len(found)))
            if period is not None:
                _date_sums(found, last, period)
                period = period if period_left > 1 else None
                period_left -= 1
        else:
            if last:
                _date_from_next(text, segment, anchor, found, last)
                last = []
            if (covered := _covered_period(text, segment, anchor)) is not None:
                period, period_left = covered, PERIOD_REACH
    for index, (first, due) in enumerate(headed):
        stop = headed[index + 1][0] if index + 1 < len(headed) else len(found)
        if due is not None:
            _carry(found[first:stop], due, ".due_heading")
    _date_groups(found, [first for first, _ in headed])
    return _without_restatements(found)


# "The first two steps are to be completed by September", "Both projects will be
# implemented over six years", "… and all five projects are to be completed by …": a
# promise about a group of the promises before it, read as "complete all five projects".
_GROUP_DONE = re.compile(
    r"(?:complete|implement|deliver|finish|carry\s+out|roll\s+out)\s+"
    r"(?:(?P<first>the\s+first)|all(?:\s+of)?(?:\s+the(?:se)?)?|both(?:\s+of)?(?:\s+the(?:se)?)?|"
    r"these|each\s+of\s+the(?:se)?)\s+(?:(?P<n>\d+|[a-z]+)\s+)?(?:[\w-]+\s+)?"
    r"(?:projects|steps|measures|actions|tasks|works|schemes|programmes|programs|initiatives|"
    r"components|commitments|phases)",
    re.IGNORECASE,
)


def _date_groups(found: list[FoundAction], headings: list[int]) -> None:
    """Rule `.due_group`: a promise to complete a group of the promises before it ("all
    five projects", "both projects", "the first two steps") gives its deadline to those of
    them, under the same heading, that have none: the group is their deadline, said once."""
    for index, item in enumerate(found):
        due = item.action.due
        group = _GROUP_DONE.fullmatch(item.action.description.rstrip("."))
        if group is None or due is None or due.latest is None:
            continue
        start = max((h for h in headings if h <= index), default=0)
        members = range(start, index)
        if group.group("first"):
            count = group.group("n") or ""
            if count.lower() not in NUMBER_WORDS and not count.isdigit():
                continue
            members = range(start, min(index, start + number_value(count)))
        for i in members:
            action = found[i].action
            if action.due is None:
                found[i].action = dataclasses.replace(
                    action, due=due, rule=action.rule + ".due_group"
                )


def in_own_fiscal_years(
    found: list[FoundAction], context: OwnerContext, text: str, anchor: dt.date
) -> list[FoundAction]:
    """ "fiscal 2023" in a text of the Japanese government is Japan's year (April 2023 to
    March 2024), "by the end of the financial year" in an Australian one ends on 30 June:
    each fiscal window read again in the publishing government's year (dates_fiscal)."""
    if not any(i.action.due and i.action.due.rule in FISCAL_RULES for i in found):
        return found
    government = _government(context, text)
    for item in found:
        due = item.action.due
        if due is not None and due.rule in FISCAL_RULES:
            own = in_publishers_year(due, government, anchor)
            if own is not due:
                item.action = dataclasses.replace(item.action, due=own)
    return found


def _government(context: OwnerContext, text: str) -> str | None:
    """The state or province whose government the text's head names ("The NSW
    Government's 2026-27 Budget"), else the country whose government publishes the text,
    or failing that, the one it is mainly about, or the first it names ("Tokyo, Sept. 8
    (Jiji Press)--")."""
    region = regional_government(text)
    if region is not None:
        return region
    first = find_actors(text)[:1]
    for body in (context.publisher, context.main, first[0].entry if first else None):
        if body is not None and (body.kind == COUNTRY or body.country):
            return body.name if body.kind == COUNTRY else body.country
    return None


# "The funding covers the period 2025 to 2028." dates the sums given in the next sentences
# with promises (at most PERIOD_REACH of them) that have no deadline of their own.
_COVERS = re.compile(
    r"\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:funding|money|package|"
    r"programme|program|budget|allocation|settlement|envelope)\s+(?:covers|runs|spans|"
    r"will\s+(?:cover|run|span)|is\s+for)\b",
    re.IGNORECASE,
)
PERIOD_REACH = 2


def _covered_period(text: str, segment: Segment, anchor: dt.date) -> DueWindow | None:
    if _COVERS.match(text, segment.start, segment.end) is None:
        return None
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    return windows[0] if windows else None


def _date_sums(found: list[FoundAction], indexes: list[int], period: DueWindow) -> None:
    for i in indexes:
        action = found[i].action
        if action.due is None and _MONEY.search(action.description):
            found[i].action = dataclasses.replace(
                action, due=period, rule=action.rule + ".due_period"
            )


# "We will develop a roadmap… We task ministers to produce this roadmap by the end of the
# year": the second sentence dates the first promise and is no promise of its own.
_RESTATED = re.compile(
    r"(?P<verb>[A-Za-z]+)(?:\s+(?:up|out))?\s+(?:this|that|these|those|the\s+said)\s+"
    r"(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
_DESCRIPTION_WORD = re.compile(r"[a-z][a-z-]*")
_MAKING_VERBS = _DONE_VERBS | {
    "produce", "develop", "prepare", "draw", "draft", "write", "finalize", "deliver", "present",
}  # fmt: skip


def _without_restatements(found: list[FoundAction]) -> list[FoundAction]:
    """Drop a promise to make "this roadmap" when an earlier promise makes a roadmap,
    giving that promise this one's deadline if it had none."""
    kept: list[FoundAction] = []
    first_with: dict[str, FoundAction] = {}  # each word, to the first promise that has it
    for item in found:
        again = _RESTATED.match(item.action.description)
        earlier = None
        if again and again.group("verb").lower() in _MAKING_VERBS:
            earlier = first_with.get(again.group("noun").lower())
        if earlier is None:
            kept.append(item)
            for word in _DESCRIPTION_WORD.findall(item.action.description.casefold()):
                first_with.setdefault(word, item)
            continue
        if earlier.action.due is None and item.action.due is not None:
            earlier.action = dataclasses.replace(
                earlier.action, due=item.action.due, rule=earlier.action.rule + ".due_restated"
            )
    return kept


def _find_in_sentence(
    text: str,
    segment: Segment,
    anchor: dt.date,
    context: OwnerContext,
    previous: Owner | None,
    rules: bool,
    add: Callable[[list[FoundAction]], None],
) -> Owner | None:
    """The promises of one sentence of prose."""
    if is_question(text, segment.start, segment.end):
        return previous  # a question promises nothing
    if _CONDITIONAL_START.match(text, segment.start, segment.end):
        return previous  # "If the talks fail, the Commission will propose…"
    matches = cues(text, segment.start, segment.end)
    rule = "action.next_steps_section" if segment.in_next_steps else "action.promise"
    if not matches and segment.in_next_steps:
        matches = list(SECTION_VERB_RE.finditer(text, segment.start, segment.end))[:1]
        rule = "action.next_steps_section"
    left = segment.start
    here: Owner | None = None  # the owner of this sentence's promise before, if any
    lead: DueWindow | None = None  # the deadline written before that promise's verb
    for match in matches:
        relative = _RELATIVE_BEFORE.search(text, max(left, match.start() - 12), match.start())
        if relative and not REPORTED_BEFORE_RE.search(
            text, max(left, relative.start() - 16), relative.start()
        ):
            continue  # "…, which will mobilise €1.5 billion": what the act does
        if _INDIRECT_QUESTION.search(text, max(left, match.start() - 80), match.start()):
            continue  # "…can't say how many lanes will be built": asked, not promised
        items = _actions_of(
            text, segment, match, left, anchor, rule, context, previous, rules=rules, before=here
        )
        if lead is not None and _SAME_ONE_AFTER.search(text, left, match.start()):
            _carry(items, lead, ".due_clause_before")
        lead = next((d for i in items if (d := i.action.due) and _written_before(d, match)), None)
        add(items)
        here = next((i.owner for i in reversed(items) if i.owner), None)
        previous = here or previous
        left = match.end()
    taken = [(m.start(), m.end()) for m in matches]
    formed = _form_actions(text, segment, taken, anchor, context, previous, rules=rules)
    add(formed)
    return next((i.owner for i in reversed(formed) if i.owner), previous)


def _headed_actions(
    text: str, segment: Segment, anchor: dt.date, context: OwnerContext, *, under_label: bool
) -> list[FoundAction]:
    """Rule `action.headed_objective` (`extract_action_headed`): "Objective 1: To relocate
    1,500 households by 2034" is the promise of the body behind the text. A line with a
    cue of its own ("Goal 2: The agency will…") is read as any promise."""
    headed = headed_objective(text, segment.start, segment.end, under_label=under_label)
    body = context.main or context.publisher or context.first_owner
    if headed is None or body is None or cues(text, segment.start, segment.end):
        return []
    lemma, verb_end = headed
    owner = Owner(body, span(text, segment.start, segment.end))
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    end = object_end(text, verb_end, segment.end)
    return build_action(
        text, segment, Span(segment.start, segment.start, ""), owner, lemma, False, verb_end,
        end, windows, None, anchor, HEADED_RULE, context,
    )  # fmt: skip


# "The agency in 2027 will finalise the rules, and it will propose…", "In 2027, the agency
# will finalise the rules. It will also propose…": a deadline written before a promise's
# verb sets the time of the next promise of the same body (a pronoun, or "also") when that
# one has none of its own. One written after it ("will finalise the rules in 2027") is that
# promise's alone.
_SAME_ONE_AFTER = re.compile(
    r"(?:,\s*|\s)(?:and|but)\s+(?:it|they|he|she|we)\s+(?:also\s+)?\Z", re.IGNORECASE
)
_ALSO_NEXT = re.compile(
    r"\s*(?:It|They|He|She|We|The\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:will|would|shall|"
    r"plans?\s+to|intends?\s+to|is\s+to|are\s+to|is\s+set\s+to|aims?\s+to)\s+)?also\b"
)
_FRONTED = re.compile(r"\s*(?:(?:And|But|Then)\s+)?\Z")


def _written_before(due: DueWindow, match: re.Match[str]) -> bool:
    return due.span is not None and due.span.end <= match.start()


def _carry(items: list[FoundAction], due: DueWindow, suffix: str) -> None:
    for item in items:
        if item.action.due is None and due.latest is not None:
            action = item.action
            item.action = dataclasses.replace(action, due=due, rule=action.rule + suffix)


def fronted_due(text: str, segment: Segment, anchor: dt.date) -> DueWindow | None:
    """The deadline that opens a sentence, before a comma: "In 2027, the agency will…"."""
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    first = windows[0] if windows else None
    if first is None or first.span is None or first.latest is None:
        return None
    if not _FRONTED.match(text, segment.start, first.span.start):
        return None
    return first if text[first.span.end : first.span.end + 1] == "," else None


HEADING_OTHER_WORDS = 3  # words beside its deadline a heading that is one may have
# A day a heading names is the day of its news, not a deadline.
HEADING_DAY_RULES = frozenset({"on_date", "weekday", "day_range", "relative_day", "in_month"})


def heading_due(text: str, segment: Segment, anchor: dt.date) -> DueWindow | None:
    """Rule `.due_heading`: a heading that is a deadline ("By the end of 2027", "Within
    12 months", "Phase one: by June 2027") dates the undated promises under it, up to the
    next heading; one that names its subject as well ("Homes to be built by 2027") does not."""
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    if len(windows) != 1 or windows[0].latest is None or windows[0].span is None:
        return None
    due = windows[0]
    if due.rule in HEADING_DAY_RULES or due.latest is None or due.latest <= anchor:
        return None  # "Tuesday, 3 March 2026": the day of the release, no deadline
    rest = text[segment.start : due.span.start] + " " + text[due.span.end : segment.end]
    return due if len(re.findall(r"[A-Za-z]+", rest)) <= HEADING_OTHER_WORDS else None


def carry_fronted_due(
    text: str,
    segment: Segment,
    items: list[FoundAction],
    before: Segment | None,
    anchor: dt.date,
) -> None:
    """Rule `.due_sentence_before`: a sentence that goes on with "It will also…" takes the
    deadline that opened the sentence before (`before`), if it has none."""
    if before is None or all(i.action.due is not None for i in items):
        return
    if _ALSO_NEXT.match(text, segment.start, segment.end):
        due = fronted_due(text, before, anchor)
        if due is not None:
            _carry(items, due, ".due_sentence_before")


# "Will countries act?” she asked.": a question, quoted and then attributed.
_QUOTED_QUESTION = re.compile(r"\?[”\"’']\s*,?\s*(?:[\w'’.-]+\s+){1,4}?(?:asked|wondered|said)\b")


def is_question(text: str, start: int, end: int) -> bool:
    """Whether a sentence asks rather than states ("Will the plan work?", or a question in
    quotes followed by who asked it)."""
    if text[start:end].rstrip(" ”\"’'").endswith("?"):
        return True
    return "?" in text[start:end] and _QUOTED_QUESTION.search(text, start, end) is not None


def _date_from_next(
    text: str, segment: Segment, anchor: dt.date, found: list[FoundAction], last: list[int]
) -> None:
    """Give the undated promises of the sentence before the deadline this one sets for
    them: "… will publish guidance. This will be done by June." """
    back = _BACK_REFERENCE.match(text, segment.start, segment.end)
    if back is None:
        return
    undated = [i for i in last if found[i].action.due is None]
    noun = back.group("noun")
    if noun and not any(noun in found[i].action.description.casefold() for i in undated):
        return  # "The market is expected to grow by 2027": about something else
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    due = windows[0] if windows else None
    for i in undated if due else ():
        action = found[i].action
        found[i].action = dataclasses.replace(action, due=due, rule=action.rule + ".due_next")


@dataclass(frozen=True)
class LeadIn:
    """A sentence that announces a list of promises: "The government will:"."""

    owner: Owner | None
    due: DueWindow | None
    # "The Committee has decided to:": its bullets are what was decided, not work ahead.
    decided: bool = False


def _lead_in(
    text: str, segment: Segment, anchor: dt.date, context: OwnerContext, previous: Owner | None
) -> LeadIn | None:
    if not text[segment.start : segment.end].rstrip().endswith(":"):
        return None
    cue = _LEAD_IN.search(text, segment.start, segment.end)
    if cue is None:
        return None
    match = ACTION_RE.search(text, segment.start, segment.end)
    at = match.start() if match else cue.start()
    if re.match(r"would\b", text[cue.start() : cue.end()], re.IGNORECASE) and not (
        REPORTED_RE.search(text, segment.start, cue.start())
    ):
        return None  # "would" leads a list of promises only when reported
    subject = cue_subject(text, segment.start, at)
    said = list(REPORTED_RE.finditer(text, subject.start, subject.end))
    if said:  # "The minister said the Commonwealth would also:": the one it is said of
        subject = span(text, said[-1].end(), subject.end)
    asked = _ASKED_LEAD.search(text, segment.start, segment.end)
    office = addressee(text) if _YOU_WORD.search(text, segment.start, segment.end) else None
    if office is not None:
        subject = office  # "I expect you to deliver on the following commitments:" (a letter)
    elif asked is not None:
        # "The Minister has asked the Department to:": the bullets are the Department's
        subject = span(text, asked.start("who"), asked.end("who"))
    # a name that heads a list of what it will do is a body ("Northwind will:"), as one
    # that "plans to" is; not what a budget "includes:"
    animate = _WILL_LEAD.search(text, segment.start, segment.end) is not None
    owner = (
        owner_of(text, subject, context, previous=previous, animate=animate)
        if subject.quote
        else None
    )
    if owner is None and said and subject.quote:
        owner = named_body(text, subject, context)
    head = find_actors(text, segment.start, segment.end)[:1]
    if owner is None and head and head[0].start - segment.start <= len("The "):
        # "WHO Member States agreed on 3 March to continue talks, with the aim to:"
        owner = Owner(in_context(head[0].entry, context), span(text, head[0].start, head[0].end))
    body = context.body_at(segment.start) if owner is None else None
    if body is not None:  # "The new rules will:": the text's body, who made them
        owner = Owner(body, span(text, segment.start, segment.end))
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    due = windows[0] if windows else _dated(text, segment.start, segment.end, anchor)
    decided = DECIDED_LEAD.search(text, segment.start, segment.end) is not None
    return LeadIn(owner, due, decided)


# "Northwind will:", "The agency shall also:": a lead-in whose subject does the bullets.
_WILL_LEAD = re.compile(r"\b(?:will|shall)(?:\s+(?:also|now|further))?\s*:\s*$")
# "The Committee has decided to:", "Ministers today decided the following:".
DECIDED_LEAD = re.compile(
    r"\bdecided(?:\s+(?:to|on|upon))?(?:\s+the\s+following(?:\s+\w+)?)?\s*:\s*$", re.IGNORECASE
)


_YOU_WORD = re.compile(r"\b[Yy]ou\b")
_ASKED_LEAD = re.compile(
    r"\b(?:asked|tasked|instructed|directed|commissioned|invited|requested|mandated)\s+"
    r"(?P<who>(?:the\s+|his\s+|her\s+|its\s+|their\s+)?[A-Za-z][^,.;:()]{1,60}?)\s+"
    r"(?:to|with)\s*:\s*$"
)


def _bulleted(
    text: str, segment: Segment, lead_in: LeadIn, anchor: dt.date, context: OwnerContext
) -> list[FoundAction]:
    """One bullet of a list announced by a lead-in: "- publish the roadmap by June"."""
    first = _BULLET_VERB.match(text, segment.start, segment.end)
    if first is None:
        return []
    word = first.group("verb")
    lemma = base_form(word) if word.lower().endswith("ing") else word.lower()
    known = lemma in SECOND_PROMISE_VERBS or lemma in VERB_BASE or lemma in TASK_VERBS
    title_case = word[0].isupper() and _CAPITAL_NEXT.match(text, first.end(), segment.end)
    plural = not known and lemma.endswith("s") and not lemma.endswith(("ss", "us"))
    if (word[0].isupper() and not known) or title_case or lemma in NOT_VERBS or plural:
        return []  # "- Co-production agreements", "- representatives of…": nouns
    if lemma in NON_COMMITMENT_VERBS and lemma not in TRANSITIVE_COMMITMENTS:
        return []
    particle = first.group("particle")
    lemma = f"{lemma} {particle}" if particle else lemma
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    end = object_end(text, first.end(), segment.end)
    if lead_in.decided and is_the_decision(lemma, windows, anchor, first.end(), end):
        return []  # "decided to: - set the charge at €21.40 per MWh": the decision itself
    empty = Span(segment.start, segment.start, "")
    return build_action(
        text, segment, empty, lead_in.owner, lemma, False, first.end(), end, windows,
        lead_in.due, anchor, "action.bulleted", context,
    )  # fmt: skip


def _actions_of(
    text: str,
    segment: Segment,
    match: re.Match[str],
    left: int,
    anchor: dt.date,
    rule: str,
    context: OwnerContext,
    previous: Owner | None,
    *,
    rules: bool = False,
    before: Owner | None = None,
) -> list[FoundAction]:
    verb = verb_of(match)
    if verb is None:
        return []
    lemma, passive = verb
    head = lemma.split()[0]
    cue = (match.groupdict().get("cue") or "").lower()
    if WISH_RE.search(text, left, match.start()):
        return []  # "Kyiv hopes the EU will…", "if the talks fail, the EU will…"
    if in_subordinate_clause(text, segment.start, match.start()):
        return []  # "… is hard to ship because it must be kept cold": the reason, not work
    if makes_a_quality(text, head, passive, match.end(), segment.end):
        return []  # "it will make payments faster": an outcome hoped for, not a deliverable
    if "expected" in cue and FORECAST_AFTER_RE.search(text, match.end(), segment.end):
        return []  # "The bank is expected to hold rates, economists said": their forecast
    if _CONTENT_CLAUSE.search(
        text, max(segment.start, match.start() - CONTENT_REACH), match.start()
    ):
        return []  # "The strategy will set out how the UK will reach net zero": its content
    if cue.startswith("would") and not (
        REPORTED_RE.search(text, segment.start, match.start())
        or _ATTRIBUTED_AFTER.search(text, match.end(), segment.end)
    ):
        return []  # "would" is a promise only when reported: "said it would", "…, officials said"
    subject = cue_subject(text, left, match.start())
    if cue.startswith("would") and (joined := _AND_SUBJECT.search(subject.quote)):
        # "the Bill is expected to go to the committee and the government would try…"
        subject = span(text, subject.start + joined.end(), subject.end)
    plan_noun = _PLAN_ARTICLE.search(text, max(left, match.start() - 8), match.start())
    if passive and plan_noun is not None and cue.startswith("plan"):
        # "discussed a plan to be adopted by June": the plan is what is adopted
        word = match.group("cue").split()[0]
        subject = span(text, plan_noun.start(), match.start() + len(word))
    held_by: Owner | None = None
    if match.groupdict().get("plan"):
        body = context.publisher or context.main
        owner = Owner(body, span(text, segment.start, segment.end)) if body else None
        subject = Span(match.start(), match.start(), "")
        held_by = _aim_holder(text, match, context)
        owner = held_by or owner
    elif (
        subject.quote
        and _THIRD_PERSON.match(subject.quote)
        and (said := REPORTED_RE.search(text, left, match.start()))
    ):
        # "The Commission said it would…": the one who said it. A name that says what "it"
        # will do speaks of itself, so it is a body ("Hyundai said it would build…").
        main = cue_subject(text, left, said.start())
        owner = owner_of(text, main, context, previous=previous, animate=True)
        owner = owner or named_body(text, main, context)  # "state miner Codelco said it…"
    elif passive:
        owner = None  # "The new body will be established": the body is what is made
    else:
        # "Thames Water will install meters, the company said": a proper name that the
        # text calls a company is a body, as is one that "plans to" or "pledged to".
        animate = bool(INTENT_RE.match(cue) or _BODY_SAID.search(text, match.end(), segment.end))
        # "Equinor is to supply ammonia": what a name "is to" do is a body's planned work.
        animate = animate or cue in ("is to", "are to")
        # "EDF will submit a cost estimate": a short name in capitals that does concrete
        # follow-up work is a body ("AI will transform jobs" does none).
        animate = animate or bool(head in VERB_BASE and _ACRONYM.fullmatch(subject.quote))
        # "The Coast Guard will take delivery of two cutters": only a buyer takes delivery.
        animate = animate or bool(_TAKES_DELIVERY.match(text, match.end(), segment.end))
        subject = _without_time_tail(subject)
        owner = (
            owner_of(text, subject, context, previous=previous, animate=animate)
            if subject.quote
            else None
        )
        if owner is None and YOU_RE.fullmatch(subject.quote.strip()):
            # "As Minister of Housing, you will…" in a mandate letter: the minister's work
            office = you_are(text, span(text, segment.start, match.start())) or addressee(text)
            owner = owner_of(text, office, context, animate=True) if office else None
        if owner is None and before is not None and _ELIDED.search(subject.quote):
            owner = before  # "… will continue to support X and will publish Y": the same body
            subject = Span(match.start(), match.start(), "")
        forecast = _FORECAST_CUE.match(cue) or _FORECAST_LEAD.match(subject.quote)
        reach = object_end(text, match.end(), segment.end)
        worked = takes_object(text, head, match.end(), reach)
        obj = text[match.end() : reach]
        if owner is None and (fund := _named_before(text, subject)) is not None:
            # "… a financial intermediary fund (FIF) … The fund will bring resources": the
            # fund the text named, a body of its own, not its founder
            owner = Owner(fund, subject)
        if (
            owner is None
            and not forecast
            and (author := instrument_author(subject, lemma, context, previous, obj=obj))
        ):
            owner, rule = Owner(author, subject), "action.instrument_work"
        if owner is None and (author := _counted_work(text, subject, lemma, match, context)):
            owner, rule = Owner(author, subject), "action.instrument_counted_work"
        if (
            owner is None
            and not forecast
            and worked
            and (
                author := instrument_author(subject, lemma, context, previous, worked=True, obj=obj)
            )
        ):
            owner, rule = Owner(author, subject), "action.instrument_work"
        if (
            (owner is None or bare_echo(owner, subject))
            and not forecast
            and (made := made_instrument(text, subject, head, match.end(), reach)) is not None
        ):
            # "… to create a new investment hub … the hub will provide…": the made body's work
            owner, rule = made, MADE_INSTRUMENT_RULE
        if owner is None and (body := _meeting_body(subject, cue, context)):
            owner, rule = Owner(body, subject), "action.meeting_decision"
        if owner is None and (head not in NON_COMMITMENT_VERBS or head in TRANSITIVE_COMMITMENTS):
            # "Perinus will buy catches at a floor price": a name's planned work
            reach = object_end(text, match.end(), segment.end)
            owner = named_doer(text, subject, cue, head, match.end(), reach, context)
            rule = NAMED_DOER_RULE if owner is not None else rule
    if EXHORTATION_RE.match(cue) and FIRST_PERSON_RE.fullmatch(subject.quote):
        return []  # "We must wage the battle of innovation": a call, not a commitment
    if cue.startswith("want") and FIRST_PERSON_RE.fullmatch(subject.quote):
        return []  # "I want to thank…", "we want to empower them": a speaker's wish; a
        # reported one ("he said he wanted to invest €1bn") is an intention
    if head == "go" and _MONEY.search(subject.quote):
        # "A new £400 million grant will go to households": money allocated, by someone
        lemma, head, passive, owner = "allocate", "allocate", True, None
    elif head == "receive" and not passive and _FUNDS.match(text, match.end(), segment.end):
        # "Councils will receive £300 million to repair roads", "… receive the money from
        # April": councils funded, by someone
        lemma, head, passive, owner = "fund", "fund", True, None
    elif head == "benefit" and _MONEY.match(text, _after_from(text, match.end(), segment.end)):
        # "Four projects will benefit from £9.7 million": the projects funded, by someone
        lemma, head, passive, owner = "fund", "fund", True, None
    elif (
        head in _MONEY_WORK
        and not passive
        and owner is None
        and _SUM_SUBJECT.match(subject.quote)
        and (spender := context.main or context.publisher) is not None
    ):
        # "The remaining $3 million will fund summer camps": the text's body spends it
        owner, rule = Owner(spender, subject), "action.money_funds"
    if passive and lemma in _DONE_VERBS and _POINTS_BACK.match(subject.quote.strip(_OPENERS)):
        return []  # "This will be done by June", "(All three must be met by…)": those before
    if not passive and the_measure(subject.quote.strip(_OPENERS)):
        return []  # "He said this will remove silos": what the measure brings, not work
    purpose = cue in ("is to", "was to") and _PRONOUN.match(subject.quote.strip(_OPENERS))
    if purpose and not passive:
        return []  # "This is to ensure that families benefit": what it is for, not work
    if (
        passive
        and head in GIVING_VERBS
        and cue in ("is", "are")
        and not due_window_in(
            dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end),
            segment.start,
            segment.end,
        )
    ):
        return []  # "€12.2 million in funding is being provided": the announcement itself
    if passive and head == "prepare" and _TO_VERB.match(text, match.end(), segment.end):
        return []  # "NATO must be prepared to defend allies": readiness, not work
    if not passive and head == "use" and _TO_VERB.match(text, match.end(), segment.end):
        return []  # "a framework that the Government will use to guide…": what is used
    spent = _MONEY.search(subject.quote) and _FOR_ANY.match(text, match.end(), segment.end)
    if (
        passive
        and head == "use"
        and not (_FOR_PURPOSE.match(text, match.end(), segment.end) or spent)
    ):
        return []  # "the data will be used" says what happens to it; "used to guide…" is work
    included = _included_work(text, head, passive, subject, match.end(), segment.end)
    if included is not None:
        # "The measures will include providing benefits to households": the work of the
        # body that takes the measures
        body = previous.entry if previous else context.main or context.publisher
        body = body or context.first_owner
        if body is None:
            return []
        lemma, verb_end = included
        end = object_end(text, verb_end, segment.end)
        windows = dates.find_due_windows(
            text, reference=anchor, start=segment.start, end=segment.end
        )
        lead_due = next((w for w in windows if w.span and left <= w.span.start < verb_end), None)
        owner = Owner(body, span(text, segment.start, segment.end))
        if _GERUND_BEFORE.search(text, left, verb_end):
            # "Work will include extending the breakwater at Ramea and dredging the basins
            # at X, Y and Z, by March 2029": one action per work, the deadline shared
            return _each_gerund(
                text, segment, subject, owner, lemma, verb_end, end, windows, lead_due,
                anchor, "action.included_work", context,
            )  # fmt: skip
        return build_action(
            text, segment, subject, owner, lemma, False, verb_end, end, windows, lead_due,
            anchor, "action.included_work", context, whole=True,
        )  # fmt: skip
    if head in ("give", "allow", "grant") and ALLOWED_TIME_RE.match(text, verb_start(match)):
        return []  # "will give suppliers six months to publish": the suppliers' work, read
        # by `extract_action_plans`
    forecast = head not in TRANSITIVE_COMMITMENTS or owner is None
    if forecast and not passive and head == "have" and owner is not None:
        # "will have the first 400 boreholes back in service by December", "aims to have
        # electric buses account for 10 percent of the fleet by 2033": a dated end state
        # the body brings about; "will have a bright future" stays a forecast
        forecast = not _brought_about(text, match.end(), segment.end, anchor)
    started = subject.quote.strip(" \"“”‘’'")  # a quote may open on the subject
    starts_work = (
        head in _STARTING_VERBS
        and owner is None
        and bool(started)
        and bool(_WORK_SUBJECT.fullmatch(started) or INSTRUMENT_RE.fullmatch(started))
    )
    if starts_work:
        # the date is the start's own, after the verb ("will start in May"); one before it
        # ("At the signing on 24 March, … the work will start on the islands") is not
        after = dates.find_due_windows(text, reference=anchor, start=match.end(), end=segment.end)
        starts_work = due_window_in(after, match.end(), segment.end) is not None
    if not passive and head in NON_COMMITMENT_VERBS and forecast and not starts_work:
        return []  # "the market will grow", "the initiative is expected to influence"
    thing = ""
    body = context.main or context.publisher
    if (
        rules
        and owner is None
        and not passive
        and body is not None
        and subject.quote
        and not _PRONOUN.match(subject.quote)
        and _OBLIGATION_CUE.fullmatch(cue)
        # "“Every region must do more,” the minister said": a speaker's call, not a rule's
        and not context.speaker_at(match.start())[0]
    ):
        # "By 2030, new urban buses will need to reduce their emissions": the rule's
        thing, rule = _lowered(_SUBJECT_ADVERB.sub("", subject.quote)), "action.obligation"
        owner = Owner(body, span(text, segment.start, segment.end))
    verb_end = match.end()
    if one_meeting(text, head, verb_end, segment.end, subject.quote if passive else ""):
        return []  # "will hold their next summit in June": a milestone, not an action
    end = object_end(text, verb_end, segment.end)
    if passive and lemma in _DONE_VERBS and _MANNER.match(text, verb_end, end):
        return []  # "The implementation will be carried out in accordance with…": how
    if _STANDING_DUTY.fullmatch(cue) and _UNDER.match(text, segment.start, segment.end):
        return []  # "Under the Paris Agreement, governments are required to…": in force
    if not passive and head in TRANSITIVE_COMMITMENTS and end - verb_end < 3:
        return []  # "will expand." has no object: a forecast
    if builds_on(text, head, passive, verb_end, end):
        return []  # "will build on that success": a stance; "… by providing £200m" is work
    if passive and lemma in _COMPOSING and _OF_FROM.match(text, verb_end):
        return []  # "The council will be drawn from senior ministers": who sits on it
    if head == "continue" and _TO_BE.match(text, verb_end):
        return []  # "will continue to be there for those who need it": a state kept
    if _STILL.search(match.group()) and (passive or "have to" in cue):
        return []  # "will still have to pay premiums", "will still be published": unchanged
    if _LIST_LEAD.fullmatch(text[verb_end:end].strip() + text[end : end + 2].strip()):
        return []  # "will invest in five major initiatives:": the items are the work
    if announced_today(text, head, left, match.start()):
        return []  # "Today, the White House will announce new commitments": the news itself
    if passive and done_today(text, match.start()):
        return []  # "The final regulations are being published today": the news itself
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    lead_due = next((w for w in windows if w.span and left <= w.span.start < verb_end), None)
    if lead_due is not None and is_report_time(text, lead_due, match.start()):
        lead_due = None  # "Speaking at the weekend, the minister said…": when it was said
    if lead_due is None and (match.groupdict().get("given") or match.groupdict().get("generic")):
        # "Firms now have 12 months to implement the rules": the time given is the deadline
        lead_due = time_given(text, match.start(), match.end(), anchor)
    if match.groupdict().get("plan") and not windows:
        # "The main tasks are to raise X, to ensure Y", after "tasks for the next six months"
        lead_due = _named_window(text, match.group("plan"), segment.start, anchor)
    aim = match.groupdict().get("plan") and _AIM.search(match.group("plan"))
    if aim and not (
        held_by
        or lead_due
        or due_window_in(windows, verb_end, end)
        or _dated(text, verb_end, end, anchor)
    ):
        return []  # "The goal is to drive cooperation": an aim without a date is an aspiration
    if (
        _DECIDED.fullmatch(cue)
        and not (lead_due and is_ahead(lead_due, anchor))
        and is_the_decision(
            lemma,
            [*windows, *filter(None, [_dated(text, verb_end, end, anchor)])],
            anchor,
            verb_end,
            end,
        )
        and not _counted_object(text, verb_end, end)
    ):
        return []  # "The Commission today decided to withdraw two proposals": the decision
    also_passive = _WITH_PASSIVE.search(text, verb_end, end) if passive else None
    if also_passive is not None:
        end = also_passive.start()  # "…, with the final report presented in 2024": a second
    second = _OBLIGED_STATES if thing else frozenset()
    # "bring" ends in "ing" but is no gerund: "will bring together X, ensuring Y" is one
    # promise and its effect, not a list of gerunds
    verb_word = (match.groupdict().get("verb") or "").lower()
    gerund = verb_word.endswith("ing") and len(verb_word) > len("bring")
    parts = coordinated_promises(
        text, lemma, verb_end, end, windows, dated=lead_due is not None, also=second, gerund=gerund
    )
    # "The funding will be used to replace the wharf, extend the breakwater and dredge the
    # basins": the works the money is used for are each the body's work
    works = passive and head == "use" and _TO_VERB.match(text, verb_end, end) is not None
    series = series_verbs(text, verb_end, end) if len(parts) > 1 else frozenset()
    if not works and (passive or (owner is None and subject.quote)):
        parts = parts[:1]
    each: list[list[FoundAction]] = []
    for index, (part_lemma, part_start, part_end, _) in enumerate(parts):
        part_rule = rule if index == 0 else rule + ".second_promise"
        if index > 0 and part_lemma in series and part_lemma not in SECOND_PROMISE_VERBS:
            part_rule = SERIES_RULE  # a verb only the series showed to be one
        if works and index > 0:
            # the next works are done by whoever uses the money, as the first one is
            user = each[0][0].owner if each and each[0] else None
            if user is None:
                break
            each.append(build_action(
                text, segment, Span(part_start, part_start, ""), user, part_lemma, False,
                part_start, part_end, windows, lead_due, anchor, part_rule, context,
            ))  # fmt: skip
            continue
        each.append(build_action(
            text, segment, subject, owner, part_lemma, passive, part_start, part_end,
            windows, lead_due, anchor, part_rule, context, thing=thing,
        ))  # fmt: skip
    share_last_deadline(parts, each)
    out = [item for found in each for item in found]
    if also_passive is not None and out:
        what = also_passive.group("thing")
        at = also_passive.start("thing")
        out += build_action(
            text, segment, Span(at, at + len(what), what), owner,
            base_form(also_passive.group("participle")), True, also_passive.end("participle"),
            object_end(text, also_passive.end(), segment.end), windows, None, anchor,
            rule + ".second_promise", context,
        )  # fmt: skip
    return out


# Whose budget: "Council's 2026-27 budget", "the Shire of Ashby's budget".
_BUDGET_OF = re.compile(
    r"(?P<who>(?:[A-Z][\w&-]*\s+){0,4}?[A-Z][\w&-]*)['’]s\s+(?:[\w-]+\s+){0,3}?[Bb]udget\b"
)
# "The state budget invests…" in a council's text: another government's budget.
_OTHER_BUDGET = re.compile(
    r"\b(?:state|federal|national|provincial|regional|county|EU|Union|government['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?[Bb]udget\b",
    re.IGNORECASE,
)
# What a sum does when it is the subject: "$3 million will fund camps", "will pay for…".
# A subject that is a sum: "The remaining $3 million", "An extra £40m", "$2 million".
_SUM_SUBJECT = re.compile(
    r"\s*(?:(?:the|an?|this|that)\s+)?(?:(?:remaining|other|first|last|extra|additional|"
    rf"further|new|final)\s+)?{MONEY}\s*\Z",
    re.IGNORECASE,
)
_MONEY_WORK = frozenset({"fund", "finance", "pay", "buy", "build", "support", "cover"})
_GERUND_NOT_WORK = re.compile(
    r"according|including|following|regarding|concerning|excluding|starting|beginning|"
    r"during|pending|notwithstanding|considering|depending|totalling|totaling"
)
_GERUND_BEFORE = re.compile(r"[a-z]{3,}ing\s*\Z")


def _each_gerund(
    text: str,
    segment: Segment,
    subject: Span,
    owner: Owner | None,
    lemma: str,
    verb_end: int,
    end: int,
    windows: list[DueWindow],
    lead_due: DueWindow | None,
    anchor: dt.date,
    rule: str,
    context: OwnerContext,
) -> list[FoundAction]:
    """The actions of a list of gerunds ("to completing A by 2028, sealing B and preparing
    C within a year"): one per gerund, each with its own deadline, else the last one's."""
    parts = coordinated_promises(text, lemma, verb_end, end, windows, gerund=True)
    each = [
        build_action(
            text, segment, subject, owner, part_lemma, False, part_start, part_end, windows,
            lead_due, anchor, rule if index == 0 else rule + ".second_promise", context,
        )
        for index, (part_lemma, part_start, part_end, _) in enumerate(parts)
    ]  # fmt: skip
    share_last_deadline(parts, each)
    return [item for found in each for item in found]


def share_last_deadline(parts: list[Promise], each: list[list[FoundAction]]) -> None:
    """Rule `due_shared`: "assess the plans and publish an evaluation by mid-2027": tasks
    joined by "and" or commas, with one deadline after the last, all have it. `each` holds
    the actions of each part (none, one, or several for a list object)."""
    if len(parts) < 2 or not each[-1]:
        return
    last = each[-1][-1].action.due
    if last is None or last.span is None or last.span.start < parts[-1].start:
        return
    if last.recurrence or last.latest is None:
        return  # "… and report every quarter": how often the last task recurs
    if not all(part.joined for part in parts[1:]):
        return  # a clause between them: each keeps its own
    for found in each[:-1]:
        for item in found:
            if item.action.due is None:
                item.action = dataclasses.replace(
                    item.action, due=last, rule=item.action.rule + ".due_shared"
                )


def one_meeting(text: str, head: str, verb_end: int, end: int, subject: str = "") -> bool:
    """Whether "hold", "convene", "host" or "schedule" has one meeting or event as its
    object ("will hold their next summit in June"), or as its subject in the passive
    (`subject`: "the first community meetings will be scheduled in February"); or "visit"
    a place, or "make" an announcement: a milestone or an event, not an action. A series
    of meetings is work."""
    if head == "visit":
        return _PLACE_OBJECT.match(text, verb_end, end) is not None
    if head == "address":
        return _AUDIENCE_OBJECT.match(text, verb_end, end) is not None
    if head == "make":
        said = _ANNOUNCEMENT.fullmatch(subject) if subject else None
        return said is not None or _ANNOUNCEMENT.match(text, verb_end, end) is not None
    if head == "hold" and not subject and _HOLD_TO.match(text, verb_end, end):
        return True  # "will hold the operator to that"
    if head not in _MEETING_VERBS:
        return False
    if subject:
        # "meetings will be held / scheduled": the event; "will be organised by the agency"
        # says whose work it is
        return (
            head in _HELD
            and _MEETING_SUBJECT_PHRASE.fullmatch(subject) is not None
            and not (_MEETING_SERIES.match(" " + subject))
        )
    return _MEETING_OBJECT.match(text, verb_end, end) is not None and not _MEETING_SERIES.match(
        text, verb_end, end
    )


# The subject of the last clause joined by "and": "… and the UPA government" (would).
_AND_SUBJECT = re.compile(r".*\band\s+(?=(?:the|a|an|its|their)\s)", re.DOTALL)


def verb_start(match: re.Match[str]) -> int:
    """Where the promised verb of a cue starts (its participle for a passive)."""
    for group in ("verb", "participle", "third"):
        if match.groupdict().get(group):
            return match.start(group)
    return match.end()


# "The ministry would finalise the bill in the spring, officials said": a "would" reported
# after it, by a reporting clause or "according to".
_ATTRIBUTED_AFTER = re.compile(
    r",\s+(?:(?:the|a|an|its|their|two|several)\s+)?(?:[\w'’.-]+\s+){0,5}?(?:said|says|told|"
    r"confirmed|announced|reported|added)\b|\baccording\s+to\b"
)


# When or where a subject acted, after its name: "the G20 countries on Saturday",
# "NATO leaders at their meeting", "The Cabinet, meeting in Pretoria,", "The agency in
# 2027 (will finalise…)", "the ministry next year".
_TIME_TAIL = re.compile(
    r"(?:,?\s+(?:on|late|early|last|this)\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+\s+\d{1,2})|,?\s+(?:today|yesterday)|\s+at\s+(?:their|its|the)\s+"
    r"(?:[\w-]+\s+)?(?:meeting|summit|session|talks)|,?\s+(?:in|by|during)\s+(?:19|20)\d{2}"
    r"|,?\s+(?:this|next)\s+(?:year|month|week))\s*,?\s*$"
)


def _without_time_tail(subject: Span) -> Span:
    tail = _TIME_TAIL.search(subject.quote)
    if tail is None or tail.start() == 0:
        return subject
    return Span(subject.start, subject.start + tail.start(), subject.quote[: tail.start()])


# What "have" brings about: a thing "back in service", "in place", "account for" a share,
# or "installed", "connected", "trained" (a participle of work done to it).
_HAVE_STATE = re.compile(
    r"\s+(?:[\w,%’'-]+\s+){1,8}?(?:back\s+in\s+(?:service|operation|use)|in\s+place|"
    r"up\s+and\s+running|(?:fully\s+)?operational|account(?:ing)?\s+for|make\s+up|"
    r"(?:installed|built|completed|restored|repaired|rehabilitated|connected|replaced|"
    r"vaccinated|trained|enrolled|rehoused|housed|fitted|upgraded|electrified|certified)\b)",
    re.IGNORECASE,
)


def _brought_about(text: str, start: int, end: int, anchor: dt.date) -> bool:
    """Whether "have" at text[start:end] brings a thing to a state by a deadline: "have
    400 boreholes back in service before the end of the year" (never an undated one)."""
    state = _HAVE_STATE.match(text, start, end)
    if state is None:
        return False
    windows = dates.find_due_windows(text, reference=anchor, start=start, end=end)
    return bool(windows) or _dated(text, start, end, anchor) is not None


def _named_before(text: str, subject: Span) -> ActorEntry | None:
    """The body a definite "the fund" refers back to, when the text named it before with
    its own short name in brackets ("a financial intermediary fund (FIF)"); None else."""
    the = _THE_NOUN.fullmatch(subject.quote.strip())
    if the is None:
        return None
    noun = the.group("noun").lower()
    named = None
    for found in _NAMED_WITH_SHORT.finditer(
        text, max(0, subject.start - NAMED_REACH), subject.start
    ):
        if found.group("noun").lower() == noun:
            named = found.group("short")
    return ActorEntry(named, ORGANISATION, found_by_pipeline=True) if named else None


# "The fund", "The facility": a definite noun of a body a scheme may set up.
_THE_NOUN = re.compile(
    r"(?:[Tt]he|[Tt]his)\s+(?:new\s+)?(?P<noun>fund|facility|agency|authority|council|board)"
)
# "a financial intermediary fund (FIF)": a noun named, then its short name in brackets.
_NAMED_WITH_SHORT = re.compile(
    r"\b(?P<noun>fund|facility|agency|authority|council|board)\s+\((?P<short>[A-Z]{2,6})\)",
    re.IGNORECASE,
)
# How far back a definite noun may refer to the body named with its short name.
NAMED_REACH = 1500
# Verbs of an effect a plan is meant to have, not of work it does: "will reduce delays",
# "will strengthen agriculture", "will help firms grow".
_EFFECT_VERBS = frozenset(
    {"reduce", "improve", "increase", "strengthen", "boost", "enhance", "help", "streamline",
     "accelerate", "promote", "foster", "encourage"}
)  # fmt: skip
# An object that is only more (or less) of something: "more households", "fewer delays".
_MORE_OF = re.compile(r"\s*(?:more|fewer|less)\b", re.IGNORECASE)
# What a scheme gives or brings is its effect ("will give firms certainty", "will bring
# jobs"), not work, unless the verb is one of the lists' verbs of work.
_BENEFIT_VERBS = frozenset({"give", "bring", "offer", "afford", "grant", "lend"})


def instrument_author(
    subject: Span,
    lemma: str,
    context: OwnerContext,
    previous: Owner | None,
    worked: bool = False,
    obj: str | None = None,
    named: bool = False,
) -> ActorEntry | None:
    """The body behind the text's own plan or scheme when that is the subject ("The plan
    will mobilise £12 billion"): the text's main body, else its first owner, else the
    last owner named; None
    for any other subject, and for what a plan says rather than does ("will set out")."""
    head = lemma.split()[0]
    # `named`: a programme the text names with a short form of its own ("the Youth Skills
    # Pathway (YSP)"), whatever its head noun (`action_relative_owner`)
    instrument = named or INSTRUMENT_RE.fullmatch(subject.quote.strip()) is not None
    if not instrument or lemma in CONTENT_VERBS:
        return None
    if lemma in _OPENING_VERBS:
        return None  # "The scheme will open in May": a dated start (`action.scheduled_start`)
    if head in _EFFECT_VERBS or (obj is not None and _MORE_OF.match(obj)):
        # "The reforms will reduce delays", "The plan will connect more households": what
        # the plan is for, an effect hoped for; its works are named elsewhere
        return None
    # "The project will pilot new lending schemes": any verb of work done to an object is
    # the scheme's work, as a name's is (`action_named_doer`); an effect ("will reach 9,000
    # homes", "will power the town") or a verb without an object ("will dovetail with…")
    # is none.
    any_work = worked and head not in NON_COMMITMENT_VERBS and head not in _STATIVE
    any_work = any_work and head not in OUTCOME_VERBS and head not in _BENEFIT_VERBS
    if (head not in VERB_BASE and head not in SECOND_PROMISE_VERBS and not any_work) or (
        head == "make"
    ):
        return None  # "The plan will dovetail with…", "would make NATO more ready"
    body = context.main or context.publisher or context.first_owner
    return body or (previous.entry if previous else None)


_TAKES_DELIVERY = re.compile(r"\s+delivery\s+of\b")
# A counted object: "will line 260 km of channel", "will relocate 1,200 families", "will
# fit out two hospital ships".
_COUNTED = re.compile(
    r"\s+(?:(?:up|out|back|down|off)\s+)?(?:(?:a\s+further|another|an\s+extra|at\s+least|"
    r"more\s+than|over|some|about|around|nearly|almost|up\s+to)\s+)?(?:\d[\d,.]*|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|"
    r"thousands|dozens)\b(?!\s*(?:%|per\s?cent|years?|months?|weeks?|days?)\b)",
    re.IGNORECASE,
)
# Verbs of an effect, a size or a capacity, not of work, however counted: "will employ 300
# people", "will serve 40,000 homes", "will power 50,000 homes".
_STATIVE = frozenset(
    {"employ", "generate", "save", "reach", "span", "house", "accommodate", "carry",
     "displace", "emit", "avoid", "attract", "touch", "number", "total", "exceed", "top",
     "handle", "measure", "weigh", "stretch", "link", "feature", "comprise", "see", "cut",
     "power", "supply", "feed", "irrigate", "heat", "store", "process", "lift"}
)  # fmt: skip


def _counted_work(
    text: str, subject: Span, lemma: str, match: re.Match[str], context: OwnerContext
) -> ActorEntry | None:
    """Rule `action.instrument_counted_work`: a project or programme of the text that does
    work counted in things ("The canal project will line 260 km of channel"), with a verb
    the lists of work verbs do not hold, is the work of the body behind it."""
    head = lemma.split()[0]
    if head in _STATIVE or head in NON_COMMITMENT_VERBS or lemma in CONTENT_VERBS:
        return None
    if lemma in _OPENING_VERBS or not INSTRUMENT_RE.fullmatch(subject.quote.strip()):
        return None
    if not _COUNTED.match(text, match.end()):
        return None
    return context.main or context.publisher or context.first_owner


# A meeting that decides: "The summit decided to create a seed bank", "the ministerial
# agreed to set up a task force". The meeting decides for those who meet in it, the body
# the text is about; a meeting that "will" do something is only being forecast.
_MEETING_SUBJECT = re.compile(
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|conference|ministerial|session|"
    r"plenary|congress|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\Z"
    # "It was decided to create a seed registry": the meeting's decision, in the passive
    r"|it\s+(?:was|has\s+been|had\s+been)(?:\s+(?:also|further|therefore))?\Z",
    re.IGNORECASE,
)
_DECISION_CUE = re.compile(
    r"(?:(?:has|have)\s+(?:now\s+|also\s+)?)?(?:decided|agreed|resolved|committed)\s+to"
)
# What a body decides to make, which is work still to do even without a date: "decided to
# create a seed registry", "decided to draw up a protocol". A decision to do a thing done
# by deciding ("decided to withdraw two proposals") is the decision itself.
DECIDED_WORK = frozenset(
    {"create", "establish", "set up", "develop", "draw up", "build", "prepare", "draft",
     "design", "elaborate", "negotiate"}
)  # fmt: skip


# What a body decides to buy or give, counted in money or in large numbers, is work still
# to do: "decided to purchase one million wheat bags", "decided to provide a subsidy of up
# to 98 billion yen". A decision's own terms follow a preposition ("to keep the rate at
# 4.5%", "to set the charge at €21.40") or count what the deciding does ("to withdraw two
# proposals").
_COUNTED_LEAD = re.compile(
    r"\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?of\s+)?(?:(?:up\s+to|about|around|nearly|over|"
    r"some)\s+)?",
    re.IGNORECASE,
)
_COUNTED_NUMBER = re.compile(
    r"\d{1,3}(?:,\d{3})+\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|\d+)\s+"
    r"(?:hundred\s+)?(?:thousand|million|billion|crore|lakh)\b",
    re.IGNORECASE,
)


def _counted_object(text: str, start: int, end: int) -> bool:
    """Whether the object at text[start:end] opens with a sum or a large number."""
    lead = _COUNTED_LEAD.match(text, start, end)
    if lead is None:
        return False
    at = lead.end()
    return bool(AMOUNT_RE.match(text, at, end) or _COUNTED_NUMBER.match(text, at, end))


def is_the_decision(
    lemma: str, windows: list[DueWindow], anchor: dt.date, start: int, end: int
) -> bool:
    """Whether a verb a body "decided to" do names the decision itself: not work it still
    has to make (DECIDED_WORK) nor dated ahead. A year already past ("a cut of 7% on
    2025-26", "the shortfall of 2024-25", "unchanged from 2025") compares or names, and
    dates nothing."""
    if lemma in DECIDED_WORK:
        return False
    return not any(
        w.span is not None and start <= w.span.start < end and is_ahead(w, anchor) for w in windows
    )


def is_ahead(window: DueWindow, anchor: dt.date) -> bool:
    """Whether a window ends on or after `anchor` (an open one: starts on or after it)."""
    return (window.latest or window.earliest or anchor) >= anchor


def _meeting_body(subject: Span, cue: str, context: OwnerContext) -> ActorEntry | None:
    """Rule `action.meeting_decision`: the body behind a meeting that decides (the text's
    main body, else its publisher); None for any other subject or cue."""
    if not _DECISION_CUE.fullmatch(cue) or not _MEETING_SUBJECT.fullmatch(subject.quote.strip()):
        return None
    return context.main or context.publisher


# A second passive promise hung on the first: "A progress report will be presented in
# 2023, with the final outcome presented for consideration in 2024."
_WITH_PASSIVE = re.compile(
    r",\s+with\s+(?P<thing>(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?[\w-]+)\s+"
    r"(?P<participle>[a-z]{3,}ed)\s+(?=(?:for|to|by|at|in|on|before)\b)"
)


# What a package or a piece of work includes, when that is work: "The measures will include
# providing benefits…", "Delivering the Strategy will involve increased collaboration with
# the states…", "The engagement will include dialogue sessions…". What a document will
# contain ("the report will include data") is not work, and is left out.
_INCLUDING_SUBJECT = re.compile(
    r"(?:\A|\s)(?:[A-Z][a-z]+ing\s+\S.*|.*\b(?i:measures|package|plan|programme|program|"
    r"engagement|initiative|strategy|work|works|steps|support|response|phase|effort|efforts|commitments|pledges))\Z",
    re.DOTALL,
)
_WORK_INCLUDED = re.compile(
    # a gerund with an object, not a noun ("providing benefits", not "funding for nurses")
    r"\s+(?:(?P<gerund>[a-z]{3,}ing)\b(?!\s+(?:for|of|to|in|on|at|from|with|and|or)\b)|(?P<noun>(?:(?:increased|continued|new|further|closer|"
    r"more|greater|regular|in-person|joint|public)\s+)*(?:[a-z]+\s+)?(?:collaboration|"
    r"cooperation|consultations?|engagement|dialogue\s+sessions|sessions|workshops|payments|"
    r"grants|subsidies|training|reforms?)\b))"
)


def _included_work(
    text: str, head: str, passive: bool, subject: Span, start: int, end: int
) -> tuple[str, int] | None:
    """The verb (or the work named) and where its object starts, for "will include
    providing…" or "will involve increased collaboration with…"; None otherwise."""
    if passive or head not in ("include", "involve"):
        return None
    if not _INCLUDING_SUBJECT.search(subject.quote):
        return None
    found = _WORK_INCLUDED.match(text, start, end)
    if found is None:
        return None
    if found.group("gerund"):
        lemma = base_form(found.group("gerund"))
        if lemma not in SECOND_PROMISE_VERBS and lemma not in VERB_BASE:
            return None
        return lemma, found.end()
    return found.group("noun"), found.end()


# What a document will say, not work: "will set out how the UK will…", "explains when…",
# within this many characters before the cue.
CONTENT_REACH = 60
_CONTENT_CLAUSE = re.compile(
    r"\b(?:set(?:s|ting)?\s+out|outline[sd]?|outlining|describe[sd]?|describing|explain(?:s|ed)?|"
    r"explaining|show(?:s|ed)?|showing|detail(?:s|ed)?|detailing)\s+(?:how|what|when|where|why|"
    r"whether|which)\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"(?:the\s+)?[A-Z][A-Z0-9&]{1,7}")
_BODY_SAID = re.compile(
    r",\s+(?:the|a|an)\s+(?:\w+\s+)?(?:company|firm|group|operator|utility|bank|insurer|"
    r"carrier|airline|manufacturer|maker|developer|association|union|charity|agency|"
    r"regulator|body|organi[sz]ation|institute|university|council|supplier)\s+"
    r"(?:said|says|announced|added|confirmed|stated)\b",
    re.IGNORECASE,
)
# A document its author has yet to publish: "the forthcoming Green Paper", "the upcoming
# strategy".
# What follows a verb used without an object: "will open in 2025", "will launch next month".
_NO_OBJECT = re.compile(
    r"\s+(?:in|on|by|from|at|before|after|during|later|early|next|this|soon|shortly|to\s+the)\b",
    re.IGNORECASE,
)
_FORTHCOMING = re.compile(r"(?:the\s+)?(?:forthcoming|upcoming)\s+\S", re.IGNORECASE)
# How promised work is done, not new work: "… will be carried out in accordance with…".
_MANNER = re.compile(
    r"\s*(?:in\s+accordance\s+with|in\s+line\s+with|according\s+to|on\s+the\s+basis\s+of|"
    # "The Strategy will be delivered through coordinated action across government": how
    r"(?:through|via)\s+(?!the\s+[A-Z])(?:[a-z-]+,?\s+){0,4}?(?:action|work|efforts?|"
    r"cooperation|collaboration|coordination|engagement|partnerships?|measures)\b)",
    re.IGNORECASE,
)
# A duty already in force, not a follow-up: "Under the Paris Agreement, governments are
# required to submit plans" (but "Under the new law, states will be required to…" is one).
_STANDING_DUTY = re.compile(r"(?:is|are)\s+(?:required|obliged)\s+to", re.IGNORECASE)
_UNDER = re.compile(r"[\s“\"]*Under\s+(?!(?:the\s+)?(?:new|proposed|planned|draft)\b)")
# Money given in the present tense ("is providing", "is being provided") is the
# announcement the text reports, unless it is dated.
GIVING_VERBS = frozenset(
    {"provide", "invest", "allocate", "give", "fund", "spend", "make available"}
)
# "will be used to help guide decisions", "will be used for training installers"
_FOR_PURPOSE = re.compile(r"\s+(?:to\s+[a-z]+|for\s+[a-z]+ing)\b")
# "$235m will be used for public health measures": money spent on something.
_FOR_ANY = re.compile(r"\s+(?:\w+ly\s+)?(?:for|on|to\s+fund)\b")
_TO_VERB = re.compile(r"\s+to\s+[a-z]+")
_FROM_MONEY = re.compile(r"\s+from\s+(?:(?:another|an\s+extra|a\s+further|a|an|the)\s+)?")


def _after_from(text: str, start: int, end: int) -> int:
    """Where the money of "will benefit from (another) £1.5 billion" starts."""
    found = _FROM_MONEY.match(text, start, end)
    return found.end() if found else end


# "The stated aim of the German government is to…", "Our goal is to…": an aim its holder
# states as its own is that body's commitment, dated or not.
_AIM_OF = re.compile(r"\bof\s+(?P<who>(?:the\s+)?[^,;]+?)\s+(?:is|are|will\s+be)\s+to:?$", re.I)
_OUR = re.compile(r"\A(?:our|my)\b", re.IGNORECASE)


def _aim_holder(text: str, match: re.Match[str], context: OwnerContext) -> Owner | None:
    plan = match.group("plan")
    if _OUR.match(plan):
        body = context.publisher or context.main or context.first_owner
        return Owner(body, span(text, match.start("plan"), match.end("plan"))) if body else None
    held = _AIM_OF.search(plan)
    if held is None:
        return None
    at = match.start("plan") + held.start("who")
    who = span(text, at, at + len(held.group("who")))
    owner = owner_of(text, who, context)
    return owner if owner is not None and not owner.entry.found_by_pipeline else None


# "has decided to": the decision the text reports, taken by deciding; a follow-up only
# when it is dated ("decided to review the rules by 2028").
_DECIDED = re.compile(r"(?:(?:has|have)\s+(?:now\s+|also\s+)?)?decided\s+to", re.IGNORECASE)
# A goal, not a plan: dated, it is a target ("A key goal is to … by 2028"); else a wish.
_AIM = re.compile(r"\b(?:goals?|aims?|objectives?|ambitions?|purpose)\b", re.IGNORECASE)
_PLAN_ARTICLE = re.compile(r"\b(?:a|an|the|its|their|new)\s+$", re.IGNORECASE)
_PLAN_NOUN = re.compile(r"(\w+)\s+(?:is|are|will\s+be)\s+to:?$", re.IGNORECASE)
# How far after "the tasks" the text may give their period: "tasks for the cabinet of
# ministers (the government) for the next six months".
PLAN_WINDOW_REACH = 80
MAX_PLAN_MENTIONS = 3
_PERIOD_AHEAD = re.compile(
    r"(?:for|over|within|during|by|before|until|in\s+the\s+(?:next|coming))\b", re.IGNORECASE
)
PLAN_LOOKBACK = 3000  # characters searched back for the plan's mentions, to stay linear


def _named_window(text: str, plan: str, before: int, anchor: dt.date) -> DueWindow | None:
    """The period the text gave earlier to the plan a cue names ("the tasks are to …"):
    a deadline at most PLAN_WINDOW_REACH characters after one of its last mentions within
    PLAN_LOOKBACK characters."""
    noun = _PLAN_NOUN.search(plan)
    if noun is None:
        return None
    word = noun.group(1).lower()
    mention_re = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    mentions = list(mention_re.finditer(text, max(0, before - PLAN_LOOKBACK), before))
    for mention in reversed(mentions[-MAX_PLAN_MENTIONS:]):
        reach = min(before, mention.end() + PLAN_WINDOW_REACH)
        windows = dates.find_due_windows(text, reference=anchor, start=mention.end(), end=reach)
        for window in windows:
            if _PERIOD_AHEAD.match(window.text):
                return window  # "for the next six months", not "on 3 March" (when said)
    return None


# Between a verb of saying and the clause it reports: nothing, or "that".
_REPORTED_THAT = re.compile(r"[ \t]*(?:that[ \t]+)?")


def _sayer(text: str, segment: Segment, subject: Span, context: OwnerContext) -> Owner | None:
    """Rule `owner.sayer_of_passive`: the body that says what will be done, when the
    promise names no doer ("The ports authority says the new berth will be dredged by
    May", "Fiji's government said work will start in June"); None when the sayer is no
    body the text knows ("Officials said…", "a newspaper reports…")."""
    if not subject.quote:
        return None
    said = next(reversed(list(REPORTED_RE.finditer(text, segment.start, subject.start))), None)
    if said is None or _REPORTED_THAT.fullmatch(text, said.end(), subject.start) is None:
        return None
    who = cue_subject(text, segment.start, said.start())
    if not who.quote:
        return None
    # a minister who says so speaks for the ministry ("Health Minister Ana Ruiz said…")
    return ministry_of_speaker(text, who) or owner_of(text, who, context)


def cue_subject(text: str, left: int, cue: int) -> Span:
    """The subject of a cue: the text of its clause before it."""
    clause = left
    for brk in _CLAUSE_START.finditer(text, left, cue):
        if text.count("(", left, brk.start()) <= text.count(")", left, brk.start()):
            clause = brk.end()  # a comma inside brackets ends no clause
    subject = span(text, clause, cue)
    if not subject.quote and clause > left:
        # "The regulation, agreed with the Parliament in July, will…": the subject is the
        # head of the sentence, before the apposition.
        start = left
        for first in _CLAUSE_BREAK.finditer(text, left, cue):
            subject = span(text, start, first.start())
            if not _CONNECTIVE.fullmatch(subject.quote):
                break
            start = first.end()  # "Furthermore, the Secretary of State …, shall publish"
        else:
            subject = span(text, start, cue)
    conjunction = _LEADING_CONJUNCTION.match(subject.quote)
    if conjunction:  # "…, and ministers are expected to approve it"
        subject = span(text, subject.start + conjunction.end(), subject.end)
    if _ELIDED.search(subject.quote) or not subject.quote.strip(" ,"):
        # "we are launching X and are working with Y to…", "Ministers regretted X, and
        # gave their commitment to…": the subject of the first verb of the sentence.
        first = FIRST_VERB.search(text, left, cue)
        if first is not None and first.start() > left:
            # "JOHANNESBURG – The G20 members met … and agreed to…": not the dateline
            lead = DATELINE.match(text, left, first.start())
            subject = span(text, lead.end() if lead else left, first.start())
    return subject


# Where a clause joined by ", and" or ";" starts: a wish in the clause before is not this
# clause's ("The Assembly urged States to act, and requested the CDC to report").
_JOINED_CLAUSE = re.compile(r"(?:,\s+and|;)\s+")


def _own_clause(text: str, start: int, at: int) -> int:
    joins = [m.end() for m in _JOINED_CLAUSE.finditer(text, start, at)]
    return joins[-1] if joins else start


def _form_actions(
    text: str,
    segment: Segment,
    taken: list[tuple[int, int]],
    anchor: dt.date,
    context: OwnerContext,
    previous: Owner | None,
    *,
    rules: bool = False,
) -> list[FoundAction]:
    """Work given to someone, work under way and targets (`extract_action_forms`)."""
    out: list[FoundAction] = []
    windows: list[DueWindow] | None = None
    for form in [
        *forms(text, segment.start, segment.end),
        *mandates_given(text, segment.start, segment.end),
    ]:
        if any(a <= form.verb_end <= b for a, b in taken):
            continue  # already read as "subject + cue + verb"
        if form.rule == "action.measures_listed" and any(a < form.who.end for a, _ in taken):
            continue  # "will adopt measures to cut X, to build Y": read with its cue
        if WISH_RE.search(text, _own_clause(text, segment.start, form.who.start), form.who.end):
            continue  # "Kyiv hopes the EU will ask…"; not "urged X to…, and requested Y to…"
        given = form.rule in ("action.tasked", "action.commitment_of", "action.will_see")
        who = form.who if given else cue_subject(text, segment.start, form.who.end)
        held = FIRST_VERB.search(text, who.start, who.end)
        if form.rule in ("action.commitment_held", "action.to_be_done") and held is not None:
            who = span(text, who.start, held.start())  # "The agency is acting on its …"
        owner = owner_of(text, who, context, previous=previous, animate=True) if who.quote else None
        body = context.main or context.publisher
        if form.rule == "action.money_to" and body is not None:
            # ", with £1.25 billion going to a housing fund": the text's body allocates it
            who, owner = form.who, Owner(body, span(text, segment.start, segment.end))
        elif form.rule == "action.budget_gives":
            # "Council's 2026-27 budget allocates $4.1 million…": the budget's holder, else
            # the text's body
            holder = _BUDGET_OF.search(text, form.who.start, form.who.end)
            owner = (
                owner_of(text, span(text, holder.start("who"), holder.end("who")), context,
                         animate=True)
                if holder else None
            )  # fmt: skip
            if owner is None and body is not None and not _OTHER_BUDGET.search(form.who.quote):
                owner = Owner(body, span(text, segment.start, segment.end))
            who = Span(form.verb_end, form.verb_end, "")
        elif form.rule == "action.planned":
            # "Several simplification proposals are planned": what is planned, by the body
            thing = _SUBJECT_ADVERB.sub("", who.quote)
            if not _PLANNED_THING.search(thing) or body is None:
                continue
            owner = Owner(body, span(text, segment.start, segment.end))
            form = dataclasses.replace(form, lemma=_lowered(thing))
        elif form.rule == "action.to_be_done" and owner is None and body is not None:
            # "ministers finalised the framework for a package to be implemented from July 1"
            owner = Owner(body, span(text, segment.start, segment.end))
        elif (
            form.rule == "action.target"
            and owner is None
            and (rules or INSTRUMENT_RE.fullmatch(who.quote.strip()))
            and body is not None
        ):
            # "The agreement keeps the goal of healthy soils by 2050": the rule makers'
            # target; "The strategy sets a target of…": the target of the body behind it
            owner = Owner(body, span(text, segment.start, segment.end))
        if owner is None and (given or form.rule == "action.under_way") and who.quote:
            # "requested the Africa CDC to report", "USDA's Risk Management Agency (RMA) is
            # reviewing whether…": a name the tables do not know
            owner = named_body(text, who, context)
        if owner is None and not (given and is_first_person(who.quote)):
            continue  # "I have asked my officials to…" by an unnamed speaker is still one
        if windows is None:
            windows = dates.find_due_windows(
                text, reference=anchor, start=segment.start, end=segment.end
            )
        end = object_end(text, form.verb_end, form.end or segment.end)
        if (
            form.rule == "action.under_way"
            and form.lemma in GIVING_VERBS
            and not due_window_in(windows, form.verb_end, end)
        ):
            continue  # "The government is providing £14 million": the announcement itself
        if form.rule in ("action.target", "action.commitment_held", "action.to_be_done") and not (
            due_window_in(windows, form.verb_end, end) or _dated(text, form.verb_end, end, anchor)
        ):
            continue  # a target without a date is an aspiration
        if form.rule == "action.budget_gives":
            # the budget's own year dates what it gives, unless the object has a deadline
            year = due_window_in(windows, form.who.start, form.verb_end)
            out += build_action(
                text, segment, who, owner, form.lemma, False, form.verb_end, end, windows,
                year, anchor, form.rule, context,
            )  # fmt: skip
            continue
        if form.rule == "action.commitment_of" and _GERUND_BEFORE.search(
            text, form.who.end, form.verb_end
        ):
            # "It commits the council to completing A by 2028, sealing B and preparing C"
            out += _each_gerund(
                text, segment, who, owner, form.lemma, form.verb_end, end, windows, None,
                anchor, form.rule, context,
            )  # fmt: skip
            continue
        if form.rule in ("action.measures_listed", "action.tasked"):
            # "measures to cut X, to build Y and to train Z": one action per task; so for
            # "ordered the company to bring X into compliance and to suspend Y"
            for lemma, part_start, part_end, _ in coordinated_promises(
                text, form.lemma, form.verb_end, end, windows
            ):
                out += build_action(
                    text, segment, who, owner, lemma, False, part_start, part_end, windows,
                    None, anchor, form.rule, context,
                )  # fmt: skip
            continue
        out += build_action(
            text, segment, who, owner, form.lemma, False, form.verb_end, end, windows, None,
            anchor, form.rule, context,
        )  # fmt: skip
    return out


# What the text's body plans: a word of work ending the subject of "are planned" (a
# review or a consultation planned for a date is an event, read as a milestone).
_PLANNED_THING = re.compile(
    r"\b(?:proposals?|measures|initiatives?|reforms?|laws?|legislation|guidance|rules|"
    r"regulations?|changes|investments?|projects?|programmes?|"
    r"programs?|tenders|auctions|strategy|strategies|plans?|packages?|steps|actions)\Z",
    re.IGNORECASE,
)


def _unquoted(subject: str) -> str:
    """A subject without the mark that opens the quotation it starts: a quoted paragraph's
    passive ("“The wage subsidies will be extended…") is the speaker's promise, and its
    object is the subject's words, not the mark (a name in quotes, closed inside the
    subject, keeps its marks: '"Early Years" grants')."""
    bare = subject.lstrip()
    if bare[:1] not in _OPENING_MARKS or sum(bare.count(q) for q in _QUOTE_MARKS) % 2 == 0:
        return subject
    if _PRONOUN.match(bare[1:].strip()):
        return subject  # "“This will be carried out in phases": what it is, said before
    return bare[1:]


_OPENING_MARKS = ('"', "“", "‘")
_QUOTE_MARKS = ('"', "“", "”")


def _lowered(thing: str) -> str:
    """A subject made an object: "Guidance for installers" → "guidance for installers"."""
    if thing[:4] in ("The ", "This", "Thes", "Its ") or _SENTENCE_CAPITAL.match(thing):
        return thing[0].lower() + thing[1:]
    return thing


def coordinated_promises(
    text: str,
    lemma: str,
    start: int,
    end: int,
    windows: list[DueWindow],
    *,
    dated: bool = False,
    also: frozenset[str] = frozenset(),
    gerund: bool = False,
) -> list[Promise]:
    """One Promise (verb, object start and end, how it is joined) per promise of a
    coordinated object: "publish X by June and launch Y in the autumn" and "to raise X,
    to ensure Y" are two promises each, and so are "By 2030, … cut X and launch Y by 2035" (the first `dated`
    before its verb, the second by its own deadline). Otherwise, without a comma or a
    repeated "to", "address barriers and support reforms" stays one."""
    parts: list[Promise] = []
    # "bring X, incentivize Y and serve as Z": verbs the lists do not know, in a series
    also = also | series_verbs(text, start, end)
    joined = False  # only "and" or a comma before this part: its tasks may share a deadline
    listed = False  # "cut X, build Y and train Z": after a comma, "and train" is one more
    for found in _AND_VERB.finditer(text, start, end):
        word = found.group("verb")
        also_gerund = gerund and word.endswith("ing")
        if also_gerund:
            word = base_form(word)  # "responsible for licensing X and setting Y": two tasks
        # after ", to" any verb of work opens the next task: "…, and to pay pensions on time"
        infinitive = " to " in f" {found.group()}" and word not in NOT_VERBS
        infinitive = infinitive and word not in NON_COMMITMENT_VERBS
        # "available to the Agency and to emergency services": "to" a preposition, twice
        infinitive = infinitive and not _TO_PLACE.search(text, start, found.start())
        known = word in SECOND_PROMISE_VERBS or word in SECOND_TASK_VERBS or word in also
        known = known or infinitive
        # "to finishing A, widening B and drafting C": in a list of gerunds, any gerund of
        # work opens the next one ("…, according to plan" does not)
        known = known or (also_gerund and word not in NON_COMMITMENT_VERBS and not (
            _GERUND_NOT_WORK.fullmatch(found.group("verb"))
        ))  # fmt: skip
        if not known or found.start() <= start:
            continue
        if _PURPOSE.search(text, start, found.start()):
            break  # "deliver $2bn so that patients wait less and spend less time…": its aim
        if _RELATIVE_WORK.search(text, start, found.start()):
            # "make investments that will create jobs, build communities and…": the verbs
            # after a relative clause's own "will" are its verbs, what the object does
            break
        # ", and launch", "and to launch", or after a deadline of its own
        marked = "," in found.group() or " to " in f" {found.group()}" or listed or also_gerund
        own = (
            dated
            and not due_window_in(windows, start, found.start())
            and due_window_in(windows, found.end(), end)
        )
        # "consult on the draft code and publish final guidance": two deliverables, each
        # with its own object ("monitor and assess the soils" shares one, and stays one)
        # "expand credit guarantees and extend the deadline to the end of August": the
        # second verb of work has a date of its own ("to", "until"), the first none; a
        # deadline at the end ("evaluate X and submit Y within 18 months") is shared
        second_due = due_window_in(windows, found.end(), end)
        own = own or (
            lemma.split()[0] in _WORK_VERBS
            and word in _WORK_VERBS
            and len(text[start : found.start()].split()) >= MIN_OBJECT_WORDS
            and not due_window_in(windows, start, found.start())
            and second_due is not None
            and second_due.span is not None
            and _OWN_DATE.search(text, max(0, second_due.span.start - 10), second_due.span.start)
            is not None
        )
        deliverables = (
            lemma.split()[0] in VERB_BASE
            and word in VERB_BASE
            and len(text[start : found.start()].split()) >= MIN_OBJECT_WORDS
            and not _INFINITIVE_END.search(text, start, found.start())
        )
        if not text[start : found.start()].strip(" ,") or _INFINITIVE_END.search(
            text, start, found.start()
        ):
            continue  # "(to) design, implement and monitor the policies": one shared object
        if marked or own or deliverables or due_window_in(windows, start, found.start()):
            # a list of bare verbs; in a list of "to …" items, "and unleash" stays in its item
            listed = listed or ("," in found.group() and " to " not in f" {found.group()}")
            parts.append(Promise(lemma, start, found.start(), joined))
            lemma, start, joined = word, found.end(), found.group("fully") is None
    parts.append(Promise(lemma, start, end, joined))
    merged: list[Promise] = []
    for part in parts:
        if merged and _ONLY_PRONOUN.fullmatch(text, part.start, part.end):
            # "achieve carbon neutrality in 2015 and maintain it thereafter": the same
            # promise kept, not a second one to check
            merged[-1] = merged[-1]._replace(end=part.end)
        else:
            merged.append(part)
    return [piece for part in merged for piece in _as_well_as(text, part)]


# "to" before an article or a name: a preposition ("give maps to the Agency").
_TO_PLACE = re.compile(r"\bto\s+(?:the|a|an|its|their|our|his|her|[A-Z])\b")
_WORK_VERBS = frozenset(VERB_BASE) | SECOND_PROMISE_VERBS
_OWN_DATE = re.compile(r"\b(?:to|until|till|through)\s+\Z", re.IGNORECASE)
# An object that is only a pronoun for the one before: "maintain it thereafter".
_ONLY_PRONOUN = re.compile(
    r"\s*(?:it|them|this|that|these|those)(?:\s+(?:thereafter|afterwards|after\s+that|"
    r"from\s+then\s+on|in\s+future|over\s+time))?[\s.,;]*"
)
# A purpose clause: the verbs after it say what the promise is for, not more promises.
_PURPOSE = re.compile(r"\b(?:so\s+that|in\s+order\s+(?:to|that)|so\s+as\s+to)\b", re.I)
# A relative clause with a verb of its own: "investments that will create jobs".
_RELATIVE_WORK = re.compile(r"\b(?:that|which|who)\s+(?:will|would|shall|can|could|must)\s")


# "provide funds for water infrastructure as well as funds for counselling": two grants.
_AS_WELL_AS = re.compile(r",?\s+as\s+well\s+as\s+(?P<word>[a-z]+)\b")
MIN_AS_WELL_AS_WORDS = 2  # words on each side, so "A as well as B" names two things


def _as_well_as(text: str, part: Promise) -> list[Promise]:
    lemma, start, end, joined = part
    found = _AS_WELL_AS.search(text, start, end)
    if found is None:
        return [part]
    before = text[start : found.start()].split()
    after = text[found.end("word") - len(found.group("word")) : end].split()
    if len(before) < MIN_AS_WELL_AS_WORDS or len(after) < MIN_AS_WELL_AS_WORDS:
        return [part]
    word = found.group("word")
    if word.endswith("ing") or word in SECOND_PROMISE_VERBS:
        # "…, as well as expanding the scheme": a second verb of its own
        return [
            Promise(lemma, start, found.start(), joined),
            Promise(base_form(word), found.end(), end),
        ]
    return [Promise(lemma, start, found.start(), joined), Promise(lemma, found.start("word"), end)]


def _own_due(text: str, windows: list[DueWindow], start: int, end: int) -> DueWindow | None:
    """The deadline in an object, not the date of an aside set off by commas: "extend the
    subsidy, currently set to expire at the end of this month, until the end of the year"."""
    inside = [w for w in windows if w.span and start <= w.span.start < end]
    if len(inside) < 2:
        return inside[0] if inside else None
    own = [w for w in inside if not _in_aside(text, w, start, end)] or inside
    # "close the line for six weeks in the summer of 2027": how long the work lasts is
    # no deadline when its object also says when
    timed = [w for w in own if w.rule != "for_duration"]
    return timed[0] if timed else own[0]


# A comma that sets off an aside; the comma inside "1,100 trillion won" does not.
_ASIDE_COMMA = re.compile(r",(?!\d)")


def _in_aside(text: str, window: DueWindow, start: int, end: int) -> bool:
    assert window.span is not None
    opened = _ASIDE_COMMA.search(text, start, window.span.start)
    closed = text.find(",", window.span.end, end)
    return opened is not None and closed >= 0 and closed - window.span.end <= len(" ,")


# "launching a survey, which will be available later in March": the date of the thing
# promised, told in the relative clause after it; "three bidding rounds, the first of which
# will open in September", "a scoreboard, the first edition of which will appear in May":
# when the first of them is due.
_RELATIVE_FUTURE = re.compile(
    r",\s+(?:the\s+(?:first|earliest|initial)\s+(?:[\w-]+\s+)?of\s+)?which\s+"
    r"(?:will|is\s+(?:due|expected|set|scheduled)\s+to)\b[^,;]*",
    re.IGNORECASE,
)


def _relative_due(text: str, windows: list[DueWindow], end: int, limit: int) -> DueWindow | None:
    clause = _RELATIVE_FUTURE.match(text, end, limit)
    return due_window_in(windows, end, clause.end()) if clause else None


def due_window_in(windows: list[DueWindow], start: int, end: int) -> DueWindow | None:
    """The first due window that starts between `start` and `end`."""
    return next((w for w in windows if w.span and start <= w.span.start < end), None)


def build_action(
    text: str,
    segment: Segment,
    subject: Span,
    owner: Owner | None,
    lemma: str,
    passive: bool,
    verb_end: int,
    end: int,
    windows: list[DueWindow],
    lead_due: DueWindow | None,
    anchor: dt.date,
    rule: str,
    context: OwnerContext,
    *,
    thing: str = "",
    whole: bool = False,
) -> list[FoundAction]:
    """The action (or, for a list object, actions) of one promise: the verb `lemma` at
    `verb_end` with its object up to `end`, its deadline, its owner and the rule's name."""
    # The deadline of this promise: in its object, else before its verb in its own clause
    # ("In the coming months, EU agencies will…"), else an explicit date in its object.
    due = (
        _own_due(text, windows, verb_end, end)
        or lead_due
        or _dated(text, verb_end, end, anchor)
        or _relative_due(text, windows, end, segment.end)
    )
    obj = _without(text, verb_end, end, due)
    if passive:
        agent = _AGENT_RE.search(obj[1]) if obj[1] else None
        if agent and owner is None:
            for actor in find_actors(text, obj[0] + agent.end(), end)[:1]:
                if actor.start > obj[0] + agent.end() + 1:
                    break  # "guided by principles set out by NIST": principles guide
                owner = Owner(
                    actor.entry, Span(actor.start, actor.end, text[actor.start : actor.end])
                )
                break
        if agent and owner is None:
            # "ratified by both parliaments": a body the tables do not know
            words = _AGENT_END.split(obj[1][agent.end() :], maxsplit=1)[0].strip()
            at = text.find(words, obj[0]) if words else -1
            if at >= 0:
                owner = owner_of(text, Span(at, at + len(words), words), context)
        if agent:
            if owner is None:
                return []  # "efforts are to be guided by principles": no one's work
            obj = (obj[0], obj[1][: agent.start()])
        if owner is None:
            owner = _sayer(text, segment, subject, context)
        if owner is None and (context.main or context.publisher or context.first_owner):
            # "The final version will be delivered in August": the text's main actor's, else
            # the first body it shows promising ("The Scottish Government is set to open
            # weekend courts… The courts will be piloted in Glasgow first").
            body = context.main or context.publisher or context.first_owner
            assert body is not None
            owner = Owner(body, span(text, segment.start, segment.end))
        thing = _lowered(_SUBJECT_ADVERB.sub("", _unquoted(subject.quote)))
        description = f"{lemma} {thing} {obj[1]}"
    elif (
        owner is None
        and subject.quote
        and not _PRONOUN.match(subject.quote)
        and not (rule == "action.tasked" and is_first_person(subject.quote))
    ):
        body = context.main or context.publisher
        if lemma in _OPENING_VERBS and due is not None and _NO_OBJECT.match(text, verb_end):
            # "A new retrofit scheme will open in 2025": the publisher opens it, or the body
            # that says so ("Tonga's government says construction will start in June").
            said = _sayer(text, segment, subject, context)
            owner = said or (Owner(body, span(text, segment.start, segment.end)) if body else None)
            started = subject.quote.strip(" \"“”‘’'")  # "\"Construction at the port will…"
            description = f"{lemma} {_lowered(started)} {obj[1]}"
            rule = "action.scheduled_start"
        elif _FORTHCOMING.match(subject.quote) and (author := body or context.first_owner):
            # "The forthcoming Green Paper must explore…": work the text's body has to do
            # in a document it has yet to publish.
            owner = Owner(author, span(text, segment.start, segment.end))
            description = f"{lemma} {obj[1]} in {_lowered(subject.quote)}"
            rule = "action.forthcoming_document"
        elif not segment.in_next_steps:
            return []  # "SAFE will provide loans": what the act does, not a follow-up
        else:
            description = f"{subject.quote} to {lemma} {obj[1]}"
    elif thing:
        description = f"{thing} to {lemma} {obj[1]}"
    else:
        description = f"{lemma} {obj[1]}"
    evidence = span(text, segment.start, segment.end)
    steps = _stepped_targets(text, verb_end, end, windows)
    if steps and owner is not None:
        # "reduced by 45% for 2030-2034, 65% for 2035-2039 and 90% as of 2040": three targets
        first = _PERCENT_BY.search(description)
        if first is not None:
            head = description[: first.start()]
            return [
                FoundAction(
                    ExtractedAction(
                        _tidy(f"{head} by {share}"), _name(owner), step_due, evidence,
                        rule + ".stepped_target",
                    ),
                    owner,
                )
                for share, step_due in steps
            ]  # fmt: skip
    levels = _stepped_levels(description, due, windows) if owner is not None else []
    if levels:
        # "raise supply to 3 million tons by 2030 and to 12 million tons by 2040": two
        return [
            FoundAction(
                ExtractedAction(
                    _tidy(words), _name(owner), step_due, evidence, rule + ".stepped_target"
                ),
                owner,
            )
            for words, step_due in levels
        ]  # fmt: skip
    items = [] if whole or passive or (owner is None and subject.quote) else _split(text, obj)
    if len(items) >= MIN_SPLIT_ITEMS:
        return [
            FoundAction(
                ExtractedAction(
                    _tidy(f"{lemma} {item.quote}"), _name(owner), due, item, rule + ".split"
                ),
                owner,
            )
            for item in items
        ]
    return [
        FoundAction(ExtractedAction(_tidy(description), _name(owner), due, evidence, rule), owner)
    ]


_SHARE = r"\d+(?:\.\d+)?\s?(?:%|per\s?cent)"
_PERCENT_BY = re.compile(rf"\bby\s+(?P<share>{_SHARE})", re.IGNORECASE)
# The next step of a stepped target, before its own period: ", 65% for 2035-2039".
_NEXT_SHARE = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<share>{_SHARE})\s+(?=(?:for|as\s+of|from|by|in)\b)",
    re.IGNORECASE,
)
MAX_STEP_GAP = 40  # characters of period between one step and the next
MAX_PERIOD_LEAD = len(" as of ")  # where a step's period starts after its share


def _stepped_targets(
    text: str, start: int, end: int, windows: list[DueWindow]
) -> list[tuple[str, DueWindow | None]]:
    """The steps of "by 45% for the period 2030-2034, 65% for 2035-2039 and 90% as of
    2040", each share with the period after it; none unless there are two or more."""
    first = _PERCENT_BY.search(text, start, end)
    if first is None:
        return []
    shares = [(first.group("share"), first.end())]
    position = first.end()
    while (step := _NEXT_SHARE.search(text, position, end)) is not None:
        if step.start() - position > MAX_STEP_GAP:
            break
        shares.append((step.group("share"), step.end()))
        position = step.end()
    steps = [(share, due_window_in(windows, at, at + MAX_PERIOD_LEAD)) for share, at in shares]
    if len(steps) < 2 or any(due is None for _, due in steps):
        return []  # "by 10%, 20% and 30% for small, medium and large ferries": no periods
    return steps


# A target in levels, each with its own deadline: "raise supply to 3 million tons by 2030
# and to 12 million tons by 2040", "cut emissions from 2.04 billion tons in 2022 to 1.2
# billion tons by 2030, and to between 850 million and 1.05 billion tons by 2035". A
# level is "to" and a quantity.
_QUANTITY = (
    r"(?:(?:between|about|around|nearly|almost|roughly|approximately|over|under|below|above|"
    r"just|at\s+least|at\s+most|up\s+to)\s+)?[$€£¥]?\d"
)
_FIRST_LEVEL = re.compile(rf"\s+to\s+{_QUANTITY}")
_NEXT_LEVEL = re.compile(rf",?\s+and\s+to\s+(?={_QUANTITY})")
# The level a target starts from ("from 2.04 billion tons in 2022"), not said of the next.
_BASELINE = re.compile(r"\s+from\s+.*\Z", re.DOTALL)


def _stepped_levels(
    description: str, due: DueWindow | None, windows: list[DueWindow]
) -> list[tuple[str, DueWindow | None]]:
    """The two levels of a target in steps, each with the deadline that ends it (else the
    promise's own); none unless the second level has a deadline of its own."""
    step = _NEXT_LEVEL.search(description)
    if step is None or due is None:
        return []
    first = _FIRST_LEVEL.search(description, 0, step.start())
    if first is None:
        return []
    head = _BASELINE.sub("", description[: first.start()])
    levels: list[tuple[str, DueWindow | None]] = []
    for words in (description[: step.start()], f"{head} to {description[step.end() :]}"):
        ends = next((w for w in windows if words.endswith(" " + w.text)), None)
        if ends is None and levels:
            return []  # "to 1,600 MW and to 2,000 MW in peak months by 2030": one target
        levels.append((words[: -len(ends.text)] if ends else words, ends or due))
    return levels


def _dated(text: str, start: int, end: int, anchor: dt.date) -> DueWindow | None:
    """An explicit date after the verb: "adopt the regulation on 29 February 2024"."""
    for found in dates.find_dates(text, reference=anchor, start=start, end=end):
        lead_in = _DATE_PREPOSITION.search(
            text, max(start, found.span.start - 16), found.span.start
        )
        if lead_in is None:
            continue
        first, last = _period(found.value, found.precision)
        if lead_in.group(1).lower() in ("by", "before", "no later than"):
            first = min(anchor, last)
        phrase = Span(lead_in.start(1), found.span.end, text[lead_in.start(1) : found.span.end])
        return DueWindow(
            phrase.quote, first, last, EXPLICIT_DATE_CONFIDENCE, "explicit_date", span=phrase
        )
    return None


def _period(value: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "year":
        return dt.date(value.year, 1, 1), dt.date(value.year, 12, 31)
    if precision == "month":
        following = dt.date(value.year + value.month // 12, value.month % 12 + 1, 1)
        return value.replace(day=1), following - dt.timedelta(days=1)
    return value, value


def _name(owner: Owner | None) -> str | None:
    return owner.entry.name if owner else None


def object_end(text: str, start: int, end: int) -> int:
    """The object runs to the end of the sentence, a relative or a new clause ("…, and the
    first payment is due"), or the next coordinated promise."""
    clause = _NEW_CLAUSE.search(text, start, end)
    if clause:
        end = clause.start()
    nxt = ACTION_RE.search(text, start, end)
    if nxt is None:
        return end
    brk = None
    for found in _CLAUSE_BREAK.finditer(text, start, nxt.start()):
        brk = found
    if brk is None and (joined := _AND_BEFORE_CUE.search(text, start, nxt.start())):
        return joined.start()  # "complete the reviews by March and plans to fly…": two
    return brk.start() if brk else end


# "… and plans to", "… and the agency aims to": a second cue joined to the first promise.
_AND_BEFORE_CUE = re.compile(r"\s+(?:and|but)\s+(?:(?:the|its|their|a)\s+)?(?:[\w'’-]+\s+){0,3}\Z")


def _without(text: str, start: int, end: int, due: DueWindow | None) -> tuple[int, str]:
    """text[start:end] with the due phrase cut out, and the span start kept for offsets."""
    piece = text[start:end]
    if due is not None and due.span is not None and start <= due.span.start < end:
        a, b = due.span.start - start, min(due.span.end, end) - start
        if not piece.startswith(("'s", "’s"), b):  # "at next year's summit" stays whole
            anchored = _ANCHORED.match(piece, b)  # "within 90 days of the date of this order"
            dangling = _DANGLING.search(piece, 0, a)  # "by the end of fiscal year 2027"
            rest = piece[anchored.end() if anchored else b :]
            if "," in piece[a:b] and rest.lstrip().startswith(","):
                # the phrase held an aside whose closing comma it left: "$4 billion over four
                # years, starting in 2027-28, to the states"
                rest = " " + rest.lstrip()[1:]
            piece = piece[: dangling.start() if dangling else a] + rest
    return start, _TRAILING.sub("", piece).strip()


def _split(text: str, obj: tuple[int, str]) -> list[Span]:
    """ "specific funding mechanisms, co-production guidelines, and implementation structures":
    one span per item, when the object is a plain list of short noun phrases."""
    start, cleaned = obj
    if "," not in cleaned or _NOT_A_NOUN_LIST.search(cleaned) or _PARTS_LIST.search(cleaned):
        return []
    items: list[Span] = []
    position = start
    for raw in _SPLIT_SEP.split(cleaned):
        raw = raw.strip()
        if not raw:
            continue
        at = text.find(raw, position)
        if at < 0:
            return []
        words = raw.split()
        first = words[0].lower()
        if len(words) > MAX_SPLIT_ITEM_WORDS or first in VERB_BASE or first in THIRD_TO_LEMMA:
            return []
        if _BARE_NAME.match(raw) or _MODIFIER_ITEM.match(raw):
            return []  # "deliver faster, more visible and better results": one noun
        items.append(Span(at, at + len(raw), raw))
        position = at + len(raw)
    return items


def _tidy(description: str) -> str:
    description = _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(description.split()))
    description = _TRAILING.sub("", description)
    description = description[:1].upper() + description[1:]
    if len(description) > MAX_DESCRIPTION:
        cut = description.rfind(" ", 0, MAX_DESCRIPTION - 1)
        description = description[: cut if cut > 0 else MAX_DESCRIPTION - 1] + "…"
    return description
