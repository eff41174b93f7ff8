"""Assignments: an instructor gives a deck or a mock exam to the class or to one student, with a
due date. A deck assignment's progress is the share of its cards (subdecks included) the
student has met; an exam assignment is done when the student finished that mock after it was set,
as a full timed mock (ExamAttempt.mode "full"): a one-section, one-question-type or weak-types
practice of the exam does not count, for an instructor who assigns a mock means the whole test.
Every attempt has its mode (a column since the first schema, "full" for a whole mock), so
attempts stored before this rule are judged the same way. An exam assignment may name one fixed
form of its exam ("JLPT N4 Form B", services.exam_forms): then only a full mock of that form
counts. Dates are ISO days; "today" is the UTC day of
`now`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select

from jpprep.errors import ValidationError
from jpprep.store.db import Database
from jpprep.store.models import Assignment, Card, CardState, Deck, ExamAttempt, Profile


@dataclass(frozen=True)
class AssignmentInfo:
    id: int
    kind: str  # "deck" or "exam"
    title: str  # deck name or exam name
    deck_id: int | None
    exam_id: str | None
    profile_id: int | None  # None: the whole class
    student: str | None
    due_date: str
    note: str
    form_id: str | None = None  # exam: the fixed form required; None: any mock of the exam
    form_name: str = ""  # that form's title ("Form B"), as the bank writes it; its id if no bank has it

    @property
    def full_title(self) -> str:
        """The title with the form, in English (reports, the CLI): "JLPT N4 Form B"."""
        return f"{self.title} {self.form_name}" if self.form_id else self.title


@dataclass(frozen=True)
class StudentAssignment:
    info: AssignmentInfo
    progress: float  # 0..1
    done: bool
    overdue: bool
    score: float | None = None  # exam: percent of the latest attempt after it was set
    # a form assignment not done although the student finished this exam after it was set
    # (another form, or a random mock): that attempt does not count
    other_form_taken: bool = False
    # an exam assignment not done although the student finished a practice of this exam (one
    # section, one question type, weak types) after it was set, and no full mock: a practice
    # does not count
    practice_taken: bool = False


def today(now: int) -> str:
    return dt.datetime.fromtimestamp(now / 1000, tz=dt.timezone.utc).date().isoformat()


def _exam_name(exam_id: str) -> str:
    from jpprep.exams import blueprint

    try:
        return blueprint.get(exam_id).name
    except Exception:
        return exam_id


class _FormNames:
    """Form id -> title, read from the banks once, and only when an assignment names a form."""

    def __init__(self, files: list[str | Path] | None) -> None:
        self.files, self.names = files, None

    def get(self, form_id: str) -> str:
        if self.names is None:
            from jpprep.services.exam_forms import list_forms

            try:
                self.names = {f.id: f.name for f in list_forms(files=self.files)}
            except Exception:  # a bank folder that cannot be read: the id stands for the form
                self.names = {}
        return self.names.get(form_id, form_id)


def _info(s, a: Assignment, forms: _FormNames) -> AssignmentInfo:
    title = a.exam_id or ""
    if a.kind == "deck":
        deck = s.get(Deck, a.deck_id) if a.deck_id else None
        title = deck.name if deck else "?"
    else:
        title = _exam_name(a.exam_id)
    student = s.get(Profile, a.profile_id).name if a.profile_id else None
    form_name = forms.get(a.form_id) if a.form_id else ""
    return AssignmentInfo(a.id, a.kind, title, a.deck_id, a.exam_id, a.profile_id, student, a.due_date,
                          a.note or "", a.form_id, form_name)


def assign(db: Database, *, due_date: str, now: int, deck_id: int | None = None, exam_id: str | None = None,
           profile_id: int | None = None, created_by: int | None = None, note: str = "",
           form_id: str | None = None, files: list[str | Path] | None = None) -> AssignmentInfo:
    """Give a deck (deck_id) or a mock exam (exam_id) to one student or, with profile_id None,
    to the class. form_id names one fixed form of that exam (exam_forms.list_forms over the bank
    `files`, by default the shipped and the data folder's); None or "" leaves it random. A form
    the banks do not have for that exam is refused, naming the exam and its forms."""
    if (deck_id is None) == (exam_id is None):
        raise ValidationError("assign either a deck or a mock exam.", field="kind",
                              code="assign_nothing")
    form_id = (form_id or "").strip() or None
    if form_id is not None and exam_id is None:
        raise ValidationError("only a mock exam assignment can name a form.", field="form_id",
                              hint="Assign a mock exam, or leave the form out.", code="assign_form_without_exam")
    try:
        dt.date.fromisoformat(due_date)
    except (TypeError, ValueError):
        raise ValidationError(f"'{due_date}' is not a date.", field="due_date", hint="Use YYYY-MM-DD.",
                              code="assign_bad_date", params={"value": str(due_date)}) from None
    if exam_id is not None:
        from jpprep.exams import blueprint

        if exam_id not in blueprint.all_blueprints():
            raise ValidationError(f"there is no mock exam '{exam_id}'.", field="exam_id",
                                  code="exam_unknown", params={"exam": exam_id})
        if form_id is not None:
            from jpprep.services.exam_forms import find_form

            find_form(form_id, exam_id, files)  # names the exam and the forms it has
    forms = _FormNames(files)
    with db.session() as s:
        if deck_id is not None and s.get(Deck, deck_id) is None:
            raise ValidationError("that deck no longer exists.", field="deck_id", code="deck_gone")
        if profile_id is not None and s.get(Profile, profile_id) is None:
            raise ValidationError("that student no longer exists.", field="profile_id",
                                  code="student_gone")
        a = Assignment(kind="deck" if deck_id is not None else "exam", deck_id=deck_id, exam_id=exam_id,
                       form_id=form_id, profile_id=profile_id, due_date=due_date, created_by=created_by,
                       created_ms=now, note=(note or "").strip()[:500])
        s.add(a)
        s.flush()
        return _info(s, a, forms)


def remove(db: Database, assignment_id: int) -> None:
    with db.session() as s:
        a = s.get(Assignment, assignment_id)
        if a is not None:
            s.delete(a)


def list_assignments(db: Database, files: list[str | Path] | None = None) -> list[AssignmentInfo]:
    forms = _FormNames(files)
    with db.session() as s:
        rows = s.scalars(select(Assignment).order_by(Assignment.due_date, Assignment.id)).all()
        return [_info(s, a, forms) for a in rows]


def deck_cards(s, deck_id: int) -> list[int]:
    """Card ids of a deck and its subdecks."""
    deck = s.get(Deck, deck_id)
    if deck is None:
        return []
    ids = s.scalars(select(Deck.id).where(or_(Deck.id == deck_id, Deck.name.like(deck.name + "::%")))).all()
    return list(s.scalars(select(Card.id).where(Card.deck_id.in_(ids))))


def deck_progress(s, profile_id: int, deck_id: int) -> float:
    cards = deck_cards(s, deck_id)
    if not cards:
        return 0.0
    met = 0
    for i in range(0, len(cards), 500):
        chunk = cards[i:i + 500]
        met += s.scalar(select(func.count()).select_from(CardState).where(
            CardState.profile_id == profile_id, CardState.card_id.in_(chunk), CardState.reps > 0)) or 0
    return met / len(cards)


def for_student(db: Database, profile_id: int, *, now: int,
                files: list[str | Path] | None = None) -> list[StudentAssignment]:
    """The class's and this student's own assignments with progress, soonest due first. An
    exam assignment is done when the student finished a full mock of that exam (that form, when
    it names one) after it was set; its score is that mock's."""
    day = today(now)
    out = []
    forms = _FormNames(files)
    with db.session() as s:
        rows = s.scalars(select(Assignment).where(
            or_(Assignment.profile_id.is_(None), Assignment.profile_id == profile_id))
            .order_by(Assignment.due_date, Assignment.id)).all()
        for a in rows:
            info = _info(s, a, forms)
            score, other, practice = None, False, False
            if a.kind == "deck":
                progress = deck_progress(s, profile_id, a.deck_id) if a.deck_id else 0.0
                done = progress >= 1.0
            else:
                after = select(ExamAttempt).where(
                    ExamAttempt.profile_id == profile_id, ExamAttempt.exam_id == a.exam_id,
                    ExamAttempt.finished_ms.is_not(None), ExamAttempt.finished_ms >= a.created_ms)
                full = after.where(ExamAttempt.mode == "full")
                counts = full.where(ExamAttempt.form_id == a.form_id) if a.form_id else full
                att = s.scalars(counts.order_by(ExamAttempt.finished_ms.desc(), ExamAttempt.id.desc())).first()
                if att is None:
                    other = bool(a.form_id) and s.scalars(full.limit(1)).first() is not None
                    practice = not other and s.scalars(after.limit(1)).first() is not None
                done = att is not None
                progress = 1.0 if done else 0.0
                if att is not None and att.result and att.result.get("total_max"):
                    score = 100.0 * (att.result.get("total") or 0) / att.result["total_max"]
            out.append(StudentAssignment(info, progress, done, not done and a.due_date < day, score, other,
                                         practice))
    return out


def assignable_decks(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every deck an instructor can assign, shipped ones limited to those the lab
    configuration offers."""
    from jpprep import lab

    cfg = lab.current()
    with db.session() as s:
        rows = s.execute(select(Deck.id, Deck.name, Deck.source, Deck.source_key).order_by(Deck.name)).all()
    return [(i, n) for i, n, src, key in rows if src != "shipped" or not key or cfg.deck_offered(key)]


def assignable_exams() -> list[tuple[str, str]]:
    """(id, name) of the mock exams the lab offers."""
    from jpprep import lab
    from jpprep.exams import blueprint

    cfg = lab.current()
    return [(bid, bp.name) for bid, bp in sorted(blueprint.all_blueprints().items()) if cfg.exam_offered(bid)]
