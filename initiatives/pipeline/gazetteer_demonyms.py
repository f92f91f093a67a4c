"""What each country's people and things are called: "Malaysian", "Kenyan", "Saudi".

A table of facts, keyed by the name the gazetteer gives a country (pycountry's common
name, after `gazetteer.COUNTRY_RENAMES`). A demonym designates the country ("Chilean
exporters", "the Kenyan government") without being its name; `gazetteer` reads it so.

Left out on purpose, as they designate no one country:
- "Congolese" (the Republic of the Congo or the Democratic Republic);
- "Dominican" (Dominica, or the Dominican Republic; also a religious order);
- "Central African" (the republic, or any country of the region);
- "Korean" (either Korea, the language or the peninsula; "Korea" alone is the South's);
- words for a person that are also names or ordinary words: "Finn", "Pole", "Dane",
  "Swede", "Turk", "Scot", "Kiwi", "Brit".
A longer form is read before a shorter one ("Papua New Guinean" before "Guinean",
"South Sudanese" before "Sudanese"), so each names its own country.
"""

from __future__ import annotations

# Adjective first; a person's noun after it where it differs ("Filipino", "Basotho").
_SINGULAR: dict[str, tuple[str, ...]] = {
    # Europe
    "Albania": ("Albanian",), "Andorra": ("Andorran",), "Austria": ("Austrian",),
    "Belarus": ("Belarusian",), "Belgium": ("Belgian",),
    "Bosnia and Herzegovina": ("Bosnian",), "Bulgaria": ("Bulgarian",),
    "Croatia": ("Croatian",), "Cyprus": ("Cypriot",), "Czech Republic": ("Czech",),
    "Denmark": ("Danish",), "Estonia": ("Estonian",), "Faroe Islands": ("Faroese",),
    "Finland": ("Finnish",), "France": ("French",), "Georgia": ("Georgian",),
    "Germany": ("German",), "Gibraltar": ("Gibraltarian",), "Greece": ("Greek",),
    "Hungary": ("Hungarian",), "Iceland": ("Icelandic", "Icelander"), "Ireland": ("Irish",),
    "Isle of Man": ("Manx",), "Italy": ("Italian",), "Latvia": ("Latvian",),
    "Liechtenstein": ("Liechtensteiner",), "Lithuania": ("Lithuanian",),
    "Luxembourg": ("Luxembourgish",), "Malta": ("Maltese",), "Moldova": ("Moldovan",),
    "Monaco": ("Monegasque",), "Montenegro": ("Montenegrin",), "Netherlands": ("Dutch",),
    "North Macedonia": ("Macedonian",), "Norway": ("Norwegian",), "Poland": ("Polish",),
    "Portugal": ("Portuguese",), "Romania": ("Romanian",), "Russia": ("Russian",),
    "San Marino": ("Sammarinese",), "Serbia": ("Serbian",), "Slovakia": ("Slovak",),
    "Slovenia": ("Slovenian",), "Spain": ("Spanish",), "Sweden": ("Swedish",),
    "Switzerland": ("Swiss",), "Turkey": ("Turkish",), "Ukraine": ("Ukrainian",),
    "United Kingdom": ("British",),
    # Asia and the Middle East
    "Afghanistan": ("Afghan",), "Armenia": ("Armenian",), "Azerbaijan": ("Azerbaijani",),
    "Bahrain": ("Bahraini",), "Bangladesh": ("Bangladeshi",), "Bhutan": ("Bhutanese",),
    "Brunei Darussalam": ("Bruneian",), "Cambodia": ("Cambodian",), "China": ("Chinese",),
    "Hong Kong": ("Hongkonger",), "India": ("Indian",), "Indonesia": ("Indonesian",),
    "Iran": ("Iranian",), "Iraq": ("Iraqi",), "Israel": ("Israeli",), "Japan": ("Japanese",),
    "Jordan": ("Jordanian",), "Kazakhstan": ("Kazakh", "Kazakhstani"), "Kuwait": ("Kuwaiti",),
    "Kyrgyzstan": ("Kyrgyz",), "Laos": ("Lao", "Laotian"), "Lebanon": ("Lebanese",),
    "Macao": ("Macanese",), "Malaysia": ("Malaysian",), "Maldives": ("Maldivian",),
    "Mongolia": ("Mongolian",), "Myanmar": ("Burmese",), "Nepal": ("Nepali", "Nepalese"),
    "North Korea": ("North Korean",), "Oman": ("Omani",), "Pakistan": ("Pakistani",),
    "Palestine": ("Palestinian",), "Philippines": ("Philippine", "Filipino"),
    "Qatar": ("Qatari",), "Saudi Arabia": ("Saudi", "Saudi Arabian"),
    "Singapore": ("Singaporean",), "South Korea": ("South Korean",),
    "Sri Lanka": ("Sri Lankan",), "Syria": ("Syrian",), "Taiwan": ("Taiwanese",),
    "Tajikistan": ("Tajik",), "Thailand": ("Thai",), "Timor-Leste": ("Timorese",),
    "Turkmenistan": ("Turkmen",), "United Arab Emirates": ("Emirati",),
    "Uzbekistan": ("Uzbek",), "Vietnam": ("Vietnamese",), "Yemen": ("Yemeni",),
    # Africa
    "Algeria": ("Algerian",), "Angola": ("Angolan",), "Benin": ("Beninese",),
    "Botswana": ("Botswanan",), "Burkina Faso": ("Burkinabe", "Burkinabé"),
    "Burundi": ("Burundian",), "Cabo Verde": ("Cabo Verdean", "Cape Verdean"),
    "Cameroon": ("Cameroonian",), "Chad": ("Chadian",), "Comoros": ("Comorian",),
    "Côte d'Ivoire": ("Ivorian",), "Djibouti": ("Djiboutian",), "Egypt": ("Egyptian",),
    "Equatorial Guinea": ("Equatorial Guinean",), "Eritrea": ("Eritrean",),
    "Eswatini": ("Swazi",), "Ethiopia": ("Ethiopian",), "Gabon": ("Gabonese",),
    "Gambia": ("Gambian",), "Ghana": ("Ghanaian",), "Guinea": ("Guinean",),
    "Guinea-Bissau": ("Bissau-Guinean",), "Kenya": ("Kenyan",), "Lesotho": ("Basotho",),
    "Liberia": ("Liberian",), "Libya": ("Libyan",), "Madagascar": ("Malagasy",),
    "Malawi": ("Malawian",), "Mali": ("Malian",), "Mauritania": ("Mauritanian",),
    "Mauritius": ("Mauritian",), "Morocco": ("Moroccan",), "Mozambique": ("Mozambican",),
    "Namibia": ("Namibian",), "Niger": ("Nigerien",), "Nigeria": ("Nigerian",),
    "Rwanda": ("Rwandan",), "Sao Tome and Principe": ("Santomean",),
    "Senegal": ("Senegalese",), "Seychelles": ("Seychellois",),
    "Sierra Leone": ("Sierra Leonean",), "Somalia": ("Somali",),
    "South Africa": ("South African",), "South Sudan": ("South Sudanese",),
    "Sudan": ("Sudanese",), "Tanzania": ("Tanzanian",), "Togo": ("Togolese",),
    "Tunisia": ("Tunisian",), "Uganda": ("Ugandan",), "Zambia": ("Zambian",),
    "Zimbabwe": ("Zimbabwean",),
    # The Americas
    "Antigua and Barbuda": ("Antiguan",), "Argentina": ("Argentine", "Argentinian"),
    "Bahamas": ("Bahamian",), "Barbados": ("Barbadian",), "Belize": ("Belizean",),
    "Bermuda": ("Bermudian",), "Bolivia": ("Bolivian",), "Brazil": ("Brazilian",),
    "Canada": ("Canadian",), "Chile": ("Chilean",), "Colombia": ("Colombian",),
    "Costa Rica": ("Costa Rican",), "Cuba": ("Cuban",), "Ecuador": ("Ecuadorian",),
    "El Salvador": ("Salvadoran", "Salvadorean"), "Greenland": ("Greenlandic",),
    "Grenada": ("Grenadian",), "Guatemala": ("Guatemalan",), "Guyana": ("Guyanese",),
    "Haiti": ("Haitian",), "Honduras": ("Honduran",), "Jamaica": ("Jamaican",),
    "Mexico": ("Mexican",), "Nicaragua": ("Nicaraguan",), "Panama": ("Panamanian",),
    "Paraguay": ("Paraguayan",), "Peru": ("Peruvian",), "Puerto Rico": ("Puerto Rican",),
    "Saint Kitts and Nevis": ("Kittitian",), "Saint Lucia": ("Saint Lucian",),
    "Saint Vincent and the Grenadines": ("Vincentian",), "Suriname": ("Surinamese",),
    "Trinidad and Tobago": ("Trinidadian",), "United States": ("American",),
    "Uruguay": ("Uruguayan",), "Venezuela": ("Venezuelan",),
    # Oceania
    "American Samoa": ("American Samoan",), "Australia": ("Australian",), "Fiji": ("Fijian",),
    "Kiribati": ("I-Kiribati",), "Marshall Islands": ("Marshallese",), "Nauru": ("Nauruan",),
    "New Zealand": ("New Zealander",), "Palau": ("Palauan",),
    "Papua New Guinea": ("Papua New Guinean",), "Samoa": ("Samoan",),
    "Solomon Islands": ("Solomon Islander",), "Tonga": ("Tongan",), "Tuvalu": ("Tuvaluan",),
    "Vanuatu": ("Ni-Vanuatu",),
}  # fmt: skip

# The people in the plural take an "s" after these endings ("Kenyans", "Saudis",
# "Cypriots", "Filipinos", "New Zealanders"); "Chinese", "Swiss", "Dutch" do not change.
_PLURAL_ENDINGS = ("an", "i", "ot", "ino", "er")
_NO_PLURAL = frozenset({"I-Kiribati"})  # the same word for one and for many


def _with_plurals(words: tuple[str, ...]) -> tuple[str, ...]:
    plurals = tuple(f"{w}s" for w in words if w.endswith(_PLURAL_ENDINGS) and w not in _NO_PLURAL)
    return (*words, *plurals)


DEMONYMS: dict[str, tuple[str, ...]] = {
    country: _with_plurals(words) for country, words in _SINGULAR.items()
}
