"""Translation files: complete, faithful to their placeholders and mnemonics, compiled by Qt's
lrelease (or read directly when lrelease is missing), and the language is chosen sensibly."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from jpprep.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%L?n|%\d|\{\w+\}")


def _messages(lang):
    root = ET.parse(TS / f"jpprep_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            yield ctx.findtext("name"), msg.findtext("source"), msg.get("numerus") == "yes", tr.get("type"), forms


@pytest.fixture(autouse=True)
def _english_after(qapp):
    yield
    i18n.apply_language("en")


@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_every_string_is_translated_and_keeps_its_placeholders(lang):
    problems = []
    count = 0
    for ctx, src, numerus, kind, forms in _messages(lang):
        count += 1
        where = f"{lang} {ctx}: {src!r}"
        if kind is not None or not all(f.strip() for f in forms):
            problems.append(f"{where} is {kind or 'empty'}")
            continue
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(src))) != sorted(set(PLACEHOLDER.findall(form))):
                problems.append(f"{where} -> {form!r}: placeholders differ")
            if ("&" in src.replace("&&", "")) != ("&" in form.replace("&&", "")) and "*" not in src:
                problems.append(f"{where} -> {form!r}: keyboard mnemonic (&) lost or added")
        if lang in ("ur", "ne") and not numerus and src.strip() and re.search("[A-Za-z]{3}", src):
            script = "\u0600-\u06ff" if lang == "ur" else "\u0900-\u097f"
            if not re.search(f"[{script}]", forms[0]) and not re.fullmatch(r"[\W\d{}n%:]*|jpprep: \{name\}", forms[0]):
                problems.append(f"{where} -> {forms[0]!r}: not in the language's script")
    assert count > 100
    assert not problems, "\n".join(problems[:40])


def test_the_ts_files_hold_every_string_in_the_interface(tmp_path):
    """A string added to the code but not extracted fails here: run tools/update_translations.py."""
    import PySide6

    exe = Path(PySide6.__file__).parent / "lupdate"
    sources = [str(p) for p in sorted((ROOT / "jpprep" / "ui").rglob("*.py"))]
    out = tmp_path / "fresh.ts"
    subprocess.run([str(exe), "-silent", "-locations", "none", *sources, "-ts", str(out)], check=True)
    fresh = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(out).getroot().iter("context") for m in c.iter("message")}
    for lang in i18n.TRANSLATED:
        shipped = {(c, s) for c, s, *_ in _messages(lang)}
        missing = sorted(fresh - shipped)
        assert not missing, f"{lang}: run python tools/update_translations.py, then translate {missing[:10]}"


def test_the_extraction_script_reports_nothing_missing():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "ur: 0 untranslated" in r.stdout


def test_lrelease_compiles_into_the_cache_and_qt_translates(qapp, _isolated_data):
    i18n.apply_language("ur")
    cached = list((_isolated_data / "cache" / "translations").glob("jpprep_ur-*.qm"))
    assert len(cached) == 1
    assert QCoreApplication.translate("MainWindow", "Settings") == "ترتیبات"
    assert QCoreApplication.translate("MainWindow", "&File") == "فائل (&F)"
    # Urdu has two plural forms, chosen by the count
    one = QCoreApplication.translate("HomePage", "%Ln new card(s) waiting.", "", 1)
    many = QCoreApplication.translate("HomePage", "%Ln new card(s) waiting.", "", 5)
    assert one == "1 نیا کارڈ منتظر ہے۔" and many == "5 نئے کارڈ منتظر ہیں۔"
    i18n.apply_language("ne")
    assert QCoreApplication.translate("HomePage", "Reviewed today: %Ln.", "", 12) == "आज दोहोर्‍याइएका: १२।"
    assert i18n.number(1234567) == "१२,३४,५६७"
    i18n.apply_language("en")
    assert QCoreApplication.translate("MainWindow", "Settings") == "Settings"


def test_without_lrelease_the_ts_is_read_directly(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    i18n.apply_language("vi")
    assert QCoreApplication.translate("MainWindow", "Settings") == "Cài đặt"
    assert QCoreApplication.translate("StudyPage", "Again") == "Học lại"


def test_japanese_loads_qts_own_strings_too(qapp):
    i18n.apply_language("ja")
    assert QCoreApplication.translate("MainWindow", "Progress") == "進捗"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"


def test_direction_comes_from_the_locale_and_includes_urdu():
    assert i18n.is_rtl("ur")
    assert not any(i18n.is_rtl(c) for c in ("en", "ne", "id", "vi", "ja"))


@pytest.mark.parametrize("system, expected", [
    ("ur_PK", "ur"), ("ne_NP", "ne"), ("id_ID", "id"), ("vi_VN", "vi"), ("ja_JP", "ja"),
    ("de_DE", "en"), ("en_GB", "en")])
def test_first_start_guesses_the_language_from_the_system(system, expected):
    assert i18n.guess_language(QLocale(system)) == expected


def test_lab_configuration_beats_the_profile_which_beats_the_system(monkeypatch):
    monkeypatch.delenv(i18n.ENV_FIXED, raising=False)
    assert i18n.language_for({"ui_language": "ne"}) == "ne"
    monkeypatch.setenv(i18n.ENV_FIXED, "ur_PK")
    assert i18n.fixed_language() == "ur"
    assert i18n.language_for({"ui_language": "ne"}) == "ur"
    monkeypatch.setenv(i18n.ENV_FIXED, "klingon")
    assert i18n.fixed_language() is None


def test_bundled_fonts_cover_urdu_and_nepali_with_their_licences(qapp):
    from jpprep.ui.app import load_fonts

    families = load_fonts()
    assert {"Noto Naskh Arabic", "Noto Sans Devanagari"} <= set(families)
    fonts = ROOT / "resources" / "fonts"
    for name in ("NotoNaskhArabic", "NotoSansDevanagari"):
        text = (fonts / f"OFL-{name}.txt").read_text(encoding="utf-8")
        assert "Copyright" in text and "SIL OPEN FONT LICENSE Version 1.1" in text


def test_english_says_1_card_and_3_cards_not_card_s(qapp):
    i18n.apply_language("en")
    tr = QCoreApplication.translate
    assert tr("HomePage", "%Ln new card(s) waiting.", "", 1) == "1 new card waiting."
    assert tr("HomePage", "%Ln new card(s) waiting.", "", 3) == "3 new cards waiting."
    forms = [f for *_x, numerus, kind, fs in _messages("en") for f in fs]
    assert forms and not any("(s)" in f for f in forms)


def test_standard_dialog_buttons_are_translated_where_qt_has_none(qapp):
    from PySide6.QtWidgets import QMessageBox

    i18n.apply_language("ur")
    box = QMessageBox(QMessageBox.Icon.Warning, "jpprep", "…",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "ٹھیک ہے"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "منسوخ کریں"
    box.deleteLater()
