"""The furigana view: readings above kanji, modes, wrapping with kinsoku, clicks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from jpprep.ui.widgets.furigana import NO_LINE_START, FuriganaView

SEGMENTS = [("毎日", "まいにち"), ("、", None), ("学校", "がっこう"), ("で", None), ("日本語", "にほんご"),
            ("を", None), ("勉強", "べんきょう"), ("します。", None)]


def test_readings_are_drawn_only_over_kanji_and_follow_the_mode(qtbot, qapp_setup):
    view = FuriganaView()
    qtbot.addWidget(view)
    view.setSegments([("食", "た"), ("べる", None), ("カタカナ", "かたかな")])
    assert view.visibleReadings() == ["た"]  # a reading over kana is never drawn
    view.setFuriganaMode("none")
    assert view.visibleReadings() == []
    view.setFuriganaMode("unknown", known={"食"})
    assert view.visibleReadings() == []
    view.setFuriganaMode("unknown", known={"学"})
    assert view.visibleReadings() == ["た"]


def test_hidden_segments_never_show_their_reading(qtbot, qapp_setup):
    view = FuriganaView()
    qtbot.addWidget(view)
    view.setSegments(SEGMENTS, hidden={2})
    assert "がっこう" not in view.visibleReadings()
    assert "まいにち" in view.visibleReadings()


def test_text_wraps_taller_when_narrow_and_never_splits_a_word_with_ruby(qtbot, qapp_setup):
    view = FuriganaView(point_size=20)
    qtbot.addWidget(view)
    view.setSegments(SEGMENTS * 3)
    assert view.heightForWidth(200) > view.heightForWidth(2000)
    for width in range(120, 700, 37):
        view.resize(width, view.heightForWidth(width))
        rows = {}
        for box in view._boxes:
            rows.setdefault(box.rect.y(), []).append(box)
        for y, boxes in rows.items():
            first = min(boxes, key=lambda b: b.rect.x())
            if y > 0:
                assert first.text[0] not in NO_LINE_START, (width, first.text)
        for b in view._boxes:
            if b.ruby:
                assert b.text in {"毎日", "学校", "日本語", "勉強"}  # kept whole


def test_the_joined_text_is_the_input_and_is_the_accessible_name(qtbot, qapp_setup):
    view = FuriganaView()
    qtbot.addWidget(view)
    view.setSegments(SEGMENTS)
    assert view.plainText() == "毎日、学校で日本語を勉強します。"
    assert view.accessibleName() == view.plainText()


def test_clicking_a_word_reports_which_one(qtbot, qapp_setup):
    view = FuriganaView()
    qtbot.addWidget(view)
    view.setSegments(SEGMENTS)
    view.resize(900, 200)
    view.show()
    rect = view.tokenRect(4)
    with qtbot.waitSignal(view.tokenClicked) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [4]
    assert view.tokenAt(QPoint(-5, -5)) == -1
