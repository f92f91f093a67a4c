"""The cues of a promise: "will", "plans to", "pledged to", "the tasks are to"…, then
any verb that is not on the short list of verbs that promise nothing.

One regex finds the cue and its verb; `verb_of` decides whether that verb is work
promised, and gives its base form. A curator asking "why was this found?" reads the
action's rule name, then the cue in its quote, then these lists.
"""

from __future__ import annotations

import re

from initiatives.pipeline.action_verbs import (
    IRREGULAR_PARTICIPLES,
    NON_COMMITMENT_PARTICIPLES,
    NON_COMMITMENT_VERBS,
    SECOND_PROMISE_VERBS,
    base_form,
)
from initiatives.pipeline.dates_patterns import MONTH, WEEKDAY_NAME, YEAR
from initiatives.pipeline.literal_gate import StartGated

# Verbs of concrete follow-up work: the only verbs read after a loose cue ("has been
# asked to"), and without any cue in a "Next steps" section ("The Council adopts…").
_REGULAR_VERBS = (
    "outline", "publish", "present", "adopt", "propose", "identify", "coordinate", "launch",
    "submit", "disburse", "establish", "review", "report", "negotiate", "sign", "vote",
    "accompany", "monitor", "evaluate", "deliver", "transpose", "implement", "prepare",
    "develop", "assess", "examine", "allocate", "open", "create", "finalise", "finalize",
    "approve", "endorse", "consult", "define", "issue", "table", "update", "revise",
    "complete", "start", "convene", "mobilise", "mobilize", "procure", "decide", "discuss",
    "designate", "appoint", "announce", "introduce", "select", "award", "organise",
    "organize", "release", "transfer", "ratify", "conclude", "notify", "screen",
    "map", "follow", "track", "agree", "provide", "respond", "reply", "comply", "file",
)  # fmt: skip
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "set up": ("sets up", "set up"),
    "draw up": ("draws up", "drawn up"),
    "put forward": ("puts forward", "put forward"),
    "lay down": ("lays down", "laid down"),
    "make available": ("makes available", "made available"),
    "hold": ("holds", "held"),
    "send": ("sends", "sent"),
    "begin": ("begins", "begun"),
    "take stock of": ("takes stock of", "taken stock of"),
    "pay": ("pays", "paid"),
}


def _forms(lemma: str) -> tuple[str, str]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    elif lemma.endswith("e"):
        past = lemma + "d"
    elif lemma in ("map",):
        past = lemma + "ped"
    else:
        past = lemma + "ed"
    return third, past


VERB_BASE: dict[str, str] = {}
VERB_PARTICIPLE: dict[str, str] = {}
for _lemma in (*_REGULAR_VERBS, *_IRREGULAR):
    _third, _past = _forms(_lemma)
    VERB_BASE[_lemma] = _lemma
    VERB_PARTICIPLE[_past] = _lemma
# Verbs that end like adverbs: "will apply the rules" is no "will (adverb) the".
LY_VERBS = frozenset(
    {"apply", "supply", "comply", "rely", "reply", "multiply", "imply", "rally", "fly", "tally"}
)
_LY_VERBS = "(?:" + "|".join(sorted(LY_VERBS)) + ")"
_ADVERBS = r"(?:\s+(?:also|now|then|further|jointly|first|soon|still|swiftly|formally|quickly|"
_ADVERBS += r"together|shortly|subsequently|in\s+turn|better|henceforth|thereafter|"
_ADVERBS += rf"(?!{_LY_VERBS}\b)\w+ly))*"
_PARTICLE = r"(?:\s+(?P<{}>up|out|forward|down|off)\b(?!\s+(?:until|till|to)\b))?"
# A time between the cue and its verb: "will from January extend the grants", "will in
# 2027 open a second plant", "will next year publish". The due window reads it.
_TIME_BETWEEN = (
    rf"(?:\s+(?:from|in|by|early\s+in|later\s+in)\s+(?:(?:early|mid|late)[\s-]+)?(?:{MONTH}"
    rf"(?:\s+{YEAR})?|{YEAR}|next\s+year|this\s+year)|\s+next\s+(?:year|month|week))?"
)
# The promise of future work, then any verb: "are expected to outline", "will be
# published", "pledged to expand", "the plan is to roll out". Which verbs promise
# nothing is decided in code (`action_verbs`), where a curator can read the lists.
ACTION_RE = re.compile(
    # The lookahead lets most words fail at once: no cue starts with another letter.
    r"\b(?=[iamwspenhcuvdrtgob])(?P<cue>(?:is|are)(?:\s+(?:also|widely|now|still|generally))?\s+expected\s+to|must(?:\s+now)?|"
    r"(?:will|shall|would)(?:\s+(?:also|now|then|still|first))?\s+(?:have|need|seek|work)\s+to|"
    # "will now work with industry to develop", "will work closely with councils to"
    r"(?:will|shall|would)(?:\s+(?:also|now|then|still|continue\s+to))?\s+work\s+"
    r"(?:(?:closely\s+)?(?:with|alongside)\s+(?:[\w'’&-]+\s+){1,8}?|together\s+)to|"
    r"(?:will|shall|would)(?:\s+(?:also|now))?\s+be\s+(?:required|obliged|expected|asked|invited|"
    r"tasked|mandated)\s+to|"
    # "The new agency will be responsible for licensing…": a task given with a role
    r"(?P<role>(?:will|shall|would)(?:\s+(?:also|now|then))?\s+be\s+(?:(?:solely|jointly|"
    r"primarily|directly)\s+)?(?:responsible\s+for|in\s+charge\s+of|charged\s+with))|"
    # "Member states will have three years to transpose the directive": a deadline given
    # "Firms will have one year, until 7 March 2027, to prepare": the deadline set off
    r"(?P<given>(?:will|shall)\s+(?:then\s+|now\s+)?have\s+(?:[\w-]+\s+){1,3}?(?:years?|months?|weeks?|"
    r"days?)(?:,\s+(?:until|till|to|by)\s+[^,;]{3,30},)?\s+to)|"
    # "The taskforce has been asked to report by June": a task given to the subject
    r"(?P<asked>(?:is|are)\s+(?:also\s+|now\s+|formally\s+)?(?:asked|commissioned)\s+to|"
    # "The department was further directed to prepare…", "had been directed to publish":
    # the same task, told in a report of the meeting that gave it ("was asked to" is as
    # often a reporter's question: "when he was asked to explain the delay")
    r"(?:(?:has|have|had)\s+(?:also\s+|now\s+)?been\s+(?:formally\s+)?(?:asked|tasked|"
    r"commissioned|instructed|directed|requested|mandated|charged)|(?:was|were)(?:\s+(?:also|"
    r"further))?\s+(?:formally\s+)?(?:commissioned|instructed|directed|mandated|charged))"
    r"\s+(?:to|with))|"
    r"will|shall|would|(?:is|are)(?=\s+being\s+[a-z]+ed\b)|"
    # "are working with the housing authority to launch", "are working at full speed to"
    r"(?:is|are)(?:\s+(?:now|also|currently|already|still|actively))*\s+working\s+"
    r"(?:(?:with|alongside)\s+(?:[\w'’&-]+\s+){1,8}?|(?:at\s+full\s+speed|hard|closely|"
    r"urgently)\s+)to|"
    # A council's resolution: "That the Director of Planning be directed to prepare…"
    r"(?<=\s)be\s+(?:hereby\s+)?(?:directed|instructed|requested|authori[sz]ed)\s+to|"
    # "The Secretary of Commerce is directed to issue guidance" (an order's own words)
    r"(?:is|are)\s+(?:now\s+|hereby\s+)?(?:scheduled|due|set|going|invited|called\s+(?:up)?on|"
    r"requested|directed|instructed|ordered|authori[sz]ed|"
    r"required|committed|determined|ready|poised|preparing|working|planning|seeking|aiming|"
    # "The ministry is looking to cut fees", "is moving to ban", "is on track to meet"
    r"mandated|looking|moving|gearing\s+up|on\s+track)\s+to|(?P<tasked>(?:is|are|was|were|been)\s+tasked\s+(?:with|to))|"
    # "We remain determined to bring the outbreak under control": a promise renewed; a
    # gerund after it ("remains committed to supporting") is a standing stance, no work
    r"remain(?:s|ed)?\s+(?:fully\s+|firmly\s+|strongly\s+)?(?:committed|determined)\s+to|"
    r"plans?\s+to|intends?\s+to|aims?\s+to|seeks?\s+to|expects?\s+to|wants?\s+to|wanted\s+to|(?<!the\s)(?<!a\s)needs?\s+to|"
    r"(?:has|have)\s+to|(?:is|are)\s+to|"
    r"(?P<commit>(?:(?:has|have)\s+(?:now\s+|also\s+)?)?(?:gave|given|give|gives|reaffirmed|reaffirms?|renewed|renews?|made|makes?|"
    # "23 firms have signed a pledge to train": a commitment put in writing
    r"signed|signs?)\s+"
    r"(?:their|its|our|a|the)\s+(?:\w+\s+)?(?:commitment|pledge|resolve|determination|"
    r"undertaking|promise)\s+to|"
    # "members reached an agreement to eliminate subsidies", "had concluded arrangements
    # to commence distribution": a decision told as the deal struck, then its work
    r"(?:reach(?:es|ed)?|strikes?|struck|conclude[sd]?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:agreement|deal|arrangements?)\s+to|"
    # "with members committing to fund", "pledging to open": the same promise as a participle
    r"(?:(?:has|have)\s+(?:now\s+|also\s+)?)?(?:commit(?:s|ted|ting)?"
    r"(?:\s+(?:itself|themselves))?|pledging|promising|vowing|undert(?:akes|ook|aken)|pledge[sd]?|promise[sd]?|"
    r"vow(?:s|ed)?|agree[sd]?|decide[sd]?|resolve[sd]?)"
    # "pledged on Thursday to cut", "agreed today to set up": the day it was promised (a
    # decision's day, "decided on Tuesday to keep…", is the decision itself)
    r"(?:(?<!decided)(?<!decides)(?<!resolved)(?<!resolves)\s+(?:(?:late\s+)?on\s+)?"
    rf"{WEEKDAY_NAME}|\s+today|\s+yesterday)?"
    r"\s+to)|stands?\s+ready\s+to|"
    # "the plan is to", "A key goal is to", "The aim of the package is to", "Our priority is to"
    r"(?P<plan>(?:the|a|one|another|our|its|their)\s+(?:(?:main|key|first|next|central|"
    r"overarching|primary|principal|number[\s-]one|stated|ultimate|immediate)\s+)?"
    r"(?:plan|intention|next\s+step|tasks?|priorit(?:y|ies)|goals?|aims?|objectives?|"
    r"ambitions?|purpose)(?:\s+of\s+(?:the|this|these|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"\s+(?:is|are|will\s+be)\s+to:?)|"
    r"(?P<generic>(?:will\s+)?(?:has|have)\s+(?:[\w-]+\s+){1,6}?to))"
    # "shall, within 180 days of the date of this order, submit": a deadline set off
    r"(?:,\s+(?:within|by|no\s+later\s+than|not\s+later\s+than|in\s+consultation\s+with|"
    r"as\s+appropriate|as\s+soon\s+as)\b[^,;.:]{0,100},)?"
    # "will be re-tabled after a review": a prefixed participle, as a prefixed verb below
    rf"{_TIME_BETWEEN}{_ADVERBS}\s+(?:(?P<passive>be|being){_ADVERBS}\s+"
    r"(?P<participle>(?:pre|re|co|de|up)-[a-z]+|[a-z]+)"
    + _PARTICLE.format("pparticle")
    # "will pre-position equipment", "will re-open the border"
    + r"|(?P<verb>(?:pre|re|co|de|up)-[a-z]+|[a-z]+)"
    + _PARTICLE.format("particle")
    + r")\b(?!-)",
    re.IGNORECASE,
)
# Words that follow a cue and are no verb: "will the Commission…?", "is to the north".
NOT_VERBS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his",
        "her", "it", "they", "we", "you", "he", "she", "there", "here", "which", "who",
        "what", "not", "no", "be", "been", "also", "only", "and", "or", "but", "to", "of",
        "in", "on", "at", "for", "by", "with", "from", "as", "all", "more", "most", "less",
        "so", "very", "likely", "unlikely", "probably", "possibly", "perhaps", "certainly",
        "able", "well", "thus", "therefore", "however", "now", "then", "soon", "even",
        # words that open a noun phrase, so "to" before them is a preposition: "free
        # service to the clinic and to two rural schools"
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
        "thousands", "dozens", "each", "every", "both", "some", "many", "several", "any",
        "another", "other", "few", "such", "my", "your",
        # words that open a quantity, so "and to" before them goes on a target: "to 1.2
        # billion tons by 2030, and to between 850 million and 1.05 billion tons by 2035"
        "between", "about", "around", "nearly", "almost", "roughly", "approximately",
        "over", "under", "below", "above", "just",
    }
)  # fmt: skip

# A span of time in a loose "has … to": "Firms now have 18 months to install meters".
TIME_SPAN_RE = re.compile(r"\b(?:\d{1,3}|[a-z]+)\s+(?:years?|months?|weeks?|days?)\s+to$")
EXHORTATION_RE = re.compile(r"must|should|(?:needs?|(?:has|have))\s+to", re.IGNORECASE)
FIRST_PERSON_RE = re.compile(r"[“\"‘']?(?:we|I|you)", re.IGNORECASE)
CAPACITY_RE = re.compile(
    r"\b(?:potential|capacity|ability|power|right|chance|opportunity|means|resources|time)\b",
    re.IGNORECASE,
)
# A reporting or commitment verb before "would": "the Commission said it would…".
REPORTED_RE = re.compile(
    r"\b(?:said|says|announced|announces|pledged|pledges|promised|promises|agreed|agrees|"
    r"confirmed|confirms|committed|commits|stated|states|indicated|added|told|decided|"
    r"decides|vowed|declared|explained|noted|made\s+clear|undertook|assured)\b",
    re.IGNORECASE,
)
# Cues that only a person or a body can say of itself: "IRCC plans to…".
INTENT_RE = re.compile(
    r"(?:(?:has|have)\s+)?(?:plans?|intends?|aims?|seeks?|expects?|wants?|wanted|pledge|promise|vow|"
    r"commit|agree|"
    r"decide|resolve|undert)",
    re.IGNORECASE,
)
# A loose "has … to" that gives work to someone or calls on them to do it.
_GIVEN_WORK = re.compile(
    r"\b(?:asked|tasked|instructed|directed|invited|requested|urged|called\s+(?:on|upon))\b",
    re.IGNORECASE,
)
REPORTED_BEFORE_RE = re.compile(REPORTED_RE.pattern + r"\s+$", re.IGNORECASE)
# Someone else's wish for what another should do is no promise: "Kyiv hopes the EU will…".
# Others' forecast of what a body will do, not its plan: "is expected to …, analysts said".
FORECAST_AFTER_RE = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,3}?(?:economists|analysts|traders|investors|markets|observers|"
    r"experts|pollsters|forecasters|commentators)\s+(?:said|say|says|predicted|predict|"
    r"expect|expected|believe|believed|think|thought|reckon)\b"
)
WISH_RE = re.compile(
    r"\b(?:hopes?|hoped|hoping|wants?|wanted|urged?|urges|urging|calls?\s+(?:on|upon|for)|"
    r"called\s+(?:on|upon|for)|wish(?:es|ed)?|would\s+like|demand(?:s|ed)?|insist(?:s|ed)?|"
    r"appeal(?:s|ed)?\s+to|fears?|feared|warn(?:s|ed)?|predict(?:s|ed)?|forecasts?|argue[sd]?|"
    r"suggest(?:s|ed)?|recommend(?:s|ed)?|believes?|believed|thinks?|thought|"
    r"if|unless|whether|so\s+that|in\s+order\s+that|"
    # "It is likely more people will be identified": a forecast
    r"it\s+is\s+(?:likely|unlikely|possible|probable))\b",
    re.IGNORECASE,
)

# The text's own instrument as a subject: "The plan will mobilise £12 billion", "The new
# initiative will seek to implement the agenda", "The largest appeal will provide…". What
# it will do is the work of the body that made it. Words before the noun name it ("The
# ten-point plan", "The Government's scheme"), never place it ("Farmers in the scheme").
# A document's nouns (roadmap, framework, agenda) are left out: what it will "establish"
# is its content.
INSTRUMENT_RE = re.compile(
    r"(?:(?:the|this|that|its|their|our|a|an)\s+)?"
    r"(?:(?!(?:of|in|for|from|with|by|under|on|at|to|and|or)\b)[\w'’-]+\s+){0,4}?"
    # a project's full name: "the Khyber Pakhtunkhwa Rural Roads Development Project"
    r"(?-i:(?:[A-Z][\w'’-]+\s+){1,3}(?=[A-Z]))?"
    r"(?:plan|initiative|programme|program|scheme|package|policy|strategy|fund|facility|"
    r"mission|appeal|decree|partnership|project|reform)s?(?:\s+(?:now|also|then|in\s+turn))?",
    re.IGNORECASE,
)

# Without a cue, in a "Next steps" section: "The Council then adopts the text."
_participle_alt = "|".join(sorted((re.escape(v) for v in VERB_PARTICIPLE), key=len, reverse=True))
_third_alt = "|".join(sorted((re.escape(_forms(v)[0]) for v in VERB_BASE), key=len, reverse=True))
SECTION_VERB_RE = re.compile(
    rf"\b(?:(?:is|are|was|were)\s+(?P<participle>{_participle_alt})|(?P<third>{_third_alt}))\b",
    re.IGNORECASE,
)
THIRD_TO_LEMMA = {_forms(v)[0].lower(): v for v in VERB_BASE}

# Most sentences hold no cue: those are told by the cues' own words, for little cost.
_ACTION_GATED = StartGated(ACTION_RE)


def cues(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The promise cues of text[start:end]. A loose "has … to" that is no promise ("has
    announced plans to") is skipped so the cue inside it ("plans to") is still found."""
    found: list[re.Match[str]] = []
    position = start
    while (match := _ACTION_GATED.search(text, position, end)) is not None:
        generic = match.group("generic")
        if generic and (verb_of(match) is None or _GIVEN_WORK.search(generic)):
            # "has announced plans to", or "have asked Ofwat to": the work is given to
            # someone else (`extract_action_forms`), or called for (no promise)
            position = match.start() + len("has")
            continue
        found.append(match)
        position = match.end()
    return found


# Words in "-en" that no past participle ends like: "at least half will be women", "must
# be between 18 and 35", "will be children", "will be oxygen", "will be open". Participles
# in "-en" are irregular (taken, given, written, broken, chosen, fallen) and none ends in
# "-men", "-een" (but "seen", "been", which "be" never takes as work), "-ren", "-gen" or
# "-pen": after "be" such a word is the complement of a state, not work done.
_NOT_PARTICIPLE_EN = ("men", "een", "ren", "gen", "pen")


def verb_of(match: re.Match[str]) -> tuple[str, bool] | None:
    """The base form of the promised verb and whether it is passive; None for a word
    that is no verb of work ("will become", "will be affected", "will the…")."""
    groups = match.groupdict()
    if groups.get("third"):
        return THIRD_TO_LEMMA.get(groups["third"].lower(), groups["third"].lower()), False
    if groups.get("participle"):
        word = groups["participle"].lower()
        if word in VERB_PARTICIPLE:
            lemma = VERB_PARTICIPLE[word]
        elif word.endswith("ing") and len(word) > len("bring"):
            # "the government will be providing £2.85 million": an active promise
            particle = groups.get("pparticle")
            lemma = base_form(word)
            return (f"{lemma} {particle.lower()}" if particle else lemma), False
        elif word in IRREGULAR_PARTICIPLES or (
            word.endswith(("ed", "en")) and not word.endswith(_NOT_PARTICIPLE_EN)
        ):
            lemma = base_form(word)
        else:
            return None  # "will be a", "will be crucial"
        if word in NON_COMMITMENT_PARTICIPLES:
            return None
        cue = (groups.get("cue") or "").lower()
        if cue in ("is", "are") and lemma not in VERB_BASE and lemma not in SECOND_PROMISE_VERBS:
            return None  # "billions are being wasted": what happens now, not work under way
        particle = groups.get("pparticle")
        return (f"{lemma} {particle.lower()}" if particle else lemma), True
    word = (groups.get("verb") or "").lower()
    adverb = word.endswith("ly") and word not in LY_VERBS
    if not word or word in NOT_VERBS or adverb or not groups["verb"].islower():
        return None
    timed = TIME_SPAN_RE.search(groups.get("generic") or "")  # "have 18 months to install"
    if (
        groups.get("generic")
        and not timed
        and (word not in VERB_BASE or CAPACITY_RE.search(groups["generic"]))
    ):
        return None  # "has access to finance", "have the potential to deliver": no promise
    if timed and word in NON_COMMITMENT_VERBS:
        return None
    if groups.get("role") and not word.endswith("ing"):
        return None  # "will be responsible for security": a remit, not a task
    if word.endswith("ing") and len(word) > len("bring"):
        cue = (groups.get("cue") or "").lower()
        given = groups.get("tasked") or groups.get("asked")
        committed = "committed" in cue and not cue.startswith("remain")
        if not (groups.get("commit") or given or groups.get("role") or committed):
            return None  # "is due to rising costs"
        word = base_form(word)
    particle = groups.get("particle")
    return (f"{word} {particle.lower()}" if particle else word), False
