"""Settings: interface language, meaning language, furigana, romaji, typed readings, theme, text
size, day start.

The page never stores anything itself: each change is emitted as settingsChanged({key: value})
and the main window saves it in the profile and applies language, theme and text size at once
(no restart).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jpprep.ui import i18n, theme


def plain(label: str) -> str:
    """A label without its mnemonic ("&Theme:", "テーマ(&T):") for screen readers."""
    return re.sub(r"\s*\(&.\)", "", label).replace("&", "").strip().rstrip(":：").strip()


class SettingsPage(QWidget):
    settingsChanged = Signal(dict)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        # 12 px above and below (not 20), and the meanings note across the whole row: in Urdu
        # at 150% on a 1024x600 screen the page was 47 px taller than the window and scrolled
        layout.setContentsMargins(24, 12, 24, 12)
        title = QLabel(self.tr("Settings"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        title.setFont(f)
        layout.addWidget(title)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self.language = self._combo("ui_language", [(c, n) for c, n in i18n.LANGUAGES])
        self._row(form, self.tr("&Interface language:"), self.language)
        self.fixed_note = QLabel(self.tr("Your training centre has fixed the interface language."))
        self.fixed_note.setWordWrap(True)
        form.addRow("", self.fixed_note)

        names = {"en": self.tr("English"), "ur": self.tr("Urdu"), "ne": self.tr("Nepali"),
                 "id": self.tr("Indonesian"), "vi": self.tr("Vietnamese"), "tl": self.tr("Tagalog"),
                 "my": self.tr("Burmese")}
        self.meaning = self._combo("meaning_language", [(c, names[c]) for c in i18n.MEANING_LANGUAGES])
        self._row(form, self.tr("&Meanings and explanations in:"), self.meaning)
        note = QLabel(self.tr("When a card has no meaning in this language, English is shown and the card says so."))
        note.setWordWrap(True)
        form.addRow(note)  # one line in most languages (under the field alone it took two)

        self.furigana = self._combo("furigana_mode", [
            ("all", self.tr("Always")), ("unknown", self.tr("Only for kanji I don't know yet")),
            ("none", self.tr("Never"))])
        self._row(form, self.tr("&Furigana:"), self.furigana)

        self.romaji = QCheckBox(self.tr("Show &romaji next to readings"))
        self.romaji.setObjectName("show_romaji")
        self.romaji.setAccessibleName(plain(self.romaji.text()))
        self.romaji.toggled.connect(lambda on: self._emit(show_romaji=bool(on)))
        form.addRow("", self.romaji)

        self.typed = QCheckBox(self.tr("T&ype the reading on reading cards (romaji becomes kana)"))
        self.typed.setObjectName("typed_answers")
        self.typed.setAccessibleName(plain(self.typed.text()))
        self.typed.toggled.connect(lambda on: self._emit(typed_answers=bool(on)))
        form.addRow("", self.typed)

        self.theme = self._combo("theme", [
            ("system", self.tr("Same as the system")), ("light", self.tr("Light")),
            ("dark", self.tr("Dark")), ("high_contrast", self.tr("High contrast"))])
        self._row(form, self.tr("&Theme:"), self.theme)

        self.scale = self._combo("text_scale", [
            (s, self.tr("{n}%").format(n=i18n.number(s))) for s in theme.SCALES])
        self._row(form, self.tr("Text &size:"), self.scale)

        self.day_start = QSpinBox()
        self.day_start.setObjectName("day_starts_hour")
        self.day_start.setRange(0, 23)
        self.day_start.setSuffix(i18n.digits(self.tr(":00")))  # Nepali ४:००, not ४:00
        self.day_start.setToolTip(self.tr("Cards for a new day become due at this hour."))
        self.day_start.valueChanged.connect(lambda v: self._emit(day_starts_hour=int(v)))
        self._row(form, self.tr("New &day starts at:"), self.day_start)
        layout.addStretch(1)
        self.refresh()

    def _combo(self, key: str, items) -> QComboBox:
        box = QComboBox()
        box.setObjectName(key)
        for value, text in items:
            box.addItem(text, value)
        box.activated.connect(lambda _i, b=box, k=key: self._emit(**{k: b.currentData()}))
        return box

    def _row(self, form: QFormLayout, label: str, field: QWidget) -> None:
        lab = QLabel(label)
        lab.setBuddy(field)
        # one line: the form gives a label the width of its text, and a word-wrapped label could
        # still break it at paint time (Vietnamese at 150%: "Nghĩa và giải thích / bằng:" in a
        # one-line row, both lines cut); a long label puts its field below it (WrapLongRows)
        field.setAccessibleName(plain(label))
        form.addRow(lab, field)

    def _emit(self, **changes) -> None:
        if self._loading:
            return
        # meanings follow the interface language until the learner chooses them
        # (i18n.meaning_language_for); storing the first new interface language here made it a
        # choice, and a keyboard user arrowing from English past Urdu to Nepali kept Urdu
        self.settingsChanged.emit(changes)

    @staticmethod
    def _select(box: QComboBox, value) -> None:
        i = box.findData(value)
        box.setCurrentIndex(i if i >= 0 else 0)

    def refresh(self) -> None:
        self._loading = True
        s = self.ctx.settings or {}
        fixed = i18n.fixed_language()
        self._select(self.language, i18n.language_for(s))
        self.language.setEnabled(fixed is None)
        self.fixed_note.setVisible(fixed is not None)
        self._select(self.meaning, i18n.meaning_language_for(s))
        self._select(self.furigana, s.get("furigana_mode", "all"))
        self.romaji.setChecked(bool(s.get("show_romaji", False)))
        self.typed.setChecked(s.get("typed_answers", True) is not False)
        self._select(self.theme, s.get("theme", "system"))
        self._select(self.scale, theme.clamp_scale(s.get("text_scale", 100)))
        self.day_start.setValue(int(s.get("day_starts_hour", 4)))
        self._loading = False

    _loading = False


class LanguageDialog(QDialog):
    """First start, before any profile: pick the interface language (the system's is chosen)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("jpprep")
        layout = QVBoxLayout(self)
        # Shown before a language is chosen: the question in every shipped language.
        question = QLabel("Choose your language\nاپنی زبان منتخب کریں\nआफ्नो भाषा छान्नुहोस्\n"
                          "Pilih bahasa Anda\nChọn ngôn ngữ của bạn\n言語を選んでください")
        question.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(question)
        self.list = QListWidget()
        self.list.setAccessibleName("Language")
        self.list.setSpacing(3)
        guess = i18n.guess_language()
        for code, name in i18n.LANGUAGES:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.list.addItem(item)
            if code == guess:
                self.list.setCurrentItem(item)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        ok = QPushButton("OK")
        ok.setDefault(True)
        ok.clicked.connect(self.accept)
        layout.addWidget(ok)
        self.list.setFocus()
        self.resize(420, 420)

    def language(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else i18n.guess_language()


def first_start_language(parent=None) -> str:
    """Ask once, apply it (the welcome dialog then shows in that language) and return it."""
    dialog = LanguageDialog(parent)
    dialog.exec()
    lang = i18n.apply_language(dialog.language())
    theme.apply_font(lang)
    return lang
