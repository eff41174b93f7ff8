"""Placeholder banks that exactly fill a blueprint, for tests and for trying the runners.

The items are numbered drills, not real questions ("れんしゅう 3"); real content lives in
decks/exams/. The right answer of item k is choice 1 + k mod (number of choices), so a test
can answer right or wrong on purpose.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

from jpprep.exams import types as qtypes
from jpprep.exams.blueprint import Blueprint


def _png(path: Path) -> None:
    w, h = 32, 24
    raw = b"".join(b"\x00" + b"\xc8\xc8\xc8" * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def answer_for(k: int, n_choices: int) -> int:
    return 1 + k % n_choices


def synthetic_bank(bp: Blueprint, folder: Path | str, bank_id: str | None = None) -> Path:
    folder = Path(folder)
    (folder / "media").mkdir(parents=True, exist_ok=True)
    _png(folder / "media" / "picture.png")
    items, passages = [], []
    k = 0
    for si, s in enumerate(bp.sections):
        for pi, p in enumerate(s.parts):
            qt = qtypes.get(p.type)
            for n in range(p.count):
                iid = f"{bp.id}-{si + 1}.{pi + 1}-{p.type}-{n + 1}"
                it: dict = {"id": iid, "type": p.type, "explanation": {"en": f"Drill {k + 1}."}}
                if p.topic:
                    it["topic"] = p.topic
                if qt.format == "star":
                    it.update({"before": f"れんしゅう {k + 1}：", "after": "。",
                               "choices": ["あ", "い", "う", "え"], "order": [1, 2, 3, 4],
                               "star": answer_for(k, 4)})
                elif qt.format == "true_false":
                    it.update({"stem": f"れんしゅう {k + 1}", "answer": answer_for(k, 2) == 1})
                else:
                    nc = p.choices
                    it.update({"stem": f"れんしゅう {k + 1}" if not qt.no_ruby_target else f"[[練習]] {k + 1}",
                               "choices": [f"こたえ {c + 1}" for c in range(nc)], "answer": answer_for(k, nc)})
                if qt.passage:
                    pid = f"p-{iid}"
                    passages.append({"id": pid, "text": f"ぶんしょう {k + 1}。"})
                    it["passage"] = pid
                if qt.listening:
                    it["script"] = [{"speaker": "F", "text": f"もんだい {k + 1}。"}]
                if qt.image:
                    it["image"] = "media/picture.png"
                items.append(it)
                k += 1
    data = {"format": 1, "id": bank_id or f"synthetic-{bp.id}", "title": f"Drills for {bp.name}",
            "exam": bp.id, "passages": passages, "items": items}
    path = folder / f"{data['id']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
