import pytest
from sqlalchemy import func, select

from jpprep.errors import ValidationError
from jpprep.exams import blueprint, synthetic
from jpprep.services import exams as svc
from jpprep.services.profiles import create_profile
from jpprep.store.models import Card, Deck, ExamAttempt, Note

T0 = 1_800_000_000_000
MIN = 60_000


@pytest.fixture
def setup(db, tmp_path):
    pid = create_profile(db, "asad", now=T0).id
    files = [synthetic.synthetic_bank(blueprint.get("jlpt-n5"), tmp_path / "n5")]
    return db, pid, files


def answer_all(run, now, right=True, skip=0):
    s = run.session
    while not s.finished:
        sec = s.section_index
        for k, iid in enumerate(s.section.items):
            if k >= len(s.section.items) - skip:
                break
            item = run.items[iid]
            if s.index != k:
                s.goto(k, now)
            s.answer(item.correct if right else item.correct % len(item.choices) + 1, now)
        s.finish_section(now)
        assert s.finished or s.section_index == sec + 1
        if s.waiting:
            s.begin_section(now)


def test_every_answer_is_saved_and_a_crash_resumes_with_the_time_left(setup):
    db, pid, files = setup
    run = svc.start_exam(db, pid, "jlpt-n5", now=T0, files=files)
    first = run.session.item_id
    run.session.answer(2, T0 + 3 * MIN)
    svc.save_progress(db, run, T0 + 3 * MIN)
    del run  # the power goes off
    again = svc.resume_exam(db, pid, now=T0 + 5 * 60 * MIN)
    assert again is not None and again.session.answers == {first: 2}
    assert again.session.time_left() == 17 * MIN
    assert svc.unfinished(db, pid)[0][0] == again.attempt_id


def test_finish_scores_and_lists_results_and_readiness(setup):
    db, pid, files = setup
    run = svc.start_exam(db, pid, "jlpt-n5", now=T0, files=files)
    answer_all(run, T0 + MIN)
    res = svc.finish_exam(db, run, T0 + 2 * MIN)
    assert res.passed is True and res.total == 180
    run2 = svc.start_exam(db, pid, "jlpt-n5", now=T0 + 10 * MIN, files=files)
    answer_all(run2, T0 + 11 * MIN, right=False)
    res2 = svc.finish_exam(db, run2, T0 + 12 * MIN)
    assert res2.passed is False and res2.sections[0].below_minimum
    results = svc.list_results(db, pid, "jlpt-n5")
    assert [r.passed for r in results] == [False, True]  # newest first
    rd = svc.readiness(db, pid, "jlpt-n5")
    assert rd.attempts == 2
    assert [p for _t, p in rd.sections["language_reading"]] == [100.0, 0.0]  # oldest first
    assert rd.types["kanji_reading"] == (7, 14)
    assert svc.unfinished(db, pid) == []


def test_weak_types_drive_practice(setup):
    db, pid, files = setup
    run = svc.start_exam(db, pid, "jlpt-n5", mode="type", types=["kanji_reading", "orthography"], now=T0,
                         files=files)
    s = run.session
    for k, iid in enumerate(s.section.items):  # kanji reading all wrong
        s.goto(k, T0)
        item = run.items[iid]
        s.answer(item.correct % 4 + 1, T0)
    s.finish_section(T0)
    s.begin_section(T0)
    for k, iid in enumerate(s.section.items):  # orthography all right
        s.goto(k, T0)
        s.answer(run.items[iid].correct, T0)
    res = svc.finish_exam(db, run, T0 + MIN)
    assert res.passed is None  # a practice set gets no pass verdict
    assert svc.readiness(db, pid, "jlpt-n5").weak_types == ["kanji_reading"]


def test_unfillable_exam_is_refused_before_it_starts(setup):
    db, pid, files = setup
    with pytest.raises(ValidationError):
        svc.start_exam(db, pid, "jlpt-n4", now=T0, files=files)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ExamAttempt)) == 0


def test_missed_questions_go_to_a_review_deck(setup):
    db, pid, files = setup
    run = svc.start_exam(db, pid, "jlpt-n5", mode="section", section_id="vocab", now=T0, files=files)
    s = run.session
    wrong = s.section.items[:3]
    for k, iid in enumerate(s.section.items):
        s.goto(k, T0)
        item = run.items[iid]
        s.answer(item.correct % len(item.choices) + 1 if iid in wrong else item.correct, T0)
    svc.finish_exam(db, run, T0 + MIN)
    up = svc.send_missed_to_deck(db, run.attempt_id, now=T0 + 2 * MIN)
    assert up.deck_name == "Review::JLPT N5" and up.added == 3
    # the same questions missed again update, not duplicate
    up2 = svc.send_missed_to_deck(db, run.attempt_id, now=T0 + 3 * MIN)
    assert up2.added == 0 and up2.deck_id == up.deck_id
    with db.session() as ses:
        notes = ses.scalars(select(Note).where(Note.deck_id == up.deck_id)).all()
        assert len(notes) == 3
        assert ses.scalar(select(func.count()).select_from(Card).where(Card.deck_id == up.deck_id)) == 3
        kr = [n for n in notes if "kanji_reading" in n.tags]
        assert all(n.expression == "練習" and n.reading.startswith("こたえ") for n in kr)
        assert ses.get(Deck, up.deck_id).name == "Review::JLPT N5"


def test_review_lists_right_answers(setup):
    db, pid, files = setup
    run = svc.start_exam(db, pid, "jlpt-n5", mode="type", types=["listen_quick"], now=T0, files=files)
    run.session.answer(run.items[run.session.item_id].correct, T0)
    svc.finish_exam(db, run, T0 + MIN)
    rv = svc.review(db, run.attempt_id)
    assert len(rv.entries) == 6 and rv.entries[0].correct and not rv.entries[1].correct
    assert rv.entries[1].answer is None


def test_list_exams_marks_which_can_run(tmp_path):
    files = [synthetic.synthetic_bank(blueprint.get("jft-basic"), tmp_path / "j")]
    info = {e.id: e for e in svc.list_exams(files)}
    assert info["jft-basic"].available and not info["jlpt-n5"].available
    assert "needs" in info["jlpt-n5"].problem


def test_list_exams_reads_the_banks_again_only_when_one_changed(tmp_path, monkeypatch):
    """The Mock exams page asks at every visit; an instructor's edit still shows at once."""
    import json

    from jpprep.exams import bank as bankmod

    path = synthetic.synthetic_bank(blueprint.get("jft-basic"), tmp_path / "j")
    reads = []
    load = bankmod.load
    monkeypatch.setattr(bankmod, "load", lambda f: reads.append(f) or load(f))
    assert {e.id: e for e in svc.list_exams([path])}["jft-basic"].available
    assert {e.id: e for e in svc.list_exams([path])}["jft-basic"].available
    assert len(reads) == 1
    data = json.loads(path.read_text(encoding="utf-8"))
    data["items"] = data["items"][:-1]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert not {e.id: e for e in svc.list_exams([path])}["jft-basic"].available
    assert len(reads) == 2
    path.unlink()
    assert not {e.id: e for e in svc.list_exams([path])}["jft-basic"].available


def test_cli_results_json(setup, capsys, monkeypatch):
    import json

    from jpprep.cli import main

    db, pid, files = setup
    run = svc.start_exam(db, pid, "jlpt-n5", mode="type", types=["listen_quick"], now=T0, files=files)
    svc.finish_exam(db, run, T0 + MIN)
    assert main(["--database-url", db.url, "--profile", "asad", "exam", "results", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["exam_id"] == "jlpt-n5" and rows[0]["passed"] is None
