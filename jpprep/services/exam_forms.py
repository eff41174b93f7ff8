"""Fixed mock forms: which ones a learner, or a whole class, can choose for an exam.

A fixed form is a full mock that a bank lists item by item (docs/item-bank-format.md, "Forms"):
the shipped ones (docs/mock-forms.md) and an instructor's own in the data folder's exams/. Only
forms that can be started are listed: a bank that does not load, a form for another exam, or a
form that does not fill the exam's blueprint exactly is left out (`jpprep exam check FILE
--exam ID --form ID` names its problems). Start one with `exams.start_exam(..., form_id=ID)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jpprep.errors import ValidationError
from jpprep.exams import bank as bankmod
from jpprep.exams import blueprint as bpmod
from jpprep.exams import form as formmod


@dataclass(frozen=True)
class FormInfo:
    id: str
    exam_id: str
    name: str  # the form's "title"; else its bank's title when the bank holds only this form; else the id
    bank_file: str  # the bank file the form is in
    items: int  # questions in the whole form


def list_forms(exam_id: str | None = None, files: list[str | Path] | None = None) -> list[FormInfo]:
    """The fixed forms that can be started for `exam_id` (for every exam with None), in bank file
    order (shipped banks first, then the data folder's). With two forms of one id, the first is
    the one start_exam takes, and the only one listed."""
    from jpprep.services.exams import bank_files, read_banks

    paths = [Path(f) for f in (files if files is not None else bank_files())]
    # a bank with a problem is left out: the exams page and `jpprep exam check` say what it is
    banks = [b for b in read_banks(paths) if not isinstance(b, ValidationError)]
    bps = [bpmod.get(exam_id)] if exam_id else list(bpmod.all_blueprints().values())
    return forms_in(banks, bps)


def forms_in(banks: list[bankmod.Bank], bps: list[bpmod.Blueprint]) -> list[FormInfo]:
    out, seen = [], set()
    for bank in banks:
        for fid, f in bank.forms.items():
            if fid in seen:
                continue
            seen.add(fid)
            for bp in bps:
                if f.get("exam") not in (None, bp.id):
                    continue
                try:
                    form = formmod.assemble(bp, banks, form_id=fid)
                except ValidationError:
                    continue
                title = f.get("title") if isinstance(f.get("title"), str) and f.get("title").strip() else ""
                name = title.strip() or (bank.title if len(bank.forms) == 1 and bank.title else fid)
                out.append(FormInfo(fid, bp.id, name, str(bank.path), len(form.item_ids)))
                break
    return out


def unknown_form(form_id: str, exam_id: str | None, forms: list[FormInfo]) -> ValidationError:
    """The error for a form id no bank has, naming the exam and the forms there are."""
    ids = ", ".join(f.id for f in forms)
    if exam_id:
        bp = bpmod.get(exam_id)
        there = f"its forms are {ids}" if ids else "it has no fixed forms"
        message, hint, exam = f"{bp.name} ({bp.id}) has no form '{form_id}'; {there}.", \
            f"See `jpprep exam list-forms {bp.id}`.", bp.name
    else:
        there = f"the forms are {ids}" if ids else "there are no fixed forms"
        message, hint, exam = f"no exam has a form '{form_id}'; {there}.", "See `jpprep exam list-forms EXAM`.", ""
    return ValidationError(message, field="form", hint=hint, code="form_unknown",
                           params={"form": form_id, "exam": exam, "forms": ids})


def check_known(form_id: str, bp: bpmod.Blueprint, banks: list[bankmod.Bank]) -> None:
    """Refuse a form id that no bank has (one that exists but does not fit is refused by
    form.assemble, with the reason)."""
    if any(form_id in b.forms for b in banks):
        return
    raise unknown_form(form_id, bp.id, forms_in(banks, [bp]))


def find_form(form_id: str, exam_id: str | None = None, files: list[str | Path] | None = None) -> FormInfo:
    """The form `form_id` (of `exam_id`, or of any exam), or a ValidationError naming the forms."""
    forms = list_forms(exam_id, files)
    for f in forms:
        if f.id == form_id:
            return f
    raise unknown_form(form_id, exam_id, forms)
