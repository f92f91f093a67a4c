"""Stage 4, Extract: the initiative of one document, every fact with its span and rule.

Rules read only the structure's article blocks, so nothing set aside (comments, share
blocks, bylines) ever becomes a fact. The tables live in `gazetteer`; the rules in the
`extract_*` modules.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from initiatives.pipeline.action_clause_role import told_before
from initiatives.pipeline.action_sum_told_again import once_per_sum
from initiatives.pipeline.dates_due import covering_deadlines
from initiatives.pipeline.dates_due_calendar import text_read_afresh
from initiatives.pipeline.extract_action_aimed import aimed_actions
from initiatives.pipeline.extract_action_bare_lines import bare_line_actions
from initiatives.pipeline.extract_action_clauses import clause_actions
from initiatives.pipeline.extract_action_enabled import enabled_actions
from initiatives.pipeline.extract_action_enumerated import enumerated_actions
from initiatives.pipeline.extract_action_gapped import gapped_actions
from initiatives.pipeline.extract_action_lines import line_actions
from initiatives.pipeline.extract_action_listed import listed_actions
from initiatives.pipeline.extract_action_means import means_actions
from initiatives.pipeline.extract_action_ongoing import ongoing_actions
from initiatives.pipeline.extract_action_payments import payment_actions
from initiatives.pipeline.extract_action_pledged import pledged_actions
from initiatives.pipeline.extract_action_procedure import reader_tracks
from initiatives.pipeline.extract_action_quantity import quantity_actions
from initiatives.pipeline.extract_action_ready import ready_actions
from initiatives.pipeline.extract_action_refine import refined
from initiatives.pipeline.extract_action_resolved import resolved_actions
from initiatives.pipeline.extract_action_sibling_bullets import sibling_actions
from initiatives.pipeline.extract_action_tasks import task_actions
from initiatives.pipeline.extract_action_unmarked import unmarked_actions
from initiatives.pipeline.extract_actions import FoundAction, find_actions, in_own_fiscal_years
from initiatives.pipeline.extract_areas import find_areas, find_sectors
from initiatives.pipeline.extract_decision import Decision, decide
from initiatives.pipeline.extract_milestones import find_milestones
from initiatives.pipeline.extract_owners import (
    OwnerContext,
    body_of,
    city_page,
    governs,
    lead_author,
    lead_in_lists,
    main_body,
    maker_here,
    mentioned_as,
    ministry_author,
    office_decider,
    publisher_of,
    quotations,
    starts_sentence,
)
from initiatives.pipeline.extract_segments import Segment, segments
from initiatives.pipeline.gazetteer import (
    ACTORS_BY_NAME,
    COUNTRY,
    INSTITUTION,
    ActorEntry,
    ActorMatch,
    find_actors,
    names_a_firm_s_country,
)
from initiatives.pipeline.owners_budget import budget_holder
from initiatives.pipeline.structure_furniture import ANNEX_LINE, BYLINE
from initiatives.pipeline.types import (
    ExtractedAction,
    ExtractedActor,
    ExtractedInitiative,
    ExtractedMilestone,
    Span,
    Structure,
)

SUMMARY_CHARS = 600
# A first paragraph shorter than this (a dateline, a standfirst) is joined by the next.
SHORT_PARAGRAPH = 200
# The blocks (headings, lines, paragraphs) of a page's top where its own body is named
# acting: "Tracking Status – City Council adopted this item…".
LEAD_BLOCKS = 8
MAX_TITLE = 300
ROLE_ORDER = ("decision_maker", "partner", "mentioned")
# What a wire story or release puts before its first sentence: a place, a date, an agency,
# then a dash ("BRUSSELS, 3 March (Reuters) -", "(Bloomberg) --", "30/05/2024 -",
# "TALLINN -", "Ottawa, ON –", "Kyiv, Jan 4"), and a date glued on by a re-posting site.
_PLACE = r"(?:[A-Z][\w.'’-]+(?:[ ,]+[A-Z][\w.'’-]+){0,3},?\s*)"
_WRITTEN_DATE = (
    r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})"
)
_AGENCY = r"(?:\([A-Z][\w .,&/-]{1,80}\)|/[A-Z][\w .-]{1,20}/)"
_DASH = r"(?:-{1,2}|–|—|==|\||•)"
LEADING_DATELINE = re.compile(
    # "Kananaskis, Alberta — June 17, 2025 —", "Kyiv • 4 March 2026 •".
    rf"\A\s*(?:{_PLACE}?(?:[–—|•]\s*)?(?:{_WRITTEN_DATE}\s*{_AGENCY}?|{_AGENCY})\s*{_DASH}\s*"
    rf"|{_PLACE}?(?:{_WRITTEN_DATE}\s*)?{_AGENCY}\s*(?=[A-Z])"
    # "CANBERRA, AAP -": a wire's place and name with no brackets.
    rf"|[A-Z]{{3,}}(?:[ -][A-Z]{{3,}})*,\s*[A-Z]{{2,6}}\s*{_DASH}\s*"
    rf"|[A-Z][\w.'’-]+,\s+{_WRITTEN_DATE}\s+(?=[A-Z])"
    rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z]{{2}}\.?\s*{_DASH}\s*"
    rf"|[A-Z]{{3,}}(?:[ -][A-Z]{{3,}})*\s*(?:{_DASH}|:)\s*"
    # "12 March 2027 | Geneva — WHO today…": a place in title case before a long dash.
    rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[–—]\s*(?=[A-Z]))"
)
_GLUED_DATE = re.compile(r"\A\s*date\s+\d{4}-\d{2}-\d{2}\s+")
# "05/11/2024 16:00 | Press release | | |": the cells of a re-posted page's header row.
_TABLE_ROW_LEAD = re.compile(r"\A\s*(?:[^|\n]{0,40}\|\s*){3,}")
# "July 5, 2016—Ottawa, ON –": lead-ins come one after another, a few at most.
MAX_LEAD_INS = 3
# One document gives at most this many actions and milestones: a strange file of 5,000
# "will publish" sentences must not bury the initiative (and its pages) under them.
# A country in a headline is a partner only when the headline says so: "ties with
# Ukraine", "EU and Japan", "deal between…", not "sanctions on Russia".
_WITH_BEFORE = re.compile(r"\b(?:with|and|between|for|to|towards|&)\s+(?:the\s+)?$", re.IGNORECASE)
WITH_WINDOW = 16
# Words that make a country the target of a measure, not a partner in it.
_AGAINST_BEFORE = re.compile(
    r"\b(?:sanction\w*|bans?|banned|against|exports?\s+to|imports?\s+from|aggression|war|"
    r"embargo\w*|restrictions?\s+on|tariffs?\s+on|pressure\s+on|deter\w*|isolat\w*|"
    r"dependen\w*\s+on|(?:de-?risk\w*|decoupl\w*|independen\w*|away)\s+from)\b[^.;]*$",
    re.IGNORECASE,
)
AGAINST_WINDOW = 40
# How far into a headline its subject may start ("The EU…", "Canada's …").
HEADLINE_LEAD = 4
MAX_ACTIONS = 40
MAX_MILESTONES = 40


# A decision this many days before the text was published is news told later ("on 26
# November members agreed…", in a February update): "in the coming weeks" then counts
# from the day of writing, not from the decision.
STALE_DECISION = dt.timedelta(days=7)


def _deadline_anchor(
    decided_on: dt.date | None, published: dt.date | None, reference: dt.date
) -> dt.date:
    """The day the promises' relative deadlines count from: the decision's, unless the
    text was written well after it or names none, then the day it was published."""
    if published is not None and (decided_on is None or published - decided_on > STALE_DECISION):
        return published
    return decided_on or reference


def _date_covered(
    text: str, units: list[Segment], found: list[FoundAction], anchor: dt.date
) -> None:
    """Undated promises in the paragraphs an announced deadline covers get its window;
    the announcing sentence ("These changes will take effect on 1 July") is then their
    date, not a promise of its own."""
    spans = [(u.start, u.end, u.kind, u.block) for u in units]
    covered = covering_deadlines(text, spans, reference=anchor)
    if not covered:
        return
    ordered = sorted(found, key=lambda item: item.action.evidence.start)
    starts = [item.action.evidence.start for item in ordered]
    leads: list[tuple[int, int]] = []
    for start, end, window, lead in covered:
        dated = False
        for item in ordered[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
            action = item.action
            if action.due is None:
                item.action = replace(action, due=window, rule=action.rule + ".due_lead")
                dated = True
        if dated:
            leads.append(lead)
    found[:] = [
        item
        for item in found
        if not item.action.rule.startswith("action.takes_effect")
        or not any(a <= item.action.evidence.start < b for a, b in leads)
    ]


@dataclass
class ExtractResult:
    initiative: ExtractedInitiative | None
    warnings: list[str] = field(default_factory=list)


def _not_found(found: list[FoundAction], more: list[FoundAction]) -> list[FoundAction]:
    """The actions of a later finder that no finder before it gave, nor one before them
    in its own list: one description, one action."""
    seen = {item.action.description.casefold() for item in found}
    out = []
    for item in more:
        key = item.action.description.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def extract(
    text: str,
    structure: Structure,
    *,
    reference: dt.date,
    title: str = "",
    published: dt.date | None = None,
    source_url: str = "",
    site_name: str = "",
) -> ExtractResult:
    """The initiative that `text` (as cut by `structure`) reports, read against
    `reference`; None, with a warning saying why, when it reports none. `published`, when
    known, dates a decision that the lead states without a date."""
    text_read_afresh(text)
    units = segments(text, structure)
    decision = decide(text, units, reference=reference, published=published)
    context = _owner_context(text, units, decision, source_url, site_name)
    anchor = _deadline_anchor(decision.decided_on, published, reference)
    found_actions = find_actions(text, units, anchor=anchor, context=context)
    finders = (line_actions, task_actions, listed_actions, enumerated_actions, unmarked_actions)
    finders += (clause_actions, payment_actions, resolved_actions, gapped_actions, means_actions)
    finders += (enabled_actions, ongoing_actions, pledged_actions, bare_line_actions)
    finders += (quantity_actions, sibling_actions, aimed_actions, ready_actions)
    for finder in finders:
        more = finder(text, units, found_actions, anchor=anchor, context=context)
        found_actions += _not_found(found_actions, more)
    found_actions = refined(text, units, found_actions, anchor=anchor, context=context)
    found_actions = [
        f
        for f in found_actions
        if reader_tracks(text, f.action)
        and not told_before(text, f.action.evidence.start, f.action.evidence.end, anchor)
    ]
    found_actions = once_per_sum(found_actions)
    _date_covered(text, units, found_actions, anchor)
    # Every rule's fiscal windows, those a covering deadline or a lead-in gave too, read
    # in the publishing government's own year.
    found_actions = in_own_fiscal_years(found_actions, context, text, anchor)
    capped = _capped_warning(len(found_actions), MAX_ACTIONS, "actions")
    found_actions = found_actions[:MAX_ACTIONS]
    actors = _actors(text, units, decision, found_actions, context)
    areas = find_areas(text, units)
    warnings = list(decision.warnings)
    # An EU body, group or organisation, or a country that decides or partners.
    substantive = [
        a for a in actors if a.kind != COUNTRY or a.role in (*ROLE_ORDER[:2], "implementer")
    ]
    if not substantive and (decision.has_cue or found_actions):
        # "The Environment Minister says the sale will be banned": a government decides.
        actors = _with_office_decider(text, units, actors)
        substantive = [a for a in actors if a.role == "decision_maker"]
        if substantive:  # its promises with no subject of their own are that government's
            found_actions = [
                f
                if f.action.owner
                else replace(f, action=replace(f.action, owner=substantive[0].name))
                for f in found_actions
            ]
    # A recipe names no actor; a text that names one but decides, promises and covers
    # nothing is no initiative either.
    if not substantive or not (decision.has_cue or areas or found_actions):
        missing = []
        if not decision.has_cue:
            missing.append("no decision or announcement (adopted, agreed, proposed, announced…)")
        if not substantive:
            missing.append("no EU institution, member state, organisation or partner country")
        return ExtractResult(
            None,
            [
                *warnings,
                f"No initiative found: the text names {' and '.join(missing)}. "
                "It was stored for a curator to review.",
            ],
        )
    bullet_starts = {a.evidence.start for a in areas}
    sectors = find_sectors(text, units, exclude=bullet_starts)
    milestones = find_milestones(text, units, decision, reference=reference)
    warnings += [
        w for w in (capped, _capped_warning(len(milestones), MAX_MILESTONES, "milestones")) if w
    ]
    milestones = milestones[:MAX_MILESTONES]
    if decision.decided_on is None:
        warnings.append(
            "No decision date was found in the title or first paragraphs; add it by hand."
        )
    if decision.status_rule == "status.default":
        warnings.append(
            "No status cue (adopted, agreed, proposed, announced…) was found; the status was "
            "set to announced: check it."
        )
    initiative = ExtractedInitiative(
        title=_title(text, units, title),
        summary=_summary(text, units),
        status=decision.status,
        status_rule=decision.status_rule,
        venue=decision.venue,
        decided_on=decision.decided_on,
        decided_on_precision=decision.precision,
        decided_on_year_inferred=decision.year_inferred,
        actors=actors,
        areas=areas,
        sectors=sectors,
        milestones=[_ordered_milestone(m) for m in milestones],
        actions=[_ordered_action(f.action) for f in found_actions],
        status_evidence=decision.status_evidence,
        venue_evidence=decision.venue_evidence,
    )
    return ExtractResult(initiative, warnings)


def _partner_in_words(text: str, evidence: Span, rule: str) -> bool:
    """Whether the sentence makes a named country a partner: "ties with Ukraine", not
    "…to de-risk from China" in a headline, nor "sanctions against Russia" anywhere."""
    if _AGAINST_BEFORE.search(text, max(0, evidence.start - AGAINST_WINDOW), evidence.start):
        return False
    return rule != "actor.country_in_title" or bool(
        _WITH_BEFORE.search(text, max(0, evidence.start - WITH_WINDOW), evidence.start)
    )


def _capped_warning(found: int, kept: int, what: str) -> str:
    if found <= kept:
        return ""
    return (
        f"The document promises more than a reader can follow: the first {kept} {what} were "
        f"kept and {found - kept:,} more {what} were not kept; check the document."
    )


def _owner_context(
    text: str, units: list[Segment], decision: Decision, source_url: str, site_name: str
) -> OwnerContext:
    article = [(u.start, u.end) for u in units]
    publisher = publisher_of(text, source_url=source_url, site_name=site_name)
    headline, first = _headline_subject(text, units), _first_actor(text, units)
    main = main_body(
        text,
        publisher,
        [
            *([(headline.entry, text[headline.start : headline.end])] if headline else []),
            *((entry, evidence.quote) for entry, evidence, _ in decision.makers[:1]),
            *([(first.entry, text[first.start : first.end])] if first else []),
        ],
    )
    if main is None and publisher is None:
        main = budget_holder(text)  # "The NSW Government's 2026-27 Budget will invest…"
    if main is not None and main.kind == COUNTRY and publisher and publisher == city_page(text):
        main = publisher  # "the federal Canada Public Transit Fund" on the City's page
    lead = [(u.start, u.end) for u in units if u.block <= LEAD_BLOCKS]
    if main is None and publisher is None:  # "the Utility Regulator published…": its page
        main = lead_author(text, lead, OwnerContext())
    author = ministry_author(text, lead, publisher)
    context = OwnerContext(
        publisher=publisher,
        main=body_of(main, publisher),  # a President on the government's page: the government
        author=author,
        names_eu=any(
            m.entry.kind == INSTITUTION
            for start, end in article
            for m in find_actors(text, start, end)
        ),
    )
    context.quotes = quotations(text, _paragraphs(units), context)
    context.lists = lead_in_lists(text, [(u.start, u.end, u.kind) for u in units], context)
    return context


def _headline_subject(text: str, units: list[Segment]) -> ActorMatch | None:
    """The body a headline starts with: "G7 leaders launch…", "DESNZ sets out…"."""
    head = next((u for u in units if u.kind == "title"), None)
    if head is None:
        return None
    found = find_actors(text, head.start, head.end)
    if found and not found[0].demonym and found[0].start - head.start <= HEADLINE_LEAD:
        return found[0]
    return None


def _first_actor(text: str, units: list[Segment]) -> ActorMatch | None:
    """The first body the title or the first paragraph names ("G7 leaders launch…"): the
    first that starts a sentence if any ("South Africa wishes…", not "the leadership of
    Zimbabwe"), a demonym only before its government or head ("French Prime Minister…")."""
    first: ActorMatch | None = None
    for unit in units:
        if unit.kind != "title" and unit.paragraph != 0:
            continue
        for match in find_actors(text, unit.start, unit.end):
            if match.demonym and not governs(text, match.end):
                continue
            if names_a_firm_s_country(text, match):
                continue  # "Acme, a US chipmaker, announced…": the firm's country
            if starts_sentence(text, unit.start, match.start):
                return match
            first = first or match
    return first


def _paragraphs(units: list[Segment]) -> list[tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for unit in units:
        start, end = spans.get(unit.block, (unit.start, unit.end))
        spans[unit.block] = (min(start, unit.start), max(end, unit.end))
    return list(spans.values())


def _actors(
    text: str,
    units: list[Segment],
    decision: Decision,
    found_actions: list[FoundAction],
    context: OwnerContext,
) -> list[ExtractedActor]:
    """One primary role per actor (decision maker > partner > mentioned), plus
    implementer for the owners of follow-up actions."""
    primary: dict[str, tuple[ActorEntry, str, Span, str]] = {}
    for entry, evidence, rule in decision.makers:
        entry = maker_here(text, entry, evidence.quote)  # "Council approved the city's plan"
        primary.setdefault(entry.name, (entry, "decision_maker", evidence, rule))
    for entry, evidence, rule in decision.partners:
        if _partner_in_words(text, evidence, rule):
            primary.setdefault(entry.name, (entry, "partner", evidence, rule))
    implementers: dict[str, tuple[ActorEntry, Span]] = {}
    for found in found_actions:
        if found.owner is not None:
            implementers.setdefault(
                found.owner.entry.name, (found.owner.entry, found.owner.evidence)
            )
    for unit in units:
        for match in find_actors(text, unit.start, unit.end):
            entry = mentioned_as(text, match, context)  # a WHO text's "Member States"
            if entry is None:
                continue  # "report back to Council" in a city council's minutes
            if entry.name not in primary and entry.name not in implementers:
                evidence = Span(match.start, match.end, text[match.start : match.end])
                primary[entry.name] = (entry, "mentioned", evidence, "actor.mentioned")
    actors = [
        ExtractedActor(
            entry.name,
            entry.kind,
            role,
            evidence,
            rule,
            entry.aliases,
            found_by_pipeline=entry.found_by_pipeline,
        )
        for entry, role, evidence, rule in primary.values()
    ]
    actors += [
        ExtractedActor(
            entry.name,
            entry.kind,
            "implementer",
            evidence,
            "actor.found_as_owner" if entry.found_by_pipeline else "actor.owner_of_action",
            entry.aliases,
            found_by_pipeline=entry.found_by_pipeline,
        )
        for entry, evidence in implementers.values()
    ]
    return actors


def _with_office_decider(
    text: str, units: list[Segment], actors: list[ExtractedActor]
) -> list[ExtractedActor]:
    """The actors, with the government an office holder speaks for as decision maker
    (`office_decider`) first, when the text names one."""
    countries = [
        ACTORS_BY_NAME.get(a.name) or ActorEntry(a.name, a.kind, a.aliases)
        for a in actors
        if a.kind == COUNTRY
    ]
    found = office_decider(text, [(u.start, u.end) for u in units], countries)
    if found is None:
        return actors
    entry, evidence = found
    decider = ExtractedActor(
        entry.name,
        entry.kind,
        "decision_maker",
        evidence,
        "actor.office_holder",
        entry.aliases,
        found_by_pipeline=entry.found_by_pipeline,
    )
    return [decider, *(a for a in actors if a.name != entry.name)]


def _ordered_milestone(milestone: ExtractedMilestone) -> ExtractedMilestone:
    """A window that ends before it starts says nothing reliable: keep the milestone
    without it rather than hand the loader a row its constraints refuse."""
    start, end = milestone.window_start, milestone.window_end
    if start and end and start > end:
        return replace(milestone, window_start=None, window_end=None)
    return milestone


def _ordered_action(action: ExtractedAction) -> ExtractedAction:
    due = action.due
    if due and due.earliest and due.latest and due.earliest > due.latest:
        return replace(action, due=replace(due, earliest=None))
    return action


def _title(text: str, units: list[Segment], fallback: str) -> str:
    head = next((u for u in units if u.kind == "title"), None)
    if head is not None:
        return text[head.start : head.end][:MAX_TITLE]
    if fallback.strip():
        return fallback.strip()[:MAX_TITLE]
    first = next((u for u in units), None)
    return text[first.start : first.end][:MAX_TITLE] if first else "Untitled document"


def _without_lead_in(sentence: str) -> str:
    """The sentence without the datelines, glued dates and header cells before it."""
    for _ in range(MAX_LEAD_INS):
        for pattern in (_GLUED_DATE, _TABLE_ROW_LEAD, LEADING_DATELINE):
            lead_in = pattern.match(sentence)
            if lead_in and lead_in.end() < len(sentence):
                sentence = sentence[lead_in.end() :]
                break
        else:
            return sentence
    return sentence


# A link's words left in a paragraph: "More information is available here.", "Read Draft
# Publication", "Click here to register."
_LINK_SENTENCE = re.compile(
    r"^\W*(?:more\s+information\s+(?:is\s+available|can\s+be\s+found)\s+here|click\s+here|"
    r"find\s+out\s+more|read\s+(?:more|the\s+full|draft\s+publication)|learn\s+more|"
    r"see\s+(?:more|the\s+full))\b.{0,60}$",
    re.IGNORECASE,
)


def _is_furniture(sentence: str) -> bool:
    """A byline, annex line or link text that structure left in a paragraph: never summary
    text."""
    stripped = sentence.strip()
    if ANNEX_LINE.match(stripped) or _LINK_SENTENCE.match(stripped):
        return True
    return any(p.match(stripped) for p in BYLINE)


def _summary(text: str, units: list[Segment]) -> str:
    """The first one or two paragraphs, cut at a sentence boundary near SUMMARY_CHARS."""
    chosen: list[str] = []
    length = 0
    for paragraph in (0, 1):
        sentences = [text[u.start : u.end] for u in units if u.paragraph == paragraph]
        if sentences and not chosen:
            # A summary starts with the news, not with the wire's place, date and agency.
            sentences[0] = _without_lead_in(sentences[0])
        if paragraph == 1 and length >= SHORT_PARAGRAPH:
            break
        for sentence in sentences:
            if _is_furniture(sentence):
                continue
            if chosen and length + len(sentence) + 1 > SUMMARY_CHARS:
                return " ".join(chosen)
            chosen.append(sentence)
            length += len(sentence) + 1
    summary = " ".join(chosen)
    if len(summary) > SUMMARY_CHARS:
        cut = summary.rfind(" ", 0, SUMMARY_CHARS - 1)
        summary = summary[: cut if cut > 0 else SUMMARY_CHARS - 1] + "…"
    return summary
