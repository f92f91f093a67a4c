"""Regulation told by what a cabinet or a ministry does with a law, in the words of cabinet
decisions, press releases and wires rather than the word "regulation": a bill or an
ordinance approved or promulgated, a thing
that will be banned or made illegal, a duty lifted ("will no longer be required to"),
mandatory targets, a ceiling price, a rule-bound system overhauled ("overhaul the planning
system"), and the agencies at the border brought to work as one.

Not regulation, whatever the verb: a law on the state's own organs (its parliament, its
members, its judges, its voting age) or one that founds a single institution (a university, an
institute), and a budget or supply bill, which spends rather than binds.

`areas_vocabulary` adds LAW_TERMS to the regulation area's meaning and LAW_FRIENDS to its
false friends; the false friends of every area (a law already passed, a call on others,
a measure said not to do it) apply to these terms too.
"""

from __future__ import annotations

# What a law is called: "a controversial Bill", "the Seed Control and Regulatory Authority
# Ordinance", "draft laws"; not the "bills" a household pays.
_LAW = r"(?:bill|(?-i:Bills)|laws?|legislation|ordinances?|decrees?)"
# The words of a law's name, not a phrase that runs past it: "approved the plan as
# required by law" names no law approved.
_NAME_WORD = (
    r"(?!(?:by|under|with|in|as|to|for|from|per|within|through|at|on|that|which|if|than|"
    r"into|after|before)\b)[\w()'’-]+\s+"
)
# A body's own approval of a law, as a verb or a noun: "approved a Bill to counter fake
# news", "gave in-principle approval to the … Ordinance".
_APPROVED = (
    r"(?:approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying)|"
    r"approval\s+(?:to|of|for))\s+(?:the\s+|an?\s+|new\s+|its\s+|their\s+)?"
    r"(?:amended\s+|revised\s+|draft\s+)?"
)

LAW_TERMS: tuple[str, ...] = (
    # A law approved by its maker: "the cabinet approved a bill to curb …", "gave approval
    # to the Seed Control Ordinance", "cleared the draft law on …". The name may hold up to
    # six words before the law's noun.
    rf"{_APPROVED}(?:{_NAME_WORD}){{0,6}}?{_LAW}\b",
    # A law promulgated, which is making it: "approved the promulgation of the Seeds and
    # Other Laws (Amendment) Ordinance", "promulgated a decree on …". A law's name alone,
    # listed among papers to be tabled, is not yet a law made.
    rf"promulgat\w+\s+(?:of\s+)?(?:the\s+|an?\s+|its\s+|their\s+)?(?:{_NAME_WORD}){{0,8}}?"
    r"(?:ordinances?|decrees?|laws?|acts?|regulations|rules|orders?|codes?)\b",
    # A thing that will be banned: "single-use vapes will be banned from June", "ninja
    # swords are to be prohibited"; not "redistribution is prohibited", a site's notice,
    # nor "campaigners want vapes to be banned", a wish.
    r"(?:will|shall|would|is\s+to|are\s+to)\s+(?:also\s+|now\s+|soon\s+|then\s+)?be\s+"
    r"(?:banned|prohibited|outlawed|made\s+(?:illegal|unlawful)|criminali[sz]ed)\b",
    r"(?:will|shall|would)\s+(?:also\s+|now\s+)?become\s+(?:illegal|unlawful)\b",
    # A duty lifted or a freedom withdrawn: "small firms will no longer be required to file
    # returns", "dealers will no longer be allowed to sell"; not "will no longer have to
    # pay", a charge waived.
    r"(?:will|shall|would)\s+no\s+longer\s+be\s+(?:required|obliged|obligated|compelled|"
    r"mandated|allowed|permitted)\s+to\s+[a-z]{2,}",
    # Targets that bind those they are set for: "introducing mandatory housing targets",
    # "compulsory recycling quotas".
    r"(?:mandatory|compulsory|statutory|legally\s+binding)\s+(?:[\w-]+\s+){0,2}?(?:targets|"
    r"quotas|limits|caps|ceilings)\b",
    # A price a seller may not exceed: "a moving ceiling price for consumer goods", "price
    # ceilings on rice", "maximum retail prices for medicines"; not a floor price a buyer
    # offers, which is a term of trade.
    r"ceiling\s+prices?|price\s+ceilings?|maximum\s+(?:retail\s+|selling\s+)?prices?\s+(?:for|on|of)\b",
    # A system that runs by rules, remade: "reforms to overhaul the planning system",
    # "modernise the licensing regime" (the rules themselves are in areas_vocabulary).
    r"(?:overhaul\w*|reform\w*|moderni[sz]\w*|streamlin\w+|simplif\w+|rewrit\w+)\s+(?:of\s+|to\s+)?"
    r"(?:the\s+|its\s+|their\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:planning|licen[cs]ing|"
    r"permitting|consenting|regulatory|inspection)\s+(?:system|regime|process)\b",
    # The agencies at the border brought to work as one: "the council will bring together
    # all ports, customs and immigration agencies", "coordinate the border agencies".
    r"(?:bring\w*|brought)\s+together\s+(?:all\s+)?(?:[\w-]+\s+){0,4}?(?:entities|agencies|"
    r"authorities|bodies|departments|regulators)\b[^.;]{0,100}?\b(?:customs|border\s+"
    r"(?:crossings|agencies|controls?|posts|authorities))\b",
    r"(?:coordinat\w+|integrat\w+|align\w*)\s+(?:of\s+|among\s+|between\s+)?(?:the\s+|all\s+)?"
    r"(?:[\w-]+\s+){0,2}?border\s+(?:agencies|authorities|controls?|management)\b",
)

# A law about the state's own organs, which binds no one it governs: "introduce a Bill to
# prevent MPs from switching parties", "a bill to lower the voting age", "a bill to let
# retired judges sit part-time". A law that founds
# one institution: "approved the bill regarding the establishment of the Institute of
# Applied Arts". A budget or supply bill, which pays rather than binds.
_LAW_OPENING = (
    r"(?:(?:introduc\w+|tabl\w+|pass\w*|approv\w+|endors\w+|clear\w*|draft\w*|"
    r"approval\s+(?:to|of|for))\s+(?:of\s+)?)?(?:the\s+|an?\s+|its\s+|their\s+)?"
    r"(?:[\w()'’-]+\s+){0,3}?"
)
LAW_FRIENDS: tuple[str, ...] = (
    rf"{_LAW_OPENING}{_LAW}\s+(?:to\s+|that\s+would\s+|which\s+would\s+|on\s+|regarding\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:MPs|lawmakers|legislators|parliamentarians|members\s+of\s+"
    r"parliament|(?:the\s+)?voting\s+age|party[\s-]hopping|defections?|judges|(?:the\s+)?"
    r"judiciary|(?:the\s+)?term\s+of\s+"
    r"(?:the\s+)?(?:prime\s+minister|president|office))\b",
    rf"{_LAW_OPENING}{_LAW}\s+(?:regarding|on|for|to\s+(?:establish|set\s+up|create|found)|"
    r"establishing|setting\s+up|creating|founding)\s+(?:the\s+)?(?:establishment\s+of\s+)?"
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:institutes?|universit(?:y|ies)|colleges?|"
    r"academ(?:y|ies)|schools?|museums?|hospitals?|librar(?:y|ies)|campus(?:es)?)\b",
    rf"{_LAW_OPENING}(?:budget|appropriations?|supply|spending|money)\s+{_LAW}",
)
