"""Fit personal FSRS-6 parameters from a review log with fsrs-rs-python (no torch).

Items are built like Anki does: for each card, its answers since the last reset, with the
time between answers in learner days (0 = same day); one item per answer after the first,
holding the history up to that answer. New parameters replace the old ones only if they
predict the same log better (lower log loss from fsrs-rs `evaluate`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

MIN_ITEMS = 64  # fewer long-term answers than this cannot say anything useful


@dataclass
class OptimizeResult:
    params: list[float]  # what to use from now on
    changed: bool  # True when the new parameters won
    old_log_loss: float | None
    new_log_loss: float | None
    items: int  # answers the fit could learn from
    reviews: int
    message: str  # English, for the CLI and the logs
    # what happened, for the GUI to say in the interface language (jpprep/ui/fit_words.py):
    # "improved" / "kept" {items, reviews, old_loss, new_loss}, "too_few_reviews" {items,
    # reviews, needed}, "fit_failed" {items, reviews, reason: fsrs-rs's own English words}
    code: str = ""
    message_params: dict = field(default_factory=dict)


def build_items(histories: Iterable[list[tuple[int, int]]]):
    """histories: per card, [(rating 1-4, learner day), ...] in order. Returns FSRSItems whose
    last answer came at least a day after the one before (what evaluate scores)."""
    from fsrs_rs_python import FSRSItem, FSRSReview

    items = []
    for hist in histories:
        reviews = []
        prev_day = None
        for rating, day in hist:
            delta = 0 if prev_day is None else max(0, day - prev_day)
            reviews.append(FSRSReview(int(rating), int(delta)))
            prev_day = day
            if len(reviews) >= 2 and delta > 0:
                items.append(FSRSItem(list(reviews)))
    return items


def optimize(
    histories: Iterable[list[tuple[int, int]]],
    current: list[float] | None,
    progress: Callable[[int, int, str], None] | None = None,
) -> OptimizeResult:
    """progress(done, total, text) as jpprep.ui.workers expects (done out of 100)."""
    from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS

    def report(text: str, fraction: float) -> None:
        if progress is not None:
            progress(int(fraction * 100), 100, text)

    histories = list(histories)
    reviews = sum(len(h) for h in histories)
    old = list(current) if current else list(DEFAULT_PARAMETERS)
    report("preparing the review log", 0.05)
    items = build_items(histories)
    counts = {"items": len(items), "reviews": reviews}
    if len(items) < MIN_ITEMS:
        return OptimizeResult(old, False, None, None, len(items), reviews,
                              f"not enough reviews yet ({len(items)} of {MIN_ITEMS} needed); "
                              "the current parameters are kept.",
                              "too_few_reviews", {**counts, "needed": MIN_ITEMS})
    report("fitting parameters", 0.15)
    try:
        new = list(FSRS(old).compute_parameters(items))
    except Exception as exc:  # fsrs-rs refuses odd data with its own errors
        return OptimizeResult(old, False, None, None, len(items), reviews,
                              f"the optimizer could not fit this log ({exc}); parameters kept.",
                              "fit_failed", {**counts, "reason": str(exc)})
    report("comparing with the current parameters", 0.85)
    old_loss = FSRS(old).evaluate(items).log_loss
    new_loss = FSRS(new).evaluate(items).log_loss
    report("done", 1.0)
    if new_loss < old_loss:
        return OptimizeResult(new, True, old_loss, new_loss, len(items), reviews,
                              f"new parameters predict your answers better "
                              f"(log loss {new_loss:.4f} < {old_loss:.4f}).",
                              "improved", {**counts, "old_loss": old_loss, "new_loss": new_loss})
    return OptimizeResult(old, False, old_loss, new_loss, len(items), reviews,
                          f"the current parameters already fit best "
                          f"(log loss {old_loss:.4f} <= {new_loss:.4f}); kept.",
                          "kept", {**counts, "old_loss": old_loss, "new_loss": new_loss})
