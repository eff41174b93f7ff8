"""The exam session: sections, timers, answers, flags and navigation, with no Qt and no clock.

Every method that can let time pass takes `now` (UTC epoch ms). The session counts time only
between calls it is given: `to_state()` saves the time left, and `ExamSession.resume(state,
now)` starts counting again from `now`, so an exam interrupted by a closed app or a power cut
resumes where it stopped with the time that was left (at the last save).

Timers:
- per_section (JLPT): one test section at a time with its own time; when it runs out (or the
  learner finishes it) the section closes, and the next one waits, its timer stopped, until
  begin_section() (the break between booklets). Earlier sections cannot be reopened.
- pooled (JFT-Basic, SSW CBT): one time for the whole exam; sections are still taken in order
  ("Finish section" moves on), and when the time runs out the exam ends.
Listening sections without replay (paper JLPT): audio plays once and navigation only goes
forward (the question after the audio, as on the day).
"""

from __future__ import annotations

import copy

from jpprep.errors import JpprepError
from jpprep.exams.form import Form

STATE_VERSION = 1


class SessionError(JpprepError):
    """An action the exam does not allow now (e.g. answering a closed section)."""


class ExamSession:
    def __init__(self, state: dict, now: int) -> None:
        self.s = state
        self.form = Form.from_dict(state["form"])
        self._last = now

    # --- creation ------------------------------------------------------------------------
    @classmethod
    def start(cls, form: Form, now: int) -> "ExamSession":
        if not form.sections or not any(s.items for s in form.sections):
            raise SessionError("this exam has no questions.", code="exam_empty")
        state = {
            "v": STATE_VERSION,
            "form": form.to_dict(),
            "section": 0,
            "index": 0,
            "answers": {},
            "flags": [],
            "played": {},
            "done": [False] * len(form.sections),
            "left_ms": [int(round((s.minutes or 0) * 60_000)) for s in form.sections],
            "pool_ms": int(round((form.total_minutes or 0) * 60_000)),
            "finished": False,
            "reason": None,
            "started_ms": now,
            "saved_ms": now,
            "seen": [],
            "waiting": False,
        }
        session = cls(state, now)
        if not form.sections[0].items:
            session._close_section(reason="empty")
            session.s["waiting"] = False  # the learner has just pressed Start
        session._visit()
        return session

    @classmethod
    def resume(cls, state: dict, now: int) -> "ExamSession":
        """Continue a saved session; the time while it was closed is not counted."""
        if state.get("v") != STATE_VERSION:
            raise SessionError("this saved exam was made by another version and cannot be resumed.",
                               code="exam_state_version")
        return cls(copy.deepcopy(state), now)

    def to_state(self, now: int | None = None) -> dict:
        if now is not None:
            self.tick(now)
        self.s["saved_ms"] = self._last
        return copy.deepcopy(self.s)

    # --- time ----------------------------------------------------------------------------
    @property
    def pooled(self) -> bool:
        return self.form.timer == "pooled"

    def tick(self, now: int) -> bool:
        """Count the time since the last call. Returns True if a timer ran out (the section
        or the exam was closed)."""
        if self.finished or self.waiting:
            self._last = now  # no timer runs during a break between sections
            return False
        elapsed = max(0, now - self._last)
        self._last = now
        expired = False
        while elapsed > 0 and not self.finished:
            if self.pooled:
                use = min(elapsed, self.s["pool_ms"])
                self.s["pool_ms"] -= use
                elapsed -= use
                if self.s["pool_ms"] <= 0:
                    self._finish("time")
                    expired = True
            else:
                i = self.s["section"]
                use = min(elapsed, self.s["left_ms"][i])
                self.s["left_ms"][i] -= use
                elapsed -= use
                if self.s["left_ms"][i] <= 0:
                    expired = True
                    self._close_section(reason="time")
                    elapsed = 0  # the next section starts with its own full time now
        return expired

    def time_left(self, now: int | None = None) -> int:
        """Milliseconds left on the running timer (the section's, or the pooled one)."""
        if now is not None:
            self.tick(now)
        if self.finished:
            return 0
        return self.s["pool_ms"] if self.pooled else self.s["left_ms"][self.s["section"]]

    # --- where we are --------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        return bool(self.s["finished"])

    @property
    def waiting(self) -> bool:
        """Between two timed sections (the break of a paper test): nothing runs until
        begin_section()."""
        return bool(self.s.get("waiting"))

    def begin_section(self, now: int) -> None:
        self.tick(now)
        self.s["waiting"] = False
        self._last = now

    @property
    def reason(self) -> str | None:
        return self.s["reason"]

    @property
    def section_index(self) -> int:
        return self.s["section"]

    @property
    def section(self):
        return self.form.sections[self.s["section"]]

    @property
    def index(self) -> int:
        return self.s["index"]

    @property
    def item_id(self) -> str:
        return self.section.items[self.s["index"]]

    @property
    def forward_only(self) -> bool:
        return self.section.listening and not self.section.replay

    @property
    def answers(self) -> dict[str, int]:
        return dict(self.s["answers"])

    @property
    def flags(self) -> set[str]:
        return set(self.s["flags"])

    def status(self, item_id: str) -> str:
        """'flagged', 'answered' or 'unanswered' (for the CBT palette)."""
        if item_id in self.s["flags"]:
            return "flagged"
        return "answered" if item_id in self.s["answers"] else "unanswered"

    def position(self) -> tuple[int, int]:
        """(number of the current question in the whole exam, 1-based; total questions)."""
        before = sum(len(s.items) for s in self.form.sections[: self.s["section"]])
        return before + self.s["index"] + 1, len(self.form.item_ids)

    # --- actions -------------------------------------------------------------------------
    def _check_open(self, now: int) -> None:
        self.tick(now)
        if self.finished:
            raise SessionError("the exam is over.")
        if self.waiting:
            raise SessionError("the next section has not started yet.")

    def answer(self, choice: int | None, now: int, item_id: str | None = None) -> None:
        """Mark choice (1-based) for the current question (or item_id in the current section);
        None clears the mark."""
        self._check_open(now)
        item_id = item_id or self.item_id
        if item_id not in self.section.items:
            raise SessionError("that question is not in the open section.")
        if self.forward_only and item_id != self.item_id:
            raise SessionError("in the listening section only the current question can be answered.")
        if choice is None:
            self.s["answers"].pop(item_id, None)
        else:
            self.s["answers"][item_id] = int(choice)

    def toggle_flag(self, now: int, item_id: str | None = None) -> bool:
        self._check_open(now)
        item_id = item_id or self.item_id
        if item_id in self.s["flags"]:
            self.s["flags"].remove(item_id)
            return False
        self.s["flags"].append(item_id)
        return True

    def goto(self, index: int, now: int) -> None:
        self._check_open(now)
        if not 0 <= index < len(self.section.items):
            raise SessionError("there is no such question in this section.")
        if self.forward_only and index < self.s["index"]:
            raise SessionError("the listening section cannot go back: the audio is played once.")
        self.s["index"] = index
        self._visit()

    def next(self, now: int) -> bool:
        """Go to the next question of the section; False at the last one."""
        if self.s["index"] + 1 < len(self.section.items):
            self.goto(self.s["index"] + 1, now)
            return True
        self._check_open(now)
        return False

    def prev(self, now: int) -> bool:
        if self.s["index"] > 0 and not self.forward_only:
            self.goto(self.s["index"] - 1, now)
            return True
        self._check_open(now)
        return False

    def finish_section(self, now: int) -> None:
        self._check_open(now)
        self._close_section(reason="submitted")

    def finish(self, now: int) -> None:
        """End the whole exam now (the learner gives up or submits)."""
        self.tick(now)
        if not self.finished:
            self._finish("submitted")

    # --- audio ---------------------------------------------------------------------------
    def can_play(self, item_id: str | None = None) -> bool:
        item_id = item_id or self.item_id
        return self.section.replay or self.s["played"].get(item_id, 0) == 0

    def mark_played(self, now: int, item_id: str | None = None) -> None:
        self._check_open(now)
        item_id = item_id or self.item_id
        if not self.can_play(item_id):
            raise SessionError("this audio has already been played (it plays once, as in the test).")
        self.s["played"][item_id] = self.s["played"].get(item_id, 0) + 1

    # --- internals -----------------------------------------------------------------------
    def _visit(self) -> None:
        if not self.finished and self.item_id not in self.s["seen"]:
            self.s["seen"].append(self.item_id)

    def _close_section(self, reason: str) -> None:
        i = self.s["section"]
        self.s["done"][i] = True
        nxt = i + 1
        while nxt < len(self.form.sections) and not self.form.sections[nxt].items:
            self.s["done"][nxt] = True
            nxt += 1
        if nxt >= len(self.form.sections):
            self._finish(reason)
            return
        self.s["section"] = nxt
        self.s["index"] = 0
        self.s["waiting"] = not self.pooled  # paper tests: a break before the next section
        self._visit()

    def _finish(self, reason: str) -> None:
        self.s["finished"] = True
        self.s["reason"] = reason
        self.s["done"] = [True] * len(self.form.sections)
