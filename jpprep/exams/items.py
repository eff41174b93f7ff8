"""The item model: one question as the learner sees it, with exactly one correct answer.

Every item, whatever its type, is answered by picking one numbered choice (the mark sheet /
CBT button): `choices` are shown as 1..n and `correct` is the 1-based number of the right one.
- "choice": 3 or 4 choices (2 allowed for SSW items).
- "star" (文の組み立て): the four `choices` are the pieces; `order` is the right order of the
  pieces (choice numbers, slot 1..4) and `star` the ★ slot; `correct` = order[star-1].
- "true_false" (○×): choices are ○ and ×.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Choice:
    text: str = ""
    image: str | None = None  # path relative to the bank folder


@dataclass(frozen=True)
class Passage:
    id: str
    text: str = ""
    title: str = ""
    kind: str = "text"  # text | notice | table
    rows: tuple[tuple[str, ...], ...] = ()  # for kind == "table": first row is the header
    image: str | None = None


@dataclass(frozen=True)
class Item:
    id: str
    type: str
    format: str  # choice | star | true_false
    stem: str
    choices: tuple[Choice, ...]
    correct: int  # 1-based
    passage: str | None = None
    audio: str | None = None  # resolved path of the audio file
    script: tuple[tuple[str, str], ...] = ()  # (speaker, line) for offline speech
    audio_only: bool = False  # 即時応答, 概要理解: question and choices are not printed
    image: str | None = None  # resolved path
    question: str = ""  # the question printed (listening) or asked about a passage
    order: tuple[int, ...] = ()  # star items: choice numbers in slot order
    star: int = 0  # star items: the ★ slot (1-4)
    before: str = ""  # star items: text before the four blanks
    after: str = ""  # star items: text after them
    explanation: dict = field(default_factory=dict)  # {"en": "...", "ur": "..."}
    tags: tuple[str, ...] = ()
    topic: str | None = None
    level: str | None = None
    points: float = 1.0
    furigana: str | None = None  # None = follow the exam; "on" | "off" forces it
    bank: str = ""  # bank id
    source_line: int | None = None

    def is_correct(self, answer: int | None) -> bool:
        return answer is not None and int(answer) == self.correct

    @property
    def correct_text(self) -> str:
        return self.choices[self.correct - 1].text

    def full_sentence(self) -> str:
        """Star items: the sentence with the pieces in the right order."""
        if self.format != "star":
            return self.stem
        pieces = "".join(self.choices[i - 1].text for i in self.order)
        return f"{self.before}{pieces}{self.after}"
