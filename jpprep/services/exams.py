"""Mock exams: start, save every answer, resume after a crash, finish and score, results,
readiness trends, and sending missed questions to a review deck.

The live exam is an ExamSession (jpprep.exams.session) held by the caller (the runner UI or a
script); `save_progress` writes its state in one transaction after every answer, so a closed
app or a power cut loses nothing but the seconds since the last answer (which are given back).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select

from jpprep import paths
from jpprep.errors import ValidationError
from jpprep.exams import bank as bankmod
from jpprep.exams import blueprint as bpmod
from jpprep.exams import form as formmod
from jpprep.exams import markup, scoring
from jpprep.exams.items import Item
from jpprep.exams.session import ExamSession
from jpprep.store.db import Database
from jpprep.store.models import ExamAttempt


@dataclass
class RunningExam:
    attempt_id: int
    blueprint: bpmod.Blueprint
    session: ExamSession
    items: dict[str, Item]
    passages: dict  # passage id (bank-qualified "bank/pid") -> Passage
    mode: str

    def passage_for(self, item: Item):
        return self.passages.get(f"{item.bank}/{item.passage}") if item.passage else None


@dataclass(frozen=True)
class ExamInfo:
    id: str
    name: str
    name_ja: str
    family: str
    questions: int
    minutes: int
    available: bool  # the banks can fill a full mock
    problem: str = ""  # why not, in English (the CLI)
    error: ValidationError | None = None  # the same as an error (code, params) for the GUI


@dataclass(frozen=True)
class ResultSummary:
    attempt_id: int
    exam_id: str
    mode: str
    started_ms: int
    finished_ms: int
    total: float | None
    total_max: float | None
    passed: bool | None
    sections: list  # [(scoring section id, name_en, percent, projected, below_minimum)]
    form_id: str | None = None  # the fixed form taken (None: assembled at random)


@dataclass
class Readiness:
    exam_id: str
    attempts: int
    sections: dict[str, list[tuple[int, float]]]  # scoring section id -> [(finished_ms, percent)]
    section_names: dict[str, str]
    types: dict[str, tuple[int, int]]  # question type -> (correct, total) over recent attempts
    weak_types: list[str]
    latest_total: float | None = None
    latest_passed: bool | None = None


@dataclass
class ReviewEntry:
    item: Item
    answer: int | None
    correct: bool
    passage: object = None


@dataclass
class AttemptReview:
    attempt_id: int
    blueprint: bpmod.Blueprint
    result: scoring.ExamResult | dict | None
    entries: list[ReviewEntry] = field(default_factory=list)
    form_id: str | None = None  # the fixed form taken (None: assembled at random)


# --- banks -----------------------------------------------------------------------------------

def bank_files(extra: list[str | Path] | None = None) -> list[Path]:
    """Shipped banks (decks/exams/*.json) and the learner's or centre's own (data/exams/*.json)."""
    found: list[Path] = []
    for folder in (paths.decks_dir() / "exams", paths.data_dir() / "exams"):
        if folder.is_dir():
            found += sorted(folder.glob("*.json"))
    for p in extra or []:
        found.append(Path(p))
    return found


def load_banks(files: list[str | Path]) -> list[bankmod.Bank]:
    return [bankmod.load(f) for f in files]


def read_banks(files: list[Path]) -> list[bankmod.Bank | ValidationError]:
    """Each bank file read, or its problem, for the pages that list exams and forms: they ask at
    every visit, and reading the 15 shipped banks takes 0.2-0.4 s on a small laptop. A file is
    read again only when it changed, appeared or went (file_stamp). Its media files are not
    looked at: a picture removed since is still refused when the exam starts, as start_exam
    reads its banks afresh (load_banks)."""
    out: list[bankmod.Bank | ValidationError] = []
    for f in files:
        stamp = file_stamp(f)
        kept = _read.get(stamp[0])
        if kept is None or kept[0] != stamp:
            try:
                kept = stamp, bankmod.load(f)
            except ValidationError as exc:
                kept = stamp, exc
            _read[stamp[0]] = kept
        out.append(kept[1])
    return out


_read: dict[str, tuple[tuple, bankmod.Bank | ValidationError]] = {}  # path -> (stamp, bank)


def file_stamp(path: Path) -> tuple:
    """A file as it is now: its path, modification time and size (None, None when missing)."""
    try:
        st = path.stat()
        return str(path.resolve()), st.st_mtime_ns, st.st_size
    except OSError:
        return str(path), None, None


def _stored_path(path: Path) -> str:
    try:
        return "decks:" + str(Path(path).resolve().relative_to(paths.decks_dir().resolve()))
    except ValueError:
        return str(Path(path).resolve())


def _resolve(stored: str) -> Path:
    return paths.decks_dir() / stored[6:] if stored.startswith("decks:") else Path(stored)


def list_exams(files: list[str | Path] | None = None) -> list[ExamInfo]:
    """Every exam, and whether the banks can fill a full mock of it (banks read by
    read_banks: the Mock exams page asks at every visit)."""
    files = [Path(f) for f in (files if files is not None else bank_files())]
    loaded = read_banks(files)
    error = next((b for b in loaded if isinstance(b, ValidationError)), None)
    banks, problem = ([], str(error)) if error is not None else (loaded, "")
    out = []
    for bp in bpmod.all_blueprints().values():
        ok, why, err = False, problem, error
        if banks and not problem:
            try:
                formmod.check_fills(bp, banks)
                ok = True
            except ValidationError as exc:
                why, err = str(exc), exc
        out.append(ExamInfo(bp.id, bp.name, bp.name_ja, bp.family, bp.count, bp.minutes, ok, why, err))
    return out


def _index(banks: list[bankmod.Bank]) -> tuple[dict[str, Item], dict]:
    items, passages = {}, {}
    for b in banks:
        for it in b.items:
            if it.id in items:
                raise ValidationError(f"item id '{it.id}' is in two banks ({items[it.id].bank} and {b.id}).",
                                      file=str(b.path), field="id", hint="Give items unique ids across banks.",
                                      code="bank_item_in_two_banks",
                                      params={"item": it.id, "first": items[it.id].bank, "second": b.id})
            items[it.id] = it
        for pid, p in b.passages.items():
            passages[f"{b.id}/{pid}"] = p
    return items, passages


# --- running ---------------------------------------------------------------------------------

def start_exam(db: Database, profile_id: int, exam_id: str, *, now: int, mode: str = "full",
               section_id: str | None = None, types: list[str] | None = None, count: int | None = None,
               seed: int | None = None, form_id: str | None = None,
               files: list[str | Path] | None = None) -> RunningExam:
    """Assemble and start an exam. Refused (ValidationError) before it starts if a bank is broken
    or the banks cannot fill what is asked."""
    bp = bpmod.get(exam_id)
    banks = load_banks(files if files is not None else bank_files())
    if seed is None:
        seed = random.Random(now).randrange(1 << 30)
    if form_id:
        from jpprep.services.exam_forms import check_known

        check_known(form_id, bp, banks)  # an unknown id names the exam's forms
    form = formmod.assemble(bp, banks, mode=mode, section_id=section_id, types=types, count=count,
                            seed=seed, form_id=form_id)
    form.banks = [_stored_path(b.path) for b in banks]
    items, passages = _index(banks)
    session = ExamSession.start(form, now)
    with db.session() as s:
        row = ExamAttempt(profile_id=profile_id, exam_id=exam_id, form_id=form_id, mode=mode,
                          started_ms=now, state=session.to_state(now))
        s.add(row)
        s.flush()
        attempt_id = row.id
    return RunningExam(attempt_id, bp, session, items, passages, mode)


def save_progress(db: Database, run: RunningExam, now: int) -> None:
    """Persist the session (answers, flags, position, time left) in one transaction."""
    state = run.session.to_state(now)
    with db.session() as s:
        row = s.get(ExamAttempt, run.attempt_id)
        if row is None:
            raise ValidationError("this exam attempt no longer exists.", field="attempt",
                                  code="exam_attempt_gone")
        row.state = state


def unfinished(db: Database, profile_id: int) -> list[tuple[int, str, str, int]]:
    """[(attempt id, exam id, mode, started_ms)] of exams left open, newest first."""
    with db.session() as s:
        rows = s.execute(select(ExamAttempt.id, ExamAttempt.exam_id, ExamAttempt.mode, ExamAttempt.started_ms)
                         .where(ExamAttempt.profile_id == profile_id, ExamAttempt.finished_ms.is_(None))
                         .order_by(ExamAttempt.started_ms.desc(), ExamAttempt.id.desc())).all()
    return [tuple(r) for r in rows]


def resume_exam(db: Database, profile_id: int, *, now: int, attempt_id: int | None = None) -> RunningExam | None:
    """The open exam (the newest, or attempt_id), with the time that was left at the last save.

    Exam states kept on this computer while the class server was away
    (jpprep.services.exam_outbox) are sent first, so the newest state is the one resumed. While
    the server is still away, the newest state kept here is resumed instead (its saves wait here
    again); with none kept, the server's absence is raised as before."""
    from jpprep.services import exam_outbox
    from jpprep.services.offline_study import is_disconnect

    try:
        exam_outbox.send_kept(db, now, profile_id=profile_id)
        with db.session() as s:
            q = select(ExamAttempt).where(ExamAttempt.profile_id == profile_id, ExamAttempt.finished_ms.is_(None))
            if attempt_id is not None:
                q = q.where(ExamAttempt.id == attempt_id)
            row = s.execute(q.order_by(ExamAttempt.started_ms.desc(), ExamAttempt.id.desc())).scalars().first()
            if row is None:
                return None
            state, exam_id, mode, aid = dict(row.state), row.exam_id, row.mode, row.id
        kept = exam_outbox.for_profile(db, profile_id).get(aid)  # still being sent by another thread
        if kept is not None and kept.finish_ms is None and kept.saved_ms > int(state.get("saved_ms") or 0):
            state = kept.state
    except Exception as exc:
        if not is_disconnect(exc):
            raise
        kept = exam_outbox.kept_open(db, profile_id, attempt_id=attempt_id)
        if kept is None:
            raise
        aid, exam_id, mode, state = kept
    return running_from_state(aid, exam_id, mode, state, now)


def running_from_state(attempt_id: int, exam_id: str, mode: str, state: dict, now: int) -> RunningExam:
    """A RunningExam continuing a stored session state (its banks are read from this computer)."""
    bp = bpmod.get(exam_id)
    banks = load_banks([_resolve(p) for p in state["form"].get("banks", [])])
    items, passages = _index(banks)
    missing = [i for i in formmod.Form.from_dict(state["form"]).item_ids if i not in items]
    if missing:
        raise ValidationError(f"the questions of this exam have changed ({len(missing)} are gone, e.g. "
                              f"{missing[0]}); it cannot be resumed.", field="items",
                              hint="Abandon it and start a new one.", code="exam_questions_changed",
                              params={"gone": len(missing)})
    return RunningExam(attempt_id, bp, ExamSession.resume(state, now), items, passages, mode)


def store_state(db: Database, attempt_id: int, state: dict) -> bool:
    """Write a session state kept elsewhere (on this computer while the server was away), unless
    the stored one is already newer or the attempt is finished: a state never goes backwards.
    Returns whether it was written."""
    with db.session() as s:
        row = s.get(ExamAttempt, attempt_id)
        if row is None:
            raise ValidationError("this exam attempt no longer exists.", field="attempt",
                                  code="exam_attempt_gone")
        if row.finished_ms is not None:
            return False
        if int((row.state or {}).get("saved_ms") or 0) > int(state.get("saved_ms") or 0):
            return False
        row.state = state
        return True


def finish_exam(db: Database, run: RunningExam, now: int) -> scoring.ExamResult:
    """End the exam (if the timer has not), score it and keep the result."""
    result = score_run(run, now)
    with db.session() as s:
        row = s.get(ExamAttempt, run.attempt_id)
        if row is None:
            raise ValidationError("this exam attempt no longer exists.", field="attempt",
                                  code="exam_attempt_gone")
        if row.finished_ms is not None and row.result is not None:
            return result  # stored already (a reply lost on the way): the first result stays
        row.state = run.session.to_state(now)
        row.finished_ms = now
        row.result = result.to_dict()
    return result


def score_run(run: RunningExam, now: int) -> scoring.ExamResult:
    """End the session (if the timer has not) and score it, on this computer (nothing stored)."""
    run.session.finish(now)
    return scoring.score(run.blueprint, run.session.form.item_ids, run.items, run.session.answers,
                         complete=run.mode == "full", as_of=_day(now))


def abandon_exam(db: Database, attempt_id: int, now: int) -> None:
    """Close an open attempt without a score (it stays in the history as abandoned)."""
    with db.session() as s:
        row = s.get(ExamAttempt, attempt_id)
        if row is not None and row.finished_ms is None:
            row.finished_ms = now
            row.result = None


def _day(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%d")


# --- results ---------------------------------------------------------------------------------

def list_results(db: Database, profile_id: int, exam_id: str | None = None,
                 form_id: str | None = None) -> list[ResultSummary]:
    with db.session() as s:
        q = select(ExamAttempt).where(ExamAttempt.profile_id == profile_id, ExamAttempt.finished_ms.is_not(None),
                                      ExamAttempt.result.is_not(None))
        if exam_id:
            q = q.where(ExamAttempt.exam_id == exam_id)
        if form_id:
            q = q.where(ExamAttempt.form_id == form_id)
        rows = s.execute(q.order_by(ExamAttempt.finished_ms.desc(), ExamAttempt.id.desc())).scalars().all()
        out = []
        for r in rows:
            res = r.result or {}
            out.append(ResultSummary(r.id, r.exam_id, r.mode, r.started_ms, r.finished_ms, res.get("total"),
                                     res.get("total_max"), res.get("passed"),
                                     [(x["id"], x["name_en"], x["percent"], x["projected"], x["below_minimum"])
                                      for x in res.get("sections", [])], r.form_id))
    return out


def readiness(db: Database, profile_id: int, exam_id: str, *, recent: int = 5) -> Readiness:
    """Per scoring section, the percent of each finished attempt (oldest first), and accuracy per
    question type over the `recent` latest attempts; weak types are those under 60%."""
    bp = bpmod.get(exam_id)
    results = list(reversed(list_results(db, profile_id, exam_id)))
    with db.session() as s:
        rows = s.execute(select(ExamAttempt.result).where(
            ExamAttempt.profile_id == profile_id, ExamAttempt.exam_id == exam_id,
            ExamAttempt.result.is_not(None)).order_by(ExamAttempt.finished_ms.desc()).limit(recent)).scalars().all()
    sections: dict[str, list[tuple[int, float]]] = {s.id: [] for s in bp.scoring.sections}
    for r in results:
        for sid, _name, percent, _proj, _below in r.sections:
            sections.setdefault(sid, []).append((r.finished_ms, percent))
    types: dict[str, list[int]] = {}
    for res in rows:
        for t in res.get("types", []):
            acc = types.setdefault(t["type"], [0, 0])
            acc[0] += t["correct"]
            acc[1] += t["total"]
    weak = sorted((t for t, (c, n) in types.items() if n and c / n < 0.6), key=lambda t: types[t][0] / types[t][1])
    full = [r for r in reversed(results) if r.mode == "full"]
    return Readiness(exam_id, len(results), sections, {s.id: s.name_en for s in bp.scoring.sections},
                     {t: (c, n) for t, (c, n) in types.items()}, weak,
                     full[0].total if full else None, full[0].passed if full else None)


def review(db: Database, attempt_id: int) -> AttemptReview:
    """Every question of an attempt with the learner's answer, the right one and the explanation."""
    with db.session() as s:
        row = s.get(ExamAttempt, attempt_id)
        if row is None:
            raise ValidationError("no such exam attempt.", field="attempt", code="exam_attempt_gone")
        state, result, exam_id, form_id = dict(row.state), row.result, row.exam_id, row.form_id
    bp = bpmod.get(exam_id)
    banks = load_banks([_resolve(p) for p in state["form"].get("banks", [])])
    items, passages = _index(banks)
    answers = state.get("answers", {})
    entries = []
    for iid in formmod.Form.from_dict(state["form"]).item_ids:
        it = items.get(iid)
        if it is None:
            continue
        a = answers.get(iid)
        entries.append(ReviewEntry(it, a, it.is_correct(a),
                                   passages.get(f"{it.bank}/{it.passage}") if it.passage else None))
    return AttemptReview(attempt_id, bp, result, entries, form_id)


# --- review deck -----------------------------------------------------------------------------

@dataclass
class DeckUpdate:
    deck_id: int
    deck_name: str
    added: int
    updated: int


def _note_for(item: Item, bp: bpmod.Blueprint):
    from jpprep.decks.model import NoteData

    expl = dict(item.explanation)
    if item.type in ("kanji_reading", "jft_kanji_reading"):
        return NoteData(id=item.id, kind="vocab", expression=markup.target_text(item.stem),
                        reading=item.correct_text, meanings={"en": expl.get("en") or item.correct_text},
                        examples=[{"ja": markup.plain(item.stem)}], tags=["exam-review", item.type], level=bp.level)
    if item.type == "orthography":
        return NoteData(id=item.id, kind="vocab", expression=item.correct_text,
                        reading=markup.target_text(item.stem),
                        meanings={"en": expl.get("en") or item.correct_text},
                        examples=[{"ja": markup.plain(item.stem).replace(markup.target_text(item.stem),
                                                                         item.correct_text, 1)}],
                        tags=["exam-review", item.type], level=bp.level)
    question = item.full_sentence() if item.format == "star" else \
        " ".join(x for x in (markup.plain(item.stem), markup.plain(item.question)) if x)
    if not question and item.script:
        question = " ".join(t for _s, t in item.script)
    answer = item.correct_text if item.format != "star" else item.full_sentence()
    meanings = {"en": f"{answer}" + (f" - {expl['en']}" if expl.get("en") else "")}
    for lang, text in expl.items():
        if lang != "en":
            meanings[lang] = f"{answer} - {text}"
    return NoteData(id=item.id, kind="grammar", expression=markup.plain(question) or item.id, reading="",
                    meanings=meanings, tags=["exam-review", item.type], level=bp.level)


def send_missed_to_deck(db: Database, attempt_id: int, *, now: int) -> DeckUpdate:
    """Create or update the deck "Review::<exam>" with a note per missed question of the attempt
    (answered wrong or left blank). A question missed again updates its note; nothing is removed."""
    from jpprep.decks.model import DeckData
    from jpprep.services.importing import import_deck

    rv = review(db, attempt_id)
    bp = rv.blueprint
    missed = [e.item for e in rv.entries if not e.correct]
    deck = DeckData(id=f"exam-review-{bp.id}", name=f"Review::{bp.name}",
                    description=f"Questions missed in {bp.name} mock exams.", languages=["en"],
                    level=bp.level, sector=None, card_types=["recognition"], licence="", version="1",
                    notes=[_note_for(it, bp) for it in missed])
    report = import_deck(db, deck, source="exam", now=now, fill_readings=False)
    return DeckUpdate(report.deck_id, report.deck_name, report.added, report.updated)
