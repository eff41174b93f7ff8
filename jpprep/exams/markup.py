"""The small text markup used in item banks.

- `[[...]]` marks the tested (underlined) part of a sentence, as the test underlines it.
- `｜漢字《かんじ》` (or `漢字《かんじ》`, which takes the kanji run just before 《) gives a
  reading as ruby, the Aozora Bunko notation. Whether ruby is shown depends on the exam's
  furigana policy; it is never shown on the tested part of a kanji-reading or orthography item.
- A line break is a real newline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KANJI = r"[\u3005\u3006\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002fa1f]"
_RUBY = re.compile(r"｜([^｜《》\[\]]+)《([^《》]+)》|(" + _KANJI + r"+)《([^《》]+)》")


@dataclass(frozen=True)
class Segment:
    text: str
    reading: str | None = None  # ruby, when the source gives one
    target: bool = False  # the underlined, tested part


def segments(text: str) -> list[Segment]:
    """Split marked-up text into plain, ruby and target segments."""
    out: list[Segment] = []
    pos = 0
    for m in re.finditer(r"\[\[(.+?)\]\]", text, flags=re.S):
        out.extend(_ruby(text[pos:m.start()], False))
        out.extend(_ruby(m.group(1), True))
        pos = m.end()
    out.extend(_ruby(text[pos:], False))
    return [s for s in out if s.text]


def _ruby(text: str, target: bool) -> list[Segment]:
    out, pos = [], 0
    for m in _RUBY.finditer(text):
        if m.start() > pos:
            out.append(Segment(text[pos:m.start()], None, target))
        base, reading = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.append(Segment(base, reading, target))
        pos = m.end()
    if pos < len(text):
        out.append(Segment(text[pos:], None, target))
    return out


def plain(text: str) -> str:
    """The text without markup (what a speech engine reads, what search matches)."""
    return "".join(s.text for s in segments(text))


def target_text(text: str) -> str:
    return "".join(s.text for s in segments(text) if s.target)


def has_target(text: str) -> bool:
    return any(s.target for s in segments(text))


def target_has_ruby(text: str) -> bool:
    return any(s.target and s.reading for s in segments(text))


# what is broken (unbalanced_kind) -> how the CLI says it
_BROKEN = {"target": "'[[' and ']]' do not pair up",
           "ruby_pair": "'《' and '》' do not pair up",
           "ruby_base": "ruby 《...》 must follow kanji, or mark the base with ｜"}


def unbalanced_kind(text: str) -> str | None:
    """"target", "ruby_pair" or "ruby_base" for broken markup, else None."""
    if text.count("[[") != text.count("]]"):
        return "target"
    if text.count("《") != text.count("》"):
        return "ruby_pair"
    stripped = _RUBY.sub("", text)
    if "《" in stripped:
        return "ruby_base"
    return None


def unbalanced(text: str) -> str | None:
    """Describe broken markup (in English), or None."""
    kind = unbalanced_kind(text)
    return _BROKEN[kind] if kind else None
