"""Question types' and fixed forms' names in the interface language.

Question types (jpprep/exams/types.py) carry the Japanese name the test prints and an English
one; the "One question type" choice shows the Japanese name with the interface language's beside
it (a Japanese interface shows the Japanese name alone), as section names do
(blueprint_words.both_names). TYPES lists every type's English name for lupdate;
tests/ui/test_form_and_type_names.py fails when a type is added without its line here.

A fixed form's title is bank data ("Form A", "Form B": docs/mock-forms.md). A title of that shape
is said in the interface language ("پرچہ B", "Đề thi B"); any other title (a centre's own,
"Mid-term paper") stays as written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from jpprep.ui.i18n import QT_TRANSLATE_NOOP

TYPES_CONTEXT = "QuestionTypes"
TYPES = [
    QT_TRANSLATE_NOOP("QuestionTypes", "Kanji reading"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Orthography"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Word formation"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Contextually-defined expressions"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Paraphrases"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Usage"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Selecting grammar form"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Sentence composition"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Text grammar"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Comprehension (short passages)"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Comprehension (mid-size passages)"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Comprehension (long passages)"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Integrated comprehension"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Thematic comprehension"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Information retrieval"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Task-based comprehension"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Comprehension of key points"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Summary comprehension"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Verbal expressions"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Quick response"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Integrated comprehension (listening)"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Word meaning"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Word usage"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Kanji meaning and usage"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Grammar"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Expression"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Comprehending conversations"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Communicating at shops and public places"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Announcements and instructions"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Comprehending content"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Information search"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Knowledge"),
    QT_TRANSLATE_NOOP("QuestionTypes", "True or false"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Photo or illustration judgement"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Calculation"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Listening to instructions"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Care vocabulary"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Care conversation"),
    QT_TRANSLATE_NOOP("QuestionTypes", "Care documents"),
]

FORMS_CONTEXT = "FormNames"
FORM_OF_LETTER = QT_TRANSLATE_NOOP("FormNames", "Form %1")  # %1: the form's letter or number
_SHAPE = re.compile(r"Form ([A-Z0-9]{1,3})")


def type_name(qt) -> str:
    """漢字読み  Kanji reading (the second in the interface language); Japanese: 漢字読み."""
    from jpprep.ui import i18n

    if i18n.current_language() == "ja":
        return qt.name
    english = qt.name_en
    return f"{qt.name}  {QCoreApplication.translate(TYPES_CONTEXT, english) if english in TYPES else english}"


def type_label(qt) -> str:
    """type_name() to put inside a sentence (Mock exams' "Weak question types: ..."): the
    Japanese name is one left-to-right run, so in Urdu 内容理解（中文） keeps its brackets around
    中文 instead of taking the Urdu line's direction; the interface language's name follows it."""
    from jpprep.ui import i18n

    if i18n.current_language() == "ja":
        return qt.name
    english = qt.name_en
    return f"{i18n.ltr(qt.name)}  {QCoreApplication.translate(TYPES_CONTEXT, english) if english in TYPES else english}"


def form_title(name: str) -> str:
    """A fixed form's title in the interface language: "Form B" -> "پرچہ B" (with a no-break
    space); another title as it is written."""
    m = _SHAPE.fullmatch(name.strip())
    if m is None:
        return name
    words = QCoreApplication.translate(FORMS_CONTEXT, FORM_OF_LETTER).replace("%1", m.group(1))
    # one unit: a wrapped Urdu line ended in "پرچہ" and the next began with its "B"
    return name if words == name else words.replace(" ", "\u00a0")


def form_label(name: str) -> str:
    """form_title() to put inside a sentence: a title kept as written (a centre's own, Latin)
    stays left to right inside Urdu; "Form B" said in the language runs in the line's own
    direction."""
    from jpprep.ui import i18n

    return form_title(name) if _SHAPE.fullmatch(name.strip()) else i18n.ltr(name)


def assignment_title(a) -> str:
    """An assignment's deck or exam name, with its fixed form in the interface language:
    "JLPT N4 Form B", in Urdu "JLPT N4 پرچہ B" (a services.assignments.AssignmentInfo)."""
    return f"{a.title} {form_label(a.form_name)}" if a.form_id else a.title
