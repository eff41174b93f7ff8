"""The furigana view: readings above kanji, modes, wrapping with kinsoku, clicks."""

from __future__ import annotations

import pytest
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
        if width < 400:  # the width asked for is the one laid out: narrow means several lines
            assert len(rows) > 2, (width, len(rows))
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


# -- a reading wider than its kanji (JIS X 4051 / JLReq 3.3 ruby overhang) -----------------------
HUNDRED_EIGHT = [("今日", "きょう"), ("は", None), ("百八", "ひゃくやっ"), ("つの", None), ("鐘", "かね"),
                 ("を", None), ("聞", "き"), ("きに", None), ("行", "い"), ("きました。", None)]
DENSE = [("百八", "ひゃくやっ"), ("つ", None), ("一日中", "いちにちじゅう"), ("、", None), ("申込", "もうしこみ"),
         ("書", "しょ"), ("が", None), ("百八", "ひゃくやっ"), ("つ", None), ("百八", "ひゃくやっ"), ("つ", None)]


def _base_left_right(view, box) -> tuple[float, float]:
    """Where the kanji themselves are drawn: centred in the box when it is mid-line."""
    from PySide6.QtGui import QFontMetrics

    width = QFontMetrics(view.font()).horizontalAdvance(box.text)
    left = box.rect.x() + (box.rect.width() - width) / 2
    return left, left + width


def _gap(view, before: str, after: str) -> float:
    """The space between the kanji/kana of two neighbouring boxes on one line."""
    boxes = view._boxes
    for a, b in zip(boxes, boxes[1:]):
        if a.text == before and b.text == after:
            assert a.rect.y() == b.rect.y(), "the pair was meant to be on one line"
            return _base_left_right(view, b)[0] - _base_left_right(view, a)[1]
    raise AssertionError(f"no {before}{after} in the view")


def test_a_wide_reading_hangs_over_the_kana_so_the_word_is_not_split(qtbot, qapp_setup):
    view = FuriganaView(point_size=28)
    qtbot.addWidget(view)
    view.show()  # a hidden widget gets its resize events only when shown
    view.setSegments(HUNDRED_EIGHT)
    view.resize(2000, view.heightForWidth(2000))
    kana_pair = _gap(view, "つ", "の")
    # ひゃくやっ is wider than 百八: it may hang over は and つ, so no space opens around 百八
    assert _gap(view, "百八", "つ") <= kana_pair + 1  # was about half a ruby character (百八 つ)
    assert _gap(view, "は", "百八") <= kana_pair + 1
    pair = next(b for b in view._boxes if b.text == "百八")
    assert pair.over_l > 0 and pair.over_r > 0  # shared out over both kana, centred over 百八


def test_a_word_at_the_line_head_keeps_its_kanji_together(qtbot, qapp_setup):
    view = FuriganaView(point_size=28)
    qtbot.addWidget(view)
    view.show()  # a hidden widget gets its resize events only when shown
    view.setSegments([("申込", "もうしこみ"), ("書", "しょ"), ("が", None), ("届", "とど"), ("きました", None)])
    view.setAlignment(Qt.AlignmentFlag.AlignLeft)
    view.resize(2000, view.heightForWidth(2000))
    first, second = view._boxes[0], view._boxes[1]
    assert first.base_rect().right() + 1 == second.base_rect().x()  # 申込書, not 申込 書
    assert view.ruby_rects()[0].x() >= 0  # the reading starts at the line head, not before it


def test_readings_never_overlap_and_nothing_is_drawn_outside_the_widget(qtbot, qapp_setup):
    view = FuriganaView(point_size=24)
    qtbot.addWidget(view)
    view.show()  # a hidden widget gets its resize events only when shown
    for segments in (HUNDRED_EIGHT, DENSE, DENSE[::-1]):
        view.setSegments(segments)
        for align in (Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignLeft):
            view.setAlignment(align)
            natural = view.sizeHint().width()
            for width in list(range(60, natural + 1, 23)) + [natural]:
                view.resize(width, view.heightForWidth(width))
                rubies = view.ruby_rects()
                for r in rubies + [b.base_rect() for b in view._boxes if b.text != "\n"]:
                    assert view.rect().contains(r) or r.width() > width, (width, r)
                for a, b in zip(rubies, rubies[1:]):
                    if a.y() == b.y():
                        assert a.right() < b.x(), (width, a, b)  # never touch, never overlap
            view.resize(natural, view.heightForWidth(natural))
            ys = {b.rect.y() for b in view._boxes}
            assert len(ys) == 1, "at its size hint the text fits on one line"


def test_the_overhang_keeps_japanese_left_to_right_in_a_right_to_left_window(qtbot, qapp_setup):
    from PySide6.QtWidgets import QApplication

    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        view = FuriganaView(point_size=28)
        qtbot.addWidget(view)
        view.show()  # a hidden widget gets its resize events only when shown
        view.setSegments(HUNDRED_EIGHT)
        view.resize(2000, view.heightForWidth(2000))
        xs = [b.rect.x() for b in view._boxes]
        assert xs == sorted(xs)
        assert _gap(view, "百八", "つ") <= _gap(view, "つ", "の") + 1
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _base_gaps(view, texts: list[str]) -> list[float]:
    boxes = [next(b for b in view._boxes if b.text == t) for t in texts]
    return [_base_left_right(view, b)[0] - _base_left_right(view, a)[1] for a, b in zip(boxes, boxes[1:])]


@pytest.mark.parametrize("segments", [
    [("新", "しん"), ("申込", "もうしこみ"), ("書", "しょ"), ("を", None), ("書", "か"), ("いてください。", None)],
    [("この", None), ("新", "しん"), ("申込", "もうしこみ"), ("書", "しょ"), ("を", None), ("出", "だ"), ("します。", None)],
])
def test_words_side_by_side_share_their_readings_without_a_gap(qtbot, qapp_setup, segments):
    """新申込書 showed as 新 申込 書: もうしこみ is wider than 申込 and its neighbours have readings
    of their own, so the view spaced the kanji apart; the three readings now share one band."""
    view = FuriganaView(point_size=28)
    qtbot.addWidget(view)
    view.show()
    view.setSegments(segments)
    for align in (Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignLeft):
        view.setAlignment(align)
        view.resize(2000, view.heightForWidth(2000))
        gaps = _base_gaps(view, ["新", "申込", "書"])
        assert all(abs(g) <= 3 for g in gaps), gaps  # 新申込書, not 新 申込 書 (about 10 px)
        rubies = view.ruby_rects()[:3]
        assert [r.x() for r in rubies] == sorted(r.x() for r in rubies)
        assert all(a.right() < b.x() for a, b in zip(rubies, rubies[1:]))
        assert all(view.rect().contains(r) for r in view.ruby_rects())


def test_readings_that_fit_stay_over_their_own_kanji(qtbot, qapp_setup):
    view = FuriganaView(point_size=28)
    qtbot.addWidget(view)
    view.show()
    view.setSegments([("利用", "りよう"), ("者", "しゃ"), ("の", None), ("方", "かた")])
    view.resize(2000, view.heightForWidth(2000))
    for box, ruby in zip([b for b in view._boxes if b.ruby], view.ruby_rects()):
        base = box.base_rect()
        assert abs((ruby.x() + ruby.width() / 2) - (base.x() + base.width() / 2)) <= 1
