"""Putting an exam together: which items, in which sections, with how much time.

`assemble` picks items from the banks to fill a blueprint (a full mock, one section, one
question type, or a list of weak types). It refuses, before the exam starts, when the banks
cannot fill what is asked. Questions about one passage stay together and in bank order.
"""

from __future__ import annotations

import math
import random
from dataclasses import asdict, dataclass, field

from jpprep.errors import ValidationError
from jpprep.exams import types as qtypes
from jpprep.exams.bank import Bank
from jpprep.exams.blueprint import Blueprint, Part
from jpprep.exams.items import Item

MODES = ("full", "section", "type", "weak")


@dataclass
class FormSection:
    id: str
    name: str
    name_en: str
    minutes: float | None
    items: list[str]
    listening: bool = False
    replay: bool = False


@dataclass
class Form:
    exam_id: str
    mode: str
    timer: str  # per_section | pooled
    total_minutes: float | None
    sections: list[FormSection]
    form_id: str | None = None
    seed: int = 0
    banks: list[str] = field(default_factory=list)  # bank file paths

    def to_dict(self) -> dict:
        return asdict(self)

    @staticmethod
    def from_dict(d: dict) -> "Form":
        secs = [FormSection(**s) for s in d["sections"]]
        return Form(d["exam_id"], d["mode"], d["timer"], d.get("total_minutes"), secs, d.get("form_id"),
                    d.get("seed", 0), list(d.get("banks", [])))

    @property
    def item_ids(self) -> list[str]:
        return [i for s in self.sections for i in s.items]


def _bank_serves(bank: Bank, exam_id: str) -> bool:
    if bank.exam is None:
        return True
    exams = bank.exam if isinstance(bank.exam, list) else [bank.exam]
    return exam_id in exams


def _candidates(bp: Blueprint, part: Part, banks: list[Bank], used: set[str]) -> tuple[list[Item], int]:
    """Items that fit a part, and how many more are of the type but have another choice count."""
    fits, other = [], 0
    for bank in banks:
        if not _bank_serves(bank, bp.id):
            continue
        for item in bank.items:
            if item.type != part.type or item.id in used:
                continue
            if part.topic and item.topic and item.topic != part.topic:
                continue
            # the JLPT's 3- and 4-choice parts are strict; SSW tests mix 2-4 choices
            if item.format == "choice" and len(item.choices) != part.choices and bp.family != "ssw":
                other += 1
                continue
            fits.append(item)
    return fits, other


def _pick(items: list[Item], count: int, rng: random.Random) -> list[Item] | None:
    """`count` items, whole passage groups, each group in bank order; None if impossible."""
    groups: dict[str, list[Item]] = {}
    order: list[str] = []
    for it in items:
        key = f"p:{it.bank}:{it.passage}" if it.passage else f"i:{it.id}"
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(it)
    keys = order[:]
    rng.shuffle(keys)
    # subset sum over group sizes (small numbers), preferring the shuffled order
    sizes = [len(groups[k]) for k in keys]
    reach: dict[int, list[int]] = {0: []}
    for idx, size in enumerate(sizes):
        for total, chosen in list(reach.items()):
            t = total + size
            if t <= count and t not in reach:
                reach[t] = chosen + [idx]
        if count in reach:
            break
    if count not in reach:
        return None
    chosen = sorted(reach[count])  # keeps the shuffled order of the chosen groups
    return [it for idx in chosen for it in groups[keys[idx]]]


def _minutes_share(minutes: float | None, part_count: int, whole: int) -> float | None:
    if not minutes or not whole:
        return None
    return max(1.0, math.ceil(minutes * part_count / whole * 2) / 2)


def assemble(bp: Blueprint, banks: list[Bank], *, mode: str = "full", section_id: str | None = None,
             types: list[str] | None = None, count: int | None = None, seed: int = 0,
             form_id: str | None = None) -> Form:
    if mode not in MODES:
        raise ValidationError(f"unknown practice mode '{mode}' (one of {', '.join(MODES)}).", field="mode",
                              code="exam_mode_unknown", params={"mode": mode})
    rng = random.Random(seed)
    paths = [str(b.path) for b in banks]
    if form_id:
        return _fixed_form(bp, banks, form_id, paths)
    used: set[str] = set()
    problems: list[str] = []
    short: list[str] = []  # the types short of items, as the test names them (for the GUI)

    def fill(part: Part, n: int) -> list[str]:
        cands, other = _candidates(bp, part, banks, used)
        picked = _pick(cands, n, rng)
        if picked is None:
            qt = qtypes.get(part.type)
            extra = f" ({other} more have another number of choices)" if other else ""
            what = f"{n} {qt.name} ({part.type}) items with {part.choices} choices"
            if part.topic:
                what += f" on {part.topic}"
            problems.append(f"{bp.name} needs {what}; the banks have {len(cands)}{extra}")
            short.append(qt.name)
            return []
        used.update(i.id for i in picked)
        return [i.id for i in picked]

    sections: list[FormSection] = []
    if mode in ("full", "section"):
        chosen = bp.sections if mode == "full" else [bp.section(section_id)] if section_id else []
        if mode == "section" and not section_id:
            raise ValidationError("choose a section for section practice.", field="section",
                                  code="exam_choose_section")
        for s in chosen:
            ids = [i for p in s.parts for i in fill(p, p.count)]
            minutes = s.minutes
            if bp.timer == "pooled" and mode == "section":
                minutes = _minutes_share(bp.total_minutes, s.count, bp.count)
            sections.append(FormSection(s.id, s.name, s.name_en, minutes, ids, s.listening, s.replay))
        timer = bp.timer if mode == "full" else "per_section"
        total = bp.total_minutes if (mode == "full" and bp.timer == "pooled") else None
    else:
        wanted = types or []
        if not wanted:
            raise ValidationError("choose at least one question type to practise.", field="types",
                                  code="exam_choose_types")
        for t in wanted:
            part = bp.part_for_type(t)
            if part is None:
                raise ValidationError(f"{bp.name} has no question type '{t}'.", field="types",
                                      code="exam_type_missing", params={"exam": bp.name, "type": t})
            sec = next(s for s in bp.sections if part in s.parts)
            n = count or part.count
            ids = fill(part, n)
            base = sec.minutes if sec.minutes else bp.total_minutes
            whole = sec.count if sec.minutes else bp.count
            qt = qtypes.get(t)
            sections.append(FormSection(f"{sec.id}:{t}", f"{qt.name}", qt.name_en,
                                        _minutes_share(base, n, whole), ids, sec.listening, sec.replay))
        timer, total = "per_section", None
    if problems:
        raise ValidationError("; ".join(problems) + ".", field="items",
                              hint="Add items to a bank, or choose another practice mode.",
                              code="exam_items_short", params={"exam": bp.name, "types": ", ".join(short)})
    return Form(bp.id, mode, timer, total, sections, None, seed, paths)


def _fixed_form(bp: Blueprint, banks: list[Bank], form_id: str, paths: list[str]) -> Form:
    for bank in banks:
        f = bank.forms.get(form_id)
        if f is None:
            continue
        if f.get("exam") not in (None, bp.id):
            raise ValidationError(f"form {form_id} is for {f.get('exam')}, not {bp.id}.", file=str(bank.path),
                                  field="forms", code="form_other_exam",
                                  params={"form": form_id, "form_exam": str(f.get("exam")), "exam": bp.name})
        extra = sorted(set(f["sections"]) - {s.id for s in bp.sections})
        if extra:
            raise ValidationError(f"form {form_id} has sections {', '.join(extra)}, which {bp.name} does not have "
                                  f"(it has {', '.join(s.id for s in bp.sections)}).", file=str(bank.path),
                                  field="forms", code="form_extra_sections",
                                  params={"form": form_id, "sections": ", ".join(extra), "exam": bp.name,
                                          "known": ", ".join(s.id for s in bp.sections)})
        items = {i.id: i for b in banks for i in b.items}
        sections = []
        for s in bp.sections:
            ids = list(f["sections"].get(s.id, []))
            if not ids:
                raise ValidationError(f"form {form_id} has no items for section {s.id}.", file=str(bank.path),
                                      field="forms", code="form_section_empty",
                                      params={"form": form_id, "section": s.id})
            _check_counts(bp, s, form_id, [items[i] for i in ids if i in items], str(bank.path))
            sections.append(FormSection(s.id, s.name, s.name_en, s.minutes, ids, s.listening, s.replay))
        return Form(bp.id, "full", bp.timer, bp.total_minutes, sections, form_id, 0, paths)
    raise ValidationError(f"no bank has a form named '{form_id}'.", field="form", code="form_unknown",
                          params={"form": form_id})


def _check_counts(bp: Blueprint, sec, form_id: str, items: list, path: str) -> None:
    """A fixed form is a full mock: each section holds exactly the blueprint's items per type
    (and per topic where the blueprint splits by topic), so timing and scoring stay faithful."""
    want: dict[tuple[str, str | None], int] = {}
    for p in sec.parts:
        want[(p.type, p.topic)] = want.get((p.type, p.topic), 0) + p.count
    have: dict[tuple[str, str | None], int] = {}
    for it in items:
        key = (it.type, it.topic)
        if key not in want:  # the blueprint does not split this type by topic
            key = next((k for k in want if k[0] == it.type), (it.type, None))
        have[key] = have.get(key, 0) + 1
    wrong, counts = [], []  # counts: the same as plain values, for the GUI's words
    for key in sorted(set(want) | set(have), key=lambda k: (k[0], k[1] or "")):
        n, m = want.get(key, 0), have.get(key, 0)
        if n != m:
            qt = qtypes.get(key[0])
            name = f"{qt.name} ({key[0]})" if qt else key[0]
            if key[1]:
                name += f" on {key[1]}"
            wrong.append(f"{name}: {m} instead of {n}")
            counts.append({"type": qt.name if qt else key[0], "topic": key[1] or "", "have": m, "want": n})
    if wrong:
        raise ValidationError(f"form {form_id}, section {sec.id} does not match {bp.name}: " + "; ".join(wrong) + ".",
                              file=path, field="forms", code="form_counts",
                              params={"form": form_id, "section": sec.id, "exam": bp.name, "counts": counts},
                              hint="A fixed form is a full mock exam: give each section exactly the blueprint's "
                                   "items, or leave the form out and let jpprep assemble one from the bank.")


def check_fills(bp: Blueprint, banks: list[Bank]) -> Form:
    """Raise (before any exam starts) when the banks cannot fill a full mock of `bp`."""
    return assemble(bp, banks, mode="full")
