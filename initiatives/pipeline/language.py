"""The language a document is written in, well enough to refuse what the rules cannot read.

The extraction rules read English only. A document in another language is still stored,
but with a warning and no facts: rules written for English would invent them.

Two cheap tests, no model: the script of the letters (Cyrillic, Greek, kana...) names most
languages outright; among Latin-script languages, the commonest function words do, since
every running text is full of them ("the", "of", "and" against "le", "de", "et"). Only a
clear lead over English counts, so a short note or an English text quoting French stays
English.
"""

from __future__ import annotations

import re
from collections import Counter

ENGLISH = "English"
# Enough text to judge by; reading more would only cost time.
SAMPLE_CHARS = 6_000
# A Latin-script language must show at least this many function words ...
MIN_FUNCTION_WORDS = 12
# ... and this many times as many as English has, to be taken for the document's language.
LEAD_OVER_ENGLISH = 2.0
# Share of letters in one non-Latin script above which that script decides.
SCRIPT_SHARE = 0.5


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Frequent words of each language that are rare in the others (no shared "a", "in").
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    ENGLISH: _words(
        "the of and to is are was were that with for this from by which will has have "
        "been its their would should"
    ),
    "French": _words(
        "le la les des du et est une dans pour qui sur avec sont aux ces cette mais "
        "nous vous leur été être ont"
    ),
    "German": _words(
        "der die das und ist nicht mit den dem des ein eine zu auf für von sich sind "
        "wird werden auch im"
    ),
    "Spanish": _words(
        "el los las del y es por para con una su sus que se al como más están fue también entre"
    ),
    "Italian": _words(
        "il di che è della delle degli per con una sono gli nel nella alla dei anche questo sulla"
    ),
    "Portuguese": _words(
        "o os da do das dos e é em uma para com não que se pelo pela são foi também"
    ),
    "Dutch": _words("de het een en van is niet met voor op zijn dat die ook wordt worden naar bij"),
    "Polish": _words("i w na z się nie jest do że to przez dla oraz jak są od po"),
    "Swedish": _words(
        "och att det som på är av för med inte har till ett jag ska kommer också eller "
        "regeringen under efter"
    ),
    "Danish or Norwegian": _words(
        "og at det som er af til med ikke har skal også eller regeringen regjeringen "
        "efter etter fra"
    ),
    "Finnish": _words(
        "ja on ei että se hän ovat oli myös kun mutta tai jotka sekä kanssa mukaan hallitus"
    ),
    "Czech": _words("je se na že jsou pro ale jako byl bylo které který také podle vláda"),
    "Romanian": _words("și în la cu pe care este din să nu mai pentru sunt fost această guvernul"),
    "Turkish": _words("ve bir bu da için ile olarak daha çok gibi kadar ama sonra olan hükümet"),
    "Indonesian": _words(
        "dan yang di untuk dengan ini itu dari dalam akan pada tidak juga adalah ke pemerintah"
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# English prose is about a fifth function words; a text of this many words with under
# ENGLISH_FLOOR of them is in another language, listed above or not.
UNLISTED_MIN_WORDS = 30
ENGLISH_FLOOR = 0.02
# ... and with letters outside ASCII in this share of its words: not a list of English
# names, which has no function words either.
ACCENTED_SHARE = 0.05
OTHER_LANGUAGE = "(a language other than English)"
# Letters that only some Latin-script languages use.
_LETTERS_OF: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Czech", re.compile(r"[ěřůĚŘŮ]")),
    ("Hungarian", re.compile(r"[őűŐŰ]")),
    ("Estonian", re.compile(r"[õÕ]")),
    ("Finnish", re.compile(r"(?:ää|yy|öö|ii)\w*\b")),
    ("Vietnamese", re.compile(r"[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ]")),
)
# Each function word with the languages it belongs to: one look-up per word of the text.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)

# (language, letter class) for scripts that name their language. Japanese mixes kana
# with Chinese characters: any real share of kana among them names it.
_KANA = re.compile(r"[\u3040-\u30ff]")
KANA_SHARE = 0.05
SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Chinese", re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")),
    ("Korean", re.compile(r"[\uac00-\ud7af]")),
    ("Greek", re.compile(r"[\u0370-\u03ff]")),
    ("Arabic", re.compile(r"[\u0600-\u06ff]")),
    ("Hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("Cyrillic", re.compile(r"[\u0400-\u04ff]")),
)
_UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_LETTERS = re.compile(r"[ыэъЫЭЪ]")
_LETTERS = re.compile(r"[^\W\d_]")
# Any letter of the scripts above: most English documents have none, and skip the count.
_NON_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)


def detect_language(text: str) -> str:
    """The name of the language of `text`, in English ("French"); English when unsure."""
    sample = text[:SAMPLE_CHARS]
    if _NON_LATIN.search(sample):
        letters = len(_LETTERS.findall(sample))
        for language, script in SCRIPTS:
            if len(script.findall(sample)) > SCRIPT_SHARE * letters:
                if language == "Chinese" and len(_KANA.findall(sample)) > KANA_SHARE * letters:
                    return "Japanese"
                return _cyrillic(sample) if language == "Cyrillic" else language
    words = _WORD.findall(sample.lower())
    counts = Counter(language for word in words for language in _LANGUAGES_OF.get(word, ()))
    english = counts.pop(ENGLISH, 0)
    if counts:
        language, hits = counts.most_common(1)[0]
        if hits >= MIN_FUNCTION_WORDS and hits > LEAD_OVER_ENGLISH * english:
            return language
    if (
        len(words) >= UNLISTED_MIN_WORDS
        and english < ENGLISH_FLOOR * len(words)
        and sum(not w.isascii() for w in words) >= ACCENTED_SHARE * len(words)
    ):
        # Running text with almost none of English's commonest words is not English,
        # even in a language the tables do not list (Finnish, Czech, Hungarian...).
        return next(
            (name for name, letters in _LETTERS_OF if letters.search(sample)),
            OTHER_LANGUAGE,
        )
    return ENGLISH


def _cyrillic(sample: str) -> str:
    if _UKRAINIAN_LETTERS.search(sample):
        return "Ukrainian"
    if _RUSSIAN_LETTERS.search(sample):
        return "Russian"
    return "a Cyrillic-script language"


def unsupported_language_warning(language: str) -> str:
    return (
        f"language {language} is not supported yet: the document was stored for curators "
        "and no facts were extracted from it"
    )
