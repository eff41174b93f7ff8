import json

import pytest

from jpprep.exams.session import ExamSession, SessionError

MIN = 60_000
T0 = 1_800_000_000_000


def test_jlpt_sections_have_their_own_timers(make_form):
    _, _, f = make_form("jlpt-n5")
    s = ExamSession.start(f, T0)
    assert s.time_left() == 20 * MIN and s.section.id == "vocab"
    s.answer(2, T0 + 5 * MIN)
    assert s.time_left(T0 + 5 * MIN) == 15 * MIN
    assert s.tick(T0 + 20 * MIN + 1)  # time out closes the section
    assert s.section.id == "grammar_reading" and s.time_left() == 40 * MIN
    # the break: the next section's timer does not run until it begins
    assert s.waiting and s.time_left(T0 + 35 * MIN) == 40 * MIN
    with pytest.raises(SessionError):
        s.answer(1, T0 + 35 * MIN)
    s.begin_section(T0 + 21 * MIN)
    # the closed section cannot be answered any more
    first = f.sections[0].items[1]
    with pytest.raises(SessionError):
        s.answer(1, T0 + 21 * MIN, item_id=first)
    s.finish_section(T0 + 30 * MIN)  # finishing early moves on with the next section's full time
    s.begin_section(T0 + 30 * MIN)
    assert s.section.id == "listening" and s.time_left(T0 + 30 * MIN) == 30 * MIN
    s.tick(T0 + 61 * MIN)
    assert s.finished and s.reason == "time"


def test_interrupted_exam_resumes_with_the_time_that_was_left(make_form):
    _, _, f = make_form("jlpt-n5")
    s = ExamSession.start(f, T0)
    s.next(T0 + MIN)
    s.answer(3, T0 + 2 * MIN)
    s.toggle_flag(T0 + 2 * MIN)
    state = json.loads(json.dumps(s.to_state(T0 + 7 * MIN)))  # what the database keeps
    # the app was closed (or the power went) for three hours
    r = ExamSession.resume(state, T0 + 3 * 60 * MIN)
    assert r.time_left() == 13 * MIN
    assert r.index == 1 and r.answers == {f.sections[0].items[1]: 3}
    assert r.status(f.sections[0].items[1]) == "flagged"
    assert r.time_left(T0 + 3 * 60 * MIN + MIN) == 12 * MIN


def test_jlpt_listening_plays_once_and_only_goes_forward(make_form):
    _, _, f = make_form("jlpt-n5")
    s = ExamSession.start(f, T0)
    s.finish_section(T0)
    s.begin_section(T0)
    s.finish_section(T0)
    s.begin_section(T0)
    assert s.section.listening and s.forward_only
    assert s.can_play()
    s.mark_played(T0 + 1000)
    assert not s.can_play()
    with pytest.raises(SessionError):
        s.mark_played(T0 + 2000)
    s.next(T0 + 3000)
    with pytest.raises(SessionError):
        s.goto(0, T0 + 4000)
    assert not s.prev(T0 + 4000) and s.index == 1


def test_jft_pooled_timer_runs_across_sections(make_form):
    _, _, f = make_form("jft-basic")
    s = ExamSession.start(f, T0)
    assert s.time_left() == 60 * MIN
    s.finish_section(T0 + 10 * MIN)
    assert s.section.name == "会話と表現" and s.time_left(T0 + 10 * MIN) == 50 * MIN
    s.finish_section(T0 + 20 * MIN)
    # JFT listening may be replayed and navigated freely
    assert s.section.listening and not s.forward_only
    s.mark_played(T0 + 20 * MIN)
    assert s.can_play()
    s.next(T0 + 21 * MIN)
    assert s.prev(T0 + 21 * MIN)
    assert s.position() == (25, 50)
    assert s.tick(T0 + 60 * MIN)
    assert s.finished and s.reason == "time"
    with pytest.raises(SessionError):
        s.answer(1, T0 + 61 * MIN)


def test_palette_status_and_clear_answer(make_form):
    _, _, f = make_form("jft-basic")
    s = ExamSession.start(f, T0)
    ids = f.sections[0].items
    s.answer(1, T0)
    s.goto(2, T0)
    s.toggle_flag(T0)
    assert [s.status(i) for i in ids[:3]] == ["answered", "unanswered", "flagged"]
    s.answer(None, T0, item_id=ids[0])
    assert s.status(ids[0]) == "unanswered"
