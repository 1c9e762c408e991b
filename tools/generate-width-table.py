#!/usr/bin/env python3
"""Writes Sources/ClaimScreens/Grid/DisplayWidthTable.swift from the Unicode data files
(Debian's unicode-data: /usr/share/unicode), so the width table is never kept by hand (issue 16, 8).

    tools/generate-width-table.py [--unicode DIR] [--output FILE]

The output depends only on the data files: the same data gives the same file, byte for byte
(a test re-runs this and compares it with the committed file).
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(ROOT, "Sources/ClaimScreens/Grid/DisplayWidthTable.swift")


def code_points(field):
    """'1100..115F' or '3000' as a range of ints."""
    field = field.strip()
    if ".." in field:
        low, high = field.split("..")
        return range(int(low, 16), int(high, 16) + 1)
    return range(int(field, 16), int(field, 16) + 1)


def records(path):
    """(code points, value) of every data line of a UCD-style file."""
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [f.strip() for f in line.split(";")]
            yield code_points(fields[0]), fields[1:]


def version(path, pattern):
    with open(path, encoding="utf-8") as file:
        head = file.read(2000)
    found = re.search(pattern, head)
    if not found:
        sys.exit(f"no version found in {path}")
    return found.group(1)


def property_set(path, name):
    found = set()
    for points, values in records(path):
        if values and values[0] == name:
            found.update(points)
    return found


def general_categories(path, wanted):
    """Code points of UnicodeData.txt whose category is in `wanted` (First/Last pairs are ranges)."""
    found = set()
    first = None
    with open(path, encoding="utf-8") as file:
        for line in file:
            fields = line.split(";")
            point, name, category = int(fields[0], 16), fields[1], fields[2]
            if name.endswith(", First>"):
                first = point
                continue
            points = range(first, point + 1) if name.endswith(", Last>") else range(point, point + 1)
            first = None
            if category in wanted:
                found.update(points)
    return found


def ranges(points):
    """Sorted, merged [low, high] pairs."""
    result = []
    for point in sorted(points):
        if result and point == result[-1][1] + 1:
            result[-1][1] = point
        else:
            result.append([point, point])
    return result


def swift_table(name, comment, points):
    pairs = ranges(points)
    lines = [f"    /// {comment} ({len(pairs)} ranges: low, high, low, high…)",
             f"    static let {name}: [UInt32] = ["]
    row = []
    for low, high in pairs:
        row.append(f"0x{low:04X}, 0x{high:04X}")
        if len(row) == 4:
            lines.append("        " + ", ".join(row) + ",")
            row = []
    if row:
        lines.append("        " + ", ".join(row) + ",")
    lines.append("    ]")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unicode", default="/usr/share/unicode")
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    arguments = parser.parse_args()
    data = arguments.unicode
    east_asian = os.path.join(data, "EastAsianWidth.txt")
    emoji_data = os.path.join(data, "emoji", "emoji-data.txt")
    unicode_version = version(east_asian, r"EastAsianWidth-(\d+\.\d+\.\d+)\.txt")

    widths = {}
    # The defaults the file states in words: unassigned ideograph code points are W.
    for low, high in [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)]:
        for point in range(low, high + 1):
            widths[point] = "W"
    for points, values in records(east_asian):
        for point in points:
            widths[point] = values[0]

    # Zero columns: combining and enclosing marks, format characters, line and paragraph
    # separators, default-ignorable code points, and the Hangul vowels and finals that join
    # the syllable before them (as glibc's wcwidth, which tmux uses). The soft hyphen and the
    # Hangul fillers are drawn with a width of their own, as glibc does.
    zero = general_categories(os.path.join(data, "UnicodeData.txt"), {"Mn", "Me", "Cf", "Zl", "Zp"})
    zero |= property_set(os.path.join(data, "DerivedCoreProperties.txt"), "Default_Ignorable_Code_Point")
    zero |= set(range(0x1160, 0x1200)) | set(range(0xD7B0, 0xD800))
    zero -= {0x00AD, 0x115F, 0x3164, 0xFFA0}

    emoji_version = None
    presentation, pictographic = set(), set()
    if os.path.exists(emoji_data):
        emoji_version = version(emoji_data, r"Used with Emoji Version (\d+\.\d+)")
        presentation = property_set(emoji_data, "Emoji_Presentation")
        pictographic = property_set(emoji_data, "Extended_Pictographic")

    wide = {p for p, w in widths.items() if w in ("W", "F")} | presentation
    wide -= zero
    ambiguous = {p for p, w in widths.items() if w == "A"} - zero - wide

    sources = f"Unicode {unicode_version} (EastAsianWidth.txt, UnicodeData.txt, DerivedCoreProperties.txt"
    sources += f"; emoji-data.txt, Emoji {emoji_version})" if emoji_version else "; no emoji data)"
    out = [
        "// Generated by tools/generate-width-table.py from " + sources + ".",
        "// Do not edit: install Debian's unicode-data and run the script again.",
        "",
        "/// Column widths from the Unicode data (issue 16, 8); read through `DisplayWidth`.",
        "enum DisplayWidthTable {",
        f'    static let unicodeVersion = "{unicode_version}"',
        "    static let emojiVersion: String? = " + (f'"{emoji_version}"' if emoji_version else "nil"),
        "",
        swift_table("zeroWidth", "Zero columns: marks, format characters, default-ignorables, Hangul vowels and finals", zero),
        "",
        swift_table("wide", "Two columns: East Asian Width W or F, and Emoji_Presentation", wide),
        "",
        swift_table("ambiguous", "East Asian Width A: one column here, two on many Japanese terminals (kept out of the chrome)", ambiguous),
        "",
        swift_table("extendedPictographic", "Extended_Pictographic: a text symbol that becomes a 2-column emoji in a sequence", pictographic),
        "}",
        "",
    ]
    with open(arguments.output, "w", encoding="utf-8") as file:
        file.write("\n".join(out))


if __name__ == "__main__":
    main()
