"""Decision wording beyond the EU's own: the cues that say a body decided, agreed, launched
or announced something, by any government or international body.

The gazetteer's table (`STATUS_CUES`) comes first, so its rows keep their names on the
seed; the rows here add noun forms ("final adoption", "the agreement reached") and the
verbs other publishers use ("launched", "unveiled", "published the plan", "green-lit").
"""

from __future__ import annotations

import re

from initiatives.pipeline.gazetteer import STATUS_CUES, StatusCue

# What a publishing verb must take as its object to count as a decision: "published the
# strategy", not "published figures"; "released a plan", not "released prisoners".
_PLAN = (
    r"(?:(?:the|a|an|its|their|his|her|our|new|first|revised|updated|national|final|"
    r"[\w-]+[’']s)\s+){0,2}(?:[\w&-]+\s+){0,4}?"
    r"(?:plan|strategy|strategies|programme|program|package|framework|roadmap|agenda|"
    r"action\s+plan|white\s+paper|green\s+paper|policy|guidance|guidelines|standards?|"
    r"order|memorandum|decision|declaration|statement|communiqu[ée]|conclusions|list|"
    r"initiative|fund|scheme|priorities|tasks|rules|regulation|directive|law|bill|act|budget|"
    r"decree|ordinance|resolutions?|(?:fiscal|economic|budget|budgetary)\s+update)\b"
)
# Verbs whose gerund after "after", "when", "upon" reports an act done, as the main verb
# does: "wrapped up its session on 24 May, after adopting 20 resolutions", "said on
# Thursday when presenting a water strategy".
_GERUND_BEFORE = r"\b(?:after|when|while|upon|on|in)\s+(?:formally\s+|unanimously\s+|finally\s+)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# "of the act", "on Tuesday of the plan", then a sign that it happened: the day, "came",
# "marks", "completes".
_OF_ACT = (
    r"(?:(?:on|last)\s+\w+day\s+of\s+(?:the|a|an|its|their|this)\b"
    r"|of\s+(?:the|a|an|its|their|this)\b"
    r"(?=[^.;]{0,100}\b(?:today|yesterday|on\s+\w+day|came|comes|followed|marks|marked|"
    r"completes|completed|concludes|concluded|opens|opened)\b))"
)
_ACT_NOUNS = r"(?:approval|adoption|endorsement|ratification|signing|signature)"
_LAUNCH_NOUNS = r"(?:launch|unveiling|publication|announcement)"
# The noun is not the act done when it is still awaited or frames another time: "pending
# (the) approval of", "before the signing of", "ahead of the launch of".
_NOT_AFTER = "".join(
    rf"(?<!{word}\s)(?<!{word}\sthe\s)"
    for word in (
        r"subject\sto", "pending", "awaiting", "await", "awaits", "for", "seek", "seeks",
        "after", "before", "upon", r"ahead\sof", "until", "await", "expect", "expects",
    )
)  # fmt: skip
# The lookbehinds follow the verb, so that they run only where a verb matched.
_SAID_ON_WEEKDAY = (
    r"\b(?:said|announced|told\s+(?:reporters|a\s+news\s+conference|a\s+press\s+conference))"
    r"(?<!sources\ssaid)(?<!officials\ssaid)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b"
)


def _cue(rule: str, status: str, pattern: str, *, strong: bool = True) -> StatusCue:
    return StatusCue(rule, status, re.compile(pattern, re.IGNORECASE), strong)


EXTRA_CUES: tuple[StatusCue, ...] = (
    _cue(
        "status.agreement_reached",
        "provisional_agreement",
        r"\b(?:reached|reach|reaches|struck|strike|strikes|clinched|sealed|seals|secured)\s+"
        r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|pact)\b"
        r"|\b(?:the|an?)\s+(?:\w+\s+)?(?:agreement|deal)\s+(?:was\s+)?"
        r"reached\b|\b(?:agreement|deal)\s+(?:has\s+been|was)\s+(?:reached|struck|clinched|"
        r"sealed)\b|\bconcluded\s+(?:the\s+|their\s+)?(?:negotiations|talks)\b",
    ),
    _cue(
        "status.final_adoption",
        "adopted",
        r"\b(?:final|formal|formally)\s+(?:adoption|approval|endorsement|green\s+light)\b"
        r"(?!\s+(?:is|are|will|would|remains|still)\b)"
        r"|\bsigned\s+into\s+law\b|\b(?:became|becomes)\s+law\b|\bgreen[\s-]?lit\b"
        r"|\bofficially\s+pledged\b"
        r"|\baccepted\s+(?:the|a|its|their)\s+(?:\w+\s+)?proposal\b",
    ),
    _cue(
        # "The Union Cabinet took decisions Wednesday on …", "the Council took several
        # key decisions": a body's decisions, taken that day.
        "status.took_decisions",
        "adopted",
        r"\b(?:took|takes|has\s+taken|have\s+taken|made|has\s+made|have\s+made)\s+"
        r"(?:(?:the|a|an|several|some|two|three|four|five|\d+|key|important|major|following|"
        r"landmark|historic|crucial|provisional|final|interim|formal)\s+){0,2}?"
        r"decisions?\b(?!\s+(?:to\s+)?(?:on\s+)?(?:whether|if)\b)",
    ),
    _cue(
        # "The Bundestag on Thursday passed the heating law": a legislature's vote.
        "status.passed",
        "adopted",
        r"\b(?:passed|passes)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:law|bill|act|"
        r"legislation|budget|resolution|motion|amendments?|package|reform|decree|ordinance)\b",
    ),
    _cue(
        # "The approval of the act by the Council today", "the Council's adoption of the
        # regulation on Tuesday", "the signing of the accord on Monday": a noun that says
        # the act was done, with the day or "came", "marks" to show it was.
        "status.approval_of",
        "adopted",
        rf"\b(?={_ACT_NOUNS}\s){_NOT_AFTER}{_ACT_NOUNS}\s+{_OF_ACT}",
    ),
    _cue(
        "status.launch_of",
        "announced",
        rf"\b(?={_LAUNCH_NOUNS}\s){_NOT_AFTER}{_LAUNCH_NOUNS}\s+{_OF_ACT}",
        strong=False,
    ),
    _cue(
        "status.launched",
        "announced",
        r"\b(?=[luei])(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\bpress\s)"
        r"(?:launch(?:es|ed)?|unveil(?:s|ed)?|"
        r"establish(?:es|ed)?|introduc(?:es|ed))\b(?!\s+(?:of|by|date|event|ceremony)\b)"
        r"(?!\s*(?:[.,;:)]|$))"
        rf"|\b(?:publish(?:es|ed)|releas(?:es|ed)|issu(?:es|ed)|present(?:s|ed)|adopt|"
        rf"outlin(?:es|ed))\s+{_PLAN}"
        rf"|\b(?:roll(?:s|ed)?|rolling)\s+out\s+{_PLAN}"
        r"|\b(?=commit)(?<!remain\s)(?<!remains\s)(?<!remained\s)(?<!is\s)(?<!are\s)(?<!was\s)"
        r"(?<!were\s)(?<!be\s)(?<!been\s)(?<!stay\s)(?<!stays\s)(?<!fully\s)(?<!firmly\s)"
        r"(?<!deeply\s)(?<!strongly\s)(?<!very\s)(?<!remaining\s)(?:committed|commits)\s+"
        r"(?:themselves\s+|itself\s+)?to\s+(?!(?:the\s+)?(?:goal|principle|idea|values?)\b)"
        r"|\b(?:is|am|are)\s+announcing\b|\bannounce\b(?=\s+(?:a|an|the|new|plans?|\$|£|€))"
        r"|\bannouncing\s+(?:the|a|an|its|their|new)\b"
        r"|\b(?:is|are)\s+(?:providing|investing|allocating|committing|devoting)\b",
        strong=False,
    ),
    _cue(
        # "The Secretary-General welcomed the commitment of the 147 members to …": a
        # reaction in the lead reports a decision taken, by others, that day.
        "status.welcomed",
        "announced",
        r"\bwelcom(?:ed|es|e|ing)\s+(?:the|a|an|their|its|this)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:commitment|decision|agreement|adoption|approval|endorsement|launch)\b",
        strong=False,
    ),
    _cue(
        # "The Japanese government will adopt a package in October, Prime Minister Fumio
        # Kishida said Wednesday": a wire story's announcement of a plan, dated that day.
        "status.announced_on_weekday",
        "announced",
        rf"\b(?:will|would)\s[^.]{{0,200}}?{_SAID_ON_WEEKDAY}"
        rf"|{_SAID_ON_WEEKDAY}(?=[^.]*?\b(?:will|would|plans?\s+to|is\s+to|aims?\s+to)\b)",
        strong=False,
    ),
    _cue(
        "status.adopting",
        "adopted",
        rf"{_GERUND_BEFORE}(?:adopting|approving|endorsing|passing|ratifying|signing)\s+"
        r"(?:the|a|an|its|their|more\s+than|over|some|several|\d+|two|three|four|five|six|"
        r"seven|eight|nine|ten|new)\b",
    ),
    _cue(
        "status.presenting",
        "announced",
        rf"{_GERUND_BEFORE}(?:presenting|unveiling|launching|publishing|releasing|outlining)\s+"
        rf"{_PLAN}",
        strong=False,
    ),
    _cue(
        # "the federal budget tabled Monday by the finance minister", "the plan unveiled on
        # Tuesday": a participle with the day it was done.
        "status.done_on_weekday",
        "announced",
        r"\b(?:tabled|unveiled|presented|released|published|introduced|launched|announced|"
        rf"signed|endorsed)\s+(?:on\s+|last\s+)?{_WEEKDAY}\b",
        strong=False,
    ),
    _cue(
        "status.submitted",
        "proposed",
        r"\bsubmit(?:s|ted)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,12}?"
        r"(?:for\s+(?:consideration|approval|adoption)|to\s+(?:the\s+)?(?:parliament|congress|"
        r"legislature|assembly|senate|house|diet|bundestag|verkhovna\s+rada))",
    ),
)
DECISION_CUES: tuple[StatusCue, ...] = STATUS_CUES + EXTRA_CUES
