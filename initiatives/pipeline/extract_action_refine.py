"""Second looks at the promises found: what is two promises, what is none, and a few
shapes that name who acts after the verb.

- Two promises: "designate ten parks and set up a new body" (a second verb with its
  particle); "invest 6.2 trillion won by 2027 and an additional 7.3 trillion won by 2030"
  (two sums, each with its deadline); "such as by submitting bills and selecting
  industries" (the means listed as gerunds).
- No promise: an item named by a noun of action after what a sum covers ("the funding
  will cover … the construction of 14 bridges"); a request that others "do the same"; a pledge on a condition ("if…",
  "unless…") by someone other than the text's own body; what a document contains, said
  of it by "It" or "They" right after the text names it ("It will set binding measures");
  what a law or a package of them will do ("The IRR will pave way…", "It will legislate…"
  after "This package…").
- Who acts after the verb: "until the government completes updates", "give the Justice
  Ministry authority to coordinate", "agreeing to uphold the ceasefire".
- "tomorrow" and "later today" date a promise from the day the text speaks.
- Money paid later: a funding action (its sentence gives a sum) with no window of its own
  is due when the money is paid, as its sentence or the next one says ("…, to be disbursed
  over 2026-2027", "The money will reach the communities in April"), and its description
  ends before the words of the payment. The payment finder asks the same question.

Each change keeps the quote and offsets of the sentence, and adds to the rule's name.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.action_cues import VERB_BASE
from initiatives.pipeline.action_verbs import (
    SECOND_PROMISE_VERBS,
    TRANSITIVE_COMMITMENTS,
    base_form,
)
from initiatives.pipeline.extract_action_outcomes import NOUN_GERUNDS
from initiatives.pipeline.extract_actions import (
    FIRST_VERB,
    FoundAction,
    build_action,
    cue_subject,
    object_end,
)
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.gazetteer import ActorEntry
from initiatives.pipeline.money import AMOUNT, AMOUNT_RE, MONEY_RE
from initiatives.pipeline.types import DueWindow, ExtractedAction, Span

_PARTICLE_VERB = re.compile(
    r"\s+and\s+(?:to\s+)?(?:also\s+)?(?P<verb>set\s+up|draw\s+up|put\s+forward|lay\s+down|"
    r"roll\s+out|carry\s+out|take\s+forward|scale\s+up|step\s+up|phase\s+out|open\s+up)\s+"
)
MIN_FIRST_OBJECT_WORDS = 2  # "designate ten parks and set up…", not "draw and set up…"
# "… 6.2 trillion won and an additional 7.3 trillion won by 2030": where the second sum
# starts in a description.
_SECOND_SUM = re.compile(
    rf"\s+and\s+(?P<sum>(?:an?\s+(?:additional|extra|further)\s+|another\s+|a\s+further\s+)?"
    rf"{AMOUNT})"
)
# "such as by submitting bills and selecting industries", "including through developing a
# platform and addressing data gaps", "while reviewing income ceilings and offering more
# choices": the means, or work alongside, as gerunds.
_SUCH_AS = re.compile(
    r",?\s+(?:(?:such\s+as|including)\s+(?:by|through)|while)\s+(?P<list>[a-z]+ing\b.*)$"
)
_GERUND_ITEM = re.compile(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?P<verb>[a-z]+ing)\b")
MAX_MEANS = 5
# "… are being asked to do the same": a request to others, not a promise.
_DO_THE_SAME = re.compile(r"\bdo\s+(?:the\s+same|likewise|so\s+too)\b", re.IGNORECASE)
# "Norway will contribute $500 million if other donors match it": a condition.
_CONDITION = re.compile(
    r"\b(?:if|unless|provided\s+that|on\s+condition\s+that)\b"
    r"(?!\s+(?:needed|necessary|appropriate|required|warranted|justified|so|possible|any)\b)"
)
# "…must give priority to customers in Japan if a shortage occurs", "notify the agency if
# a breach is detected": a duty for when an event happens, not a promise that hangs on
# another's act.
_CONTINGENCY = re.compile(
    r"\bif\s+(?:[\w-]+\s+){1,6}?(?:occurs?|arises?|happens?|is\s+detected|breaks\s+out)\b"
)
# "The funding will cover the upgrading of the road, the construction of 14 bridges and
# the rehabilitation of weighbridges": an item named by a noun of action ("construction
# of …") after what a sum covers is the sum's contents, as a document's contents are
# what it says; the promise is the funding. Under a heading of measures or priorities
# ("Key measures: the construction of 14 flood barriers") the same nouns name work the
# body will do, and stay promises.
_NOUN_OF_ACTION = re.compile(
    r"(?:[A-Z][a-z]+|[a-z]+)(?:tion|sion|ment|ance|ence|ure|al)\s+of\s", re.IGNORECASE
)
_SUM_COVERS = re.compile(
    r"\b(?:funding|funds|financing|finance|loan|loans|grant|grants|money|budget|"
    r"allocation|package|investment)\s+(?:will\s+|would\s+|is\s+to\s+|also\s+)*"
    r"(?:cover|covers|include|includes|pay\s+for|pays\s+for|go\s+to(?:wards)?|"
    r"goes\s+to(?:wards)?)\b",
    re.IGNORECASE,
)
# A verb with nothing after it ("Carriers must comply by March", "all parties said they
# will support", "They will apply from 1 January", "a request, which it will submit by the
# end of the month"): a duty on others, a stance, or a verb whose object stands in another
# clause, never work a reader can follow on its own.
# Only when its subject is its doer ("they", "it", or a party under a duty): "We will
# respond" is a speaking body's own promise, and "The next round of grants will open in
# September" the thing's own verb; both stay.
_BARE_VERB = re.compile(r"\s*[A-Z][a-z]+[.!]?\s*")
_DOER_BEFORE = (
    r"\b(?:(?i:they|it)\s+(?:will|would|shall|must|can|may|should)|"
    # a duty on a party: "Carriers must comply"; not "Ministers will respond"
    r"[A-Z][a-z]+s\s+(?:must|should))\s+(?:also\s+)?"
)
# Who will run a body, told in the passive with its agent ("The committee will be chaired
# by the Ministry of Interior", "The Agency will be led by its first coordinator"): a
# role given, not work to follow. The active "The minister will chair the talks in May"
# is a piece of work and stays.
_LED_BY_LEMMA = re.compile(r"(?:Co-?chair|Chair|Lead|Head)\b")
_LED_BY = re.compile(
    r"\b(?:will|shall|would)\s+(?:also\s+)?be\s+(?:co-?)?(?:chaired|led|headed)\s+(?:jointly\s+)?by\b",
    re.IGNORECASE,
)
# "The strategy was published on Monday. It will set binding measures…": its contents.
_DOCUMENT_BEFORE = re.compile(
    r"\s*(?:The|This|Its|Their|Our|A|An)\s+(?:[\w-]+\s+){0,3}?(?:strategy|plan|report|"
    r"regulation|guidelines|guidance|framework|document|roadmap|law|act|rules|directive|"
    r"charter|declaration|statement|communiqu[eé]|agreement|bill|paper|white\s+paper|"
    r"green\s+paper|programme|program|standards?)\b",
    re.IGNORECASE,
)
_CONTENTS = re.compile(
    r"\s*(?:It|They)\s+(?:will\s+|would\s+)?(?:set|sets|aim|aims|outline|outlines|include|"
    r"includes|contain|contains|cover|covers|lay\s+out|lays\s+out|guide|guides|seek|seeks)"
    r"\b(?!\s+(?:up|out|forward)\b)"
)
# What a law or a package of laws does is its contents, or its effect: "The IRR will pave
# way for the implementation…", "This package does three main things. It will legislate
# our new framework…". An instrument that makes rules is no doer; "The bill will be tabled"
# (a passive) is its author's work and stays, and what a package "will include" is work
# (`action.included_work`), so a package is read only through "It" after it.
_LAW = r"(?:bill|legislation|law|act|regulations?|rules|ordinance|decree|IRR)"
# Up to four words of the subject's name before its head: no verb among them.
_NAME_WORDS = (
    r"(?:(?!(?:will|shall|would|has|have|had|is|are|was|were|said|says)\b)[\w()-]+\s+){0,4}?"
)
_INSTRUMENT_SUBJECT = re.compile(
    rf"\s*(?:The|This|These|Its)\s+{_NAME_WORDS}{_LAW}\s+"
    r"(?:will|shall|would)\s+(?!(?:now\s+|also\s+)?be\b)",
    re.IGNORECASE,
)
# The sentence before "It will…" has a law or a package as its subject.
_INSTRUMENT_BEFORE = re.compile(
    rf"\s*(?:The|This|These|Its)\s+{_NAME_WORDS}(?:{_LAW}|package)\s+"
    r"(?!(?:will|shall|would)\s+(?:include|involve)\b)[a-z]+\b",
    re.IGNORECASE,
)
_IT_WILL = re.compile(r"\s*(?:It|They)\s+(?:will|shall|would)\s+(?!be\b|include\b|involve\b)")
# "… until the government completes updates to the code": the government's work.
UNTIL_DONE_RE = re.compile(
    r"\buntil\s+(?P<who>the\s+(?:[A-Z][\w-]*\s+){0,3}(?:[Gg]overnment|[Mm]inistry|[Dd]epartment|"
    r"[Aa]gency|[Cc]ouncil|[Cc]ommission|[Rr]egulator|[A-Z][\w-]*))\s+"
    r"(?P<verb>completes|finishes|finalises|finalizes|publishes|adopts|introduces|reviews|"
    r"implements|sets\s+up|puts\s+in\s+place|updates)\s+"
)
# "would give the Justice Ministry authority to coordinate the response".
EMPOWERED_RE = re.compile(
    r"\b(?:give|gives|giving|grant|grants|granting)\s+(?P<who>(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,4})\s+(?:the\s+|new\s+)?(?:authority|power|powers|mandate|"
    r"responsibility)\s+to\s+(?P<verb>[a-z]+)"
)
# "…, for which it will invest 6.2 trillion won": the sentence's subject promises.
RELATIVE_PROMISE_RE = re.compile(
    r",\s+(?:for|under|through|with|in)\s+which\s+(?:it|they)\s+(?:will|would|plans\s+to)\s+"
    r"(?P<verb>[a-z]+)(?:\s+(?P<particle>up|out|forward)\b)?"
)
# "Ministers met on Monday, agreeing to uphold the ceasefire terms".
AGREEING_RE = re.compile(
    r",\s+(?:agreeing|pledging|committing|promising|vowing|deciding)\s+to\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?P<particle>up|out|forward)\b)?"
)
# "The summit will be organized by the National Tourism Agency in October": the agent.
PASSIVE_AGENT_RE = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to)\s+be\s+(?P<participle>[a-z]+ed)\s+by\s+"
    r"(?!(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|"
    r"Summer|Autumn|Fall|Winter|Easter|Christmas|Q[1-4]|End|Mid|Early|Late)\b)"
    r"(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,5})"
)
# "The money will reach the communities in April", "the funding will be paid in June",
# "It will be paid in two tranches by the end of next year", "…, to be disbursed over
# 2026-2027": when the sum just given is paid.
_PAID = r"(?:paid(?:\s+out)?|transferred|disbursed|delivered|sent|released|credited)"
PAID_LATER_RE = re.compile(
    r"\b(?:(?:money|funding|funds|payments?|grants?|allocation|sum|amount|loan|aid|tranches?|"
    r"it)\s+(?:will|would|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to|should)\s+"
    rf"(?:reach|arrive|be\s+{_PAID})|to\s+be\s+{_PAID})\b",
    re.IGNORECASE,
)
# "Provide £40 million for rural buses, to be disbursed over": words of the payment, whose
# window the action has; not of the work.
_TO_BE_PAID_TAIL = re.compile(rf",?\s+to\s+be\s+{_PAID}\b.*\Z", re.IGNORECASE | re.DOTALL)
# "the industries of tomorrow" names a kind of thing, not a day.
_TOMORROW = re.compile(r"\s*\b(?:(?<!\bof\s)(?P<tomorrow>tomorrow)|later\s+today)\b(?!['’]s)")


def refined(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """`found`, with two promises split, non-promises dropped, the shapes above added and
    "tomorrow" dated."""
    body = context.main or context.publisher
    starts = {s.start: i for i, s in enumerate(segments)}
    starts_at = [s.start for s in segments]
    out: list[FoundAction] = []
    for item in found:
        if _not_a_promise(text, segments, starts, item, body):
            continue
        _agent(text, item, context)
        _paid_later(text, segments, starts_at, item, anchor)
        out += [_tomorrow(text, piece, anchor) for piece in _split(text, item, anchor)]
    taken = {item.action.evidence.start for item in out}
    for segment in segments:
        if segment.kind in ("title", "heading") or segment.start in taken:
            continue
        for item in _after_verb(text, segment, anchor, context):
            _paid_later(text, segments, starts_at, item, anchor)
            out += _split(text, item, anchor)
    return out


def paid_later(
    text: str, segments: list[Segment], starts: list[int], evidence: Span, anchor: dt.date
) -> DueWindow | None:
    """When the sum of the sentence at `evidence` is paid: the window after "to be paid"
    in that sentence, else the first window of the next sentence if it says that the money
    will be paid or arrive; None when neither says, or when the sentence gives no sum.
    `starts` are the segments' starts, in order."""
    if MONEY_RE.search(text, evidence.start, evidence.end) is None:
        return None
    at = bisect.bisect_right(starts, evidence.start) - 1
    here = segments[at] if at >= 0 else None
    if here is not None and here.end >= evidence.end:
        said = PAID_LATER_RE.search(text, evidence.start, here.end)
        if said is not None:
            windows = dates.find_due_windows(
                text, reference=anchor, start=said.start(), end=here.end
            )
            if windows:
                return windows[0]
    following = segments[at + 1] if 0 <= at < len(segments) - 1 else None
    if following is None or PAID_LATER_RE.search(text, following.start, following.end) is None:
        return None
    windows = dates.find_due_windows(
        text, reference=anchor, start=following.start, end=following.end
    )
    return windows[0] if windows else None


def _paid_later(
    text: str, segments: list[Segment], starts: list[int], item: FoundAction, anchor: dt.date
) -> None:
    """A funding action with no window: due when its money is paid, if the text says; its
    description ends before the words of the payment."""
    action = item.action
    if action.due is None:
        due = paid_later(text, segments, starts, action.evidence, anchor)
        if due is not None:
            action = dataclasses.replace(action, due=due, rule=action.rule + ".paid_later")
    tail = _TO_BE_PAID_TAIL.search(action.description)
    if tail is not None and MONEY_RE.search(action.description, 0, tail.start()):
        action = dataclasses.replace(action, description=action.description[: tail.start()])
    item.action = action


def _not_a_promise(
    text: str,
    segments: list[Segment],
    starts: dict[int, int],
    item: FoundAction,
    body: ActorEntry | None,
) -> bool:
    action = item.action
    if _DO_THE_SAME.search(action.description):
        return True
    if _NOUN_OF_ACTION.match(action.description) and _SUM_COVERS.search(
        text, action.evidence.start, action.evidence.end
    ):
        return True
    if _CONDITION.search(_CONTINGENCY.sub("", action.description)) and (
        item.owner is None or item.owner.entry != body
    ):
        return True
    if _BARE_VERB.fullmatch(action.description) and _doer_bare(text, action):
        return True
    if _LED_BY_LEMMA.match(action.description) and _LED_BY.search(
        text, action.evidence.start, action.evidence.end
    ):
        return True
    index = starts.get(action.evidence.start)
    if _instrument_at_work(text, segments, index, action.evidence):
        return True
    if not index or not _CONTENTS.match(text, action.evidence.start, action.evidence.end):
        return False
    while index > 0:  # back over "It will set…", "They aim to…" to the document they follow
        index -= 1
        before = segments[index]
        if _DOCUMENT_BEFORE.match(text, before.start, before.end):
            return True
        if not _CONTENTS.match(text, before.start, before.end):
            return False
    return False


def _doer_bare(text: str, action: ExtractedAction) -> bool:
    """Whether the bare verb of `action` stands right after its doer and a modal."""
    verb = re.escape(action.description.strip(" .!").lower())
    found = re.search(
        _DOER_BEFORE + verb + r"\b", text[action.evidence.start : action.evidence.end]
    )
    return found is not None


def _instrument_at_work(
    text: str, segments: list[Segment], index: int | None, evidence: Span
) -> bool:
    """Whether a promise's subject is a law or a package of them ("The IRR will pave
    way…"), or "It" right after a sentence about one: what it will do is its contents."""
    if _INSTRUMENT_SUBJECT.match(text, evidence.start, evidence.end):
        return True
    if not index or not _IT_WILL.match(text, evidence.start, evidence.end):
        return False
    before = segments[index - 1]
    return _INSTRUMENT_BEFORE.match(text, before.start, before.end) is not None


def _split(text: str, item: FoundAction, anchor: dt.date) -> list[FoundAction]:
    action = item.action
    description = action.description
    lemma = description.split(" ", 1)[0]
    second = _PARTICLE_VERB.search(description)
    if second and len(description[len(lemma) : second.start()].split()) >= MIN_FIRST_OBJECT_WORDS:
        rest = description[second.start("verb") :]
        return [_with(item, description[: second.start()]), _with(item, rest, ".second_verb")]
    sums = _SECOND_SUM.search(description)
    if sums and action.due is not None and AMOUNT_RE.match(description[len(lemma) :].strip()):
        rest = f"{lemma} {description[sums.start('sum') :]}"
        second = _with(item, rest, ".second_sum")
        evidence = action.evidence
        for window in dates.find_due_windows(
            text, reference=anchor, start=evidence.start, end=evidence.end
        ):
            if rest.endswith(window.text) and window.text != action.due.text:
                second = _with(item, rest[: -len(window.text)], ".second_sum")
                second.action = dataclasses.replace(second.action, due=window)
        return [_with(item, description[: sums.start()]), second]
    means = _SUCH_AS.search(description)
    if means and _is_work(means.group("list").split(" ", 1)[0]):
        items = [_with(item, description[: means.start()])]
        listed = means.group("list")
        cuts = list(_GERUND_ITEM.finditer(listed))[:MAX_MEANS]
        for i, cut in enumerate(cuts):
            stop = cuts[i + 1].start() if i + 1 < len(cuts) else len(listed)
            verb = base_form(cut.group("verb"))
            if not _is_work(cut.group("verb")):
                continue  # "while recognising that…", "while housing subsidies…"
            what = f"{verb} {listed[cut.end() : stop].strip(' ,')}"
            items.append(_with(item, what, ".means"))
        return items
    return [item]


# Verbs that need their particle to name work ("put in place", "set up").
_BARE_PARTICLE_VERBS = frozenset({"put", "set", "take", "roll", "carry", "draw", "lay"})


def _is_work(gerund: str) -> bool:
    """Whether a gerund of a list of means names work ("developing", "reviewing")."""
    verb = base_form(gerund.lower())
    known = verb in SECOND_PROMISE_VERBS or verb in VERB_BASE or verb in TRANSITIVE_COMMITMENTS
    return known and verb not in _BARE_PARTICLE_VERBS and gerund.lower() not in NOUN_GERUNDS


def _with(item: FoundAction, description: str, rule: str = "") -> FoundAction:
    description = description.strip(" ,")
    description = description[:1].upper() + description[1:]
    action = dataclasses.replace(item.action, description=description, rule=item.action.rule + rule)
    return FoundAction(action, item.owner)


def _agent(text: str, item: FoundAction, context: OwnerContext) -> None:
    """A passive promise whose agent the date rules took for a deadline ("by the National
    Tourism Agency in October 2027") goes to that agent, not to the text's body."""
    action = item.action
    evidence = action.evidence
    found = PASSIVE_AGENT_RE.search(text, evidence.start, evidence.end)
    if found is None or not action.description.lower().startswith(
        base_form(found.group("participle"))
    ):
        return
    who, at = found.group("who"), found.start("who")
    owner = owner_of(text, Span(at, at + len(who), who), context, animate=True)
    if owner is None or (item.owner is not None and item.owner.entry == owner.entry):
        return
    item.owner = owner
    item.action = dataclasses.replace(
        action, owner=owner.entry.name, rule=action.rule + ".passive_agent"
    )


def _tomorrow(text: str, item: FoundAction, anchor: dt.date) -> FoundAction:
    action = item.action
    if action.due is not None:
        return item
    found = _TOMORROW.search(action.description)
    if found is None:
        return item
    day = anchor + dt.timedelta(days=1) if found.group("tomorrow") else anchor
    phrase = found.group().strip()
    at = text.find(phrase, action.evidence.start, action.evidence.end)
    where = Span(at, at + len(phrase), phrase) if at >= 0 else None
    due = DueWindow(phrase, day, day, 0.8, "relative_day", span=where)
    description = (action.description[: found.start()] + action.description[found.end() :]).strip()
    item.action = dataclasses.replace(
        action, description=description, due=due, rule=action.rule + ".due_relative_day"
    )
    return item


def _after_verb(
    text: str, segment: Segment, anchor: dt.date, context: OwnerContext
) -> list[FoundAction]:
    """Promises whose doer is named after a verb or in an earlier clause."""
    start, end = segment.start, segment.end
    piece = text[start:end]
    matches = [
        (match, rule)
        for pattern, rule, keys in _AFTER_VERB_RULES
        if any(key in piece for key in keys)  # a substring test before the regex
        for match in pattern.finditer(text, start, end)
    ]
    if not matches:
        return []  # the common case, with no due windows to read
    windows = dates.find_due_windows(text, reference=anchor, start=start, end=end)
    out: list[FoundAction] = []
    for match, rule in matches:
        owner = _doer(text, segment, match, context)
        if owner is None:
            continue
        verb = match.group("verb").split()
        particle = match.groupdict().get("particle")
        lemma = " ".join([_third_base(verb[0]), *verb[1:], *([particle] if particle else [])])
        out += build_action(
            text, segment, Span(start, start, ""), owner, lemma, False, match.end(),
            object_end(text, match.end(), end), windows, None, anchor, rule, context,
        )  # fmt: skip
    return out


# Each rule with the words without which it cannot match.
_AFTER_VERB_RULES = (
    (UNTIL_DONE_RE, "action.until_done", ("until",)),
    (EMPOWERED_RE, "action.empowered", ("authority", "power", "mandate", "responsibility")),
    (AGREEING_RE, "action.agreeing", ("ing to ",)),
    (RELATIVE_PROMISE_RE, "action.relative_promise", ("which",)),
)


def _doer(text: str, segment: Segment, match: re.Match[str], context: OwnerContext) -> Owner | None:
    """The body named after the verb ("until the government completes…"), else the
    sentence's subject ("Ministers met…, agreeing to…"), else the text's body."""
    if "who" in match.groupdict():
        who, at = match.group("who"), match.start("who")
        return owner_of(text, Span(at, at + len(who), who), context, animate=True)
    start = segment.start
    first = FIRST_VERB.search(text, start, match.start())
    subject = span(text, start, first.start()) if first else cue_subject(text, start, match.start())
    owner = owner_of(text, subject, context, animate=True) if subject.quote else None
    body = context.main or context.publisher
    if owner is None and body is not None:
        owner = Owner(body, span(text, start, segment.end))
    return owner


def _third_base(word: str) -> str:
    """ "completes" → "complete", "finishes" → "finish", "updates" → "update"."""
    if not word.endswith("s") or word.endswith("ss"):
        return word  # "uphold", "address"
    if word.endswith(("shes", "ches", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word
