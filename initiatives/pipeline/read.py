"""Stage 1, Read: bytes of an uploaded file in, one normalized text out.

Every later offset refers to `ReadResult.text`, so the normalization here is the one
place that decides what the curator sees.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import PurePath

from initiatives.pipeline.formats import SUPPORTED_SUFFIXES
from initiatives.pipeline.types import DocumentError, ReadResult

logger = logging.getLogger(__name__)

MAX_BYTES_DEFAULT = 10 * 1024 * 1024
MAX_BYTES_SETTING = "DOCKET_MAX_UPLOAD_BYTES"
# Share of control characters (other than tab, newline, form feed) above which a
# decoded file is taken for binary data that happened to decode.
BINARY_CONTROL_SHARE = 0.01
BINARY_MIN_CONTROLS = 4  # a stray one or two in a short note are not binary data
# Charset detectors often tie cp1250/cp1252 on Western text; prefer the Western one.
PREFERRED_LEGACY_ENCODING = "cp1252"
CHAOS_TIE = 0.01
# A detected encoding whose decoding is this chaotic is not a sensible decoding.
MAX_CHAOS = 0.3

# An HTML headline found among the first lines of the article text is not added again.
TITLE_SEARCH_LINES = 6

# Below this, an extracted article is checked against the page's own paragraphs.
SHORT_PAGE_CHARS = 500
# Elements that end a line in the fallback text; inline ones (<a>, <b>) do not.
HTML_BLOCK_TAG = re.compile(
    r"(?:p|div|br|h[1-6]|ul|ol|tr|table|section|article|header|footer|aside|nav|main|"
    r"blockquote|pre|figure|figcaption|dt|dd|hr|form)",
    re.IGNORECASE,
)
# A .txt that is really a saved web page is read as HTML.
_LOOKS_LIKE_HTML = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0\u3000]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile(r"\n{4,}")  # 3+ blank lines ...
_TWO_BLANK_LINES = "\n\n\n"  # ... become 2
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def read_document(data: bytes, *, filename: str, max_bytes: int = MAX_BYTES_DEFAULT) -> ReadResult:
    """Read one uploaded file; raise DocumentError saying what to do when it cannot be read."""
    name = PurePath(filename).name or filename
    suffix = PurePath(filename).suffix.lower()
    fmt = SUPPORTED_SUFFIXES.get(suffix)
    if fmt is None:
        accepted = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise DocumentError(
            f"{name}: unsupported file type {suffix or '(no extension)'!r}; accepted: {accepted}."
        )
    if len(data) > max_bytes:
        raise DocumentError(
            f"{name} is {len(data):,} bytes, over the limit of {max_bytes:,} bytes: split the "
            f"document or raise the {MAX_BYTES_SETTING} setting."
        )
    if not data.strip():
        raise DocumentError(f"{name} is empty: nothing to import.")

    if fmt == "pdf":
        result = _read_pdf(data, name=name)
    else:
        raw, warnings = decode_text(data, name=name)
        if fmt == "txt" and _LOOKS_LIKE_HTML.match(raw):
            warnings.append(f"{name} is a web page saved as text: read it as HTML.")
            fmt = "html"
        if fmt == "html":
            result = _read_html(raw, name=name)
        else:
            result = _read_plain(raw, fmt=fmt, name=name)
        result.warnings[:0] = warnings
    if not result.text:
        raise DocumentError(f"{name} has no text once read: nothing to import.")
    return result


# --- Text decoding ----------------------------------------------------------------
def decode_text(data: bytes, *, name: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8, else as the detected encoding with a warning."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding), name=name), []
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise _binary_error(name)
    try:
        return _check_text(data.decode("utf-8"), name=name), []
    except UnicodeDecodeError:
        pass
    encoding, text = _detect(data)
    if encoding is None or text is None:
        raise DocumentError(
            f"{name} is not UTF-8 and its encoding could not be detected: save it as UTF-8 "
            "and import it again."
        )
    text = _check_text(text, name=name)
    warning = f"{name} is not UTF-8: decoded it as {encoding}; check accented letters and quotes."
    return text, [warning]


def _detect(data: bytes) -> tuple[str | None, str | None]:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None, None
    best = matches[0]
    if best.chaos > MAX_CHAOS:
        return None, None
    for match in matches:
        if match.chaos <= best.chaos + CHAOS_TIE and PREFERRED_LEGACY_ENCODING in (
            match.could_be_from_charset
        ):
            try:
                return PREFERRED_LEGACY_ENCODING, data.decode(PREFERRED_LEGACY_ENCODING)
            except UnicodeDecodeError:
                break
    return best.encoding, str(best)


def _check_text(text: str, *, name: str) -> str:
    controls = len(_CONTROL.findall(text))
    if controls >= BINARY_MIN_CONTROLS and controls > BINARY_CONTROL_SHARE * len(text):
        raise _binary_error(name)
    return text


def _binary_error(name: str) -> DocumentError:
    return DocumentError(
        f"{name} looks like a binary file, not text: export it as .txt, .md, .html or .pdf."
    )


# --- Normalization ----------------------------------------------------------------
def normalize(text: str) -> str:
    """The one canonical form: NFC, \\n line ends, no trailing spaces, at most 2 blank lines."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x0c", "\n")  # form feeds: page breaks in PDF text
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _MANY_BLANK_LINES.sub(_TWO_BLANK_LINES, text)
    return text.strip()


# --- Plain text and Markdown -------------------------------------------------------
def _read_plain(raw: str, *, fmt: str, name: str) -> ReadResult:
    text = raw.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n").lstrip("\n")
    fields: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        fields = parse_front_matter(match.group("body") or "")
        text = text[match.end() :]
    result = ReadResult(text=normalize(text), format=fmt)
    result.title = normalize(fields.get("title", "")).replace("\n", " ")
    result.source_url = fields.get("source_url", "") or fields.get("url", "")
    published = fields.get("published", "") or fields.get("date", "")
    if published:
        try:  # a timestamp "2025-06-04T10:00:00Z" gives its day
            result.published = dt.date.fromisoformat(published[:10])
            if len(published) > 10 and published[10] not in "T ":
                raise ValueError(published)
        except ValueError:
            result.warnings.append(
                f"{name}: front matter 'published: {published}' is not a date like "
                "2025-11-25; ignored it."
            )
    return result


def parse_front_matter(body: str) -> dict[str, str]:
    """Simple `key: value` lines; quotes around a value are removed, other lines ignored."""
    fields: dict[str, str] = {}
    for line in body.splitlines():
        match = _FRONT_MATTER_LINE.match(line.strip())
        if not match:
            continue
        value = match.group("value").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[match.group("key").lower()] = value
    return fields


# --- HTML --------------------------------------------------------------------------
def _read_html(raw: str, *, name: str) -> ReadResult:
    import trafilatura

    raw = _CONTROL.sub("", raw)  # lxml refuses control characters in text
    document = None
    try:
        document = trafilatura.bare_extraction(
            raw,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
        )
    except Exception:  # trafilatura raises many kinds on odd markup; fall back below
        logger.warning("trafilatura failed on %s", name, exc_info=True)
    text = normalize(getattr(document, "text", None) or "") if document else ""
    result = ReadResult(text=text, format="html")
    if document is not None:
        result.title = normalize(getattr(document, "title", None) or "").replace("\n", " ")
        result.site_name = (getattr(document, "sitename", None) or "").strip()
        result.source_url = (getattr(document, "url", None) or "").strip()
        result.published = _iso_date(getattr(document, "date", None) or "")
    if len(result.text) < SHORT_PAGE_CHARS:
        # On tiny pages trafilatura's fallback puts every inline element on its own line.
        body = normalize(html_body_text(raw))
        if body and (not result.text or body.count("\n") < result.text.count("\n")):
            result.text = body
    if not result.text:
        result.text = normalize(html_body_text(raw))
        if not result.title:
            result.title = _html_title(raw)
        if result.text:
            result.warnings.append(
                f"{name}: could not find the article in the page; imported all of its text."
            )
    if not result.text:
        # lxml stops building the tree at LXML_MAX_DEPTH levels and drops what lies deeper;
        # a streaming reader keeps no tree, so any depth costs the same per character.
        streamed, depth = stream_html_text(raw)
        result.text = normalize(streamed)
        if result.text:
            result.title = result.title or _html_title(raw)
            result.warnings.append(
                f"{name}: its markup is nested {depth:,} levels deep, deeper than the "
                f"{LXML_MAX_DEPTH} that the page reader follows: imported its text without "
                "the page layout; check the paragraphs."
            )
    head = [" ".join(line.split()) for line in result.text.split("\n")[:TITLE_SEARCH_LINES]]
    if result.title and " ".join(result.title.split()) not in head:
        # Extractors return the headline apart; put it first so it can be quoted.
        result.text = f"{result.title}\n\n{result.text}".strip()
    return result


def html_body_text(raw: str) -> str:
    """The text of <body> (or the whole page) without scripts, styles or templates.

    Block elements end a line; inline ones (<a>, <b>) stay inside their sentence.
    """
    import lxml.html

    try:
        root = lxml.html.fromstring(raw)
    except Exception:  # lxml refuses empty or odd documents with several exception types
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        tag = element.tag.lower()
        if tag == "li":
            element.text = "\n- " + (element.text or "")
        elif HTML_BLOCK_TAG.fullmatch(tag):
            element.text = "\n" + (element.text or "")
        if tag == "li" or HTML_BLOCK_TAG.fullmatch(tag):
            element.tail = "\n" + (element.tail or "")
    body = root.find(".//body")
    node = body if body is not None else root
    lines = (" ".join(line.split()) for line in "".join(node.itertext()).split("\n"))
    return "\n".join(line for line in lines if line and line != "-")


LXML_MAX_DEPTH = 255
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head"})
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)  # fmt: skip


class _TextStream(HTMLParser):
    """The text of a page in one pass, with no tree: block elements end a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = self.max_depth = self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID_TAGS:
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        if tag == "li":
            self.parts.append("\n- ")
        elif HTML_BLOCK_TAG.fullmatch(tag):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID_TAGS:
            self.depth = max(0, self.depth - 1)
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        if tag == "li" or HTML_BLOCK_TAG.fullmatch(tag):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def stream_html_text(raw: str) -> tuple[str, int]:
    """The text of a page however deeply it is nested, and how deep it goes."""
    stream = _TextStream()
    stream.feed(raw)
    stream.close()
    lines = (" ".join(line.split()) for line in "".join(stream.parts).split("\n"))
    return "\n".join(line for line in lines if line and line != "-"), stream.max_depth


def _html_title(raw: str) -> str:
    match = re.search(r"<title[^>]*>(.*?)</title>", raw, re.IGNORECASE | re.DOTALL)
    if not match:
        return ""
    import html

    return " ".join(html.unescape(match.group(1)).split())


def _iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- PDF ---------------------------------------------------------------------------
def _read_pdf(data: bytes, *, name: str) -> ReadResult:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip().startswith(b"%PDF"):
        raise DocumentError(f"{name} is not a PDF file (corrupt?): export it again as PDF.")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(
                f"{name} is a password-protected PDF: remove the password and import it again."
            )
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title = str(info.title or "") if info else ""
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
        raise DocumentError(
            f"{name} is a corrupt PDF ({error}): export it again as PDF, or as .txt."
        ) from error
    text = normalize("\n\n".join(page.strip() for page in pages))
    if not text:
        raise DocumentError(
            f"{name} has no text layer (scanned PDF?): no text to import: run OCR first."
        )
    return ReadResult(text=text, format="pdf", title=normalize(title).replace("\n", " "))
