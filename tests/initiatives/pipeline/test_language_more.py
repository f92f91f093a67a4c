"""More languages refused with a clear warning: Nordic, Romanian, Turkish and
Indonesian by their function words; Finnish, Czech and Hungarian, which have few, by
having almost none of English's; never a list of English names. Texts written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.language import detect_language
from initiatives.pipeline.run import extract_text

SWEDISH = (
    "Regeringen har i dag beslutat om en ny strategi för vätgas. Strategin ska stärka "
    "försörjningen av energi och det är en viktig del av klimatpolitiken. Myndigheten "
    "kommer också att ta fram nya regler för industrin, som ska gälla från nästa år, och "
    "det ska finnas stöd till de företag som har höga kostnader."
)
DANISH = (
    "Regeringen har i dag fremlagt en ny plan for grøn omstilling. Planen skal styrke "
    "forsyningen af energi, og det er en vigtig del af klimapolitikken. Ministeriet vil "
    "også udarbejde nye regler for industrien, som skal gælde fra næste år, og der skal "
    "være støtte til de virksomheder som har høje omkostninger."
)
ROMANIAN = (
    "Guvernul a aprobat astăzi o nouă strategie pentru hidrogen. Strategia va consolida "
    "aprovizionarea cu energie și este o parte importantă din politica climatică. "
    "Ministerul va pregăti și noi reguli pentru industrie, care vor fi aplicate de la "
    "anul viitor, iar sprijinul va fi acordat firmelor care au costuri mari, dar nu tuturor."
)
TURKISH = (
    "Hükümet bugün hidrojen için yeni bir strateji kabul etti. Strateji enerji arzını "
    "güçlendirecek ve bu iklim politikasının önemli bir parçası olarak görülüyor. Bakanlık "
    "da sanayi için yeni kurallar hazırlayacak ve bu kurallar gelecek yıl yürürlüğe "
    "girecek, ama destek sadece yüksek maliyetli şirketler için olacak, daha sonra "
    "genişletilecek."
)
INDONESIAN = (
    "Pemerintah hari ini menyetujui strategi baru untuk hidrogen. Strategi ini akan "
    "memperkuat pasokan energi dan merupakan bagian penting dari kebijakan iklim. "
    "Kementerian juga akan menyusun aturan baru untuk industri, yang akan berlaku mulai "
    "tahun depan, dan dukungan akan diberikan kepada perusahaan yang memiliki biaya "
    "tinggi, tetapi tidak untuk semua."
)
FINNISH = (
    "Hallitus on tänään hyväksynyt uuden vetystrategian. Strategia vahvistaa energian "
    "saatavuutta, ja se on tärkeä osa ilmastopolitiikkaa. Ministeriö valmistelee myös "
    "uudet säännöt teollisuudelle, jotka tulevat voimaan ensi vuonna, ja tukea annetaan "
    "yrityksille, joiden kustannukset ovat korkeat, mutta ei kaikille."
)
CZECH = (
    "Vláda dnes schválila novou strategii pro vodík. Strategie má posílit dodávky energie "
    "a je důležitou součástí klimatické politiky. Ministerstvo také připraví nová pravidla "
    "pro průmysl, která budou platit od příštího roku, a podpora bude pro podniky, které "
    "mají vysoké náklady, ale ne pro všechny, podle ministra."
)
HUNGARIAN = (
    "A kormány ma elfogadta az új hidrogénstratégiát. A stratégia erősíti az "
    "energiaellátást, és fontos része az éghajlatpolitikának. A minisztérium új "
    "szabályokat készít az ipar számára, amelyek jövőre lépnek hatályba, és támogatást "
    "kapnak azok a vállalatok, amelyeknek magasak a költségei, de nem mindenki."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (SWEDISH, "Swedish"),
        (DANISH, "Danish or Norwegian"),
        (ROMANIAN, "Romanian"),
        (TURKISH, "Turkish"),
        (INDONESIAN, "Indonesian"),
        (FINNISH, "Finnish"),
        (CZECH, "Czech"),
        (HUNGARIAN, "Hungarian"),
    ],
)
def test_it_names_more_languages(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_document_in_such_a_language_gets_the_warning_and_no_facts() -> None:
    extraction = extract_text(FINNISH, today=dt.date(2026, 11, 24))
    assert extraction.initiative is None
    assert any("language finnish is not supported yet" in w.lower() for w in extraction.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Solar Panels Heat Pumps Insulation Grants Boiler Upgrade Scheme Home Energy "
        "Scotland Warmer Homes Wales Nest Scheme Great British Insulation Scheme Energy "
        "Company Obligation Local Authority Delivery Sustainable Warmth Competition",
        "Minister Søren Ødegård met Jürgen Müller and José Núñez in Malmö to sign the deal "
        "on hydrogen, and the two sides will publish a plan by the end of the year.",
    ],
)
def test_english_names_and_lists_stay_english(text: str) -> None:
    assert detect_language(text) == "English"
