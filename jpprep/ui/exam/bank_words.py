"""A question bank's problems, and a fixed mock form's, as the user reads them: in the
interface language.

jpprep/exams/bank.py gives each problem of a bank an English message and hint (the CLI's:
`jpprep exam check FILE` prints them all) and a stable `code` with plain `params`
(params["item"] is the question's id); jpprep/exams/form.py does the same for a fixed form
that does not fit its exam. `bank_text(err)` says the problem in the interface language and
`bank_place(err)` where it is (file, line, question id, field), ids, names and JSON keys kept
as written, left to right inside Urdu, line numbers in the language's digits. An error
without a known code keeps its English.

A new code needs a line in BankWords.problem() (tests/ui/test_error_text.py checks every code
raised in jpprep/ has one).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from jpprep.ui import i18n

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class BankWords(QObject):
    """The translation context of question bank problems (lupdate reads self.tr() here)."""

    def problem(self, code: str) -> str | None:
        return {
            # the bank itself and its passages
            "bank_id_invalid": self.tr("The bank's “id” must be a short name made of letters, "
                                       "digits, '-', '_' or '.'."),
            "bank_media_not_name": self.tr("“{field}” must be the name of a file."),
            "bank_media_outside": self.tr("The file {name} must be inside the bank's folder."),
            "bank_media_missing": self.tr("The file {name} does not exist. Put it at {path}, or "
                                          "correct the name."),
            "bank_passage_no_id": self.tr("Passage number {position} has no “id”."),
            "bank_passage_twice": self.tr("The passage id {passage} is used twice."),
            "bank_passage_kind": self.tr("Passage {passage}: “kind” must be text, notice or "
                                         "table."),
            "bank_passage_no_rows": self.tr("Passage {passage} is a table but has no “rows”."),
            "bank_passage_empty": self.tr("Passage {passage} has no text, rows or image."),
            "bank_no_items": self.tr("The bank has no questions: “items” must be a list that is "
                                     "not empty."),
            "bank_item_not_object": self.tr("Entry number {position} of “items” is not a "
                                            "question written in braces { }."),
            "bank_item_no_id": self.tr("Question number {position} has no valid “id”."),
            "bank_item_twice": self.tr("This question id is used twice. Give every question its "
                                       "own id."),
            "bank_item_in_two_banks": self.tr("The question id {item} is in two banks ({first} "
                                              "and {second}). Give questions ids that are unique "
                                              "across banks."),
            # a question
            "bank_type_unknown": self.tr("{type} is not a question type. See the list of types in "
                                         "docs/item-bank-format.md."),
            "bank_field_unknown": self.tr("“{field}” is not a field of a question. See "
                                          "docs/item-bank-format.md."),
            "bank_not_text": self.tr("“{field}” must be text."),
            "bank_markup_target": self.tr("The markup in “{field}” is broken: '[[' and ']]' do not "
                                          "pair up."),
            "bank_markup_ruby_pair": self.tr("The markup in “{field}” is broken: '《' and '》' do "
                                             "not pair up."),
            "bank_markup_ruby_base": self.tr("The markup in “{field}” is broken: a reading 《…》 "
                                             "must follow kanji, or mark its base with ｜."),
            "bank_choices_not_list": self.tr("“choices” must be a list."),
            "bank_choice_invalid": self.tr("Each choice must be text or {\"text\", \"image\"}."),
            "bank_choices_same": self.tr("Two choices are the same ({choice}): the question would "
                                         "have two right answers or give the answer away."),
            "bank_star_pieces": self.tr("A ★ (sentence composition) question needs exactly four "
                                        "pieces; this one has {count}."),
            "bank_star_order": self.tr("“order” must list the piece numbers 1 to 4 in their right "
                                       "order, each once."),
            "bank_star_slot": self.tr("“star” must be the ★ slot, 1 to 4."),
            "bank_star_answer": self.tr("A ★ question takes “order” and “star”, not “answer” (the "
                                        "answer is the piece in the ★ slot)."),
            "bank_choice_count": self.tr("A question needs 2 to 4 choices; this one has "
                                         "{count}."),
            "bank_answers_many": self.tr("This question has {count} right answers; exactly one is "
                                         "allowed."),
            "bank_answer_missing": self.tr("This question has no right answer. Add “answer”: the "
                                           "number of the right choice (1 to 4)."),
            "bank_answer_range": self.tr("“answer” must be the number of a choice, from 1 to "
                                         "{max}."),
            "bank_passage_unknown": self.tr("There is no passage {passage}."),
            "bank_passage_needed": self.tr("A {type} question needs a “passage”."),
            "bank_script_lines": self.tr("Each line of “script” must be {\"speaker\", "
                                         "\"text\"}."),
            "bank_listening_no_audio": self.tr("A listening question needs “audio” (a file) or "
                                               "“script” (what is said)."),
            "bank_audio_only_no_audio": self.tr("A question that is only heard needs “audio” or "
                                                "“script”."),
            "bank_image_needed": self.tr("A {type} question needs an “image” (the photo or "
                                         "drawing)."),
            "bank_target_missing": self.tr("Mark the tested word with [[…]] in “stem”."),
            "bank_target_ruby": self.tr("The tested word must not carry furigana (it would give "
                                        "the answer away)."),
            "bank_no_stem": self.tr("This question has no “stem” or “question”."),
            "bank_furigana_value": self.tr("“furigana” must be \"on\" or \"off\" (or left out to "
                                           "follow the exam)."),
            # forms (fixed mock exams) in a bank, and a form that does not fit its exam
            "bank_form_incomplete": self.tr("Form number {position} needs an “id” and “sections” "
                                            "(for each section, its list of question ids)."),
            "bank_form_unknown_item": self.tr("Form {form}, section {section}: there is no "
                                              "question {missing}."),
            "form_other_exam": self.tr("The form {form} is for {form_exam}, not for {exam}."),
            "form_extra_sections": self.tr("The form {form} has the sections {sections}, which "
                                           "{exam} does not have (it has {known})."),
            "form_section_empty": self.tr("The form {form} has no questions for the section "
                                          "{section}."),
            "form_counts": self.tr("The form {form}, section {section}, does not match {exam}: "
                                   "{counts}. A fixed form is a full mock exam: give each section "
                                   "exactly the questions of the exam, or leave the form out and "
                                   "let jpprep make one from the bank."),
            "form_unknown": self.tr("No question bank has a form named {form}."),
        }.get(code)

    def count(self, kind: str, topic: str, have: int, want: int) -> str:
        """One question type of a form that has too many or too few of it."""
        if topic:
            return self.tr("{type} on {topic}: {have} instead of {want}").format(
                type=i18n.ltr(kind), topic=i18n.ltr(topic), have=i18n.number(have),
                want=i18n.number(want))
        return self.tr("{type}: {have} instead of {want}").format(
            type=i18n.ltr(kind), have=i18n.number(have), want=i18n.number(want))

    def list_separator(self) -> str:
        return self.tr("; ")

    def place_separator(self) -> str:
        return self.tr(", ")

    def line(self, line: int) -> str:
        return self.tr("line {line}").format(line=i18n.number(line))

    def question(self, item: str) -> str:
        return self.tr("question {item}").format(item=i18n.ltr(item))

    def field(self, field: str) -> str:
        return self.tr("field {field}").format(field=i18n.ltr(field))

    def problems(self, count: int, first: str, place: str) -> str:
        """A bank that was not loaded: how many problems, the first one and where it is."""
        if count == 1:
            head = self.tr("This question bank was not loaded because of this problem:")
            return "\n".join(x for x in (head, first, place) if x)
        head = self.tr("This question bank has %Ln problem(s), so it was not loaded. The "
                       "first:", "", count)
        tail = self.tr("A teacher can list them all with “jpprep exam check”.")
        return "\n".join(x for x in (head, first, place, tail) if x)


def is_bank_code(code) -> bool:
    return code == "bank_problems" or (bool(code) and BankWords().problem(code) is not None)


def _value(words: BankWords, key: str, value) -> str:
    if key == "counts" and isinstance(value, list):
        return words.list_separator().join(
            words.count(str(c.get("type", "")), str(c.get("topic") or ""), int(c.get("have", 0)),
                        int(c.get("want", 0))) for c in value)
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return i18n.number(value)
    return i18n.ltr(value)


def bank_text(err) -> str:
    """The problem in the interface language; the English message (and hint) for an error
    without a known code."""
    english = str(getattr(err, "message", None) or err)
    if getattr(err, "hint", None):
        english += f" {err.hint}"
    words = BankWords()
    code = getattr(err, "code", None)
    template = words.problem(code) if code else None
    if template is None:
        return english
    values = {k: _value(words, k, v) for k, v in (getattr(err, "params", None) or {}).items()}
    values.setdefault("field", i18n.ltr(getattr(err, "field", None) or ""))  # as written: a JSON key
    # {name} placeholders only: the templates also hold JSON braces ({"text", "image"})
    missing = [m for m in _PLACEHOLDER.findall(template) if m not in values]
    if missing:  # a translation out of step with the raise site
        return english
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def bank_place(err) -> str:
    """Where: the file, its line, the question's id and the field, as the language writes them."""
    words = BankWords()
    parts = []
    if getattr(err, "file", None):
        parts.append(i18n.ltr(err.file))
    if getattr(err, "line", None) is not None:
        parts.append(words.line(err.line))
    item = (getattr(err, "params", None) or {}).get("item")
    if item and getattr(err, "code", None) != "bank_item_in_two_banks":  # that one names it
        parts.append(words.question(str(item)))
    if getattr(err, "field", None):
        parts.append(words.field(err.field))
    return words.place_separator().join(parts)


def bank_error_text(err) -> str:
    """A bank's or a form's error as error_text() shows it: the problem and, on its own line,
    where; a bank that was not loaded says how many problems it has and its first."""
    problems = getattr(err, "problems", None)
    if getattr(err, "code", None) == "bank_problems" and problems:
        first = problems[0]
        return BankWords().problems(len(problems), bank_text(first), bank_place(first))
    place = bank_place(err)
    return f"{bank_text(err)}\n{place}" if place else bank_text(err)
