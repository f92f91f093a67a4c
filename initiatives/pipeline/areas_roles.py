"""An area word read by its role in the sentence rather than by the word alone.

Money carries the investment area when it is what the measure's actors decide, promise or
pay ("approved 420 million vatu for 30 shelters", "will pay for security at the sites",
"funded by a grant from Australia", "the R820 million upgrade"), not when it is a topic
of a report or an assessment ("guidance on the tax credit", "assess the cost of the
subsidy"), an investment recovered through a bill, a grant that permits ("grants the
petition"), a sum that is a gap or a loss ("a £9 billion black hole"), or one country's
investment in another that the text reports as a flow. Money
is also committed when public resources are steered to chosen work ("focus resources on
high-impact programmes") and when a scheme's cost is stated with who bears which share
("a financial implication of Rs 900 crore", "the federal share of $2 billion"). Rules carry regulation when they are made or proposed ("the proposed
data-access rule"), not when a motion edits a part of its own item ("amend Part 6 to
add …") or partners recognise each other's certificates, which is standardization. A
joint venture is co-production when partners form one to make something, not when a bank
takes a stake in any that may be formed. Any area asked about in a "whether" clause, or in
an agreement that failed, is not covered.

`areas_vocabulary` adds ROLE_TERMS to each area's meaning, ROLE_FRIENDS to its false
friends, and builds OPEN_QUESTION and FAILED around every area's terms.
"""

from __future__ import annotations

from initiatives.pipeline.money import MONEY

# Works that a sum is the size of: "the R820 million upgrade of the N2", "the £1.2 billion
# South Wales Metro programme", "the 18 million pa'anga project".
_WORKS = (
    r"(?:projects?|programmes?|programs?|upgrades?|expansions?|renovations?|refurbishments?|"
    r"retrofits?|rebuild|redevelopment|construction|works|scheme)"
)
# Those a duty binds: "operators", "landlords", "every employer".
_BOUND = (
    r"(?:companies|firms|businesses|platforms|providers|operators|employers|landlords|"
    r"manufacturers|retailers|lenders|banks|insurers|importers|exporters|developers|"
    r"suppliers|airlines|utilities|carriers|distributors|sellers|producers|owners|councils)"
)
_NOT_NAMED_BEFORE = "".join(
    rf"(?<!{word}\s)" for word in ("the", "these", "those", "both", "its", "their", "two", "three")
)
# Acts by which an actor decides or promises a sum: "approved", "will mobilize", "set aside".
_MONEY_ACT = (
    r"(?:approv|allocat|mobili[sz]|earmark|commit|pledg|budget|releas|secur|rais|unlock)\w*"
)

# A sum's hedge: "about", "more than", "up to".
_HEDGE = r"about|around|some|over|nearly|almost|up\s+to|more\s+than|at\s+least"
_ABOUT = rf"(?:(?:{_HEDGE}|approximately|roughly)\s+)?"

ROLE_TERMS: dict[str, tuple[str, ...]] = {
    "investment": (
        # A sum as the object of a decided or promised act, with what it is for: "has
        # approved 420 million vatu for 30 new evacuation centres", "will mobilize US$6
        # million from development partners for the programme".
        rf"{_MONEY_ACT}\s+(?:(?:{_HEDGE}|an?\s+(?:extra|additional|further)|another)\s+)?{MONEY}"
        r"(?:\s+\([^()]{1,30}\))?\s+(?:[\w-]+\s+){0,4}?(?:for|to|towards|in)\b",
        # A sum as the size of works: "the R820 million upgrade", "its £1.2 billion South
        # Wales Metro programme", "the 18 million pa'anga project will be funded".
        rf"{MONEY}\s+(?-i:(?:[A-Z][\w'’-]*\s+){{0,4}})"
        rf"(?:[a-z-]+\s+)?{_WORKS}\b",
        # A contract's sum: "a contract in the sum of $482 million".
        rf"contracts?\s+(?:in|for)\s+the\s+(?:sum|amount|value)\s+of\s+(?:[\w-]+\s+){{0,8}}?"
        rf"(?:\(\s*)?{MONEY}",
        # The works paid for by a named instrument: "will be funded by a grant from
        # Australia", "financed through a concessional loan".
        r"(?:funded|financed|paid\s+for|co-?funded|co-?financed)\s+(?:by|with|through|from|"
        r"under)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:grants?|loans?|credits?|"
        r"contributions?|budget|appropriations?)\b",
        # Paying for something, promised: "the council will pay for security at the sites".
        r"(?:will|would|shall|must|is\s+to|are\s+to|agreed\s+to|pledged\s+to|committed\s+to)\s+"
        r"(?:also\s+|jointly\s+|fully\s+)?pay\s+for\b",
        # Public money steered to chosen work: "the budget act will focus resources on
        # high-impact programmes", "redirect funds towards rural clinics". Not "focus on
        # natural resources": the money is the verb's object.
        r"(?:focus|direct|channel|steer|concentrat|realign|redirect|reallocat|re-?prioriti[sz]|"
        r"prioriti[sz])\w*\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:(?:public|budget(?:ary)?|"
        r"fiscal|scarce|limited|more|available|government)\s+)*(?:resources|funds|funding|"
        r"spending|budgets?)\s+(?:on|to|towards|into|for)\b",
        # What a scheme costs and who pays which part: "a financial implication of Rs 900
        # crore", "the federal share of $2.1 billion and the provinces' share of …".
        rf"financial\s+implications?\s+(?:of\s+)?{_ABOUT}{MONEY}",
        rf"(?:central|federal|state|national|provincial|government|public|union|donor|local|"
        rf"municipal|regional)\s+share\s+(?:of\s+)?{_ABOUT}{MONEY}",
        # Support carried on or widened: "a two-year extension of the rail subsidy".
        r"(?:extension|expansion|renewal|increase|top-up)\s+(?:of|to)\s+(?:the\s+|its\s+|"
        r"their\s+)?(?:[\w-]+\s+){0,2}?(?:subsid(?:y|ies)|grants?|funding)\b",
    ),
    "regulation": (
        # A rule put forward by a rule-maker: "the proposed data-access rule".
        r"(?:proposed|draft|interim)\s+(?:[\w-]+\s+){1,2}?rules?\b(?!\s+of\s+law)",
        # A duty laid on a class of parties, in the passive: "train operators will be
        # required to publish their figures", "landlords will be obliged to register". Not
        # on the firms of one deal, named before ("the two companies will be required to"):
        # that is a condition of the deal, not a rule.
        rf"{_NOT_NAMED_BEFORE}{_BOUND}\s+(?:[\w-]+\s+){{0,2}}?(?:will|would|shall|must|are\s+to)\s+(?:now\s+|also\s+|"
        r"soon\s+)?be\s+(?:legally\s+)?(?:required|obliged|obligated|compelled|mandated|"
        r"forced|banned|barred|prohibited)\s+(?:to|from)\s+[a-z]{3,}",
        # A rule enforced by a penalty: "imposed a fine of €2 million on an operator",
        # "fined the carrier for failing to report".
        # Only a fine laid, not powers to fine: "given powers to issue on-the-spot fines".
        r"(?:imposed|imposes|levied|levies)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:fines?|penalt(?:y|ies)|"
        r"administrative\s+sanctions?)\b",
        r"fined\s+(?:the\s+|a\s+|an\s+)?(?:[\w&.'’-]+\s+){1,4}?(?:for|over)\s+(?:failing|breach\w*|"
        r"violat\w+|not)\b",
        # What a bill would change in the rules: "a bill that would lift the limit on
        # sitting days", "legislation which will ban the sale of …".
        r"(?:bill|act|law|legislation|ordinance|decree)\s+(?:[\w'’-]+\s+){0,8}?(?:that|which)\s+"
        r"(?:would|will)\s+(?:also\s+)?(?:lift|ease|relax|tighten|allow|permit|ban|prohibit|"
        r"require|oblige|restrict|abolish|legali[sz]e|criminali[sz]e|decriminali[sz]e)\b",
    ),
    "supply-chain": (
        # Making more of what runs short, faster: "speed up the production of interceptors
        # and artillery ammunition", "ramp up output of insulin".
        r"(?:speed\w*\s+up|ramp\w*\s+up|scal\w+\s+up|accelerat\w+|step\w*\s+up)\s+(?:the\s+)?"
        r"(?:production|manufactur\w+|output)\s+of\s+(?:[\w-]+\s+){0,4}?(?:ammunition|munitions|"
        r"shells|interceptors|missiles|vaccines|medicines|drugs|insulin|antibiotics|chips|"
        r"semiconductors|batteries|fertili[sz]ers?|components|parts)\b",
    ),
}

ROLE_FRIENDS: dict[str, tuple[str, ...]] = {
    "investment": (
        # Money as the topic of a document or an assessment, not money given: "new guidance
        # on the clean energy tax credit", "Annual Report to the Legislature: Energy
        # Efficiency Utility Fund", "assess more fully the cost of the fertiliser subsidy".
        r"(?:guidance|guidelines|reports?|review|study|audit|evaluation|assessment|analysis|"
        r"explainer|FAQs?)\s+(?:[\w'’-]+\s+){0,3}?(?:on|of|about|into)\s+(?:the\s+|its\s+|"
        r"their\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?(?=\S*(?:invest|fund|financ|subsid|grant|"
        r"loan|credit|budget|Fund))[\w'’-]+",
        # A report's title line naming a fund: "Annual Report to the Legislature: Energy
        # Efficiency Utility Fund, 2026".
        r"reports?\s+to\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*):\s+(?:[\w'’-]+\s+){0,5}?Fund",
        r"(?:assess\w*|evaluat\w+|review\w*|stud(?:y|ies|ied|ying)|analy[sz]\w+|examin\w+|"
        r"audit\w*|estimat\w+|calculat\w+)\s+(?:more\s+fully\s+|fully\s+|carefully\s+)?"
        r"(?:the\s+)?(?:[\w-]+\s+)?(?:costs?|impacts?|effects?|effectiveness|value|size)\s+of\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:subsid(?:y|ies)|grants?|loans?|"
        r"investments?|funding|financing|spending|tax\s+credits?)",
        # What those served will pay is a price, not a commitment: "customers will pay for
        # the meters through their bills".
        r"(?:consumers|customers|households|taxpayers|users|passengers|patients|bill\s*payers|"
        r"residents|tenants|motorists|drivers|families|parents|students|travell?ers)\s+"
        r"(?:will|would|must|shall|are\s+to)\s+(?:also\s+|still\s+|have\s+to\s+)?pay\s+for",
        # A state of things welcomed, not money given: "welcomed that most members now
        # spend 2% of GDP on aid".
        r"welcom\w+\s+(?:the\s+fact\s+)?that\s+(?:[\w'’%-]+\s+){0,12}?(?:spend\w*|invest\w*|"
        r"fund\w*)(?:\s+(?:[\w.%-]+\s+){0,6}?(?:GDP|GNI))?",
        # A part others play, not money given: "farmers have a central role to play in
        # investing in rural economies".
        r"role\s+(?:to\s+play\s+)?in\s+(?:[\w-]+\s+){0,2}?invest\w*",
        # An investment already made and paid back through bills: "the part of the bill
        # that recovers the utility's investment and operating costs".
        r"recover(?:s|ed|ing|y\s+of)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"investments?(?:\s+and\s+(?:[\w-]+\s+)?costs)?",
        # A sum that is a gap or a loss, not money given: "an audit found a £9 billion black
        # hole in the accounts", "the €38 million shortfall", "a $2bn funding gap".
        rf"{MONEY}\s+(?:[\w-]+\s+){{0,2}}?(?:black\s+holes?|holes?|deficits?|shortfalls?|"
        r"(?:funding|financing|budget)\s+gaps?|overspends?|overruns?|losses|arrears)\b",
        # One country's investment in another, told as a flow the text reports rather than
        # money its actors commit: "the projects under this Qatari investment in Kenya".
        r"(?-i:[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+(?:direct\s+|private\s+|state\s+)?investments?\s+(?:in|into)\s+"
        r"(?-i:[A-Z][\w'’-]+)",
        # "Grant" that decides a request, not money: "grants in part the petition".
        r"grant(?:s|ed|ing)?\s+(?:in\s+(?:part|full|whole)\s+|partially\s+)?(?:the\s+|its\s+|"
        r"their\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:petitions?|requests?|motions?|"
        r"applications?|appeals?|complaints?|objections?|rehearing)\b",
    ),
    "regulation": (
        # A council's motion editing its own item: "That City Council amend Part 6 to add
        # …"; a part of a law is named with its law ("amend Part 6 of the Housing Act").
        r"amend(?:s|ed|ing)?\s+(?:the\s+)?(?-i:Part|Item|Recommendation|Motion|Clause)\s+[\w.-]+"
        r"(?!\s+of\b)",
        # Help for a firm to find buyers, listed with training and mentoring, is support,
        # not a trade rule: "training, mentorship, startup capital and market access".
        r"(?:mentor\w*|coaching|incubation|business\s+development)\b[^.;:]{0,60}?\bmarket\s+access",
        # Rents kept low as a term of the programme's own homes, not a cap laid on
        # landlords: "homes let at rents capped at a third of income".
        r"(?:let|rented|offered|leased|available)\s+at\s+(?:[\w-]+\s+)?rents?\s+capped",
        # Certificates or test results accepted across a border are a shared norm
        # (standardization), not a rule changed: "mutual recognition of health
        # certificates".
        r"(?:mutual|reciprocal)\s+recognition\s+(?:agreements?\s+)?(?:of|for|on)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:certificates?|certification|conformity\s+assessments?|"
        r"test(?:ing)?\s+results|inspections?|type[\s-]approvals?|standards|labels?)",
    ),
    "co-production": (
        # A joint venture hired to carry out works or services is a contractor, not partners
        # making something together: "the joint venture of two builders will deliver all
        # works north of the river".
        r"joint\s+ventures?\s+(?:[\w&.'’-]+\s+){0,8}?(?:will|would|is\s+to|are\s+to|to)\s+(?:also\s+)?"
        r"(?:deliver|carry\s+out|undertake|perform|provide|operate|run|manage|maintain)\s+"
        r"(?:the\s+|all\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:works|services|contracts?|construction|"
        r"maintenance|operations)\b",
        # A stake held in joint ventures that may be formed is ownership, not making
        # together: "will hold a majority stake in any joint ventures formed for rail".
        r"(?:stakes?|shares?|holdings?|interests?|equity)\s+in\s+(?:any|all|future|such)\s+"
        r"(?:future\s+|new\s+)?joint\s+ventures?",
    ),
}

# An area asked about, not covered: "a test of whether the Union can end its reliance on
# Russian fuels", "will decide whether to impose export controls".
OPEN_QUESTION = r"whether\s+(?:[\w'’-]+\s+){0,20}?"
# An agreement that failed covers nothing: "failed to reach agreement on fisheries
# subsidies", "could not agree on the funding".
FAILED = (
    r"(?:fail(?:s|ed|ing)?|(?:could|did|were|was)\s*(?:not|n['’]t)\s+(?:able\s+to\s+)?)\s*"
    r"(?:to\s+)?(?:reach|agree|strike|conclude|secure|adopt|pass|approve)\w*\s+"
    r"(?:(?:an?|the|any)\s+)?(?:agreement|deal|consensus|accord)?\s*(?:on|over|about)?\s*"
    r"(?:[\w-]+\s+){0,3}?"
)
# What was done in an earlier year is history the measure follows: "In 2025, Allies agreed
# to invest 5% of GDP", "Since 2019, the fund has given £6 million". Not "By 2030, …", a
# target.
EARLIER = (
    # the verb looked at, not taken, so that a term may start at it ("given $4 million")
    r"(?-i:In|Since)\s+(?:19|20)\d\d,?\s+(?:[\w'’-]+\s+){0,6}?(?:has\s+|have\s+|had\s+)?"
    r"(?=(?:agreed|decided|pledged|committed|approved|adopted|allocated|provided|spent|invested|"
    r"gave|given|launched|introduced|passed|signed|set\s+up|created)\b)"
    r"(?:[\w'’%.,$€£-]+\s+){0,10}?"
)
