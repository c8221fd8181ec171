"""PDF reader: page labels, pages without a text layer, encryption, limits, metadata and cleaning."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader as PypdfReader
from pypdf import PdfWriter
from pypdf.constants import PageLabelStyle
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.pdf import PdfReader, clean_pdf_text

# None = a page with only a drawn rectangle (no text layer); a list = text lines of the page.
PageSpec = list[str] | None


def make_pdf(path: Path, pages: list[PageSpec], title: str = "", author: str = "") -> Path:
    """Write a PDF with reportlab: one page per spec, each text page's lines from the top."""
    c = canvas.Canvas(str(path), pagesize=A4)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    for spec in pages:
        if spec is None:
            c.rect(100, 400, 300, 200, fill=1)
        else:
            y = 780
            for line in spec:
                c.drawString(72, y, line)
                y -= 16
        c.showPage()
    c.save()
    return path


def rewrite(source: Path, target: Path, **encrypt: str) -> Path:
    """Copy a PDF with pypdf's writer, optionally encrypting it (AES-256)."""
    writer = PdfWriter(clone_from=PypdfReader(source))
    if encrypt:
        writer.encrypt(algorithm="AES-256", **encrypt)
    writer.write(target)
    return target


TEXT_PAGES: list[PageSpec] = [
    ["Introduction", "Micro-credentials certify small units of learning."],
    None,
    ["Workload", "One ECTS credit stands for 25 to 30 hours of work."],
    ["Assessment", "Each micro-credential states its type of assess-", "ment and its level."],
    None,
]


@pytest.fixture
def plain_pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "brief.pdf", TEXT_PAGES, title="Policy brief", author="Siobhan Kelly")


@pytest.mark.unit
def test_one_passage_per_text_page_with_physical_labels(plain_pdf: Path) -> None:
    result = PdfReader().read(plain_pdf)
    assert [p.location.label for p in result.passages] == ["page 1", "page 3", "page 4"]
    assert [p.location.page for p in result.passages] == [1, 3, 4]
    assert all(p.location.page_label is None for p in result.passages)
    assert "25 to 30 hours" in result.passages[1].text
    assert result.passages[0].text.startswith("Introduction")
    assert result.units == 5


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a machine without Tesseract: OCR is not available."""
    monkeypatch.setenv("GUIDELINES_TESSERACT", "/nonexistent/tesseract")


@pytest.mark.unit
def test_pages_without_text_layer_are_listed_in_one_warning(plain_pdf: Path, no_tesseract: None) -> None:
    result = PdfReader().read(plain_pdf)
    assert result.warnings == (
        "pages 2, 5: no text layer (needs OCR: install Tesseract to read scanned pages "
        "(Debian: apt-get install tesseract-ocr))",
    )


@pytest.mark.unit
def test_hyphenated_line_break_is_joined(plain_pdf: Path) -> None:
    page4 = PdfReader().read(plain_pdf).passages[2]
    assert "type of assessment and its level" in page4.text.replace("\n", " ")


@pytest.mark.unit
def test_pdf_without_any_text_layer_fails_saying_how_to_enable_ocr(tmp_path: Path, no_tesseract: None) -> None:
    path = make_pdf(tmp_path / "scan.pdf", [None, None])
    with pytest.raises(ReadError, match=r"^no text layer \(needs OCR: install Tesseract .*tesseract-ocr\)\)$"):
        PdfReader().read(path)


@pytest.mark.unit
def test_properties_from_metadata(plain_pdf: Path) -> None:
    props = PdfReader().read(plain_pdf).properties
    assert props.title == "Policy brief"
    assert props.author == "Siobhan Kelly"
    assert props.date is not None and len(props.date) == 10 and props.date[4] == "-"


@pytest.mark.unit
def test_page_labels_replace_physical_numbers_when_defined(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "src.pdf", [["Preface text"], ["Contents list"], ["Chapter one"], ["Chapter two"]])
    writer = PdfWriter(clone_from=PypdfReader(source))
    writer.set_page_label(0, 1, style=PageLabelStyle.LOWERCASE_ROMAN, start=1)
    writer.set_page_label(2, 3, style=PageLabelStyle.DECIMAL, start=1)
    labelled = tmp_path / "labelled.pdf"
    writer.write(labelled)
    passages = PdfReader().read(labelled).passages
    assert [p.location.label for p in passages] == ["page i", "page ii", "page 1", "page 2"]
    assert [p.location.page for p in passages] == [1, 2, 3, 4]
    assert [p.location.page_label for p in passages] == ["i", "ii", "1", "2"]
    assert "Chapter one" in passages[2].text


@pytest.fixture
def encrypted_pdf(tmp_path: Path) -> Path:
    source = make_pdf(tmp_path / "src.pdf", [["Confidential recognition figures"]])
    return rewrite(source, tmp_path / "locked.pdf", user_password="user-pw", owner_password="owner-pw")


@pytest.mark.unit
def test_encrypted_pdf_needs_password(encrypted_pdf: Path) -> None:
    with pytest.raises(ReadError, match=r"^encrypted: password needed$"):
        PdfReader().read(encrypted_pdf)


@pytest.mark.unit
def test_encrypted_pdf_wrong_password(encrypted_pdf: Path) -> None:
    with pytest.raises(ReadError, match=r"^encrypted: wrong password$"):
        PdfReader().read(encrypted_pdf, password="guess")


@pytest.mark.unit
@pytest.mark.parametrize("password", ["user-pw", "owner-pw"])
def test_encrypted_pdf_opens_with_user_or_owner_password(encrypted_pdf: Path, password: str) -> None:
    result = PdfReader().read(encrypted_pdf, password=password)
    assert result.passages[0].location.label == "page 1"
    assert "Confidential recognition figures" in result.passages[0].text


@pytest.mark.unit
def test_encrypted_with_empty_user_password_opens_without_one(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "src.pdf", [["Open to read, locked to edit"]])
    path = rewrite(source, tmp_path / "owner-only.pdf", user_password="", owner_password="owner-pw")
    assert "locked to edit" in PdfReader().read(path).passages[0].text
    # a wrong password still falls back to the empty one, which opens the file
    assert PdfReader().read(path, password="nonsense").passages


@pytest.mark.unit
def test_page_limit(plain_pdf: Path) -> None:
    with pytest.raises(LimitExceeded, match="5 pages exceed the limit of 2 pages"):
        PdfReader().read(plain_pdf, limits=Limits(max_pages=2))


@pytest.mark.unit
def test_character_limit(plain_pdf: Path) -> None:
    with pytest.raises(LimitExceeded, match="limit of 40 characters"):
        PdfReader().read(plain_pdf, limits=Limits(max_chars=40))


@pytest.mark.unit
@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\ngarbage", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF", b"not a pdf at all"],
)
def test_malformed_pdf_is_a_read_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        PdfReader().read(path)
    assert info.value.reason


@pytest.mark.unit
def test_truncated_pdf_is_a_read_error(plain_pdf: Path, tmp_path: Path) -> None:
    data = plain_pdf.read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    try:
        result = PdfReader().read(path)  # non-strict pypdf may recover some pages: fine
        assert all(p.location.label.startswith("page ") for p in result.passages)
    except ReadError as exc:
        assert exc.reason


@pytest.mark.unit
def test_clean_pdf_text() -> None:
    raw = "e\ufb03cient\x00 qualifi-\ncation  of\u00a0the\tlearner\x07\n\n\n\nNext"
    assert clean_pdf_text(raw) == "efficient qualification of the learner\n\nNext"


@pytest.mark.unit
def test_reader_identity() -> None:
    reader = PdfReader()
    assert reader.name == "pypdf"
    assert reader.extensions == (".pdf",)
    assert reader.version[0].isdigit()


@pytest.mark.unit
def test_language_from_the_catalog(plain_pdf: Path, tmp_path: Path) -> None:
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=PypdfReader(plain_pdf))
    writer._root_object[NameObject("/Lang")] = TextStringObject("lv-LV")  # what word processors write
    writer.write(tmp_path / "latvian.pdf")
    assert PdfReader().read(tmp_path / "latvian.pdf").properties.language == "lv-LV"
    assert PdfReader().read(plain_pdf).properties.language is None


@pytest.mark.unit
@pytest.mark.parametrize(
    "broken, joined",
    [
        ("The recog-\nnition of prior learning.", "The recognition of prior learning."),
        ("Each micro-\ncredential counts.", "Each micro-credential counts."),  # a compound keeps its hyphen
        ("A work-\nbased course.\nWork-based learning.", "A work-based course.\nWork-based learning."),
        ("Assess-\nment and non-\nformal learning.", "Assessment and non-formal learning."),
    ],
)
def test_a_word_broken_at_a_line_end_is_rejoined_and_a_compound_keeps_its_hyphen(broken: str, joined: str) -> None:
    from ingest.readers.pdf_pages import _dehyphenate

    assert _dehyphenate(broken) == joined
