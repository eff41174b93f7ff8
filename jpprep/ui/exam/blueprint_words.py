"""The notes of the exam blueprints (jpprep/exams/blueprints/*.json) in the interface language.

The blueprints are data in English (the CLI prints them as they are). The exams page shows each
one's scoring note and its "not yet confirmed" facts; they are listed here so lupdate finds them,
and note() translates one, falling back to the English of a note not (yet) listed.
tests/ui/test_blueprint_notes.py fails when a blueprint has a note that is not listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jpprep.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "BlueprintNotes"

NOTES = [
    # scoring.note
    QT_TRANSLATE_NOOP("BlueprintNotes", "Real JLPT scores are scaled with Item Response Theory (equated "
                      "across sessions); a mock can only give a linear estimate from raw answers."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "JFT-Basic reports a scaled score (10-250) from a calibrated item "
                      "pool; 200 or more is A2, the SSW (i) requirement. A mock can only give a linear "
                      "estimate."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "The pass mark is a share of the points; the organiser may adjust "
                      "it for difficulty. A mock gives an estimate."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "The pass mark is a share of the points; the organiser may adjust "
                      "it for difficulty. A mock gives an estimate. One source reports 73% from April "
                      "2025 [verify]."),
    # verify: facts not yet confirmed
    QT_TRANSLATE_NOOP("BlueprintNotes", "Exact day in August 2026 when the A1/A2.1 bands started: the "
                      "notice says 'from August 2026' (1 August used here)."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "Per-section item counts (about 12-15 each)."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "統合理解 (reading) is 3 in the guidebook-cited note, 2 in other "
                      "mock specs: 2 used here."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "語形成 count: 5 per guidebook, some recent forms 3."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "N3 listening counts 6/6/3/4/9 and reading counts are from "
                      "secondary sources."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "Post-2020 N4 item counts (7/5/8/4/4 | 13/4/4 | 3/3/2 | 8/7/5/8) "
                      "are from secondary sources: check against jlpt.jp 試験科目と試験時間."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "Item counts are JLPT's approximate counts (小問数の目安); a given "
                      "test may differ slightly."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "Pass mark 65% of total (source truncated)."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "Split between 学科, 実技 and listening (this mock: 40/24/6)."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "Whether furigana is printed."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "Pass mark: 60% historically; 73% from April 2025 per one "
                      "source."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "Whether the Japanese-language version prints furigana."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "実技 pass mark (per JAC); the split between ○× and "
                      "multiple-choice items; the final CBT question counts."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "How the 200 points split between 学科 and 実技 items (equal "
                      "weight per item used here)."),
    QT_TRANSLATE_NOOP("BlueprintNotes", "Question counts of the current CBT (this mock: 30 + 20)."),
]


def note(text: str) -> str:
    """A blueprint's note in the interface language (its English when it is not listed)."""
    return QCoreApplication.translate(CONTEXT, text) if text in NOTES else text

# The sections' English names (a blueprint's sections and scoring sections, "name_en"): the
# result table, the reasons, Past results and the readiness trend say them in the interface
# language beside the Japanese name. tests/ui/test_section_names.py fails when a blueprint has
# a section name that is not listed here.
SECTIONS_CONTEXT = "SectionNames"
SECTIONS = [
    QT_TRANSLATE_NOOP("SectionNames", "Script and Vocabulary"),
    QT_TRANSLATE_NOOP("SectionNames", "Conversation and Expression"),
    QT_TRANSLATE_NOOP("SectionNames", "Listening Comprehension"),
    QT_TRANSLATE_NOOP("SectionNames", "Reading Comprehension"),
    QT_TRANSLATE_NOOP("SectionNames", "Listening"),
    QT_TRANSLATE_NOOP("SectionNames", "Reading"),
    QT_TRANSLATE_NOOP("SectionNames", "Language Knowledge"),
    QT_TRANSLATE_NOOP("SectionNames", "Language Knowledge and Reading"),
    QT_TRANSLATE_NOOP("SectionNames", "Language Knowledge (Vocabulary)"),
    QT_TRANSLATE_NOOP("SectionNames", "Language Knowledge (Grammar) and Reading"),
    QT_TRANSLATE_NOOP("SectionNames", "Knowledge"),
    QT_TRANSLATE_NOOP("SectionNames", "Practical"),
    QT_TRANSLATE_NOOP("SectionNames", "Practical (judgement)"),
    QT_TRANSLATE_NOOP("SectionNames", "Japanese listening"),
    QT_TRANSLATE_NOOP("SectionNames", "Nursing Care Japanese"),
    QT_TRANSLATE_NOOP("SectionNames", "Total"),
]


def section_name(name_en: str) -> str:
    """A section's name in the interface language, from its English name; a centre's own
    section that is not listed keeps its English."""
    return QCoreApplication.translate(SECTIONS_CONTEXT, name_en) if name_en in SECTIONS else name_en


def both_names(name: str, name_en: str, sep: str = "  ") -> str:
    """The Japanese name the test prints, then the interface language's (聴解  Listening); in a
    Japanese interface the Japanese name alone."""
    from jpprep.ui import i18n

    return name if i18n.current_language() == "ja" else f"{name}{sep}{section_name(name_en)}"
