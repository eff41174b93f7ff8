"""PDF reports: real glyphs for Japanese, Urdu and Nepali names, the numbers on the page, and the
CLI `jpprep report`. Text is read back with poppler's pdftotext/pdffonts when installed."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from jpprep import cli
from jpprep.services import profiles, reports
from jpprep.ui.report_pdf import write_pdf

POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")


def _text(path) -> str:
    """The page text. NFKC because poppler maps some Noto Sans JP glyphs to compatibility code
    points (山 comes back as the Kangxi radical ⼭); the glyphs themselves are right."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return unicodedata.normalize("NFKC", out)


@pytest.fixture
def big_class(class_db, clock):
    db = class_db["db"]
    for name in ("山田 花子", "सीता", "Nguyễn Thị Hương", "Muhammad Abdullah bin Abdul Rahman Al-Hashimi"):
        profiles.create_profile(db, name, now=clock())
    return class_db


def test_class_pdf_has_every_student_with_real_glyphs(qapp, big_class, tmp_path):
    db, now = big_class["db"], big_class["now"]
    out = write_pdf(tmp_path / "class.pdf", reports.class_report(db, now=now))
    assert out.read_bytes().startswith(b"%PDF")
    if not POPPLER:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansJP" in fonts and "NotoNaskhArabic" in fonts and "Devanagari" in fonts
    text = _text(out)
    for name in ("Ayesha", "山田 花子", "सीता", "Nguyễn", "Al-Hashimi", "رضا"):
        assert name in text
    assert text.count("At risk") >= 1 and "On track" in text
    assert "Ayesha" in text.split("Ayesha", 1)[1]  # a detail page per student after the table


def test_student_pdf_shows_sections_and_risks(qapp, class_db, tmp_path):
    db, now = class_db["db"], class_db["now"]
    out = write_pdf(tmp_path / "s.pdf", reports.student_report(db, class_db["raza"].id, now=now))
    if not POPPLER:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    text = _text(out)
    assert "Listening" in text and "overdue" in text and "not passed" in text and "رضا" in text


def test_report_cli_writes_csv_and_pdf(qapp, class_db, tmp_path, monkeypatch, capsys):
    db = class_db["db"]
    monkeypatch.setenv("JPPREP_DATABASE_URL", db.url)
    csv_path, pdf_path = tmp_path / "c.csv", tmp_path / "c.pdf"
    assert cli.main(["report", "class", "--csv", str(csv_path), "--pdf", str(pdf_path)]) == 0
    assert "Ayesha" in csv_path.read_text(encoding="utf-8-sig")
    assert pdf_path.read_bytes().startswith(b"%PDF")
    assert cli.main(["report", "student", "Ayesha", "--csv", str(tmp_path / "a.csv")]) == 0
    assert "Lab::Basics" in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert cli.main(["report", "student", "Nobody", "--csv", str(tmp_path / "n.csv")]) == 2
    assert "no profile named 'Nobody'" in capsys.readouterr().err
    assert cli.main(["report", "class"]) == 2
