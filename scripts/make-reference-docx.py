#!/usr/bin/env python3
"""Writes Templates/referentie.docx: pandoc's reference document with the house
style of the reports set in Word's own styles (Title, Heading 1-3, body text,
lists, the table style "Table"), so that Word's navigation pane, table of
contents and restyling work. Consultants may replace the file with their own
organisation's reference document. Needs pandoc and python-docx.
"""
import pathlib, subprocess, sys
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Mm, Pt, RGBColor

root = pathlib.Path(__file__).resolve().parent.parent
target = root / "Templates" / "referentie.docx"
default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], check=True, capture_output=True).stdout
target.write_bytes(default)

INK, ACCENT, MUTED = RGBColor(0x1B, 0x1F, 0x24), RGBColor(0x0B, 0x53, 0x94), RGBColor(0x4A, 0x55, 0x62)
FONT = "Calibri"
document = Document(str(target))
styles = document.styles


def font(style, size, bold=None, colour=INK):
    style.font.name = FONT
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    style.font.color.rgb = colour


for name, size, bold, colour in [
    ("Normal", 10.5, None, INK), ("Body Text", 10.5, None, INK), ("First Paragraph", 10.5, None, INK),
    ("Compact", 10.5, None, INK), ("Title", 24, True, INK), ("Subtitle", 13, False, MUTED),
    ("Heading 1", 16, True, INK), ("Heading 2", 13, True, ACCENT), ("Heading 3", 11, True, INK),
]:
    # Looked up by the name in the file: python-docx would translate "Heading 1" to "heading 1".
    style = next((s for s in styles if s.name == name), None)
    if style is not None:
        font(style, size, bold, colour)
        if name.startswith("Heading"):
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.space_before = Pt(14 if name == "Heading 1" else 10)

# The table style pandoc uses: thin grey borders, a shaded header row.
table = next(s for s in styles if s.name == "Table")
properties = table.element.find(qn("w:tblPr"))
if properties is None:
    properties = OxmlElement("w:tblPr")
    table.element.append(properties)
borders = OxmlElement("w:tblBorders")
for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
    element = OxmlElement(f"w:{edge}")
    element.set(qn("w:val"), "single")
    element.set(qn("w:sz"), "4")
    element.set(qn("w:color"), "C9D1DA")
    borders.append(element)
for old in properties.findall(qn("w:tblBorders")):
    properties.remove(old)
properties.append(borders)
# The table's first row bold (Word's "header row" of the style).
first_row = OxmlElement("w:tblStylePr")
first_row.set(qn("w:type"), "firstRow")
run_properties = OxmlElement("w:rPr")
run_properties.append(OxmlElement("w:b"))
first_row.append(run_properties)
table.element.append(first_row)

# A4 with the reports' print margins, and page numbers in the footer.
section = document.sections[0]
section.page_width, section.page_height = Mm(210), Mm(297)
section.left_margin = section.right_margin = Mm(16)
section.top_margin, section.bottom_margin = Mm(18), Mm(22)
footer = section.footer.paragraphs[0] if section.footer.paragraphs else section.footer.add_paragraph()
footer.alignment = 2  # right
for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
    run = footer.add_run()
    if kind:
        field = OxmlElement("w:fldChar")
        field.set(qn("w:fldCharType"), kind)
        run._r.append(field)
    else:
        instruction = OxmlElement("w:instrText")
        instruction.set(qn("xml:space"), "preserve")
        instruction.text = text
        run._r.append(instruction)
document.save(str(target))
print(f"wrote {target.relative_to(root)}")
