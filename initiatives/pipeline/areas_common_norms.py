"""Standardization told by the shared norm itself, in any field's words rather than the
word "standardization": one form, template, format, method, specification or set of
criteria used by all ("a common claims form", "a single national method", "harmonised
criteria", "a standard template for letters", "the same standards"); the standards of a
trade or a data set ("skills standards for the garment sector", "competency standards");
and a certificate that counts across borders ("a certificate earned in one state is
recognised in another").

`areas_vocabulary` adds these terms to the standardization area's meaning; its false
friends (labour, ethical or "high" standards, standards of living) apply to them as to
every term.
"""

from __future__ import annotations

# What is made the same for everyone: the norm's kind of document or measure. Not
# certificates: "a single family of certificates" replaces awards, it sets no norm; a
# certificate counts when it is recognised across borders (below).
_NORM = (
    r"(?:standards?|specifications?|templates?|forms?|formats?|methods?|methodolog(?:y|ies)|"
    r"criteria|definitions?|classifications?|taxonom(?:y|ies)|protocols?|"
    r"test(?:ing)?\s+procedures?)"
)
_PLACE = r"(?:state|country|province|territory|nation|member\s+state|market|jurisdiction)"

NORM_TERMS: dict[str, tuple[str, ...]] = {
    "standardization": (
        # One norm used by all: "a common online motor claims form", "a single national
        # method", "harmonised criteria for deciding", "to use the same standards".
        rf"(?:common|single|shared|uniform|unified|harmoni[sz]ed|standardi[sz]ed)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_NORM}\b",
        # Not "share the same methods of work": the same norm taken up by all.
        rf"(?:use|uses|using|apply|applies|applying|adopt|adopts|adopting|follow|follows|"
        rf"following)\s+the\s+same\s+(?:[\w-]+\s+){{0,2}}?{_NORM}\b",
        # "a standard template for rejection letters", "in a standard format"; not "the
        # standard procedure", which is the usual one.
        r"(?:a|an|one)\s+standard\s+(?:[\w-]+\s+)?(?:templates?|forms?|formats?|"
        r"specifications?|methodolog(?:y|ies)|protocols?|definitions?|interfaces?)\b",
        # The standards of a trade, a skill or a data set: "a national skills standard for
        # line workers", "develop competency standards for 30 trades".
        r"(?:skills?|competency|competence|occupational|qualifications?|curriculum|data|"
        r"reporting|accounting|technical|engineering|design|interoperability)\s+standards?",
        # A certificate that counts across borders: "a common skills certificate recognised
        # in all three countries", "a certificate earned in one state is recognized in
        # another".
        r"certificat\w*\s+(?:[\w-]+\s+){0,4}?recogni[sz]ed\s+(?:in|across|throughout|by)\s+"
        r"(?:all|every|each|another|other|the\s+other|both)\b",
        rf"(?:earned|issued|obtained|awarded|granted|gained)\s+in\s+(?:one|any)\s+"
        rf"(?:[\w-]+\s+)?{_PLACE}\s+(?:is|are|will\s+be|would\s+be|can\s+be|may\s+be)\s+"
        r"(?:also\s+)?(?:recogni[sz]ed|accepted|valid)\b",
    ),
}
