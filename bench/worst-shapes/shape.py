"""Writes one worst-shape plan body of about SIZE_KB kilobytes to stdout: python3 shape.py SHAPE SIZE_KB."""
import sys

shape, size = sys.argv[1], int(sys.argv[2]) * 1024
head = "Toàn tỉnh ra quân đồng loạt.\n\n"
# The first lines of a pasted document, so the document reader takes the text as one (type, number, date).
document = "ỦY BAN NHÂN DÂN\nHUYỆN KON RẪY\nSố: 45/KH-UBND\nKon Rẫy, ngày 02 tháng 02 năm 2024\n\nKẾ HOẠCH\nRa quân đầu năm\n\n"


def repeat(unit):
    return head + unit * max(1, (size - len(head)) // len(unit.encode()))


if shape == "links":        # "[a](" repeated: links never closed, one paragraph
    body = repeat("[a](")
elif shape == "divs":       # "<div>" repeated, never closed: raw HTML
    body = repeat("<div>\n")
elif shape == "table2":     # a two-column pipe table with a header, as typed in a plan
    body = head + "| Đơn vị | Số hộ |\n|---|---|\n" + "| Xã Đắk La | 1.234 |\n" * (size // 24)
elif shape == "table2-reader":  # the same without a delimiter row, as pasted from Word: the document reader's table
    body = head + "| Xã Đắk La | 1.234 |\n" * (size // 24)
elif shape == "table2-pasted":  # a pasted document holding a two-column pipe table without a delimiter row
    body = document + "| Xã Đắk La | 1.234 |\n" * (size // 24)
elif shape == "table2-pasted-tabs":  # the same with tab-separated cells, as Word pastes a table
    body = document + "Xã Đắk La\t1.234\n" * (size // 18)
elif shape == "brackets":   # "[" repeated in one paragraph
    body = repeat("[a ")
elif shape == "emphasis":   # unmatched emphasis marks in one paragraph
    body = repeat("*a _b ")
else:
    sys.exit(f"unknown shape {shape}")
sys.stdout.write(body)
