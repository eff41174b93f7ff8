"""Interface languages: which ones ship, which one to use, and installing it in the running app.

Sources are Qt Linguist files, resources/translations/jpprep_<lang>.ts (made by
tools/update_translations.py with pyside6-lupdate). Qt loads compiled .qm files; they are made
from the .ts with pyside6-lrelease, never committed:

1. resources/translations/jpprep_<lang>.qm if a build step put it there and it is not older
   than its .ts;
2. else <data folder>/cache/translations/jpprep_<lang>-<hash of the .ts>.qm, compiled on first
   use with PySide6's own lrelease (works in a checkout, an installed wheel and the tests);
3. else (no lrelease, e.g. a frozen build without it) a small translator reads the .ts itself.

The language: the lab configuration may fix it (fixed_language()), else the profile's
"ui_language" setting, else a guess from the system locale, else English. Layout direction
comes from QLocale(lang).textDirection(), so Urdu is right to left.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QObject, QLocale, QTranslator, Qt
from PySide6.QtWidgets import QApplication

from jpprep import paths

# (code, the language's own name): names stay in their own script so anyone can find theirs.
LANGUAGES = [
    ("en", "English"),
    ("ur", "اردو"),
    ("ne", "नेपाली"),
    ("id", "Bahasa Indonesia"),
    ("vi", "Tiếng Việt"),
    ("ja", "日本語"),
]
CODES = [code for code, _name in LANGUAGES]
TRANSLATED = [c for c in CODES if c != "en"]
# languages a card's meaning may be in (decks carry meaning_<code> columns)
MEANING_LANGUAGES = ["en", "ur", "ne", "id", "vi", "tl", "my"]
# their names in English, translated in the StudyPage context (listed in _DYNAMIC below):
# "No Urdu meaning yet", "No Urdu explanation yet"
LANGUAGE_NAMES = {"en": "English", "ur": "Urdu", "ne": "Nepali", "id": "Indonesian",
                  "vi": "Vietnamese", "tl": "Tagalog", "my": "Burmese", "ja": "Japanese"}

ENV_FIXED = "JPPREP_UI_LANGUAGE"

def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


# Strings the code hands to tr() through a variable; lupdate only sees literals, so they are
# listed here with the class (context) that translates them.
_DYNAMIC = [
    QT_TRANSLATE_NOOP("MainWindow", "Home"),
    QT_TRANSLATE_NOOP("MainWindow", "Study"),
    QT_TRANSLATE_NOOP("MainWindow", "Decks"),
    QT_TRANSLATE_NOOP("MainWindow", "Mock exams"),
    QT_TRANSLATE_NOOP("MainWindow", "Progress"),
    QT_TRANSLATE_NOOP("MainWindow", "Settings"),
    QT_TRANSLATE_NOOP("MainWindow", "Classroom"),
    QT_TRANSLATE_NOOP("MainWindow", "Always"),
    QT_TRANSLATE_NOOP("MainWindow", "Only for kanji I don't know yet"),
    QT_TRANSLATE_NOOP("MainWindow", "Never"),
    QT_TRANSLATE_NOOP("HomePage", "Deck"),
    QT_TRANSLATE_NOOP("HomePage", "New"),
    QT_TRANSLATE_NOOP("HomePage", "Learning"),
    QT_TRANSLATE_NOOP("HomePage", "Due"),
    QT_TRANSLATE_NOOP("StudyPage", "Again"),
    QT_TRANSLATE_NOOP("StudyPage", "Hard"),
    QT_TRANSLATE_NOOP("StudyPage", "Good"),
    QT_TRANSLATE_NOOP("StudyPage", "Easy"),
    QT_TRANSLATE_NOOP("StudyPage", "English"),
    QT_TRANSLATE_NOOP("StudyPage", "Urdu"),
    QT_TRANSLATE_NOOP("StudyPage", "Nepali"),
    QT_TRANSLATE_NOOP("StudyPage", "Indonesian"),
    QT_TRANSLATE_NOOP("StudyPage", "Vietnamese"),
    QT_TRANSLATE_NOOP("StudyPage", "Tagalog"),
    QT_TRANSLATE_NOOP("StudyPage", "Burmese"),
    QT_TRANSLATE_NOOP("StudyPage", "Japanese"),
    # Qt's standard dialog buttons (QMessageBox, QDialogButtonBox): Qt ships no ur/ne/id/vi
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    # jpprep/ui/pin_dialog.py wait_text(widget, …) translates in the caller's class
    QT_TRANSLATE_NOOP("ProfileDialog", "Too many wrong tries. Please wait {n} minutes, or ask your teacher."),
    QT_TRANSLATE_NOOP("ProfileDialog", "Too many wrong tries. Please wait {n} seconds, or ask your teacher."),
    QT_TRANSLATE_NOOP("SetPinDialog", "Too many wrong tries. Please wait {n} minutes, or ask your teacher."),
    QT_TRANSLATE_NOOP("SetPinDialog", "Too many wrong tries. Please wait {n} seconds, or ask your teacher."),
    # jpprep/ui/pages/classroom.py COLUMNS
    QT_TRANSLATE_NOOP("ClassroomPage", "Student"),
    QT_TRANSLATE_NOOP("ClassroomPage", "Minutes"),
    QT_TRANSLATE_NOOP("ClassroomPage", "Answers"),
    QT_TRANSLATE_NOOP("ClassroomPage", "Retention"),
    QT_TRANSLATE_NOOP("ClassroomPage", "Assigned"),
    QT_TRANSLATE_NOOP("ClassroomPage", "Latest mock"),
    QT_TRANSLATE_NOOP("ClassroomPage", "Trend"),
    QT_TRANSLATE_NOOP("ClassroomPage", "Status"),
    # jpprep/ui/pages/exams.py MODES
    QT_TRANSLATE_NOOP("ExamsPage", "Full timed mock"),
    QT_TRANSLATE_NOOP("ExamsPage", "One section"),
    QT_TRANSLATE_NOOP("ExamsPage", "One question type"),
    QT_TRANSLATE_NOOP("ExamsPage", "My weak types"),
    # jpprep/ui/exam/runner.py INSTRUCTIONS (must stay identical to the English there)
    QT_TRANSLATE_NOOP(
        "CbtRunner",
        "Choose the best answer for each question with the keys 1-4 or the mouse. "
        "Back and Next move between the questions of this section; the palette on the left shows which "
        "questions are answered (grey), not answered (white) and flagged for review (orange). "
        "Flag (F) marks a question to check later. Finish section (E) closes the section: you cannot go "
        "back to it. The time shown is for the whole test. Listening questions have a Play button."),
]

_current = "en"
_translators: list[QTranslator] = []


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def ts_path(lang: str) -> Path:
    return translations_dir() / f"jpprep_{lang}.ts"


def normalize(code: str | None) -> str | None:
    """'ur_PK', 'ur-PK', 'UR' -> 'ur'; None when not a shipped language ('in' is old Indonesian)."""
    if not code:
        return None
    base = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    base = {"in": "id"}.get(base, base)
    return base if base in CODES else None


def fixed_language() -> str | None:
    """The language a lab configuration fixes for every profile, or None.

    For now it comes from the environment variable JPPREP_UI_LANGUAGE (e.g. "ur")."""
    return normalize(os.environ.get(ENV_FIXED))


def guess_language(locale: QLocale | None = None) -> str:
    """The first shipped language among the system's preferred UI languages, else English."""
    locale = locale or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = normalize(name)
        if code:
            return code
    return "en"


def language_for(settings: dict | None) -> str:
    """The language to show: lab configuration, then the profile, then the system."""
    return fixed_language() or normalize((settings or {}).get("ui_language")) or guess_language()


def meaning_language_for(settings: dict | None) -> str:
    """Meanings in the learner's chosen language; until one is chosen, the interface language
    when decks can carry meanings in it, else English."""
    chosen = (settings or {}).get("meaning_language")
    if chosen in MEANING_LANGUAGES:
        return chosen
    lang = language_for(settings)
    return lang if lang in MEANING_LANGUAGES else "en"


def language_name(code: str) -> str:
    """A meaning language's name in the interface language ("Urdu", "اردو" in Urdu...)."""
    return QCoreApplication.translate("StudyPage", LANGUAGE_NAMES.get(code, code))


def is_rtl(lang: str) -> bool:
    return QLocale(lang).textDirection() == Qt.LayoutDirection.RightToLeft


def current_language() -> str:
    return _current


# -- compiling and loading -------------------------------------------------------------------
def lrelease_command() -> list[str] | None:
    import shutil

    import PySide6

    pkg = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (pkg / name).is_file():
            return [str(pkg / name)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def qm_path(lang: str) -> Path | None:
    """A compiled .qm for lang, compiling it into the cache when needed; None if impossible."""
    import zlib  # a checksum names the cached .qm (hashlib costs a few ms at every start)

    ts = ts_path(lang)
    if not ts.is_file():
        return None
    built = ts.with_suffix(".qm")
    if built.is_file() and built.stat().st_mtime >= ts.stat().st_mtime:
        return built
    data = ts.read_bytes()
    digest = f"{zlib.crc32(data):08x}{len(data):x}"
    cache = paths.data_dir() / "cache" / "translations"
    target = cache / f"jpprep_{lang}-{digest}.qm"
    if target.is_file():
        return target
    cmd = lrelease_command()
    if cmd is None:
        return None
    import subprocess

    try:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        subprocess.run([*cmd, "-silent", str(ts), "-qm", str(tmp)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        for old in cache.glob(f"jpprep_{lang}-*.qm"):
            old.unlink(missing_ok=True)
        tmp.replace(target)
    except (OSError, subprocess.SubprocessError):
        return None
    return target


class TsTranslator(QTranslator):
    """Reads a .ts directly: the fallback when lrelease is not available."""

    def __init__(self, ts: Path, lang: str) -> None:
        import xml.etree.ElementTree as ET

        super().__init__()
        self.lang = lang
        self.table: dict[tuple[str, str], list[str]] = {}
        root = ET.parse(ts).getroot()
        for ctx in root.iter("context"):
            name = ctx.findtext("name", "")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
                self.table[(name, msg.findtext("source", ""))] = forms

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return not self.table

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401
        forms = self.table.get((context, source))
        if not forms:
            return None
        if len(forms) == 1 or n < 0:
            return forms[0]
        return forms[0 if n == 1 else 1]  # ur/ne: one, other; id/vi/ja have one form


def _qt_translator(lang: str) -> QTranslator | None:
    """Qt's own strings (standard dialogs) where Qt ships them (ja yes; ur, ne, id, vi no)."""
    t = QTranslator()
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return t if t.load(f"qtbase_{lang}", where) else None


def apply_language(lang: str, app: QApplication | None = None) -> str:
    """Install lang's translators, locale and layout direction in the running app."""
    global _current
    app = app or QApplication.instance()
    lang = normalize(lang) or "en"
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    # English too: jpprep_en.ts holds only plural forms ("%n card(s)" -> "1 card", "2 cards")
    qm = qm_path(lang)
    t = QTranslator()
    if qm is not None and t.load(str(qm)):
        _translators.append(t)
    elif ts_path(lang).is_file():
        _translators.append(TsTranslator(ts_path(lang), lang))
    if lang != "en":
        qt = _qt_translator(lang)
        if qt is not None:
            _translators.append(qt)
    for t in _translators:
        app.installTranslator(t)
    if lang != _current or QLocale().language() != QLocale(lang).language():
        QLocale.setDefault(QLocale(lang))
    direction = Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
    if app.layoutDirection() != direction:
        app.setLayoutDirection(direction)
    _current = lang
    return lang


def number(value: int | float) -> str:
    """A count as the current language writes it (Nepali uses Devanagari digits)."""
    return QLocale().toString(value)


def digits(text: str) -> str:
    """`text` with 0-9 written in the interface language's digits (Nepali ०-९) for a figure
    that is not one number: a clock "04:59", an ISO date, "7/5/8". Other languages keep 0-9.
    The UI writes every number it shows in the language's digits, as Qt's %Ln does; files the
    user exports (CSV, PDF reports) keep 0-9."""
    zero = QLocale().zeroDigit()
    if zero == "0" or not zero:
        return text
    return text.translate({48 + d: ord(zero) + d for d in range(10)})


def percent(value: float, decimals: int = 0) -> str:
    """A percentage in the language's digits and decimal sign: "85%", Nepali "८५%"."""
    return QLocale().toString(float(value), "f", decimals) + QLocale().percent()


def count(value: int) -> str:
    """A count in a table cell: the language's digits, no group separator (int() reads it back)."""
    loc = QLocale()
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(int(value))


class Intervals(QObject):
    """The translation context of interval wording (lupdate reads self.tr() in a class)."""

    def words(self, ms: int) -> str:
        minutes = max(0, int(ms)) / 60_000
        if minutes < 1:
            return self.tr("under a minute")
        if minutes < 60:
            return self.tr("%Ln minute(s)", "", round(minutes))
        hours = minutes / 60
        if hours < 24:
            return self.tr("%Ln hour(s)", "", round(hours))
        days = hours / 24
        if days < 30.5:
            return self.tr("%Ln day(s)", "", round(days))
        months = days / 30.44
        if round(months) < 12:
            return self.tr("%Ln month(s)", "", round(months))
        years = round(days / 365.25, 1)
        if years == int(years):
            return self.tr("%Ln year(s)", "", int(years))
        return self.tr("{n} years").format(n=QLocale().toString(years, "f", 1))


_intervals: list[Intervals] = []


def interval(ms: int) -> str:
    """How long until a card comes back, in the interface language with its plural forms and
    digits: "under a minute", "10 minutes", "3 hours", "4 days", "2 months", "1.5 years".
    Replaces the services' English "10m", "3d" (jpprep.services.study.StudyCard.preview_ms)."""
    if not _intervals:
        _intervals.append(Intervals())
    return _intervals[0].words(ms)


def ltr(text) -> str:
    """`text` as one left-to-right run (Unicode isolate) inside a sentence of any direction:
    after Urdu words "2026-12-01" read "01-12-2026" and "70 / 180" read "180 / 70". Also a
    file name, a key or an id inside a translated message; None and "" give ""."""
    text = "" if text is None else str(text)
    return f"\u2066{text}\u2069" if text else text


def date(iso: str) -> str:
    """A YYYY-MM-DD date as the interface language writes it (its month names and digits)."""
    d = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(d, QLocale.FormatType.LongFormat) if d.isValid() else iso
