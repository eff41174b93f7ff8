"""Deck options: the preset a deck uses (choose another, copy it, rename it) and its options.

Saving goes through jpprep.services.presets.save_deck_options in one transaction; when a value is
impossible the service refuses it (ValidationError names the field), the message is shown next to
that field and nothing is saved. A lab may lock the options ("change_presets" in lab.locked):
the dialog then only shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jpprep import lab
from jpprep.errors import ValidationError
from jpprep.services import presets
from jpprep.srs import presets as rules
from jpprep.ui import i18n
from jpprep.ui.error_text import error_text, is_known

LOCK = "change_presets"  # the lab lock that makes this dialog read-only
NEW = -1  # combo data of a preset that Save will create


def preset_name(name: str) -> str:
    """A preset's name as shown: the shared preset every deck starts with is stored as "Default"
    (the CLI and the database keep that) and shown in the interface language."""
    if name == presets.DEFAULT_NAME:
        return QCoreApplication.translate("DeckOptionsDialog", "Default")
    return name


class NumberBox(QSpinBox):
    """A spin box whose arrows stay within [lo, hi] but which lets a learner type any number,
    so an impossible one reaches the service and gets its message instead of being dropped."""

    def __init__(self, lo: int, hi: int, suffix: str = "") -> None:
        super().__init__()
        self.lo, self.hi = lo, hi
        self.setRange(-99_999_999, 99_999_999)
        self.setSuffix(suffix)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(f"{hi:,}{suffix}") + 48)
        self.setMaximumWidth(self.minimumWidth() + 40)

    def stepEnabled(self):  # noqa: N802 (Qt's name)
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.value() < self.hi:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > self.lo:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def stepBy(self, steps: int) -> None:  # noqa: N802
        self.setValue(min(max(self.value() + steps, self.lo), self.hi))


class DeckOptionsDialog(QDialog):
    def __init__(self, db, deck_id: int, profile_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db, self.deck_id = db, deck_id
        self.options = presets.deck_options(db, deck_id, profile_id)
        self.read_only = not lab.allowed(LOCK)
        self.setWindowTitle(self.tr("Deck options: {deck}").format(deck=self.options.deck_name))
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        outer = QVBoxLayout(self)
        top = self.top = QFormLayout()
        row = QHBoxLayout()
        self.preset_box = QComboBox()
        self.preset_box.setAccessibleName(self.tr("Preset"))
        for p in self.options.presets:
            self.preset_box.addItem(preset_name(p.name), p.id)
        self.preset_box.setCurrentIndex(self.preset_box.findData(self.options.preset.id))
        self.preset_box.currentIndexChanged.connect(self._preset_chosen)
        row.addWidget(self.preset_box, 1)
        self.copy_button = QPushButton(self.tr("New preset from this one"))
        self.copy_button.clicked.connect(self._new_preset)
        row.addWidget(self.copy_button)
        top.addRow(self.tr("Preset:"), row)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.name.setAccessibleName(self.tr("Preset name"))
        top.addRow(self.tr("Preset name:"), self.name)
        self._error("name", self.name, top)
        outer.addLayout(top)
        self.shared = QLabel()
        self.shared.setWordWrap(True)
        outer.addWidget(self.shared)

        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        self.retention = NumberBox(70, 97, " %")
        self.retention.valueChanged.connect(self._explain_retention)
        self._row(self.tr("Desired retention:"), "desired_retention", self.retention)
        self.retention_help = self._note("")
        self.learning = QLineEdit()
        self.learning.setPlaceholderText("1m 10m")
        self.relearning = QLineEdit()
        self.relearning.setPlaceholderText("10m")
        self._pair(self.tr("Learning steps:"), "learning_steps", self.learning,
                   self.tr("Relearning steps:"), "relearning_steps", self.relearning)
        self._note(self.tr("Write waits such as 1m 10m 1h 1d (minutes, hours, days)."))
        self.new_per_day = NumberBox(0, 9999)
        self.reviews_per_day = NumberBox(0, 9999)
        self._pair(self.tr("New cards a day:"), "new_per_day", self.new_per_day,
                   self.tr("Reviews a day:"), "reviews_per_day", self.reviews_per_day)
        self.maximum_interval = NumberBox(1, rules.MAX_INTERVAL_DAYS)
        self._row(self.tr("Longest wait (days):"), "maximum_interval", self.maximum_interval)
        leech = QHBoxLayout()
        self.leech_threshold = NumberBox(1, 99)
        leech.addWidget(self.leech_threshold)
        self.leech_action = QComboBox()
        self.leech_action.addItem(self.tr("Tag it \"leech\""), "tag")
        self.leech_action.addItem(self.tr("Tag it and suspend it"), "suspend")
        self.leech_action.setAccessibleName(self.tr("What happens to a leech"))
        leech.addWidget(self.leech_action, 1)
        self._row(self.tr("Leech after (times forgotten):"), "leech_threshold", self.leech_threshold,
                  leech)
        self.bury = QCheckBox(self.tr("Bury other cards of the same word until tomorrow"))
        form.addRow("", self.bury)
        model = QLabel(self.tr("Fitted from your answers") if self.options.personal else
                       self.tr("Default"))
        model.setObjectName("memory_model")
        form.addRow(self.tr("Memory model:"), model)
        for label, widget in ((self.tr("Desired retention"), self.retention),
                              (self.tr("Learning steps"), self.learning),
                              (self.tr("Relearning steps"), self.relearning),
                              (self.tr("New cards a day"), self.new_per_day),
                              (self.tr("Reviews a day"), self.reviews_per_day),
                              (self.tr("Longest wait (days)"), self.maximum_interval),
                              (self.tr("Leech after (times forgotten)"), self.leech_threshold)):
            widget.setAccessibleName(label)
        inner = QWidget()
        inner.setLayout(form)
        # the options scroll when they are taller than the dialog: with text at 150% (Urdu) or
        # 200% the dialog was 636 or 699 px high at least, and Save fell below a 600 px screen
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll, 1)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()  # the message beside the buttons: one row less on a small screen
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)
        self._show(self.options.preset)
        if self.read_only:
            for w in (self.preset_box, self.copy_button, self.name, inner):
                w.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
            self.message.setText(self.tr("Your school has locked these options: "
                                         "ask your teacher to change them."))
        self.resize(860, 560)  # fits 1024x600 with a title bar, Urdu included

    def _error(self, key: str, widget: QWidget, form: QFormLayout) -> None:
        """A hidden row under the field for the message about it."""
        err = QLabel()
        err.setWordWrap(True)
        err.setObjectName(f"error_{key}")
        err.setStyleSheet("color: #b00020")
        form.addRow("", err)
        form.setRowVisible(err, False)
        self.fields[key], self.errors[key] = widget, err

    def _row(self, label: str, key: str, widget: QWidget, layout=None) -> None:
        self.form.addRow(label, layout if layout is not None else widget)
        self._error(key, widget, self.form)

    def _pair(self, label: str, key: str, widget: QWidget, label2: str, key2: str,
              widget2: QWidget) -> None:
        """Two fields on one row (the dialog must fit a 1024x600 screen), each with its message."""
        row = QHBoxLayout()
        grow = 1 if isinstance(widget, QLineEdit) else 0
        row.addWidget(widget, grow)
        second = QLabel(label2)
        second.setBuddy(widget2)
        row.addSpacing(12)
        row.addWidget(second)
        row.addWidget(widget2, grow)
        if not grow:
            row.addStretch(1)
        self.form.addRow(label, row)
        self._error(key, widget, self.form)
        self._error(key2, widget2, self.form)

    def _note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        self.form.addRow(note)  # across the whole width: fewer lines
        return note

    # what is shown

    def _show(self, info) -> None:
        c = info.config
        self.name.setText(preset_name(info.name))
        self.retention.setValue(round(c.desired_retention * 100))
        self.learning.setText(presets.format_steps(c.learning_steps))
        self.relearning.setText(presets.format_steps(c.relearning_steps))
        self.new_per_day.setValue(c.new_per_day)
        self.reviews_per_day.setValue(c.reviews_per_day)
        self.maximum_interval.setValue(c.maximum_interval)
        self.leech_threshold.setValue(c.leech_threshold)
        self.leech_action.setCurrentIndex(max(0, self.leech_action.findData(c.leech_action)))
        self.bury.setChecked(c.bury_siblings)
        self._explain_retention()
        self._say_shared(info)

    def _say_shared(self, info) -> None:
        if info is None:
            self.shared.setText(self.tr("A new preset, used by this deck only."))
            return
        n = len(set(info.deck_ids) | {self.deck_id})
        if n == 1:
            self.shared.setText(self.tr("Only this deck uses this preset."))
        else:
            self.shared.setText(self.tr("Changes apply to %Ln deck(s) using this preset.", "", n))

    def _explain_retention(self) -> None:
        p = self.retention.value()
        self.retention_help.setText(self.tr(
            "Cards come back when you still remember about {p} % of them. Higher means more "
            "reviews every day; lower means fewer reviews but more forgetting.").format(
            p=i18n.number(p)))

    def _preset_chosen(self, index: int) -> None:
        pid = self.preset_box.itemData(index)
        if pid == NEW:
            return
        last = self.preset_box.findData(NEW)
        if last >= 0:  # choosing an existing preset drops the one not yet made
            self.preset_box.blockSignals(True)
            self.preset_box.removeItem(last)
            self.preset_box.blockSignals(False)
        info = next(p for p in self.options.presets if p.id == pid)
        self._show(info)

    def _new_preset(self) -> None:
        if self.preset_box.findData(NEW) >= 0:
            return
        name = self.tr("{name} (copy)").format(name=self.name.text().strip() or self.tr("Preset"))
        self.preset_box.blockSignals(True)
        self.preset_box.addItem(name, NEW)
        self.preset_box.setCurrentIndex(self.preset_box.count() - 1)
        self.preset_box.blockSignals(False)
        self.name.setText(name)
        self._say_shared(None)
        self.name.setFocus()
        self.name.selectAll()

    # saving

    def _error_text(self, key: str) -> str:
        if key == "desired_retention":
            return self.tr("Choose a retention from 70 % to 97 %.")
        if key in ("learning_steps", "relearning_steps"):
            return self.tr("Write each wait as a number above 0 with m, h or d, such as 1m 10m 1d "
                           "(at most 30 days).")
        if key == "name":
            return self.tr("A preset needs a name (1 to 100 characters).")
        box = self.fields[key]
        hi = rules.MAX_LIMIT if key in ("new_per_day", "reviews_per_day") else box.hi
        return self.tr("Enter a whole number from {lo} to {hi}.").format(lo=i18n.number(box.lo),
                                                                          hi=i18n.number(hi))

    def _clear_errors(self) -> None:
        for err in self.errors.values():
            self._form_of(err).setRowVisible(err, False)
        self.message.clear()

    def _form_of(self, err: QLabel) -> QFormLayout:
        return self.form if self.form.indexOf(err) >= 0 else self.top

    def _fail(self, key: str, exc: ValidationError) -> None:
        err = self.errors.get(key)
        if err is None:  # not a field of this form: say it below
            self.message.setText(error_text(exc))
            return
        # a coded error says what is wrong in its own words (a name another preset has);
        # otherwise the field's rule
        err.setText(error_text(exc) if is_known(exc) else self._error_text(key))
        err.setToolTip(exc.message)  # the service's own words (English), for a teacher
        self._form_of(err).setRowVisible(err, True)
        self.fields[key].setFocus()
        self.message.setText(self.tr("Nothing was saved: correct the marked field."))

    def _stored_name(self, pid: int) -> str:
        """The name to save: the default preset left as it was shown keeps its stored name
        ("Default"), so another interface language still shows it in its own words."""
        text = self.name.text()
        info = next((p for p in self.options.presets if p.id == pid), None)
        if info is not None and info.name == presets.DEFAULT_NAME and text.strip() == preset_name(info.name):
            return presets.DEFAULT_NAME
        return text

    def _check_not_default_name(self, pid) -> None:
        """The service refuses a name another preset has; the shared preset is stored as
        "Default" but shown as, say, 標準, so that shown name is taken too."""
        text = self.name.text().strip()
        shown = preset_name(presets.DEFAULT_NAME)
        if shown == presets.DEFAULT_NAME or text.casefold() != shown.casefold():
            return
        info = next((p for p in self.options.presets if p.id == pid), None)
        if info is None or info.name != presets.DEFAULT_NAME:
            raise ValidationError(f"there is already a preset called {shown!r}.", field="name",
                                  code="preset_name_taken", params={"name": text})

    def config(self) -> dict:
        """The form's values as the service reads them (raises ValidationError for bad steps)."""
        return {
            "desired_retention": self.retention.value() / 100,
            "learning_steps": presets.parse_steps(self.learning.text(), "learning_steps"),
            "relearning_steps": presets.parse_steps(self.relearning.text(), "relearning_steps"),
            "new_per_day": self.new_per_day.value(),
            "reviews_per_day": self.reviews_per_day.value(),
            "maximum_interval": self.maximum_interval.value(),
            "leech_threshold": self.leech_threshold.value(),
            "leech_action": self.leech_action.currentData(),
            "bury_siblings": self.bury.isChecked(),
        }

    def save(self) -> None:
        if self.read_only:
            return
        self._clear_errors()
        for box in (self.retention, self.new_per_day, self.reviews_per_day,
                    self.maximum_interval, self.leech_threshold):
            box.interpretText()
        pid = self.preset_box.currentData()
        try:
            self._check_not_default_name(pid)
            if pid == NEW:
                presets.save_deck_options(self.db, self.deck_id, self.config(),
                                          new_name=self.name.text())
            else:
                presets.save_deck_options(self.db, self.deck_id, self.config(), preset_id=pid,
                                          name=self._stored_name(pid))
        except ValidationError as exc:
            self._fail(exc.field or "", exc)
            return
        self.accept()


def open_deck_options(parent, ctx, deck_id: int, on_saved=None) -> DeckOptionsDialog:
    """Open the dialog window-modally (not blocking); on_saved() runs after a Save."""
    dlg = DeckOptionsDialog(ctx.db, deck_id, ctx.profile_id, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dlg.accepted.connect(on_saved)
    dlg.open()
    return dlg
