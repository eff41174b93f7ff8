"""Drive mock exams with the keyboard only, on a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jpprep.exams import blueprint, synthetic
from jpprep.services import exams as svc
from jpprep.services.profiles import create_profile
from jpprep.ui.context import AppContext

SAMPLE = Path(__file__).resolve().parents[1] / "exams" / "data" / "sample-bank.json"
MIN = 60


@pytest.fixture
def page_for(db, clock, qapp_setup, qtbot, tmp_path):
    def make(exam_id, banks=None, mode="full"):
        from jpprep.ui.pages.exams import ExamsPage

        from jpprep.services.profiles import find_profile

        prof = find_profile(db, "nimra") or create_profile(db, "nimra", now=clock())
        pid = prof.id
        files = banks or [str(synthetic.synthetic_bank(blueprint.get(exam_id), tmp_path / exam_id))]
        ctx = AppContext(db=db, profile_id=pid, profile_name="nimra", clock=clock,
                         settings={"exam_banks": files})
        page = ExamsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()
        page.exam.setCurrentIndex(page.exam.findData(exam_id))
        page.mode.setCurrentIndex(page.mode.findData(mode))
        return page
    return make


def press_start(qtbot, page):
    page.start_btn.setFocus()
    qtbot.keyClick(page.start_btn, Qt.Key.Key_Space)
    assert page.runner is not None, page.message.text()
    return page.runner


def answer_section(qtbot, runner, clock, wrong=()):
    s = runner.s
    for k in range(len(s.section.items)):
        item = runner.run.items[s.item_id]
        if item.script or item.audio:
            qtbot.keyClick(runner, Qt.Key.Key_L)  # plays once (or shows the script)
        choice = item.correct if item.id not in wrong else item.correct % len(item.choices) + 1
        qtbot.keyClick(runner, getattr(Qt.Key, f"Key_{choice}"))
        clock.advance(5)
        runner.tick()
        if k + 1 < len(s.section.items):
            qtbot.keyClick(runner, Qt.Key.Key_N)


def test_full_n5_mock_with_keyboard_only(page_for, qtbot, clock, screenshot):
    page = page_for("jlpt-n5")
    runner = press_start(qtbot, page)
    assert type(runner).__name__ == "JlptRunner"
    assert "20:00" in runner.clock.text()
    sections = []
    while page.runner is not None:
        s = runner.s
        sections.append(s.section.id)
        if s.section.listening:
            # listening: the audio plays once, and there is no going back
            first = s.item_id
            answer_section(qtbot, runner, clock)
            assert not s.can_play() and s.s["played"][s.item_id] == 1
            qtbot.keyClick(runner, Qt.Key.Key_P)
            assert s.item_id != first
        else:
            answer_section(qtbot, runner, clock)
        if s.section_index == 0:
            qtbot.wait(30)  # let the layout settle before grabbing
            screenshot(runner, "exam-n5-paper")
            # the mark sheet shows the answers
            assert sum(1 for _n, a in runner.sheet.rows if a) == len(s.section.items)
        qtbot.keyClick(runner, Qt.Key.Key_E)
        assert "again" in runner.banner.text()
        qtbot.keyClick(runner, Qt.Key.Key_E)
        if page.runner is not None:
            # the break between sections: the timer waits for Enter
            assert runner.page.currentWidget() is runner.break_box
            left = runner.s.time_left()
            clock.advance(300)
            runner.tick()
            qtbot.keyClick(runner, Qt.Key.Key_1)  # ignored during the break
            assert runner.s.time_left() == left and not runner.s.answers.get(runner.s.item_id)
            if s.section_index == 1:
                qtbot.wait(30)
                screenshot(runner, "exam-n5-break")
            qtbot.keyClick(runner, Qt.Key.Key_Return)
            assert runner.page.currentWidget() is runner.scroll
    assert sections == ["vocab", "grammar_reading", "listening"]
    assert page.stack.currentWidget() is page.results
    assert "PASS" in page.results.verdict.text() and "180\u00a0/\u00a0180" in page.results.verdict.text()
    assert "Item Response Theory" in page.results.note.text()
    qtbot.wait(30)
    screenshot(page, "exam-n5-results")
    res = svc.list_results(page.ctx.db, page.ctx.profile_id)
    assert len(res) == 1 and res[0].passed is True


def test_jlpt_section_times_out_on_the_fake_clock(page_for, qtbot, clock):
    page = page_for("jlpt-n5")
    runner = press_start(qtbot, page)
    qtbot.keyClick(runner, Qt.Key.Key_2)
    clock.advance(19 * MIN)
    runner.tick()
    assert "01:00" in runner.clock.text() and runner.s.section.id == "vocab"
    clock.advance(61)
    runner.tick()
    assert runner.s.section.id == "grammar_reading" and "40:00" in runner.clock.text()
    assert "Time is up" in runner.banner.text()
    clock.advance(600)  # a break: the next section's time is not used
    runner.tick()
    assert "40:00" in runner.clock.text()
    qtbot.keyClick(runner, Qt.Key.Key_Return)
    clock.advance(60)
    runner.tick()
    assert "39:00" in runner.clock.text()


def test_jft_basic_cbt_mock_with_keyboard_only(page_for, qtbot, clock, screenshot):
    page = page_for("jft-basic")
    runner = press_start(qtbot, page)
    assert type(runner).__name__ == "CbtRunner"
    assert "60:00" in runner.clock.text() and "Question 1 of 50" in runner.number.text()
    s = runner.s
    wrong = set(s.form.sections[0].items[:10])
    # flag a question, go on, come back with the keyboard
    qtbot.keyClick(runner, Qt.Key.Key_F)
    qtbot.keyClick(runner, Qt.Key.Key_Right)
    qtbot.keyClick(runner, Qt.Key.Key_Left)
    assert runner.palette.buttons[0].property("status") == "flagged"
    qtbot.keyClick(runner, Qt.Key.Key_F)
    qtbot.keyClick(runner, Qt.Key.Key_I)
    assert runner.instructions.isVisible()
    qtbot.keyClick(runner, Qt.Key.Key_I)
    while page.runner is not None:
        answer_section(qtbot, runner, clock, wrong=wrong)
        if s.section.listening:
            assert s.can_play()  # the CBT lets listening items be replayed
        if s.section_index == 1:
            qtbot.wait(30)
            screenshot(runner, "exam-jft-cbt")
            statuses = {b.property("status") for b in runner.palette.buttons}
            assert statuses == {"answered"}
        qtbot.keyClick(runner, Qt.Key.Key_E)
        qtbot.keyClick(runner, Qt.Key.Key_E)
    # one pooled timer: 50 answers x 5 s were counted against the 60 minutes
    assert page.stack.currentWidget() is page.results
    text = page.results.verdict.text()
    assert "40 of 50" in text and "202\u00a0/\u00a0250" in text and "A2" in text
    qtbot.wait(30)
    screenshot(page, "exam-jft-results")


def test_interrupted_exam_resumes_in_the_page(page_for, qtbot, clock, db):
    page = page_for("jft-basic")
    runner = press_start(qtbot, page)
    qtbot.keyClick(runner, Qt.Key.Key_3)
    clock.advance(10 * MIN)
    runner.tick()
    runner.timer.stop()
    # the app is closed without finishing: a new page finds the open exam
    from jpprep.ui.pages.exams import ExamsPage

    clock.advance(3600)
    page2 = ExamsPage(page.ctx)
    qtbot.addWidget(page2)
    assert not page2.resume_btn.isHidden()
    page2.resume_btn.setFocus()
    qtbot.keyClick(page2.resume_btn, Qt.Key.Key_Space)
    r2 = page2.runner
    assert r2.s.answers[r2.s.item_id] == 3
    assert "50:00" in r2.clock.text()


def test_sample_items_render_and_review(page_for, qtbot, clock, screenshot):
    page = page_for("jlpt-n5", banks=[str(SAMPLE)], mode="type")
    page.part.setCurrentIndex(page.part.findData("info_retrieval"))
    page.count.setValue(1)
    runner = press_start(qtbot, page)
    assert runner.view.table.isVisible() and runner.view.table.rowCount() == 2
    qtbot.wait(30)
    screenshot(runner, "exam-sample-table")
    qtbot.keyClick(runner, Qt.Key.Key_1)  # wrong: the answer is 3
    qtbot.keyClick(runner, Qt.Key.Key_E)
    qtbot.keyClick(runner, Qt.Key.Key_E)
    html = page.results.review.toHtml().replace("\u2060", "")  # phrases' word joiners
    assert "1300えん" in html and "700" in html
    page.results.send_btn.click()
    assert "Review::JLPT N5" in page.results.status.text()


def test_kanji_reading_never_shows_furigana_and_ssw_shows_ruby(page_for, qtbot, screenshot):
    page = page_for("jlpt-n5", banks=[str(SAMPLE)], mode="type")
    page.part.setCurrentIndex(page.part.findData("kanji_reading"))
    page.count.setValue(2)
    runner = press_start(qtbot, page)
    stem = runner.view.stem
    assert stem.label.isVisibleTo(runner) and "<u>" in stem.label.text()
    assert not stem.ruby.isVisibleTo(runner)
    page2 = page_for("ssw-construction", banks=[str(SAMPLE)], mode="type")
    page2.part.setCurrentIndex(page2.part.findData("ssw_true_false"))
    page2.count.setValue(1)
    r2 = press_start(qtbot, page2)
    assert r2.view.stem.ruby.isVisibleTo(r2)
    assert "あたま" in r2.view.stem.ruby.visibleReadings()
    qtbot.wait(30)
    screenshot(r2, "exam-ssw-ruby")


def test_quick_response_prints_nothing_and_script_shows_once_played(page_for, qtbot, screenshot):
    page = page_for("jlpt-n5", banks=[str(SAMPLE)], mode="type")
    page.part.setCurrentIndex(page.part.findData("listen_quick"))
    page.count.setValue(1)
    runner = press_start(qtbot, page)
    view = runner.view
    # 即時応答: the question and the choices are heard, not printed
    assert [b.text() for b in view.buttons] == ["1", "2", "3"]
    assert not view.stem.isVisibleTo(runner) and not view.script.isVisibleTo(runner)
    qtbot.keyClick(runner, Qt.Key.Key_L)
    assert not view.play.isEnabled()  # plays once
    if runner.player is None:  # no QtMultimedia here: the script is shown instead, once
        assert "おなかが" in view.script.text()
        assert "1、そうですね。" in view.script.text()  # the choices are heard, so they are read out
    qtbot.wait(30)
    screenshot(runner, "exam-listening")


def test_listening_audio_is_spoken_offline_and_plays_to_the_end_once(page_for, qtbot):
    pytest.importorskip("PySide6.QtMultimedia")
    from jpprep.exams import speech

    if not speech.available():
        pytest.skip("offline speech engine is not installed")
    from PySide6.QtMultimedia import QMediaPlayer

    page = page_for("jlpt-n5", banks=[str(SAMPLE)], mode="type")
    page.part.setCurrentIndex(page.part.findData("listen_quick"))
    page.count.setValue(1)
    runner = press_start(qtbot, page)
    assert runner.player is not None
    qtbot.keyClick(runner, Qt.Key.Key_L)
    assert "Preparing the audio" in runner.banner.text()  # made off the GUI thread
    qtbot.waitUntil(lambda: runner.player.source().toLocalFile().endswith(".wav"), timeout=30000)
    # the synthesised question and choices play through to the end (no sound device needed)
    qtbot.waitUntil(lambda: runner.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia,
                    timeout=30000)
    assert runner.player.duration() > 1000
    qtbot.keyClick(runner, Qt.Key.Key_L)
    assert "already been played" in runner.banner.text()


def test_star_item_shows_four_blanks_and_the_star(page_for, qtbot, screenshot):
    page = page_for("jlpt-n5", banks=[str(SAMPLE)], mode="type")
    page.part.setCurrentIndex(page.part.findData("sentence_composition"))
    page.count.setValue(1)
    runner = press_start(qtbot, page)
    stem = runner.view.stem.text()
    assert stem.count("＿＿＿") == 3 and "★" in stem and stem.startswith("つくえの")
    assert [b.text()[-2:] for b in runner.view.buttons] == ["ほん", "　が", "にさつ"[-2:], "　に"]
    qtbot.keyClick(runner, Qt.Key.Key_2)
    assert runner.s.answers == {"sc-1": 2}
    qtbot.wait(30)
    screenshot(runner, "exam-star")
    screenshot(page.home, "exam-home")


SHIPPED = Path(__file__).resolve().parents[2] / "decks" / "exams" / "sample-n5.json"


@pytest.mark.skipif(not SHIPPED.is_file(), reason="shipped sample bank not present")
def test_shipped_sample_passage_questions_stay_together(page_for, qtbot, screenshot):
    page = page_for("jlpt-n5", banks=[str(SHIPPED)], mode="type")
    page.part.setCurrentIndex(page.part.findData("reading_mid"))
    page.count.setValue(2)
    runner = press_start(qtbot, page)
    assert runner.s.section.items == ["n5s-rm-1", "n5s-rm-2"]  # one passage, in bank order
    assert "こうえん" in runner.view.passage.text()
    qtbot.wait(30)
    screenshot(runner, "exam-sample-passage")


def test_weak_types_practice_from_the_page(page_for, qtbot, clock):
    page = page_for("jlpt-n5", mode="type")
    page.part.setCurrentIndex(page.part.findData("orthography"))
    runner = press_start(qtbot, page)
    for _ in range(len(runner.s.section.items)):  # all wrong
        item = runner.item()
        qtbot.keyClick(runner, getattr(Qt.Key, f"Key_{item.correct % 4 + 1}"))
        qtbot.keyClick(runner, Qt.Key.Key_N)
    qtbot.keyClick(runner, Qt.Key.Key_E)
    qtbot.keyClick(runner, Qt.Key.Key_E)
    page.results.back_btn.click()
    assert "Weak question types: \u2066表記\u2069  Orthography" in page.info.text()  # both names, as the choice
    assert "Language Knowledge and Reading: \u20660%" in page.info.text()  # a left-to-right run
    page.mode.setCurrentIndex(page.mode.findData("weak"))
    runner = press_start(qtbot, page)
    assert {runner.run.items[i].type for i in runner.s.form.item_ids} == {"orthography"}


def test_page_says_which_exams_can_run_a_full_mock(page_for):
    page = page_for("jft-basic")
    texts = {page.exam.itemData(i): page.exam.itemText(i) for i in range(page.exam.count())}
    assert "practice only" not in texts["jft-basic"]
    assert "practice only" in texts["jlpt-n5"]


def test_mark_sheet_and_palette_clicks_answer_and_are_saved(page_for, qtbot):

    from jpprep.store.models import ExamAttempt

    page = page_for("jlpt-n5")
    runner = press_start(qtbot, page)
    rect = runner.sheet._bubble(2, 3)  # question 3, choice 3
    qtbot.mouseClick(runner.sheet, Qt.MouseButton.LeftButton, pos=rect.center())
    iid = runner.s.section.items[2]
    assert runner.s.index == 2 and runner.s.answers == {iid: 3}
    with page.ctx.db.session() as ses:  # saved at once, in the database
        assert ses.get(ExamAttempt, runner.run.attempt_id).state["answers"] == {iid: 3}
    page2 = page_for("jft-basic")
    r2 = press_start(qtbot, page2)
    qtbot.mouseClick(r2.palette.buttons[4], Qt.MouseButton.LeftButton)
    assert r2.s.index == 4 and "Question 5 of 50" in r2.number.text()
