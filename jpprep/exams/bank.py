"""Item banks: JSON files of original questions (docs/item-bank-format.md).

`load(path)` validates the whole file and refuses it with every problem named (file, line,
item id, field) before any exam starts: an item with no correct answer or two, a ★ item with
other than four pieces, a missing audio or image file, an unknown passage. `check_fills` and
`assemble` refuse an exam that needs more items than the banks hold. Nothing is checked
mid-exam.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from jpprep.errors import ValidationError
from jpprep.exams import markup
from jpprep.exams import types as qtypes
from jpprep.exams.items import Choice, Item, Passage

FORMAT = 1
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")
MAX_BYTES = 32 << 20
# broken markup (markup.unbalanced_kind) -> the problem's code
_MARKUP_CODES = {"target": "bank_markup_target", "ruby_pair": "bank_markup_ruby_pair",
                 "ruby_base": "bank_markup_ruby_base"}
ITEM_FIELDS = {"id", "type", "stem", "question", "before", "after", "choices", "answer", "order", "star",
               "passage", "audio", "script", "audio_only", "image", "explanation", "tags", "topic", "level",
               "points", "furigana"}


class BankProblemsError(ValidationError):
    """A bank breaks rules; `.problems` lists every one (each a ValidationError)."""

    def __init__(self, problems: list[ValidationError]) -> None:
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(first.message + more, file=first.file, line=first.line, field=first.field,
                         hint=first.hint, code="bank_problems",
                         params={"count": len(problems), "first": first.message})


@dataclass
class Bank:
    id: str
    title: str
    path: Path
    items: list[Item]
    passages: dict[str, Passage]
    exam: str | None = None
    licence: str = ""
    forms: dict[str, dict] = field(default_factory=dict)  # form id -> {"exam":..., "sections": {...}}

    def item(self, item_id: str) -> Item:
        return self.by_id()[item_id]

    def by_id(self) -> dict[str, Item]:
        return {i.id: i for i in self.items}


def _line_of(text: str, item_id: str, key: str = "id") -> int | None:
    m = re.search(r'"' + key + r'"\s*:\s*"' + re.escape(item_id) + '"', text)
    return text.count("\n", 0, m.start()) + 1 if m else None


class _Problems:
    """Collects every problem of a file, each naming file, line, item id and field."""

    def __init__(self, label: str, text: str) -> None:
        self.label, self.text = label, text
        self.problems: list[ValidationError] = []

    def __len__(self) -> int:
        return len(self.problems)

    def __call__(self, message, *, code, item=None, fld=None, hint=None, line=None, **params) -> None:
        """One problem: the English message (the CLI's) and its `code` with plain `params`
        (the GUI's words: jpprep/ui/exam/bank_words.py); params["item"] is the item's id."""
        if line is None and item:
            line = _line_of(self.text, item)
        prefix = f"item {item}: " if item else ""
        if item:
            params["item"] = item
        self.problems.append(ValidationError(prefix + message, file=self.label, line=line, field=fld,
                                             hint=hint, code=code, params=params))


def load(path: Path | str) -> Bank:
    path = Path(path)
    label = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read the item bank ({exc.strerror}).", file=label,
                              code="bank_unreadable", params={"detail": exc.strerror or ""}) from exc
    if len(raw) > MAX_BYTES:
        raise ValidationError("the item bank is larger than 32 MB.", file=label, code="bank_too_big")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError("the item bank is not UTF-8 text.", file=label,
                              hint="Save it as UTF-8.", code="bank_not_utf8") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"not valid JSON ({exc.msg}, column {exc.colno}).", file=label,
                              line=exc.lineno, code="bank_not_json",
                              params={"column": exc.colno}) from exc
    return parse(data, path, text)


def parse(data, path: Path, text: str = "") -> Bank:
    label = str(path)
    bad = _Problems(label, text)

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError("not a jpprep item bank: 'format': 1 is missing.", file=label, field="format",
                              hint="See docs/item-bank-format.md.", code="bank_not_bank")
    bank_id = data.get("id")
    if not isinstance(bank_id, str) or not ID_RE.match(bank_id):
        bad("'id' must be a short name of letters, digits, '-', '_' or '.'.", fld="id",
            code="bank_id_invalid")
        bank_id = str(bank_id)
    folder = path.parent

    def media(name, item, fld):
        if not isinstance(name, str) or not name:
            bad(f"'{fld}' must be a file name.", item=item, fld=fld, code="bank_media_not_name")
            return None
        p = (folder / name).resolve()
        if folder.resolve() not in p.parents:
            bad(f"'{fld}' must be inside the bank's folder.", item=item, fld=fld,
                code="bank_media_outside", name=name)
            return None
        if not p.is_file():
            bad(f"the {fld} file '{name}' does not exist.", item=item, fld=fld,
                hint=f"Put it at {folder / name} or correct the name.", code="bank_media_missing",
                name=name, path=str(folder / name))
            return None
        return str(p)

    passages: dict[str, Passage] = {}
    for k, pd in enumerate(data.get("passages", []) or []):
        pid = pd.get("id") if isinstance(pd, dict) else None
        if not isinstance(pid, str) or not pid:
            bad(f"passages[{k}] has no 'id'.", fld="id", code="bank_passage_no_id", position=k + 1)
            continue
        if pid in passages:
            bad(f"passage id '{pid}' is used twice.", fld="id", line=_line_of(text, pid),
                code="bank_passage_twice", passage=pid)
            continue
        kind = pd.get("kind", "text")
        rows = tuple(tuple(str(c) for c in r) for r in pd.get("rows", []) or [])
        if kind not in ("text", "notice", "table"):
            bad(f"passage {pid}: kind must be text, notice or table.", fld="kind", line=_line_of(text, pid),
                code="bank_passage_kind", passage=pid, kind=str(kind))
        if kind == "table" and not rows:
            bad(f"passage {pid}: a table needs 'rows'.", fld="rows", line=_line_of(text, pid),
                code="bank_passage_no_rows", passage=pid)
        if not pd.get("text") and not rows and not pd.get("image"):
            bad(f"passage {pid}: it has no text, rows or image.", fld="text", line=_line_of(text, pid),
                code="bank_passage_empty", passage=pid)
        img = media(pd["image"], None, "image") if pd.get("image") else None
        passages[pid] = Passage(pid, pd.get("text", ""), pd.get("title", ""), kind, rows, img)

    items: list[Item] = []
    seen: set[str] = set()
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        bad("'items' must be a non-empty list.", fld="items", code="bank_no_items")
        raw_items = []
    for k, d in enumerate(raw_items):
        if not isinstance(d, dict):
            bad(f"items[{k}] is not an object.", fld="items", code="bank_item_not_object",
                position=k + 1)
            continue
        iid = d.get("id")
        if not isinstance(iid, str) or not ID_RE.match(iid):
            bad(f"items[{k}] has no valid 'id'.", fld="id", code="bank_item_no_id", position=k + 1)
            continue
        if iid in seen:
            bad("this id is used twice.", item=iid, fld="id", code="bank_item_twice")
            continue
        seen.add(iid)
        item = _item(d, iid, bank_id, passages, media, bad)
        if item is not None:
            items.append(item)
            object.__setattr__(item, "source_line", _line_of(text, iid))

    forms = {}
    ids = {i.id for i in items} | seen
    for k, f in enumerate(data.get("forms", []) or []):
        fid = f.get("id") if isinstance(f, dict) else None
        if not fid or not isinstance(f.get("sections"), dict):
            bad(f"forms[{k}] needs an 'id' and 'sections' (section id -> list of item ids).", fld="forms",
                code="bank_form_incomplete", position=k + 1)
            continue
        for sid, lst in f["sections"].items():
            for iid in lst:
                if iid not in ids:
                    bad(f"form {fid}, section {sid}: there is no item '{iid}'.", fld="forms",
                        line=_line_of(text, fid), code="bank_form_unknown_item", form=str(fid),
                        section=str(sid), missing=str(iid))
        forms[fid] = f
    if bad.problems:
        raise BankProblemsError(bad.problems)
    return Bank(bank_id, data.get("title", bank_id), path, items, passages, data.get("exam"),
                data.get("licence", ""), forms)


def _item(d: dict, iid: str, bank_id: str, passages, media, bad) -> Item | None:
    t = d.get("type")
    qt = qtypes.get(t) if isinstance(t, str) else None
    if qt is None:
        bad(f"unknown type '{t}'.", item=iid, fld="type", hint="See the list of types in docs/item-bank-format.md.",
            code="bank_type_unknown", type=str(t))
        return None
    errors_before = len(bad)
    for key in d:
        if key not in ITEM_FIELDS:
            bad(f"unknown field '{key}'.", item=iid, fld=key, hint="See docs/item-bank-format.md.",
                code="bank_field_unknown")
    stem = d.get("stem", "")
    for fld in ("stem", "question", "before", "after"):
        v = d.get(fld, "")
        if not isinstance(v, str):
            bad(f"'{fld}' must be text.", item=iid, fld=fld, code="bank_not_text")
        elif markup.unbalanced(v):
            bad(f"broken markup in '{fld}': {markup.unbalanced(v)}.", item=iid, fld=fld,
                code=_MARKUP_CODES[markup.unbalanced_kind(v)])

    # choices
    raw_choices = d.get("choices")
    choices: list[Choice] = []
    if qt.format == "true_false":
        raw_choices = ["○", "×"] if raw_choices is None else raw_choices
    if not isinstance(raw_choices, list):
        bad("'choices' must be a list.", item=iid, fld="choices", code="bank_choices_not_list")
        raw_choices = []
    for c in raw_choices:
        if isinstance(c, str):
            choices.append(Choice(c))
        elif isinstance(c, dict):
            img = media(c["image"], iid, "image") if c.get("image") else None
            choices.append(Choice(str(c.get("text", "")), img))
        else:
            bad("each choice must be text or {\"text\", \"image\"}.", item=iid, fld="choices",
                code="bank_choice_invalid")
    texts = [(c.text.strip(), c.image) for c in choices]
    dupes = {x for x in texts if texts.count(x) > 1}
    if dupes:
        bad(f"two choices are the same ({sorted(x[0] for x in dupes)[0]!r}): one question would have "
            "two correct answers or a giveaway.", item=iid, fld="choices", code="bank_choices_same",
            choice=sorted(x[0] for x in dupes)[0])

    order: tuple[int, ...] = ()
    star = 0
    correct = 0
    if qt.format == "star":
        if len(choices) != 4:
            bad(f"a ★ (sentence composition) item needs exactly four pieces; it has {len(choices)}.",
                item=iid, fld="choices", code="bank_star_pieces", count=len(choices))
        order_raw = d.get("order")
        if not (isinstance(order_raw, list) and sorted(order_raw) == [1, 2, 3, 4]):
            bad("'order' must list the four piece numbers 1-4 in their right order, each once.",
                item=iid, fld="order", code="bank_star_order")
        else:
            order = tuple(order_raw)
        star = d.get("star", 3)
        if star not in (1, 2, 3, 4):
            bad("'star' must be the ★ slot, 1 to 4.", item=iid, fld="star", code="bank_star_slot")
        elif order:
            correct = order[star - 1]
        if "answer" in d:
            bad("a ★ item takes 'order' and 'star', not 'answer' (the answer is the piece in the ★ slot).",
                item=iid, fld="answer", code="bank_star_answer")
    else:
        if not (2 <= len(choices) <= 4):
            bad(f"an item needs 2 to 4 choices; it has {len(choices)}.", item=iid, fld="choices",
                code="bank_choice_count", count=len(choices))
        ans = d.get("answer")
        if qt.format == "true_false" and isinstance(ans, bool):
            ans = 1 if ans else 2
        if isinstance(ans, list):
            if len(ans) == 0:
                ans = None
            elif len(ans) > 1:
                bad(f"it has {len(ans)} correct answers; exactly one is allowed.", item=iid, fld="answer",
                    code="bank_answers_many", count=len(ans))
                ans = -1
            else:
                ans = ans[0]
        if ans is None:
            bad("it has no correct answer.", item=iid, fld="answer",
                hint="Add \"answer\": the number (1-4) of the right choice.", code="bank_answer_missing")
        elif ans != -1 and (isinstance(ans, bool) or not isinstance(ans, int) or not 1 <= ans <= len(choices)):
            bad(f"'answer' must be a choice number from 1 to {len(choices)}.", item=iid, fld="answer",
                code="bank_answer_range", max=len(choices))
        else:
            correct = ans

    # passages, audio, images
    pid = d.get("passage")
    if pid is not None and pid not in passages:
        bad(f"there is no passage '{pid}'.", item=iid, fld="passage", code="bank_passage_unknown",
            passage=str(pid))
    if qt.passage and pid is None:
        bad(f"a {qt.name} ({qt.id}) item needs a 'passage'.", item=iid, fld="passage",
            code="bank_passage_needed", type=qt.name)
    audio = media(d["audio"], iid, "audio") if d.get("audio") else None
    script_raw = d.get("script") or []
    if isinstance(script_raw, str):
        script_raw = [["", script_raw]]
    script = []
    for line in script_raw:
        if isinstance(line, dict):
            script.append((str(line.get("speaker", "")), str(line.get("text", ""))))
        elif isinstance(line, (list, tuple)) and len(line) == 2:
            script.append((str(line[0]), str(line[1])))
        else:
            bad("'script' lines must be {\"speaker\", \"text\"}.", item=iid, fld="script",
                code="bank_script_lines")
    if qt.listening and not audio and not script and "audio" not in d:
        bad("a listening item needs 'audio' (a file) or 'script' (what is said).", item=iid, fld="audio",
            code="bank_listening_no_audio")
    audio_only = bool(d.get("audio_only", t in ("listen_quick", "listen_gist")))
    if audio_only and not (audio or script or "audio" in d):
        bad("an audio-only item needs 'audio' or 'script'.", item=iid, fld="audio_only",
            code="bank_audio_only_no_audio")
    image = media(d["image"], iid, "image") if d.get("image") else None
    if qt.image and not image and "image" not in d and not any(c.image for c in choices):
        bad(f"a {qt.name} item needs an 'image' (the photo or illustration).", item=iid, fld="image",
            code="bank_image_needed", type=qt.name)

    if qt.no_ruby_target:
        if isinstance(stem, str) and not markup.has_target(stem):
            bad("mark the tested word with [[...]] in 'stem'.", item=iid, fld="stem",
                code="bank_target_missing")
        if isinstance(stem, str) and markup.target_has_ruby(stem):
            bad("the tested word must not carry furigana (it would give the answer away).",
                item=iid, fld="stem", code="bank_target_ruby")
    if qt.format != "star" and not stem and not d.get("question") and not pid and not audio_only \
            and not image:
        bad("it has no 'stem' or 'question'.", item=iid, fld="stem", code="bank_no_stem")
    expl = d.get("explanation", {})
    if isinstance(expl, str):
        expl = {"en": expl}
    fur = d.get("furigana")
    if fur not in (None, "on", "off"):
        bad("'furigana' must be \"on\" or \"off\" (or left out to follow the exam).", item=iid, fld="furigana",
            code="bank_furigana_value")
    if len(bad) != errors_before:
        return None
    return Item(
        id=iid, type=t, format=qt.format, stem=stem if isinstance(stem, str) else "", choices=tuple(choices),
        correct=correct, passage=pid, audio=audio, script=tuple(script), audio_only=audio_only, image=image,
        question=d.get("question", ""), order=order, star=star, before=d.get("before", ""),
        after=d.get("after", ""), explanation=expl if isinstance(expl, dict) else {},
        tags=tuple(d.get("tags", []) or []), topic=d.get("topic"), level=d.get("level"),
        points=float(d.get("points", 1)), furigana=fur, bank=bank_id,
    )
