"""After an exam: the estimated result with every section's minimum, and each question with the
learner's answer, the right answer and the explanation."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QLocale, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from jpprep.exams import markup
from jpprep.exams import types as qtypes
from jpprep.japanese.phrases import WORD_JOINER, no_break_inside
from jpprep.ui import i18n, theme
from jpprep.ui.exam.blueprint_words import section_name
from jpprep.ui.exam.names import form_label
from jpprep.ui.exam.text import furigana_on, with_paren_ruby


def ltr(text: str) -> str:
    """`text` kept left to right inside Urdu: "0 / 120" would otherwise read "120 / 0"."""
    return f"\u2066{text}\u2069"


def unbroken(text: str) -> str:
    """`text` with no-break spaces: a comparison ("36 < 38", "56 / 180") is one unit that a
    wrapped line must not cut (Nepali read "(३६ <" at a line's end and "३८)" on the next)."""
    return text.replace(" ", "\u00a0")


def _fmt(x) -> str:
    if x is None:
        return "–"
    x = float(x)  # in the language's digits and decimal sign (Nepali ७०.५)
    return i18n.number(int(x)) if x.is_integer() else QLocale().toString(x, "f", 1)


def _line_height(text: str, font: QFont) -> float:
    """The height of `text` laid out unwrapped in `font`, as an item view lays out a cell."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(1e6)
        height += line.height()
    layout.endLayout()
    return height


class _ReviewBrowser(QTextBrowser):
    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt name)
        """Copied text without the word joiners that keep a Japanese word on one line."""
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText().replace(WORD_JOINER, ""))
        return data


class ResultsView(QWidget):
    back = Signal()
    sendMissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet(theme.sized_css(13.5) + " font-weight: bold;")
        lay.addWidget(self.verdict)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("color: #b71c1c;")
        lay.addWidget(self.reasons)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Scoring section"), self.tr("Correct"),
                                              self.tr("Estimated score"), self.tr("Minimum")])
        # the figures as wide as they need ("38  ⚠ below the minimum"), the section's name
        # (Japanese over English, two lines) in what is left: at 1024x600 the name on one line
        # took the width and the minimum read "38 ⚠ below the …"
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # rows measured again once the columns have their widths (see _fit_rows)
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_args: self._refit.start())
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay.addWidget(self.table)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #37474f;")
        lay.addWidget(self.note)
        self.review = _ReviewBrowser()
        # Tab reaches it, and arrows and Page Down scroll the questions: a keyboard user could
        # not read past the first few explanations
        self.review.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the questions take the height that is left (at least four lines), not their own: a
        # JFT-Basic result asked for more than a 1024x600 window and its buttons fell below it;
        # four, not five: with five the Urdu result needed 15 px more than a 1024x600 window
        self.review.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.review.setMinimumHeight(4 * self.review.fontMetrics().height())
        lay.addWidget(self.review, 1)
        self.status = QLabel()
        self.status.hide()  # until it has something to say (say()): in Urdu at 150% its empty
        lay.addWidget(self.status)  # line made the result 28 px taller than a 1024x600 view
        row = QHBoxLayout()
        self.send_btn = QPushButton(self.tr("Send missed questions to a review deck"))
        self.send_btn.clicked.connect(self.sendMissed)
        self.back_btn = QPushButton(self.tr("Back to exams"))
        self.back_btn.clicked.connect(self.back)
        row.addWidget(self.send_btn)
        row.addStretch(1)
        # the fixed form taken ("Form B"), between the buttons: a line of its own made the
        # result taller than a 1024x600 window at 150%
        self.form_label = QLabel()
        self.form_label.setObjectName("resultForm")
        self.form_label.hide()
        row.addWidget(self.form_label)
        row.addStretch(1)
        row.addWidget(self.back_btn)
        lay.addLayout(row)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        """The layout's answer counts the list of questions (size policy Ignored) as 0 high,
        though it keeps its five lines: the page's scroll area made the view that much too short
        and the layout laid the note over the table's last row (four sections, 150% text,
        1024x600)."""
        return super().heightForWidth(width) + self.review.minimumHeight()

    def say(self, text: str) -> None:
        """A line under the questions (what sending the missed ones did), shown only with text."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_result(self, result: dict, review, lang: str = "en", form_name: str = "") -> None:
        """`form_name`: the fixed form taken ("Form B"), empty for a random mock."""
        self.lang = lang
        self.form_label.setText(self.tr("Form: %1").replace("%1", form_label(form_name)) if form_name else "")
        self.form_label.setVisible(bool(form_name))
        bp = review.blueprint
        passed = result.get("passed")
        total = result.get("total")
        if passed is None:
            head = self.tr("Practice finished: %1 of %2 correct.")
        elif passed:
            head = self.tr("Estimated result: PASS (%1 of %2 correct).")
        else:
            head = self.tr("Estimated result: NOT YET A PASS (%1 of %2 correct).")
        head = head.replace("%1", _fmt(result.get("correct"))).replace("%2", _fmt(result.get("questions")))
        if total is not None and passed is not None:
            if result.get("method") == "percent":
                head += "  " + self.tr("Score: %1%").replace("%1", _fmt(total))
            else:
                # one left-to-right run from %1 to %2: Urdu read "70 / 180" as "180 / 70"
                # and on one line: "५६ /" ended a Nepali line, "१८०" began the next
                words = self.tr("Estimated total: %1 / %2")
                start, end = words.find("%1"), words.find("%2")
                if 0 <= start < end:
                    words = words[:start] + unbroken(words[start:end]) + words[end:]
                head += "  " + words.replace(
                    "%1", "\u2066" + _fmt(total)).replace("%2", _fmt(result.get("total_max")) + "\u2069")
            if result.get("band"):  # JFT-Basic's "*" is the band under A1: said in words
                band = self.tr("below A1") if result["band"] == "*" else result["band"]
                head += "  " + self.tr("Band: %1").replace("%1", band)
        self.verdict.setText(head)
        self.verdict.setStyleSheet(theme.sized_css(13.5) + " font-weight: bold; color: %s;" % (
            "#1b5e20" if passed else "#b71c1c" if passed is False else "#263238"))
        # in Urdu a reason that begins with a section's Japanese name still runs right to left
        # (the app's style, jpprep.ui.bidi)
        self.reasons.setText("\n".join(self._reasons(result, bp)))
        secs = result.get("sections", [])
        self.table.setRowCount(len(secs))
        for r, s in enumerate(secs):
            cells = ["\n".join(self._names(s)),
                     ltr(f"{_fmt(s['correct'])} / {_fmt(s['total'])} ({_fmt(s['percent'])}%)"),
                     ltr(f"{_fmt(s['projected'])} / {_fmt(s['max'])}") if s["projected"] is not None else "–",
                     _fmt(s["minimum"]) + ("  ⚠ " + self.tr("below the minimum") if s["below_minimum"] else "")]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                if s["below_minimum"] and c >= 2:
                    it.setForeground(Qt.GlobalColor.red)
                self.table.setItem(r, c, it)
        self._fit_rows()
        self.note.setText(self._note(result))
        self.review.setHtml(self._review_html(review, bp))
        self.send_btn.setEnabled(bool(result.get("missed")))
        self.say("")

    def _fit_rows(self) -> None:
        """Rows as tall as their text at the name column's width now, the table as tall as
        its rows. The rows were measured once, while the view was still narrow (before it was
        shown): at 1024x600 and 150% the Urdu result's first row kept 217 px for two lines and
        pushed the page into a scroll bar."""
        self.table.resizeRowsToContents()
        # Qt cuts a cell's text where the next line would not fit if it were as high as the
        # line before it (QCommonStyle's viewItemTextLayout), though it measured each line as
        # its own: the Japanese name (a tall line of Noto Sans JP) over its Nepali name
        # ("聴解" over "सुनेर बुझ्ने") was cut to "聴解…" at 150%. A row gets that much more.
        font = self.table.font()
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is None or "\n" not in item.text():
                continue
            heights = [_line_height(line, font) for line in item.text().split("\n")]
            needed = max([sum(heights)] + [sum(heights[:i + 1]) + h for i, h in enumerate(heights[:-1])])
            if needed > sum(heights):
                self.table.setRowHeight(r, self.table.rowHeight(r) + math.ceil(needed - sum(heights)) + 1)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 6
                                  + sum(self.table.rowHeight(r) for r in range(self.table.rowCount())))

    def _names(self, s: dict) -> list[str]:
        """A section's Japanese name, as the test prints it, and its name in the interface
        language (jpprep.ui.exam.blueprint_words); in Japanese the one name."""
        if i18n.current_language() == "ja":
            return [s["name"]]
        return [s["name"], section_name(s["name_en"])]

    def _section_name(self, s: dict) -> str:
        """In a sentence: English names it in English, Japanese in Japanese, any other language
        in Japanese with its own words after it: 聴解 (سن کر سمجھنا)."""
        if i18n.current_language() == "en":
            return s["name_en"]
        names = self._names(s)
        return names[0] if len(names) == 1 else f"{names[0]} ({names[1]})"

    def _reasons(self, result: dict, bp) -> list[str]:
        """Why it would fail, in the learner's language, from the result's figures (the
        scorer's own sentences, in English, are kept for results it cannot word again)."""
        method, total, sc = result.get("method"), result.get("total"), getattr(bp, "scoring", None)
        if sc is None or method not in ("jlpt", "scaled_total", "percent"):
            return list(result.get("reasons", []))
        out = []
        if result.get("passed") is False and total is not None:
            if method == "jlpt" and sc.pass_total is not None and total < sc.pass_total:
                out.append(self.tr("The total %1 is below the pass mark %2.")
                           .replace("%1", ltr(_fmt(total))).replace("%2", ltr(_fmt(sc.pass_total))))
            elif method == "scaled_total" and sc.pass_score is not None and total < sc.pass_score:
                out.append(self.tr("The estimate %1 is below %2 (A2), the level the SSW visa asks for.")
                           .replace("%1", ltr(_fmt(total))).replace("%2", ltr(_fmt(sc.pass_score))))
            elif method == "percent" and sc.pass_percent is not None and total < sc.pass_percent:
                out.append(self.tr("%1% of the points is below the pass mark %2%.")
                           .replace("%1", ltr(_fmt(total))).replace("%2", ltr(_fmt(sc.pass_percent))))
        for s in result.get("sections", []):
            if not s.get("below_minimum"):
                continue
            figures = ltr(unbroken(f"{_fmt(s['projected'])} < {_fmt(s['minimum'])}"))
            if result.get("passed") is None:  # a practice set: a few questions only
                text = self.tr("%1: at this rate this section would be below its minimum (%2).")
            else:
                text = self.tr("%1 is below its minimum (%2): this alone fails the test, "
                               "whatever the total.")
            out.append(text.replace("%1", self._section_name(s)).replace("%2", figures))
        return out

    def _note(self, result: dict) -> str:
        notes = {
            "jlpt": self.tr("This is an estimate. Real JLPT scores are scaled scores (Item Response "
                            "Theory): they depend on which questions you got right, not only how "
                            "many, so your real score can differ."),
            "scaled_total": self.tr("This is an estimate. The real JFT-Basic score (10-250) is a "
                                    "scaled score (Item Response Theory) from a calibrated question "
                                    "pool, so your real score can differ."),
            "percent": self.tr("This is an estimate from the share of points. The organiser may "
                               "adjust the pass mark for each test's difficulty."),
        }
        if result.get("method") in notes:  # "(10-250)" in the language's digits (Nepali १०-२५०)
            return i18n.digits(notes[result["method"]])
        from jpprep.ui.exam.blueprint_words import note

        return note(result.get("note", ""))  # the blueprint's own note, translated when listed

    def _review_html(self, review, bp) -> str:
        """One block per line: the Japanese lines left to right, the learner's language in its
        own direction (Urdu right to left, with the Japanese answers kept whole inside it).

        The reading aids are the test's: where the exam printed furigana (SSW food service,
        construction; an item's own "furigana"), the question, the script and the answers carry
        their readings here too, in brackets after the kanji (床（ゆか）) as the choices had them,
        since rich text cannot draw ruby; never on the tested word. JLPT and JFT-Basic: none.
        An explanation missing in the learner's language is shown in English with a note."""
        # tr() outside the f-strings: lupdate does not look inside them
        your_answer, right_answer, script_word = self.tr("Your answer"), self.tr("Right answer"), self.tr("Script")
        ui = ' dir="rtl"' if self.isRightToLeft() else ' dir="ltr"'
        lang = getattr(self, "lang", "en")

        def block(body: str, direction: str = ui, top: int = 0, colour: str = "") -> str:
            style = f"margin-top:{top}px; margin-bottom:0px;" + (f" color:{colour};" if colour else "")
            return f'<p{direction} style="{style}">{body}</p>'

        def jp(text: str) -> str:  # Japanese (and numbers) inside a line of the learner's language
            return f"\u2066{html.escape(no_break_inside(text))}\u2069"  # broken between phrases

        out = [f'<div style="font-family: \'Noto Sans JP\'; {theme.sized_css(10.5)}">']
        fallback = self.tr("No {language} explanation yet: showing English.").format(
            language=i18n.language_name(lang))
        for n, e in enumerate(review.entries, start=1):
            it = e.item
            qt = qtypes.get(it.type)
            mark = "✔" if e.correct else "✘"
            color = "#1b5e20" if e.correct else "#b71c1c"
            fur = furigana_on(getattr(bp, "furigana_default", "off"), it)

            def said(t: str, fur=fur) -> str:  # as the test printed it
                return with_paren_ruby(t) if fur else markup.plain(t)

            text = said(it.full_sentence()) if it.format == "star" else " ".join(
                x for x in (said(it.stem), said(it.question)) if x)
            if not text and it.script:
                text = " / ".join(said(t) for _s, t in it.script)
            yours = "–" if e.answer is None else f"{e.answer}. {said(it.choices[e.answer - 1].text)}" \
                if 0 < e.answer <= len(it.choices) else str(e.answer)
            right = f"{it.correct}. {said(it.correct_text)}"
            out.append(block(f'<b style="color:{color}">{mark} {n}</b> <i>{jp(qt.name)}</i>', top=14 if n > 1 else 0))
            out.append(block(html.escape(no_break_inside(text)), ' dir="ltr"'))
            out.append(block(f'{html.escape(your_answer)}: {jp(yours)} — '
                             f'{html.escape(right_answer)}: <b>{jp(right)}</b>'))
            if it.script:
                script = " ".join(f"{sp}：{said(t)}" if sp else said(t) for sp, t in it.script)
                out.append(block(f"{html.escape(script_word)}: {jp(script)}", colour="#455a64"))
            expl_lang = lang if it.explanation.get(lang) else "en"
            expl = it.explanation.get(expl_lang)
            if expl:
                if expl_lang != lang:  # as the reviewer says it for a meaning
                    out.append(block(f"<i>{html.escape(fallback)}</i>", colour="#455a64"))
                direction = ' dir="rtl"' if i18n.is_rtl(expl_lang) else ' dir="ltr"'
                out.append(block(html.escape(expl), direction, colour="#37474f"))
        out.append("</div>")
        return "".join(out)
