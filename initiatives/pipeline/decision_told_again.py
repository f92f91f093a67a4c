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
