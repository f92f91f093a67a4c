"""National governments' ministries and agencies, international bodies and regulators.

Plain rows, read by `gazetteer` into its actor table: (name, kind, aliases, cues,
country). `country` is the government a body belongs to ("" for international ones),
so that "the government" of a text about DESNZ is the United Kingdom's.

A bare name shared by several governments ("the Treasury", "Ministry of Defence",
"Cabinet Office") is listed only where one reading clearly dominates in English-language
releases; other governments' bodies are named with their country.
"""

from __future__ import annotations

BodyRow = tuple[str, str, tuple[str, ...], tuple[str, ...], str]

INSTITUTION = "institution"
GROUP = "group"
ORGANISATION = "organisation"

UK = "United Kingdom"
US = "United States"
CA = "Canada"
JP = "Japan"
AU = "Australia"
DE = "Germany"
FR = "France"
UA = "Ukraine"


def _body(name: str, *aliases: str, country: str = "", cues: tuple[str, ...] = ()) -> BodyRow:
    return (name, ORGANISATION, aliases, cues, country)


def _group(name: str, *aliases: str, cues: tuple[str, ...] = ()) -> BodyRow:
    return (name, GROUP, aliases, cues, "")


def _eu(name: str, *aliases: str) -> BodyRow:
    return (name, INSTITUTION, aliases, (), "")


# Governments as a whole: the country is the actor ("the UK government" is the UK).
GOVERNMENT_NAMES: dict[str, tuple[str, ...]] = {
    UK: ("HM Government", "UK Government", "UK government", "British government", "Downing Street",
         "Number 10", "No 10"),
    US: ("White House", "US administration", "U.S. administration", "Biden administration",
         "Trump administration", "Biden-Harris Administration", "US government",
         "U.S. government", "Administration"),
    CA: ("Government of Canada", "Canadian government", "Ottawa"),
    JP: ("Government of Japan", "Japanese government", "Tokyo", "Prime Minister's Office of Japan"),
    AU: ("Australian Government", "Australian government", "Government of Australia", "Canberra"),
    DE: ("German government", "Federal Government of Germany", "German Federal Government"),
    FR: ("French government", "Government of France", "Élysée", "Elysée", "Elysee"),
    UA: ("Government of Ukraine", "Cabinet of Ministers of Ukraine", "Ukrainian government"),
}  # fmt: skip

NATIONAL_BODIES: tuple[BodyRow, ...] = (
    # India: "The Union Cabinet approved…" is India's cabinet, never the European Union
    _body("Union Cabinet", "The Union Cabinet", "the Union Cabinet", country="India"),
    # United Kingdom
    _body("HM Treasury", "Treasury", "the Treasury", country=UK),
    _body("Department for Energy Security and Net Zero", "DESNZ", country=UK),
    _body("Department of Health and Social Care", "DHSC", country=UK),
    _body("Department for Science, Innovation and Technology", "DSIT", country=UK),
    _body("Department for Business and Trade", "DBT", country=UK),
    _body("Department for Transport", "DfT", country=UK),
    _body("Department for Education", "DfE", country=UK),
    _body("Department for Work and Pensions", "DWP", country=UK),
    _body("Department for Culture, Media and Sport", "DCMS", country=UK),
    _body("Department for Environment, Food and Rural Affairs", "Defra", "DEFRA", country=UK),
    _body("Ministry of Housing, Communities and Local Government", "MHCLG", country=UK),
    _body("Foreign, Commonwealth and Development Office", "FCDO", "Foreign Office", country=UK),
    _body("Home Office", country=UK),
    _body("Cabinet Office", country=UK),
    _body("Ministry of Defence", "MOD", "MoD", country=UK),
    _body("Ministry of Justice", "MoJ", country=UK),
    _body("HM Revenue and Customs", "HMRC", country=UK),
    _body("NHS England", country=UK),
    _body("UK Health Security Agency", "UKHSA", country=UK),
    _body("Medicines and Healthcare products Regulatory Agency", "MHRA", country=UK),
    _body("Environment Agency", country=UK),
    _body("Ofgem", country=UK),
    _body("Ofcom", country=UK),
    _body("Ofwat", country=UK),
    _body("Competition and Markets Authority", "CMA", country=UK),
    _body("Financial Conduct Authority", "FCA", country=UK),
    _body("Bank of England", country=UK),
    _body("UK Research and Innovation", "UKRI", country=UK),
    _body("Great British Energy", "GB Energy", country=UK),
    _body("National Wealth Fund", country=UK),
    _body("UK Parliament", "House of Commons", "House of Lords", country=UK),
    # United States
    _body("US Department of State", "State Department", "Department of State", country=US),
    _body(
        "US Department of Defense",
        "Department of Defense",
        "Pentagon",
        "DoD",
        "DOD",
        "Department of War",
        country=US,
    ),
    _body("US Department of Commerce", "Department of Commerce", "Commerce Department", country=US),
    _body(
        "US Department of the Treasury",
        "Treasury Department",
        "Department of the Treasury",
        "US Treasury",
        "U.S. Treasury",
        country=US,
    ),
    _body("US Department of Energy", "Department of Energy", "DOE", country=US),
    _body(
        "US Department of Health and Human Services",
        "Department of Health and Human Services",
        "HHS",
        country=US,
    ),
    _body(
        "US Department of Homeland Security", "Department of Homeland Security", "DHS", country=US
    ),
    _body(
        "US Department of Justice", "Department of Justice", "Justice Department", "DOJ", country=US
    ),
    _body("US Department of Agriculture", "Department of Agriculture", "USDA", country=US),
    _body("US Department of Transportation", "Department of Transportation", "DOT", country=US),
    _body(
        "US Department of the Interior",
        "Department of the Interior",
        "Interior Department",
        country=US,
    ),
    _body("US Department of Labor", "Department of Labor", "Labor Department", country=US),
    _body("US Department of Education", "Department of Education", country=US),
    _body("Environmental Protection Agency", "EPA", country=US),
    _body("NIST", "National Institute of Standards and Technology", country=US),
    _body("Food and Drug Administration", "FDA", country=US),
    _body("Federal Trade Commission", "FTC", country=US),
    _body("Federal Communications Commission", "FCC", country=US),
    _body("Securities and Exchange Commission", "SEC", country=US),
    _body("Centers for Disease Control and Prevention", "CDC", country=US),
    _body("National Institutes of Health", "NIH", country=US),
    _body("Cybersecurity and Infrastructure Security Agency", "CISA", country=US),
    _body("Office of the US Trade Representative", "USTR", "US Trade Representative", country=US),
    _body("Office of Management and Budget", "OMB", country=US),
    _body("Office of Science and Technology Policy", "OSTP", country=US),
    _body("National Science Foundation", "NSF", country=US),
    _body("National Aeronautics and Space Administration", "NASA", country=US),
    _body("National Oceanic and Atmospheric Administration", "NOAA", country=US),
    _body("Federal Emergency Management Agency", "FEMA", country=US),
    _body("US Agency for International Development", "USAID", country=US),
    _body("Federal Reserve", "the Fed", country=US),
    _body("US Congress", "Congress", "U.S. Congress", country=US),
    _body("US Senate", "U.S. Senate", country=US),
    _body("US House of Representatives", "House of Representatives", country=US),
    # Canada
    _body("Global Affairs Canada", country=CA),
    _body("Health Canada", country=CA),
    _body("Public Health Agency of Canada", "PHAC", country=CA),
    _body("Environment and Climate Change Canada", "ECCC", country=CA),
    _body("Innovation, Science and Economic Development Canada", "ISED", country=CA),
    _body("Natural Resources Canada", "NRCan", country=CA),
    _body("Department of Finance Canada", "Finance Canada", country=CA),
    _body("Department of National Defence", "National Defence", "DND", country=CA),
    _body("Transport Canada", country=CA),
    _body("Immigration, Refugees and Citizenship Canada", "IRCC", country=CA),
    _body("Canadian Armed Forces", country=CA),
    _body("Bank of Canada", country=CA),
    # Japan
    _body("Ministry of Economy, Trade and Industry", "METI", country=JP),
    _body(
        "Ministry of Foreign Affairs of Japan",
        "MOFA",
        "Japan's Ministry of Foreign Affairs",
        country=JP,
    ),
    _body(
        "Ministry of Defense of Japan",
        "Japan's Ministry of Defense",
        "Japan Ministry of Defense",
        country=JP,
    ),
    _body("Ministry of Health, Labour and Welfare", "MHLW", country=JP),
    _body("Ministry of Land, Infrastructure, Transport and Tourism", "MLIT", country=JP),
    _body("Ministry of Internal Affairs and Communications", country=JP),
    _body("Japan International Cooperation Agency", "JICA", country=JP),
    _body("Bank of Japan", country=JP),
    # Australia
    _body("Department of Foreign Affairs and Trade", "DFAT", country=AU),
    _body("Department of Climate Change, Energy, the Environment and Water", "DCCEEW", country=AU),
    _body("Department of Industry, Science and Resources", "DISR", country=AU),
    _body("Department of Health and Aged Care", country=AU),
    _body("Australian Competition and Consumer Commission", "ACCC", country=AU),
    _body("Australian Securities and Investments Commission", "ASIC", country=AU),
    _body("Australian Renewable Energy Agency", "ARENA", country=AU),
    _body("CSIRO", country=AU),
    # Germany
    _body("Federal Foreign Office", "Auswärtiges Amt", country=DE),
    _body(
        "Federal Ministry for Economic Affairs and Climate Action",
        "BMWK",
        "Federal Ministry for Economic Affairs and Energy",
        country=DE,
    ),
    _body("Federal Ministry of Defence", "BMVg", country=DE),
    _body("Federal Ministry of Finance", "BMF", country=DE),
    _body("Federal Chancellery", "Chancellery", country=DE),
    _body("Bundestag", country=DE),
    _body("Bundesrat", country=DE),
    _body("Bundeswehr", country=DE),
    # France
    _body(
        "French Ministry for the Armed Forces",
        "Ministry for the Armed Forces",
        "Ministry of the Armed Forces",
        "Ministry of Armed Forces",
        country=FR,
    ),
    _body(
        "French Ministry for Europe and Foreign Affairs",
        "Ministry for Europe and Foreign Affairs",
        "Quai d'Orsay",
        country=FR,
    ),
    _body(
        "French Ministry of the Economy", "Ministry of the Economy and Finance", "Bercy", country=FR
    ),
    _body("French National Assembly", "Assemblée nationale", country=FR),
    # Ukraine
    _body("Verkhovna Rada", "Rada", country=UA),
    _body(
        "Ministry of Defence of Ukraine",
        "Ukraine's Ministry of Defence",
        "Ukrainian Ministry of Defence",
        "Ukrainian Defence Ministry",
        country=UA,
    ),
    _body(
        "Ministry of Strategic Industries of Ukraine",
        "Ministry of Strategic Industries",
        country=UA,
    ),
    _body(
        "Ministry of Foreign Affairs of Ukraine",
        "Ukraine's Foreign Ministry",
        "Ukrainian Foreign Ministry",
        country=UA,
    ),
)

INTERNATIONAL_BODIES: tuple[BodyRow, ...] = (
    # India: "The Union Cabinet approved…" is India's cabinet, never the European Union
    _body("Union Cabinet", "The Union Cabinet", "the Union Cabinet", country="India"),
    _group("G20", "Group of Twenty", cues=("G20 leaders", "G-20")),
    _group("G7 members", cues=("G7 countries", "G7 partners", "G7 nations")),
    _group("BRICS", cues=("BRICS leaders", "BRICS countries", "BRICS members")),
    _body("Shanghai Cooperation Organisation", "SCO", "Shanghai Cooperation Organization"),
    _body("World Health Organization", "WHO", "World Health Organisation"),
    _body("World Health Assembly", "WHA"),
    _body("Intergovernmental Negotiating Body", "INB"),
    _body("WHO Executive Board"),
    _group("WHO Member States", cues=("WHO member states", "WHO Member States'")),
    _group("UN member states", cues=("UN Member States", "United Nations member states")),
    _group("NATO member states", cues=("NATO Member States", "NATO member countries")),
    _group("AU member states", cues=("AU Member States", "African Union member states")),
    _body("UN General Assembly", "General Assembly", "United Nations General Assembly"),
    _body("UN Secretary-General", "UN Secretary General", "United Nations Secretary-General"),
    _body(
        "OECD",
        "Organisation for Economic Co-operation and Development",
        "Organization for Economic Cooperation and Development",
    ),
    _body("WTO", "World Trade Organization", "World Trade Organisation"),
    _body("World Bank", "World Bank Group"),
    _body("International Energy Agency", "IEA"),
    _body("International Atomic Energy Agency", "IAEA"),
    _body("International Labour Organization", "ILO"),
    _body("Food and Agriculture Organization", "FAO"),
    _body("UNICEF"),
    _body("UN Development Programme", "UNDP"),
    _body("UN Environment Programme", "UNEP"),
    _body("UNHCR", "UN Refugee Agency"),
    _body("World Food Programme", "WFP"),
    _body("UNFCCC", "UN Framework Convention on Climate Change"),
    _body("International Telecommunication Union", "ITU"),
    _body("International Organization for Standardization", "ISO"),
    _body("Financial Action Task Force", "FATF"),
    _body("Financial Stability Board"),
    _body("European Bank for Reconstruction and Development", "EBRD"),
    _body("Asian Development Bank", "ADB"),
    _body("Organization for Security and Co-operation in Europe", "OSCE"),
    _body("African Union", "AU Commission"),
    _body("ASEAN", "Association of Southeast Asian Nations"),
    _body("Gavi", "Gavi, the Vaccine Alliance"),
    _body("Global Fund"),
    _body("International Renewable Energy Agency", "IRENA"),
)

# EU bodies beyond the main institutions.
EU_BODIES: tuple[BodyRow, ...] = (
    _eu("European Medicines Agency", "EMA"),
    _eu("European Centre for Disease Prevention and Control", "ECDC"),
    _eu("European Food Safety Authority", "EFSA"),
    _eu("European Chemicals Agency", "ECHA"),
    _eu("European Union Aviation Safety Agency", "EASA"),
    _eu("European Union Agency for Cybersecurity", "ENISA"),
    _eu("European Securities and Markets Authority", "ESMA"),
    _eu("European Banking Authority", "EBA"),
    _eu("Frontex", "European Border and Coast Guard Agency"),
    _eu(
        "Europol",
    ),
    _eu("European AI Office", "AI Office", "EU AI Office"),
    _eu("Health Emergency Preparedness and Response Authority", "HERA"),
    _eu("European Court of Auditors", "ECA"),
    _eu("Court of Justice of the European Union", "CJEU", "EU Court of Justice"),
)
