"""Extract every tr() string of the interface into resources/translations/jpprep_<lang>.ts.

    python tools/update_translations.py              # lupdate jpprep/ui/** -> .ts, then report
    python tools/update_translations.py --fill F.json  # also write translations from F.json
    python tools/update_translations.py --check      # report only; exit 1 if anything is missing

F.json: {"ur": {"Source text": "ترجمہ", "Context|Source": "...", "%n cards": ["…", "…"]}}.
A key "Context|Source" wins over a plain "Source". Existing translations are kept by lupdate;
a new string whose exact source is already translated in another context reuses it.
Then translate what is left (pyside6-linguist is the editor) and run --check. Strings passed
to tr() through a variable are invisible to lupdate: list them in jpprep/ui/i18n.py _DYNAMIC.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "jpprep" / "ui"
OUT = ROOT / "resources" / "translations"
LANGS = ["ur", "ne", "id", "vi", "ja"]
# English needs only its plural forms ("%n card(s)" -> "1 card" / "2 cards"); made by rule below.
NONLITERAL = re.compile(r"\btr\(\s*(?![\"'rf]|\)|$)")


def lupdate(langs=LANGS) -> None:
    import PySide6

    pkg = Path(PySide6.__file__).resolve().parent
    exe = next((str(pkg / n) for n in ("lupdate", "lupdate.exe") if (pkg / n).is_file()), "pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in [*langs, "en"]:
        ts = OUT / f"jpprep_{lang}.ts"
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run([exe, "-silent", "-no-obsolete", "-locations", "none", "-target-language", lang, *extra,
                        *sources, "-ts", str(ts.relative_to(ROOT))], check=True, cwd=ROOT)
    english_plurals()


def english_plurals() -> None:
    """Fill jpprep_en.ts: "(s)" dropped for one, "s" for more."""
    path = OUT / "jpprep_en.ts"
    tree = ET.parse(path)
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source", "")
        tr = msg.find("translation")
        for child in list(tr):
            tr.remove(child)
        tr.attrib.pop("type", None)
        tr.text = None
        for form in (src.replace("(s)", ""), src.replace("(s)", "s")):
            ET.SubElement(tr, "numerusform").text = form
    _write(tree, path)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(path: Path):
    """(context, source, numerus, translation element) for every message."""
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            yield tree, name, msg.findtext("source", ""), msg.get("numerus") == "yes", msg.find("translation")


def fill(lang: str, table: dict) -> int:
    path = OUT / f"jpprep_{lang}.ts"
    tree = ET.parse(path)
    known: dict[str, list[str]] = {}
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None:
                forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
                known.setdefault(msg.findtext("source", ""), forms)
    changed = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            src = msg.findtext("source", "")
            tr = msg.find("translation")
            value = table.get(f"{name}|{src}", table.get(src))
            if value is None and tr.get("type") == "unfinished":
                value = known.get(src)
            if value is None:
                continue
            forms = value if isinstance(value, list) else [value]
            if msg.get("numerus") == "yes":
                nforms = tr.findall("numerusform") or [None]
                for child in list(tr):
                    tr.remove(child)
                for i in range(len(nforms)):
                    ET.SubElement(tr, "numerusform").text = forms[min(i, len(forms) - 1)]
                tr.text = None
            else:
                tr.text = forms[0]
            tr.attrib.pop("type", None)
            changed += 1
    _write(tree, path)
    return changed


def missing(lang: str) -> list[str]:
    path = OUT / f"jpprep_{lang}.ts"
    out = []
    for _tree, ctx, src, numerus, tr in messages(path):
        forms = [f.text for f in tr.findall("numerusform")] if numerus else [tr.text]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all((f or "").strip() for f in forms):
            out.append(f"{ctx}|{src}")
    return out


def nonliteral_calls() -> list[str]:
    hits = []
    for p in sorted(UI.rglob("*.py")):
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if NONLITERAL.search(line) and "def tr(" not in line:
                hits.append(f"{p.relative_to(ROOT)}:{n}: {line.strip()}")
    return hits


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fill", type=Path, help="JSON file of translations to write in")
    ap.add_argument("--check", action="store_true", help="report only, do not run lupdate")
    ap.add_argument("--list", action="store_true", help="print every missing string")
    args = ap.parse_args(argv)
    if not args.check:
        lupdate()
    if not args.check:
        data = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
        for lang in LANGS:
            print(f"{lang}: wrote {fill(lang, data.get(lang, {}))} translations")
    bad = 0
    for lang in LANGS:
        miss = missing(lang)
        bad += len(miss)
        print(f"{lang}: {len(miss)} untranslated")
        if args.list:
            for m in miss:
                print("   ", m)
    for hit in nonliteral_calls():
        print("tr() with a variable (its strings must be listed in jpprep/ui/i18n.py _DYNAMIC):", hit)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
