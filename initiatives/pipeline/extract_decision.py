"""The decision: its status, date, venue, who took it and with whom."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace

from initiatives.pipeline import dates
from initiatives.pipeline.decision_cues import (
    DECISION_CUES,
    HEADLINE_CUE,
    NOT_MAKER_CUES,
    STATEMENT_CUE,
    STATEMENT_MEETING_RE,
    STATEMENT_TITLE_RE,
    WEEKDAY_ACT_AHEAD,
    WEEKDAY_ACT_RULE,
)
from initiatives.pipeline.decision_intention import names_intention, reports_intention
from initiatives.pipeline.decision_procedure import tells_of_no_decision
from initiatives.pipeline.decision_title import names_after, names_anywhere, title_name
from initiatives.pipeline.decision_told_again import (
    NEWS_RULE,
    TOLD_AGAIN_PARAGRAPHS,
    day_told_again,
    news_day,
)
from initiatives.pipeline.decision_told_again import RULE as TOLD_RULE
from initiatives.pipeline.extract_owners import ORGANISATION_HEADS
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.gazetteer import (
    ARTICLE_BEFORE_RE,
    COUNTRY,
    DATELINE_RE,
    GOVERNMENT_AFTER_RE,
    INSTITUTION,
    MEETING_RE,
    NEGATION_BEFORE_RE,
    ORGANISATION,
    VENUE_BY_UPPER,
    VENUE_IN_RE,
    ActorEntry,
    ActorMatch,
    StatusCue,
    bare_eu_name_elsewhere,
    find_actors,
    names_a_firm_s_country,
)
from initiatives.pipeline.literal_gate import (
    Gated,
    any_branch_matches,
    branches_of,
    fold,
    folded_text,
    gate_for,
    may_match,
)
from initiatives.pipeline.types import FoundDate, Span

# How many headings make a page of headed items (a round-up, a post-cabinet report).
ITEM_HEADINGS = 3
ITEM_LEAD_RULE = "decided_on.item_lead"
ITEM_DATE_RULE = "decided_on.item_date_line"
PAGE_DATE_RULE = "decided_on.page_date_line"
# How far into a page its own release date may be printed, above the story's first sentence.
PAGE_HEAD_CHARS = 400
TITLE_NAMED_RULE = "decided_on.title_named"
# The title and this many first paragraphs hold the decision in news and press releases.
LEAD_PARAGRAPHS = 3
# How many segments from the top a headline below other stories' teasers may stand.
LATER_LEAD_REACH = 16
# Lines above the story that do not count as its paragraphs: at most this many, of at
# most LINE_MAX_WORDS words each, with no sentence's end.
MAX_LEAD_LINES = 5
LINE_MAX_WORDS = 16
LINE_MAX_CHARS = 200
# An aim's infinitive opening a line: "To draw up a plan …"; not "To date, …" nor "To
# the surprise of …".
_AIM = re.compile(r"\W*To\s+(?!(?:date|this|that|the|a|an|be|its|their|our)\b)[a-z]{2,}\b")
_SENTENCE_END = re.compile(r"[.!?:;…\"”’)]$")
# How far back a negation or modal can stand from the cue it cancels.
NEGATION_WINDOW = 45
DEFAULT_STATUS = "announced"
# Cues that say a proposal exists, not when or by whom: "the proposed regulation".
UNDATED_CUES = frozenset({"status.proposed_act"})
_TODAY_RE = re.compile(r"\b(?:today|this\s+morning|this\s+afternoon|tonight)\b", re.IGNORECASE)
# "today" glossed with its date, as UK government releases write it: "has today (Tuesday
# 4 March) announced", "published today (27 July)". The bracketed date is the day itself.
_TODAY_GLOSS = re.compile(r"\btoday\s*\([^()]{3,40}\)", re.IGNORECASE)
# A decision dated only as some day gone by: not the publication day's news, and no day.
_VAGUE_PAST_RE = re.compile(
    r"\b(?:earlier\s+(?:this|in\s+the)\s+(?:week|month|year)|last\s+(?:week|month|year)|"
    r"(?:a\s+few|several)\s+days\s+ago|over\s+the\s+weekend|last\s+weekend|"
    # "Six months ago, the President issued an order", "two years ago": a count of weeks,
    # months or years back is background, however it is counted.
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"a\s+few|many|\d{1,2})\s+(?:weeks|months|years|week|month|year)\s+(?:ago|earlier))\b",
    re.IGNORECASE,
)
# "yesterday" in the cue's own clause, straight after it, before any comma.
_OWN_CLAUSE_YESTERDAY = re.compile(r"[^,.;]{0,60}?\byesterday\b", re.IGNORECASE)
_YESTERDAY_RE = re.compile(r"\b(?:yesterday|last\s+night)\b", re.IGNORECASE)
# A count of days back from the day of writing: "the day before yesterday", "two days ago".
_DAYS_AGO_RE = re.compile(
    r"\b(?:(?P<before>the\s+day\s+before\s+yesterday)|(?P<count>two|three|four|2|3|4)\s+days\s+"
    r"(?:ago|earlier))\b",
    re.IGNORECASE,
)
_DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# The day of a saying, not of the act: "the ministry said on Monday", "told reporters today".
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|stated|added|confirmed|announced|told\s+(?:[\w-]+\s+){1,3}?)"
    r"(?:\s+(?:late|early))?\s+(?:on\s+)?$",
    re.IGNORECASE,
)
SAID_REACH = 40
# A date a re-posting site glues before the story's first words: "date 2022-11-08 CAIRO:".
# It says when the story was written, as a dateline does.
_GLUED_DATE = re.compile(r"\s*date\s+(?:19|20)\d{2}-\d{2}-\d{2}\b")
# One pass that most sentences fail, before the table is tried row by row.
# Every cue starts a word: trying the cues only where a word starts keeps a long
# sentence's scan quick (a 1 MB run of dates in half the time).
# Tried cue by cue, only the cues whose words the sentence holds: the whole alternation
# would try every cue at every word start.
_CUE_BRANCHES = branches_of(
    tuple(f"(?:{c.pattern.pattern})" for c in DECISION_CUES),
    prefix="(?<!\\w)",
    suffix="",
    flags=re.IGNORECASE,
)
_ANY_CUE = _CUE_BRANCHES.whole
# Words one of which every cue holds: a sentence with none is not scanned for cues.
_CUE_GATE = gate_for(_ANY_CUE)
# And each cue's own words: a sentence with a cue is scanned only by the rows it may match.
_GATED_CUES = tuple((cue, gate_for(cue.pattern)) for cue in DECISION_CUES)
WINDOW_WORD_REACH = 20
BRACKET_REACH = 80
_WINDOW_BEFORE = re.compile(
    r"\b(?:during|from|between|until|till|by|before)\s+(?:the\s+)?$"
    r"|\d\s*(?:[A-Za-z]+\.?\s+)?(?:to|and|until|[-–])\s*$",
    re.IGNORECASE,
)
# A date this long before the publication is background ("the plan announced in September
# 2018", "members on 26 November agreed to postpone the conference" deep in a February
# report), not the news being reported, unless the lead paragraph states it.
STALE_DECISION = dt.timedelta(days=45)
WE_MET_RULE = "status.we_met"
# "said on Tuesday it would …": a saying of what will be done, no act of its own.
SAID_WILL_RULE = "status.announced_on_weekday"
# A year that says when, not which plan: "launched in 2020", "back in 2019" (not "the
# 2020-2030 strategy").
_IN_YEAR_BEFORE = re.compile(r"\b(?:in|since|during|back\s+in)\s+$", re.IGNORECASE)
# A yearless day after these words is the period the act sets, not the act's day:
# "ceiling prices imposed … between December 23 and 27", "a ban from 1 March until 30 May".
_PERIOD_BEFORE = re.compile(r"\b(?:between|from|until|till|through|to)\s+$", re.IGNORECASE)
PERIOD_WORD_REACH = 12  # characters before a date where its period word may stand
# The document itself as the one who decides: "This document sets out our decision",
# "In this statement we confirm", "This notice announces".
_SELF_DECISION = re.compile(
    r"\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:in\s+)?this\s+(?:document|statement|notice|decision|paper|"
    r"determination|publication)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# The document's own act, told by its authors in the present: "In this Order, we open an
# investigation", "By this decision the Authority approves". A document list gives one
# such summary per order; each is the order's act, made the day the page dates.
_SELF_ACT = re.compile(
    r"\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:in|by|with|through)\s+this\s+(?:document|statement|notice|"
    r"decision|order|ruling|judgment|determination|resolution|notification)\s*,?\s+"
    r"(?:we|the\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Commission|Board|Authority|Council|Regulator|"
    r"Tribunal|Court|Agency|Office))\s+(?:hereby\s+)?"
    # Its verb in the present: not a modal's promise ("we will consider") nor a past act.
    r"(?!(?:will|would|shall|may|might|can|could|should|must|had|did|were|was)\b)[a-z]+\b",
    re.IGNORECASE,
)
# A resolution's or conclusions' preamble: the body that speaks, alone on its line before
# its numbered operative paragraphs ("The Council (Transport and Energy):", "The
# Governing Board,", "THE ASSEMBLY OF MAYORS:"). The text is the body's act itself.
_OPERATIVE_PREAMBLE = re.compile(
    r"^[ \t]*(?:The|THE)\s+(?:[A-Z][\w'’-]*\s+(?:(?:of|OF|for|FOR|and|AND|the|THE)\s+){0,2}){0,5}?"
    r"(?-i:Council|Assembly|Board|Committee|Commission|Conference|Parliament|Senate|Cabinet|"
    r"Meeting|Summit|Ministers|Leaders|Governors|Members|Parties|COUNCIL|ASSEMBLY|BOARD|"
    r"COMMITTEE|COMMISSION|CONFERENCE|PARLIAMENT|MINISTERS|LEADERS|PARTIES)"
    r"(?:\s*\([^()]{1,120}\))?[ \t]*[:,][ \t]*\n\s*"
    # Its first operative paragraph: numbered, or a verb in capitals ("1. AGREES",
    # "WELCOMES", "(a) DECIDES").
    r"(?:\d{1,2}[.)]\s+|\([a-z\d]{1,3}\)\s+)?(?-i:[A-Z]{4,})\b",
    re.MULTILINE,
)
# How far from the top the preamble may stand: below the page's head, above the items.
PREAMBLE_REACH = 2000
# The longest run of days read as one meeting's: a summit, a council's session.
MEETING_SPAN = dt.timedelta(days=6)
# The meeting's own days, told as when it sat: "held in Addis Ababa on", "which met on".
_MEETING_HELD_BEFORE = re.compile(
    r"\b(?:held|met|meeting|convened|sat|gathered|took\s+place)\s+"
    r"(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+){1,4}?)?(?:on\s+|from\s+)?$"
)
MEETING_HELD_REACH = 60
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "on Tuesday", "last Tuesday", and the wire's "said Tuesday", "agreed Tuesday", "struck
# Monday" with no preposition.
_WEEKDAY_RE = Gated(
    re.compile(
        rf"\b(?:on|last|said|announced|reporters|conference|hours\s+of|late|early|[a-z]{{2,}}ed|"
        rf"met|held|struck|signed|took|gave|set|won|made|told|unveiled|backed|decisions?)\s+(?:on\s+)?"
        rf"(?P<day>{'|'.join(WEEKDAYS)})\b",
        re.IGNORECASE,
    )
)
# A wire's weekday after the verb's object: "Japan signed an agreement Monday to supply",
# "the board approved the plan Tuesday, officials said", "revealed the details of the
# program Monday afternoon".
_WEEKDAY_AFTER_OBJECT = re.compile(
    rf"(?<=[a-z]{{3}}\s)(?P<day>{'|'.join(WEEKDAYS)})\b(?:\s+(?:morning|afternoon|evening|night)\b)?"
    r"(?=\s*(?:[,.;:]|$|(?:to|that|in|with|after|allowing|as|and|at|for|by|amid|following)\b))",
)
# The date a wire puts in brackets after a weekday: "on Monday (Sep 13)".
_WEEKDAY_GLOSS = re.compile(r"\s*\(([^()]{3,24})\)")
# A weekday named as a day still to come: "prepared for a meeting on Wednesday", "ahead of
# talks on Friday", "scheduled for Monday".
_WEEKDAY_AHEAD = re.compile(
    r"\b(?:(?:for|ahead\s+of|before|until|till)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:meeting|talks|summit|session|vote|conference|debate|hearing|sitting|round|signing|"
    r"ceremony)\s+(?:on\s+)?"
    r"|(?:scheduled|due|set|planned|expected)\s+(?:for|on)\s+|\bnext\s+)$",
    re.IGNORECASE,
)
WEEKDAY_AHEAD_REACH = 70
# "Tuesday's vote", "after Monday's cabinet meeting": the day owns the act.
_WEEKDAY_POSSESSIVE = re.compile(
    rf"\b(?P<day>{'|'.join(WEEKDAYS)})(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+"
    r"(?:[\w-]+\s+){0,2}?(?:decision|vote|agreement|"
    r"deal|meeting|summit|session|announcement|approval|adoption|launch)\b",
    re.IGNORECASE,
)
# A wire's dateline with any city: "Canberra, March 11 (Wire)--", "Tokyo, Sept. 8 (Jiji)--".
_WIRE_DATELINE = re.compile(
    r"\s*[A-Z][\w .'’-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^()]{2,40}\)\s*[-–—]"
    # An agency's city with its country in brackets: "Manila [Philippines], May 21 :".
    r"|\s*[A-Z][\w .'’-]{1,40}\s*\[[^\[\]]{2,40}\],\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:,\s+(?:19|20)\d{2})?\s*(?:\([^()]{2,40}\)\s*)?[-–—:]"
)
# A date that heads a paragraph or stands on the line above it, as an update line does:
# "19 March 2027: The regulator has today published …", "Update 4 June 2027 –" over the
# paragraph. It says when the paragraph was written: the base for "today" and "on Monday",
# as a dateline is. Not "Last updated", which dates an edit of the page.
_LINE_DATE = (
    r"(?P<date>(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
)
_DATE_HEAD = re.compile(
    r"[ \t]*(?<!last\s)(?:(?:Update[d]?|UPDATE[D]?)(?:\s+on)?\s*[:–—-]?\s*)?"
    rf"{_LINE_DATE}[ \t]*(?P<stop>[:–—|]|-{{1,2}}|$)",
    re.MULTILINE,
)
# An item's own date line on a page of several items, alone or with the item's kind:
# "27 May 2027 News release", "3 March 2027 | Statement", over the item's heading.
_ITEM_DATE_LINE = re.compile(
    rf"^[ \t]*{_LINE_DATE}[ \t]*(?:[:–—|-][ \t]*)?(?:(?:news|press|media)\s+release|statement|"
    r"speech|news|notice|update|announcement)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A meeting's day named with it: "at its meeting yesterday", "at yesterday's Cabinet
# meeting", "at its session of 18 September" (the date read within MEETING_DATE_REACH).
_DAY_WORD = r"(?:yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MEETING_WORD = r"(?:meeting|session|sitting)"
# Who meets and then speaks as one: "We, the Leaders of …", "trade ministers".
_WHO_MET = (
    r"(?:we|leaders|ministers|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|"
    r"governors|delegates|negotiators|envoys)"
)
_MEETING_DAY = re.compile(
    rf"\b(?:at|during|in)\s+(?:its|their|the|this)\s+(?:[\w-]+\s+){{0,2}}?{_MEETING_WORD}\s+"
    rf"(?:(?:held\s+)?(?:on\s+)?(?P<day>{_DAY_WORD})\b|(?:held\s+on|on|of)\s+(?=\d|[A-Z]))"
    # "At Tuesday night's meeting, Council approved …".
    rf"|\b(?:at|during|in)\s+(?P<day_before>{_DAY_WORD})(?:\s+(?:night|evening|morning|"
    rf"afternoon))?['’]s\s+(?:[\w-]+\s+){{0,2}}?{_MEETING_WORD}\b"
    # "Statement on the Cabinet meeting of 18 September", "the Council, which met on 4 May,".
    rf"|\b{_MEETING_WORD}\s+of\s+(?=\d{{1,2}}\s+[A-Z]|[A-Z][a-z]+\.?\s+\d)"
    # A summary's title names the meeting and its day: "Council Summary – Regular
    # Meeting, May 5, 2026", "Minutes: Ordinary Meeting – 14 April 2027".
    rf"|\b(?:regular|special|ordinary|extraordinary|council|cabinet|board|committee)\s+"
    rf"{_MEETING_WORD}\s*[,:–—-]\s*(?=\d{{1,2}}\s+[A-Z]|[A-Z][a-z]+\.?\s+\d)"
    # A meeting's minutes name its day in their title or first line: "Open Minutes, 10
    # August 2027", "Agenda and minutes for Monthly Council Meeting on Monday 5th October",
    # "Minutes of a meeting of the Parks Committee held in the Town Hall on 3 May 2027".
    # The resolutions below were carried that day.
    r"|\bminutes\s*[,:–—-]\s*(?:\w+day,?\s+)?(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]|[A-Z][a-z]+\.?\s+\d)"
    rf"|\bminutes\s+(?:of|for)\s+(?:an?\s+|the\s+)?[^.\n]{{0,100}}?\b{_MEETING_WORD}\b"
    r"[^.\n]{0,120}?\b(?:on|held\s+on)\s+(?:\w+day,?\s+)?"
    r"(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]|[A-Z][a-z]+\.?\s+\d)"
    r"|\b(?:which|that|who)\s+(?:met|convened|gathered)\s+(?:(?:in|at)\s+[A-Z][\w-]+\s+)?"
    rf"(?:on\s+)?(?:(?P<day_met>{_DAY_WORD})\b|(?=\d{{1,2}}\s+[A-Z]|[A-Z][a-z]+\.?\s+\d))"
    # "The summit ended in Addis Ababa on Sunday with …", "talks concluded late on 4 May".
    rf"|\b(?:{_MEETING_WORD}|summit|conference|talks|council|assembly|ministerial)\s+"
    r"(?:ended|concluded|closed|wrapped\s+up|came\s+to\s+a\s+close)\s+"
    r"(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:capital\s+)?(?:[A-Z][\w'’-]*\s+){0,3})?"
    r"(?:late\s+|early\s+)?(?:on\s+)?"
    rf"(?:(?P<day_ended>{_DAY_WORD})\b|(?=\d{{1,2}}\s+[A-Z]|[A-Z][a-z]+\.?\s+\d))"
    # A communiqué's opening names who met, where and when: "We, the Leaders of the G7,
    # met in Elmau on 26-28 June", "Finance ministers met virtually on Tuesday".
    # A statement's opening says when its meeting was held: "The 12th Ministers' Meeting
    # (AMM) was held on 10 September 2026 in Hanoi", "the session was convened on Monday".
    rf"|\b(?:{_MEETING_WORD}|summit|conference|council|assembly|ministerial|forum)"
    r"(?:\s*\([^()]{1,30}\))?\s+(?:was|were)\s+(?:held|convened)\s+(?:virtually\s+|online\s+)?"
    r"(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+){1,4}?)?"
    rf"(?:on\s+)?(?:(?P<day_held>{_DAY_WORD})\b|(?=\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+[A-Z]|"
    r"[A-Z][a-z]+\.?\s+\d))"
    # The subject may carry its own complement before the verb, set off by commas or not:
    # "Ministers responsible for trade in the Group of Twenty (G20) convened on 3 May".
    rf"|\b{_WHO_MET}(?:,[^,.;]{{1,120}},|\s+(?:of|from|for|responsible\s+for|in\s+charge\s+of)"
    r"\s[^,.;]{1,120}?)?\s+(?:met|convened|gathered)\s+(?:virtually\s+|online\s+|in\s+person\s+)?"
    r"(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+){1,4}?)?(?:(?:virtually|online)\s+)?"
    rf"(?:on\s+)?(?:(?P<day_we_met>{_DAY_WORD})\b|(?=\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+[A-Z]|"
    r"[A-Z][a-z]+\.?\s+\d))"
    # The meeting told as a participle of the statement's subject, set off by commas: "The
    # Presidents of …, gathered in Foz do Iguaçu on 3 December 2026, on the occasion of the
    # Summit:" over their numbered decisions; "Ministers, meeting in Geneva on Tuesday,
    # agreed …". The subject that met is the one that decides.
    r"|,\s+(?:gathered|assembled|meeting|convened|met)\s+"
    r"(?:(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+,?\s+){1,4}?)?(?:(?:virtually|online)\s+)?"
    rf"(?:on\s+)?(?:(?P<day_gathered>{_DAY_WORD})\b|(?=\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+[A-Z]|"
    r"[A-Z][a-z]+\.?\s+\d))"
    # The meeting's day fronted, its verb in the passive: "On Wednesday, 12 May 2027, a
    # Cabinet meeting was convened in the capital and chaired by …". The date follows "On".
    rf"|^\W*On\s+(?=(?:\w+day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z]|[A-Z][a-z]+\.?\s+\d)"
    rf"[^.;]{{0,80}}?\b{_MEETING_WORD}\s+(?:was|were)\s+(?:held|convened)\b)"
    # The meeting as the object of the one who chaired or held it, with its day: "I
    # chaired the Cabinet meeting at the Palace today", "the minister hosted a session of
    # the board in Dakar on Tuesday".
    r"|\b(?:chaired|presided\s+over|hosted|convened|held)\s+(?:the|a|an|its|their|our|his|her)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?{_MEETING_WORD}\s+(?:(?:of|at|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*,?\s+){1,4}?)?"
    rf"(?:on\s+)?(?P<day_chaired>{_DAY_WORD})\b",
    re.IGNORECASE | re.MULTILINE,
)
MEETING_DATE_REACH = 40
# How long the lines above a text's first sentence may be to be read as its head.
PAGE_HEAD_CHARS = 400
# How far above a paragraph its update line may stand.
DATE_LINE_REACH = 80
# An infinitive after the decision verb starts the thing decided, with its own dates.
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|its|their|this|that|these|those|be|\d+)\b)[a-z]{2,}\b"
)
# A sentence that reports a draft's text: "the draft, seen by Reuters, said the ministers
# agreed …", "according to a draft communique". Its cues are the draft's, not acts done.
_DRAFT_REPORT = re.compile(
    r"\b(?:a|the)\s+draft(?:\s+[\w-]+){0,3}?,?\s+(?:seen|obtained|reviewed)\s+by\b"
    r"|\b(?:a|the)\s+draft\b[^.;]{0,120}?,?\s+(?:said|says|showed|shows|stated|states)\b"
    r"|\baccording\s+to\s+(?:a|the)\s+draft\b",
    re.IGNORECASE,
)
# "as agreed in the plan", "as adopted last year": a reference to a decision, not one.
_AS_BEFORE = re.compile(r"\bas(?:\s+\w+ly)?\s*$", re.IGNORECASE)
# "plans to" after a possessive or an adjective is the noun: "their climate action plans to
# do so", "radical plans to boost supply", not "the ministry plans to".
_PLANS_TO = re.compile(r"plans?\s+to\b", re.IGNORECASE)
_NOUN_PLANS_BEFORE = re.compile(
    r"(?:\b(?:their|its|our|his|her|your|my|whose)\s+(?:[\w-]+\s+){0,3}"
    r"|\b(?:new|fresh|[\w-]+(?:al|ive|ous|ic|ed|ing|ary|ful))\s+|[“\"‘]\s*)$",
    re.IGNORECASE,
)
_VOTES_RE = re.compile(r"\b\d+\s+votes\b|\bplenary\s+vote\b|\bvoted\b", re.IGNORECASE)
PARLIAMENT = "European Parliament"
_PLENARY_VOTE = re.compile(r"\b\d+\s+votes\s+in\s+favou?r\b", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r"(?:,\s*|\s)(?:which|that|who|whose)\s[^,;]*", re.IGNORECASE)
_REACTION = re.compile(
    r"\b(?:welcome[sd]?|hail(?:s|ed)?|prais(?:es|ed)|salute[sd]?|applaud(?:s|ed)?|"
    r"(?:takes|took)\s+note\s+of|criticis(?:es|ed)|condemn(?:s|ed)?)\b",
    re.IGNORECASE,
)
_PARTIES_END = re.compile(r"[,.;:]|\b(?:on|for|to|in|over|about|regarding|that)\b")
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
# How far after an agreement cue its parties may be named ("reached today between …").
BETWEEN_WINDOW = 40
_CLAUSE_BREAK = re.compile(r"[,;:–—]\s|\bthat\s")
_BY_AGENT = re.compile(r"\s*by\s+(?:the\s+)?$")
# "cooperation with Ukraine", "loans to interested member states"
_PARTNER_BEFORE = re.compile(
    r"\b(?:with|for|to|towards|and|between)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$"
)
_WITH_AFTER_AGREEMENT = re.compile(r"\bwith\s+(?:the\s+)?$")


# "back" that ends a phrasal verb says nothing was backed: "pushed back", "scaled back".
_PHRASAL_BACK_BEFORE = re.compile(
    r"\b(?:push|put|pull|roll|scale|cut|set|hold|held|step|come|came|went|go|bring|brought|"
    r"fight|fought|pay|paid|claw|turn|look|trace|date|kick|sit|sat|fall|fell|move|hit|"
    r"walk|draw|drew)(?:s|es|ed|ing|ped|ting|led|ling)?\s+$",
    re.IGNORECASE,
)


# What stands between a subject and its verb: "has", "on Monday", "today", "(BEIS)" kept.
_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|today|yesterday|also|now|formally|officially|"
    r"finally|jointly|unanimously|this\s+(?:morning|afternoon|week)|on\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)|(?:late|early)\s+on\s+\w+day))+\s*$",
    re.IGNORECASE,
)
# What may stand before a subject: a date glued on by a re-posting site, a time adverb.
_SUBJECT_LEAD = re.compile(
    r"\A\s*(?:date\s+)?(?:\d{4}-\d{2}-\d{2}\s+)?(?:(?:yesterday|today|earlier\s+today|"
    r"this\s+(?:morning|afternoon|week)|(?:on|last)\s+\w+day),?\s+)?",
    re.IGNORECASE,
)
# Bodies that decide under their bare name in their own statements: "The Cabinet …".
_BARE_BODIES = frozenset({"cabinet"})
# A meeting told between the subject and its verb: "The Cabinet, at its meeting held today
# under the chairmanship of the Prime Minister, took …".
_MEETING_ASIDE = re.compile(
    r",\s*(?:at|during|in|after|following)\s+(?:its|their|the|a|an)\s+[^,;]{0,160}?"
    r"(?:meeting|session|sitting)\b[^,;]{0,160},?\s*$",
    re.IGNORECASE,
)
# An organisation's or an office's name: capitalised words joined by "of", "for", "and",
# "the", commas, and an acronym in brackets ("Department for Business, Energy and
# Industrial Strategy (BEIS)").
_CAPITAL_WORD = r"[A-Z][\w'’&.-]*"
_ORGANISATION_NAME = re.compile(
    rf"(?:[Tt]he\s+)?(?P<name>{_CAPITAL_WORD}(?:,?\s+(?:(?:of|for|and|the|on|&)\s+)*"
    rf"{_CAPITAL_WORD}){{0,9}})(?:\s+\((?P<acronym>[A-Z][A-Za-z&]{{1,9}})\))?"
)
# Minutes that name the body whose meeting they record: "Minutes of a meeting of the
# Parks and Libraries Committee held …", "Minutes of the Ordinary Meeting of the Council".
_MINUTES_OF = re.compile(
    r"\b(?i:minutes)\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?i:meeting|session|sitting)\s+"
    rf"of\s+(?:the\s+)?(?P<body>{_CAPITAL_WORD}(?:,?\s+(?:(?:of|for|and|the|&)\s+)*"
    rf"{_CAPITAL_WORD}){{0,9}})"
)
# Offices that decide on their own: "The President signed", "the Prime Minister launched".
_OFFICE_HEADS = frozenset(
    {"president", "minister", "chancellor", "premier", "taoiseach", "secretary", "governor",
     "mayor", "king", "queen", "treasurer", "legislature", "diet", "bundestag", "senate",
     "congress", "bundesrat", "knesset", "duma", "sejm", "storting", "riksdag", "folketing",
     "oireachtas", "dail", "seanad", "lok", "sabha", "rada"}
)  # fmt: skip


# A dateline with any city: its date or its agency tells it from a sentence's start.
_CITY = r"[A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+){0,2}"
_DATELINE_DAY = (
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+(?:19|20)\d{2})?"
)
_ANY_DATELINE = re.compile(
    rf"\s*(?:{_DATELINE_DAY}\s*[|•]\s*)?(?P<venue>{_CITY})"
    rf"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*[,–—-]))?"
    rf"(?:\s*[,–—•-]\s*{_DATELINE_DAY}\s*(?:\([^()\n]{{2,30}}\)\s*)?(?:[-–—]{{1,2}}|:|\||•|(?<=\))(?=\s*[A-Z]))"
    rf"|\s*\([^()\n]{{2,30}}\)\s*(?:,\s*{_DATELINE_DAY}\s*)?(?:[-–—]{{1,2}}|:)"
    rf"|,\s*[A-Z]{{2,6}}\s*[-–—]{{1,2}}(?=\s*[A-Z])"
    rf"|(?P<dash_only>\s+[–—]\s+)(?=[A-Z]))"
)


@dataclass(frozen=True)
class CueHit:
    cue: StatusCue
    start: int
    end: int
    segment: Segment


@dataclass
class Decision:
    status: str = DEFAULT_STATUS
    status_rule: str = "status.default"
    status_evidence: Span | None = None
    kind: str = "decision"  # the milestone kind of the dated decision
    decided_on: dt.date | None = None
    precision: str | None = None
    date_rule: str = ""
    year_inferred: bool = False  # the text gave day and month; the year was guessed
    segment: Segment | None = None  # the sentence that dates the decision
    filed_only: bool = False  # dated only by the story's dateline: the day it was filed
    venue: str | None = None
    venue_evidence: Span | None = None
    makers: list[tuple[ActorEntry, Span, str]] = field(default_factory=list)
    partners: list[tuple[ActorEntry, Span, str]] = field(default_factory=list)
    has_cue: bool = False
    warnings: list[str] = field(default_factory=list)


def cue_hits(text: str, segment: Segment) -> list[CueHit]:
    """Every status cue of a segment that states what happened (not negated, not future)."""
    headline = _headline_hit(text, segment)
    folded = fold(text[segment.start : segment.end])
    if not may_match(_CUE_GATE, folded, 0, segment.end - segment.start):
        return [headline] if headline else []
    if not any_branch_matches(_CUE_BRANCHES, text, folded_text(text), segment.start, segment.end):
        return [headline] if headline else []
    if _DRAFT_REPORT.search(text, segment.start, segment.end):
        return []  # what a draft says was agreed is not yet agreed
    hits: list[CueHit] = []
    taken: list[tuple[int, int]] = []
    for cue, gate in _GATED_CUES:
        if not may_match(gate, folded, 0, segment.end - segment.start):
            continue
        for match in cue.pattern.finditer(text, segment.start, segment.end):
            if any(match.start() < b and a < match.end() for a, b in taken):
                continue
            before = text[max(segment.start, match.start() - NEGATION_WINDOW) : match.start()]
            if NEGATION_BEFORE_RE.search(before) or _AS_BEFORE.search(before):
                continue
            if match.group().lower().endswith("ed") and ARTICLE_BEFORE_RE.search(before):
                continue
            if _PLANS_TO.fullmatch(match.group()) and _NOUN_PLANS_BEFORE.search(before):
                continue
            if match.group().lower() == "back" and _PHRASAL_BACK_BEFORE.search(before):
                continue
            if cue.rule == WEEKDAY_ACT_RULE and WEEKDAY_ACT_AHEAD.search(before):
                continue  # "ahead of Friday's vote": the vote is still to come
            taken.append((match.start(), match.end()))
            hits.append(CueHit(cue, match.start(), match.end(), segment))
    if headline and not any(headline.start < b and a < headline.end for a, b in taken):
        hits.append(headline)
    return sorted(hits, key=lambda h: h.start)


def _headline_hit(text: str, segment: Segment) -> CueHit | None:
    """A headline's infinitive at the start of a title: "Australia to spend A$20bn on
    rail". Not in a sentence: "the plan is to spend more" is no announcement."""
    if segment.kind != "title":
        return None
    start = segment.start
    while start < segment.end and text[start] in " #*_\t":
        start += 1
    match = HEADLINE_CUE.pattern.match(text, start, segment.end)
    if match is None:
        return None
    return CueHit(HEADLINE_CUE, match.start(), match.end(), segment)


def lead(text: str, segments: list[Segment]) -> list[Segment]:
    """The title and the paragraphs up to the LEAD_PARAGRAPHS-th that holds a sentence. A
    paragraph that is one short line without a sentence's end ("Left navigation", a
    subtitle, a slug) is kept in the lead but not counted: pages put several above the
    story."""
    last = _lead_end(text, segments)
    return [s for s in segments if s.kind == "title" or 0 <= s.paragraph <= last]


def _later_lead(text: str, segments: list[Segment], leading: list[Segment]) -> list[Segment]:
    """The lead of a page whose first paragraphs decide nothing: the first heading near the
    top that states a decision ("France plans to bring in new measures", below teasers of
    other stories) with the LEAD_PARAGRAPHS paragraphs under it; else, when the title
    stands over a list with no paragraph between ("Ministers agreed …" as bullets), the
    list's first LEAD_PARAGRAPHS items."""
    top = segments[: LATER_LEAD_REACH + 1]
    titles = {_words(text, s) for s in top if s.kind == "title"}
    for index, segment in enumerate(top):
        if segment.kind != "heading":
            continue
        # The page's headline told again over the story, below a summary or a caption
        # ("UNHCR and partners seek US$612 million …"): the story starts there.
        if not cue_hits(text, segment) and _words(text, segment) not in titles:
            continue
        chosen, paragraphs = [segment], set()
        for below in segments[index + 1 :]:
            if below.kind == "heading":
                break
            if below.kind == "paragraph":
                if below.paragraph not in paragraphs and len(paragraphs) == LEAD_PARAGRAPHS:
                    break
                paragraphs.add(below.paragraph)
            chosen.append(below)
        return chosen
    if any(s.kind == "paragraph" for s in leading):
        return []
    bullets = []
    for segment in segments:
        if segment.kind == "paragraph" or (bullets and segment.kind != "bullet"):
            break
        if segment.kind == "bullet":
            bullets.append(segment)
            if len(bullets) == LEAD_PARAGRAPHS:
                break
    return [s for s in leading if s.kind == "title"] + bullets


def _words(text: str, segment: Segment) -> str:
    return " ".join(text[segment.start : segment.end].lower().split())


def _lead_end(text: str, segments: list[Segment]) -> int:
    """The index of the last paragraph of the lead."""
    by_paragraph: dict[int, list[Segment]] = {}
    for segment in segments:
        if segment.paragraph >= 0:
            by_paragraph.setdefault(segment.paragraph, []).append(segment)
    counted, index = 0, -1
    for index in sorted(by_paragraph):
        if index >= LEAD_PARAGRAPHS + MAX_LEAD_LINES:
            return index - 1
        if not _line_only(text, by_paragraph[index]) and not _aim_only(text, by_paragraph[index]):
            counted += 1
            if counted == LEAD_PARAGRAPHS:
                return index
    return index


def _line_only(text: str, paragraph: list[Segment]) -> bool:
    if len(paragraph) != 1 or paragraph[0].end - paragraph[0].start > LINE_MAX_CHARS:
        return False
    line = text[paragraph[0].start : paragraph[0].end].rstrip()
    return len(line.split()) <= LINE_MAX_WORDS and not _SENTENCE_END.search(line)


def _aim_only(text: str, paragraph: list[Segment]) -> bool:
    """A summary box's aim, a bare infinitive with no sentence's end ("To expand the
    screening of newborns by 2028;"): it states no act, and a press release sets several
    above the story. Not "To date, the board has approved …"."""
    if len(paragraph) != 1:
        return False
    line = text[paragraph[0].start : paragraph[0].end].rstrip()
    return _AIM.match(line) is not None and not line.endswith(".")


def _status_hit(
    text: str, segments: list[Segment], leading: list[Segment], lead_hits: list[CueHit]
) -> CueHit | None:
    """The earliest strong cue of the lead; else its earliest announcement; else the body's."""
    known: dict[Segment, list[CueHit]] = {s: [] for s in leading}
    for hit in lead_hits:
        known[hit.segment].append(hit)
    for scope in ("lead", "body"):
        # The lead's hits are known already: only the rest of the body is read again.
        hits = lead_hits
        if scope == "body":
            hits = [h for s in segments for h in (known[s] if s in known else cue_hits(text, s))]
        for strong in (True, False):
            chosen = [h for h in hits if h.cue.strong == strong]
            if chosen:
                return chosen[0]
    return None


def _statement_hit(text: str, leading: list[Segment]) -> CueHit | None:
    """Rule `status.statement_we`: under the title of a meeting's communiqué or joint statement, the
    lead's first "We reaffirm / commit / agree …" is the authors' own act."""
    if not any(
        s.kind == "title"
        and STATEMENT_TITLE_RE.search(text, s.start, s.end)
        and STATEMENT_MEETING_RE.search(text, s.start, s.end)
        for s in leading
    ):
        return None
    for segment in leading:
        if segment.kind == "title":
            continue
        found = STATEMENT_CUE.pattern.search(text, segment.start, segment.end)
        if found is not None:
            return CueHit(STATEMENT_CUE, found.start(), found.end(), segment)
    return None


def decide(
    text: str, segments: list[Segment], *, reference: dt.date, published: dt.date | None = None
) -> Decision:
    """The decision a document reports; `published` (the document's own publication day,
    when known) dates a decision that the lead states without a date of its own."""
    decision = Decision()
    leading = lead(text, segments)
    lead_hits = [h for s in leading for h in cue_hits(text, s)]
    if not lead_hits:
        # Teasers of other stories above the headline, or a list of conclusions straight
        # under the title: the story's lead starts further down.
        leading = _later_lead(text, segments, leading) or leading
        lead_hits = [h for s in leading for h in cue_hits(text, s)]
    hit = _status_hit(text, segments, leading, lead_hits)
    if hit is None:
        hit = _statement_hit(text, leading)
        if hit is None:
            return decision
        lead_hits = [hit]
    decision.has_cue = True
    decision.status, decision.status_rule = hit.cue.status, hit.cue.rule
    decision.status_evidence = span(text, hit.segment.start, hit.segment.end)
    ordered = [hit] + [h for h in lead_hits if h.segment != hit.segment and h.cue.strong]
    ordered += [h for h in lead_hits if not h.cue.strong and h.segment != hit.segment]
    # A decision only the body tells of, past a lead that reports none, is background
    # ("In October, 136 countries reached a deal" below a story about a draft).
    in_lead = [h for h in ordered if h in lead_hits]
    # A date long gone by in the lead is background when another cue of the lead is dated
    # as the day's news ("Following the agreement reached on 10 January, the Ministry today
    # released …"); it dates the decision only when nothing else in the lead does.
    _date(text, decision, in_lead, reference, published, fresh_only=True)
    if decision.decided_on is None:
        _date(text, decision, in_lead, reference, published)
    if decision.decided_on is not None:
        _title_named(text, decision, in_lead, segments, reference, published)
        _one_day_of_the_span(text, decision, segments, reference)
    if decision.decided_on is None:
        lead_only = [h for h in ordered if h in lead_hits]
        # The title too, when a later lead left it out: "Council Summary – Regular
        # Meeting, May 5, 2026" over the consent calendar's "adopted 7-0".
        titles = [s for s in segments if s.kind == "title" and s not in leading]
        # A meeting's statement whose opening only says when the meeting was held: its
        # decisions below ("4. We agreed to adopt a common grid code") are that day's. Its
        # numbered paragraphs are items, not the lead's paragraphs: read the opening's.
        opening_items = [] if lead_only else _opening(segments, leading)
        _meeting_day(
            text,
            decision,
            lead_only or [hit],
            [*titles, *_page_head(text, segments), *leading, *opening_items],
            reference,
        )
    if (decision.decided_on is None or decision.filed_only) and lead_hits:
        # "… have signed three agreements." over "the agreements, signed Thursday, …".
        # Only a lead that reports a decision has its day told again: below a lead that
        # reports none ("harbours to be completed by 2029, says minister"), "she said this
        # on Wednesday" dates a briefing, not a decision.
        first = min((s.paragraph for s in leading if s.paragraph >= 0), default=0)
        _told_again(text, decision, hit, segments, first, published or reference)
    fresh = None
    # "Ministers adopt water plan" over "Ministers adopted the plan last week": the story's
    # first decision says when, if only vaguely, and it is not the publication day.
    first_told = min(
        (h for h in lead_hits if h.segment.kind != "title"), key=lambda h: h.start, default=None
    )
    vague = first_told is not None and _vague_past(text, first_told.segment)
    if decision.decided_on is None and published is not None and not vague:
        fresh = next(
            (
                h
                for h in ordered
                if h in lead_hits
                # "The Government plans to submit the bill": an intention is not the
                # day's act (decision_intention).
                and not names_intention(text[h.start : h.end])
                and not _long_before(text, h, reference, published)
                and not _vague_past(text, h.segment)
            ),
            None,
        )
    if (
        decision.decided_on is None
        and fresh is None
        and published is not None
        and not vague
        and _SELF_DECISION.match(text, hit.segment.start, hit.start)
    ):
        # "This document sets out our decision to modify the condition", below a page head
        # of furniture: the document makes the decision, on the day it is published.
        fresh = hit
    if (
        decision.decided_on is None
        and fresh is None
        and published is not None
        and not vague
        and any(_SELF_ACT.match(text, s.start, s.end) for s in leading)
    ):
        # "In this Order, we open an investigation …": the lead is the document's own act,
        # made on the day it is published, whatever other cue the text holds.
        fresh = hit
    if (
        decision.decided_on is None
        and fresh is None
        and published is not None
        and not vague
        and _OPERATIVE_PREAMBLE.search(text, 0, PREAMBLE_REACH) is not None
    ):
        # "The Council (Health):" over "1. AGREES …": the conclusions themselves, adopted
        # on the day they are published, though their lead names no act.
        fresh = hit
    rule = "decided_on.published"
    if (
        decision.decided_on is None
        and fresh is None
        and published is not None
        and not lead_hits
        and not vague
    ):
        # A page of headed items (a news round-up, a post-cabinet report) whose opening
        # decides nothing: the first item whose own lead reports a decision is the news.
        fresh = _item_lead(text, segments, reference, published)
        rule = ITEM_LEAD_RULE
    if fresh is not None and published is not None:
        # "G7 leaders launch an action plan", published on 18 June: the news is that day's.
        # Not "Javid first announced the white paper in October": that is background.
        own = _item_date_line(text, segments, fresh.segment, published)
        if own is not None:
            # A page of dated items (a digest of news releases): the item's own date line
            # above its heading, not the page's, dates the item's news.
            _set(decision, fresh, own, "day", ITEM_DATE_RULE, text)
        elif (printed := _page_date_line(text, fresh.segment, published)) is not None:
            # "Media release / 14 April 2027" over "The Minister has launched …": the
            # release's own day, printed above its story, dates the act it reports.
            _set(decision, fresh, printed, "day", PAGE_DATE_RULE, text)
        else:
            _set(decision, fresh, published, "day", rule, text)
            decision.warnings.append(
                f"The decision date was taken as the publication date, {published.isoformat()}: "
                "the lead states the decision without a date; check it."
            )
    opening = " ".join(text[s.start : s.end] for s in leading[:2])
    decisive = hit.cue.strong
    if tells_of_no_decision(
        text,
        hit.start,
        hit.segment.end,
        opening,
        decisive=decisive,
        sentence_start=hit.segment.start,
    ):
        _undated(decision)
    elif decision.segment is not None and reports_intention(
        text, decision.segment.start, decision.segment.end, _acts(text, decision.segment)
    ):
        # "Brazil's ministry said on Tuesday it would hire rangers this year": the day of a
        # saying of what is to be done, not of a decision (decision_intention).
        _undated(decision)
    _makers(text, decision, ordered)
    if not decision.makers:
        # "Minutes of a meeting of the Parks Committee held …": the minutes' own body
        # carried the resolutions, though no sentence names it as a verb's subject.
        found = _minutes_body(text, [*segments[:LATER_LEAD_REACH]])
        if found is not None:
            decision.makers.append((*found, "actor.minutes_of"))
    _venue(text, decision, ordered, segments, leading)
    _partners(text, decision, segments)
    return decision


def _told_again(
    text: str,
    decision: Decision,
    hit: CueHit,
    segments: list[Segment],
    first_paragraph: int,
    published: dt.date,
) -> None:
    """Rule `decided_on.told_again` (decision_told_again): the act's day given by a later
    sentence of the lead, counted back from the dateline's day or the publication's."""
    base = decision.decided_on if decision.filed_only and decision.decided_on else published
    told, rule = day_told_again(text, segments, first_paragraph, base), TOLD_RULE
    if told is None:
        # No act named again: the first day of the lead that dates a verb in the past.
        explicit = [
            (found.span.start, found.value)
            for segment in segments
            if segment.kind == "paragraph"
            and first_paragraph <= segment.paragraph <= first_paragraph + TOLD_AGAIN_PARAGRAPHS
            for found in dates.find_dates(
                text, reference=base, start=segment.start, end=segment.end
            )
            if found.precision == "day" and found.last is None
        ]
        told, rule = news_day(text, segments, first_paragraph, base, explicit), NEWS_RULE
    if told is None:
        return
    value, segment = told
    _set(decision, CueHit(hit.cue, hit.start, hit.end, segment), value, "day", rule, text)
    decision.warnings.append(
        f"The decision date was read as {value.isoformat()} from “{text[segment.start : segment.end][:80]}”, "
        f"counted back from {base.isoformat()}; check it."
    )


def _acts(text: str, segment: Segment) -> list[tuple[int, int]]:
    """The spans of a sentence's cues that name acts: not a saying of what will be done
    ("said on Tuesday it would …") nor an intention ("plans to")."""
    return [
        (h.start, h.end)
        for h in cue_hits(text, segment)
        if h.cue.rule != "status.announced_on_weekday"
        and not names_intention(text[h.start : h.end])
    ]


def _undated(decision: Decision) -> None:
    """A consultation launched, a report published: no decision day (decision_procedure)."""
    decision.decided_on, decision.precision, decision.date_rule = None, None, ""
    decision.year_inferred, decision.segment = False, None
    decision.warnings = [w for w in decision.warnings if not w.startswith("The decision date")]


def _date(
    text: str,
    decision: Decision,
    hits: list[CueHit],
    reference: dt.date,
    published: dt.date | None = None,
    *,
    fresh_only: bool = False,
) -> None:
    """The decision's day: a date of its sentence; else "today" or "on Tuesday", read
    against the sentence's dateline ("KYIV, Nov 25 (Reuters) -") or the reference date.
    With `fresh_only`, a date long before the publication is passed over: the sentence's
    "today" or weekday dates it, or the next cue does."""
    for hit in hits:
        if hit.cue.rule in UNDATED_CUES:
            continue
        segment = hit.segment
        found = dates.find_dates(text, reference=reference, start=segment.start, end=segment.end)
        # The cue reports a done act: a day or month written without a year that the
        # sentence's other words put ahead ("agreed on 20 December to …, which will …",
        # read in January) is the one gone by.
        found = [_as_past(f, reference) for f in found]
        # A decision is not dated after the day the text was written.
        found = [f for f in found if f.value <= reference]
        # A date in a relative clause that does not hold the cue is another event's
        # ("…, which the Commission had put forward on 5 March 2024, …").
        clauses = [
            (c.start(), c.end())
            for c in _RELATIVE_CLAUSE.finditer(text, segment.start, segment.end)
            if not c.start() <= hit.start < c.end()
        ]
        found = [f for f in found if not any(a <= f.span.start < b for a, b in clauses)]
        # "agreed to resume talks during 29 April to 10 May": a window ahead, not the day.
        found = [f for f in found if not _window_before(text, segment.start, f.span.start)]
        # "agreed on Tuesday to resume talks in April": April dates the talks, not the deal.
        found = [
            f
            for f in found
            if f.span.start < hit.end or not _INFINITIVE.search(text, hit.end, f.span.start)
        ]
        if published is not None and (not hit.cue.strong or segment.paragraph > 0):
            # A text's title and first paragraph state its news, whenever it was taken.
            found = [f for f in found if published - f.value <= STALE_DECISION]
        dateline = (
            DATELINE_RE.match(text, segment.start, segment.end)
            or _WIRE_DATELINE.match(text, segment.start, segment.end)
            or _GLUED_DATE.match(text, segment.start, segment.end)
            or _date_head(text, segment)
        )
        # A date in the dateline or in brackets ("NEW YORK, (WAM - 25th Sep, 2025)") says
        # when the story was filed: the base for "on Wednesday", not the decision's day.
        in_body = [
            f
            for f in found
            if (not dateline or f.span.start >= dateline.end())
            and not _in_brackets(text, segment.start, f.span.start)
        ]
        base = reference
        gloss = _TODAY_GLOSS.search(text, segment.start, segment.end)
        glossed = [f for f in found if gloss and gloss.start() < f.span.start < gloss.end()]
        if glossed and glossed[0].value <= reference:
            base = glossed[0].value
        elif len(found) > len(in_body) and (dateline is not None or not found[0].year_inferred):
            base = found[0].value
        elif not found:
            above = _date_line_above(text, segment, reference)
            if above is not None and (published is None or published - above <= STALE_DECISION):
                base = above
        weekday = _past_weekday(text, segment, reference) or (
            _WEEKDAY_POSSESSIVE.search(text, segment.start, segment.end)
        )
        if not in_body and _vague_past(text, segment):
            # "approved earlier this week", under a dated dateline: the day is not told.
            continue
        stale = (
            fresh_only
            and published is not None
            and bool(in_body or found)
            and published - min(in_body or found, key=lambda f: _distance(f.span, hit)).value
            > STALE_DECISION
        )
        relative_day = bool(
            weekday
            or _TODAY_RE.search(text, segment.start, segment.end)
            or _YESTERDAY_RE.search(text, segment.start, segment.end)
            or _DAYS_AGO_RE.search(text, segment.start, segment.end)
        )
        if stale and not relative_day:
            continue  # background, unless nothing else in the lead is dated
        if not stale and (in_body or (found and not relative_day)):
            # The date nearest the cue: "On 25 November the Council adopted the act that
            # the Commission proposed on 5 March 2024" was adopted on 25 November.
            first = min(in_body or found, key=lambda f: _distance(f.span, hit))
            value = first.value
            if (
                first.last is not None
                and first.last <= reference
                and (hit.cue.rule == WE_MET_RULE or _meeting_span(text, segment, first))
            ):
                # A summit's communiqué is issued as it closes: "met on 26-28 June"; a
                # meeting "held on 14 and 15 February" adopts its decisions on its last day.
                value = first.last
            if (
                published is not None
                and first.last is not None
                and value <= published <= first.last
            ):
                # "signed during the summit (11 and 12 July)" in a text of 12 July: the act is
                # that day's news, on a day of the span.
                value = published
            _set(decision, hit, value, first.precision, f"decided_on.{hit.cue.rule}", text)
            decision.filed_only = not in_body
            if first.year_inferred:
                decision.year_inferred = True
                decision.warnings.append(
                    f"The decision year was inferred as {first.value.year} from "
                    f"“{first.span.quote}”, read against {reference.isoformat()}; check it."
                )
            return
        if _OWN_CLAUSE_YESTERDAY.match(text, hit.end, segment.end):
            # "Launching the plan yesterday, UNHCR said … up from 265,000 today": the day
            # in the act's own clause, not a later one's.
            value = base - dt.timedelta(days=1)
            _set(decision, hit, value, "day", "decided_on.yesterday", text)
            return
        if _TODAY_RE.search(text, segment.start, segment.end):
            _set(decision, hit, base, "day", "decided_on.today", text)
            return
        ago = _DAYS_AGO_RE.search(text, segment.start, segment.end)
        if ago is not None:
            # "presented the day before yesterday", "agreed two days ago".
            days = 2 if ago.group("before") else _DAY_COUNTS[ago.group("count").lower()]
            _set(decision, hit, base - dt.timedelta(days=days), "day", "decided_on.days_ago", text)
            return
        if _YESTERDAY_RE.search(text, segment.start, segment.end):
            value = base - dt.timedelta(days=1)
            _set(decision, hit, value, "day", "decided_on.yesterday", text)
            return
        if weekday:
            # "agreed on Tuesday": the last Tuesday on or before the dateline or reference.
            wanted = WEEKDAYS.index(weekday.group("day").capitalize())
            back = (base.weekday() - wanted) % 7
            # "last Friday" written on a Friday is the Friday a week before.
            back = 7 if back == 0 and weekday.group().lower().startswith("last") else back
            value = base - dt.timedelta(days=back)
            _set(decision, hit, value, "day", "decided_on.weekday", text)
            decision.warnings.append(
                f"The decision date was read from “{weekday.group('day')}” as "
                f"{value.isoformat()}, the last one on or before {base.isoformat()}; check it."
            )
            return


def _title_named(
    text: str,
    decision: Decision,
    hits: list[CueHit],
    segments: list[Segment],
    reference: dt.date,
    published: dt.date | None,
) -> None:
    """Rule `decided_on.title_named` (decision_title): when the dated sentence of the lead
    does not name the title's thing, and a later sentence of the lead does something to
    it ("On 3 May, the Government tabled its budget" over "the minister announced the new
    Regional Rail Fund", under the title "Regional Rail Fund backs new lines"), that act
    is the news: dated by its own sentence, or by the publication when it has no day."""
    told = decision.segment
    title = next((s for s in segments if s.kind == "title"), None)
    if told is None or title is None or published is None:
        return
    name = title_name(text[title.start : title.end])
    if name is None or names_anywhere(text, told.start, told.end, name):
        return
    for hit in hits:
        if hit.segment.start <= told.start or hit.segment.kind == "title":
            continue
        if not names_after(text, hit.end, hit.segment.end, name):
            continue
        if names_intention(text[hit.start : hit.end]) or _vague_past(text, hit.segment):
            return
        own = Decision()
        _date(text, own, [hit], reference, published)
        if own.decided_on is None and not _long_before(text, hit, reference, published):
            own.decided_on, own.precision = published, "day"
        if own.decided_on is not None and own.decided_on <= published:
            _set(decision, hit, own.decided_on, own.precision or "day", TITLE_NAMED_RULE, text)
            decision.year_inferred, decision.filed_only = own.year_inferred, own.filed_only
            # The background's day no longer dates the decision: its warnings go with it.
            kept = [w for w in decision.warnings if not w.startswith("The decision")]
            decision.warnings = kept + own.warnings
        return


def _item_lead(
    text: str, segments: list[Segment], reference: dt.date, published: dt.date
) -> CueHit | None:
    """Rule `decided_on.item_lead`: on a page of at least ITEM_HEADINGS headed items, the
    first item whose first sentence, straight under its heading, reports a decision
    without a day ("Vanuatu opens cyclone shelter programme" over "The Vanuatu government
    has approved 420 million vatu …"): that item's news is the page's day. An intention, a
    sentence dated long before or only vaguely, and an item's later sentences (its
    background) do not count."""
    if sum(1 for s in segments if s.kind == "heading") < ITEM_HEADINGS:
        return None
    for before, segment in itertools.pairwise(segments):
        if before.kind != "heading" or segment.kind != "paragraph":
            continue
        for hit in cue_hits(text, segment):
            if (
                hit.cue.strong
                and hit.cue.rule not in UNDATED_CUES
                and not names_intention(text[hit.start : hit.end])
                and not _long_before(text, hit, reference, published)
                and not _vague_past(text, segment)
            ):
                return hit
    return None


def _one_day_of_the_span(
    text: str, decision: Decision, segments: list[Segment], reference: dt.date
) -> None:
    """A decision dated by a run of days ("City Council on November 12 and 13, 2026,
    adopted the following") takes the one day of that run that a sentence above it gives
    the same act ("City Council adopted this item on November 12, 2026"), as a council
    item's status line or a summary above the minutes does: the act told twice, once to
    the day."""
    told = decision.segment
    if told is None or decision.decided_on is None:
        return
    spans = [
        f
        for f in dates.find_dates(text, reference=reference, start=told.start, end=told.end)
        if f.last is not None and f.value <= decision.decided_on <= f.last
    ]
    if not spans:
        return
    first, last = spans[0].value, spans[0].last or spans[0].value
    rule = decision.date_rule.removeprefix("decided_on.")
    for segment in segments[:LATER_LEAD_REACH]:
        if segment.start >= told.start:
            return
        if not any(h.cue.rule == rule for h in cue_hits(text, segment)):
            continue
        for found in dates.find_dates(
            text, reference=reference, start=segment.start, end=segment.end
        ):
            if found.precision == "day" and found.last is None and first <= found.value <= last:
                # The sentence that gives the day is the evidence a reader checks.
                decision.decided_on, decision.segment = found.value, segment
                return


def _meeting_span(text: str, segment: Segment, found: FoundDate) -> bool:
    """Whether a date is the run of days of the meeting that decides ("the Assembly, held
    in Addis Ababa on 14 and 15 February, adopted"): a few days, told as when the meeting
    was held. Its decisions are adopted as it closes; an act "during the meeting (2 and 3
    March)" may fall on any of its days."""
    if found.precision != "day" or found.last is None:
        return False
    if not dt.timedelta(0) < found.last - found.value <= MEETING_SPAN:
        return False
    floor = max(segment.start, found.span.start - MEETING_HELD_REACH)
    return _MEETING_HELD_BEFORE.search(text, floor, found.span.start) is not None


def _vague_past(text: str, segment: Segment) -> bool:
    """Whether the sentence dates its act only as some day gone by ("earlier this week"),
    and names no day besides: "today" or "on Monday" in it still dates the act, unless it
    dates the saying ("approved it last week, the ministry said on Monday")."""
    if not _VAGUE_PAST_RE.search(text, segment.start, segment.end):
        return False
    days = [
        m.start()
        for pattern in (_TODAY_RE, _YESTERDAY_RE, _DAYS_AGO_RE)
        for m in pattern.finditer(text, segment.start, segment.end)
    ]
    weekday = _past_weekday(text, segment) or _WEEKDAY_POSSESSIVE.search(
        text, segment.start, segment.end
    )
    if weekday is not None:
        days.append(weekday.start("day"))
    floor = segment.start
    return all(
        _SAID_BEFORE.search(text, max(floor, day - SAID_REACH), day) is not None for day in days
    )


def _past_weekday(
    text: str, segment: Segment, reference: dt.date | None = None
) -> re.Match[str] | None:
    """The sentence's first weekday that is not a day ahead: "the draft, prepared for a
    meeting on Wednesday, said …" names the meeting's day, not the decision's; nor is "on
    Monday (Sep 13)" when its own bracketed date falls after `reference`."""
    matches = [
        *_WEEKDAY_RE.finditer(text, segment.start, segment.end),
        *_WEEKDAY_AFTER_OBJECT.finditer(text, segment.start, segment.end),
    ]
    for match in sorted(matches, key=lambda m: m.start("day")):
        floor = max(segment.start, match.start() - WEEKDAY_AHEAD_REACH)
        if _WEEKDAY_AHEAD.search(text, floor, match.start("day")):
            continue
        if reference is not None and _glossed_ahead(text, match, segment, reference):
            continue
        return match
    return None


def _glossed_ahead(text: str, weekday: re.Match[str], segment: Segment, reference: dt.date) -> bool:
    """Whether the weekday is glossed by a date in brackets, as wires write it ("on Monday
    (Sep 13)"), that lies after `reference`: a day still to come. A gloss without a year
    is read in the year, next to the reference's, whose day is that weekday."""
    gloss = _WEEKDAY_GLOSS.match(text, weekday.end("day"), segment.end)
    if gloss is None:
        return False
    found = dates.find_dates(text, reference=reference, start=gloss.start(1), end=gloss.end(1))
    if not found or found[0].precision != "day":
        return False
    value = found[0].value
    if found[0].year_inferred:
        named = WEEKDAYS.index(weekday.group("day").capitalize())
        days = []
        for year in (reference.year - 1, reference.year, reference.year + 1):
            try:
                day = value.replace(year=year)
            except ValueError:  # 29 February
                continue
            if day.weekday() == named:
                days.append(day)
        if not days:
            return False
        value = min(days, key=lambda d: abs(d - reference))
    return value > reference


def _meeting_day(
    text: str, decision: Decision, hits: list[CueHit], segments: list[Segment], reference: dt.date
) -> None:
    """A statement of a meeting's decisions whose lead gives the meeting's day but not the
    decisions' own: "At its meeting yesterday, Cabinet welcomed …" above "Cabinet
    approved …", "the Council, at its session of 18 September, …". Every decision of the
    statement was taken that day."""
    if not hits:
        return
    for segment in segments:
        meeting = _MEETING_DAY.search(text, segment.start, segment.end)
        if meeting is None:
            continue
        groups = meeting.group(
            "day",
            "day_before",
            "day_met",
            "day_ended",
            "day_held",
            "day_we_met",
            "day_gathered",
            "day_chaired",
        )
        day = next((d for d in groups if d), "").lower()
        value: dt.date | None = None
        if day == "yesterday":
            value = reference - dt.timedelta(days=1)
        elif day == "today":
            value = reference
        elif day:
            wanted = WEEKDAYS.index(day.capitalize())
            value = reference - dt.timedelta(days=(reference.weekday() - wanted) % 7)
        else:
            found = dates.find_dates(
                text,
                reference=reference,
                start=meeting.end(),
                end=min(segment.end, meeting.end() + MEETING_DATE_REACH),
            )
            # A meeting over several days decides on its last: "on 26-28 June".
            ends = [f.last or f.value for f in found if f.precision == "day"]
            ends = [end for end in ends if end <= reference]
            value = ends[0] if ends else None
        if value is not None:
            _set(decision, hits[0], value, "day", "decided_on.meeting_day", text)
            decision.segment = segment  # the sentence that gives the day
            return


def _opening(segments: list[Segment], leading: list[Segment]) -> list[Segment]:
    """The first LEAD_PARAGRAPHS segments below the lead that are not headings: a
    statement's numbered opening items ("1. The Meeting was held on 10 September")."""
    below = [s for s in segments if s not in leading and s.kind in ("bullet", "paragraph")]
    return below[:LEAD_PARAGRAPHS]


def _page_head(text: str, segments: list[Segment]) -> list[Segment]:
    """The lines above the first sentence that the structure set aside (a statement's dated
    title, "Statement on Cabinet meeting of 18 September"), as one stretch to read for a
    meeting's day; none when they are longer than a page's head."""
    titles = [s for s in segments if s.kind == "title"]
    start = max((s.end for s in titles), default=0)
    first = min((s.start for s in segments if s.kind != "title" and s.start >= start), default=0)
    if first <= start or first - start > PAGE_HEAD_CHARS:
        return []
    return [Segment(start, first, "heading", "", -1, -1)]


def _long_before(text: str, hit: CueHit, reference: dt.date, published: dt.date | None) -> bool:
    """Whether the cue's sentence dates it long before the publication: background."""
    if published is None:
        return False
    segment = hit.segment
    for found in dates.find_dates(text, reference=reference, start=segment.start, end=segment.end):
        if found.precision == "year":
            # "The scheme was launched in 2020", read in 2026: a year wholly gone by
            # long before the publication dates the act as background too.
            year_end = dt.date(found.value.year, 12, 31)
            if (
                year_end < published
                and published - year_end > STALE_DECISION
                and (found.last is None or found.last <= year_end)
                and _IN_YEAR_BEFORE.search(text, segment.start, found.span.start)
            ):
                return True
            continue
        value = found.value
        if found.year_inferred and _PERIOD_BEFORE.search(
            text, max(segment.start, found.span.start - PERIOD_WORD_REACH), found.span.start
        ):
            continue
        if found.year_inferred and value > reference:
            # The cue reports what was done: "first announced it in October, saying it
            # would come out by December" speaks of the October gone by.
            value = _past(value, found.precision, reference)
        if value <= reference and published - value > STALE_DECISION:
            return True
    return False


def _as_past(found: FoundDate, reference: dt.date) -> FoundDate:
    if not found.year_inferred or found.value <= reference or found.precision == "year":
        return found
    value = _past(found.value, found.precision, reference)
    last = found.last.replace(year=value.year) if found.last else None
    return replace(found, value=value, last=last)


def _past(value: dt.date, precision: str, reference: dt.date) -> dt.date:
    if precision == "month":
        return dates.resolve_month(value.month, reference=reference, future=False)
    return dates.resolve_yearless(value.month, value.day, reference=reference, future=False)


def _date_head(text: str, segment: Segment) -> re.Match[str] | None:
    """A date heading the sentence's paragraph: "19 March 2027: The regulator …"."""
    head = _DATE_HEAD.match(text, segment.start, segment.end)
    return head if head is not None and head.group("stop") else None


def _date_line_above(text: str, segment: Segment, reference: dt.date) -> dt.date | None:
    """The date of an update line standing alone just above the sentence's paragraph
    ("Update 19 March 2027", then the paragraph), not after the reference date."""
    floor = max(0, segment.start - DATE_LINE_REACH)
    before = text[floor : segment.start]
    lines = before.rstrip().rsplit("\n", 1)
    if len(lines) < 2 and floor > 0:
        return None
    if before[len(before.rstrip()) :].count("\n") < 1:
        return None  # the sentence does not start its own line: it is inside a paragraph
    line_start = floor + (len(before.rstrip()) - len(lines[-1]))
    line_end = floor + len(before.rstrip())
    head = _DATE_HEAD.match(text, line_start, line_end)
    if head is None or head.end() < line_end:
        return None
    found = dates.find_dates(text, reference=reference, start=head.start("date"), end=head.end())
    if not found or found[0].precision != "day" or found[0].value > reference:
        return None
    return found[0].value


def _item_date_line(
    text: str, segments: list[Segment], segment: Segment, published: dt.date
) -> dt.date | None:
    """Rule `decided_on.item_date_line`: the day on the line just above the heading of the
    item that holds `segment` ("27 May 2027 News release" over "Foundation Established to
    …"), when the page gathers several such dated items and that day is not after the
    publication nor long before it."""
    heading = segment if segment.kind == "heading" else None
    if heading is None:
        above = [s for s in segments if s.end <= segment.start and s.kind != "title"]
        # The item's first paragraph, straight under its heading.
        if not above or above[-1].kind != "heading" or segment.kind != "paragraph":
            return None
        heading = above[-1]
    if sum(1 for _ in itertools.islice(_ITEM_DATE_LINE.finditer(text), 2)) < 2:
        return None  # one date line is the page's own, not an item's
    before = text[max(0, heading.start - DATE_LINE_REACH) : heading.start].rstrip(" \t")
    if not before.endswith("\n"):
        return None
    line = before[:-1].rsplit("\n", 1)[-1]
    match = _ITEM_DATE_LINE.fullmatch(line.rstrip("\r"))
    if match is None:
        return None
    found = dates.find_dates(match.group("date"), reference=published)
    if not found or found[0].precision != "day" or found[0].year_inferred:
        return None
    value = found[0].value
    return value if value <= published and published - value <= STALE_DECISION else None


def _page_date_line(text: str, segment: Segment, published: dt.date) -> dt.date | None:
    """Rule `decided_on.page_date_line`: the day printed alone on a line of the page's head
    ("14 April 2027", "Tuesday, 13 April 2027 | Media release"), above the sentence that
    reports the act, when it is the head's only such line and not after the publication
    nor long before it."""
    head_end = min(segment.start, PAGE_HEAD_CHARS)
    lines = list(itertools.islice(_ITEM_DATE_LINE.finditer(text, 0, head_end), 2))
    if len(lines) != 1:
        return None  # none, or several: an item's line, not the page's
    found = dates.find_dates(lines[0].group("date"), reference=published)
    if not found or found[0].precision != "day" or found[0].year_inferred:
        return None
    value = found[0].value
    return value if value <= published and published - value <= STALE_DECISION else None


def _in_brackets(text: str, start: int, position: int) -> bool:
    before = text[max(start, position - BRACKET_REACH) : position]
    return before.rfind("(") > before.rfind(")")


def _window_before(text: str, floor: int, start: int) -> bool:
    return bool(_WINDOW_BEFORE.search(text, max(floor, start - WINDOW_WORD_REACH), start))


def _distance(found: Span, hit: CueHit) -> int:
    return found.start - hit.end if found.start >= hit.end else hit.start - found.end


def _set(
    decision: Decision, hit: CueHit, value: dt.date, precision: str, rule: str, text: str
) -> None:
    decision.decided_on, decision.precision = value, precision
    decision.date_rule, decision.segment = rule, hit.segment
    decision.filed_only = False
    decision.kind = _kind(text, hit)


def _kind(text: str, hit: CueHit) -> str:
    """The milestone kind: a vote when the sentence counts votes, else the cue's own."""
    if hit.cue.milestone_kind == "decision" and _VOTES_RE.search(
        text, hit.segment.start, hit.segment.end
    ):
        return "vote"
    return hit.cue.milestone_kind


def _makers(text: str, decision: Decision, hits: list[CueHit]) -> None:
    """The subject of the first decision verb that names an actor ("The Council adopted")."""
    for hit in hits:
        if hit.cue.status != "provisional_agreement":
            continue
        segment = hit.segment
        between = _BETWEEN.search(text, hit.end, min(segment.end, hit.end + BETWEEN_WINDOW))
        parties = []
        if between:
            stop = _PARTIES_END.search(text, between.end(), segment.end)
            parties = find_actors(text, between.end(), stop.start() if stop else segment.end)
        if len(parties) >= 2:
            # "welcomes the agreement reached between the Parliament and the Council"
            for match in _distinct(parties):
                decision.makers.append(
                    (match.entry, _span(text, match), "actor.party_to_agreement")
                )
            return
    bare_first: tuple[list[ActorMatch], str] | None = None
    for hit in hits:
        if hit.cue.rule in UNDATED_CUES:
            continue  # "X has not adopted the proposed regulation": X proposed nothing
        if hit.cue.rule in NOT_MAKER_CUES:
            # "The commission ordered the company to comply", "the Minister received Cabinet
            # approval": the cue dates the decision, but its subject is not the one whose
            # decision the document tells (decision_cues.NOT_MAKER_CUES).
            continue
        segment = hit.segment
        if _REACTION.search(text, segment.start, hit.start):
            continue  # "The Commission welcomes the agreement": it did not take it
        clause_start = segment.start
        for brk in _CLAUSE_BREAK.finditer(text, segment.start, hit.start):
            clause_start = brk.end()
        subject = _governments(text, find_actors(text, clause_start, hit.start))
        rule = f"actor.subject_of.{hit.cue.rule.removeprefix('status.')}"
        if not subject:
            subject = _governments(text, find_actors(text, segment.start, hit.start))
        if not subject:
            # Passive: "was adopted by the Council".
            after = find_actors(text, hit.end, segment.end)
            subject = [
                m for m in after[:1] if _BY_AGENT.search(text, max(hit.end, m.start - 12), m.start)
            ]
            rule = f"actor.agent_of.{hit.cue.rule.removeprefix('status.')}"
        if subject and (
            bare_first is not None or all(bare_eu_name_elsewhere(text, m) for m in subject)
        ):
            # rule `actor.bare_council_gives_way`: "Council adopts cycling plan" over a city
            # council's report; a later subject that names a body the tables do not know
            # ("Hamilton City Council adopted") is that council, if the lead has one.
            bare_first = bare_first or (subject, rule)
            continue
        if not subject and (hit.segment.kind == "title" or hit.segment.paragraph == 0):
            # "The Department for Energy (DfE) has today announced": a body the tables do
            # not know, found by the pipeline for a curator to confirm.
            found = _unknown_subject(text, segment, hit)
            if found is not None:
                entry, evidence = found
                decision.makers.append(
                    (
                        entry,
                        evidence,
                        f"actor.found_subject_of.{hit.cue.rule.removeprefix('status.')}",
                    )
                )
                return
        if not subject and _PLENARY_VOTE.search(text, segment.start, segment.end):
            # "The resolution was adopted with 419 votes in favour": a plenary vote.
            subject = [m for m in find_actors(text) if m.entry.name == PARLIAMENT][:1]
            rule = "actor.plenary_vote_count"
        if subject:
            for match in _distinct(subject):
                decision.makers.append((match.entry, _span(text, match), rule))
            if hit.cue.status == "provisional_agreement":
                # "reached a provisional agreement with the European Parliament": co-deciders.
                for match in find_actors(text, hit.end, segment.end):
                    if match.entry.kind == COUNTRY:
                        continue  # "an agreement with Norway": a partner, not a co-legislator
                    if _WITH_AFTER_AGREEMENT.search(text, max(0, match.start - 10), match.start):
                        decision.makers.append(
                            (match.entry, _span(text, match), "actor.counterpart_of_agreement")
                        )
            return
    if bare_first is not None:  # nothing else named: the EU's "Council", as before
        for match in _distinct(bare_first[0]):
            decision.makers.append((match.entry, _span(text, match), bare_first[1]))


def _venue(
    text: str,
    decision: Decision,
    hits: list[CueHit],
    segments: list[Segment],
    leading: list[Segment],
) -> None:
    """Where the decision was taken: "in Brussels" in its sentence; else the dateline
    ("BRUSSELS, 12 March –"); else a lead sentence about the meeting ("The ministers met
    in Luxembourg"). A set-aside date line is page furniture and never a source."""
    found = None
    for segment in (decision.segment, *(h.segment for h in hits)):
        if segment is not None:
            found = found or VENUE_IN_RE.search(text, segment.start, segment.end)
    first = next((s for s in segments if s.kind == "paragraph"), None)
    if found is None and first is not None:
        found = DATELINE_RE.match(text, first.start, first.end)
    for segment in leading:
        if found is None and MEETING_RE.search(text, segment.start, segment.end):
            found = VENUE_IN_RE.search(text, segment.start, segment.end)
    if found is None and first is not None:
        # Any city of a wire's or a statement's dateline: "SEOUL, Nov. 5 (Yonhap) --",
        # "Kananaskis, Alberta — June 17, 2025", "Geneva –" for a city the table knows.
        found = _ANY_DATELINE.match(text, first.start, first.end)
        if found is not None and found.group("dash_only") is not None:
            found = found if found.group("venue").upper() in VENUE_BY_UPPER else None
    if found is not None:
        name = found.group("venue")
        decision.venue = VENUE_BY_UPPER.get(name.upper()) or (
            name.title() if name.isupper() else name
        )
        decision.venue_evidence = span(text, found.start("venue"), found.end("venue"))


def _partners(text: str, decision: Decision, segments: list[Segment]) -> None:
    makers = {entry.name for entry, _, _ in decision.makers}
    eu_side = any(e.kind != COUNTRY for e, _, _ in decision.makers) or not decision.makers
    chosen: dict[str, tuple[ActorEntry, Span, str]] = {}
    scope = [s for s in segments if s.kind == "title" or s.paragraph == 0]
    for segment in scope:
        for match in find_actors(text, segment.start, segment.end):
            entry = match.entry
            if entry.name in makers or entry.name in chosen:
                continue
            if eu_side and entry.kind == INSTITUTION:
                continue
            if _PARTNER_BEFORE.search(text, max(segment.start, match.start - 30), match.start):
                chosen[entry.name] = (entry, _span(text, match), "actor.counterpart")
            elif segment.kind == "title" and entry.kind == COUNTRY:
                chosen[entry.name] = (entry, _span(text, match), "actor.country_in_title")
    decision.partners = list(chosen.values())


_TRADE = (
    r"(?:company|firm|group|corporation|conglomerate|multinational|giant|startup|start-up|"
    r"bank|lender|insurer|retailer|airline|operator|supplier|producer|manufacturer|"
    r"developer|utility|miner|refiner|exporter|[a-z]*maker)"
)
_FIRM_NAME = r"(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
# Rule `actor.firm_named`: a firm named with its trade, before or after: "Acme, a US
# chipmaker,", "US chipmaker Acme", "Japanese carmaker Sora Motors".
_FIRM_NAMED = re.compile(
    rf"(?:(?P<name>{_FIRM_NAME}),\s+(?:a|an|the)\s+(?:[\w.’'-]+\s+){{0,3}}?{_TRADE},?"
    rf"|(?:the\s+)?(?:[\w.’'-]+\s+){{0,2}}?{_TRADE}\s+(?P<after>{_FIRM_NAME}))"
    r"(?:\s+(?:has|have|had|today|yesterday|on\s+\w+day))*",
    re.IGNORECASE,
)


def _unknown_subject(text: str, segment: Segment, hit: CueHit) -> tuple[ActorEntry, Span] | None:
    """The body named by the whole clause before the cue, when it reads as an
    organisation's or an office's name: "The Department for Business, Energy and
    Industrial Strategy (BEIS) has today", "The President on Monday"."""
    start = segment.start
    lead_in = DATELINE_RE.match(text, start, hit.start) or _WIRE_DATELINE.match(
        text, start, hit.start
    )
    if lead_in:
        start = lead_in.end()
    clause = _SUBJECT_TAIL.sub("", _SUBJECT_LEAD.sub("", text[start : hit.start]))
    clause = _MEETING_ASIDE.sub("", clause)
    firm = _FIRM_NAMED.fullmatch(clause.strip())
    if firm is not None:  # "Acme, a US chipmaker,", "US chipmaker Acme": the firm
        name = firm.group("name") or firm.group("after")
        at = text.find(name, start, hit.start)
        return ActorEntry(name, ORGANISATION, found_by_pipeline=True), Span(
            at, at + len(name), name
        )
    match = _ORGANISATION_NAME.fullmatch(clause.strip())
    if match is None:
        return None
    name = match.group("name")
    before_of = re.split(r"\s+(?:of|for|on)\s+", name, maxsplit=1)[0]
    head = before_of.split()[-1].rstrip(",").lower()
    if head not in ORGANISATION_HEADS and head not in _OFFICE_HEADS:
        return None
    # "The Cabinet, at its meeting …, took the following decisions": the publisher's own;
    # a headline's "Cabinet approves" shortens a name the story gives in full.
    bare = head in _OFFICE_HEADS or (head in _BARE_BODIES and segment.kind != "title")
    if len(name.split()) == 1 and not bare:
        return None  # "Government", "Ministry": whose is for the publisher to say
    offset = start + text[start : hit.start].find(match.group(0))
    name_start = offset + match.start("name")
    evidence = Span(name_start, name_start + len(name), name)
    acronym = match.group("acronym")
    entry = ActorEntry(name, ORGANISATION, (acronym,) if acronym else (), found_by_pipeline=True)
    return entry, evidence


def _minutes_body(text: str, segments: list[Segment]) -> tuple[ActorEntry, Span] | None:
    """The body whose meeting the minutes record, named in their first lines: "Minutes of
    a meeting of the Strategy and Finance Committee held in …", when its name ends in an
    organisation's head ("committee", "council", "board")."""
    for segment in segments:
        match = _MINUTES_OF.search(text, segment.start, segment.end)
        if match is None:
            continue
        name = match.group("body").rstrip(",")
        if name.split()[-1].lower() not in ORGANISATION_HEADS:
            continue
        start = match.start("body")
        return ActorEntry(name, ORGANISATION, found_by_pipeline=True), Span(
            start, start + len(name), name
        )
    return None


def _governments(text: str, matches: list[ActorMatch]) -> list[ActorMatch]:
    """Drop demonyms that qualify someone else ("Ukrainian firms"), keep "Ukrainian government";
    drop a country named as a firm's ("Acme, a US chipmaker, announced")."""
    return [
        m
        for m in matches
        if (not m.demonym or GOVERNMENT_AFTER_RE.match(text, m.end))
        and not names_a_firm_s_country(text, m)
    ]


def _distinct(matches: list[ActorMatch]) -> list[ActorMatch]:
    seen: set[str] = set()
    out = []
    for match in matches:
        if match.entry.name not in seen:
            seen.add(match.entry.name)
            out.append(match)
    return out


def _span(text: str, match: ActorMatch) -> Span:
    return Span(match.start, match.end, text[match.start : match.end])
