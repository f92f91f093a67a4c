"""Decision wording beyond the EU's own: the cues that say a body decided, agreed, launched
or announced something, by any government or international body.

The gazetteer's table (`STATUS_CUES`) comes first, so its rows keep their names on the
seed; the rows here add noun forms ("final adoption", "the agreement reached") and the
verbs other publishers use ("launched", "unveiled", "published the plan", "green-lit").
"""

from __future__ import annotations

import re

from initiatives.pipeline.dates_patterns import MONTH, WEEKDAY_NAME
from initiatives.pipeline.gazetteer import STATUS_CUES, StatusCue

# What a publishing verb must take as its object to count as a decision: "published the
# strategy", not "published figures"; "released a plan", not "released prisoners".
_PLAN = (
    r"(?:(?:the|a|an|its|their|his|her|our|new|first|revised|updated|national|final|"
    r"[\w-]+[’']s)\s+){0,2}(?:[\w&-]+\s+){0,4}?"
    r"(?:plan|strategy|strategies|programme|program|package|framework|roadmap|agenda|"
    r"action\s+plan|white\s+paper|green\s+paper|policy|guidance|guidelines|standards?|"
    r"order|memorandum|decision|declaration|statement|communiqu[ée]|conclusions|list|proposals?|"
    r"blueprint|charter|roadmap|"
    r"initiative|fund|scheme|priorities|tasks|rules|regulations?|directives?|law|bill|act|budget|"
    r"decrees?|ordinances?|resolutions?|(?:fiscal|economic|budget|budgetary)\s+update|"
    r"(?:mandate|guidance|instruction)\s+letters?|measures|principles|recommendations|targets)\b"
)
# The day may stand between the verb and its object: "presented the day before yesterday
# the new roadmap", "released on Monday its strategy", "published today the guidelines".
_DAY_BETWEEN = (
    r"(?:(?:today|yesterday|the\s+day\s+before\s+yesterday|this\s+(?:morning|afternoon|week)|"
    r"(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),?\s+)?"
)
# Verbs whose gerund after "after", "when", "upon" reports an act done, as the main verb
# does: "wrapped up its session on 24 May, after adopting 20 resolutions", "said on
# Thursday when presenting a water strategy".
_GERUND_BEFORE = r"\b(?:after|when|while|upon|on|in)\s+(?:formally\s+|unanimously\s+|finally\s+)?"
_WEEKDAY = WEEKDAY_NAME
# A participle that opens its sentence ("Launching the plan yesterday, the agency said"),
# with the day of the act in its own clause, before the comma that ends it.
_SENTENCE_OPENS = r"(?:(?<![\s\S])|(?<=[.!?]\s)|(?<=\n))(?=(?-i:[A-Z]))"
_OPENER_DATED = (
    rf"[^,.;]{{0,160}}?\b(?:yesterday|today|(?:on\s+|last\s+)?{WEEKDAY_NAME}|"
    rf"on\s+\d{{1,2}}\s+{MONTH}|on\s+{MONTH}\s+\d{{1,2}})\b[^,.;]{{0,60}},"
)

# "of the act", "on Tuesday of the plan", then a sign that it happened: the day, "came",
# "marks", "completes".
_OF_ACT = (
    r"(?:(?:on|last)\s+\w+day\s+of\s+(?:the|a|an|its|their|this)\b"
    r"|of\s+(?:the|a|an|its|their|this|these|two|three|four|five|six|\d+)\b"
    # "… by the Council on 15 May", "… on May 15": a dated act
    rf"(?=[^.;]{{0,100}}\b(?:today|yesterday|on\s+\w+day|on\s+\d{{1,2}}\s+{MONTH}|"
    rf"on\s+{MONTH}\s+\d{{1,2}}\b|came|comes|followed|marks|marked|"
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
# Any character of the sentence: not a full stop, save the one a month's abbreviation
# keeps inside a wire sentence ("will impose a tariff from Oct. 15, the minister said on
# Wednesday").
_NO_STOP = r"(?:[^.]|(?:(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|(?<=\bSept))\.)"
_SAID_ON_WEEKDAY = (
    r"\b(?:said|announced|told\s+(?:reporters|a\s+news\s+conference|a\s+press\s+conference))"
    r"(?<!sources\ssaid)(?<!officials\ssaid)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    # "…, the deputy minister said today": the saying is the day's announcement, as a
    # weekday's is in a wire story.
    r"Friday|Saturday|Sunday)|today)\b"
)


# A day's act still ahead: "ahead of Friday's vote", "awaiting Monday's decision". The
# `status.weekday_act` cue is not read after these words (checked where cues are read, so
# that the one-pass search tries no lookbehind at every word).
WEEKDAY_ACT_RULE = "status.weekday_act"
WEEKDAY_ACT_AHEAD = re.compile(r"\b(?:ahead\s+of|before|awaiting|until|for)\s+$", re.IGNORECASE)
# Cues whose subject is not the decision's maker (extract_decision reads no maker from
# them): a body's order to others, whose actions are the ordered's; an approval received,
# which the approver gave ("the Minister received Cabinet approval").
DIRECTED_RULE = "status.directed"
APPROVAL_RECEIVED_RULE = "status.approval_received"
PLEDGE_RECEIVED_RULE = "status.pledge_received"
# A vote told by its dissenters, who are not those who carried it.
CARRIED_AGAINST_RULE = "status.carried_against"
# A meeting told by its chair, who is not the body that decided.
CHAIRED_RULE = "status.chaired_meeting"
NOT_MAKER_CUES = frozenset(
    {
        CHAIRED_RULE,
        DIRECTED_RULE,
        APPROVAL_RECEIVED_RULE,
        PLEDGE_RECEIVED_RULE,
        CARRIED_AGAINST_RULE,
    }
)
# The cue that a headline's infinitive gives: read in a title only.
HEADLINE_RULE = "status.headline_to"
# Words that make a headline's infinitive a wish, a plan or a question, not the day's act:
# "How to spend", "Ministers urged to ban", "Government ready to cut", "Talks set to open".
_NOT_A_SUBJECT = (
    r"(?:how|why|what|when|where|who|ways?|time|plans?|talks|set|due|expected|likely|"
    r"unlikely|poised|ready|needs?|bid|moves?|push|efforts?|calls?|says?|said|wants?|hopes?|"
    r"urged|asked|told|seeks?|aims?|refuses?|fails?|vows?|is|are|was|were|not|could|would|"
    # A request to others: "UN urges countries to file plans", "Minister asks firms to cut".
    r"urges?|asks?|tells?|invites?|invited|press(?:es|ed)?|encourages?|encouraged|advises?|"
    r"advised|warns?|warned|requests?|requested|appeals?|appealed|called|"
    r"may|might|to)"
)


def _cue(rule: str, status: str, pattern: str, *, strong: bool = True) -> StatusCue:
    return StatusCue(rule, status, re.compile(pattern, re.IGNORECASE), strong)


EXTRA_CUES: tuple[StatusCue, ...] = (
    _cue(
        "status.agreement_reached",
        "provisional_agreement",
        r"\b(?:reached|reach|reaches|struck|strike|strikes|clinched|sealed|seals|secured)\s+"
        r"(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|pact)\b"
        # With no article, the noun's own modifier or none: "reached staff-level
        # agreement", "reached broad agreement on", "reaches agreement with".
        r"|(?:[\w-]+\s+)?agreement\s+(?:on|with|in|over|that|to)\b)"
        r"|\b(?:the|an?)\s+(?:\w+\s+)?(?:agreement|deal)\s+(?:was\s+)?"
        r"reached\b|\b(?:agreement|deal)\s+(?:has\s+been|was)\s+(?:reached|struck|clinched|"
        r"sealed)\b|\bconcluded\s+(?:the\s+|their\s+)?(?:negotiations|talks)\b",
    ),
    StatusCue(
        # A vote told by its few dissenters: "of the 17 members, only Ms Ortiz voted
        # against it", "just two senators voted no", "with only one member voting
        # against". The rest carried it.
        CARRIED_AGAINST_RULE,
        "adopted",
        re.compile(
            r"\b(?:only|just)\s+(?:one|two|three|four|five|\d{1,2}|(?-i:[A-Z])[\w'’.-]*"
            r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})(?:\s+(?:of\s+(?:them|the\s+\w+)|members?|"
            r"councill?ors|senators|deputies|MPs|delegates|directors|states|countries))?\s+"
            r"(?:voted|voting)\s+(?:against|no)\b",
            re.IGNORECASE,
        ),
        True,
        "vote",
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
        # Approval in the verbs South Asian, British and Australian English use: "the Union
        # Cabinet cleared the proposal", "the state government has sanctioned Rs 500 crore",
        # "the board okayed the plan", "ministers signed off on the grid plan", "the
        # President has assented to the bill", "the ministry notified the new rules". An
        # object that is a plan or a sum: "cleared the backlog", "notified the WTO" and
        # "sanctioned Russia" are no approval.
        "status.cleared",
        "adopted",
        rf"\b(?:okayed|okays|ok'd|signed\s+off\s+on|assented\s+to)\b"
        rf"|\b(?:cleared|clears|sanctioned|sanctions|notified|notifies)\s+{_DAY_BETWEEN}"
        rf"(?:(?:{_PLAN})|(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?(?:proposal|project)s?\b)"
        r"|\b(?:cleared|sanctioned)\s+(?:(?:a\s+sum\s+of|an?\s+(?:additional|extra)|over|"
        r"more\s+than|up\s+to|nearly|about|around)\s+)?(?:[$€£¥₹]|Rs\.?\s?|[A-Z]{1,3}\$)\s?\d",
    ),
    _cue(
        # A lender's board concluding a programme review, which releases the next payment:
        # "The IMF Executive Board completed the third review of Ghana's programme".
        "status.review_completed",
        "adopted",
        r"\bcomplet(?:ed|es)\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
        r"ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)|final)\s+(?:and\s+\w+\s+)?reviews?\b",
    ),
    _cue(
        # An emergency declared: "The Governor has declared a state of emergency in three
        # counties", "the council declared a state of calamity", "declared a national
        # disaster".
        "status.declared_emergency",
        "adopted",
        r"\bdeclar(?:ed|es)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:state\s+of\s+(?:emergency|"
        r"disaster|calamity)|emergency|disaster)\b",
    ),
    _cue(
        # "The Bundestag on Thursday passed the heating law": a legislature's vote.
        "status.passed",
        "adopted",
        r"\b(?:passed|passes)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:law|bill|act|"
        r"legislation|budget|resolution|motion|amendments?|package|reform|decree|ordinance)\b",
    ),
    _cue(
        # A body's approval received, in any verb of getting: "the Minister has today
        # received Cabinet approval for 16 judges", "the project won final clearance",
        # "the plan secured the Government's backing".
        APPROVAL_RECEIVED_RULE,
        "adopted",
        r"\b(?:received|receives|secured|secures|won|wins|obtained|obtains|got|gets|gained|"
        r"gains|(?:was|were|has\s+been|have\s+been)\s+(?:(?:today|now|formally|finally)\s+)?"
        r"(?:given|granted))\s+(?:(?:the|a|an|its|their|his|her|final|formal|full|official)\s+)?"
        r"(?:[A-Z][\w'’-]*\s+){0,3}(?:approval|endorsement|green\s+light|go-ahead|sign-off|"
        r"clearance|assent|consent|backing)\b(?!\s+(?:is|are|will|would|still)\b)",
    ),
    _cue(
        # A pledge received from those who make it, in a finite verb or a participle of
        # the day's event: "the minister secured a new commitment from ten lenders to",
        # "…, gaining a fresh promise from employers to hire 5,000 apprentices". The
        # pledgers, not the subject, made it.
        PLEDGE_RECEIVED_RULE,
        "announced",
        r"\b(?:received|secured|won|gained|obtained|receiving|securing|winning|gaining|"
        r"obtaining)\s+(?:(?:a|an|the|new|fresh|firm|formal|further)\s+){1,2}"
        r"(?:promise|pledge|commitment)s?\s+from\s+[^.;]{2,80}?\bto\s+[a-z]",
        strong=False,
    ),
    _cue(
        # The approving body's own verb: "the Union Cabinet has given its nod to the scheme",
        # "the board gave the go-ahead for the plant", "ministers gave final approval to".
        "status.gave_approval",
        "adopted",
        r"\b(?:gave|gives|give|has\s+given|have\s+given|had\s+given)\s+(?:(?:its|their|the|a|"
        r"final|formal|full|official)\s+){0,2}(?:nod|approval|go-ahead|green\s+light|assent|"
        r"sign-off|clearance)\s+(?:to|for)\b",
    ),
    _cue(
        # A rule-maker's instrument made: "the ACCC made two new legislative instruments",
        # "the Government remade the Supply (Tariff) Regulations on 16 June", "the minister
        # gazetted the amended rules". The instrument, not a change: "made changes" is not.
        "status.instrument_made",
        "adopted",
        r"\b(?:made|remade|makes|remakes|gazetted|gazettes|promulgated|promulgates|enacted|"
        r"enacts|amended|amends|registered|registers)\s+"
        r"(?:the|a|an|its|their|two|three|four|five|several|new|\d+)\s+"
        r"(?:[\w()’'&-]+\s+){0,8}?(?:legislative\s+instruments?|regulations|rules|"
        r"determinations?|instruments|decrees?|by-?laws|ordinances?|statutory\s+instruments?)\b",
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
        # "revealed the details of the program": the plan made public
        rf"|\b(?:publish(?:es|ed)|releas(?:es|ed)|issu(?:es|ed)|present(?:s|ed)|adopt|"
        rf"outlin(?:es|ed)|reveal(?:s|ed))\s+{_DAY_BETWEEN}{_PLAN}"
        # not the noun: "the roll out of vaccines and continued policy support"
        rf"|\b(?<!\bthe\s)(?:roll(?:s|ed)?|rolling)\s+out\s+(?!of\b){_PLAN}"
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
        # Not the "will" of a relative clause, which tells what a plan would do, not that
        # anyone announced it: "is expected to roll out a plan that will …, he said Monday".
        rf"\b(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?:will|would)\s{_NO_STOP}{{0,200}}?{_SAID_ON_WEEKDAY}"
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
        # Or opening the sentence, with the act's day: "Launching the 2026 Response Plan
        # yesterday, UNHCR said …", "Presenting the Mid-Year Budget on Thursday, …".
        rf"(?:{_GERUND_BEFORE}|(?<=,\s)|{_SENTENCE_OPENS}(?={_OPENER_DATED}))"
        rf"(?:presenting|unveiling|launching|publishing|releasing|outlining)\s+{_PLAN}",
        strong=False,
    ),
    _cue(
        # A visit made that day for the act: "visited a hospital in Leeds yesterday to
        # launch the cancer plan", "was in Cork on Monday to unveil the strategy".
        "status.day_to_launch",
        "announced",
        rf"\b(?:yesterday|today|(?:on\s+|last\s+)?{_WEEKDAY})\s+to\s+(?:formally\s+|officially\s+)?"
        rf"(?:launch|unveil|present|publish|release|announce)\s+{_PLAN}",
        strong=False,
    ),
    _cue(
        # "the federal budget tabled Monday by the finance minister", "the plan unveiled on
        # Tuesday": a participle with the day it was done.
        "status.done_on_weekday",
        "announced",
        r"\b(?:tabled|unveiled|presented|released|published|introduced|launched|announced|"
        rf"signed|endorsed|issued|adopted|approved|agreed)\s+(?:on\s+|last\s+)?{_WEEKDAY}\b",
        strong=False,
    ),
    StatusCue(
        # "India and Australia inked a landmark economic agreement on Saturday".
        "status.inked",
        "adopted",
        re.compile(r"\b(?:inked|inks)\b(?!\s+(?:in|out)\b)", re.IGNORECASE),
        True,
        "signature",
    ),
    _cue(
        # A wire's present tense for the day's act: "The Transportation Department is on
        # Thursday proposing minimum standards", "the government is today publishing".
        "status.proposing",
        "proposed",
        rf"\b(?:is|are)\s+(?:(?:today|now|formally|also|on\s+{_WEEKDAY}|this\s+(?:week|morning))\s+)?"
        r"proposing\b",
        strong=False,
    ),
    _cue(
        "status.doing_today",
        "announced",
        rf"\b(?:is|are)\s+(?:(?:today|now|formally|also|on\s+{_WEEKDAY}|this\s+(?:week|morning))\s+)"
        r"(?:unveiling|launching|releasing|publishing|introducing|announcing|providing|investing|"
        r"allocating|committing|injecting|rolling\s+out|setting\s+out)\b"
        r"|\b(?:is|are)\s+(?:injecting|pouring|earmarking|channell?ing)\b"
        # "USDA is putting at least six billion dollars toward new programs".
        r"|\b(?:is|are)\s+(?:putting|dedicating|spending|directing|making\s+available)\s+"
        r"(?:(?:more\s+than|at\s+least|over|up\s+to|nearly|almost|some|about|around|an?\s+"
        r"(?:extra|additional|further))\s+)?(?:[$€£¥]|[A-Z]{1,3}\$|\d|(?:one|two|three|four|five|"
        r"six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds|millions|billions)\b)",
        strong=False,
    ),
    _cue(
        # "Monday's approval at a meeting of the committee", "Tuesday's vote in the Senate":
        # the day owns a decision already taken; not "ahead of Tuesday's vote".
        WEEKDAY_ACT_RULE,
        "adopted",
        rf"\b{_WEEKDAY}['’]s\s+"
        r"(?:[\w-]+\s+){0,2}?(?:approval|adoption|decision|vote|endorsement|signing|agreement|"
        r"deal|ratification)\b(?!\s+(?:is|will|would|could|may|might)\b)",
        strong=False,
    ),
    _cue(
        # "Warren Truss has committed the Coalition Government to fast-tracking delivery",
        # "the minister committed her department to publishing": a body bound by its head.
        "status.committed_body",
        "announced",
        r"\bcommit(?:ted|s)\s+(?:the|his|her|its|their|our|this)\s+(?:[\w-]+\s+){0,4}?to\s+"
        r"(?!(?:the\s+)?(?:goal|principle|idea|values?|cause)\b)(?=\w)",
        strong=False,
    ),
    _cue(
        # "The announcement on Tuesday comes a day ahead of the budget", "the launch on
        # Monday of the fund": the act's noun with its day.
        "status.announcement_on_weekday",
        "announced",
        rf"\b(?:announcement|launch|unveiling|publication|decision)\s+(?:on|last)\s+{_WEEKDAY}\b",
        strong=False,
    ),
    _cue(
        # "Chancellor Rachel Reeves vowed the £2 billion will go to", "the minister
        # promised": a pledge made, the day's news when nothing else dates it.
        "status.vowed",
        "announced",
        r"\b(?<!have\s)(?<!has\s)(?<!had\s)(?<!long\s)(?:vowed|vows|promised|promises)\b"
        r"(?!\s+(?:land|of)\b)",
        strong=False,
    ),
    _cue(
        # A call for money or bids opened: "has opened applications for fiscal year 2025
        # funding", "launched a call for proposals", "opens a consultation on".
        "status.opened_call",
        "announced",
        r"\b(?:open(?:s|ed)|launch(?:es|ed))\s+(?:(?:today|on\s+\w+day)\s+)?(?:applications|"
        r"nominations|bids|submissions|(?:a|an|the|its|their)\s+(?:new\s+|first\s+|second\s+|"
        r"\d{4}\s+)?(?:[\w-]+\s+){0,2}?(?:call|round|consultation|tender|competition|"
        r"application\s+(?:window|process|period)))\b",
        strong=False,
    ),
    _cue(
        # A body set up that day: "held the first meeting of an expert panel", "convened
        # the inaugural meeting of the taskforce".
        "status.first_meeting",
        "announced",
        r"\b(?:held|convened|hosted)\s+(?:the|its|their|a)\s+(?:first|inaugural|opening|"
        r"maiden)\s+(?:meeting|session|sitting)\b",
        strong=False,
    ),
    _cue(
        # A communiqué that opens by saying who met: "We, the Leaders of the Group of
        # Seven, met in Elmau on 26-28 June". The statement is that meeting's word, dated
        # by it, even when no verb of the lead says "agreed".
        "status.we_met",
        "announced",
        r"\b(?-i:We),\s+the\s+(?:[\w'’()-]+\s+){0,10}?(?:leaders|ministers|heads\s+of\s+"
        r"(?:state|government)|governors|members)\b[^.;]{0,120}?,\s+met\b",
        strong=False,
    ),
    _cue(
        # A regulator's or a court's act, its own decision: "has imposed an interim ban on
        # the pesticide", "issued a stop-work order", "ordered a temporary suspension".
        "status.imposed",
        "adopted",
        r"\b(?:impos(?:es|ed)|issu(?:es|ed)|order(?:s|ed)|plac(?:es|ed)|grant(?:s|ed))\s+"
        r"(?:(?:an?|the|its|their)\s+)?(?:(?:interim|temporary|emergency|immediate|"
        r"provisional|permanent|total|new|nationwide|[\w-]+-day)\s+)?(?:[\w-]+\s+)?"
        r"(?:ban|prohibition|moratorium|suspension|injunction|stop-work\s+order|"
        r"cease-and-desist\s+order|recall|embargo|"
        # A penalty in any of its names: "imposed a fine of PLN 2 million", "issued a
        # penalty notice", "imposed administrative sanctions".
        r"fines?|penalty|penalties|penalty\s+notices?|sanctions?|surcharges?)\b"
        # "fined a water company £20 million": a penalty imposed
        r"|\bfined\s+(?:[\w'’&.-]+\s+){1,5}?(?:[$€£¥]|[A-Z]{1,3}\$)\s?\d"
        # The passive of the day's news, its subject the measure: "Ceiling prices have been
        # imposed on 14 items", "a curfew has now been imposed in the district".
        r"|\b(?:has|have)\s+(?:(?:now|today|also)\s+)?been\s+imposed\b",
        strong=False,
    ),
    _cue(
        # A meeting of a deciding body, told by who chaired it: "the President on Thursday
        # chaired a Cabinet meeting at State House", "presided over a meeting of the federal
        # cabinet". Its decisions are the body's, taken that day; the chair made none alone.
        CHAIRED_RULE,
        "adopted",
        r"\b(?:chaired|presided\s+over)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:(?:cabinet|council|board|executive)\s+(?:meeting|session)\b|(?:meeting|session)\s+"
        r"of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:cabinet|council|board|executive)\b)",
        strong=False,
    ),
    _cue(
        # A body's order or direction to others, its decision in any verb of command: "The
        # commission has ordered the company to bring its processing into compliance",
        # "the Palace has directed all agencies to accept digital payments".
        DIRECTED_RULE,
        "adopted",
        r"\b(?<!be\s)(?<!been\s)(?<!being\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)"
        r"(?:has\s+|have\s+)?(?:(?:today|now|formally|also)\s+)?"
        r"(?:ordered|directed|instructed|mandated|required|obliged|tasked|commissioned)\s+"
        r"(?:all\s+|every\s+|each\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?"
        r"(?:[\w'’&.,-]+\s+){0,5}?to\s+(?!(?:the|a|an|its|their|this|that|be|\d+)\b)[a-z]{2,}\b",
        strong=False,
    ),
    StatusCue(
        # An agreement made formal, in the verbs that say it was concluded, not only
        # reached: "The state government has formalised an agreement with a tool maker on
        # 9 March", "the two ports entered into a memorandum of understanding".
        "status.formalised",
        "adopted",
        re.compile(
            r"\b(?:formali[sz](?:ed|es)|entered\s+into|enters\s+into)\s+(?:an?|the|its|their)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|pact|memorand(?:um|a)|MoUs?|contract|"
            r"partnership|alliance|compact|treaty)\b"
            # The participle with the day it was done: "The expansion, formalized on 11
            # February, …", "the partnership was formalised yesterday".
            rf"|\bformali[sz]ed\s+(?:(?:on\s+|last\s+)?{_WEEKDAY}|on\s+\d{{1,2}}\s+{MONTH}|"
            rf"on\s+{MONTH}\.?\s+\d{{1,2}}|yesterday|today)\b",
            re.IGNORECASE,
        ),
        True,
        "signature",
    ),
    _cue(
        # A partnership formed, told in the present perfect of the day's news: "The state
        # government has partnered with a seed company to train 500 growers", "the port
        # authority has teamed up with two shipping lines", "have joined forces with".
        "status.partnered",
        "announced",
        r"\b(?:has|have)\s+(?:(?:today|now|formally|officially|also)\s+)?(?:partnered|"
        r"teamed\s+up|joined\s+forces|joined\s+hands|entered\s+(?:into\s+)?(?:a|an)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:partnership|alliance|collaboration))\s+with\b",
        strong=False,
    ),
    _cue(
        # A choice made: "NASA has selected three companies to develop landers", "the board
        # has today appointed a new chief executive", "named two firms as partners".
        "status.selected",
        "adopted",
        r"\b(?:has|have)\s+(?:(?:today|now|formally|also)\s+)?(?:selected|chosen|picked|"
        r"appointed|named|designated|shortlisted)\s+(?!(?:to|as\s+(?:a|an)\s+example)\b)"
        r"(?:the|a|an|its|their|two|three|four|five|six|seven|eight|nine|ten|\d+|[A-Z])",
        strong=False,
    ),
    _cue(
        # A sum committed that day: "committed $4 billion over six years to rail",
        # "has allocated €200 million to flood defences".
        "status.committed_sum",
        "announced",
        r"\b(?<!be\s)(?<!been\s)(?:committed|allocated|earmarked|invested)\s+(?:(?:a\s+further|an\s+"
        r"(?:extra|additional)|more\s+than|up\s+to|over|nearly|almost|about|around|some)\s+)?"
        r"(?:[$€£¥]|[A-Z]{1,3}\$)\s?\d",
        strong=False,
    ),
    _cue(
        # A contract awarded or won: "has been awarded a £410m contract", "wins rail upgrade
        # contract", "welcomed the award by the rail operator of a contract worth …".
        "status.contract_awarded",
        "adopted",
        r"\b(?:awarded|awards|wins|won)\s+(?:(?:a|an|the|its|their|two|three|four|\d+)\s+)?"
        r"(?:[\w£$€.,'’-]+\s+){0,5}?contracts?\b"
        r"|\bcontracts?\s+(?:has|have|had)\s+been\s+awarded\b"
        r"|\bthe\s+award\s+(?:by\s+[^.;]{3,80}?\s+)?of\s+(?:a|an|the|two|three|\d+)\s+"
        r"(?:[\w£$€.,'’-]+\s+){0,4}?contracts?\b",
        strong=False,
    ),
    _cue(
        # A regulator's own act, told in its words or a reporter's: "This document sets
        # out our decision to modify the condition", "published its final determination",
        # "has confirmed new rules for suppliers", "has said it will support the pathway".
        "status.regulator_decision",
        "adopted",
        r"\b(?:sets?\s+out|publish(?:es|ed)|announc(?:es|ed)|confirm(?:s|ed)|issu(?:es|ed))\s+"
        r"(?:our|its|their|this|the)\s+(?:final\s+|formal\s+)?(?:decisions?|determinations?|"
        r"statement\s+on)\b(?!\s+(?:on\s+)?(?:whether|if)\b)"
        r"|\bconfirm(?:s|ed)\s+(?:the\s+|its\s+)?(?:new|final|revised|updated|tougher|stronger)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:rules|requirements|protections|measures|conditions|"
        r"regulations|standards)\b"
        r"|\b(?:has|have)\s+(?:said|announced|confirmed)\s+(?:that\s+)?(?:it|they)\s+will\s+"
        r"(?:support|back|adopt|recogni[sz]e|accept|join)\b",
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
# A communiqué or joint statement that speaks for its authors ("We reaffirm our resolve
# to …", "We commit to …") is their own act, adopted on the day it is issued, though it
# names no verb of deciding. Read only under such a title that names the meeting which
# issued it ("Communiqué: Third … Ministers Meeting"), and only when no other cue is found:
# a speech's "we reaffirm" is no decision, nor is an undated declaration's
# (`extract_decision._statement_hit`).
STATEMENT_TITLE_RE = re.compile(
    r"\b(?:communiqu[eé]s?|joint\s+statement|(?:joint\s+|leaders['’]?\s+|ministerial\s+)"
    r"declaration|leaders['’]?\s+statement|chair['’]?s\s+statement)\b",
    re.IGNORECASE,
)
STATEMENT_MEETING_RE = re.compile(
    r"\b(?:meeting|summit|conference|session|ministerial|council)\b", re.IGNORECASE
)
STATEMENT_CUE = _cue(
    "status.statement_we",
    "adopted",
    r"\b(?-i:We)\s+(?:(?:also|further|firmly|strongly|hereby|fully|collectively)\s+)?"
    r"(?:reaffirm|commit|agree|endorse|pledge|resolve|affirm|adopt|decide|declare)\b",
)
# Read in a title only, at its start; not part of DECISION_CUES, so that the one-pass
# search over every sentence does not try it.
HEADLINE_CUE = _cue(
    # A headline's infinitive is the day's announcement: "Australia to spend up to
    # A$20bn on rail", "U.S. to propose standards for EV chargers". Read in titles only.
    HEADLINE_RULE,
    "announced",
    rf"\b(?!{_NOT_A_SUBJECT}\b)(?-i:[A-Z])[\w.'’&-]*(?:\s+(?!{_NOT_A_SUBJECT}\b)[\w.'’&-]+){{0,4}}"
    # Any verb: the headline's subject and its infinitive say what it will do ("Water
    # firms to return £90m", "Board to replant 10,000 hectares"); not a verb of being,
    # of weighing a choice still open, or of a trip or an appearance, which say no act
    # ("Talks to be held", "Ministers to consider", "President to travel to Hanoi"); nor an
    # agreement forecast ("Lenders to agree to extend the freeze, draft shows").
    r"\s+(?:(?:is|are)\s+)?to\s+(?!(?:be|have|get|face|consider|discuss|debate|study|"
    r"review|weigh|meet|decide|vote|hear|seek|ask|appeal|continue|remain|stay|keep|"
    r"examine|explore|look|mull|ponder|probe|investigate|miss|lose|fail|travel|visit|"
    r"attend|go|head|fly|tour|arrive|address|speak|join|participate|represent|chair|"
    r"host|hold|agree|the|a|an)\b)"
    r"(?-i:[a-z])[a-z]{2,}\b",
    strong=False,
)
