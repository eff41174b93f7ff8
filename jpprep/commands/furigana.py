"""`jpprep furigana`: readings for lines of text (stdin or arguments), one output line per line."""

from __future__ import annotations

import sys

FORMATS = ("reading", "pron", "brackets", "romaji", "json")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "furigana",
        help="print readings, Anki-style furigana or romaji for Japanese text",
        description="Reads lines from the arguments or from standard input and writes exactly one "
        "line per input line, in order.",
    )
    p.add_argument("text", nargs="*", help="text to read (default: lines from standard input)")
    p.add_argument("--format", choices=FORMATS, default="reading",
                   help="reading (hiragana), pron (as spoken), brackets (Anki 漢字[かんじ]), "
                   "romaji, json (segments)")
    p.set_defaults(func=run)


def _convert(fmt: str):
    import json

    import jpprep.japanese as jp
    from jpprep.japanese.brackets import to_brackets

    if fmt == "reading":
        return jp.reading
    if fmt == "pron":
        return lambda s: jp.reading(s, pronunciation=True)
    if fmt == "romaji":
        return jp.romaji
    if fmt == "brackets":
        return lambda s: to_brackets(jp.annotate(s))
    return lambda s: json.dumps([[g.text, g.reading] for g in jp.annotate(s)], ensure_ascii=False)


def run(args) -> int:
    convert = _convert(args.format)
    out = sys.stdout
    if args.text:
        lines = args.text
    else:
        sys.stdin.reconfigure(encoding="utf-8", errors="replace", newline="\n")
        lines = sys.stdin
    out.reconfigure(encoding="utf-8", newline="\n")
    for line in lines:
        line = line.rstrip("\n")
        if line.endswith("\r"):
            line = line[:-1]
        # one output line per input line: line breaks inside a result would break the contract
        out.write(convert(line).replace("\r", " ").replace("\n", " ") + "\n")
    out.flush()
    return 0
