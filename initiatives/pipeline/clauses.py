"""A shallow reader of future and obligation clauses: who will do what, by its structure.

The cue rules (`action_cues`) know promises by their words. This reader knows them by the
shape of the clause, whatever the verb: a subject noun phrase, a marker of the future or
of an obligation ("will", "shall", "is set to", "is due to", "plans to", "has committed
to", "agreed to", "must", "are required to", "will be" + participle…), a main verb and
the predicate after it, up to the end of its clause. It also reads who said it: "the
ministry said it would…", "…, officials said", "according to the plan, …".

It is pure and shallow on purpose: one pass of regular expressions over one sentence, no
parse tree. A `Clause` only says what the sentence's structure shows; whether that is a
promise (a body as the subject, no forecast, no opponent's words) is decided by the
action rule that reads it (`extract_action_clauses`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from initiatives.pipeline.action_cues import NOT_VERBS
from initiatives.pipeline.action_verbs import base_form
from initiatives.pipeline.literal_gate import StartGated
from initiatives.pipeline.types import Span

# Adverbs that may stand between a marker and its verb: "will also soon publish".
_ADVERB = r"(?:also|now|then|still|first|soon|jointly|together|further|formally|shortly|" \
    r"henceforth|thereafter|subsequently|once\s+again|again|in\s+turn|(?!apply|supply|comply|" \
    r"reply|rely)[a-z]{3,}ly)"  # fmt: skip
_ADVERBS = rf"(?:\s+{_ADVERB})*"
# The markers, most specific first. Named groups say what kind of clause each opens.
_MARKER = (
    # "are required to", "will be obliged to", "is expected to", "is set to", "is due to"
    r"(?P<duty>(?:(?:is|are)|(?:will|shall)\s+be)\s+(?:(?:also|now|legally)\s+)?"
    r"(?:required|obliged|obligated|mandated|bound)\s+to)"
    r"|(?P<set>(?:is|are|was|were)\s+(?:(?:also|now|still|widely)\s+)?(?:set|due|expected|"
    r"scheduled|slated|poised|going|about|on\s+track|on\s+course)\s+to)"
    r"|(?P<held>(?:is|are)\s+(?:(?:also|now|firmly|fully)\s+)?(?:committed|determined|"
    r"ready|prepared|planning|preparing|aiming|seeking|moving|looking|working)\s+to)"
    # "plans to", "planned to", "has pledged to", "agreed to", "committed itself to"
    r"|(?P<intent>(?:(?:has|have|had)\s+(?:(?:also|now|already)\s+)?)?(?:plan(?:s|ned)?|"
    r"intend(?:s|ed)?|aim(?:s|ed)?|pledge[sd]?|promise[sd]?|vow(?:s|ed)?|commit(?:s|ted)?"
    r"(?:\s+(?:itself|themselves|ourselves))?|agree[sd]?|decide[sd]?|resolve[sd]?|"
    r"undert(?:akes|ook|aken)|seeks?|sought|proposes?|proposed|expects?)\s+to)"
    r"|(?P<must>must|(?:has|have|(?<!the\s)(?<!a\s)(?<!no\s)needs?)\s+to)"
    r"|(?P<modal>will|shall|would|(?:is|are)\s+going\s+to|(?:is|are)\s+to)"
)
# The verb after a marker: "not", adverbs, then "be" + participle, "have" + participle,
# or the verb itself.
_AFTER = (
    rf"{_ADVERBS}(?P<negation>\s+(?:not|never|no\s+longer))?{_ADVERBS}\s+"
    rf"(?:(?P<perfect>have)\s+(?P<done>[a-z]+)|(?P<be>be|being){_ADVERBS}\s+"
    r"(?P<participle>[a-z]+(?:\s+(?:up|out|down|off|forward)\b)?)"
    r"|(?P<verb>(?:re-|co-|pre-)?[a-z]+(?:\s+(?:up|out|down|off|forward)\b(?!\s+to\b))?))\b"
)
# The lookahead lets most words fail at once: every marker starts with one of these.
MARKER_RE = re.compile(rf"\b(?=[iawshpmnevcdru])(?:{_MARKER}){_AFTER}", re.IGNORECASE)
# Tried only where a marker's first word starts ("will", "is", "plans"…).
_MARKER_STARTS = StartGated(MARKER_RE)

# "continue to support", "seek to expand", "work to reduce": the verb after is the work.
_LINKING = re.compile(
    r"\s*(?:continue|seek|work|strive|endeavour|endeavor|try|move|begin|start)\s+to\s+"
    r"(?P<verb>(?:re-|co-|pre-)?[a-z]+(?:\s+(?:up|out|down|off|forward)\b)?)\b"
)
# Where a clause starts, before its subject: punctuation that ends a clause, a
# conjunction before a new subject, or a reporting verb ("said (that)").
_CLAUSE_START = re.compile(
    r"[;:]\s+|[.!?][\"”’)]?\s+(?=[A-Z“\"])|\s[–—]\s|,\s+(?:and|but|while|whereas|so)\s+"
    r"|\b(?:but|while|whereas|because)\s+(?=[A-Z])|\b(?:that|why|because|once|which|whom)\s+|\b(?:said|says|saying|stated|"
    r"stating|adding|told\s+(?:\w+\s+){0,2}?reporters|"
    r"announced|confirmed|added|noted|declared|explained|insisted|stressed)\s+(?!that\b)"
)
# Subjects of relative clauses: "the fund, which will open in May" says what the fund
# does, as a side note; "the agency that will run it" names the agency.
_RELATIVE = re.compile(r"(?:\A|[\s,])(?:which|who|that|whose)\s*\Z", re.IGNORECASE)
RELATIVE_REACH = 8  # characters before a marker searched for "which", "that"
# An introductory phrase before the subject: "In 2025, ", "However, ", "Under the plan, ".
_OPENER = re.compile(r"\A(?:[^,]{1,60},\s+)+")
# "The agency in 2015 will…", "Ministers on Monday agreed to…": time after the subject.
_TIME_TAIL = re.compile(
    r"\s+(?:(?:in|on|by|from|during|since|this|next|last|late|early)\s+)?(?:the\s+)?"
    r"(?:(?:coming|next|first|second|third|fourth)\s+)?(?:\d{4}(?:-\d{2,4})?|[A-Z][a-z]+day|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+|today|tomorrow|year|month|week|"
    r"weeks|months|years|half\s+of\s+\d{4})\s*,?\s*\Z"
)
_LEADING_WORDS = re.compile(
    r"\A(?:(?:and|but|so|then|now|also|meanwhile|however|moreover|furthermore|finally|"
    r"separately|today|in\s+addition|as\s+a\s+result|in\s+turn)[,\s]+)+",
    re.IGNORECASE,
)
# The end of a predicate: the end of its clause.
_PREDICATE_END = re.compile(
    r";|:\s|(?<![A-Z])[.!?]\s+(?=[A-Z“\"])|\s[–—]\s|[”\"](?=[\s,.]|$)"
    r"|,\s+(?:which|who|whereas|while|but|although|though)\b"
    r"|,\s+(?:for|in|by|under|through|with|of)\s+which\b"
    r"|,\s+(?:according\s+to|[^,]{1,50}?\s+(?:said|says|told|added|announced|confirmed|"
    r"noted|stated|explained|reports|reported|writes|wrote))\b"
    # ", and the first payment is due": a new subject and its own verb
    r"|,\s+(?:and|but)\s+(?=(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?:will|shall|would|must|is|are|was|were|has|have)\b)"
    r"|\s+(?:and|but)\s+(?=(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}?"
    r"(?:will|shall|must)\b)"
    r"|\s+and\s+(?=(?:will|shall|would|must)\b)"
)
# A reporting clause after the promise: ", the minister said", "according to officials".
_TAIL_SPEAKER = re.compile(
    r",\s+(?P<who>(?:[\w'’.-]+\s+){1,6}?)(?:said|says|told|added|announced|confirmed|"
    r"stated|explained|noted)\b|\baccording\s+to\s+(?P<source>[^,.;]{2,60})"
)
# A reporting verb just before a subject: "The ministry said (that) …", "told reporters".
_HEAD_VERB = re.compile(
    r"\s(?:(?:has|have|had)\s+)?(?:said|says|stated|states|announced|confirmed|confirms|added|"
    r"declared|explained|indicated|told\s+(?:\w+\s+){0,3}?)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"
    r"(?:\s+that)?\s*\Z"
)
# How far a predicate and the reporting clause after it are read: a sentence's length
# at most, and never the rest of a long line with no full stop.
MAX_PREDICATE = 600
TAIL_SPEAKER_REACH = 160
HEAD_VERB_REACH = 48  # characters before a subject searched for its reporting verb
SPEAKER_REACH = 80  # characters before that verb that may name the speaker


@dataclass(frozen=True)
class Clause:
    """One future or obligation predicate and what the sentence shows around it."""

    kind: str  # duty | set | held | intent | must | modal
    opening: int  # where the text this clause hangs on starts: the clause before's verb
    marker: Span  # "will", "is set to", "has committed to"
    subject: Span  # the noun phrase before the marker, as the text gives it (may be empty)
    lemma: str  # the base form of the main verb: "publish", "set up"
    word: str  # the main verb as written: "published", "set up"
    passive: bool  # "will be published": the subject is what is done
    verb_end: int  # where the predicate's object starts
    end: int  # where the clause ends
    negated: bool  # "will not", "will no longer"
    hypothetical: bool  # "would have", a past that did not happen
    relative: bool  # "…, which will…": a side note on the noun before it
    speaker: Span | None  # who said it, when the sentence says: "X said it would"


def read_clauses(text: str, start: int, end: int) -> list[Clause]:
    """The future and obligation clauses of the sentence text[start:end], in order."""
    clauses: list[Clause] = []
    left = start
    for found in _MARKER_STARTS.finditer(text, start, end):
        clause = _clause(text, found, left, start, end, clauses[-1] if clauses else None)
        if clause is not None:
            clauses.append(clause)
            left = clause.verb_end
    return clauses


def _clause(
    text: str, found: re.Match[str], left: int, start: int, end: int, before: Clause | None
) -> Clause | None:
    kind = next(k for k in ("duty", "set", "held", "intent", "must", "modal") if found.group(k))
    marker = Span(found.start(kind), found.end(kind), found.group(kind))
    if kind == "intent" and _NOUN_BEFORE.search(
        text, max(start, found.start() - 12), found.start()
    ):
        return None  # "his plan to", "Hollande's pledge to": a noun, whose owner is elsewhere
    negated = found.group("negation") is not None
    hypothetical = found.group("perfect") is not None and marker.quote.lower() == "would"
    if found.group("participle"):
        word, passive, verb_end = found.group("participle"), True, found.end("participle")
        head, _, particle = word.partition(" ")
        if not head.endswith(("ed", "en", "ing")) and head not in _IRREGULAR_DONE:
            return None  # "will be crucial", "will be a milestone"
        lemma = " ".join((base_form(head), particle)).strip()
        if head.endswith("ing"):
            passive = False  # "will be providing": an active verb in the progressive
    elif found.group("perfect"):
        word, passive, verb_end = found.group("done"), False, found.end("done")
        if not word.endswith(("ed", "en")) and word not in _IRREGULAR_DONE:
            # "will have better tools": a possession, not a future perfect
            word, verb_end = "have", found.end("perfect")
        lemma = base_form(word)
    else:
        word, passive, verb_end = found.group("verb"), False, found.end("verb")
        head, _, particle = word.partition(" ")
        if head.lower() in _NO_VERB or not head.islower():
            return None  # "will the Commission…?", "is to the north"
        if head.endswith("ing") and kind in ("intent", "held"):
            head = base_form(head)  # "committed to reducing", "agreed to holding"
        elif head.endswith("ing") or (head.endswith("ed") and kind != "modal"):
            return None  # "is due to rising costs", "has to do": no verb of its own
        lemma = " ".join((head, particle)).strip()
    linked = _LINKING.match(text, found.start("verb"), end) if found.group("verb") else None
    if linked is not None and lemma.split()[0] in _LINKING_HEADS:
        # "will continue to support", "agreed to work to reduce": the work is the last verb
        lemma, verb_end = linked.group("verb"), linked.end("verb")
        word = lemma
    subject, relative = _subject(text, left if before else start, marker.start, before)
    clause_end = _predicate_end(text, verb_end, end)
    return Clause(
        kind=kind,
        opening=before.verb_end if before else start,
        marker=marker,
        subject=subject,
        lemma=lemma.lower(),
        word=word.lower(),
        passive=passive,
        verb_end=verb_end,
        end=clause_end,
        negated=negated,
        hypothetical=hypothetical,
        relative=relative,
        speaker=_speaker(text, start, subject.start, clause_end, end),
    )


_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|this|that|new|first)|['’]s?)\s+\Z", re.IGNORECASE
)
_IRREGULAR_DONE = frozenset(
    {"set", "put", "cut", "held", "made", "built", "laid", "drawn", "given", "taken", "spent",
     "sent", "paid", "run", "led", "kept", "brought", "undertaken", "begun", "shown", "done",
     "written", "met", "sold", "won", "struck", "chosen"}
)  # fmt: skip
_LINKING_HEADS = frozenset({"continue", "seek", "work", "strive", "endeavour", "endeavor", "try"})
# Words after a marker that are no verb: the cue words' list, and the adverbs a clause
# puts between its marker and its verb ("will each", "will further", "will jointly").
_NO_VERB = NOT_VERBS | frozenset(
    {"each", "both", "any", "still", "first", "further", "again", "together", "jointly"}
)


def _subject(text: str, left: int, at: int, before: Clause | None) -> tuple[Span, bool]:
    """The noun phrase before a marker, and whether it is a relative pronoun."""
    clause = left
    for brk in _CLAUSE_START.finditer(text, left, at):
        if text.count("(", left, brk.start()) <= text.count(")", left, brk.start()):
            clause = brk.end()
    raw = text[clause:at]
    if not raw.strip(" ,") and before is None and clause > left and _DASH.search(text, left, at):
        # "The Commission – co-chaired by A and B – will produce…": the head before the aside
        aside = _DASH.search(text, left, at)
        assert aside is not None
        clause, raw = left, text[left : aside.start()]
    relative = _RELATIVE.search(text, max(left, at - RELATIVE_REACH), at)
    if relative:
        return antecedent(
            text, max(left, relative.start() - ANTECEDENT_REACH), relative.start()
        ), True
    if not raw.strip(" ,") and before is not None:
        return before.subject, before.relative  # "… will publish X and will launch Y"
    trimmed = _LEADING_WORDS.sub("", raw.lstrip())
    opener = _OPENER.match(trimmed)
    if opener and trimmed[opener.end() :].strip():
        trimmed = trimmed[opener.end() :]  # "In the second half of 2008, Stats SA"
    tail = _TIME_TAIL.search(trimmed)
    if tail and tail.start() > 0:
        trimmed = trimmed[: tail.start()]  # "The agency in 2015"
    trimmed = trimmed.strip(" ,“”\"'‘’")
    if not trimmed:
        if before is not None:
            return before.subject, before.relative
        return Span(at, at, ""), False
    position = text.find(trimmed, clause, at)
    return Span(position, position + len(trimmed), trimmed), False


_DASH = re.compile(r"\s[–—-]\s")
ANTECEDENT_REACH = 80  # characters before "which" searched for the noun it stands for
MAX_ANTECEDENT_WORDS = 6
_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "our", "his", "her", "this", "these", "those", "new"]
)
_NOT_IN_NOUN = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "be",
        "been",
        "to",
        "for",
        "by",
        "with",
        "in",
        "on",
        "at",
        "from",
        "into",
        "as",
        "than",
        "and",
        "or",
        "announced",
        "approved",
        "launched",
        "revised",
        "set",
        "created",
        "established",
        "unveiled",
        "said",
    ]
)
_NOUN_WORD = re.compile(r"[\w&'’.()-]+")


def antecedent(text: str, start: int, end: int) -> Span:
    """The noun phrase a relative pronoun at `end` stands for: "(today announced) the
    Taskforce (which will advise him)", back to its determiner, at most six words."""
    words = list(_NOUN_WORD.finditer(text, start, end))
    first = None
    for word in reversed(words[-MAX_ANTECEDENT_WORDS:]):
        lower = word.group().lower()
        if lower in _NOT_IN_NOUN or (lower.endswith("ed") and lower == word.group()):
            break
        first = word
        if lower in _DETERMINERS:
            break
    if first is None:
        return Span(end, end, "")
    stop = end
    while stop > first.start() and text[stop - 1] in " ,":
        stop -= 1
    return Span(first.start(), stop, text[first.start() : stop])


def _predicate_end(text: str, verb_end: int, end: int) -> int:
    end = min(end, verb_end + MAX_PREDICATE)  # a bounded look keeps a long line linear
    found = _PREDICATE_END.search(text, verb_end, end)
    stop = found.start() if found else end
    while stop > verb_end and text[stop - 1] in " .,!?":
        stop -= 1
    return stop


def _speaker(text: str, start: int, subject_start: int, clause_end: int, end: int) -> Span | None:
    """Who the sentence says spoke: before the subject ("The ministry said (that)") or in
    a reporting clause after the predicate (", officials said", "according to …")."""
    head = _HEAD_VERB.search(text, max(start, subject_start - HEAD_VERB_REACH), subject_start)
    if head is not None:
        left = max(start, head.start() - SPEAKER_REACH)
        cut = max(text.rfind(mark, left, head.start()) for mark in ",;:")
        who = text[max(left, cut + 1) : head.start()].strip()
        if who:
            at = text.find(who, left, head.start())
            return Span(at, at + len(who), who)
    tail = _TAIL_SPEAKER.search(text, clause_end, min(end, clause_end + TAIL_SPEAKER_REACH))
    if tail is not None:
        group = "who" if tail.group("who") else "source"
        who = tail.group(group).strip()
        return Span(tail.start(group), tail.start(group) + len(who), who)
    return None
