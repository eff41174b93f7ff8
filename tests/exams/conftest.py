import pytest

from jpprep.exams import bank, blueprint, form, synthetic


@pytest.fixture
def make_form(tmp_path):
    def make(exam_id, **kw):
        bp = blueprint.get(exam_id)
        b = bank.load(synthetic.synthetic_bank(bp, tmp_path / exam_id))
        return bp, b, form.assemble(bp, [b], **kw)
    return make
