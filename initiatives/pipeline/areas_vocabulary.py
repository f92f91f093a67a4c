"""What each cooperation area means, in the words of governments and international bodies
in any policy field, beyond the defence wording of the gazetteer's term lists.

The five areas are those of migration 0002: co-production (joint manufacturing, licensed
production, joint ventures), supply chain (security of supply of components, materials
and parts), standardization (common standards, certification, interoperability),
investment (funding, loans, guarantees, investment) and regulation (regulatory
coordination: export control, technology transfer, procurement rules, market access).

FALSE_FRIENDS hold the contexts in which a term does not carry its area: a term found
only inside one of them links nothing.
"""

from __future__ import annotations

import re

from initiatives.pipeline.areas_common_norms import NORM_TERMS
from initiatives.pipeline.areas_duties import DUTY_TERMS
from initiatives.pipeline.areas_instruments import INSTRUMENT_TERMS
from initiatives.pipeline.areas_lawmaking import LAW_FRIENDS, LAW_TERMS
from initiatives.pipeline.areas_roles import (
    EARLIER,
    FAILED,
    OPEN_QUESTION,
    ROLE_FRIENDS,
    ROLE_TERMS,
)
from initiatives.pipeline.areas_supply_partners import SUPPLY_PARTNER_TERMS
from initiatives.pipeline.gazetteer import AREA_TERMS
from initiatives.pipeline.literal_gate import (
    Branches,
    Gated,
    any_branch_matches,
    branches_of,
    gate_for,
    may_match,
)
from initiatives.pipeline.money import MONEY

_FUND_NOUN = r"(?:fund|facility|instrument|scheme|envelope)"
# A "package" is money only when it says so: a "climate package" of laws is not a fund.
_MONEY_PACKAGE = (
    r"(?:investment|recovery|support|stimulus|aid|rescue|bail-?out|funding|loan|grant|"
    r"guarantee|spending|infrastructure|financial|fiscal|relief)\s+packages?"
)
# What a sum is for when it is a commitment: funding, spending, lending, paying out.
_MONEY_PURPOSE = (
    # "a €900 million assembly plant", "a A$400 million fuel reserve": the sum is the
    # thing built (not "$20 billion of its reserves", sold)
    # "a $310 million housing bond": the sum borrowed to pay for the work
    r"(?=\s+(?!of\b)(?:[\w-]+\s+){0,2}?(?:plants?|factor(?:y|ies)|reserves?|stockpiles?)\b|"
    r"\s+(?!of\b)(?:[\w-]+\s+){0,3}?bonds?\b(?!\s+(?:yields?|markets?|prices?|holders?))|"
    r"[^.;\n]{0,80}\b(?:fund|financ|loan|lend|grant|invest|budget|support|allocat|mobilis|"
    r"mobiliz|package|scheme|spend|boost|back|subsid|aid|assist|relief|paid|pay|go\s+to|goes\s+to|"
    r"devot|earmark|compensat|build|construct|"
    # "NOK 5 billion for a new fuel reserve", "$2 billion to expand the assembly plant"
    r"(?:for|to\s+(?:expand|stock|fill|equip|upgrade))\s+(?:[\w-]+\s+){0,3}?(?:plants?|"
    r"factor(?:y|ies)|reserves?|stockpiles?)\b|"
    # "$500 million for grid resilience projects": a sum given to named work
    r"for\s+(?:[\w-]+\s+){0,3}?(?:projects|programmes|programs|schemes|research|repairs)\b))"
)

# Rules made, not only rules changed: a measure that bans, caps, requires or legislates
# regulates, whatever its field ("a ban on single-use vapes", "a cap on rent rises", "new
# obligations on platforms", "will introduce legislation", "a free trade area"). An EU
# act called "a regulation" is not enough on its own: the gazetteer sets that aside.
_RULE_NOUN = (
    r"(?:rules|regulations|legislation|laws?|bills?|requirements|obligations|restrictions|"
    r"curbs|mandates?(?!\s+letters?)|licen[cs]e\s+conditions|licen[cs]ing\s+conditions|codes?\s+of\s+practice)"
)
_BOUND_PARTY = (
    r"(?:companies|firms|businesses|platforms|providers|operators|employers|landlords|"
    r"manufacturers|retailers|lenders|banks|insurers|importers|exporters|developers|"
    r"suppliers|airlines|utilities)"
)
RULE_MAKING_TERMS: tuple[str, ...] = (
    # "ban single-use plastics", "a ban on", "banned the export of", "prohibits the sale".
    r"(?:ban(?:s|ned|ning)?|prohibit(?:s|ed|ing|ions?)?)\s+(?:on\s+)?(?:the\s+|all\s+|any\s+|"
    r"new\s+)?(?:[\w-]+\s+){0,3}?(?:sales?|use|imports?|exports?|production|advertising|"
    r"investments?|[\w-]+s)\b",
    r"embargo(?:es)?",
    r"(?:price|rent|fee|interest[\s-]rate|emissions?)\s+caps?|caps?\s+on\s+(?:[\w-]+\s+){0,2}"
    r"(?:prices|rents|rent\s+rises|fees|charges|bonuses|emissions)",
    r"(?:new|stricter|tougher|tighter|binding|mandatory|legally\s+binding)\s+(?:[\w-]+\s+){0,2}?"
    + _RULE_NOUN,
    r"(?:introduc\w+|tabl\w+|enact\w*|pass(?:es|ed|ing)?|draft\w*|bring(?:s|ing)?\s+(?:in|forward)|"
    r"brought\s+(?:in|forward)|put\w*\s+in\s+place|tighten\w*|strengthen\w*)\s+"
    # "table an amended Public Finance Management Bill"
    r"(?:the\s+|an?\s+|new\s+|its\s+|their\s+)?(?:amended\s+|revised\s+)?(?:[\w-]+\s+){0,3}?"
    + _RULE_NOUN,
    r"(?:requir\w+|obligat\w+|forc\w+|compel\w*)\s+(?:all\s+|large\s+|new\s+)?(?:[\w-]+\s+)?"
    + _BOUND_PARTY
    + r"\s+to",
    r"(?:obligations|requirements|duties|rules)\s+(?:on|for)\s+(?:all\s+|large\s+|online\s+)?"
    r"(?:[\w-]+\s+)?" + _BOUND_PARTY,
    r"(?:immigration|migration|asylum|labou?r|employment|planning|competition|tax|"
    r"data\s+protection|privacy|copyright|consumer\s+protection|tenancy|rental)\s+"
    r"(?:laws?|legislation|rules|regulations|regime)",
    r"minimum\s+wages?",
    r"free[\s-]trade\s+(?:area|agreements?|zones?|deals?|pacts?)",
    r"market\s+access",
    r"restrictive\s+measures",
    r"sanctions?\s+(?:regimes?|packages?|on|against)",
    # A regulator's rulemaking: "finalized its good-neighbor rule", "a proposed rule and
    # a direct final rule", "sets limits on air pollution", "enforceable emissions rules".
    r"(?:proposed|final|interim\s+final|direct\s+final)\s+rules?",
    r"rule-?making",
    r"(?:finali[sz]\w*|issu\w+|propos\w+|publish\w*|adopt\w*|unveil\w*)\s+(?:its|the|a|an|"
    r"their|new)\s+(?:[\w-]+\s+){0,3}?rule\b(?!\s+of\s+law)",
    r"(?:set\w*|impos\w+|introduc\w+|tighten\w*|lower\w*)\s+(?:[\w-]+\s+){0,2}?limits\s+on",
    r"(?:emissions?|effluent|pollution|pollutant|discharge|exposure|noise)\s+(?:limits|"
    r"limitations|limit\s+values|standards|rules)",
    r"enforceable\s+(?:[\w-]+\s+){0,3}?(?:rules|standards|limits|requirements|obligations|"
    r"targets)",
    r"binding\s+(?:[\w-]+\s+){0,3}?(?:measures|targets|limits|caps|commitments)",
    # Legislation proposed, changed or withdrawn: "withdraw two legislative proposals".
    r"legislative\s+(?:proposals?|initiatives?|acts?|packages?|amendments?|changes|reforms?)",
    # A duty laid on everyone in a field: "all sectors should use ten percent less water".
    r"all\s+(?:sectors|users|companies|firms|households|businesses|industries|operators|"
    r"producers|consumers)\s+(?:should|must|shall|will\s+have\s+to|are\s+required\s+to|"
    r"will\s+be\s+required\s+to)\s+(?:use|cut|reduce|consume|emit|lower|save|report|"
    r"disclose|register)",
    # What a law does: "The law regulates", "the act obliges", "this bill bans".
    r"(?:the|this|that|a|new)\s+(?:[\w-]+\s+){0,2}?(?:law|act|bill|ordinance|regulation)\s+"
    r"(?:regulates|requires|obliges|bans|prohibits|stipulates|mandates|compels|forbids)",
    # Caps written as a verb: "Rent increases will be capped at 3.5%".
    r"(?:rents?|rent\s+(?:increases|rises)|prices?|price\s+(?:increases|rises)|fees|charges|"
    r"tariffs|bonuses|bills|increases)\s+(?:will\s+be\s+|would\s+be\s+|are\s+|were\s+|"
    r"to\s+be\s+|being\s+)?(?:capped|frozen)",
)
# Rules applied and enforced: compliance, market oversight, competition remedies.
RULE_ENFORCING_TERMS: tuple[str, ...] = (
    r"compl(?:y|ies|ying)\s+with\s+(?:the\s+|existing\s+|new\s+|its\s+)*(?:[\w-]+\s+){0,3}?"
    r"(?:rules|regulations|requirements|limits|limitations|guidelines|standards|laws?)",
    r"compliance\s+(?:deadlines?|extensions?|dates?|obligations|requirements|costs|regimes?)",
    # Not "heavy-handed regulations": a complaint about rules is not a measure.
    r"(?:federal|environmental|financial|banking|safety|agency)\s+regulations?",
    # Overseeing a market: "the regulation of financial markets", "regulating those areas
    # of the financial markets", "financial supervision".
    r"regulat(?:e|es|ed|ing)\s+(?:the\s+|those\s+|these\s+|all\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:markets?|sectors?|industry|industries|banks|platforms|prices|activities|products|"
    r"providers|lenders|intermediaries|agencies|institutions|firms|companies|services)",
    r"regulation\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:markets?|sectors?|"
    r"industry|industries|banks|platforms|prices|activities|products|providers|lenders|"
    r"agencies|institutions|firms|companies|services)",
    r"(?:financial|banking|prudential|market)\s+(?:regulation|supervision|oversight)",
    # Competition enforcement: "reviewing three merger remedies", "a market investigation
    # order", "antitrust rules".
    r"merger\s+(?:remed(?:y|ies)|control|undertakings|reviews?|rules|regulation)",
    r"market\s+investigations?",
    r"anti-?trust\s+(?:laws?|rules|regulations?|remed(?:y|ies)|regimes?|enforcement)",
    r"competition\s+(?:law|enforcement|regulators?|authorit(?:y|ies)|remed(?:y|ies))",
)


AREA_EXTRA_TERMS: dict[str, tuple[str, ...]] = {
    "co-production": (
        r"co-?develop(?:ment|s|ed|ing)?\s+and\s+co-?produc\w*",
        r"joint\s+(?:development\s+and\s+)?(?:production|manufacturing)\s+lines?",
        r"technology\s+transfer\s+(?:to|with)\s+(?:local|domestic|\w+n)\s+(?:firms|industry|"
        r"companies|manufacturers)",
        # "will assemble 250 tractors a year at our plant under licence from …"
        r"(?:produc|manufactur|assembl|build|built|mak|made)\w*\s+(?:[\w-]+\s+){0,8}?"
        r"(?:in\s+[A-Z][\w-]+\s+)?under\s+licen[cs]e",
        # "The units are to be built with Japanese and Taiwanese partners".
        r"(?:built|produced|manufactured|assembled|made)\s+(?:jointly\s+)?with\s+"
        r"(?:[\w-]+\s+){0,4}?partners?\b",
        r"local\s+(?:assembly|production)\s+(?:of|by)\s+(?:\w+\s+){0,3}(?:partner|foreign)",
        r"co-?manufactur\w*",
        r"joint(?:ly)?\s+(?:develop(?:ment)?|design)\s+and\s+(?:production|produce|manufactur\w*)",
        r"(?:production|manufacturing)\s+partnerships?\s+(?:with|between)",
        r"(?:manufactur|produc|build|assembl)\w*\s+(?:[\w-]+\s+){0,3}together",
        # Making told with the partner it is made with: "manufacture of the launch vehicle
        # in collaboration with the private sector", "assembled jointly with".
        # Not "a study of production costs was written in collaboration with …": the making
        # itself is done with the partner.
        r"(?:manufactur\w*|assembl\w*|fabricat\w*|co-?produc\w*|production\s+of)\s+"
        r"(?:(?!(?:is|are|was|were|be|been|being|has|have|had)\b)[\w()'’-]+\s+){0,6}?"
        r"(?:in\s+(?:collaboration|partnership|cooperation|co-operation|"
        r"conjunction)|jointly|together)\s+with\b",
        # Work done together up to making it: "joint research, development and production
        # projects".
        r"joint\s+(?:[\w-]+,?\s+(?:and\s+)?){1,3}?(?:production|manufacturing)\b",
        # An agreement between partners to make something: "a four-year vaccine production
        # agreement between the government and a drug maker", "a manufacturing deal with".
        r"(?:production|manufacturing|co-?manufacturing)\s+(?:agreements?|deals?|contracts?|pacts?|"
        r"accords?)\s+(?:between|with)",
        # A partner taken on to make it: "partners a drug maker for a new vaccine production
        # company", "teamed up with Hanwha to produce howitzers".
        r"(?:partner(?:s|ed|ing)?|team(?:s|ed|ing)?\s+up)\s+(?:with\s+)?(?:[\w&.'’-]+\s+){1,4}?"
        r"(?:for|on|to)\s+(?:[\w-]+\s+){0,3}?(?:production|manufactur(?:e|ing)|produce|co-?produce)\b",
        # Know-how handed over so that the partner makes it at home: "the transfer of
        # technology for manufacturing eight vaccines", "technology transfer for local production".
        r"transfer(?:al|ring|red|s)?\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?technology\s+(?:for|to)\s+"
        r"(?:local\s+|domestic\s+)?(?:manufactur\w+|produc\w+)",
        r"technology\s+transfers?\s+(?:for|to\s+enable|towards)\s+(?:local\s+|domestic\s+)?"
        r"(?:manufactur\w+|produc\w+)",
    ),
    "supply-chain": (
        # Security of supply, in any field: "the security of energy supplies", "improve gas
        # supply security".
        r"security\s+of\s+(?:[\w-]+\s+){1,2}suppl(?:y|ies)",
        r"supply\s+security",
        r"critical\s+minerals?",
        # Critical materials won back, and components made at home rather than bought:
        # "recycling targets for lithium batteries", "a scheme to make solar cells at home".
        r"recycl\w*\s+(?:[\w-]+\s+){0,3}?(?:lithium|cobalt|nickel|rare[\s-]earths?|critical\s+"
        r"(?:raw\s+)?materials|(?:[\w-]+\s+)?batter(?:y|ies))\b",
        r"(?:produc|manufactur|assembl)\w*\s+(?:[\w-]+\s+){0,3}?(?:at\s+home|domestically|"
        r"onshore|in-country)\b",
        # "make" only with an input as its object: not "makes its money at home".
        r"(?:mak|build)\w*\s+(?:[\w-]+\s+){0,2}?(?:cells|chips|semiconductors|batteries|"
        r"components|parts|modules|panels|medicines|vaccines|drugs|ingredients|inputs|"
        r"fertili[sz]ers?|engines|turbines|magnets|wafers)\s+(?:at\s+home|domestically|onshore|"
        r"in-country)\b",
        r"(?:lithium|cobalt|nickel|graphite|manganese|gallium|germanium|tungsten|vanadium)\s+"
        r"(?:mines?|mining|projects?|supply|supplies|deposits?|refiner(?:y|ies)|processing)",
        r"rare[\s-]earths?(?:\s+elements)?",
        r"strategic\s+(?:raw\s+)?materials",
        r"overdependence",
        r"(?:reduce|reducing|cut|cutting|lower|lowering)\s+(?:our\s+|its\s+|their\s+)?"
        r"(?:strategic\s+)?dependenc(?:e|ies|y)",
        r"diversif(?:y|ying|ied|ication\s+of)\s+(?:\w+\s+){0,3}(?:supply|suppliers|sources|"
        r"imports|supplies|mining|processing)",
        r"resilien(?:t|ce)\s+(?:of\s+)?(?:\w+\s+)?(?:supply|supplies|value\s+chains?)",
        r"supply\s+resilience",
        r"stockpil(?:e|es|ed|ing)",
        r"strategic\s+(?:reserves|stocks)",
        r"(?:on|re|near|friend)-?shoring",
        r"value\s+chains?",
        r"(?:anticipat\w+|prevent\w*|avoid\w*|mitigat\w+)\s+(?:\w+\s+){0,2}shortages",
        r"market\s+concentration",
        r"processing\s+and\s+refining|refining\s+and\s+processing",
        r"(?:domestic|local|onshore|downstream|mineral)\s+(?:processing|refining)",
        r"(?:processing|refining)\s+(?:capacity|capabilit\w+|of\s+(?:critical\s+)?(?:minerals|"
        r"lithium|rare\s+earths|cobalt|nickel|graphite|copper))",
        r"supply\s+of\s+(?:green\s+)?(?:hydrogen|energy|gas|fertili[sz]ers?|inputs|"
        r"medicines|components|chips|semiconductors)",
        r"(?:reliable|secure|sustainable|stable)\s+(?:and\s+\w+\s+)?supply",
        r"imports?\s+of\s+(?:hydrogen|energy|fertili[sz]ers?|feed|inputs)",
        # Reliance on a source of supply ("overdependence on China", "dependency on
        # imports"), not on "large conglomerates", "certain industries" or "volunteers".
        r"(?:(?:over-?)?relian(?:ce|t)|(?:over)?dependen(?:ce|cy|cies|t))\s+on\s+"
        r"(?:(?:a|an|the|one|few|a\s+few|a\s+handful\s+of|"
        r"single|small\s+number\s+of)\s+)*(?:[\w-]+\s+){0,2}?(?:imports?|imported|foreign|"
        r"overseas|external|outside|suppl(?:y|ies|iers?)|sources?|producers?|countries|country|"
        r"China|Russia|Chinese|Russian|fossil\s+fuels|oil|gas|coal|energy|minerals|materials|"
        r"chips|semiconductors|components|inputs|medicines|fertili[sz]ers?|third\s+countries|"
        r"partners|vendors)\b",
        r"(?:single|sole|one)\s+(?:supplier|source|country\s+of\s+supply)",
        r"(?:bring\w*|brought|mov\w+|relocat\w+|repatriat\w+)\s+(?:[\w-]+\s+){0,3}production"
        r"(?:\s+(?:[\w-]+\s+){0,3}(?:back|home|onshore))?(?=[^.;]{0,40}\b(?:back|home|onshore|"
        r"to\s+(?:France|Europe|the\s+(?:UK|US|EU)|Japan|Canada|Australia)))",
        r"productive\s+(?:independence|sovereignty|capacity)",
        r"bottlenecks?\s+in\s+(?:the\s+)?(?:supply|production|delivery)",
        r"chokepoints?",
        r"supply\s+disruptions?|disruptions?\s+(?:to|of|in)\s+(?:the\s+)?(?:[\w-]+\s+)?suppl(?:y|ies)",
        r"(?:secure|securing|safeguard\w*|guarantee\w*)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
        r"suppl(?:y|ies)\s+of",
        r"de-?risk(?:ing)?\s+(?:of\s+)?(?:[\w-]+\s+){0,2}(?:supply|supplies|imports|value)",
        r"secur\w+\s+(?:reliable\s+)?(?:access\s+to|supplies\s+of)",
        r"shortages?\s+of\s+(?:[\w-]+\s+){0,2}(?:chips|semiconductors|medicines|components|"
        r"materials|minerals|inputs|parts|masks|vaccines|fertili[sz]ers?)",
        r"(?:mask|chip|semiconductor|medicine|component)\s+shortages?",
        # Relying less on others by making more at home: "achieving self-reliance in
        # edible oils", "rebuild the country's national capacity in vaccine production".
        # Not a person's or a refugee's self-reliance: a field's, or self-reliance in a good.
        r"(?:energy|food|agricultural|industrial|technological|strategic|defen[cs]e|economic|"
        r"national|mineral|pharmaceutical|medical)\s+self-?(?:relian(?:ce|t)|sufficien(?:cy|t))",
        r"self-?(?:relian(?:ce|t)|sufficien(?:cy|t))(?:\s+\([^()]{1,40}\))?\s+in\b",
        # Not "help partners develop their own capacity": capacity to make things.
        r"(?:boost\w*|increas\w+|expand\w*|rebuild\w*|strengthen\w*|build\w*|scal\w+\s+up|"
        r"ramp\w*\s+up|restor\w+|develop\w*|grow\w*)\s+(?:[\w'’-]+\s+){0,2}?(?:domestic|national|"
        r"local|sovereign|home-grown|onshore|own)\s+(?:[\w-]+\s+){0,2}?(?:production|"
        r"manufacturing|supply|output|(?:production|manufacturing|industrial)\s+capacit(?:y|ies)|"
        r"capacit(?:y|ies)\s+(?:in|for)\s+(?:[\w-]+\s+){0,2}?(?:production|[\w-]*manufacturing|"
        r"processing|refining))",
        r"access\s+to\s+(?:[\w-]+\s+){0,2}?(?:supplies|components|inputs|raw\s+materials|"
        r"spare\s+parts)",
    ),
    "standardization": (
        r"standards?-based",
        r"standard-setting",
        r"(?:technical|common|international|global|consensus|industry|open|AI|harmoni[sz]ed|"
        r"interoperable|quality|safety|product|data)\s+standards?",
        r"standards?\s+(?:development|bodies|organi[sz]ations)",
        r"(?:common|harmoni[sz]ed|shared|single)\s+(?:\w+\s+)?methodolog(?:y|ies)",
        r"traceability",
        r"conformity\s+assessment",
        r"(?:certif(?:y|ied|ying)|accredit(?:ation|ed))",
        r"labell?ing\s+(?:scheme|requirements|rules)",
        r"quality\s+infrastructure",
        r"(?:common|shared)\s+(?:definitions|criteria|metrics|indicators)",
        r"test(?:ing)?\s+methods?",
        r"technical\s+(?:specifications?|requirements|regulations|norms)",
        r"(?:align|harmoni[sz]\w*|common)\s+(?:the\s+)?(?:technical\s+)?(?:specifications?|"
        r"requirements\s+for\s+(?:products|devices|equipment))",
        r"metrology",
        r"mutually\s+recogni[sz]\w*",
        r"measurement\s+(?:standards|methods|science)",
        # "its post-quantum cryptography standard", "a common charging standard".
        r"(?:cryptograph\w*|encryption|cybersecurity|charging|connector|plug|interface|protocol|"
        r"telecommunications?|5G|wireless|accessibility|interoperability)\s+standards?",
        # "common cybersecurity performance standards", "minimum energy performance standards".
        r"(?:common|shared|harmoni[sz]ed)\s+(?:[\w-]+\s+){1,2}?standards?",
        r"performance\s+standards?",
        # Mutual recognition told in plain words: "so that a seed approved in one state can
        # be sold in all", "a device certified in one country may be used in the others".
        r"(?:approved|certified|authori[sz]ed|registered|licen[cs]ed|tested|accepted)\s+in\s+"
        r"(?:one|any)\s+(?:[\w-]+\s+){0,2}?(?:state|country|province|territory|nation|market|"
        r"jurisdiction)\s+(?:can|could|may|will|would|to)\s+(?:also\s+)?be\s+(?:[\w-]+\s+)?"
        r"(?:sold|marketed|used|accepted|recogni[sz]ed|traded|installed|registered|planted)\s+"
        r"(?:in|across|throughout)\s+(?:all|every|any|the\s+others?|other|each)\b",
        # A technical code shared across borders: "a common grid code", "harmonised network codes".
        r"(?:common|single|shared|harmoni[sz]ed|uniform)\s+(?:[\w-]+\s+)?(?:grid|network|"
        r"interconnection|technical|product|electrical)\s+codes?",
    ),
    "investment": (
        r"co-?invest(?:ment|ments|ing|ed)?",
        r"financing\s+instruments?",
        r"financial\s+(?:aid|support|assistance|instruments?|package)",
        r"funding\s+(?:assistance|support)",
        # The sum that pays for the work, after the verb: "cycle lanes funded by €48
        # million from the transport authority", "financed with a $2 billion loan".
        rf"(?:funded|financed|paid\s+for|bankrolled|underwritten|co-?funded|co-?financed)\s+"
        rf"(?:by|with|through|from|out\s+of)\s+(?:an?\s+|the\s+)?(?:(?:more\s+than|over|up\s+to|"
        rf"nearly|about|around|some|approximately|at\s+least)\s+)?{MONEY}",
        # A budget stated by its sum: "the budget for the project is R236 million".
        rf"budget\s+(?:for|of)\s+(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?"
        rf"(?:is|was|stands\s+at|totals|amounts\s+to)\s+(?:(?:about|around|some|over|nearly|"
        rf"almost|approximately|more\s+than)\s+)?{MONEY}",
        # Costs paid back and aid paid out: "will reimburse training costs", "will pay the
        # subsidy in instalments" (not "paid delay compensation": a passenger's right).
        r"(?:reimburs|refund)\w*\s+(?:[\w-]+\s+){0,3}?(?:costs?|expenses|fees)\b",
        # A task list's item that pays for something: "The ministry will: - fund cooling
        # systems in 500 care homes;".
        r"(?:(?<=\n)|(?<=\n[-•*]\s)|(?<=\n\d\.\s))(?:co-?)?(?:fund|finance|subsidi[sz]e)\s+[a-z]+",
        # Money on its way: "the first funds are set to flow in 2026", "half of the fund
        # will go to projects in deprived areas".
        r"(?:funds|money|payments|grants|financing)\s+(?:are\s+set\s+to|will|would|is\s+to|are\s+to|"
        r"to)\s+(?:start\s+to\s+|begin\s+to\s+)?flow",
        r"(?:half|a\s+third|a\s+quarter|\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|most|all|the\s+rest)\s+"
        r"of\s+the\s+(?:fund|budget|money|funding|grant)\s+(?:will|would|is\s+to|shall)\s+(?:go|be\s+"
        r"spent|be\s+used)\s+(?:to|on|for)",
        r"(?:pay|pays|paid|paying|payment\s+of)\s+(?:out\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:subsid(?:y|ies)|grants?|allowances?)\b",
        rf"(?:investment|infrastructure|development|innovation|green|climate|recovery|"
        rf"sovereign|wealth|guarantee|loan|grant|support|retrofit|decarboni[sz]ation)\s+"
        rf"{_FUND_NOUN}s?",
        r"(?:concessional|low-interest|soft|interest-free)\s+loans?",
        r"grants?\s+(?:of|scheme|programme|funding)",
        r"(?:loan|credit)\s+guarantees?",
        r"(?:venture|risk|growth|equity)\s+capital",
        r"(?:development|investment|infrastructure|national)\s+banks?",
        r"subsidi[sz]ed\s+(?:loans|credit)",
        rf"{MONEY}{_MONEY_PURPOSE}",
        r"subsidi[sz](?:e|es|ed|ing)\b",
        r"(?:spend|spending|raise\s+spending)\s+(?:\w+\s+){0,3}\d+(?:\.\d+)?\s?%\s+of\s+(?:GDP|"
        r"gross\s+domestic\s+product)",
        r"budget\s+(?:allocation|support|requests?)",
        # "the two governments will fund a joint research centre", "to co-fund 200 places".
        r"(?:will|would|shall|to|also|jointly)\s+(?:also\s+|jointly\s+)?(?:co-?)?fund\s+"
        r"(?:a|an|the|new|more|up|\d[\d,.]*)\b",
        # "the company must fund river projects", "the project will also fund school meals":
        # the verb of paying for something after a modal, with any object (not after "to",
        # which may be what others are asked to pay: "appealing for $2m to fund shelters").
        r"(?:will|would|shall|must|should|can|could|may|also|jointly)\s+"
        r"(?:(?:also|jointly|fully|partly|partially|directly|further|now)\s+){0,2}"
        r"(?:co-?)?(?:fund|finance|bankroll|underwrite)\s+"
        r"(?!(?:manager|managers|raising|ministers?|ministry|committee)\b)(?:[a-z]+|\d[\d,.]*)\b",
        # A lender's or a board's approval of projects by their sum: "approved two projects
        # totalling $260 million", "credits worth €400 million".
        rf"(?:projects?|loans?|credits?|grants?|operations?|financing|contracts?|orders?)\s+"
        rf"(?:totall?ing|worth|valued\s+at|amounting\s+to)\s+(?:(?:about|around|some|over|"
        rf"more\s+than|nearly|almost|up\s+to|approximately)\s+)?{MONEY}",
        # A contract's or an order's value: "the task order has a total value of $68 million".
        rf"(?:total|contract|combined|estimated|overall)\s+value\s+of\s+(?:(?:about|around|"
        rf"some|over|more\s+than|nearly|almost|up\s+to|approximately)\s+)?{MONEY}",
        # A share of the cost taken on: "committed to contribute 60 percent of the cost of
        # the equipment", "will cover half the costs", "pays a third of the bill".
        r"(?:contribut|cover|pay|meet|bear|financ|fund|shoulder|co-?financ)\w*\s+(?:up\s+to\s+|"
        r"about\s+|around\s+|at\s+least\s+)?(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|half|"
        r"(?:a|one|two)[\s-](?:third|quarter|fifth)s?|the\s+(?:full|entire|whole))\s+(?:of\s+)?"
        r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:costs?|funding|budget|financing|price|bill|"
        r"premiums?)\b",
        # "meet the NATO target of 2% of GDP": a spending target, named by its owner.
        r"(?:NATO|defen[cs]e|spending|investment|aid|ODA)\s+(?:[\w-]+\s+){0,2}?targets?\s+of\s+"
        r"\d+(?:\.\d+)?\s?%\s+of\s+(?:GDP|GNI|gross\s+(?:domestic|national)\s+(?:product|income))",
        # "provides $52 billion for clinics", "has earmarked €300m", "committing A$2 billion".
        rf"(?:provid|allocat|earmark|commit|pledg|award|grant|invest|contribut|disburs|"
        rf"channel|inject|set\s+aside|make\s+available|made\s+available|spend|lend|lent|"
        rf"backed\s+by|budget\s+of|give|gave|given)\w*\s+(?:of\s+)?(?:(?:more\s+than|over|up\s+to|nearly|"
        rf"almost|about|around|some|approximately|roughly|close\s+to|at\s+least|"
        rf"an?\s+(?:extra|additional|further)|another)\s+)?"
        rf"{MONEY}",
        r"assistance\s+measures?",
        r"tax\s+(?:credits?|incentives?|breaks?|reliefs?)",
        r"co-?financ\w+",
        r"blended\s+finance",
        r"mobili[sz]\w*\s+(?:\w+\s+){0,2}(?:capital|finance|funds|investment)",
        r"public-private\s+partnerships?",
        r"invest\w*\s+(?:at\s+least\s+)?\d+(?:\.\d+)?\s?%\s+of\s+(?:GDP|gross\s+domestic\s+product)",
        r"subsid(?:y|ies|ise|ize|ising|izing)\s+(?:programs?|programmes?|schemes?|for)\b",
        _MONEY_PACKAGE,
        # What a measure costs the budget: "an outlay of Rs 10,103 crore", "at a cost of
        # $4 billion", "an expenditure of over Rs 1 lakh crore".
        rf"(?:outlay|expenditure|spending|allocation|cost|price\s+tag|envelope)\s+of\s+"
        rf"(?:(?:over|about|around|nearly|almost|some|up\s+to|more\s+than|at\s+least)\s+)?"
        rf"{MONEY}",
        r"(?:financial|budgetary|total)\s+outlays?",
        # Support paid to people and firms: "eligible for a subsidy", "housing subsidies
        # will be increased", "the funds are targeted to the most vulnerable".
        r"(?:eligible\s+for|entitled\s+to|qualify\s+for|receive|get)\s+(?:a\s+|an\s+)?"
        r"(?:[\w-]+\s+)?(?:subsidy|subsidies|grant|allowance|rebate|bonus\s+payment)",
        r"(?:housing|fuel|energy|food|rent(?:al)?|child[\s-]?care|transport|farm|heating|"
        r"electricity|purchase|wage|hiring|employment|fertili[sz]er|interest)\s+subsid(?:y|ies)",
        r"subsid(?:y|ies)\s+(?:will\s+be|are\s+to\s+be|are\s+being|were|was)\s+"
        r"(?:increased|raised|extended|expanded|doubled|topped\s+up)",
        r"(?:the\s+)?funds?\s+(?:are|is|will\s+be|would\s+be)\s+(?:[\w-]+\s+)?"
        r"(?:targeted|directed|channell?ed|allocated|disbursed)\s+(?:to|at|towards|for)",
        r"(?:financed|funded|paid\s+for)\s+(?:by|from|through|out\s+of)\s+(?:the\s+)?"
        r"(?:state|federal|national|general|public|central)\s+(?:budget|purse|funds|treasury)",
        # "will provide Quebec with $900 million for housing".
        rf"provid\w*\s+(?:[\w'’-]+\s+){{1,3}}?with\s+(?:(?:more\s+than|over|up\s+to|nearly|about|"
        rf"around|some|at\s+least|an?\s+(?:extra|additional|further))\s+)?{MONEY}",
        # A fund named as the instrument: "under the Housing Accelerator Fund", "the Advanced
        # Fuels Fund"; not the bodies named so ("International Monetary Fund").
        r"(?-i:(?:[A-Z][\w'’-]+\s+){1,4}Fund)(?<!Monetary\sFund)(?<!Wildlife\sFund)"
        r"(?<!Children's\sFund)(?<!Population\sFund)(?<!Defense\sFund)(?<!Legal\sFund)",
        # Money paid to people and firms: "cash benefits", "direct payments to producers",
        # "per-acre payments", "one-off relief payments".
        r"cash benefits|cash transfers|cash grants|cash handouts|cash assistance|"
        r"cash payments?|cash support",
        r"(?:direct|relief|aid|assistance|compensation|per-acre|one-off|lump-sum|"
        r"bonus|top-up|emergency)\s+payments?",
        # Money paid out to a borrower or a programme: "approved the disbursement of", "total
        # disbursements under the arrangement".
        r"disburs(?:e|es|ed|ing|ements?)",
        # Money named by its purpose: "the climate finance agreement", "adaptation finance".
        # A named pot of finance agreed or pledged, not a topic on an agenda.
        r"(?:climate|adaptation|development|transition|concessional|green|infrastructure|"
        r"project|trade|export)\s+finance\s+(?:agreements?|deals?|goals?|targets?|pledges?|"
        r"commitments?|packages?|facilit(?:y|ies)|mechanisms?)",
        r"(?:provid|deliver|scal|tripl|doubl|increas|boost|rais)\w*\s+(?:up\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:climate|adaptation|development|concessional)\s+finance",
        # Money given without a sum: "significant additional resources have been allocated",
        # "the pledge to spend more on education", "increase spending on defence".
        r"(?:additional|extra|new|more|further|significant|substantial)\s+(?:[\w-]+\s+)?"
        r"(?:resources|funds|money|funding)\s+(?:(?:has|have|will|would|is|are|was|were)\s+)?"
        r"(?:(?:be|been|being)\s+)?(?:allocated|earmarked|committed|provided|set\s+aside|"
        r"made\s+available|channell?ed|directed)",
        r"spend(?:s|ing)?\s+more\s+(?:money\s+)?on",
        # A pot of money by its size: "a trust of at least $45 billion", "a facility worth
        # €2bn"; money steered to others: "channel their reserves to poorer countries".
        rf"(?:trust|fund|facility|pool|envelope|pot|programme|program|package|scheme)\s+"
        rf"(?:of|worth|totall?ing|valued\s+at)\s+(?:(?:at\s+least|up\s+to|about|around|some|"
        rf"over|more\s+than|nearly|almost)\s+)?{MONEY}",
        r"(?:channel|rechannel|steer|lend|on-?lend)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:reserves|funds|"
        r"resources|money|savings|capital)\s+(?:to|towards|into)\b",
        r"(?:increas\w*|rais\w*|boost\w*|doubl\w*|higher|more)\s+(?:public\s+|government\s+|"
        r"state\s+|federal\s+)?spending\s+on",
        # Help paid to households: "food cheques for the lowest incomes", "energy bill aid",
        # "a fuel discount", "heating vouchers".
        r"(?:food|energy|fuel|heating|shopping|meal|grocery|childcare|transport)\s+(?:cheques?|"
        r"checks?|vouchers?|stamps|discounts?|rebates?|allowances?|bonus(?:es)?)",
        r"(?:energy|electricity|power|gas|fuel|heating)\s+bills?\s+(?:aid|support|help|relief|"
        r"rebates?|discounts?|credits?|payments?)",
    ),
    "regulation": (
        r"regulatory\s+(?:reforms?|frameworks?|process(?:es)?|regimes?|barriers|burden|"
        r"approvals?|sandbox(?:es)?|certainty|environment|changes)",
        r"(?:policy|legal)\s+and\s+regulatory",
        r"(?:de|re)regulation",
        r"(?:streamlin\w+|simplif\w+|faster|speed\w*\s+up|accelerat\w+)\s+(?:the\s+)?"
        r"(?:\w+\s+){0,2}(?:permitting|permits|approvals?|licen[cs]ing)",
        r"permitting",
        r"simplification(?:\s+(?:agenda|package|omnibus))?",
        r"omnibus\s+(?:proposals?|packages?|simplification)",
        r"(?:international\s+)?health\s+regulations",
        r"(?:global\s+)?minimum\s+tax(?:\s+rules)?",
        r"(?:tax|trade|procurement|competition|state\s+aid|subsidy)\s+rules",
        r"(?:disciplines|prohibit\w*|eliminat\w+|phas\w+\s+out|curb\w*)\s+(?:on\s+)?"
        r"(?:[\w-]+\s+){0,5}subsidies",
        r"rules-based\s+(?:trading|trade|international)",
        # "a draft agreement on fisheries subsidies", "negotiations on farm subsidies".
        r"(?:agreement|negotiations?|talks|disciplines|deal|accord)\s+on\s+(?:[\w-]+\s+){0,2}"
        r"subsidies",
        r"(?:mutual|common)\s+recognition",
        r"public\s+procurement\s+(?:act|rules|directive|reform)",
        # A regulator writing about its own rules: "changes to its rulebook", "how it will
        # apply its rules to drone operators", "guidance on how firms must handle data".
        r"rulebooks?",
        r"(?:its|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:rules|regulations|licen[cs]e\s+"
        r"conditions|supervisory\s+(?:rules|requirements))\b",
        r"(?:guidance|guidelines)\s+(?:on|for)\s+how\s+(?:[\w'’-]+\s+){1,4}?(?:must|shall|are\s+"
        r"required\s+to)\b",
        r"(?:merger|supervisory|enforcement|prudential|conduct)\s+(?:guidelines|guidance|rules)",
        r"(?:lift\w*|remov\w+|reduc\w+|eliminat\w+|cut\w*|scrap\w*)\s+(?:[\w-]+\s+){0,3}(?:tariffs|"
        r"trade\s+barriers|non-tariff\s+barriers|barriers\s+to\s+trade)",
        r"open\w*\s+(?:up\s+)?(?:[\w-]+\s+){0,2}procurement\s+markets?",
        # "amends the planning rules", "amendments to the code"; not "the amending regulation".
        r"(?:amend(?:s|ed|ing)?|amendments?\s+to)\s+(?:the|its|their|existing|current|national)\s+"
        r"(?:[\w-]+\s+){0,3}(?:rules|regulations?|laws?|acts?|directives?|codes?)",
        r"(?:administrative|regulatory|reporting)\s+burdens?",
        r"(?:cut\w*|reduc\w+|slash\w*)\s+(?:[\w-]+\s+){0,2}(?:bureaucracy|paperwork)",
        r"(?:planning|licen[cs]ing|permitting)\s+(?:reforms?|rules|system\s+reforms?)",
        # "ease licensing requirements", "overhaul planning laws", "state aid rules will be
        # relaxed": rules changed, in either voice.
        r"(?:eas(?:e|es|ed|ing)|relax\w*|loosen\w*|overhaul\w*|rewrit\w+|moderni[sz]\w+|"
        r"streamlin\w+|simplif\w+|reform\w*)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:rules|regulations|laws|requirements|regimes?|legislation)",
        r"(?:rules|regulations|laws|requirements)\s+(?:on\s+)?(?:[\w-]+\s+){0,3}(?:will\s+be\s+|"
        r"are\s+being\s+|were\s+|to\s+be\s+)(?:relaxed|eased|simplified|loosened|overhauled|"
        r"streamlined|amended|rewritten)",
        r"mutually\s+recogni[sz]\w*",
        # Rules kept in force longer: "extending the period of application of three emergency
        # regulations", "prolong the rules until 2026".
        r"(?:extend\w*|prolong\w*)\s+(?:the\s+)?(?:[\w-]+\s+){0,7}?(?:regulations?|rules|"
        r"legislation|laws?)\b",
        # A legal text's articles changed: "agreed to delete article 10", "insert a new clause".
        r"(?:delet\w+|insert\w*|amend\w*|revis\w+|repeal\w*)\s+(?:the\s+|an?\s+)?(?:new\s+)?"
        r"(?:articles?|clauses?)\s+\d+",
        # Permits granted faster: "accelerating the permit-granting process".
        r"(?:streamlin\w+|simplif\w+|faster|speed\w*\s+up|accelerat\w+|shorten\w*)\s+(?:the\s+)?"
        r"(?:\w+\s+){0,2}permit(?:s|-granting)\b",
        # Zoning and land use: "jurisdictions that have reformed zoning", "exclusionary zoning
        # rules", "relax land-use restrictions".
        r"(?:zoning|land-use|land\s+use)\s+(?:rules|laws|codes|regulations|reforms?|"
        r"polic(?:y|ies)|restrictions|requirements)",
        r"(?:reform\w*|relax\w*|eas(?:e|es|ed|ing)|loosen\w*|overhaul\w*|liberali[sz]\w*)\s+"
        r"(?:[\w-]+\s+){0,2}(?:zoning|land-use|land\s+use)",
        # A law's duties undone or changed: "overturn the central provision of the heating
        # law", "water down the requirement", "repeal the rule".
        r"(?:overturn\w*|repeal\w*|revers\w+|scrap\w*|water\w*\s+down|weaken\w*|tighten\w*|"
        r"revis\w+|rewrit\w+)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:law|rules?|"
        r"regulations?|provisions?|requirements?|mandates?|legislation|obligations?|directive)\b",
        # A law's duty stated: "the law stipulates that all new heating systems must"; not
        # "a bill stipulating support measures", which pays rather than binds.
        r"(?:law|act|bill|legislation|regulation|rules?|decree|directive|ordinance)\s+"
        r"(?:stipulat\w+|provid(?:es|ed))\s+that\s+"
        r"(?:[\w'’-]+\s+){1,6}?(?:must|shall|will\s+have\s+to|(?:are|is|will\s+be|would\s+be)\s+"
        r"(?:required|obliged|prohibited|banned|not\s+allowed))\b",
        r"(?:law|act|bill|legislation|regulation|rules?|decree|directive|ordinance)\s+"
        r"(?:requir(?:es|ed|ing)|oblig(?:es|ed|ing)|mandat(?:es|ed|ing))\b",
        # A quota laid on a market: "a sustainable aviation fuel mandate, which will require
        # 10% of all jet fuel to come from", "a blending mandate", "will require 20% of".
        r"(?:blending|fuel|quota|sales|purchase|renewable|biofuel|SAF|ZEV|zero-emission(?:\s+vehicle)?)\s+"
        r"mandates?",
        r"mandates?,?\s+(?:which|that)\s+(?:will\s+|would\s+)?(?:require|oblige|force|compel)",
        # Trade opened or frozen: "a moratorium on customs duties on electronic
        # transmissions", "duty-free access for 96% of goods", "tariff cuts on wine".
        r"moratori(?:um|a)\s+on\s+(?:[\w-]+\s+){0,3}?(?:tariffs|duties|imports|exports|drilling|"
        r"mining|evictions|foreclosures|fishing|logging|licen[cs]es|permits|approvals|sales)\b",
        r"(?:duty-free|duty\s+free|tariff-free|tariff\s+free|quota-free|quota\s+free)\s+"
        r"(?:access|treatment|entry|imports|quotas?)",
        # A freeze set, kept or lifted; not a pause in debt payments, which is relief.
        r"(?:extend\w*|renew\w*|prolong\w*|impos\w+|introduc\w+|lift\w*)\s+(?:for\s+the\s+last\s+time\s+)?"
        r"(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?<!debt\s)(?<!payment\s)(?<!service\s)"
        r"(?<!repayment\s)moratori(?:um|a)\b",
        r"(?:tariff|customs\s+duty)\s+(?:cuts|reductions|exemptions|elimination|"
        r"concessions|preferences)",
        # Rules agreed between parties: "reached an agreement on the rules for a carbon market".
        r"(?:agree\w*|agreement|consensus|deal)\s+(?:on\s+|to\s+)?(?:the\s+)?(?:new\s+|common\s+|"
        r"global\s+|international\s+)?(?:rules|rulebook)\s+(?:for|on|of|governing)",
        # A law reformed, told as a noun: "an overhaul of the nation's renewable energy law",
        # "a reform of the labour code", "amendments to the act".
        r"(?:reform|overhaul|revision|rewrite|liberali[sz]ation|tightening|relaxation|"
        r"loosening|moderni[sz]ation|simplification|amendment)s?\s+(?:of|to)\s+(?:the\s+|its\s+|their\s+|"
        r"our\s+)?(?:[\w'’-]+\s+){0,4}?(?:law|laws|rules|regulations?|legislation|code|act|"
        r"regime|directive|framework)\b",
        # Rules on what people may buy or own: "rules on land acquisitions by foreigners",
        # "restrictions on foreign ownership", "curbs on property purchases".
        r"(?:rules|regulations|restrictions|limits|curbs|controls|screening)\s+(?:on|of|for)\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:acquisitions?|purchases?|ownership|takeovers?|sales?\s+to)\b",
        # A duty to ask or tell before acting: "introduce a permit system or a reporting
        # system", "a licensing regime", "a prior notification requirement".
        r"(?:permit|licen[cs]ing|licen[cs]e|reporting|registration|notification|screening|"
        r"approval|authori[sz]ation)\s+(?:system|regime|requirements?|obligations?|procedures?)",
        # Tax rules coordinated between countries: "harmful tax practices", "tax havens",
        # "base erosion and profit shifting", "anti-money laundering rules".
        r"harmful\s+tax\s+(?:practices|competition|regimes?)",
        r"tax\s+(?:havens?|avoidance|evasion|transparency|information\s+exchange|"
        r"co-?ordination|harmoni[sz]ation)",
        r"base\s+erosion",
        # Rules put to the public: "will consult on freshwater rules this year".
        r"consult\w*\s+on\s+(?:the\s+|its\s+|new\s+|draft\s+|proposed\s+)*(?:[\w-]+\s+){0,3}?"
        r"(?:rules|regulations|legislation|laws?|bills?|requirements|obligations|standards)\b",
        # Duties of a kind laid on a market: "mobile coverage obligations".
        # Limits set on what may be taken or sold: "sets total allowable catches and quotas",
        # "proposes an EU quota of 133 tonnes", "keeps the catch limit for sprat".
        r"(?:set\w*|fix\w*|propos\w+|adopt\w*|agree\w*|keep\w*|cut\w*|rais\w+|lower\w*|reduc\w+|"
        r"increas\w+|impos\w+|introduc\w+)\s+(?:the\s+|an?\s+|new\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:quotas?|catch\s+limits?|total\s+allowable\s+catch(?:es)?|fishing\s+opportunities)\b",
        # One set of permits, fees or procedures for many: "agreed to harmonise county
        # livestock movement permits", "introduce harmonised criteria for deciding when".
        r"harmoni[sz]\w*\s+(?:the\s+|their\s+|its\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:permits?|"
        r"licen[cs]es?|licensing|fees|levies|charges|procedures|criteria|rules|requirements|"
        r"regimes?|taxes|tariffs|inspections)\b",
        # National rules made to follow a common act: "bring their national rules into line
        # with it".
        r"bring\w*\s+(?:their|its|our|national|domestic)\s+(?:[\w-]+\s+){0,2}?(?:rules|laws|"
        r"legislation|regulations|codes)\s+into\s+line",
        r"(?:coverage|licen[cs]e|disclosure|reporting|transparency|service|universal\s+service)\s+"
        r"obligations",
        # Tariffs set on goods: "will impose a 25% tariff on Chinese steel".
        r"(?:impos\w+|introduc\w+|rais\w+|lift\w*|scrap\w*|levy\w*|slap\w*)\s+(?:a\s+|new\s+|"
        r"its\s+|the\s+)?(?:\d+(?:\.\d+)?\s?%\s+|higher\s+|additional\s+)?(?:tariffs?|duties|"
        r"levies|import\s+taxes)\s+on",
        r"customs\s+(?:cooperation|co-operation|procedures|formalities|union)",
        r"profit\s+shifting",
        r"anti-?money[\s-]laundering",
        *RULE_MAKING_TERMS,
        *RULE_ENFORCING_TERMS,
        # "The Council today formally adopted a regulation", "approved the directive".
        r"(?:adopt(?:s|ed|ing)?|approv(?:es|ed|ing))\s+(?:the\s+|a\s+|an\s+|its\s+|"
        r"new\s+)(?:[\w-]+\s+){0,2}?(?:regulation|directive)\b",
    ),
}

# Each area's instruments, named as such: duties cut, a buy-national rule, a regulator set up.
for _area, _terms in INSTRUMENT_TERMS.items():
    AREA_EXTRA_TERMS[_area] = (*AREA_EXTRA_TERMS.get(_area, ()), *_terms)
# And the duties a measure lays, in plain words: "will require carriers to block calls";
# the norms it makes shared: "a common claims form", "skills standards"; and supply and
# partners' production told by what is done: "release rice from state reserves".
for _area, _terms in (
    *DUTY_TERMS.items(),
    *NORM_TERMS.items(),
    *SUPPLY_PARTNER_TERMS.items(),
    *ROLE_TERMS.items(),
    # and the laws a cabinet approves, bans and duties lifted: "approved a bill to curb …"
    ("regulation", LAW_TERMS),
):
    AREA_EXTRA_TERMS[_area] = (*AREA_EXTRA_TERMS.get(_area, ()), *_terms)

FALSE_FRIENDS: dict[str, tuple[str, ...]] = {
    # Export controls that another country imposes or "weaponizes" are a threat named in
    # passing, not regulatory cooperation between the partners.
    "regulation": (
        r"weaponi[sz]\w*\s+(?:\w+\s+){0,3}export\s+(?:controls?|restrictions|curbs|bans)",
        r"(?:China|Beijing|Russia|Moscow)['’]?s?\s+(?:\w+\s+){0,2}export\s+(?:controls?|restrictions|curbs|bans)",
        r"export\s+(?:controls?|restrictions|curbs|bans)\s+(?:imposed\s+)?by\s+(?:China|Beijing|Russia|Moscow)",
        # Export curbs told as the harm they did: "export restrictions … have raised prices
        # for farmers", "export controls on key minerals have turned from a risk into a
        # reality".
        r"export\s+(?:controls?|restrictions|curbs|bans)\b[^.;]{0,80}?\b(?:have|has|had)\s+"
        r"(?:raised|hit|hurt|disrupted|turned|driven|pushed|caused|squeezed|choked|threatened)\b",
        # Trade by rules named as a value, not rules made: "the role of open and fair
        # rules-based trade", "the rules-based multilateral trading system".
        r"rules-based\s+(?:international\s+|multilateral\s+|global\s+)?(?:trade|trading\s+system|"
        r"order|system)",
        # A rule made earlier is background to the measure: "has already banned short flights".
        r"already\s+(?:ban(?:s|ned)?|prohibit(?:s|ed)?|introduced|passed|enacted|imposed|"
        r"approved|adopted)\s+"
        r"(?:[\w-]+\s+){0,4}[\w-]+",
        # What binds nobody: "non-binding targets", "voluntary, non-binding commitments".
        r"non-?binding\s+(?:[\w-]+\s+){0,3}?(?:measures|targets|limits|caps|commitments|rules)",
        # Rules not made: "has not yet adopted new rules", "never passed the bill".
        r"(?:not|never)\s+(?:yet\s+)?[\w-]+\s+(?:[\w-]+\s+){0,2}?" + _RULE_NOUN,
        r"(?:not|never)\s+(?:yet\s+)?[\w-]+\s+(?:[\w-]+\s+){0,2}?(?:regulation|directive)\b",
        # Aid cleared under the rules is the aid, not a change of rules: "has approved under
        # EU State aid rules a scheme", "are in line with EU State aid rules".
        r"(?:under|with|in\s+line\s+with|compatible\s+with|breach\s+of)\s+(?:the\s+)?"
        r"(?:EU\s+|European\s+)?state\s+aid\s+rules",
        # What an operator is paid for running a public service: "the compensation may exceed
        # the cost of the public service obligations".
        r"(?:cost|costs|compensation|compensat\w+)\s+(?:[\w-]+\s+){0,3}?(?:of|for)\s+(?:the\s+|its\s+|"
        r"their\s+)?public\s+service\s+obligations",
    ),
    # A job or a firm "in the supply chain" is where work goes, not security of supply; a
    # town's or a school's water supply is a service, not a critical input.
    "supply-chain": (
        r"(?:jobs?|workers|employment|apprentices(?:hips)?|businesses|firms|companies|"
        r"suppliers|contractors)\s+(?:[\w-]+\s+){0,4}?in\s+the\s+(?:[\w-]+\s+)?"
        r"(?:supply|value)\s+chains?",
        r"(?:another|a\s+further|\d[\d,]*)\s+(?:more\s+)?in\s+the\s+(?:[\w-]+\s+)?(?:supply|value)\s+"
        r"chains?",
        r"(?:[\w-]+\s+)?(?:drinking\s+)?water\s+suppl(?:y|ies)",
        # A harm or a cost counted along a supply chain is a footprint or a price, not the
        # security of supply: "zero net deforestation in supply chains", "forced labour in
        # their supply chains", "the costs of inputs in the supply chain".
        r"(?:deforestation|emissions|carbon|waste|plastics?|pollution|forced\s+labou?r|"
        r"child\s+labou?r|human\s+rights(?:\s+abuses)?|costs?|prices?|inputs)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:in|from|across|throughout|along)\s+(?:the\s+|its\s+|their\s+|"
        r"our\s+)?(?:[\w-]+\s+)?(?:supply|value)\s+chains?",
    ),
    # Labour, social or ethical standards a country promotes are not technical standards.
    "standardization": (
        r"(?:labou?r|environmental|social|ESG|governance|human\s+rights|ethical|living|"
        r"high(?:est)?|double|moral|professional)\s+standards?",
        r"standards?\s+of\s+living",
        # One thing said to meet a standard is no common standard made: "broadly consistent
        # with international standards", "once it has been certified", "fitted with a
        # certified filter".
        r"(?:consistent|compliant|in\s+line|in\s+accordance|in\s+conformity)\s+with\s+(?:the\s+)?"
        r"(?:[\w'’-]+\s+){0,3}?standards",
        r"(?:once|after|until|when|before)\s+(?:it|they|each|the\s+[\w-]+)\s+(?:is|are|has|have)\s+"
        r"(?:been\s+)?certified",
        r"(?:an?|the|with)\s+certified\s+(?:[\w-]+\s+)?(?:filters?|copies|copy|translations?|"
        r"cheques?|checks?|accountants?|seeds?|devices?|products?|equipment|parts?)",
        r"gold\s+standard",
        # Infrastructure of high quality is built, not a quality infrastructure of norms.
        r"high(?:er|est)?[\s-]quality\s+(?:[\w-]+\s+)?(?:infrastructure|standards?)",
        # Quality infrastructure that is built or financed (roads, ports, grids), not the
        # standards, testing and accreditation sense: "sustainable, resilient and quality
        # infrastructure", "quality infrastructure investment".
        r"(?:sustainable|resilient|reliable|inclusive|green|transparent|,|and)\s+quality\s+infrastructure",
        r"quality\s+infrastructure\s+(?:investments?|projects?|development|finance|financing|"
        r"in\s+developing|and\s+investment)",
        r"(?:financ\w+|invest\w*\s+in|build\w*|deliver\w*|fund\w*)\s+(?:[\w-]+\s+){0,3}?quality\s+"
        r"infrastructure",
        # Recognising each other's professionals is a rule on who may work, not a norm for
        # products: "mutual recognition of professional qualifications".
        r"mutual\s+recognition\s+(?:agreements?\s+)?(?:of|for|on)\s+(?:[\w-]+\s+)?"
        r"(?:qualifications|professional|professionals|services|diplomas|degrees|licen[cs]es|"
        r"skills|credentials|judgments|judgements|decisions)",
    ),
    # "Investment in our future" is a manner of speaking; so is investing time or effort.
    "investment": (
        r"invest(?:ment|ing|ed|s)?\s+in\s+(?:our|their|the)\s+(?:children['’]s\s+)?future",
        r"invest(?:ing|ed|s)?\s+(?:time|effort|energy|political\s+capital)",
        # An outcome the measure may allow, not a commitment to fund anything.
        r"(?:allow\w*|enabl\w+|lead\w*\s+to|pav\w+\s+the\s+way\s+for|result\w*\s+in)\s+(?:for\s+)?"
        r"(?:better|more|greater|increased|higher|new|further)\s+(?:[\w-]+\s+)?investments?"
        r"(?:\s+in\s+(?:[\w-]+\s+){0,3}[\w-]+)?",
        # Others' wish or need to invest, which the measure may meet: "the regulatory certainty
        # they need to invest in new technologies".
        # What the measure makes easier for others: "clearer tariffs will make it easier to
        # invest in the grid".
        r"mak(?:e|es|ing)\s+it\s+(?:easier|cheaper|simpler|more\s+attractive|less\s+risky)\s+"
        r"(?:for\s+(?:[\w-]+\s+){1,3})?to\s+invest\w*(?:\s+in\s+(?:[\w-]+\s+){0,3}[\w-]+)?",
        # Money that may or may not come: "if funding arrives in time", "once the money is
        # found".
        r"(?:if|unless|once|until)\s+(?:the\s+|new\s+|more\s+|enough\s+|sufficient\s+|"
        r"additional\s+)?(?:funding|funds|money|financing|donor\s+funding)\s+(?:arrives?|comes?|"
        r"is|are|becomes?|materiali[sz]es?|can\s+be)\b(?:\s+(?:[\w-]+\s+){0,2}[\w-]+)?",
        r"(?:need|needs|needed|want|wants|wanted|require|requires|ready|willing|able)\s+to\s+"
        r"invest\w*(?:\s+in\s+(?:[\w-]+\s+){0,3}[\w-]+)?",
        # Investment the measure hopes to draw from others: "promote investment in the
        # semiconductor supply chain", "attract foreign investment".
        r"(?:promot|encourag|attract|stimulat|spur|foster|facilitat|lur|draw|incentivi[sz])\w*\s+"
        r"(?:more\s+|greater\s+|further\s+|private(?:-sector)?\s+|foreign\s+|new\s+|direct\s+)*"
        r"investments?(?:\s+in\s+(?:[\w-]+\s+){0,3}[\w-]+)?",
        # Talking about money is not spending it: "exchanging information on government
        # subsidies for firms".
        r"(?:exchang\w+|shar\w+|swap\w*)\s+(?:of\s+)?(?:information|data|views|experiences?|notes)\s+"
        r"(?:on|about)\s+(?:[\w-]+\s+){0,3}?(?:subsid(?:y|ies)|investments?|funding|financing)"
        r"(?:\s+(?:programs?|programmes?|schemes?|for|to|on|in)\b)?",
        # Investment screened for security is a rule on others' money, not funding; so are
        # treaties and agreements on investment: "the Investment Facilitation for
        # Development Agreement", "a bilateral investment treaty".
        r"(?:foreign\s+)?(?:direct\s+)?investment\s+screening",
        r"investment\s+(?:facilitation|protection|treat(?:y|ies)|dispute\s+settlement|"
        r"arbitration|court|chapter)",
        # "Grant" that permits, not pays: "FDA Grants Accelerated Approval", "granted the
        # firm an exemption", "grants asylum".
        r"grant(?:s|ed|ing)?\s+(?:(?:an?|the|its|their|him|her|them|it)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:approval|authori[sz]ation|licen[cs]es?|permission|permits?|exemptions?|waivers?|"
        r"asylum|status|access|extensions?|leave|bail|clemency|pardons?|accreditation|"
        r"designation)\b",
        # What others are expected to get or give: "the IMF board is expected to approve a
        # $1.2 billion loan", "Egypt is expected to receive the next loan tranche".
        r"(?:is|are|was|were)\s+(?:widely\s+)?expected\s+to\s+(?:approve|receive|get|secure|"
        r"obtain|win|sign\s+off)\s+(?:[\w$€£¥.,'’()-]+\s+){0,6}?(?:loans?|tranches?|financing|"
        r"funding|grants?|aid|disbursements?|bail-?outs?|credits?)\b",
        # Banks that advise on deals are not a funding commitment.
        r"investment\s+bank(?:s|s['’]|['’]s|ers?)?",
        # Investment forbidden is a rule, not money: "prohibitions on all investment in".
        r"(?:prohibit\w*|ban(?:s|ned|ning)?|embargo\w*|restrict\w*)\s+(?:on\s+)?(?:all\s+|any\s+|"
        r"new\s+|further\s+)?(?:[\w-]+\s+){0,2}?investments?",
        # A rival's subsidies, named as the threat: "China heavily subsidises its steel".
        r"(?:China|Beijing|Russia|Moscow)['’]?s?\s+(?:\w+\s+){0,2}subsidi[sz]\w*",
        r"subsidi[sz]ed\s+by\s+(?:China|Beijing|Russia|Moscow|the\s+Chinese)",
        # Subsidies cut, limited or banned are a rule on others' spending, not funding:
        # "reductions in domestic subsidies for farmers", "limits subsidies for fishing".
        r"(?:limit\w*|reduc\w+|cut\w*|phas\w+\s+out|eliminat\w+|curb\w*|prohibit\w*|"
        r"disciplin\w*|ban(?:s|ned|ning)?|end(?:s|ed|ing)?|remov\w+|scrap\w*)\s+"
        r"(?:in\s+|on\s+|of\s+|to\s+)?(?:[\w-]+\s+){0,3}?subsid(?:y|ies)"
        r"(?:\s+(?:programs?|programmes?|schemes?|for|to|on)\b)?",
        # Subsidies negotiated or reformed between countries are trade rules: "talks on
        # farm subsidies", "reform of fossil fuel subsidies".
        r"(?:agreement|negotiations?|talks|disciplines|deal|accord|rules)\s+on\s+(?:[\w-]+\s+){0,2}"
        r"subsid(?:y|ies)",
        r"(?:inefficient\s+)?fossil[\s-]fuel\s+subsid(?:y|ies)",
        # A household's tax credit is a tax rule for families, not money for investment.
        r"(?:refundable|child|family|household|earned[\s-]income|working|personal|income)\s+"
        r"tax\s+credits?",
    ),
}


# A site's notice about cookies or personal data is page furniture, whatever law it names:
# "Cookies are used in accordance with the Personal Data Protection Law".
SITE_NOTICE_RE = Gated(
    re.compile(
        r"\bcookies?\b|\bprivacy\s+(?:policy|notice|statement)\b|\bterms\s+of\s+(?:use|service)\b",
        re.IGNORECASE,
    )
)


def _alternation(terms: tuple[str, ...]) -> str:
    return "|".join(sorted(terms, key=len, reverse=True))


# Each area's terms as one whole-word alternation, longest first, and branch by branch.
AREA_BRANCHES: dict[str, Branches] = {
    area: branches_of(
        tuple(sorted(AREA_TERMS[area] + AREA_EXTRA_TERMS.get(area, ()), key=len, reverse=True)),
        prefix=r"(?<!\w)",
        suffix=r"(?!\w)",
        flags=re.IGNORECASE,
    )
    for area in AREA_TERMS
}
AREA_MEANING_RES: dict[str, re.Pattern[str]] = {
    area: branches.whole for area, branches in AREA_BRANCHES.items()
}
# The background a measure is set against ("amid fears for supply chains", "despite cuts
# to funding") names an area's word without the measure covering it.
# A sentence's opening "With …-ing …," clause is background too: "With governments spending
# $22 billion a year on subsidies, the deal …" (not "With funding from the EU, …").
# So is an event the measure follows: "released the aid hours after the President announced
# a free-trade agreement".
BACKGROUND = (
    r"(?:(?:amid|despite|in\s+the\s+wake\s+of|(?:hours|days|a\s+day|a\s+few\s+days)\s+after)\s+|(?-i:With)\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?=(?:spending|paying|facing|losing|rising|falling|soaring|climbing|struggling|suffering|"
    r"displacing|threatening|hitting|costing|mounting|growing|shrinking|dwindling)\b))"
    r"(?:[\w'’,-]+\s+){0,6}?"
)
# An earlier measure named as the reason for this one: "last week's Autumn Statement
# contained billions of pounds of funding", "last year's law on rents".
PRIOR = r"(?:last|previous|past)\s+(?:week|month|year|decade)['’]s\s+(?:[\w'’,-]+\s+){0,8}?"
# A measure said to lack the area does not cover it: "contains no new funding", "without
# any common standards", "does not address supply chains".
ABSENT = (
    r"(?:no|without(?:\s+any)?|lacks?|lacking|lack\s+of|absence\s+of|(?:does|do|did)\s+not\s+"
    r"(?:include|contain|cover|address|provide|offer|mention)(?:\s+any)?)\s+(?:[\w-]+\s+){0,2}?"
)


# What a measure is said not to do, to the end of its clause: "the agreement doesn't
# provide the WHO with powers to … impose any requirements, such as travel bans".
DENIED = (
    r"(?:(?:does|do|did|will|would|shall|can|could|may)\s*(?:not|n['’]t)|won['’]t|cannot)\s+"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"(?:provide|give|allow|authori[sz]e|empower|entitle|include|contain|cover|require|impose|"
    r"grant|mandate|create|introduce|address|offer|change|oblige|set|announce|specify|name|"
    r"table|propose)\b"
    # to the end of the clause: "but" starts what it does.
    r"(?:(?!\b(?:but|while|whereas)\b)[^.;:]){0,200}"
)


# What is only talked about: "panelists are discussing ways to strengthen supply chains",
# "leaders are expected to discuss imposing restrictions".
DISCUSSED = (
    r"(?:(?:discuss\w*|debat\w*|deliberat\w*|talk\w*\s+about)\s+(?:ways|how|options|possibilities|"
    r"means|whether|the\s+possibility|imposing|introducing|creating|setting\s+up)\b[^.;:]{0,100}?"
    # A meeting's agenda names topics, not measures: "the summit will focus on trade,
    # critical raw materials and maritime security", "discussions are expected to cover the
    # free trade agreement", "officials discussed challenges such as disruptions to supply
    # chains", "agreed to hold a meeting of ministers on food supply chains".
    r"|(?:(?:summit|meeting|talks|discussions|session|dialogue|conference|visit|agenda)\s+"
    r"(?:will|would|is\s+expected\s+to|are\s+expected\s+to|is\s+set\s+to|are\s+set\s+to)\s+"
    r"(?:focus\s+on|cover|address|centre\s+on|center\s+on|include)"
    r"|(?:discussed|discussing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:challenges|issues|topics|"
    r"risks|developments|situation|outlook|matters)"
    r"|(?:hold|held|holding|convene|convened|host|hosted)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|dialogue|conference|workshop|seminar|roundtable)\s+(?:[\w-]+\s+){0,8}?on"
    # What a speaker stresses is talk, and so is the work it lists in passing: "the Bank
    # highlighted the importance of jobs, and its work in sectors such as critical minerals".
    r"|(?:highlight|stress|underlin|underscor|emphasi[sz])\w*\s+(?:the\s+)?(?:imperative|"
    r"importance|significance|value)\s+of)"
    r"\b[^.;:]{0,150}?)"
)


# A call on others to act is not a measure: "aid groups called on donors to pledge $2
# billion", "Member States are called upon to increase funding", "is appealing for $300m",
# "the report recommends that the city raise its fees".
CALLED = (
    r"(?:(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+(?:to|for)|"
    # greedy, so that the appeal's sum and its purpose are both covered: "is appealing
    # for $300 million to fund the effort".
    r"lobb(?:y|ies|ied|ying))\s+(?:[\w'’,$€£.-]+\s+){0,8}"
    # A report's advice to others, to the end of its sentence: "recommends that the
    # Region consider a warning system, and that the province update the code to …".
    r"|recommend(?:s|ed|ing)?\s+that\s+(?:[^.;]{0,200}?\s)?)"
)


def _friends(area: str) -> str:
    own = (*FALSE_FRIENDS.get(area, ()), *ROLE_FRIENDS.get(area, ()))
    if area == "regulation":
        own = (*own, *LAW_FRIENDS)
    terms = _alternation(AREA_TERMS[area] + AREA_EXTRA_TERMS.get(area, ()))
    return _alternation(
        (
            *own,
            rf"{BACKGROUND}(?:{terms})",
            rf"{PRIOR}(?:{terms})",
            rf"{ABSENT}(?:{terms})",
            rf"{DISCUSSED}(?:{terms})",
            rf"{CALLED}(?:{terms})",
            rf"{OPEN_QUESTION}(?:{terms})",
            rf"{FAILED}(?:{terms})",
            rf"{EARLIER}(?:{terms})",
            DENIED,
        )
    )


FALSE_FRIEND_RES: dict[str, re.Pattern[str]] = {
    area: re.compile(rf"(?<!\w)(?:{_friends(area)})(?!\w)", re.IGNORECASE) for area in AREA_TERMS
}


# Words one of which every term of an area holds: a stretch with none is not searched.
AREA_GATES: dict[str, re.Pattern[str] | None] = {
    area: gate_for(pattern) for area, pattern in AREA_MEANING_RES.items()
}


def area_supported(
    area: str, text: str, start: int, end: int, *, folded: str | None = None
) -> bool:
    """True when text[start:end] holds a term of the area outside its false friends.
    `folded` is `literal_gate.fold(text)`, given when many stretches of one text are read."""
    if not may_match(AREA_GATES[area], folded, start, end):
        return False
    if not any_branch_matches(AREA_BRANCHES[area], text, folded, start, end):
        return False
    terms = AREA_MEANING_RES[area]
    friends = FALSE_FRIEND_RES[area]
    covered = [(f.start(), f.end()) for f in friends.finditer(text, start, end)]
    if not covered:
        return True
    for match in terms.finditer(text, start, end):
        if not any(a <= match.start() and match.end() <= b for a, b in covered):
            return True
    return False
