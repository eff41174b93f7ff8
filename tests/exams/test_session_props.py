from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jpprep.exams import bank, blueprint, form, synthetic
from jpprep.exams.session import ExamSession, SessionError

T0 = 1_800_000_000_000
ACTIONS = st.lists(st.tuples(st.sampled_from(["answer", "next", "prev", "goto", "flag", "finish", "wait", "save", "begin"]),
                             st.integers(0, 30), st.integers(0, 400_000)), max_size=40)
_forms = {}


def get_form(exam_id, tmp_path_factory):
    if exam_id not in _forms:
        bp = blueprint.get(exam_id)
        b = bank.load(synthetic.synthetic_bank(bp, tmp_path_factory.mktemp(exam_id)))
        _forms[exam_id] = form.assemble(bp, [b])
    return _forms[exam_id]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(exam=st.sampled_from(["jlpt-n5", "jft-basic"]), actions=ACTIONS)
def test_random_use_keeps_time_and_answers_consistent(tmp_path_factory, exam, actions):
    f = get_form(exam, tmp_path_factory)
    s = ExamSession.start(f, T0)
    now = T0
    waited = 0
    for name, k, ms in actions:
        try:
            if name == "answer":
                s.answer(1 + k % 4, now)
            elif name == "next":
                s.next(now)
            elif name == "prev":
                s.prev(now)
            elif name == "goto":
                s.goto(k % len(s.section.items), now)
            elif name == "flag":
                s.toggle_flag(now)
            elif name == "finish":
                s.finish_section(now)
            elif name == "begin":
                s.begin_section(now)
            elif name == "wait":
                now += ms
                waited += ms
                s.tick(now)
            else:
                before = (s.answers, s.flags, s.section_index, s.index, s.time_left(now), s.finished)
                s = ExamSession.resume(s.to_state(now), now + 3_600_000)  # closed for an hour
                now += 3_600_000
                assert (s.answers, s.flags, s.section_index, s.index, s.time_left(), s.finished) == before
        except SessionError:
            assert s.finished or s.waiting or name in ("goto", "prev")
        left = s.time_left()
        assert left >= 0
        if f.timer == "pooled" and not s.finished:
            assert left == 60 * 60_000 - waited
        # answers only ever name questions of the exam, with a choice number
        assert set(s.answers) <= set(f.item_ids)
        assert all(1 <= v <= 4 for v in s.answers.values())
        if not s.finished:
            assert 0 <= s.index < len(s.section.items)
