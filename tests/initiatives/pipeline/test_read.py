from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
import time_machine
from pypdf import PdfWriter

from initiatives.pipeline.read import read_document
from initiatives.pipeline.types import DocumentError

INPUTS = Path(__file__).parent / "inputs"
TODAY = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)


def _pdf_with_text(line: str) -> bytes:
    """A one-page PDF whose content stream draws `line` in Helvetica, with a correct xref."""
    stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_it_normalizes_line_ends_spaces_blank_lines_and_unicode() -> None:
    data = "  Title\r\nLine one   \r\rLine two\n\n\n\n\n\nCafe\u0301 “quoted” it’s \n".encode()
    result = read_document(data, filename="note.txt")
    assert result.text == "Title\nLine one\n\nLine two\n\n\nCafé “quoted” it’s"
    assert result.format == "txt"
    assert result.title == ""


def test_it_refuses_an_unknown_extension_naming_the_accepted_ones() -> None:
    with pytest.raises(DocumentError, match=r"accepted: .*\.html.*\.md.*\.pdf.*\.txt"):
        read_document(b"text", filename="report.docx")


@pytest.mark.parametrize("data", [b"", b"  \n\n \t"])
def test_it_refuses_an_empty_file(data: bytes) -> None:
    with pytest.raises(DocumentError, match=r"empty\.txt is empty: nothing to import"):
        read_document(data, filename="empty.txt")


def test_it_refuses_a_binary_file() -> None:
    with pytest.raises(DocumentError, match=r"looks like a binary file, not text: export it"):
        read_document(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", filename="photo.txt")


def test_it_refuses_a_file_over_the_limit_naming_size_limit_and_setting() -> None:
    with pytest.raises(DocumentError) as error:
        read_document(b"x" * 2_001, filename="big.txt", max_bytes=2_000)
    assert "2,001 bytes" in str(error.value)
    assert "2,000 bytes" in str(error.value)
    assert "DOCKET_MAX_UPLOAD_BYTES" in str(error.value)


def test_it_decodes_cp1252_text_with_a_warning_naming_the_encoding() -> None:
    text = "Brussels – The Council’s “historic” decision on the Président’s café crème."
    result = read_document(text.encode("cp1252"), filename="legacy.txt")
    assert result.text == text
    assert any("cp1252" in warning for warning in result.warnings)


def test_it_keeps_a_central_european_encoding_when_that_is_what_fits() -> None:
    text = "Zażółć gęślą jaźń, powiedział minister."
    result = read_document(text.encode("cp1250"), filename="pl.txt")
    assert result.text == text
    assert any("cp1250" in warning for warning in result.warnings)


def test_it_refuses_bytes_that_decode_to_nothing_sensible() -> None:
    with pytest.raises(DocumentError, match=r"not UTF-8 .*save it as UTF-8"):
        read_document(bytes(range(128, 256)) * 8, filename="noise.txt")


def test_it_reads_utf8_without_a_warning() -> None:
    result = read_document("Kyiv – Київ".encode(), filename="ok.md")
    assert result.text == "Kyiv – Київ"
    assert result.warnings == []


def test_it_takes_front_matter_out_of_the_text() -> None:
    result = read_document((INPUTS / "commission-press-release.md").read_bytes(), filename="a.md")
    assert result.published == dt.date(2025, 6, 4)
    assert result.source_url == "https://example.ec.europa.eu/presscorner/ip_25_1234"
    assert result.title == "Commission launches partnership with Moldova on critical raw materials"
    assert result.text.startswith("# Commission launches partnership")
    assert "source_url" not in result.text


def test_it_takes_the_day_of_a_published_timestamp() -> None:
    data = b'---\r\npublished: "2025-06-04T10:00:00Z"\r\n---\r\nBody.'
    assert read_document(data, filename="a.md").published == dt.date(2025, 6, 4)


def test_it_warns_about_a_bad_published_value_and_keeps_reading() -> None:
    data = b"---\npublished: next Tuesday\ntitle: 'A title'\n---\nBody text."
    result = read_document(data, filename="a.txt")
    assert result.published is None
    assert result.title == "A title"
    assert result.text == "Body text."
    assert any("next Tuesday" in warning for warning in result.warnings)


@time_machine.travel(TODAY, tick=False)
def test_it_reads_html_article_text_title_date_and_site_without_scripts() -> None:
    result = read_document((INPUTS / "news-page.html").read_bytes(), filename="page.html")
    assert result.format == "html"
    assert result.title == "EU and Japan launch security and defence partnership"
    assert result.published == dt.date(2024, 11, 1)
    assert result.site_name == "Example News"
    assert "signed a security and defence partnership in Tokyo" in result.text
    assert "- Joint naval exercises" in result.text
    for never in ("SECRET_TRACKER_CODE", "never in the text", "color: red", "Accept all"):
        assert never not in result.text


def test_it_falls_back_to_the_body_text_when_no_article_is_found() -> None:
    page = (
        b"<html><head><script>var x = 1;</script></head><body><p>The <b>Council</b> "
        b"<a href='/a'>agreed</a>.</p><ul><li>One</li></ul></body></html>"
    )
    result = read_document(page, filename="tiny.htm")
    assert "The Council agreed.\n- One" in result.text
    assert "var x" not in result.text


def test_it_reads_html_with_a_stray_control_character() -> None:
    page = b"<html><body><p>The Council\x0b adopted the act.</p></body></html>"
    assert read_document(page, filename="odd.html").text == "The Council adopted the act."


def test_it_reads_a_web_page_saved_as_txt_as_html() -> None:
    page = (INPUTS / "news-page.html").read_bytes()
    result = read_document(page, filename="saved.txt")
    assert result.format == "html"
    assert "SECRET_TRACKER_CODE" not in result.text
    assert result.warnings == ["saved.txt is a web page saved as text: read it as HTML."]


def test_it_reads_the_text_of_a_pdf() -> None:
    result = read_document(_pdf_with_text("The Council adopted the regulation."), filename="a.pdf")
    assert result.format == "pdf"
    assert result.text == "The Council adopted the regulation."


def test_it_refuses_a_pdf_without_a_text_layer() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentError, match=r"scanned PDF\?.*run OCR first"):
        read_document(buffer.getvalue(), filename="scan.pdf")


@pytest.mark.parametrize("data", [b"%PDF-1.4\n1 0 obj garbage", b"not a pdf at all"])
def test_it_refuses_a_corrupt_pdf(data: bytes) -> None:
    with pytest.raises(DocumentError, match=r"broken\.pdf .*(corrupt|not a PDF)"):
        read_document(data, filename="broken.pdf")
