"""What a measure's instrument says about its cooperation area, in the words that
governments, trade bodies and regulators use for the instrument itself rather than for
the area: duties cut at the border, a buy-national rule for public purchasing, a regulator
set up, duties laid on firms, access to capital, production kept at home, conformity
assessments recognised across a border.

`areas_vocabulary` adds these terms to each area's meaning; its false friends (a rival's
measure, a call on others, a measure said not to do it) apply to them as to every term.
"""

from __future__ import annotations

INSTRUMENT_TERMS: dict[str, tuple[str, ...]] = {
    "regulation": (
        # Border duties lowered or removed, as a verb: "lower customs duties on machine
        # tools", "reducing import duties on industrial goods", "waive export levies".
        # Only duties at the border: an official's "duties" are not a trade rule.
        r"(?:lower\w*|reduc\w+|cut\w*|eliminat\w+|remov\w+|scrap\w*|abolish\w*|waiv\w+|"
        r"suspend\w*|halv\w+|slash\w*|rais\w+|increas\w+|doubl\w+)\s+(?:the\s+|its\s+|their\s+|"
        r"all\s+)?(?:[\w-]+\s+){0,2}?(?:import|customs|export|border)\s+(?:duties|tariffs|levies|"
        r"taxes)",
        # Trade restrictions set or lifted: "lift restrictions on exports of rare metals",
        # "eased its import curbs".
        r"(?:lift\w*|eas\w+|remov\w+|relax\w*|loosen\w*|scrap\w*|impos\w+|tighten\w*|extend\w*)\s+"
        r"(?:the\s+|its\s+|their\s+|all\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:restrictions|curbs|bans|"
        r"quotas|limits)\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:exports|imports|shipments|"
        r"sales\s+abroad)",
        r"(?:export|import|trade)\s+(?:restrictions|curbs|bans|quotas|licen[cs]ing\s+requirements)",
        # Subsidies that trade rules discipline: "cut fishing subsidies", "end export
        # subsidies on farm products" (a budget's own subsidies are investment).
        r"(?:cut\w*|reduc\w+|lower\w*|scrap\w*|end(?:s|ed|ing)?|abolish\w*|remov\w+|limit\w*|"
        r"eliminat\w+|phas\w+\s+out)\s+(?:[\w-]+\s+){0,2}?(?:fish(?:ing|eries)|farm|"
        r"agricultural|export|trade-distorting|industrial|harmful)\s+subsidies",
        # Public purchasing told whom to buy from: "a Buy Canadian Policy", "give preference
        # to locally made goods in public procurement", "local content requirements".
        r"buy[\s-](?:national|local|domestic|(?-i:[A-Z][a-z]+))\s+(?:polic(?:y|ies)|rules?|"
        r"provisions?|requirements?|act|plan|clauses?)",
        r"(?:public|government|federal|state|defen[cs]e)\s+(?:procurement|purchasing)\s+"
        r"(?:polic(?:y|ies)|preferences?|requirements?|criteria|thresholds?|rules|regimes?|"
        r"(?:will\s+|must\s+|shall\s+)?(?:focus|favou?r|prioriti[sz])\w*)",
        r"(?:preference|priority)\s+(?:to|for)\s+(?:[\w-]+\s+){0,3}?(?:domestic|local|national|"
        r"home-grown|locally[\s-]made|[\w-]+-made|made-in-[\w-]+)\s+(?:[\w-]+\s+)?(?:products|"
        r"goods|suppliers|firms|companies|content|steel|equipment)",
        r"local[\s-]content\s+(?:rules|requirements|quotas|thresholds|obligations)",
        # A regulator set up: "establish an independent football regulator", "creates a
        # new statutory watchdog for water".
        r"(?:establish\w*|creat\w+|set\w*\s+up|launch\w*|introduc\w+|found\w*)\s+(?:an?\s+|the\s+)?"
        r"(?:new\s+|independent\s+|statutory\s+|single\s+|national\s+|dedicated\s+)*"
        r"(?:[\w-]+\s+){0,2}?(?:regulator|watchdog|regulatory\s+(?:body|authority|agency))\b",
        # Duties laid on those a measure binds: "place requirements on developers of the
        # most powerful models", "imposes a statutory duty on councils".
        r"(?:plac\w+|impos\w+|put\w*|lay(?:s|ing)?|laid)\s+(?:new\s+|binding\s+|legal\s+|"
        r"statutory\s+|tougher\s+|stricter\s+|clear\s+)?(?:requirements|obligations|duties|"
        r"an?\s+(?:new\s+)?(?:legal\s+|statutory\s+)?(?:duty|obligation|requirement))\s+(?:on|upon)\b",
        # Rules brought into line with a partner's: "align its rules on batteries with the
        # EU's", "approximate its legislation to the acquis".
        r"align\w*\s+(?:its|their|our|the|national|domestic)\s+(?:[\w-]+\s+){0,2}?(?:rules|"
        r"regulations|legislation|laws|requirements|regimes?)\b",
        r"approximat\w+\s+(?:of\s+)?(?:its\s+|their\s+|national\s+|the\s+)?(?:legislation|laws)",
        r"(?:legislative|legal)\s+(?:alignment|approximation)",
        # Consent for building made quicker: "speed up planning decisions for major
        # infrastructure", "a faster consenting regime".
        r"(?:streamlin\w+|simplif\w+|faster|quicker|speed\w*\s+up|accelerat\w+)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:planning\s+(?:decisions|permissions?|consents?|applications|"
        r"process(?:es)?)|consenting)",
        # A duty named by its content: "a duty of candour on public servants".
        r"(?:statutory\s+|legal\s+)?duty\s+of\s+(?:candou?r|care)\s+(?:on|for)\b",
        # Foreign investment screened for security: "through investment screening",
        # "screen foreign takeovers of chip firms".
        r"(?:foreign\s+)?(?:direct\s+)?investment\s+screening",
        r"screen\w*\s+(?:of\s+)?(?:foreign\s+)?(?:[\w-]+\s+)?(?:investments?|takeovers|"
        r"acquisitions|mergers)\b",
        # An economic regulator's own instruments: "its final determination on the price
        # control for gas networks", "the licence modifications needed", "the regulated feed-in tariff", "the
        # supplier charging methodology", "draft guidance on levy reductions", "a monthly,
        # cost-based formula for the fuel price".
        r"(?:price|revenue)\s+controls?",
        r"licen[cs]e\s+(?:modifications?|amendments?|changes)",
        r"regulated\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|rates?|prices?|charges?|returns?|"
        r"revenues?)",
        r"(?:charging|tariff|pricing|cost[\s-]allocation)\s+methodolog(?:y|ies)",
        r"(?:draft|final)\s+(?:guidance|guidelines)\s+(?:on|for)\b",
        r"(?:cost-based|cost-reflective|automatic)\s+(?:[\w-]+\s+){0,2}?(?:formula|pricing|"
        r"mechanism)",
    ),
    "investment": (
        # Access to money for firms: "improve access to capital for small manufacturers",
        # "widen access to finance for farmers", "capital access".
        r"access\s+to\s+(?:[\w-]+\s+){0,2}?(?:capital|finance|financing|credit|funding)\b",
        r"(?:capital|credit|finance|financing)\s+access",
    ),
    "supply-chain": (
        # Production kept or brought home: "make more of the army's equipment at home",
        # "anchoring more production in Canada", "produce essential components at home".
        r"(?:mak(?:e|es|ing)|made|build(?:s|ing)?|built|produc(?:e|es|ed|ing)|manufactur\w+)\s+"
        r"(?:more\s+)?(?:of\s+)?(?:[\w'’-]+\s+){0,3}?(?:equipment|components|parts|chips|"
        r"semiconductors|ships|vessels|vehicles|aircraft|weapons|munitions|ammunition|medicines|"
        r"vaccines|drugs|goods|products|batteries|steel|materials|inputs)\s+at\s+home\b",
        r"(?:produc(?:e|ed|ing)|manufactur(?:e|ed|ing))\s+(?:more\s+)?at\s+home\b",
        r"(?:anchor\w*|keep\w*|kept|retain\w*|locat\w+)\s+(?:more\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:production|manufacturing)\s+(?:capacity\s+)?in\s+(?-i:[A-Z])\w*",
        # Production spread over places so no one source fails: "geographically
        # diversified production of health products".
        r"(?:geographically\s+)?diversified\s+(?:[\w-]+\s+)?(?:production|manufacturing|"
        r"sourcing)",
        # More of a scarce input: "strengthen the supply of gallium and germanium".
        r"(?:strengthen\w*|boost\w*|increas\w+|expand\w*|diversif\w+|stabili[sz]\w+)\s+"
        r"(?:the\s+|their\s+|its\s+)?suppl(?:y|ies)\s+of\s+(?:critical\s+|key\s+|strategic\s+)?"
        r"(?:minerals|metals|materials|gallium|germanium|graphite|antimony|tungsten|lithium|"
        r"cobalt|nickel|copper|magnesium|titanium|helium|uranium|rare\s+earths|chips|"
        r"semiconductors|components|medicines|vaccines|fertili[sz]ers?|ammunition|munitions)\b",
        # Capacity to make what is short: "expanding vaccine and therapeutics production
        # capacity", "scale up ammunition manufacturing capacity".
        r"(?:expand\w*|increas\w+|boost\w*|scal\w+\s+up|ramp\w*\s+up|build\w*\s+up)\s+"
        r"(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:vaccines?|therapeutics|medicines?|drugs?|chips?|"
        r"semiconductors?|batter(?:y|ies)|ammunition|munitions|shells?|minerals?|"
        r"pharmaceutical)\s+(?:(?:and\s+)?[\w-]+\s+){0,2}?(?:production|manufacturing)\s+"
        r"capacit(?:y|ies)",
        # Risks to supply named and handled: "mitigate supply risks associated with rare
        # metals", "map risks to the supply of medical isotopes".
        r"(?:map\w*|mitigat\w+|assess\w*|identif\w+|monitor\w*|reduc\w+|address\w*|manag\w+)\s+"
        r"(?:the\s+)?(?:[\w-]+\s+)?(?:supply\s+risks?|risks?\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"suppl(?:y|ies))",
        # Deliveries kept for home markets in a shortage, as aid conditions and contracts
        # write: "committed to prioritise deliveries to European customers in the event of
        # a supply crisis".
        r"suppl(?:y|ies)\s+(?:crisis|crises|emergenc(?:y|ies)|shocks?)",
        r"prioriti[sz]\w*\s+(?:[\w-]+\s+){0,2}?(?:deliveries|supplies|orders)\s+to\b",
    ),
    "co-production": (
        # Know-how handed over with the technology so the partner makes it: "the transfer
        # of technology and know-how to produce vaccines".
        r"transfer\w*\s+(?:of\s+)?(?:the\s+)?technology\s+and\s+(?:know-how|expertise)\s+"
        r"(?:for|to)\s+(?:local\s+|domestic\s+)?(?:manufactur\w+|produc\w+)",
    ),
    "standardization": (
        # Conformity assessed once for both markets: "recognise each other's test results".
        r"recogni[sz]\w*\s+(?:each\s+other['’]s|one\s+another['’]s|the\s+other\s+(?:side|"
        r"party)['’]s)\s+(?:[\w-]+\s+){0,2}?(?:conformity\s+assessments?|certificates?|"
        r"certification|test(?:ing)?\s+results|inspections?|standards|type[\s-]approvals?|"
        r"approvals)",
        # Work on standards done together: "technology standards cooperation".
        r"standards?\s+(?:cooperation|co-operation|collaboration|coordination|co-ordination|"
        r"alignment|dialogues?)",
    ),
}
