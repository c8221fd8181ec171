"""The seventeenth held-out set's outline as the drafting team saved it from Word ("Rich Text Format"), and the
same outline in Markdown for the runner (eval/heldout17/README.md says why both).

Word writes an RTF outline as: a style sheet (Normal, heading 1 at outline level 0, Title, List Paragraph), a
list table with one numbered list per section (so each section's questions start again at 1), and paragraphs
whose list number Word spells out in a ``{\\listtext ...}`` group before the text. Section titles are Heading 1,
the questions List Paragraph items; the first section has a sentence of introduction in Normal.
"""

from __future__ import annotations

_HEADER = (
    "{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff0\\deff0\\stshfdbch0\\stshfloch0\\stshfhich0"
    "\\stshfbi0\\deflang2057\\deflangfe2057\\themelang2057\\themelangfe0\\themelangcs0\r\n"
    "{\\fonttbl{\\f0\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
    "{\\f1\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020f0502020204030204}Calibri;}"
    "{\\f2\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020f0302020204030204}Calibri Light;}}\r\n"
    "{\\colortbl;\\red0\\green0\\blue0;\\red47\\green84\\blue150;}\r\n"
    "{\\stylesheet{\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto"
    "\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs22\\alang1025 \\ltrch\\fcs0 \\f1\\fs22\\lang2057"
    "\\langfe2057\\cgrid\\langnp2057\\langfenp2057 \\snext0 \\sqformat \\spriority0 Normal;}\r\n"
    "{\\s1\\ql \\li0\\ri0\\sb240\\keepn\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\outlinelevel0"
    "\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs32\\alang1025 \\ltrch\\fcs0 \\f2\\fs32\\cf2"
    "\\lang2057\\langfe2057\\cgrid\\langnp2057\\langfenp2057 \\sbasedon0 \\snext0 \\slink15 \\sqformat "
    "\\spriority9 heading 1;}\r\n"
    "{\\s16\\ql \\li0\\ri0\\contextualspace\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright"
    "\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs56\\alang1025 \\ltrch\\fcs0 \\f2\\fs56\\expnd-2\\expndtw-10"
    "\\kerning28\\lang2057\\langfe2057\\cgrid\\langnp2057\\langfenp2057 \\sbasedon0 \\snext0 \\slink17 "
    "\\sqformat \\spriority10 Title;}\r\n"
    "{\\s18\\ql \\li720\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto"
    "\\adjustright\\rin0\\lin720\\itap0\\contextualspace \\rtlch\\fcs1 \\af0\\afs22\\alang1025 \\ltrch\\fcs0 "
    "\\f1\\fs22\\lang2057\\langfe2057\\cgrid\\langnp2057\\langfenp2057 \\sbasedon0 \\snext18 \\sqformat "
    "\\spriority34 List Paragraph;}}\r\n"
)


def _rtf_text(text: str) -> str:
    """``text`` in RTF: the special characters escaped, anything outside ASCII as ``\\uN?``."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def _list_table(count: int) -> str:
    """One decimal list per section ("1.", "2.", ...), each with its own override, as Word numbers lists that
    start again."""
    lists = "".join(
        f"{{\\list\\listtemplateid{1203400 + n}\\listhybrid{{\\listlevel\\levelnfc0\\levelnfcn0\\leveljc0"
        "\\leveljcn0\\levelfollow0\\levelstartat1\\levelspace0\\levelindent0{\\leveltext\\leveltemplateid"
        f"{2057000 + n}\\'02\\'00.;}}{{\\levelnumbers\\'01;}}\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\fi-360\\li720"
        f"\\lin720 }}{{\\listname ;}}\\listid{90000 + n}}}"
        for n in range(1, count + 1)
    )
    overrides = "".join(
        f"{{\\listoverride\\listid{90000 + n}\\listoverridecount0\\ls{n}}}" for n in range(1, count + 1)
    )
    return f"{{\\*\\listtable{lists}}}\r\n{{\\*\\listoverridetable{overrides}}}\r\n"


def _info(spec: dict) -> str:
    when = spec["date"]
    stamp = f"\\yr{when.year}\\mo{when.month}\\dy{when.day}\\hr9\\min0"
    return (
        f"{{\\info{{\\title {_rtf_text(spec['title'])}}}{{\\author {_rtf_text(spec['author'])}}}"
        f"{{\\operator {_rtf_text(spec['author'])}}}{{\\creatim{stamp}}}{{\\revtim{stamp}}}"
        "{\\version2}{\\edmins4}{\\nofpages1}}\r\n"
        "{\\*\\generator Microsoft Word 16.0;}\r\n"
        "\\paperw11906\\paperh16838\\margl1440\\margr1440\\margt1440\\margb1440\\gutter0\\ltrsect \r\n"
        "\\widowctrl\\ftnbj\\aenddoc\\trackmoves0\\trackformatting1\\donotembedsysfont1\\formshade\\horzdoc"
        "\\dgmargin\\dghspace180\\dgvspace180\\dghorigin1440\\dgvorigin1440\\dghshow1\\dgvshow1\\jexpand"
        "\\viewkind1\\viewscale100\\pgbrdrhead\\pgbrdrfoot\\splytwnine\\ftnlytwnine\\htmautsp\\nolnhtadjtbl"
        "\\useltbaln\\alntblind\\lytcalctblwd\\lyttblrtgr\\lnbrkrule\\nobrkwrptbl\\snaptogridincell\\allowfieldendsel"
        "\\wrppunct\\asianbrkrule\\rsidroot3148601\\newtblstyruls\\nogrowautofit\\usenormstyforlist\\noindnmbrhd"
        "\\felnbrelev\\nocxsptable\\indrlsweleven\\noafcnsttbl\\afelev\\utinl\\hwelev\\spltpgpar\\notcvasp"
        "\\notbrkcnstfrctbl\\notvatxbx\\krnprsnet\\cachedcolbal \\nouicompat \\fet0\r\n"
        "\\sectd \\ltrsect\\linex0\\endnhere\\sectlinegrid360\\sectdefaultcl\\sftnbj \r\n"
    )


def build_outline_rtf(spec: dict) -> bytes:
    """The outline as Word saves it in RTF: Title, each section a Heading 1, an introductory sentence in Normal
    under the first, each section's questions a numbered list (List Paragraph) starting at 1."""
    parts = [_HEADER, _list_table(len(spec["sections"])), _info(spec)]
    parts.append(
        "\\pard\\plain \\ltrpar\\s16\\ql \\li0\\ri0\\contextualspace\\widctlpar\\wrapdefault\\aspalpha\\aspnum"
        "\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs56\\alang1025 \\ltrch\\fcs0 "
        f"\\f2\\fs56\\expnd-2\\expndtw-10\\kerning28 {{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 "
        f"{_rtf_text(spec['title'])}}}\\par\r\n"
    )
    for n, (title, intro, questions) in enumerate(spec["sections"], start=1):
        parts.append(
            "\\pard\\plain \\ltrpar\\s1\\ql \\li0\\ri0\\sb240\\keepn\\widctlpar\\wrapdefault\\aspalpha\\aspnum"
            "\\faauto\\outlinelevel0\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs32\\alang1025 "
            f"\\ltrch\\fcs0 \\f2\\fs32\\cf2 {{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 {_rtf_text(title)}}}\\par\r\n"
        )
        if intro:
            parts.append(
                "\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha"
                "\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs22\\alang1025 "
                f"\\ltrch\\fcs0 \\f1\\fs22 {{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 {_rtf_text(intro)}}}\\par\r\n"
            )
        for k, question in enumerate(questions, start=1):
            parts.append(
                f"{{\\listtext\\pard\\plain\\ltrpar \\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\f1\\fs22 {k}.\\tab}}"
                "\\pard\\plain \\ltrpar\\s18\\ql \\fi-360\\li720\\ri0\\sa160\\sl259\\slmult1\\widctlpar"
                f"\\wrapdefault\\aspalpha\\aspnum\\faauto\\ls{n}\\adjustright\\rin0\\lin720\\itap0\\contextualspace "
                "\\rtlch\\fcs1 \\af0\\afs22\\alang1025 \\ltrch\\fcs0 \\f1\\fs22 "
                f"{{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 {_rtf_text(question)}}}\\par\r\n"
            )
    parts.append("}")
    return "".join(parts).encode("ascii")


def build_outline_markdown(spec: dict) -> bytes:
    """The same outline in a layout the loader reads: "# " sections and "- " questions under a title line."""
    lines = [spec["title"], ""]
    for title, intro, questions in spec["sections"]:
        lines += [f"# {title}", ""]
        if intro:
            lines += [intro, ""]
        lines += [f"- {q}" for q in questions] + [""]
    return "\n".join(lines).encode("utf-8")
