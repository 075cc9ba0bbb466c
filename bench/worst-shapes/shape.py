"""Writes one worst-shape plan body of about SIZE_KB kilobytes to stdout: python3 shape.py SHAPE SIZE_KB."""
import sys

shape, size = sys.argv[1], int(sys.argv[2]) * 1024
head = "Toàn tỉnh ra quân đồng loạt.\n\n"
# The first lines of a pasted document, so the document reader takes the text as one (type, number, date).
document = "ỦY BAN NHÂN DÂN\nHUYỆN KON RẪY\nSố: 45/KH-UBND\nKon Rẫy, ngày 02 tháng 02 năm 2024\n\nKẾ HOẠCH\nRa quân đầu năm\n\n"


def repeat(unit, start=head):
    """start, then unit as many times as fit in size bytes (UTF-8, as the 2 MB limit counts them)."""
    return start + unit * max(1, (size - len(start.encode())) // len(unit.encode()))


if shape == "links":        # "[a](" repeated: links never closed, one paragraph
    body = repeat("[a](")
elif shape == "divs":       # "<div>" repeated, never closed: raw HTML
    body = repeat("<div>\n")
elif shape == "table2":     # a two-column pipe table with a header, as typed in a plan
    body = repeat("| Xã Đắk La | 1.234 |\n", head + "| Đơn vị | Số hộ |\n|---|---|\n")
elif shape == "table2-reader":  # the same without a delimiter row, as pasted from Word: the document reader's table
    body = repeat("| Xã Đắk La | 1.234 |\n")
elif shape == "table2-pasted":  # a pasted document holding a two-column pipe table without a delimiter row
    body = repeat("| Xã Đắk La | 1.234 |\n", document)
elif shape == "table2-pasted-tabs":  # the same with tab-separated cells, as Word pastes a table
    body = repeat("Xã Đắk La\t1.234\n", document)
elif shape == "table2-html":  # the pipe table beside raw HTML: the sanitizer's path (AngleSharp) renders it
    body = repeat("| Xã Đắk La | 1.234 |\n", head + "<b>Bảng</b>\n\n| Đơn vị | Số hộ |\n|---|---|\n")
elif shape == "tags":       # unknown elements side by side in one paragraph: the sanitizer unwraps each
    body = repeat("<x>a</x>")
elif shape == "continued":  # a pasted document whose lines each continue the sentence before (lower case first)
    body = repeat("xã đắk la, 1.234 hộ\n", document + "Mở đầu.\n")
elif shape == "brackets":   # "[" repeated in one paragraph
    body = repeat("[a ")
elif shape == "emphasis":   # unmatched emphasis marks in one paragraph
    body = repeat("*a _b ")
else:
    sys.exit(f"unknown shape {shape}")
sys.stdout.write(body)
