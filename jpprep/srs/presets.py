"""Preset options: what a deck's scheduling may be set to, with validation.

Stored as JSON in Preset.config. Unknown keys are kept (forward compatibility) but ignored.
Impossible values are refused with a ValidationError that names the field; a desired retention
outside 0.70-0.97 but still a probability is clamped into that range (as the issue asks).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

from jpprep.errors import ValidationError

MIN_RETENTION, MAX_RETENTION = 0.70, 0.97
MAX_LIMIT = 100_000  # cards per day; more is a typo
MAX_STEP_MINUTES = 60 * 24 * 30  # a learning step longer than 30 days is a mistake
MAX_INTERVAL_DAYS = 36_500
NEW_MIX = ("mix", "before", "after")
LEECH_ACTIONS = ("tag", "suspend")


@dataclass(frozen=True)
class PresetConfig:
    desired_retention: float = 0.9
    learning_steps: tuple[float, ...] = (1.0, 10.0)  # minutes
    relearning_steps: tuple[float, ...] = (10.0,)  # minutes
    new_per_day: int = 20
    reviews_per_day: int = 200
    maximum_interval: int = 36_500  # days
    leech_threshold: int = 8  # lapses
    leech_action: str = "tag"  # "tag" or "suspend" (both tag the note "leech")
    bury_siblings: bool = True
    new_mix: str = "mix"  # new cards: "mix" with reviews, "before" or "after" them
    extra: dict = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict:
        d = asdict(self)
        extra = d.pop("extra")
        d["learning_steps"] = list(self.learning_steps)
        d["relearning_steps"] = list(self.relearning_steps)
        return {**extra, **d}


DEFAULT = PresetConfig()
_FIELDS = [f for f in PresetConfig.__dataclass_fields__ if f != "extra"]


def _bad(field_name: str, value, expected: str) -> ValidationError:
    return ValidationError(
        f"{value!r} is not allowed: expected {expected}.",
        field=field_name,
        hint="Correct the preset and save it again.",
    )


def _number(name: str, value, *, integer: bool) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                raise _bad(name, value, "a number") from None
        else:
            raise _bad(name, value, "a number")
    if not math.isfinite(value):
        raise _bad(name, value, "a finite number")
    if integer:
        if value != int(value):
            raise _bad(name, value, "a whole number")
        return int(value)
    return float(value)


def _int_in(name: str, value, lo: int, hi: int) -> int:
    v = _number(name, value, integer=True)
    if not lo <= v <= hi:
        raise _bad(name, value, f"a whole number from {lo} to {hi}")
    return v


def _steps(name: str, value) -> tuple[float, ...]:
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    if not isinstance(value, (list, tuple)):
        raise _bad(name, value, "a list of minutes such as [1, 10]")
    out = []
    for item in value:
        v = _number(name, item, integer=False)
        if not 0 < v <= MAX_STEP_MINUTES:
            raise _bad(name, item, f"steps in minutes above 0 and at most {MAX_STEP_MINUTES}")
        out.append(v)
    if len(out) > 20:
        raise _bad(name, value, "at most 20 steps")
    return tuple(out)


def validate(config: dict | None) -> PresetConfig:
    """Check a preset's options and fill in defaults. Raises ValidationError(field=...)."""
    config = dict(config or {})
    if not isinstance(config, dict):
        raise _bad("config", config, "a table of options")
    extra = {k: v for k, v in config.items() if k not in _FIELDS}
    values = {}
    if "desired_retention" in config:
        r = _number("desired_retention", config["desired_retention"], integer=False)
        if not 0 < r < 1:
            raise _bad("desired_retention", config["desired_retention"],
                       f"a probability between {MIN_RETENTION} and {MAX_RETENTION}")
        values["desired_retention"] = min(max(r, MIN_RETENTION), MAX_RETENTION)
    for name in ("learning_steps", "relearning_steps"):
        if name in config:
            values[name] = _steps(name, config[name])
    if "new_per_day" in config:
        values["new_per_day"] = _int_in("new_per_day", config["new_per_day"], 0, MAX_LIMIT)
    if "reviews_per_day" in config:
        values["reviews_per_day"] = _int_in(
            "reviews_per_day", config["reviews_per_day"], 0, MAX_LIMIT)
    if "maximum_interval" in config:
        values["maximum_interval"] = _int_in(
            "maximum_interval", config["maximum_interval"], 1, MAX_INTERVAL_DAYS)
    if "leech_threshold" in config:
        values["leech_threshold"] = _int_in("leech_threshold", config["leech_threshold"], 1, 99)
    if "leech_action" in config:
        if config["leech_action"] not in LEECH_ACTIONS:
            raise _bad("leech_action", config["leech_action"], "'tag' or 'suspend'")
        values["leech_action"] = config["leech_action"]
    if "bury_siblings" in config:
        if not isinstance(config["bury_siblings"], bool):
            raise _bad("bury_siblings", config["bury_siblings"], "true or false")
        values["bury_siblings"] = config["bury_siblings"]
    if "new_mix" in config:
        if config["new_mix"] not in NEW_MIX:
            raise _bad("new_mix", config["new_mix"], "'mix', 'before' or 'after'")
        values["new_mix"] = config["new_mix"]
    return PresetConfig(**values, extra=extra)


def validate_params(params) -> list[float] | None:
    """FSRS-6 parameters (21 numbers within fsrs's bounds) or None for the defaults."""
    if params is None:
        return None
    from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

    if not isinstance(params, (list, tuple)) or len(params) != 21:
        raise _bad("fsrs_params", params, "21 FSRS-6 parameters")
    out = []
    for i, p in enumerate(params):
        v = _number(f"fsrs_params[{i}]", p, integer=False)
        if not LOWER_BOUNDS_PARAMETERS[i] <= v <= UPPER_BOUNDS_PARAMETERS[i]:
            raise _bad(f"fsrs_params[{i}]", p, f"a value from {LOWER_BOUNDS_PARAMETERS[i]} "
                       f"to {UPPER_BOUNDS_PARAMETERS[i]}")
        out.append(v)
    return out
