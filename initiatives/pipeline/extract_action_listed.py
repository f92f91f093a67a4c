"""Goals, steps and measures listed under a lead-in, and the outputs a sum will buy.

A plan often gives its promises as a list with no modal in its items:
- a lead-in ending in a colon, its items inline ("The strategy's objectives include:
  cutting X by half by 2030; restoring Y") or as lines after it ("Key measures:" then
  "- the construction of 12 plants by 2029"), numbered or lettered or not, an item
  perhaps opened by "first," or "(b)";
- a listing verb with its items after it in the same sentence ("Priorities for 2027
  are the replacement of X, the creation of Y and the expansion of Z", "The package
  includes the launch of a fund and new grants for councils").
The lead-in says whose the items are (its subject, else the text's body) and, often, by
when ("Priorities for 2027", "Over the next five years, the fund will:"); an item's own
deadline wins over the lead-in's, and a period set just before ("The programme will run
for five years.") dates a list whose lead-in has none. Each item is a promise when it
names work: a verb ("publish the map"), a gerund ("cutting emissions"), a noun of action
with its object ("the construction of 12 plants"), a sum ("£5m for rural clinics") or a
countable output ("2,000 new homes by 2028") (`action.listed_item`). A line or heading
that only names an office under a lead-in ("Minister of Finance (…)") gives the items under
it to that office; a sentence another rule read as one promise for its whole list ("will
target six areas: regulating X, boosting Y and reforming Z") gives its items instead.

In the same pass, a sentence that is no list gives the output of its sum, if any: "£500m
to build 2,000 homes by 2028" (`extract_action_outputs`, `action.output_target`). A period
set by a programme ("The programme will run for four years.") dates the undated promises
of the next few sentences, whichever rule read them (`.due_period`).

A funding header is a lead-in too ("The 2026-27 Budget continues this work by:", "This
investment includes funding for:"): its items are the funded measures, each a promise of
the government whose budget it is (`owners_budget`), a count of staff included ("an extra
250 paramedics").

Nothing comes from a list of what was done (a lead-in in the past tense, "so far",
"achievements"), of members, places or partners, or of a document's themes or chapters;
nor from items that name no work ("- Nova Scotia", "- the Chief Medical Officer"); nor,
under "has decided to:", from items that are the decision itself ("- set the charge at
€21.40 per MWh"), as for a decision in prose (`extract_actions.is_the_decision`).

Read after the other action rules, on sentences and lines that gave no action; every
action keeps its quote, its offsets and its rule's name (`extract_actions.build_action`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from initiatives.pipeline import dates
from initiatives.pipeline.action_cues import NOT_VERBS
from initiatives.pipeline.action_verbs import (
    NON_COMMITMENT_VERBS,
    TRANSITIVE_COMMITMENTS,
    base_form,
)
from initiatives.pipeline.extract_action_lines import (
    NOT_TASK_GERUNDS,
    NOT_TASK_NOUNS,
    by_segment,
    lowered_sum,
)
from initiatives.pipeline.extract_action_outcomes import NOUN_GERUNDS
from initiatives.pipeline.extract_action_outputs import KNOWN_VERBS, STEM, outputs
from initiatives.pipeline.extract_actions import (
    DECIDED_LEAD,
    FoundAction,
    Promise,
    build_action,
    coordinated_promises,
    cue_subject,
    is_question,
    is_the_decision,
    object_end,
)
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.gazetteer import ORGANISATION, ActorEntry, find_actors
from initiatives.pipeline.money import MONEY
from initiatives.pipeline.types import DueWindow, Span

# Nouns whose list is a list of promises: "The strategy's objectives include:".
_PROMISE_NOUNS = (
    r"objectives|goals|aims|targets|priorities|steps|measures|actions|commitments|"
    r"deliverables|milestones|components|elements|initiatives|interventions|activities|"
    r"proposals|reforms|tasks|outputs|undertakings|pledges|plans|projects|programmes|"
    r"programs|key\s+points|next\s+steps|action\s+points"
)
_PROMISE_NOUN = re.compile(rf"\b(?:{_PROMISE_NOUNS})\b", re.IGNORECASE)
# Verbs that announce a list: "includes", "consists of", "will focus on", "are".
_LISTING = (
    r"(?:will\s+|would\s+|shall\s+|also\s+)?(?:include|includes|consist\s+of|consists\s+of|"
    r"comprise|comprises|cover|covers|focus\s+on|focuses\s+on|contain|contains|involve|"
    r"involves|entail|entails|feature|features|are|is|will\s+be|remain|remains)"
)
# What a funding header names: its list is of funded measures, each a promise.
_FUNDING_WORDS = r"budget|funding|package|investment|allocation|spending|appropriations?"
# A colon lead-in: its head before the colon, with a listing verb or a promise noun, or
# ending in a modal ("the parties will:") or "to" ("Ministers agreed to:").
_COLON_LEAD = re.compile(
    rf"(?:\b{_LISTING}|\b(?:will|shall|to|following|follows|namely))\s*"
    r"(?:(?:the\s+)?following(?:\s+[\w-]+){0,3})?\s*:\s*"
    rf"|\b(?:{_PROMISE_NOUNS})\b(?:\s+(?:for|in|by|to|until|over|of)\s+[^:;]{{1,80}}?)?\s*:\s*"
    # "Six areas will be targeted:", "The fund will focus on:"
    r"|\b(?:will|shall)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*:\s*"
    # a funding header: "The 2026-27 Budget continues this work by:", "This investment
    # includes funding for:", "Highlights of the package:"
    rf"|\b(?:{_FUNDING_WORDS})\b[^:;.]{{0,100}}?:\s*",
    re.IGNORECASE,
)
# "three strategic priorities to ensure healthy lives, namely, to help…; …; and …".
_NAMELY = re.compile(rf"\b(?:{_PROMISE_NOUNS})\b[^.;:]{{0,120}}?,?\s+namely,?\s+", re.IGNORECASE)
# A lead-in without a colon: a promise noun or a plan, a listing verb, then the items.
_PLAN_WORDS = (
    r"package|plan|strategy|programme|program|agreement|deal|budget|initiative|scheme|"
    r"framework|roadmap|fund|bill|reform|investment|funding|declaration|communiqu[eé]"
)
_INLINE_LEAD = re.compile(
    r"\s*(?:(?:The|Our|Its|Their|His|Her|This|These|Key|Main|Other)\s+)?"
    r"(?:(?!(?:among|of|one|some|in|for|with|to|at|on|by|is|are)\b)[\w'’-]+\s+){0,4}?"
    rf"(?P<noun>{_PROMISE_NOUNS}|{_PLAN_WORDS})\b(?:\s+(?:for|in|by|to|until|over|of)\s+"
    rf"[^,:;]{{1,40}}?)?\s+(?P<verb>{_LISTING})\s+(?!to\b|that\b|not\b|a\s+|an\s+|also\b)",
    re.IGNORECASE,
)
# A lead-in that lists what was done, who takes part, where, or what a text is about.
_PAST_LEAD = re.compile(
    r"\b(?:was|were|had|has\s+(?:been|seen|included|delivered|achieved)|have\s+(?:been|seen|"
    r"included|delivered|achieved)|included|consisted|comprised|covered|focused|focussed|"
    r"contained|involved|featured|so\s+far|to\s+date|last\s+year|past\s+(?:year|decade|"
    r"\w+\s+years)|since|achievements?|accomplishments|results|successes|highlights|"
    r"progress|delivered|completed|achieved)\b",
    re.IGNORECASE,
)
_NOT_PROMISES_LEAD = re.compile(
    r"\b(?:members|membership|participants|countries|states|nations|regions|provinces|"
    r"cities|towns|districts|counties|locations|sites|venues|partners|speakers|attendees|"
    r"signatories|delegations|delegates|organi[sz]ations|panel(?:lists)?|experts|winners|"
    r"recipients|beneficiaries|findings|recommendations|criteria|features|benefits|reasons|"
    r"factors|challenges|risks|lessons|examples|links|documents|annex(?:es)?|resources|"
    r"contacts|guests|agenda)\b",
    re.IGNORECASE,
)
# A list of a document's themes, unless the lead-in promises to act on them: "The plan
# highlights four focus areas:" gives nothing, "Six areas will be targeted:" does.
_CONTENTS_LEAD = re.compile(
    r"\b(?:areas|themes|pillars|principles|chapters|sections|topics|strands|workstreams|"
    r"contents|questions|sectors|issues)\b",
    re.IGNORECASE,
)
_MODAL = re.compile(r"\b(?:will|shall|are\s+to|is\s+to)\b", re.IGNORECASE)
# A heading that announces a list of promises: "Key measures", "Priorities for 2027".
_HEADING_LEAD = re.compile(
    rf"(?:(?:key|main|new|our|the|core|specific|planned|immediate|further|\w+)\s+){{0,3}}"
    rf"(?:{_PROMISE_NOUNS})(?:\s+(?:for|in|by|to|until|over)\s+[^:]{{1,30}})?\s*:?\s*",
    re.IGNORECASE,
)
MAX_HEADING_WORDS = 7

# What opens an item before its work: a marker, an ordinal, a joining word, "to".
_OPENER = re.compile(
    r"[\s•·▪◦*–—-]*(?:\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})[.)]\s+)?"
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|firstly|"
    r"secondly|thirdly|finally|lastly|next|then|and|also|thereafter)\b,?\s+)*(?:to\s+)?"
    # "- It provides $4 billion to rebuild…": the budget or bill the list is about
    r"(?:(?:It|This|The\s+(?:bill|budget|package|deal|plan))\s+(?:also\s+)?(?:provides|"
    r"allocates|includes|invests|delivers|funds|sets\s+aside|earmarks)\s+(?=\S*\d))?",
    re.IGNORECASE,
)
_WORD = re.compile(r"(?P<word>[A-Za-z][a-z-]*)\b(?:\s+(?P<particle>up|out|forward)\b)?")
# Work named as a noun, with what it is done to: "the construction of 12 plants",
# "a review of the standards", "new grants for rural councils".
_ACTION_NOUN = (
    r"[a-z]+(?:tion|sion|ment)s?|[a-z]{3,}ing|launch|review|roll-?out|upgrade|overhaul|build-?out|"
    r"expansion|increase|reduction|cut|extension|doubling|tripling|phase-?out|ban|freeze|"
    r"support|funding|grants?|investment|loans?|subsid(?:y|ies)|reform|delivery|provision|"
    r"recruitment|hiring|refurbishment|renovation|retrofit|set-?up|creation|construction|"
    r"rebuilding|upgrading|modernisation|modernization|rollout|scale-?up|strengthening|"
    r"roadmap|strategy|plan|programme|program|fund|scheme|framework|package|legislation|"
    r"law|bill|ceiling|cap|levy|tax|campaign|pilot|guidance|consultation|audit|census|"
    r"survey|study|target"
)
# What may stand before the noun of action: an article, then a few adjectives.
_MODIFIERS = (
    r"(?:(?:new|further|additional|extra|full|rapid|major|joint|complete|gradual|phased|"
    r"targeted|significant|large-scale|continued|accelerated|enhanced|expanded|first|"
    r"annual|independent|comprehensive|public|nationwide|immediate|swift|urgent|"
    r"[a-z]+al|[a-z]+ed|[a-z]+ive)\s+){0,2}"
)
_NOMINAL = re.compile(
    rf"(?:(?:the|a|an)\s+)?(?P<head>{_MODIFIERS}"
    rf"(?P<noun>{_ACTION_NOUN})\s+(?:of|for|to|in|on|across|at|with|towards|into)\b)"
)
# Nouns of those shapes that name no work.
_NOT_WORK_NOUNS = NOT_TASK_NOUNS | frozenset(
    {"population", "generation", "location", "region", "nation", "station", "information",
     "foundation", "institution", "organisation", "organization", "association", "minister",
     "ministers", "environment", "management", "payment", "employment", "development",
     "tion", "cement", "element", "settlement", "instrument", "equipment", "apartment",
     "mention", "question", "education", "transportation", "situation", "condition"}
)  # fmt: skip
# "$12 million for…", "an extra $4 million…", "A $3 million increase for…".
_SUM_ITEM = re.compile(
    rf"(?:(?:an?|another)\s+)?(?:(?:additional|extra|further|new)\s+)?{MONEY}", re.IGNORECASE
)
# A countable output: "2,000 new homes", "30 clinics", "zero advisories", "half of…".
_COUNT_ITEM = re.compile(
    r"(?:(?:at\s+least|up\s+to|more\s+than|over|around|about|nearly|an?\s+(?:additional|"
    r"extra|further))\s+)?"
    r"(?:\d[\d,.]*(?:\s?(?:%|per\s?cent|million|billion|thousand|lakh|crore|k))?|zero|"
    r"net[\s-]zero|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|"
    r"hundreds|thousands|a\s+(?:hundred|thousand|million))\s+(?:[a-z][\w-]*)"
)
_PAST_ITEM = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|so\s+far|to\s+date|last\s+year|already)\b",
    re.IGNORECASE,
)
# "12,000 lead pipes replaced", "a new clinic opened": a result, told by a participle.
_DONE_ITEM = re.compile(r"\b[a-z]{3,}ed\s*[;.]?\s*$")
# An imperative the verb lists do not hold, told by what follows it: "Top up the fund".
_IMPERATIVE = re.compile(
    r"(?P<word>[A-Za-z][a-z]{2,})(?:\s+(?P<particle>up|out|forward|down|back|in)\b)?\s+"
    r"(?=(?:the|a|an|its|their|our|all|every|new|more|further|additional)\b)"
)
# Where inline items part: a semicolon, a bullet sign, or a comma or "and" before a new
# item's opening (checked on the piece after it).
_ITEM_SPLIT = re.compile(
    r"\s*;\s*(?:and\s+|or\s+)?|\s*[•·▪]\s*|,(?!\d)\s*(?:and\s+|or\s+)?|\s+and\s+"
)
MIN_ITEM_WORDS = 2
MIN_LIST_ITEMS = 2
MAX_LIST_ITEMS = 12

# "The programme will run for five years", "It runs until 2030": the period of the
# programme's work told in the sentences after it.
_PERIOD_LEAD = re.compile(
    r"\s*(?:(?:It|This|These|They)|(?:The|This|That|Its|Their|Our|A|An)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:plan|initiative|programme|program|scheme|package|policy|strategy|fund|facility|"
    r"mission|partnership|project|reform|agreement|deal|pilot|funding|investment|support|"
    r"budget|framework|roadmap|measures))\s+(?:will\s+|would\s+|is\s+set\s+to\s+|is\s+"
    r"expected\s+to\s+)?(?:run|runs|last|lasts|span|spans|cover|covers|operate|operates|be\s+"
    r"(?:delivered|implemented|rolled\s+out|spread|phased\s+in))\s+(?:for|over|until|till|"
    r"to|from|through|between|in\s+the\s+(?:next|coming))\b",
)
PERIOD_REACH = 4  # sentences and lines after it that a period dates
_FOR_YEAR = re.compile(r"\bfor\s+(?P<year>20\d\d)\b(?!\s*[-–/])")


@dataclass(frozen=True)
class Lead:
    """A lead-in: whose its items are and by when."""

    owner: Owner | None  # None: the lines under it name their owners ("Minister of X")
    due: DueWindow | None
    block: int
    # "The Committee has decided to:": items that are the decision itself give nothing.
    decided: bool = False


def listed_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The listed goals and the outputs of sums, in sentences and lines that gave no action
    (or that gave one action for a whole list, which its items replace in `found`)."""
    held = by_segment(segments, found)
    out: list[FoundAction] = []
    lead: Lead | None = None
    listing: Lead | None = None  # the last lead-in, for the named lines under it
    listing_end, section = 0, ""
    period: DueWindow | None = None
    period_left = 0
    previous: Owner | None = None

    def keep(items: list[FoundAction]) -> list[FoundAction]:
        out.extend(items)
        return items

    for segment in segments:
        if segment.kind in ("title", "heading"):
            named = _named_line(text, segment.start, segment.end, context) if listing else None
            if named is not None and listing is not None:
                # "… include these priorities:" / "## Minister of Finance" / "- Top up…"
                lead = Lead(named, listing.due, segment.block)
            else:
                lead = _heading_lead(text, segment, anchor, context, period)
            period, period_left = None, 0
            continue
        here = list(held.get(segment.start, []))
        if segment.kind == "bullet":
            if listing is not None and segment.section != section:
                # a heading the structure keeps as the bullets' section: "## Minister of X"
                section = segment.section
                at = text.rfind(section, listing_end, segment.start) if section else -1
                named = _named_line(text, at, at + len(section), context) if at >= 0 else None
                lead = Lead(named, listing.due, segment.block) if named else lead
            if lead is not None and not here:
                here = keep(_item_actions(text, segment, segment.start, segment.end, lead,
                                          anchor, context))  # fmt: skip
        elif here:
            lead = listing = None
            previous = next((i.owner for i in here if i.owner), previous)
            # "…, namely, to help X; Y; and Z" when another rule read only "to help X"
            _, items = _lead(
                text, segment, anchor, context, previous, period, owner=previous, verbs=True
            )
            whole = [h for h in here if sum(_covered(i, [h]) for i in items) >= MIN_LIST_ITEMS]
            for item in whole:
                # "will target six areas: regulating X, boosting Y and reforming Z" read as
                # one promise: its items instead
                found.remove(item)
                here.remove(item)
            here += keep([i for i in items if not _covered(i, here)])
            here += keep(outputs(text, segment, anchor, context, previous, held=here))
        elif listing is not None and (
            named := _named_line(text, segment.start, segment.end, context)
        ):
            lead = Lead(named, listing.due, segment.block)
        elif not is_question(text, segment.start, segment.end):
            lead, items = _lead(text, segment, anchor, context, previous, period)
            listing, listing_end, section = lead, segment.end, segment.section
            if lead is None and not items:
                items = outputs(text, segment, anchor, context, previous, held=[])
            here = keep(items)
        if period is not None and period_left > 0:
            _date_by_period(here, period)
            period_left -= 1
        if segment.kind != "bullet" and (got := _period(text, segment, anchor)) is not None:
            period, period_left = got, PERIOD_REACH
    return out


def _date_by_period(items: list[FoundAction], period: DueWindow) -> None:
    """Give the undated promises of a programme the period it runs for."""
    for item in items:
        action = item.action
        if action.due is None:
            item.action = dataclasses.replace(action, due=period, rule=action.rule + ".due_period")


# A line that only names who the lines after it are about: "Minister of Finance (Jane
# Doe)", "The Department of Health:"; no sentence (no final stop, a few words).
MAX_NAME_LINE_WORDS = 12
_FUNCTION_WORDS = frozenset({"of", "the", "and", "in", "for", "on", "to", "at", "&"})
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had|said|says)\b")


def _named_line(text: str, start: int, end: int, context: OwnerContext) -> Owner | None:
    """Who a line names, when it only names someone (an office, a body)."""
    line = text[start:end].rstrip(" :")
    if line.endswith((".", "!", "?")) or len(line.split()) > MAX_NAME_LINE_WORDS:
        return None
    if _FINITE_VERB.search(line):
        return None
    name = line.split("(")[0].rstrip(" ,–—-")  # "Minister of Finance (Jane Doe)"
    words = [w for w in name.split() if w.lower() not in _FUNCTION_WORDS]
    if not words or sum(w[0].isupper() for w in words) * 2 < len(words):
        return None  # a name is mostly in capitals: "Minister of Canadian Heritage"
    whole = span(text, start, start + len(name))
    owner = owner_of(text, whole, context, animate=True)
    if owner is not None and owner.evidence.start > whole.start + len("The "):
        # "Leader of the Government in the House of Commons": the office, not the House
        owner = Owner(ActorEntry(whole.quote, ORGANISATION, found_by_pipeline=True), whole)
    return owner


def _not_promises(text: str, start: int, end: int) -> bool:
    """Whether a lead-in announces a list of what was done, of who or where, or of themes."""
    if _PAST_LEAD.search(text, start, end) or _NOT_PROMISES_LEAD.search(text, start, end):
        return True
    return bool(_CONTENTS_LEAD.search(text, start, end)) and not _MODAL.search(text, start, end)


def _period(text: str, segment: Segment, anchor: dt.date) -> DueWindow | None:
    """The period a sentence sets for the work after it: "It will run for five years"."""
    if _PERIOD_LEAD.match(text, segment.start, segment.end) is None:
        return None
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    return windows[0] if windows else None


def _lead_due(
    text: str, start: int, end: int, anchor: dt.date, period: DueWindow | None
) -> DueWindow | None:
    """The deadline a lead-in gives its items: its own ("Priorities for 2027", "by 2030"),
    else the period set just before it."""
    windows = dates.find_due_windows(text, reference=anchor, start=start, end=end)
    if windows:
        return windows[0]
    year = _FOR_YEAR.search(text, start, end)
    if year is not None:
        value = int(year.group("year"))
        if value >= anchor.year:
            phrase = span(text, year.start(), year.end())
            return DueWindow(
                phrase.quote, dt.date(value, 1, 1), dt.date(value, 12, 31), 0.8, "lead_year",
                span=phrase,
            )  # fmt: skip
    return period


def _lead_owner(
    text: str, segment: Segment, at: int, context: OwnerContext, previous: Owner | None
) -> Owner | None:
    """Whose the items are: the lead-in's subject, else the body it names first, else the
    text's own body."""
    subject = cue_subject(text, segment.start, at)
    owner = owner_of(text, subject, context, previous=previous) if subject.quote else None
    if owner is not None and owner.entry.found_by_pipeline:
        owner = None  # "…, which is based on 12 main government": no name of a body
    if owner is None:
        head = find_actors(text, segment.start, at)[:1]
        if head and not head[0].entry.found_by_pipeline:
            owner = Owner(head[0].entry, span(text, head[0].start, head[0].end))
    if owner is None:
        body = context.body_at(segment.start) or context.first_owner
        owner = Owner(body, span(text, segment.start, segment.end)) if body else None
    return owner


def _heading_lead(
    text: str, segment: Segment, anchor: dt.date, context: OwnerContext, period: DueWindow | None
) -> Lead | None:
    """ "Key measures", "Priorities for 2027:": a heading over a list of promises."""
    words = text[segment.start : segment.end].split()
    if len(words) > MAX_HEADING_WORDS or not _HEADING_LEAD.fullmatch(
        text, segment.start, segment.end
    ):
        return None
    if _not_promises(text, segment.start, segment.end):
        return None
    body = context.body_at(segment.start) or context.first_owner
    if body is None:
        return None
    due = _lead_due(text, segment.start, segment.end, anchor, period)
    return Lead(Owner(body, span(text, segment.start, segment.end)), due, segment.block)


def _lead(
    text: str,
    segment: Segment,
    anchor: dt.date,
    context: OwnerContext,
    previous: Owner | None,
    period: DueWindow | None,
    *,
    owner: Owner | None = None,
    verbs: bool = False,
) -> tuple[Lead | None, list[FoundAction]]:
    """A lead-in in this sentence, and the actions of the items it holds inline (owned by
    `owner` when given, else by the lead-in's subject); with `verbs`, only the items that
    open with a verb of their own, unless semicolons part them ("providing X and Y" is
    one promise)."""
    start, end = segment.start, segment.end
    colon = text.find(":", start, end)
    namely = (
        _NAMELY.search(text, start, end)
        if colon < 0 and text.find("namely", start, end) >= 0
        else None
    )
    if colon >= 0:
        head = _COLON_LEAD.search(text, start, min(end, colon + 2))
        if head is None or head.end() < colon:
            return None, []
        verb_at, lead_end, items_start = head.start(), colon, colon + 1
    elif namely is not None:
        verb_at, lead_end, items_start = namely.start(), namely.end(), namely.end()
    else:
        inline = _INLINE_LEAD.match(text, start, end)
        if inline is None:
            return None, []
        verb_at, lead_end, items_start = inline.start("verb"), inline.end(), inline.end()
        copula = inline.group("verb").lower().split()[-1] in (
            "is",
            "are",
            "be",
            "remain",
            "remains",
        )
        if copula and not _PROMISE_NOUN.fullmatch(inline.group("noun")):
            return None, []  # "The package is worth…", not "Priorities are…"
    if _not_promises(text, start, lead_end):
        return None, []
    owner = owner or _lead_owner(text, segment, verb_at, context, previous)
    decided = DECIDED_LEAD.search(text, start, min(end, lead_end + 1)) is not None
    lead = Lead(owner, _lead_due(text, start, lead_end, anchor, period), segment.block, decided)
    if not text[items_start:end].strip(" .;:"):
        return lead, []  # the items follow as lines
    pieces = _inline_items(text, items_start, end)
    if colon < 0 and any(_item_head(text, a, b) is None for a, b in pieces):
        return None, []  # without a colon, every piece must name work, or it is no list
    if not _names_work(text, items_start, end):
        return None, []  # "priorities: security, EU integration, support for veterans…"
    actions: list[FoundAction] = []
    shared = verbs and text.count(";", items_start, end) == 0  # "providing X and Y"
    for a, b in pieces:
        if shared and not ((head := _item_head(text, a, b)) and head.verb):
            continue
        actions += _item_actions(text, segment, a, b, lead, anchor, context)
    return None, actions


_CONTENT_WORD = re.compile(r"[a-z][a-z-]{3,}")
MAX_COVER_WORDS = 4


def _covered(item: FoundAction, held: list[FoundAction]) -> bool:
    """Whether another rule already read this item: most of its first words are in the
    description of an action of the same sentence."""
    words = _CONTENT_WORD.findall(item.action.description.lower())[:MAX_COVER_WORDS]
    for other in held:
        description = other.action.description.lower()
        # its first word (the verb, or the noun of work) and most of the others
        if (
            words
            and words[0][:STEM] in description
            and 2 * sum(w in description for w in words) > len(words)
        ):
            return True
    return False


def _inline_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list inside a sentence: split at semicolons when it has any, else at
    commas and "and" where an item opens."""
    body_end = end
    while body_end > start and text[body_end - 1] in " .\n":
        body_end -= 1
    semicolons = text.count(";", start, body_end) > 0
    cuts: list[tuple[int, int]] = []
    for cut in _ITEM_SPLIT.finditer(text, start, body_end):
        sign = cut.group().strip()
        if semicolons and not sign.startswith(";"):
            continue
        if not semicolons and _item_head(text, cut.end(), body_end) is None:
            continue  # "the creation of a water and sanitation agency": one item
        cuts.append((cut.start(), cut.end()))
    pieces: list[tuple[int, int]] = []
    left = start
    for a, b in cuts[: MAX_LIST_ITEMS - 1]:
        if a > left:
            pieces.append((left, a))
        left = b
    if body_end > left:
        pieces.append((left, body_end))
    return [(a, b) for a, b in pieces if text[a:b].strip()]


_ANY_SPLIT = re.compile(r"\s*[;•·▪]\s*(?:and\s+|or\s+)?|,(?!\d)\s*(?:and\s+|or\s+)?|\s+and\s+")


def _names_work(text: str, start: int, end: int) -> bool:
    """Whether most pieces of an inline list name work: a list of themes or sectors
    ("security, EU integration, support for veterans") does not."""
    pieces = [(m.start(), m.end()) for m in _ANY_SPLIT.finditer(text, start, end)]
    starts = [start, *(b for _, b in pieces)]
    stops = [*(a for a, _ in pieces), end]
    heads = [_item_head(text, a, b) for a, b in zip(starts, stops, strict=True) if b > a]
    return 2 * sum(h is not None for h in heads) >= len(heads)


@dataclass(frozen=True)
class Head:
    lemma: str
    at: int  # where the item's object starts
    start: int  # where its work starts
    verb: bool = False  # opened by a verb ("publish", "cutting"), not a noun or a number


def _item_head(text: str, start: int, end: int) -> Head | None:
    """The work an item names, or None: a verb, a gerund, a noun of action with its
    object, a sum, or a countable output."""
    opener = _OPENER.match(text, start, end)
    at = opener.end() if opener else start
    if len(text[at:end].split()) < MIN_ITEM_WORDS:
        return None
    if _SUM_ITEM.match(text, at, end) is not None:
        return Head("provide", at, at)
    if _COUNT_ITEM.match(text, at, end) is not None:
        return Head("", at, at)  # the output itself: "2,000 new homes by 2028"
    if (nominal := _NOMINAL.match(text, at, end)) is not None:
        noun = nominal.group("noun")
        if noun not in _NOT_WORK_NOUNS:
            return Head(" ".join(nominal.group("head").split()), nominal.end(), at)
    word = _WORD.match(text, at, end)
    if word is None:
        return None
    raw = word.group("word")
    lower = raw.lower()
    if lower in _TOPIC_WORDS:
        return None  # "The agreement also covers how the data will be shared": a topic
    if lower.endswith("ing") and len(lower) > len("bring"):
        if lower in NOUN_GERUNDS or lower in NOT_TASK_GERUNDS:
            return None
        if lower != "working" and _NOT_TASK_AFTER.match(text, word.end(), end):
            return None  # "Building on the success of…" says how, not what
        lemma = base_form(lower)
        if lemma not in _KNOWN_VERBS:
            lemma = lower  # "restoring": the gerund, not a guessed "restor"
    elif lower in _KNOWN_VERBS:
        lemma = lower
    elif raw.islower() and _INFINITIVE.search(text, start, at):
        lemma = lower  # "to vaccinate 300 million children": "to" makes it a verb
    elif (imperative := _IMPERATIVE.match(text, at, end)) is not None and not (
        lower.endswith(("s", "ly", "al", "ic", "ous", "ive", "ful", "ed"))
    ):
        particle = imperative.group("particle")
        return Head(f"{lower} {particle}" if particle else lower, imperative.end(), at, True)
    else:
        return None
    if lemma in NOT_VERBS or (
        lemma in NON_COMMITMENT_VERBS and lemma not in TRANSITIVE_COMMITMENTS
    ):
        return None
    particle = word.group("particle")
    return Head(f"{lemma} {particle}" if particle else lemma, word.end(), at, True)


def _item_actions(
    text: str,
    segment: Segment,
    start: int,
    end: int,
    lead: Lead,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The promise of one item of a list."""
    head = _item_head(text, start, end)
    if lead.owner is None or head is None or _PAST_ITEM.search(text, head.start, end):
        return []
    if not head.verb and _DONE_ITEM.search(text, head.start, end):
        return []  # "12,000 lead pipes replaced"
    fronted = _INFINITIVE.search(text, start, head.start) and "," in text[head.start : end]
    if (fronted or not head.verb) and _ITEM_CLAUSE.search(text, head.start, end):
        return []  # "- To help farms, $12 million will be added…": a sentence, read as one
    windows = dates.find_due_windows(text, reference=anchor, start=start, end=end)
    stop = object_end(text, head.at, end) if head.at > head.start else end
    parts = [Promise(head.lemma, head.at, stop)]
    if head.verb:
        # "Top up the fund, provide funding for X, and introduce a tax credit": three
        parts = coordinated_promises(text, head.lemma, head.at, stop, windows)
    out: list[FoundAction] = []
    for lemma, a, b, _ in parts:
        if lead.decided and is_the_decision(lemma, windows, anchor, a, b):
            continue  # "decided to: - retain the winter weighting": the decision itself
        out += build_action(
            text, segment, Span(segment.start, segment.start, ""), lead.owner, lemma, False,
            a, b, windows, lead.due, anchor, "action.listed_item", context, whole=True,
        )  # fmt: skip
    return [lowered_sum(item) for item in out]  # "Provide a $3 million increase for…"


# Words that open a question or a topic, never a task: "how the data will be shared".
_TOPIC_WORDS = frozenset({"how", "what", "which", "where", "who", "whom", "whether", "why", "when"})
_ITEM_CLAUSE = re.compile(r"\b(?:will|shall|would|is|are|was|were|has|have|had)\s")
_INFINITIVE = re.compile(r"\bto\s+$", re.IGNORECASE)
_NOT_TASK_AFTER = re.compile(r"\s+(?:on|upon|from|with)\b")
_KNOWN_VERBS = KNOWN_VERBS


# Read by `extract_action_enumerated` (numbered items have heads like these items) and by
# `extract_action_unmarked` (lines that lost their bullets under a lead-in).
item_head = _item_head
PAST_LEAD = _PAST_LEAD
lead_of = _lead
item_actions = _item_actions
