"""Outlines saved as Rich Text: Heading 1 sections, numbered questions under them, an introduction that asks
nothing, the Title style or the document's info title; written here as Word, LibreOffice and WordPad write RTF."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, load_outline

pytestmark = pytest.mark.unit

# Word: a stylesheet with "heading 1" at outline level 0, a Title style, list paragraphs (\ls, \ilvl) whose
# numbers are written out in \listtext groups
WORD = r"""{\rtf1\ansi\ansicpg1250\deff0{\fonttbl{\f0\fcharset238 Calibri;}}
{\stylesheet{\s0 Normal;}{\s1\outlinelevel0 heading 1;}{\s15 Title;}}
{\info{\title Properties title}{\author Ewa Nowak}}
{\*\listtable{\list\listtemplateid1{\listlevel\levelnfc0{\leveltext\'02\'00.;}{\levelnumbers\'01;}}\listid1}}
{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}
\pard\plain\s15 Mikro-po\'9cwiadczenia w Polsce: pytania\par
\pard\plain\s1\outlinelevel0 Recognition of micro-credentials\par
\pard\plain This section asks how micro-credentials are recognised across borders.\par
\pard\plain\ls1\ilvl0{\listtext 1.\tab}Describe who decides on recognition\par
{\listtext 2.\tab}Which evidence must a learner show?\par
\pard\plain\s1\outlinelevel0 Funding\par
\pard\plain\ls1\ilvl0{\listtext 1.\tab}Explain who pays for short courses\par
\pard\plain\ls1\ilvl1{\listtext a.\tab}for jobseekers\par
\pard\plain\ls1\ilvl1{\listtext b.\tab}for employees\par
}"""

# LibreOffice: heading styles named "Heading 1" without an outline level in the stylesheet, no Title paragraph
# (the info title names the document), a questions table
LIBREOFFICE = r"""{\rtf1\ansi\deff0{\fonttbl{\f0 Liberation Serif;}}
{\stylesheet{\s0 Default;}{\s1 Heading 1;}}
{\info{\title Outline for the consultation}}
\pard\plain\s1 Quality assurance\par
\pard\plain Guiding questions:\par
\pard\plain Who reviews providers?\par
\pard\plain How often are they reviewed?\par
\pard\plain\s1 Digital credentials\par
\trowd\cellx3000\cellx6000\pard\intbl No.\cell Guiding question\cell\row
\trowd\cellx3000\cellx6000\pard\intbl 1\cell Which data must a credential carry?\cell\row
}"""

# WordPad (and Word 6): numbers written with \pntext, a bold title line, sections as "Heading 1" by outline level
WORDPAD = r"""{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}
\pard\outlinelevel0 Stackability\par
\pard{\pntext\f0 1.\tab}{\*\pn\pnlvlbody\pndec\pnstart1}List the conditions for combining credentials\par
{\pntext\f0 2.\tab}Who keeps the record of credits\par
}"""


def load(tmp_path: Path, text: str, name: str = "outline.rtf"):
    path = tmp_path / name
    path.write_bytes(text.encode("latin-1"))
    return load_outline(path)


def test_a_word_rtf_outline_reads_its_sections_numbered_questions_and_introduction(tmp_path):
    outline = load(tmp_path, WORD)
    assert outline.title == "Mikro-poświadczenia w Polsce: pytania"  # the Title paragraph, in code page 1250
    recognition, funding = outline.sections
    assert (recognition.id, recognition.title) == (
        "recognition-of-micro-credentials",
        "Recognition of micro-credentials",
    )
    # numbered items are questions even when they instruct; the introduction is the purpose, not a question
    assert recognition.questions == ("Describe who decides on recognition", "Which evidence must a learner show?")
    assert recognition.purpose == "This section asks how micro-credentials are recognised across borders."
    assert funding.questions == ("Explain who pays for short courses: for jobseekers; for employees",)


def test_a_libreoffice_rtf_outline_reads_labelled_questions_a_table_and_the_info_title(tmp_path):
    outline = load(tmp_path, LIBREOFFICE)
    assert outline.title == "Outline for the consultation"
    quality, digital = outline.sections
    assert quality.questions == ("Who reviews providers?", "How often are they reviewed?")
    assert digital.questions == ("Which data must a credential carry?",)


def test_a_wordpad_rtf_outline_reads_items_numbered_the_old_way(tmp_path):
    (section,) = load(tmp_path, WORDPAD).sections
    assert section.title == "Stackability"
    assert section.questions == (
        "List the conditions for combining credentials",
        "Who keeps the record of credits",
    )


def test_a_file_named_rtf_that_is_none_is_refused_naming_the_file(tmp_path):
    with pytest.raises(OutlineError, match=r"outline\.rtf: not an RTF file"):
        load(tmp_path, "Recognition\n- Who decides?\n")


def test_an_rtf_without_sections_says_how_to_mark_them(tmp_path):
    with pytest.raises(OutlineError, match=r"outline\.rtf: no Heading 1"):
        load(tmp_path, r"{\rtf1\ansi Just a letter about micro-credentials.\par}")


# A Word outline saved as RTF by LibreOffice: each list level a list of its own at level 0 (\ilvl0\ls4, \ilvl0\ls5),
# the level said by the paragraph's style ("List Number 2")
LEVELS_BY_STYLE = r"""{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}
{\stylesheet{\s0 Normal;}{\s1 heading 1;}{\s70\sbasedon0 List Number;}{\s71\sbasedon0 List Number 2;}}
\pard\plain\s1 Funding\par
\pard\plain\s70{\listtext\pard\plain 1.\tab}\ilvl0\ls4 \li360 Explain who pays for short courses\par
\pard\plain\s71{\listtext\pard\plain 1.\tab}\ilvl0\ls5 \li720 for jobseekers\par
\pard\plain\s71{\listtext\pard\plain 2.\tab}\ilvl0\ls5 \li720 for employees\par
}"""


def test_list_levels_said_by_the_paragraph_style_fold_sub_items_into_their_question(tmp_path):
    (funding,) = load(tmp_path, LEVELS_BY_STYLE).sections
    assert funding.questions == ("Explain who pays for short courses: for jobseekers; for employees",)
    assert funding.purpose == "Funding"  # no sub-item is taken for the section's purpose
