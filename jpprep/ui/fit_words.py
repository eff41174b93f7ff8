"""What fitting the memory model found, as the learner reads it: in the interface language.

jpprep.srs.optimizer.OptimizeResult keeps an English `message` (the CLI and --json print it)
and a stable `code` with plain `message_params`; `fit_text(result)` says the code in the
interface language, with counts and log losses in the language's digits. The optimizer's own
reason for a failed fit (fsrs-rs names its error: "InvalidInput") is said in words when it is
one fsrs-rs names, and left out otherwise (the CLI's message keeps it). The progress shown while
fitting is a percentage only: the optimizer's progress texts (English) are not shown.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QObject

from jpprep.ui import i18n


def _loss(value) -> str:
    return i18n.ltr(QLocale().toString(float(value), "f", 4))


class FitWords(QObject):
    """The translation context of the fitting summary (lupdate reads self.tr() in a class)."""

    def text(self, code: str, p: dict) -> str | None:
        items = int(p.get("items", 0))
        if code == "improved":
            return self.tr("Fitted from %Ln review(s): the new model predicts your answers "
                           "better (log loss {new} instead of {old}) and is used from now on.",
                           "", items).format(new=_loss(p["new_loss"]), old=_loss(p["old_loss"]))
        if code == "kept":
            return self.tr("Fitted from %Ln review(s): your current model already predicts "
                           "your answers best (log loss {old}; the new fit {new}), so it is "
                           "kept.", "", items).format(new=_loss(p["new_loss"]),
                                                      old=_loss(p["old_loss"]))
        if code == "too_few_reviews":
            return self.tr("Not enough reviews yet: {items} of the {needed} needed (a review "
                           "counts when it comes a day or more after the card's previous "
                           "answer). The current model is kept.").format(
                items=i18n.number(items), needed=i18n.number(int(p["needed"])))
        if code == "fit_failed":
            reason = self.reason(str(p.get("reason", "")))
            if reason is None:  # an error fsrs-rs did not name: its English is in the CLI's message
                return self.tr("The model could not be fitted to your %Ln review(s), so the "
                               "current one is kept.", "", items)
            return self.tr("The model could not be fitted to your %Ln review(s) ({reason}), so "
                           "the current one is kept.", "", items).format(reason=reason)
        return None

    def reason(self, name: str) -> str | None:
        """fsrs-rs's own reason for a failed fit (its error's name, e.g. "InvalidInput")."""
        return {
            "NotEnoughData": self.tr("there are not enough reviews"),
            "InvalidInput": self.tr("some reviews cannot be used"),
            "InvalidParameters": self.tr("the current parameters are not valid"),
            "OptimalNotFound": self.tr("no better parameters were found"),
            "Interrupted": self.tr("the fitting was stopped"),
        }.get(name.strip())

    def line(self, preset: str, text: str) -> str:
        values = {"1": i18n.ltr(preset), "2": text}
        return re.sub(r"%([12])", lambda m: values[m.group(1)], self.tr("%1: %2"))


def fit_text(result) -> str:
    """The fitting result in the interface language; the English message for an unknown code."""
    words = FitWords()
    try:
        text = words.text(getattr(result, "code", "") or "",
                          getattr(result, "message_params", None) or {})
    except (KeyError, TypeError, ValueError):  # params out of step with the optimizer
        text = None
    return text if text is not None else result.message


def fit_line(preset: str, result) -> str:
    """"Default: …" — one preset's result; the preset name (maybe Latin) kept as one run."""
    return FitWords().line(preset, fit_text(result))
