"""Is a new document about an initiative we already know? Pure scoring, no database.

A person deciding whether two press releases report on the same initiative looks for
distinctive evidence first: the same programme name ("EDIP", "Ukraine Facility"), the
same distinctive words in the title and summary, an explicit back-reference ("the
framework approved on 25 November"), the same promised actions. Shared actors, areas and
sectors only confirm such evidence: an EU loan for Ukraine's energy grid shares its
actors and areas with the EU-Ukraine defence-industrial initiative, and is another one.

`score` gives each candidate a total in 0..1 with its named features; `decide` turns
the scores into one of three outcomes: attached, review, or new.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from initiatives.pipeline.dates import find_dates

# --- Weights of the features (they sum to 1) ------------------------------------
W_TITLE = 0.25  # distinctive words shared by the titles and summaries
W_PROGRAMME = 0.25  # programme names and acronyms shared
W_BACK_REFERENCE = 0.25  # "the initiative approved on 25 November" names the candidate's day
W_ACTIONS = 0.3  # the document speaks of the candidate's promised actions
# Two of an initiative's own promises, reported on in one document, are as telling as its
# programme's name: few other initiatives promised the same two things.
ACTIONS_FOR_FULL_MATCH = 2
W_ACTORS = 0.05  # same deciding body and partner
W_AREAS = 0.05  # overlapping areas and sectors

# Below this much distinctive evidence, shared actors and areas count for nothing.
DISTINCTIVE_FLOOR = 0.12
# Outcomes: attached at or above ATTACH (and MARGIN ahead of the runner-up), review in
# the grey zone down to REVIEW, new below it.
ATTACH = 0.35
REVIEW = 0.2
MARGIN = 0.08
# How many candidates a decision keeps for a curator to see.
KEEP_CANDIDATES = 3

DECISION_NEW, DECISION_ATTACHED, DECISION_REVIEW = "new", "attached", "review"

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
# "Ukraine Facility", "European Defence Industry Programme": two or more capitalised
# words (with "for", "of", "and" between them) that are not at a sentence start alone.
_CAPITALISED = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*"
_NAME = re.compile(rf"\b{_CAPITALISED}(?:\s+(?:(?:for|of|and|the)\s+)?{_CAPITALISED})+")
_BACK_REFERENCE = re.compile(
    r"\b(?:approved|agreed|adopted|decided|endorsed|launched|announced|unveiled|signed)\b",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?\n]+")


# Words that say nothing about which initiative a text is: function words, the
# vocabulary of every press release, and the names of the usual actors.
def _wordlist(text: str) -> list[str]:
    return text.split()


STOPWORDS = frozenset(
    _wordlist(
        """a about above after again against all also am an and any are as at be been before
    being between both but by can could did do does during each few for from further had
    has have having he her here his how i if in into is it its itself just me more most
    my no nor not now of off on once only or other our out over own same she should so
    some such than that the their them then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your new said says today yesterday week month year years months weeks
    according statement press release officials official also further would including
    per cent percent first second third last next within across among since still well
    may might must shall one two three million billion euro eur bn mln
    eu european union commission council parliament member states state ukraine ukrainian
    kyiv kiev moldova moldovan brussels minister ministers government governments
    agreed approved adopted decided announced initiative initiatives framework plan
    programme program agency agencies support step measure measures policy"""
    )
)

# Spelling variants mapped to one form before stemming.
_VARIANTS = {"defense": "defence", "armored": "armoured", "program": "programme"}
_SUFFIXES = (
    ("ations", ""),
    ("ation", ""),
    ("ments", ""),
    ("ment", ""),
    ("ings", ""),
    ("ing", ""),
    ("ial", "i"),
    ("ies", "i"),
    ("ied", "i"),
    ("es", ""),
    ("ed", ""),
    ("s", ""),
    ("y", "i"),
)


# Pure, and called for every word of every clause: the same few thousand words recur.
@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, stable stem: enough to match "guidelines" with "guideline" and
    "industrial" with "industry"."""
    word = _VARIANTS.get(word, word)
    for suffix, replacement in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)] + replacement
            break
    # "guideline" and "guidelines" (cut to "guidelin") alike.
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def distinctive_words(text: str, *, extra_stop: Iterable[str] = ()) -> list[str]:
    """The words of `text` that may tell one initiative from another, in order, once."""
    stop = STOPWORDS | {w.casefold() for w in extra_stop} if extra_stop else STOPWORDS
    out: dict[str, None] = {}
    for match in _WORD.finditer(text):
        for part in match.group().casefold().split("-"):
            if len(part) > 2 and part not in stop:
                out[part] = None
    return list(out)


def content_stems(text: str, *, extra_stop: Iterable[str] = ()) -> frozenset[str]:
    """The stems of `distinctive_words`."""
    return frozenset(stem(word) for word in distinctive_words(text, extra_stop=extra_stop))


def programme_names(text: str) -> frozenset[str]:
    """Acronyms (EDIP, SAFE) and multiword proper names ("Ukraine Facility")."""
    names = {m.group() for m in _ACRONYM.finditer(text) if m.group() not in _NOT_PROGRAMMES}
    for match in _NAME.finditer(text):
        words = match.group().split()
        # "Under the Ukraine Facility": the name starts after the sentence's opener.
        while words and (words[0] in _SENTENCE_OPENERS or words[0] in _CONNECTORS):
            words.pop(0)
        name = " ".join(words)
        if len(words) > 1 and name not in _NOT_PROGRAMMES:
            names.add(name)
    return frozenset(n.casefold() for n in names)


# Capitalised sequences that name actors or places rather than programmes.
_NOT_PROGRAMMES = frozenset(
    {
        "EU",
        "UK",
        "USA",
        "NATO",
        "THE",
        "AND",
        "European Union",
        "European Commission",
        "European Parliament",
        "Member States",
        "European Council",
        "Council of the European Union",
        "United Kingdom",
        "United States",
    }
)
_SENTENCE_OPENERS = frozenset(
    _wordlist("The A An In On At This That What Under With For From By As After Before")
)
_CONNECTORS = frozenset({"for", "of", "and", "the"})


@dataclass(frozen=True)
class Profile:
    """What a person compares: one side of a match, new document or known initiative."""

    title: str
    summary: str
    decided_on: dt.date | None = None
    venue: str = ""
    deciders: frozenset[str] = frozenset()
    partners: frozenset[str] = frozenset()
    areas: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    actions: tuple[str, ...] = ()
    decided_on_precise: bool = False  # decided_on is a day, not a month or year
    first_seen: dt.date | None = None  # publication of the earliest known document
    referenced_days: frozenset[dt.date] = frozenset()  # days its sources point back at
    # Names of the actors, whose words are not distinctive.
    actor_words: frozenset[str] = frozenset()
    words: frozenset[str] = field(default=frozenset(), compare=False)
    names: frozenset[str] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        heading = f"{self.title}\n{self.summary}"
        if not self.words:
            object.__setattr__(self, "words", content_stems(heading, extra_stop=self.actor_words))
        if not self.names:
            object.__setattr__(self, "names", programme_names(heading))


@dataclass(frozen=True)
class Document:
    """The new document: its profile, its text and when it was published."""

    profile: Profile
    text: str
    published: dt.date
    names: frozenset[str] = frozenset()  # programme names in the whole text
    words: frozenset[str] = frozenset()  # content stems of the whole text
    # Days named by back-reference sentences, and the years they (or "last year") name.
    dates_said: frozenset[dt.date] = frozenset()
    years_said: frozenset[int] = frozenset()
    # Its back-reference sentences, case-folded, for venues ("agreed in Brussels").
    references: tuple[str, ...] = ()

    @classmethod
    def of(cls, profile: Profile, text: str, published: dt.date) -> Document:
        dates, years = referenced_dates(text, reference=published)
        return cls(
            profile=profile,
            text=text,
            published=published,
            names=programme_names(text) | profile.names,
            words=content_stems(text, extra_stop=profile.actor_words),
            dates_said=dates,
            years_said=years,
            references=tuple(
                m.group().casefold()
                for m in _SENTENCE.finditer(text)
                if _BACK_REFERENCE.search(m.group())
            ),
        )


_LAST_YEAR = re.compile(r"\blast year\b", re.I)


def referenced_dates(text: str, *, reference: dt.date) -> tuple[frozenset[dt.date], frozenset[int]]:
    """The days and years named in sentences that point back at a decision."""
    days: set[dt.date] = set()
    years: set[int] = set()
    for sentence in _SENTENCE.finditer(text):
        if not _BACK_REFERENCE.search(sentence.group()):
            continue
        for found in find_dates(
            text, reference=reference, start=sentence.start(), end=sentence.end()
        ):
            if found.value <= reference:
                years.add(found.value.year)
                if found.precision == "day":
                    days.add(found.value)
        if _LAST_YEAR.search(sentence.group()):
            years.add(reference.year - 1)
    return frozenset(days), frozenset(years)


@dataclass(frozen=True)
class Score:
    initiative_id: int
    total: float
    features: dict[str, float]
    title: str = ""  # the candidate's, for a curator reading the decision


@dataclass(frozen=True)
class Decision:
    decision: str  # new | attached | review
    initiative_id: int | None
    score: float
    features: dict[str, float]
    candidates: tuple[Score, ...] = ()
    # The days the document's back-reference sentences name, stored with the decision.
    days_said: frozenset[dt.date] = frozenset()


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared part of the smaller set: 1.0 when one is contained in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def venue_reference(document: Document, candidate: Profile) -> float:
    """1.0 when a back-reference sentence names the candidate's venue and year."""
    if not candidate.venue or candidate.decided_on is None:
        return 0.0
    if candidate.decided_on.year not in document.years_said:
        return 0.0
    venue = candidate.venue.casefold()
    return 1.0 if any(venue in sentence for sentence in document.references) else 0.0


def action_overlap(document_words: frozenset[str], actions: Sequence[str]) -> float:
    """How surely the document speaks of the candidate's own promises: 1.0 once it names
    ACTIONS_FOR_FULL_MATCH of them (most of each one's distinctive words), a share below."""
    hits = 0
    for description in actions:
        words = action_words(description)
        if words and len(words & document_words) / len(words) >= ACTION_WORDS_MATCH:
            hits += 1
    return min(1.0, hits / ACTIONS_FOR_FULL_MATCH)


# Verbs that open an action's description ("Outline …") say nothing of what it is.
ACTION_VERBS = frozenset(
    stem(w)
    for w in _wordlist(
        """outline present publish set adopt coordinate identify prepare propose
        launch develop establish provide ensure deliver submit review report monitor
        accompany track hold make take"""
    )
)
# Share of an action's words that a sentence must hold to speak of it.
ACTION_WORDS_MATCH = 0.6
_INCLUDING = re.compile(r",?\s+(?:including|such as|in particular|notably)\b", re.I)


@functools.lru_cache(maxsize=4096)
def action_words(description: str) -> frozenset[str]:
    """The distinctive stems of an action, before any "including …" list."""
    head = _INCLUDING.split(description, maxsplit=1)[0]
    return content_stems(head) - ACTION_VERBS


def date_plausible(candidate: Profile, published: dt.date) -> bool:
    """A document cannot report on an initiative decided after it was published. One
    exception: when every known source of the candidate is later than the document,
    the candidate was read from follow-ups and this may be its announcement, imported
    late; its decision day is then only what those follow-ups said."""
    if candidate.decided_on is None or candidate.decided_on <= published:
        return True
    return candidate.first_seen is not None and candidate.first_seen > published


def score(document: Document, candidate: Profile, initiative_id: int) -> Score:
    """One candidate's score and its named features."""
    new = document.profile
    if not date_plausible(candidate, document.published):
        return Score(initiative_id, 0.0, {"date_plausible": 0.0}, candidate.title)
    title = _overlap(new.words, candidate.words - new.actor_words)
    programme = _overlap(candidate.names, document.names)
    candidate_days = candidate.referenced_days | (
        {candidate.decided_on} if candidate.decided_on and candidate.decided_on_precise else set()
    )
    new_days = document.dates_said | (
        {new.decided_on} if new.decided_on and new.decided_on_precise else set()
    )
    # The document names the candidate's decision day, or both point back at the same
    # day (two follow-ups, or a follow-up imported before its announcement).
    said_day = bool(candidate_days & new_days)
    reference = 1.0 if said_day else venue_reference(document, candidate)
    actions = action_overlap(document.words, candidate.actions)
    distinctive = W_TITLE * title + W_PROGRAMME * programme + W_BACK_REFERENCE * reference
    distinctive += W_ACTIONS * actions
    actors = 0.5 * _overlap(new.deciders, candidate.deciders) + 0.5 * _overlap(
        new.partners, candidate.partners
    )
    areas = 0.5 * _overlap(new.areas, candidate.areas) + 0.5 * _overlap(
        new.sectors, candidate.sectors
    )
    confirming = W_ACTORS * actors + W_AREAS * areas
    if distinctive < DISTINCTIVE_FLOOR:
        confirming = 0.0
    features = {
        "title_similarity": round(title, 3),
        "programme_names": round(programme, 3),
        "back_reference": round(reference, 3),
        "action_overlap": round(actions, 3),
        "same_actors": round(actors, 3),
        "areas_sectors": round(areas, 3),
        "date_plausible": 1.0,
    }
    return Score(
        initiative_id, round(min(1.0, distinctive + confirming), 4), features, candidate.title
    )


def decide(scores: Iterable[Score]) -> Decision:
    """Attached, review or new, from the candidates' scores. Never picks one of two
    candidates that score alike: that is for a curator."""
    ranked = sorted(scores, key=lambda s: (-s.total, s.initiative_id))
    kept = tuple(s for s in ranked[:KEEP_CANDIDATES] if s.total > 0)
    if not ranked or ranked[0].total < REVIEW:
        best = ranked[0] if ranked else None
        return Decision(
            DECISION_NEW, None, best.total if best else 0.0, best.features if best else {}, kept
        )
    best = ranked[0]
    runner_up = ranked[1].total if len(ranked) > 1 else 0.0
    if best.total >= ATTACH and best.total - runner_up >= MARGIN:
        return Decision(DECISION_ATTACHED, best.initiative_id, best.total, best.features, kept)
    return Decision(DECISION_REVIEW, None, best.total, best.features, kept)
