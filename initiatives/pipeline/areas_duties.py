"""Regulation told by the duty a measure lays, in the plain words of regulators, councils
and ministries rather than the word "regulation": a body that will require a party to do
something or fit something, a named instrument amended ("amendments to Form PF", "the
Waste By-law"), rules adopted in an updated or revised form, a sector's code drafted or
enforced, binding undertakings accepted from firms, compliance with amendments, and a deal
struck on a law.

`areas_vocabulary` adds these terms to the regulation area's meaning; its false friends (a
measure said not to do it, a call on others, background) apply to them as to every term.
"""

from __future__ import annotations

# Who is told what to do, and how: "require phone carriers to block spoofed calls",
# "require new cockpit recorders on all airliners".
# Not a thing one needs: "applicants will require a passport to travel".
_REQUIRED = (
    r"(?!(?:a|an|more|some|much|little|time|money|funding)\b)(?:all\s+|every\s+|large\s+|new\s+)?(?:[\w'’-]+\s+){0,3}?(?:to\s+[a-z]{3,}|"
    r"(?:on|in|for)\s+(?:all|every|each|new)\b|"
    # the party told by what it does: "require producers who sell clothing in the EU to pay"
    r"(?:who|that)\s+(?:[\w'’-]+\s+){1,6}?to\s+[a-z]{3,})"
)
# Instruments a rule-maker amends by name: "Form PF", "Rule 15c3-3", "the Waste By-law".
_NAMED_INSTRUMENT = (
    r"(?:(?-i:Form|Rule|Regulation|Schedule|Part|Section|Article|Annex|Order)\s+[\w.-]+|"
    r"(?:[\w'’-]+\s+){0,4}?(?:by-?laws?|bylaws?|ordinances?|statutes?|codes?|acts?|regulations))"
)

DUTY_TERMS: dict[str, tuple[str, ...]] = {
    "regulation": (
        # A body that will require others to act: "voted to require carriers to block",
        # "is set to require new recorders on all airliners", "will require every landlord
        # to register".
        rf"(?:to|will|would|shall|must)\s+(?:also\s+|now\s+|soon\s+)?require\s+{_REQUIRED}",
        # An instrument amended by name: "adopted amendments to Form PF", "amendments to
        # the Waste Management By-law", "amend Rule 17a-4".
        rf"(?:amend(?:s|ed|ing)?|amendments?\s+to)\s+(?:the\s+|its\s+)?{_NAMED_INSTRUMENT}\b",
        # Rules made again in a new form: "adopt updated radiation protection regulations",
        # "issued revised licensing rules".
        r"(?:adopt\w*|issu\w+|introduc\w+|approv\w+|publish\w*|make|made|enact\w*)\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:updated|revised|amended|modern(?:ised|ized)|"
        r"harmoni[sz]ed|consolidated)\s+(?:[\w-]+\s+){0,3}?(?:regulations|rules|by-?laws|codes?|"
        r"requirements|legislation)\b",
        # A sector's code of duties: "the draft sector code for telecommunications", "the
        # authority will enforce the code", "a mandatory industry code".
        r"(?:sector|industry|mandatory|statutory|enforceable|regulatory)\s+"
        r"(?:(?:sector|industry)\s+)?codes?\b(?!\s+(?:word|name|number))",
        r"enforc\w+\s+(?:the|this|its|their|a|an|new)\s+(?:[\w-]+\s+){0,2}?codes?\b",
        # Remedies accepted from firms: "accepted formal undertakings from two platforms".
        r"accept\w*\s+(?:formal\s+|legally[\s-]binding\s+|binding\s+)?(?:undertakings|"
        r"commitments)\s+(?:from|offered\s+by)",
        # "Compliance with the amendments is required by June".
        r"compliance\s+with\s+(?:the\s+|these\s+|its\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:amendments|rules|regulations|requirements|code|by-?law)\b",
        # A deal struck on a law: "a provisional deal on the soil monitoring law".
        r"(?:deal|agreement|compromise)\s+on\s+(?:the\s+|a\s+|new\s+)?(?:[\w-]+\s+){0,4}?"
        r"(?:law|legislation|bill|directive|regulation|rules)\b",
    ),
}
