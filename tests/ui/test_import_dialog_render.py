"""The import dialog in English and Urdu: translated, right to left in Urdu (Japanese stays left
to right), no button narrower than its text. Saves screenshots/import_dialog_*.png to look at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.test_import_dialog import BAD_CSV, click, open_dialog, studied_apkg  # noqa: F401


@pytest.fixture
def ctx(db, clock, ui_defaults):
    from jpprep.services import profiles
    from jpprep.ui.context import AppContext

    info = profiles.create_profile(db, "Aisha", now=clock())
    return AppContext(db, info.id, info.name, clock, info.settings)


def _unclipped(d):
    for b in d.findChildren(QPushButton):
        if b.isVisible():
            assert b.width() >= b.sizeHint().width(), b.text()


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_dialog_renders_translated(qtbot, ctx, tmp_path, lang, screenshot):
    from jpprep.ui import i18n, theme

    i18n.apply_language(lang)
    theme.apply_font(lang, 100)
    p = tmp_path / "kitchen.csv"
    p.write_text(BAD_CSV, encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    rtl = Qt.LayoutDirection.RightToLeft if lang == "ur" else Qt.LayoutDirection.LeftToRight
    assert d.layoutDirection() == rtl
    assert all(v.layoutDirection() == Qt.LayoutDirection.LeftToRight for v in d.preview_views)
    expected = {"en": "Japanese (kanji)", "ur": "جاپانی (کانجی)"}[lang]
    assert d.combos[0].currentText() == expected
    _unclipped(d)
    qtbot.wait(50)  # the preview's layout settles in the event loop, as on screen
    for v in d.preview_views:  # every kanji row has the height its furigana needs
        assert v.height() >= v.heightForWidth(v.width()), v.plainText()
    screenshot(d, f"import_dialog_columns_{lang}")
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    header = d.problems_table.horizontalHeaderItem(1).text()
    assert header == {"en": "Row", "ur": "قطار"}[lang]
    assert d.valid_button.text() == {"en": "Import the 2 valid rows",
                                     "ur": "2 درست قطاریں درآمد کریں"}[lang]
    _unclipped(d)
    screenshot(d, f"import_dialog_problems_{lang}")
    click(qtbot, d.valid_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    _unclipped(d)
    screenshot(d, f"import_dialog_summary_{lang}")


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_anki_steps_render_translated(qtbot, ctx, studied_apkg, lang, screenshot):  # noqa: F811
    from jpprep.ui import i18n, theme

    i18n.apply_language(lang)
    theme.apply_font(lang, 100)
    d = open_dialog(qtbot, ctx, studied_apkg)
    assert d.history_box.text() == {"en": "Bring my Anki review history",
                                    "ur": "میری Anki دہرائی کی تاریخ بھی لائیں"}[lang]
    d.history_box.setChecked(True)
    _unclipped(d)
    screenshot(d, f"import_dialog_anki_{lang}")
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=30000)
    assert not d.skipped_table.isVisible()  # nothing skipped: no empty table
    _unclipped(d)
    screenshot(d, f"import_dialog_anki_summary_{lang}")
