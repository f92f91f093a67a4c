"""Supply chain and co-production told by what is done rather than named: stocks released
from a state's reserves, supply or offtake partnerships signed for inputs; two named
partners who agree to build a plant or to produce something together.

`areas_vocabulary` adds these terms to each area's meaning; its false friends apply to
them as to every term.
"""

from __future__ import annotations

# A named party: "Korea Zinc", "POSCO Holdings", "the Ministry of Defence".
_PARTY = r"(?-i:(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,3})"
# What partners build to make things: a plant, a line, a yard.
_WORKS = (
    r"(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|(?:assembly|production|manufacturing)\s+"
    r"lines?|smelters?|refiner(?:y|ies)|mills?|foundr(?:y|ies)|shipyards?|gigafactor(?:y|ies))"
)

SUPPLY_PARTNER_TERMS: dict[str, tuple[str, ...]] = {
    "supply-chain": (
        # Stocks drawn from a state's reserves: "release 300,000 tonnes of rice from state
        # reserves", "tap the strategic oil stocks".
        r"(?:releas|draw|tap|sell|auction)\w*\s+(?:[\w,.-]+\s+){0,5}?(?:from|of)\s+(?:the\s+|its\s+|"
        r"their\s+)?(?:state|strategic|national|emergency|government|public|federal)\s+"
        r"(?:[\w-]+\s+)?(?:reserves?|stocks|stockpiles?)\b",
        # Inputs secured by agreement: "mineral supply partnerships with Australia",
        # "offtake agreements for lithium".
        # Not a utility's service: "the town's water supply agreements".
        r"(?<!water\s)(?<!electricity\s)(?<!power\s)(?<!gas\s)(?<!heat\s)(?<!energy\s)"
        r"(?:supply|offtake|off-take|sourcing)\s+(?:partnerships?|agreements?|deals?|contracts?|"
        r"arrangements?)\s+(?:with|for|on)\b",
    ),
    "co-production": (
        # Two named partners who build works or produce together: "Korea Zinc and POSCO
        # Holdings have agreed to build a separation plant", "the two firms will jointly
        # manufacture the drones".
        rf"{_PARTY}\s+and\s+{_PARTY}\s+(?:have\s+|has\s+|also\s+)?(?:agreed\s+to|will|plan\s+to|"
        r"are\s+to|intend\s+to|signed\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?to)\s+(?:jointly\s+|together\s+)?"
        rf"(?:(?:build|set\s+up|open|establish|construct)\s+(?:a|an|the|two|three|new|joint)\s+"
        rf"(?:[\w-]+\s+){{0,4}}?{_WORKS}\b|(?:co-?)?(?:produce|manufacture|assemble)\b)",
    ),
}
