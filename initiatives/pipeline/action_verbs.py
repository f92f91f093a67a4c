"""The verbs of promises: which verbs promise nothing, and the base form of a verb.

A promise is recognised by its cue ("will", "plans to", "pledged to") followed by any
verb; this module holds the short list of verbs that, after such a cue, forecast or
describe rather than commit ("will become", "is expected to influence"), and the
verbs that start a second promise after "and" ("will publish X and launch Y").
"""

from __future__ import annotations

import re

# After a cue these forecast, describe or hedge: "the market will grow", "it will be".
NON_COMMITMENT_VERBS = frozenset(
    {
        "be", "become", "remain", "have", "seem", "appear", "mean", "depend", "influence",
        "affect", "need", "require", "face", "suffer", "lose", "like", "want", "hope", "wish",
        "grow", "rise", "fall", "decline", "drop", "happen", "occur", "result", "lead",
        "cost", "take", "come", "go", "get", "see", "feel", "look", "know", "think",
        "believe", "say", "tell", "ask", "keep", "stay", "last", "matter", "differ",
        "benefit", "welcome", "expect", "reflect", "contain", "include", "involve",
        "consist", "exist", "belong", "continue", "apply", "cover", "help", "allow",
        "enable", "mark", "signal", "pose", "not", "also", "only", "never", "then",
        "likely", "unlikely", "able", "all", "both", "each", "soon", "now", "further",
        "again", "still", "hold", "expand", "increase", "decrease", "change", "improve",
        "vary", "play", "join", "participate", "attend", "speak", "address", "visit",
        "travel", "enter", "run", "end", "start", "begin", "meet", "reconvene", "gather",
        "serve",
    }
)  # fmt: skip
# Some of those are commitments when an actor does them to an object: "the government
# will expand the scheme", "the Commission will start negotiations". They count only
# with a known or organisation subject and an object (see extract_actions).
TRANSITIVE_COMMITMENTS = frozenset(
    {
        "expand", "increase", "improve", "hold", "continue", "help", "start", "begin",
        "take", "lead", "apply", "include", "cover", "keep", "address", "run", "visit",
        "host", "join", "decrease", "change", "welcome",
    }
)  # fmt: skip
# What a document or a plan says rather than does: "The strategy will set out…", "The
# principles will guide designers". Never the work of an instrument (`INSTRUMENT_RE`).
CONTENT_VERBS = frozenset(
    {
        "set out", "outline", "describe", "explain", "guide", "inform", "shape", "show",
        "detail", "summarise", "summarize", "list", "highlight", "focus", "cover", "include",
        "contain", "look", "aim", "reflect", "underpin", "complement",
    }
)  # fmt: skip
# Participles after "will be" that describe a state or an effect, not work to be done.
NON_COMMITMENT_PARTICIPLES = frozenset(
    {
        "affected", "impacted", "hit", "needed", "required", "seen", "based", "known",
        "considered", "expected", "welcomed", "delighted", "pleased", "exposed", "faced",
        "left", "gone", "born", "called", "named", "located", "composed", "determined",
        "involved", "interested", "concerned", "allowed", "able", "subject", "eligible",
        "replaced", "remembered", "tied", "linked", "shaped", "driven",
        "forced", "tested", "challenged", "limited", "enabled",
        "worth", "held", "paid",
    }
)  # fmt: skip
# Verbs that open a second promise after "and" without a cue of their own.
SECOND_PROMISE_VERBS = frozenset(
    {
        "publish", "launch", "present", "adopt", "propose", "establish", "set", "create",
        "develop", "deliver", "introduce", "review", "report", "consult", "issue", "release",
        "provide", "invest", "fund", "build", "make", "expand", "extend", "integrate",
        "roll", "take", "open", "start", "begin", "hold", "host", "convene", "submit",
        "finalise", "finalize", "implement", "sign", "support", "strengthen", "deploy",
        "double", "triple", "raise", "reduce", "cut", "phase", "ban", "train", "recruit",
        "hire", "update", "revise", "prepare", "allocate", "disburse", "mobilise", "mobilize",
        "announce", "appoint", "designate", "monitor", "evaluate", "assess", "work",
        "accelerate", "boost", "scale", "bring", "share", "explore", "pursue", "promote",
        "protect", "enhance", "ensure", "require", "seek", "negotiate", "conclude",
        "complete", "table", "put", "draw", "lay", "outline", "identify", "coordinate",
        "define", "improve", "increase", "lower", "remove", "simplify",
        "streamline", "modernise", "modernize", "upgrade", "replace", "tighten", "align",
        "carry", "unleash", "offer", "collect", "use", "spend", "bolster", "target",
        "devote", "dedicate", "earmark", "channel", "produce", "deepen", "advance",
        "construct", "maintain", "sustain", "diversify", "suspend", "inform", "notify",
        # works and money: "will seal 40 km of roads", "will co-finance the project"
        "finance", "co-finance", "cofinance", "seal", "dredge", "resurface",
        "rebuild", "widen", "refurbish", "renovate", "rehabilitate",  # not "repair", "pilot": nouns too
    }
)  # fmt: skip

# Verbs of terms of reference and mandates: what a taskforce or a minister is given to
# do ("Advise the Minister on…", "Oversee the pilot", "Liaise with industry").
TASK_VERBS = frozenset(
    {
        "advise", "oversee", "liaise", "recommend", "investigate", "inquire", "study",
        "analyse", "analyze", "audit", "inspect", "scrutinise", "scrutinize", "supervise",
        "facilitate", "conduct", "undertake", "engage", "champion", "draft", "design",
        "formulate", "compile", "pilot", "trial", "harmonise", "harmonize", "enforce",
        "regulate", "license", "certify", "register", "lead", "chair", "gather", "listen",
        "consider", "examine", "assess", "review", "report", "consult", "develop", "deliver",
    }
)  # fmt: skip

# Those of them that are never nouns, so that ", oversee the review" after a first task
# starts a second one (", draft conclusions showed" does not).
SECOND_TASK_VERBS = frozenset(
    {
        "advise", "oversee", "liaise", "recommend", "investigate", "inquire", "analyse",
        "analyze", "scrutinise", "scrutinize", "supervise", "facilitate", "conduct",
        "undertake", "engage", "formulate", "harmonise", "harmonize", "enforce", "examine",
        "assess",
    }
)  # fmt: skip

IRREGULAR_PARTICIPLES: dict[str, str] = {
    "made": "make", "set": "set", "held": "hold", "sent": "send", "begun": "begin",
    "built": "build", "put": "put", "laid": "lay", "drawn": "draw", "given": "give",
    "taken": "take", "brought": "bring", "run": "run", "sold": "sell", "paid": "pay",
    "spent": "spend", "led": "lead", "met": "meet", "kept": "keep", "undertaken": "undertake",
    "written": "write", "shown": "show", "chosen": "choose", "cut": "cut", "done": "do",
    "won": "win", "struck": "strike", "frozen": "freeze", "convened": "convene",
    "convening": "convene", "intervening": "intervene", "added": "add", "adding": "add",
    "used": "use", "using": "use",
}  # fmt: skip
# Word endings after which the base form takes a final "e": "making", "created", "reduced".
_E_ENDINGS = re.compile(
    r"(?:[aeiou][cgsvz]|at|it|ut|ot|id|ud|od|ad|ak|ok|uk|ur|ir|ar(?<=ar)|ov|iv|ev|dl|tl|bl|"
    r"gl|pl|fl|kl|cl|rg|rc|rs|ns|ps|ls|nc|rv|lv|in(?<![ai]in)|um|om|am|im|u|ul)$"
)
_DOUBLED = re.compile(r"([bdgmnprt])\1$")


def base_form(word: str) -> str:
    """The base form of a participle, a gerund or a third person: "published" → "publish",
    "making" → "make", "extends" → "extend". A heuristic for regular English verbs, checked
    against the verbs listed here ("exploring" → "explore", "monitoring" → "monitor")."""
    guess = _guess_base(word)
    if guess not in _KNOWN and guess + "e" in _KNOWN:
        return guess + "e"
    if guess.endswith("e") and guess not in _KNOWN and guess[:-1] in _KNOWN:
        return guess[:-1]
    return guess


def _guess_base(word: str) -> str:
    lower = word.lower()
    if lower in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[lower]
    for suffix in ("ing", "ed"):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)]
            if suffix == "ed" and stem.endswith("i"):
                return stem[:-1] + "y"  # "identified"
            if _DOUBLED.search(stem) and not stem.endswith(("ll", "ss")):
                return stem[:-1]  # "planned", "setting"
            if suffix == "ed" and lower.endswith("eed"):
                return lower[:-1]
            if _E_ENDINGS.search(stem) and not stem.endswith(("ain", "oin", "ein", "ead", "eed")):
                return stem + "e"
            return stem
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes", "zes")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return lower[:-1]
    return lower


_KNOWN = SECOND_PROMISE_VERBS | NON_COMMITMENT_VERBS | TRANSITIVE_COMMITMENTS | TASK_VERBS
