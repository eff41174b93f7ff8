"""Errors as the student reads them: in the interface language.

Domain and services code raises jpprep.errors.JpprepError with an English message (for the CLI
and the logs) and, for errors a student can meet, a stable `code` and plain `params`.
`error_text(err)` turns a known code into the translated sentence, adds where it happened
(a file, a line) on its own line, and falls back to str(err) (English, with file and line)
for an error without a code or with a code this table does not know.

Every UI place that shows an error goes through error_text(); a new code needs a line in
ErrorWords.template() and its translations (tools/update_translations.py).
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QObject

from jpprep.ui import i18n
from jpprep.ui.exam.bank_words import bank_error_text, is_bank_code
from jpprep.ui.problem_words import is_problem_code, problem_place, problem_text


class ErrorWords(QObject):
    """The translation context of error messages (lupdate reads self.tr() in a class)."""

    def template(self, code: str) -> str | None:
        return {
            # storage (jpprep/store/db.py, lock.py, backup.py)
            "disk_full": self.tr("The disk is full. Your last change was not saved; everything before it is "
                            "safe. Free some space (or ask your teacher), then try again."),
            "read_only": self.tr("jpprep cannot save to its database: the file or its folder is read-only. "
                            "Your last change was not saved; everything before it is safe. Please tell "
                            "your teacher."),
            "cannot_create_database": self.tr("jpprep cannot open or make its database file: the folder may "
                                         "be read-only or missing. Please tell your teacher."),
            "data_folder_unwritable": self.tr("jpprep cannot write to its data folder. Please tell your "
                                         "teacher."),
            "damaged_database": self.tr("The database is damaged, so jpprep left it untouched. Please tell "
                                   "your teacher: a backup can be restored."),
            "not_a_database": self.tr("This file is not a jpprep database, so jpprep left it untouched. "
                                 "Please tell your teacher."),
            "newer_database": self.tr("This database was made by a newer version of jpprep, so this version "
                                 "left it untouched. Please install the newer jpprep, or tell your "
                                 "teacher."),
            "server_unreachable": self.tr("jpprep cannot reach the class server. Check that this computer is "
                                     "connected to the network, or tell your teacher."),
            "server_login_refused": self.tr("The class server did not accept jpprep's user name or password. "
                                       "Please tell your teacher."),
            "cannot_open_database": self.tr("jpprep cannot open its database ({detail}). Please tell your "
                                       "teacher."),
            "backup_disk_full": self.tr("The disk is full, so the backup was not made. Your progress is safe. "
                                   "Free some space (or delete old backups)."),
            "backup_read_only": self.tr("The backup folder cannot be written, so the backup was not made. "
                                   "Your progress is safe. Please tell your teacher."),
            "backup_damaged": self.tr("This backup is damaged and cannot be restored. Choose "
                                      "another backup."),
            "backup_not_jpprep": self.tr("This file is not a jpprep backup. Choose a file from "
                                         "the backups folder."),
            "backup_newer": self.tr("This backup was made by a newer version of jpprep. Install "
                                    "the newer jpprep to restore it."),
            "backup_is_database": self.tr("This is the database itself, not a backup. Choose a "
                                          "file from the backups folder."),
            "backup_failed": self.tr("The backup was not made ({detail}). Your progress is safe. "
                                     "Please tell your teacher."),
            "backup_no_database": self.tr("There is no database file to back up yet."),
            "profile_starting": self.tr("jpprep is starting on the profile “{profile}” in another window. "
                                   "Wait a moment and switch to that window."),
            "profile_open_here": self.tr("The profile “{profile}” is already open in jpprep on this "
                                    "computer. Switch to that window, or close it first."),
            "profile_open_elsewhere": self.tr("The profile “{profile}” is already open in jpprep on the "
                                         "computer “{host}” (since {since}). Close jpprep there first, "
                                         "or choose another profile. If that computer crashed, tell "
                                         "your teacher."),
            # PINs and profiles (jpprep/services/pins.py, profiles.py)
            "pin_digits_only": self.tr("A PIN is made of digits only, for example 4821."),
            "pin_length": self.tr("A PIN has {min} to {max} digits."),
            "profile_gone": self.tr("That profile no longer exists."),
            "preset_gone": self.tr("That options preset no longer exists."),
            "preset_name_length": self.tr("An options preset needs a name of {min} to {max} characters."),
            "preset_name_taken": self.tr("A preset named “{name}” already exists. Choose another "
                                         "name, or choose that preset in the list."),
            "name_empty": self.tr("A profile needs a name. Type a name, for example your first name."),
            "name_too_long": self.tr("The name is longer than {max} characters."),
            "name_control_characters": self.tr("The name contains invisible control characters. Please "
                                          "type it again."),
            "name_taken": self.tr("A profile named “{name}” already exists. Choose another name, or switch "
                             "to that profile."),
            # mock exams and assignments (jpprep/exams/form.py, session.py, services/exams.py,
            # services/assignments.py)
            "exam_items_short": self.tr("The question banks do not have enough questions of "
                                        "these types for {exam}: {types}. Add questions to a "
                                        "bank, or choose another practice mode."),
            "exam_choose_section": self.tr("Choose a section to practise."),
            "exam_choose_types": self.tr("Choose at least one question type to practise."),
            "exam_type_missing": self.tr("{exam} has no question type “{type}”."),
            "exam_mode_unknown": self.tr("“{mode}” is not a practice mode of jpprep."),
            "exam_unknown": self.tr("There is no mock exam “{exam}”."),
            "exam_attempt_gone": self.tr("This exam attempt no longer exists."),
            "exam_questions_changed": self.tr("The questions of this exam have changed ({gone} are "
                                              "gone), so it cannot be continued. Start a new "
                                              "one."),
            "exam_empty": self.tr("This exam has no questions."),
            "exam_state_version": self.tr("This saved exam was made by another version of jpprep "
                                          "and cannot be continued. Start a new one."),
            # a question bank that cannot be read (jpprep/exams/bank.py); its problems line by
            # line, and a fixed form's, are in jpprep/ui/exam/bank_words.py
            "bank_unreadable": self.tr("jpprep cannot read this question bank ({detail})."),
            "bank_too_big": self.tr("This question bank is larger than 32 MB."),
            "bank_not_utf8": self.tr("This question bank is not UTF-8 text. Save it as UTF-8."),
            "bank_not_json": self.tr("This question bank is not valid JSON (column {column}). "
                                     "Check the quotes, commas and brackets there."),
            "bank_not_bank": self.tr("This file is not a jpprep question bank (“format”: 1 is "
                                     "missing)."),
            "assign_nothing": self.tr("Choose a deck or a mock exam to assign."),
            "assign_form_without_exam": self.tr("Only a mock exam can be assigned with a form. Choose a "
                                                "mock exam, or leave the form out."),
            "assign_bad_date": self.tr("“{value}” is not a date. Write it as YYYY-MM-DD, for "
                                       "example 2026-03-31."),
            "deck_gone": self.tr("That deck no longer exists."),
            # study and card actions (jpprep/services/study.py)
            "card_gone": self.tr("This card no longer exists: its note or deck was deleted. "
                                 "Go back to Home and choose a deck."),
            # notes typed in the browser, the note editor and Add note
            # (jpprep/services/note_actions.py, browser.py; a typed word or reading uses the
            # deck file's words: problem_words.py)
            "note_gone": self.tr("That note no longer exists."),
            "no_note_chosen": self.tr("No note is chosen. Select one or more notes in the list "
                                      "first."),
            "note_meaning_en_empty": self.tr("The English meaning is empty. Write what the word "
                                             "means in English."),
            "tag_empty": self.tr("The tag is empty. Type a tag, for example verb."),
            "tag_has_space": self.tr("The tag “{tag}” has a space in it. A tag is one word: use "
                                     "- or _ instead of spaces."),
            "student_gone": self.tr("That student no longer exists."),
            # the lab configuration file (jpprep/lab.py)
            "lab_file_missing": self.tr("The lab configuration file does not exist. Everything that can be "
                                   "locked is locked."),
            "lab_file_unreadable": self.tr("The lab configuration file cannot be read. Everything that can "
                                      "be locked is locked."),
            "lab_not_toml": self.tr("The lab configuration file is not valid TOML (each setting is one line: "
                               "key = \"value\"). Everything that can be locked is locked until it is "
                               "fixed."),
            "lab_unknown_key": self.tr("“{key}” is not a known key. Did you mean: {known}?"),
            "lab_not_text": self.tr("“{key}” must be a text in quotes."),
            "lab_bad_url": self.tr("“{key}” is not a database URL."),
            "lab_unknown_driver": self.tr("jpprep cannot use “{driver}” databases. Use postgresql+psycopg "
                                     "or sqlite."),
            "lab_unknown_language": self.tr("“{value}” is not an interface language of jpprep. Use one of: "
                                       "{known}."),
            "lab_not_id_list": self.tr("“{key}” must be a list of ids in quotes."),
            "lab_locked_not_list": self.tr("“{key}” must be a list of names in quotes ({known}). "
                                      "Everything is locked until it is fixed."),
            "lab_unknown_lock": self.tr("“{value}” is not a name that “{key}” knows ({known}). Everything "
                                   "is locked until it is fixed."),
            "lab_bad_password_hash": self.tr("“{key}” is not a password hash."),
            "lab_bad_choice": self.tr("“{value}” is not a choice for “{key}”. Use \"study locally\" or "
                                 "\"stop\"."),
        }.get(code)

    def at_line(self, file: str, line: int) -> str:
        return self.tr("{file}, line {line}").format(file=i18n.ltr(file), line=i18n.number(line))

    def unexpected(self) -> str:
        return self.tr("Something unexpected went wrong; nothing was changed. Please tell "
                       "your teacher.")

    def lab_problems(self) -> str:
        return self.tr("Please tell your teacher: the lab configuration file has a problem. The rest "
                       "of the file still applies.")

    def study_locally(self) -> str:
        return self.tr("Study continues on this computer only; your answers here are not in the "
                       "class database.")


def _words() -> ErrorWords:
    return ErrorWords()


def _value(key: str, value) -> str:
    if key.endswith("_ms") and isinstance(value, int):
        when = QDateTime.fromMSecsSinceEpoch(value)
        return QLocale().toString(when, QLocale.FormatType.ShortFormat)
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return i18n.number(value)
    return i18n.ltr(value) if key in ("key", "value", "known", "driver", "detail", "mode", "type",
                                  "exam", "types", "first", "tag") \
        else str(value)


def error_text(err: BaseException) -> str:
    """What to show the student for err, in the interface language when its code is known."""
    code = getattr(err, "code", None)
    params = getattr(err, "params", None) or {}
    words = _words()
    if code == "lab_problems_and_error":
        return "\n\n".join([error_text(params.get("error") or Exception(str(err))),
                            lab_problems_text(params.get("problems") or [])])
    if is_bank_code(code):  # a question bank's or a fixed form's problem: where, line by line
        return bank_error_text(err)
    if is_problem_code(code):  # a deck file's problem: its fix, and the row and column
        return f"{problem_text(err)}\n{problem_place(err)}" if getattr(err, "file", None) \
            else problem_text(err)
    template = words.template(code) if code else None
    if template is None:
        return str(err)
    values = {k.removesuffix("_ms"): _value(k, v) for k, v in params.items()}
    try:
        text = template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation or a raise site out of step
        return str(err)
    place = _place(err, words)
    return f"{text}\n{place}" if place else text


def _place(err, words: ErrorWords) -> str:
    file = getattr(err, "file", None)
    if not file:
        return ""
    line = getattr(err, "line", None)
    return words.at_line(file, line) if line is not None else i18n.ltr(file)


def lab_problems_text(problems) -> str:
    """The lab file's problems under one line that says what to do ('' when there are none)."""
    if not problems:
        return ""
    return "\n".join([_words().lab_problems(), *(error_text(p) for p in problems)])


def fallback_text(error) -> str:
    """The configured database failed and study continues here (jpprep.lab.Opened.fallback)."""
    return f"{error_text(error)}\n{_words().study_locally()}"


def opened_text(opened) -> str:
    """jpprep.lab.Opened as the student reads it ('' when all went as configured)."""
    parts = [fallback_text(opened.fallback)] if opened.fallback else []
    if opened.fallback and any(getattr(opened, "kept", ())):
        from jpprep.ui.widgets.server_notice import ServerWords

        parts[0] += "\n" + ServerWords().kept_on_close(*opened.kept)
    if opened.problems:
        parts.append(lab_problems_text(opened.problems))
    return "\n\n".join(parts)


def is_known(err: BaseException) -> bool:
    """Whether error_text(err) says err in the interface language (its code is known)."""
    code = getattr(err, "code", None)
    return bool(code) and (code == "lab_problems_and_error" or is_bank_code(code)
                           or is_problem_code(code) or _words().template(code) is not None)


def shown_text(err: BaseException) -> str:
    """error_text(err) for jpprep's own errors; for anything else (an unexpected failure: a
    library's or Python's own English, maybe a traceback's words) one translated sentence,
    and the English goes to the log."""
    from jpprep.errors import JpprepError

    if isinstance(err, JpprepError) or is_known(err):
        return error_text(err)
    import logging

    logging.getLogger("jpprep").error("shown as unexpected: %s", err,
                                      exc_info=(type(err), err, err.__traceback__))
    return _words().unexpected()
