"""RTF reader: sections from heading styles and outline levels, tables, notes, fields, code pages, refusals."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from ingest.readers.base import LimitExceeded, Limits, Reader, ReadError
from ingest.readers.docx import DocxReader
from ingest.readers.rtf import RtfReader

# A short expert input as a word processor writes it: font, colour and style tables, document info, a generator
# stamp, a page header, a title paragraph, list numbers for old readers, two heading styles, a hyperlink field,
# a footnote, a picture with hex data and a table. Raw line breaks sit where writers put them (they are not text).
EXPERT_INPUT = r"""{\rtf1\ansi\ansicpg1252\uc1\deff0
{\fonttbl{\f0\froman\fcharset0 Cambria;}{\f1\fswiss\fcharset0 Calibri Light{\*\falt Calibri};}}
{\colortbl;\red31\green56\blue100;}
{\stylesheet{\ql\f0\fs22 \snext0 Normal;}{\s1\ql\keepn\f1\fs32 \sbasedon0\snext0 heading 1;}
{\s2\ql\keepn\f1\fs26 \sbasedon0\snext0 Heading 2;}{\s15\qc\fs52 \sbasedon0\snext0 Title;}
{\*\cs10 \additive Default Paragraph Font;}}
{\*\generator Handwritten 0.1;}
{\info{\title Micro-credentials in adult learning}{\author Marta Kowalska}{\operator Editor}
{\creatim\yr2024\mo5\dy17\hr9\min30}{\revtim\yr2024\mo6\dy2}}
{\header \pard\plain Page header of the consultation\par}
\pard\plain\s15 Expert input on micro-credentials\par
\pard\plain Submitted to the drafting group in May.\par
\pard\plain\s1 {\listtext 1.\tab}Recognition\par
\pard\plain Learners value a caf\'e9-style \u8211? informal \u8211\'96 setting.\par{\*\bkmkstart secret_anchor}
Providers should publish outcomes, see {\field{\*\fldinst HYPERLINK "https://example.org/mc"}{\fldrslt
{\ul the register}}}.{\super\chftn}{\footnote\pard\plain {\super\chftn} Council Recommendation of 16 June 2022.}\par
{\*\shppict{\pict\pngblip\picw10\pich10
89504e470d0a1a0a0000000d4948445200000010
deadbeefcafebabe}}
\pard\plain\s2 Stackability\par
\pard\plain Credits may be com\r
bined towards a degree.\par
\trowd\cellx3000\cellx6000
\pard\intbl Credential\cell ECTS\cell\row
\trowd\cellx3000\cellx6000
\pard\intbl Data literacy\cell 3\cell\row
\pard\plain A table is followed by text in the same section.\par
}"""


def write_rtf(path: Path, text: str, encoding: str = "latin-1") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def rtf(body: str, header: str = "") -> str:
    """A minimal document around ``body``."""
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}" + header + "\n" + body + "\n}"


def hex_escapes(text: str, codec: str) -> str:
    """``text`` as \\'hh escapes of its bytes in ``codec`` (how RTF writes characters of its code page)."""
    return "".join(f"\\'{byte:02x}" for byte in text.encode(codec))


@pytest.fixture(scope="module")
def expert(tmp_path_factory: pytest.TempPathFactory):
    path = write_rtf(tmp_path_factory.mktemp("rtf") / "expert_input.rtf", EXPERT_INPUT)
    return RtfReader().read(path)


@pytest.mark.unit
def test_reader_shape() -> None:
    reader = RtfReader()
    assert isinstance(reader, Reader)
    assert reader.name == "rtf" and reader.extensions == (".rtf",)
    assert reader.version


@pytest.mark.unit
def test_labels_in_document_order(expert) -> None:
    assert [p.location.label for p in expert.passages] == [
        "paragraph 1",
        "section 1 Recognition",
        "section 1 Recognition, footnote 1",
        "section 1.1 Stackability",
        "section 1.1 Stackability, table 1",
        "section 1.1 Stackability",
    ]


@pytest.mark.unit
def test_text_accents_dashes_and_hyperlink_text(expert) -> None:
    passages = expert.passages
    assert passages[0].text == "Submitted to the drafting group in May."
    assert passages[1].text == (
        "Learners value a café-style \u2013 informal \u2013 setting.\n"
        "Providers should publish outcomes, see the register."
    )
    assert passages[1].location.section == "1 Recognition"
    assert passages[1].location.section_path == ("1 Recognition",)
    assert passages[3].location.section_path == ("1 Recognition", "1.1 Stackability")


@pytest.mark.unit
def test_soft_line_breaks_in_the_source_are_not_text(expert) -> None:
    assert expert.passages[3].text == "Credits may be combined towards a degree."


@pytest.mark.unit
def test_table_rows_and_cells(expert) -> None:
    table = expert.passages[4]
    assert table.text == "Credential | ECTS\nData literacy | 3"
    assert table.location.table == 1
    assert expert.passages[5].text == "A table is followed by text in the same section."


@pytest.mark.unit
def test_footnote_follows_the_passage_that_refers_to_it(expert) -> None:
    note = expert.passages[2]
    assert note.text == "Council Recommendation of 16 June 2022."
    assert note.location.section == "1 Recognition"


@pytest.mark.unit
def test_properties_from_info(expert) -> None:
    # the Title paragraph, seen by every reader, before the info group's hidden title (session 18)
    assert expert.properties.title == "Expert input on micro-credentials"
    assert expert.properties.author == "Marta Kowalska"
    assert expert.properties.date == "2024-05-17"
    assert expert.warnings == ()


@pytest.mark.unit
def test_nothing_of_the_header_tables_pictures_or_fields_leaks(expert) -> None:
    text = "\n".join(p.text for p in expert.passages)
    for leak in (
        "Cambria",
        "Calibri",
        "Normal",
        "heading",
        "Default Paragraph Font",
        "Handwritten",
        "Editor",
        "Page header",
        "HYPERLINK",
        "example.org",
        "secret_anchor",
        "89504e47",
        "deadbeef",
        "1.",
        "Expert input on micro-credentials",  # the Title paragraph names the document, as in DOCX
        ";",
    ):
        assert leak not in text, leak


@pytest.mark.unit
def test_info_title_used_when_no_paragraph_is_in_the_title_style(tmp_path: Path) -> None:
    path = write_rtf(tmp_path / "t.rtf", rtf("\\pard Body.\\par", "{\\info{\\title Credits for carers}}"))
    result = RtfReader().read(path)
    assert result.properties.title == "Credits for carers"
    assert [p.text for p in result.passages] == ["Body."]


@pytest.mark.unit
def test_title_paragraph_used_when_info_has_no_title(tmp_path: Path) -> None:
    styles = "{\\stylesheet{Normal;}{\\s15 Title;}}"
    path = write_rtf(tmp_path / "t.rtf", rtf("\\pard\\s15 Digital credentials\\par\\pard Body.\\par", styles))
    result = RtfReader().read(path)
    assert result.properties.title == "Digital credentials"
    assert [p.text for p in result.passages] == ["Body."]


@pytest.mark.unit
def test_headings_from_outline_levels_and_localised_style_names(tmp_path: Path) -> None:
    styles = "{\\stylesheet{Normal;}{\\s1 Titre 1;}{\\s2\\outlinelevel1 Custom sub;}{\\s9 toc 1;}}"
    body = (
        "\\pard\\s9 Reconnaissance\\tab 1\\par"  # a generated table of contents repeats the headings
        "\\pard\\s1 Reconnaissance\\par\\pard Texte.\\par"
        "\\pard\\s2 Portabilit\\'e9\\par\\pard Plus.\\par"
        "\\pard\\outlinelevel0 3 Financement\\par\\pard Fonds.\\par"
        "\\pard\\s1\\outlinelevel9 Demoted heading is text\\par"
    )
    passages = RtfReader().read(write_rtf(tmp_path / "h.rtf", rtf(body, styles))).passages
    assert [(p.location.label, p.text) for p in passages] == [
        ("section 1 Reconnaissance", "Texte."),
        ("section 1.1 Portabilité", "Plus."),
        ("section 3 Financement", "Fonds.\nDemoted heading is text"),
    ]


@pytest.mark.unit
def test_endnote_and_unreferenced_labels(tmp_path: Path) -> None:
    styles = "{\\stylesheet{Normal;}{\\s1 heading 1;}}"
    body = (
        "\\pard\\s1 Quality\\par"
        "\\pard Assured by agencies{\\footnote\\ftnalt\\pard Survey of 30 agencies.}"
        " and peers{\\*\\footnote\\pard Written by LibreOffice with a star.}.\\par"
    )
    passages = RtfReader().read(write_rtf(tmp_path / "n.rtf", rtf(body, styles))).passages
    assert [(p.location.label, p.text) for p in passages] == [
        ("section 1 Quality", "Assured by agencies and peers."),
        ("section 1 Quality, endnote 1", "Survey of 30 agencies."),
        ("section 1 Quality, footnote 1", "Written by LibreOffice with a star."),
    ]


@pytest.mark.unit
def test_unicode_skip_counts_and_surrogate_pairs(tmp_path: Path) -> None:
    body = (
        "\\pard A\\u8364\\'80 B{\\uc2\\u8220\\'93\\'93C}"  # the fallback of \\uc2 is two bytes
        "{\\uc0\\u8221 D}"  # no fallback at all
        " \\u-10179?\\u-8704? E\\u-3? F\\par"  # a surrogate pair (an emoji) and a negative BMP value
    )
    text = RtfReader().read(write_rtf(tmp_path / "u.rtf", rtf(body))).passages[0].text
    assert text == "A\u20ac B\u201cC\u201dD \U0001f600 E\ufffd F"


@pytest.mark.unit
def test_cyrillic_code_page_from_ansicpg(tmp_path: Path) -> None:
    words = "Признание микроквалификаций"
    header = "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0 Arial;}}"
    document = header + "\\pard " + hex_escapes(words, "cp1251") + "\\par}"
    assert RtfReader().read(write_rtf(tmp_path / "ru.rtf", document)).passages[0].text == words


@pytest.mark.unit
def test_font_charset_selects_the_code_page(tmp_path: Path) -> None:
    fonts = "{\\fonttbl{\\f0\\fcharset0 Arial;}{\\f1\\fcharset204 Arial Cyr;}{\\f2\\fcharset161 Arial Greek;}}"
    body = (
        "\\pard caf\\'e9 {\\f1 "
        + hex_escapes("Навыки", "cp1251")
        + "} {\\f2 "
        + hex_escapes("Δεξιότητες", "cp1253")
        + "}\\par"
    )
    document = "{\\rtf1\\ansi\\ansicpg1252\\deff0" + fonts + body + "}"
    assert RtfReader().read(write_rtf(tmp_path / "f.rtf", document)).passages[0].text == "café Навыки Δεξιότητες"


@pytest.mark.unit
def test_double_byte_code_page_joins_escape_pairs(tmp_path: Path) -> None:
    words = "日本語の資格"  # two bytes per character in Shift-JIS (cp932): each character is two \'hh escapes
    document = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fcharset128 MS Mincho;}}\\pard "
    document += hex_escapes(words, "cp932") + "\\par}"
    assert RtfReader().read(write_rtf(tmp_path / "ja.rtf", document)).passages[0].text == words


@pytest.mark.unit
def test_vertical_merge_repeats_and_nested_table_flattens(tmp_path: Path) -> None:
    body = (
        "\\trowd\\clvmgf\\cellx2000\\cellx4000\\pard\\intbl Moldova\\cell Agency\\cell\\row"
        "\\trowd\\clvmrg\\cellx2000\\cellx4000\\pard\\intbl \\cell Ministry\\cell\\row"
        "\\trowd\\cellx2000\\cellx4000\\pard\\intbl Outer\\par second line\\cell"
        "\\pard\\intbl\\itap2 inner\\nestcell 1\\nestcell{\\*\\nesttableprops\\trowd\\cellx500\\cellx900\\nestrow}"
        "\\pard\\intbl\\itap2 nested\\nestcell 2\\nestcell{\\*\\nesttableprops\\trowd\\cellx500\\cellx900\\nestrow}"
        "\\pard\\intbl\\itap1 after\\cell\\row"
        "\\pard Text.\\par"
    )
    passages = RtfReader().read(write_rtf(tmp_path / "m.rtf", rtf(body))).passages
    assert passages[0].text == ("Moldova | Agency\nMoldova | Ministry\nOuter second line | inner | 1; nested | 2 after")
    assert passages[0].location.label == "table 1"
    assert passages[1].text == "Text."


@pytest.mark.unit
def test_text_box_object_result_and_unicode_copy(tmp_path: Path) -> None:
    body = (
        "\\pard Anchor paragraph."
        "{\\shp{\\*\\shpinst\\shpleft0{\\sp{\\sn shapeType}{\\sv 202}}{\\shptxt\\pard Callout text\\par}}"
        "{\\shprslt{\\*\\do\\dobxcolumn{\\dptxbx{\\dptxbxtext Callout text\\par}}}}}"
        " More.\\par"
        "\\pard {\\object\\objemb{\\*\\objclass Excel.Sheet.12}{\\*\\objdata 01050000020000}"
        "{\\result Embedded table result}}\\par"
        "\\pard {\\upr{Ansi copy}{\\*\\ud{Unicode copy}}}\\par"
    )
    passages = RtfReader().read(write_rtf(tmp_path / "b.rtf", rtf(body))).passages
    assert passages[0].text == "Anchor paragraph. More.\nCallout text\nEmbedded table result\nUnicode copy"


@pytest.mark.unit
def test_hidden_deleted_comments_and_generated_toc_are_skipped(tmp_path: Path) -> None:
    body = (
        '{\\field{\\*\\fldinst TOC \\\\o "1-3"}{\\fldrslt 1 Recognition\\tab 2\\par}}'
        "\\pard Kept{\\v  hidden} text{\\deleted  deleted} here"
        "{\\*\\atnid R1}{\\*\\annotation\\pard Reviewer comment\\par}.\\par"
        "\\pard Binary {\\*\\blob\\bin4 {}\\x} skipped, page {\\field{\\*\\fldinst PAGE}{\\fldrslt 7}}.\\par"
    )
    passages = RtfReader().read(write_rtf(tmp_path / "s.rtf", rtf(body))).passages
    assert [p.text for p in passages] == ["Kept text here.\nBinary skipped, page 7."]


@pytest.mark.unit
def test_line_tab_and_escaped_symbols(tmp_path: Path) -> None:
    body = "\\pard One\\line two\\tab three \\{braces\\} back\\\\slash non\\~breaking co\\-operate\\_x\\par"
    text = RtfReader().read(write_rtf(tmp_path / "l.rtf", rtf(body))).passages[0].text
    assert text == "One\ntwo three {braces} back\\slash non breaking cooperate-x"


@pytest.mark.unit
def test_deep_nesting_is_flattened_not_a_crash(tmp_path: Path) -> None:
    depth = 200_000
    path = tmp_path / "deep.rtf"
    path.write_bytes(b"{\\rtf1 " + b"{" * depth + b"Deeply nested micro-credential" + b"}" * depth + b"}")
    result = RtfReader().read(path)
    assert [p.text for p in result.passages] == ["Deeply nested micro-credential"]
    assert any("max_group_depth" in warning for warning in result.warnings)


@pytest.mark.unit
def test_deep_nesting_without_text_or_closing_braces(tmp_path: Path) -> None:
    path = tmp_path / "deep_open.rtf"
    path.write_bytes(b"{\\rtf1 " + b"{" * 200_000)
    with pytest.raises(ReadError, match="no text found"):
        RtfReader().read(path)


@pytest.mark.unit
def test_plain_text_named_rtf_is_refused(tmp_path: Path) -> None:
    path = write_rtf(tmp_path / "notes.rtf", "Micro-credentials: notes typed in a plain editor.\n")
    with pytest.raises(ReadError, match=r"not an RTF file"):
        RtfReader().read(path)


@pytest.mark.unit
def test_bom_and_whitespace_before_the_header_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.rtf"
    path.write_bytes(b"\xef\xbb\xbf\r\n {\\rtf1 Stackable credentials.}")
    assert RtfReader().read(path).passages[0].text == "Stackable credentials."


@pytest.mark.unit
def test_rtf_without_text(tmp_path: Path) -> None:
    document = rtf("{\\*\\shppict{\\pict 89504e47}}\\pard\\par\\pard \\tab\\par", "{\\info{\\title Only a title}}")
    with pytest.raises(ReadError, match="no text found"):
        RtfReader().read(write_rtf(tmp_path / "empty.rtf", document))


@pytest.mark.unit
def test_truncated_file_keeps_what_was_read(tmp_path: Path) -> None:
    path = write_rtf(tmp_path / "cut.rtf", "{\\rtf1\\ansi {\\fonttbl{\\f0 Arial;}}\\pard First.\\par\\pard Second half")
    assert RtfReader().read(path).passages[0].text == "First.\nSecond half"


@pytest.mark.unit
def test_limits(tmp_path: Path) -> None:
    path = write_rtf(tmp_path / "big.rtf", rtf("\\pard " + "Portfolio evidence. " * 100 + "\\par"))
    with pytest.raises(LimitExceeded) as chars:
        RtfReader().read(path, limits=Limits(max_chars=500))
    assert chars.value.setting == "max_chars"
    with pytest.raises(LimitExceeded) as size:
        RtfReader().read(path, limits=Limits(max_file_bytes=100))
    assert "max_file" in size.value.setting


@pytest.mark.unit
def test_unexpected_errors_become_read_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest.readers import rtf as rtf_module

    def broken(self) -> None:
        raise IndexError("boom")

    monkeypatch.setattr(rtf_module._Parser, "run", broken)
    path = write_rtf(tmp_path / "x.rtf", rtf("\\pard Text.\\par"))
    with pytest.raises(ReadError, match="malformed RTF: IndexError: boom"):
        RtfReader().read(path)


@pytest.mark.unit
def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="cannot read file"):
        RtfReader().read(tmp_path / "absent.rtf")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_rtf_reads_with_headings(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Micro-credentials and employability"
    document.core_properties.author = "Jonas Petrauskas"
    document.add_paragraph("Input from the employers' panel", style="Title")
    document.add_paragraph("Written before any heading.")
    document.add_heading("Recognition", level=1)
    document.add_paragraph("Employers recognise credentials – when outcomes are clear (café discussions, ŽŪ).")
    document.add_heading("Transparency", level=2)
    table = document.add_table(rows=2, cols=2)
    for (row, column), value in {(0, 0): "Skill", (0, 1): "Level", (1, 0): "Teamwork", (1, 1): "B2"}.items():
        table.cell(row, column).text = value
    document.add_heading("Portability", level=1)
    document.add_paragraph("Credentials travel with the learner.")
    source = tmp_path / "panel.docx"
    document.save(str(source))
    profile = (tmp_path / "profile").as_uri()  # a private profile: no clash with another running LibreOffice
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "rtf", "--outdir", str(tmp_path)]
        + [str(source)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = RtfReader().read(tmp_path / "panel.rtf")
    assert [(p.location.label, p.text) for p in result.passages] == [
        ("paragraph 1", "Written before any heading."),
        ("section 1 Recognition", "Employers recognise credentials – when outcomes are clear (café discussions, ŽŪ)."),
        ("section 1.1 Transparency, table 1", "Skill | Level\nTeamwork | B2"),
        ("section 2 Portability", "Credentials travel with the learner."),
    ]
    assert result.properties.title == "Input from the employers' panel"  # the Title paragraph, not the info title
    assert result.properties.author == "Jonas Petrauskas"


@pytest.mark.unit
def test_a_letter_without_headings_is_cut_into_paragraph_runs_as_in_word(tmp_path: Path) -> None:
    # a long letter: a citation must point to the paragraphs that hold the words, not to "paragraphs 1-17"
    paragraphs = [
        "Dear members of the guideline team,",
        *(
            f"Point {k}: the association asks that short courses of one or two ECTS be listed in the register, "
            f"each with learning outcomes written down and assessed by the provider ({k})."
            for k in range(1, 15)
        ),
        "Yours faithfully,",
        "Ana Horvat",
    ]
    body = "".join(f"\\pard\\plain {p}\\par\n" for p in paragraphs)
    rtf = tmp_path / "letter.rtf"
    rtf.write_text("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\n" + body + "}", encoding="ascii")
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "letter.docx"))
    read = [(p.location.label, p.text) for p in RtfReader().read(rtf).passages]
    assert read == [(p.location.label, p.text) for p in DocxReader().read(tmp_path / "letter.docx").passages]
    # the salutation is left out in both but keeps its number, so the paragraphs after it keep theirs
    assert len(read) >= 3 and read[0][0].startswith("paragraphs 2-") and read[-1][0].endswith("-15")
    # the closing and the signature are left out in both
    assert "\n".join(text for _, text in read) == "\n".join(paragraphs[1:-2])
