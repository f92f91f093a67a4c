"""The decision's day told again: a lead that reports an act without its day ("The IMF said
it had reached a staff-level agreement …") often gives the day in a sentence after it, as
wire stories do: "The announcement was made on Thursday", "the agreements, signed Thursday
in Washington", "the minister confirmed on Tuesday", "in a statement issued on Friday".

Pure: text and segments in, a date out; the weekday is counted back from a base day (the
story's dateline or its publication date), a parameter, never the clock.
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline.dates_patterns import WEEKDAY_NAME
from initiatives.pipeline.extract_segments import Segment

RULE = "decided_on.told_again"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# How far below the lead's first paragraph the day may be told: a quotation or two may
# stand between ("…," Ashwood said. / Agency officials said the agreements, signed
# Thursday, …).
TOLD_AGAIN_PARAGRAPHS = 4

_ACT = (
    r"(?:announcement|agreements?|deals?|decisions?|accords?|memorand(?:um|a)|MoUs?|"
    r"contracts?|approvals?|statement|pact|treaty|package|loans?|grants?)"
)
_DONE = (
    r"(?:made|signed|reached|announced|approved|agreed|concluded|struck|adopted|confirmed|"
    r"unveiled|issued|released|received|published|awarded)"
)
_TELLING = r"(?:said|announced|confirmed|stated|declared|noted|disclosed)"
_STATEMENT = r"(?:statement|release|communiqu[eé]|announcement|notice|circular|bulletin)"
_PROGRAMME = (
    r"(?:programmes?|programs?|training|scheme|project|initiative|campaign|course|pilot|drive|"
    r"exercise|service|operation|rollout|roll-out)"
)
_BODY = r"(?:council|cabinet|board|committee|assembly|parliament|legislature|senate|house)"
# The act named again, then done on a day: "The announcement was made on Thursday", "the
# agreements, signed Thursday in Washington", "a statement issued late on Friday"; or the
# telling verb itself: "confirmed on Tuesday that". Not "will be signed on Friday", which
# is a day ahead, nor "said on Monday", the day of a comment.
_TOLD_AGAIN = re.compile(
    rf"(?:\b(?:the|this|these|those|that|its|their|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?{_ACT},?\s+"
    rf"(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?{_DONE}"
    rf"|\b(?:confirmed|announced)"
    # The source's own statement, in any telling verb: "ADB said in a statement on
    # Wednesday", "the ministry announced in a press release late on Friday".
    rf"|\b{_TELLING}\s+in\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+)?{_STATEMENT}"
    rf"(?:\s+(?:issued|released|published|posted))?"
    # The day the decided paper came before the body that decided it: "a report that went
    # before council Tuesday", "the bill, which was put to the assembly on Monday".
    rf"|\b(?:went|came|was\s+(?:put|presented|brought))\s+(?:before|to)\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+)?{_BODY}"
    # The occasion of the announcement the lead reports: "He said this at a meeting with
    # growers in Tamale on Thursday", "she announced this while opening a depot on Monday".
    # "this" points back to the lead's own words, so the day is theirs, not a comment's.
    rf"|\b(?:{_TELLING}|spoke)\s+(?:this|these|so)\s+(?:at|during|in|when|while|on)\b"
    r"[^.;]{0,120}?"
    # A programme's start, told after its launch: "The course, which began with an
    # induction on Monday", "the pilot was started on Friday".
    rf"|\b(?:the|this|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?{_PROGRAMME},?\s+"
    r"(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:began|begun|"
    r"started|kicked\s+off|commenced|opened|launched|got\s+under\s+way)"
    r"(?:\s+(?:with|by)\s+[^.;,]{0,60}?)?)"
    rf"\s+(?:(?:late|early)\s+)?(?:on\s+|last\s+)?(?P<day>{WEEKDAY_NAME}|yesterday)\b",
    re.IGNORECASE,
)


def day_told_again(
    text: str, segments: list[Segment], first_paragraph: int, base: dt.date
) -> tuple[dt.date, Segment] | None:
    """The day a sentence of the lead's paragraphs (from `first_paragraph` on, at most
    TOLD_AGAIN_PARAGRAPHS below it) gives the act, counted back from `base`: the last such
    weekday on or before it, or the day before it for "yesterday"; with that sentence."""
    for segment in segments:
        if segment.kind != "paragraph" or segment.paragraph < first_paragraph:
            continue
        if segment.paragraph > first_paragraph + TOLD_AGAIN_PARAGRAPHS:
            break
        told = _TOLD_AGAIN.search(text, segment.start, segment.end)
        if told is None:
            continue
        day = told.group("day").lower()
        if day == "yesterday":
            return base - dt.timedelta(days=1), segment
        back = (base.weekday() - WEEKDAYS.index(day)) % 7
        return base - dt.timedelta(days=back), segment
    return None


NEWS_RULE = "decided_on.news_day"
# How many days before the base an explicit date of the lead may stand and still be the
# day of the news it tells ("signed by the Executive Secretary on June 4" in a story of
# June 8): a week; older dates are background.
NEWS_DAYS = 7
# How far before the day the verb that it dates may stand.
NEWS_REACH = 100
# A day that can only lie behind the day of writing, or a weekday: "yesterday", "last
# night", "last Thursday", "on Wednesday", "Tuesday's (February 10) edition".
_PAST_DAY = re.compile(
    rf"\b(?:(?P<yesterday>[Yy]esterday|last\s+night)|(?:(?:(?P<last>last)|on)\s+)?(?P<weekday>{WEEKDAY_NAME})"
    r"(?:['’]s)?)\b"
)
# A finite verb in the past, or a participle that reports the occasion: the day is its.
# Regular pasts by their ending; the irregular ones that tell of acts and sayings by name.
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|told|said|put|met|signed|gave|spoke|made|took|held|sat|set|won|struck|"
    r"began|brought|sent|wrote|led|went|came|rose|chose|drew|laid|paid|sold|shut|cut)\b"
)
# A participle opening its clause, at the sentence's start or after a comma: "Launching
# the plan yesterday, the agency said …", "…, appearing on Tuesday's edition".
_OPENING_PARTICIPLE = re.compile(
    r"\s*(?!(?:[Dd]uring|[Mm]orning|[Ee]vening|[Mm]eeting|[Ss]pring|[Pp]ending|[Uu]pcoming|"
    r"[Aa]ccording|\w*thing)\b)[A-Za-z][a-z]+ing\b"
)
# The day is one still to come, or bounds a time ahead: "will sign on Friday", "due on
# Monday", "ahead of Thursday's vote", "by June 4".
_AHEAD = re.compile(
    r"\b(?:will|would|shall|going\s+to|next|is\s+to|are\s+to|to\s+be|to\s+have\s+been|"
    r"(?:expected|due|set|planned|scheduled|likely)\s+to)\b"
    r"|\b(?:scheduled|due|expected|planned|set|by|from|for)\s+(?:(?:on|the|a|its|their)\s+)?$"
    # "ahead of talks on Friday", "until the vote on Monday": a time still to come.
    r"|\b(?:ahead\s+of|until|till|before|pending|awaiting)\s+(?:[\w'’-]+\s+){0,4}?(?:on\s+)?$",
)
# A comment's day, the verb of saying straight before it: "a union leader said on Monday
# that …". The day of an occasion the saying had ("told the House during his budget
# address last Thursday", "answered questions in the Assembly on Wednesday") is the news's.
_COMMENT = re.compile(
    r"\b(?:said|says|added|noted|stated|commented|warned|argued|complained|remarked)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+|last\s+)?$"
)
_CLAUSE_START = re.compile(r"[,;:()–—]|\b(?:that|which|who|whom)\b")


def news_day(
    text: str,
    segments: list[Segment],
    first_paragraph: int,
    base: dt.date,
    explicit: list[tuple[int, dt.date]],
) -> tuple[dt.date, Segment] | None:
    """Rule `decided_on.news_day`: the first day in the lead's paragraphs (from
    `first_paragraph`, at most TOLD_AGAIN_PARAGRAPHS below it) that dates a verb in the
    past of its own clause: "put their names to the documents yesterday", "told the House
    during his budget address last Thursday that", "who answered questions in the
    Assembly on Wednesday", "Circular No. 87, signed by the Executive Secretary on June
    4". A lead that states its decision without a day tells the news's day so. A day
    ahead ("will sign on Friday") dates nothing; nor does a day in a clause with no verb
    in the past ("The debate continues on Tuesday"). `explicit` holds the explicit days
    (offset, date) of the text, found by the caller."""
    for segment in segments:
        if segment.kind != "paragraph" or segment.paragraph < first_paragraph:
            continue
        if segment.paragraph > first_paragraph + TOLD_AGAIN_PARAGRAPHS:
            break
        days: list[tuple[int, dt.date]] = []
        for match in _PAST_DAY.finditer(text, segment.start, segment.end):
            if match.group("yesterday"):
                days.append((match.start(), base - dt.timedelta(days=1)))
            else:
                wanted = WEEKDAYS.index(match.group("weekday").lower())
                back = (base.weekday() - wanted) % 7
                # "last Thursday" written on a Thursday is a week before.
                back = 7 if back == 0 and match.group("last") else back
                days.append((match.start(), base - dt.timedelta(days=back)))
        days += [
            (at, value)
            for at, value in explicit
            if segment.start <= at < segment.end and 0 < (base - value).days <= NEWS_DAYS
        ]
        for at, value in sorted(days):
            if value < base and _dates_a_past_verb(text, segment.start, at):
                return value, segment
    return None


def _dates_a_past_verb(text: str, floor: int, at: int) -> bool:
    """Whether the day at `at` dates a verb in the past of its own clause."""
    before = text[max(floor, at - NEWS_REACH) : at]
    # The clause the day stands in: from its last comma, "that" or "who" on. A
    # participle opening it reports the occasion ("…, appearing on Tuesday's edition");
    # a quotation before it ("'… will join us,' the agency quoted him as saying on
    # Thursday") is not its tense.
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[starts[-1] :] if starts else before
    if _AHEAD.search(clause) or _COMMENT.search(clause):
        return False
    sentence_start = at - NEWS_REACH <= floor
    if _OPENING_PARTICIPLE.match(clause) and (starts or sentence_start):
        return True
    return _PAST_VERB.search(clause) is not None
