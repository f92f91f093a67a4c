"""Page furniture: the parts of a page that are not the article and must never become facts.

Each detector looks at whole lines (a Line is a span of the text without its newline) and
returns SetAside spans with the reason a curator will see.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from initiatives.pipeline.literal_gate import Gated
from initiatives.pipeline.types import SetAside

# A comments heading this early is more likely a section of the article than the tail.
COMMENTS_TAIL_MIN_SHARE = 0.3
# Lines longer than this are prose, not furniture, whatever they contain.
FURNITURE_MAX_WORDS = 30
# A line of prose has at least this many words (link titles have fewer).
PROSE_MIN_WORDS = 15
# A newsletter or cookie prompt is short; a sentence about cookies is not one.
PROMPT_MAX_WORDS = 15
# How many lines with text, from the top, count as the page header (kickers, date lines).
HEADER_LINES = 6
ANNEX_MAX_WORDS = 25


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str  # text[start:end]

    # Every detector asks each line for these: worked out once per line.
    @cached_property
    def stripped(self) -> str:
        return self.text.strip()

    @cached_property
    def words(self) -> int:
        return len(self.text.split())


def _whole(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{pattern})\W*$", re.IGNORECASE)


COMMENTS_LINE = _whole(
    r"(?:\d+|one)\s+(?:comments?|responses?|replies|reactions|thoughts?)(?:\s+(?:to|on)\b.*)?"
    r"|comments?(?:\s*\(\d+\))?"
    r"|leave\s+a\s+(?:comment|reply)|add\s+(?:a\s+)?comment|post\s+a\s+comment"
    r"|join\s+the\s+(?:discussion|conversation)|show\s+comments|reader\s+comments|trackbacks?"
    r"|no\s+comments(?:\s+yet)?"
)
_SHARE_ITEM = (
    r"(?:share(?:\s+(?:this|the))?(?:\s+(?:article|page|story|post|on|via))?"
    r"(?:\s+(?:on|via))?(?:\s+(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|reddit|telegram|"
    r"bluesky|mastodon))?|print(?:\s+this\s+(?:page|article))?|e-?mail(?:\s+this\s+"
    r"(?:page|article))?|tweet|facebook|twitter|linkedin|whatsapp|reddit|telegram|bluesky|"
    r"mastodon|copy\s+link|link\s+copied|copied|x|pdf|download\s+pdf|save|bookmark)"
)
SHARE_LINE = re.compile(rf"^\W*{_SHARE_ITEM}(?:\s*[|·•,/-]?\s*{_SHARE_ITEM})*\W*$", re.IGNORECASE)
RELATED_HEADING = _whole(
    r"related(?:\s+(?:articles?|news|content|stories|links|topics|documents|press\s+releases?|"
    r"coverage|posts?|reading))?|read\s+(?:more|also|next)|see\s+also|you\s+(?:may|might)\s+"
    r"(?:also\s+)?(?:like|be\s+interested\s+in)|more\s+news|more\s+on\s+this(?:\s+topic)?|"
    r"more\s+from\s+[\w\s]{1,40}|latest\s+news|recommended(?:\s+for\s+you)?|most\s+read|"
    r"most\s+popular|further\s+reading|also\s+of\s+interest|more\s+like\s+this|trending(?:\s+now)?"
    r"|top\s+stories|in\s+other\s+news|explore\s+the\s+topics?|suggested\s+topics?"
    r"|more\s+in\s+[\w\s]{1,30}"
)
READ_MORE_LINE = re.compile(
    r"^\W*(?:read(?:\s+(?:more|also|next))?|see\s+also|related(?:\s+\w+)?|also\s+read)\s*:",
    re.IGNORECASE,
)
# Sections that are about the page or its author, not the story: to the next section.
TAIL_SECTIONS: dict[str, re.Pattern[str]] = {
    "related articles": RELATED_HEADING,
    "author bio": _whole(r"about\s+the\s+authors?|about\s+us|author\s+bio(?:graphy)?"),
}
PRESS_CONTACTS_HEADING = _whole(
    r"(?:press|media)\s+(?:contacts?|office|enquiries|inquiries)\b.{0,80}|contacts?"
)
_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:(?:van|von|de|der|den|da|di|del|la|le|du)\s+)*[A-Z][\w.'’-]+){0,4}"
# "By June, member states will..." starts a sentence, not a byline.
_NOT_A_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|The|This|That|Then|Now|Law|Contrast|Comparison|Mid|End|Early|Late|Q[1-4])\b"
)
BYLINE = [
    re.compile(
        rf"^\W*[Bb]y\s+(?!{_NOT_A_NAME}){_NAME}(?:\s*(?:,|and|&|\|)\s*{_NAME})*(?:\s*[,|–—-]\s*.{{0,60}})?$"
    ),
    re.compile(
        r"^\W*(?:(?:additional\s+)?reporting|writing|editing|compiled|translated)\s+by\b.*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\W*(?:photo(?:\s+credit)?|image|picture|credit|illustration|video|source)s?\s*:.*$"
        r"|^\W*(?:photo|image|picture|video)s?\s+(?:by|credit|courtesy)\b.*$"
        r"|^.{0,80}(?:Getty\s+Images|AFP\s+via|AP\s+Photo|REUTERS/|Shutterstock)\W*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\W*(?:©|\(c\)|copyright\b|all\s+rights\s+reserved|our\s+standards\s*:).*$",
        re.IGNORECASE,
    ),
    re.compile(r"^\W*\d+\s+min(?:ute)?s?\s+read\W*$|^\W*reading\s+time\b.*$", re.IGNORECASE),
    # "Written by Maria Rossi", "Posted on 12 March 2025 by Maria Rossi", "Author: Jo Roe".
    re.compile(
        # A line that also holds a date stays a publication date line, read for its date.
        rf"^\W*(?:(?:written|story|words|text|filed|(?:posted|published)(?!.*\d))\b.{{0,40}}"
        rf"\bby\s+{_NAME}"
        rf"|(?:authors?|contributors?|reporters?|correspondents?)\s*:\s*{_NAME})"
        r"(?:\s*[,|–—-]\s*.{0,60})?$",
        re.IGNORECASE,
    ),
    # "Jane Smith, Environment correspondent", "Tom Roe, Political Editor".
    re.compile(
        rf"^\W*{_NAME}\s*,\s*(?:[\w-]+\s+){{0,3}}(?:correspondent|editor|reporter|writer|"
        r"journalist)\W*$",
        re.IGNORECASE,
    ),
    # GOV.UK's "From: Department for Energy Security and Net Zero and The Rt Hon Jane Doe".
    re.compile(r"^\W*From\s*:\s+\S.{0,200}$"),
]
# The agencies and picture libraries a photo credit names.
_CREDIT = (
    r"(?:Getty\s+Images|AFP|AP\s+Photo|Reuters|EPA|Shutterstock|Photo|Kyodo|Xinhua|Yonhap|"
    r"Jiji|Anadolu|Bloomberg|dpa|ANSA|PA\s+(?:Media|Wire)|Alamy|Ukrinform|Kyiv\s+Post|IANS)"
)
# A caption ends with its credit: "Ministers at the summit. Photo: Council of the EU",
# "Flags in front of the Berlaymont © agency/shutterstock", "… (Getty Images)".
CAPTION_LINE = re.compile(
    r"^.{0,300}?(?:[.!?]\s*|\s[-–—|]\s*|\s)(?:photo(?:\s+credit)?|image|picture|credit|"
    r"illustration|foto)s?\s*:\s*[^.]{1,90}$"
    r"|^.{0,300}©\s*[^.]{1,90}$"
    rf"|^.{{0,300}}\((?:[\w\s./&-]{{0,40}}{_CREDIT}[\w\s./&-]{{0,40}})\)\W*$"
    # "(AFP) Workers assemble batteries near Osaka": the credit first, then the picture;
    # "(Reuters) - The EU agreed…" goes on with a dash and is the wire's dateline instead.
    rf"|^\W*\((?:[\w\s./&-]{{0,40}}{_CREDIT}[\w\s./&-]{{0,40}})\)\s*(?![-–—]|\s)[^.!?]{{0,200}}$",
    re.IGNORECASE,
)
# "Paris (AFP)" alone on a line: the wire's place and name, before the story.
DATELINE_LINE = re.compile(r"^\W*[A-Z][\w.'’ -]{1,40}\s*\([A-Z][\w .&-]{1,25}\)\W*$")
DATELINE_MAX_WORDS = 6
# Words without which a line cannot be a caption or a site banner: a cheap first test.
_CAPTION_HINT = re.compile(
    r"photo|image|picture|credit|illustration|foto|©|getty|afp|\bap\b|reuters|epa|"
    r"shutterstock|kyodo|xinhua|yonhap|jiji|anadolu|bloomberg|\b(?:dpa|ansa|pa|ians)\b|alamy|"
    r"ukrinform|kyiv\s+post"
)
_BANNER_HINT = re.compile(
    r"official|\.gov|https|how\s+you\s+know|lock|historical|"
    r"no\s+longer\s+updated|sections"
)
# A headline that wraps onto the next line is not a caption: a caption is short.
CAPTION_MAX_WORDS = 45
# "We use cookies to give you the best experience. By continuing, you agree…": a banner
# is longer than a prompt but never an article sentence.
COOKIE_BANNER = re.compile(
    r"\bcookies?\b.{0,300}\b(?:accept|consent|agree|continu(?:e|ing)\s+to|"
    r"privacy\s+(?:policy|notice|settings)|preferences|manage\s+(?:your\s+)?settings)\b"
    r"|\b(?:accept|reject|manage)\s+(?:all\s+)?cookies\b",
    re.IGNORECASE,
)
COOKIE_BANNER_MAX_WORDS = 80
# "ANNEX I", "Annex: list of projects", "Annexes" alone on a line: the start of an
# appendix, never the end of a summary.
ANNEX_LINE = re.compile(
    r"^\W*(?:annex(?:es)?|appendix|appendices)(?:\s+(?:[IVXLC]+|\d{1,3}|[A-Z]))?\b"
    r"(?:\s*[:.–—-]\s*.{0,180})?$",
    re.IGNORECASE,
)
# A reporter's name glued to the date of the page: "JANE DOEMonday, 3 March 2025, 10:15".
GLUED_BYLINE = re.compile(
    r"^\W*[A-Z][A-Z'’. -]{3,60}(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}\s+"
    r"[A-Z][a-z]+,?\s+\d{4}"
)
# A short line at the top of the page with no Latin letters: a blog's header in another
# script over an English press release ("Σελίδες", a date in Greek).
_LATIN = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")
# The banners of government and archive sites, above the story.
SITE_BANNER = re.compile(
    r"official\s+website\s+of\s+the\b|official\s+websites\s+use\b|\.gov\s+websites?\b|"
    r"websites?\s+use\s+https|here['’]s\s+how\s+you\s+know|^\W*a\s+lock\b|"
    r"this\s+is\s+historical\s+material|website\s+is\s+no\s+longer\s+updated|"
    r"^\W*all\s+sections\W*$",
    re.IGNORECASE,
)
SITE_BANNER_MAX_WORDS = 40
# A row of table cells at the top of a re-posted release: "| Council of the EU | | 13/06/2025
# 12:35 | Press release |".
HEADER_ROW_MIN_BARS = 3
HEADER_ROW_MAX_CELL_WORDS = 5
# "GreenWatch Desk: Climate 2025-09-04, 5:14pm": the desk that filed the story.
DESK_LINE = re.compile(r"^\W*[\w .'’&-]{1,30}\s+Desk\s*:.*\d", re.IGNORECASE)
PROMPT_LINE = Gated(
    re.compile(
        r"click\s+(?:here|the\s+logo)\b|download\s+your\s+free|to\s+purchase\s+this\s+space|"
        r"newsletter|subscribe\b|sign\s+up\s+(?:to|for)\b|in\s+your\s+inbox|enter\s+your\s+e-?mail|"
        r"cookies?\b|advertisement|follow\s+us\b",
        re.IGNORECASE,
    )
)
NAVIGATION_LINE = _whole(
    r"skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|listen\s+to\s+this\s+article|"
    r"visit\s+the\s+meeting\s+page|all\s+news|home|menu|search|print\s+friendly|"
    r"(?:previous|next)\s+(?:article|story|post)|tags?\s*:.*|topics?\s*:.*"
    # GOV.UK's page tools and the marks that end a release ("###", "-30-", "(END)").
    r"|(?:table\s+of\s+)?contents|part\s+of\s*:.*|is\s+this\s+page\s+useful|yes\s+no"
    r"|report\s+a\s+problem(?:\s+with\s+this\s+page)?|sign\s+up\s+here|#{3}|-?30-|\(?end\)?"
)
CONTACT_LINE = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:tel|phone|fax)\b\.?\s*:?\s*\+?[\d(]|^\W*\+\d[\d\s()/-]{6,}$",
    re.IGNORECASE,
)
KICKER_LINE = _whole(
    r"(?:press|news)\s+releases?|news(?:\s+articles?)?|statements?|daily\s+news|communiqu[ée]s?|"
    r"media\s+advisory|plenary\s+sessions?|press\s+statements?|articles?|opinion|analysis|"
    r"breaking(?:\s+news)?|newsroom|press\s+(?:room|corner)|[A-Z][\w\s]{0,30}\s+committee"
    # The sections of a White House, ministry or agency site above the headline.
    r"|briefing\s+room|statements\s+and\s+releases|presidential\s+actions|fact\s+sheets?"
    r"|(?:speeches|remarks)(?:\s+and\s+(?:speeches|remarks|statements))?|readouts?"
    r"|departmental\s+news|news\s+(?:story|item|release)|joint\s+statements?|media\s+releases?"
)
# A site's name in the page header, written as its address: "GOV.UK", "Canada.ca".
SITE_NAME_LINE = re.compile(r"^\W*(?:www\.)?[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+\W*$")
# A bare acronym in the page header: a committee or desk code ("AFET", "SEDE").
ACRONYM_LINE = re.compile(r"^[A-Z]{2,6}$")
_DATE_IN_LINE = re.compile(
    r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{4}"
    # "HS – 10/2025": a month and year under the author's initials.
    r"|(?<![\d/])[01]?\d/(?:19|20)\d{2}(?![\d/])"
)
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b(?:\s*(?:CET|CEST|GMT|UTC|[AP]M)\b)?", re.IGNORECASE)
_DATE_LINE_WORDS = re.compile(
    r"\b(?:press\s+release|news|statement|published|updated|last\s+updated|posted|on|at|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
# "On 21 October 2025, the European Commission" (and the sentence goes on): prose.
_SENTENCE_OPENER = re.compile(r"^(?:On|In|Since|From|By)\s+[^,]{4,30},\s+(?:the\s+)?[A-Za-z]")
# The title of a blog's archive or tag page above the story it lists: "border
# areas-development Archives | Be Korea-savvy", "Category: Trade – Daily News".
ARCHIVE_TITLE = re.compile(
    r"^\W*(?:.{1,80}\s(?:Archives?|Category|Tag)|(?:Category|Tag|Archives?)\s*:\s*.{1,80})"
    r"\s*(?:[|–—-]\s*.{1,60})?$",
    re.IGNORECASE,
)
# A site's menu on one line: "Summits | Meetings | Publications | Search | Home".
MENU_MIN_BARS = 3
MENU_MAX_CELL_WORDS = 5
_FIGURE_CELL = re.compile(r"^\W*[\d.,%$€£¥₹ -]*\d[\d.,%$€£¥₹ -]*(?:\s*\w{0,8})?$")
# Counters and players' clocks: "Viewed 1381 Times", "2,405 views", "00:00".
COUNTER_LINE = re.compile(
    r"^\W*(?:(?:viewed|read|seen)\s+[\d,.]+\s+times|[\d,.]+\s*k?\s+(?:views|reads|shares)"
    r"|\d{1,2}:\d{2}(?::\d{2})?)\W*$",
    re.IGNORECASE,
)
# A social handle alone, a credit alone in brackets, a blog's breadcrumb with its page
# number: "(@JaneDoeNews)", "(123rf) |", "Home Blog Page 10325".
HANDLE_OR_CREDIT = re.compile(
    r"^\W*\(?@\w{2,30}\)?\W*$|^\s*\([\w .&/-]{1,30}\)\s*\|?\s*$"
    r"|^\W*home\b(?:\s+[\w-]+){0,3}\s+page\s+\d+\W*$",
    re.IGNORECASE,
)
# A name said twice: the author's name and the link to their page ("Jo Roe Jo Roe").
DOUBLED_NAME = re.compile(r"^\W*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+\1\W*$")
# A date line that says what it is may stand anywhere: "Published : Nov 27, 2022".
_LABELLED_DATE = re.compile(r"^\W*(?:published|updated|last\s+updated|posted)\b", re.IGNORECASE)
# What may be left of a date line once its date, time and labels are gone: a place name.
DATE_LINE_MAX_OTHER_WORDS = 3
# Trackbacks quote other pages from mid-sentence: "[…] excerpt […]", "Blog X says: […]".
# A line that only ends with an elision is a teaser cut short, on an archive or listing
# page often the only text of the story there is, so it stays; so does an elision inside
# a sentence.
EXCERPT_LINE = re.compile(r"^\s*(?:[^\[\n]{1,60}:\s*)?\[(?:…|\.\.\.)\]")
MARKDOWN_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
PAGE_NUMBER = re.compile(r"^\W*(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?\W*$", re.IGNORECASE)


# A date label glued to the first words of the story, as some page savers write it:
# "date 2018-03-21 KUALA LUMPUR: The cabinet…", "Published: 4 May 2024 The ministry…".
GLUED_DATE_LABEL = re.compile(
    r"^\s*(?:(?:date|published|posted|updated)(?:\s+on)?\s*:?\s*)?"
    r"(?:\d{4}-\d{2}-\d{2}|(?<=[\s:])\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}"
    r"|(?<=[\s:])[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[AP]M)?)?[ \t]+(?=\S)",
    re.IGNORECASE,
)
_DATE_LABEL_WORD = re.compile(r"^\s*(?:date|published|posted|updated)\b", re.IGNORECASE)


def split_glued_date_labels(lines: list[Line]) -> list[Line]:
    """Lines, with a date label at the head of the page split off the words glued to it.

    The label then reads as a publication date line (its day is the page's), and the rest
    as the line it is: a headline, a dateline, a caption or the first paragraph.
    """
    out: list[Line] = []
    index = 0  # among lines with text
    for line in lines:
        match = None
        if index < HEADER_LINES and line.stripped:
            match = GLUED_DATE_LABEL.match(line.text)
            # An ISO date glues to anything; a written date only after a label word
            # ("12 March 2025 The Council adopted" may be a sentence's own opener).
            if match and not (
                re.match(r"^\s*\d{4}-", line.text) or _DATE_LABEL_WORD.match(line.text)
            ):
                match = None
        if match:
            cut = line.start + match.end()
            out.append(Line(line.start, cut, line.text[: match.end()]))
            out.append(Line(cut, line.end, line.text[match.end() :]))
        else:
            out.append(line)
        index += bool(line.stripped)
    return out


def find_furniture(lines: list[Line], text: str) -> list[SetAside]:
    """Every furniture span among the lines, merged where they touch."""
    found: list[SetAside] = []
    tail_start = _comments_tail(lines, text)
    if tail_start is not None:
        found.append(SetAside(tail_start, len(text), "comments tail"))
    index = 0  # among lines with text: blank lines do not push the header down
    for line in lines:
        reason = _line_reason(line, index)
        if reason:
            found.append(SetAside(line.start, line.end, reason))
        index += bool(line.stripped)
    found.extend(_related_blocks(lines))
    found.extend(_contact_blocks(lines))
    return _merge(found, text)


def _comments_tail(lines: list[Line], text: str) -> int | None:
    for line in lines:
        if line.start >= COMMENTS_TAIL_MIN_SHARE * len(text) and COMMENTS_LINE.match(line.text):
            return line.start
    return None


def _line_reason(line: Line, index: int) -> str:
    stripped = line.stripped
    if not stripped:
        return ""
    if EXCERPT_LINE.search(stripped):
        return "trackback excerpt"
    words, lowered = line.words, stripped.lower()
    cookies = "cookie" in lowered and COOKIE_BANNER.search(stripped)
    if cookies and PROMPT_MAX_WORDS < words <= COOKIE_BANNER_MAX_WORDS:
        return "cookie banner"
    if words <= DATELINE_MAX_WORDS and DATELINE_LINE.match(stripped):
        return "dateline"
    credit: bool | None = None
    if words <= CAPTION_MAX_WORDS and _CAPTION_HINT.search(lowered):
        credit = any(pattern.match(stripped) for pattern in BYLINE)
        if not credit and CAPTION_LINE.match(stripped):
            return "caption or image credit"
    banner = _BANNER_HINT.search(lowered) and SITE_BANNER.search(stripped)
    if banner and words <= SITE_BANNER_MAX_WORDS:
        return "site banner"
    if index < HEADER_LINES and _is_header_row(stripped):
        return "publication date line"
    if words > FURNITURE_MAX_WORDS:
        return ""
    if credit is None:
        credit = any(pattern.match(stripped) for pattern in BYLINE)
    if DESK_LINE.match(stripped) or GLUED_BYLINE.match(stripped):
        return "byline"
    if ANNEX_LINE.match(stripped) and line.words <= ANNEX_MAX_WORDS:
        return "annex line"
    if index < HEADER_LINES and _LETTER.search(stripped) and not _LATIN.search(stripped):
        return "page header in another script"
    if PAGE_NUMBER.match(stripped):
        return "page number"
    if MARKDOWN_IMAGE.match(stripped):
        return "image"
    if SHARE_LINE.match(stripped):
        return "share block"
    if READ_MORE_LINE.match(stripped):
        return "related articles"
    if credit and not stripped.endswith("."):
        return "byline"
    if CONTACT_LINE.search(stripped):
        return "contact details"
    if NAVIGATION_LINE.match(stripped):
        return "navigation link"
    if line.words <= PROMPT_MAX_WORDS and PROMPT_LINE.search(stripped):
        return "newsletter or cookie prompt"
    if index < HEADER_LINES and (KICKER_LINE.match(stripped) or ACRONYM_LINE.match(stripped)):
        return "page kicker"
    if index < HEADER_LINES and SITE_NAME_LINE.match(stripped):
        return "site name"
    if (index < HEADER_LINES or _LABELLED_DATE.match(stripped)) and _is_date_line(stripped):
        return "publication date line"
    if _is_menu(stripped):
        return "navigation menu"
    if COUNTER_LINE.match(stripped):
        return "page counter"
    if index < HEADER_LINES and (HANDLE_OR_CREDIT.match(stripped) or DOUBLED_NAME.match(stripped)):
        return "byline"
    if index < HEADER_LINES and ARCHIVE_TITLE.match(stripped):
        return "archive page title"
    return ""


def _is_header_row(stripped: str) -> bool:
    """A row of short table cells that holds a date or the word "press release"."""
    if stripped.count("|") < HEADER_ROW_MIN_BARS:
        return False
    cells = [c.strip(" ●•·") for c in stripped.split("|")]
    if any(len(c.split()) > HEADER_ROW_MAX_CELL_WORDS for c in cells):
        return False
    return bool(_DATE_IN_LINE.search(stripped) or re.search(r"press\s+release", stripped, re.I))


def _is_menu(stripped: str) -> bool:
    """Short cells between bars, none a sentence, none a figure: a row of links, not a
    table's row of amounts."""
    if stripped.count("|") < MENU_MIN_BARS:
        return False
    cells = [c.strip() for c in stripped.split("|") if c.strip()]
    return len(cells) > MENU_MIN_BARS and all(
        len(c.split()) <= MENU_MAX_CELL_WORDS
        and not c.endswith((".", ",", ";"))
        and not _FIGURE_CELL.match(c)
        for c in cells
    )


def _is_date_line(stripped: str) -> bool:
    """ "12 March 2025 10:30", "Brussels, 19 March 2025", "*Press release* | 27 May 2025"."""
    if not _DATE_IN_LINE.search(stripped) or _SENTENCE_OPENER.match(stripped):
        return False
    rest = _DATE_LINE_WORDS.sub(" ", _TIME.sub(" ", _DATE_IN_LINE.sub(" ", stripped)))
    return len(re.sub(r"[\W_]+", " ", rest).split()) <= DATE_LINE_MAX_OTHER_WORDS


def _related_blocks(lines: list[Line]) -> list[SetAside]:
    """From a "Related articles" or "About the author" line to the next section, or the end."""
    found: list[SetAside] = []
    # The lines with text, listed once: a section reads them from its heading to its end,
    # and a page of many such headings does not copy the rest of the page for each.
    with_text = [index for index, line in enumerate(lines) if line.stripped]
    for index, line in enumerate(lines):
        if line.words > 8:
            continue
        reason = next((r for r, pattern in TAIL_SECTIONS.items() if pattern.match(line.text)), "")
        if not reason:
            continue
        end = line.end
        for position in range(bisect.bisect_right(with_text, index), len(with_text)):
            following = lines[with_text[position]]
            after = lines[with_text[position + 1]] if position + 1 < len(with_text) else None
            if _starts_new_section(following) or (
                after is not None and following.words <= 8 and _is_prose(after)
            ):
                break  # prose again, or a heading over prose
            end = following.end
        found.append(SetAside(line.start, end, reason))
    return found


def _contact_blocks(lines: list[Line]) -> list[SetAside]:
    """A "Press contacts" heading and the names, phones and addresses under it."""
    found: list[SetAside] = []
    stop = end = 0  # where the last block read stopped (its index), and where it ends
    for index, line in enumerate(lines):
        if not PRESS_CONTACTS_HEADING.match(line.text):
            continue
        if index >= stop:
            # a block not read yet: its lines up to a long line or a heading, read once
            end, stop = line.end, index + 1
            while stop < len(lines) and not (
                lines[stop].words > 12 or lines[stop].stripped.startswith("#")
            ):
                if lines[stop].stripped:
                    end = lines[stop].end
                stop += 1
        # a heading inside the last block read ends where that block ends
        found.append(SetAside(line.start, end, "contact details"))
    return found


def _starts_new_section(line: Line) -> bool:
    stripped = line.stripped
    if stripped.startswith("#") and not RELATED_HEADING.match(stripped):
        return True
    return _is_prose(line)


def _is_prose(line: Line) -> bool:
    """A long line that ends a sentence: article text, not a list of links."""
    return line.words >= PROSE_MIN_WORDS and line.stripped.endswith((".", "!", "?", "”", '"'))


def _merge(spans: list[SetAside], text: str) -> list[SetAside]:
    """Drop spans inside another; join spans that share a reason and only space parts."""
    merged: list[SetAside] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.end <= merged[-1].end:
            continue
        if merged and span.reason == merged[-1].reason and span.start <= merged[-1].end + 1:
            merged[-1] = SetAside(merged[-1].start, span.end, span.reason)
            continue
        merged.append(span)
    return merged
