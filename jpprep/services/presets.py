"""Deck presets: read, create, change and assign scheduling options.

A deck without a preset gets the shared "Default" preset, created on demand. Options are
validated by jpprep.srs.presets.validate (ValidationError names the field).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpprep.errors import ValidationError
from jpprep.srs.presets import PresetConfig, validate, validate_params
from jpprep.store.models import Deck, Preset

DEFAULT_NAME = "Default"


@dataclass
class PresetInfo:
    id: int
    name: str
    config: PresetConfig
    fsrs_params: list[float] | None
    deck_ids: list[int]


def default_preset(s: Session) -> Preset:
    p = s.scalars(select(Preset).where(Preset.name == DEFAULT_NAME).order_by(Preset.id)).first()
    if p is None:
        p = Preset(name=DEFAULT_NAME, config=PresetConfig().to_dict(), fsrs_params=None)
        s.add(p)
        s.flush()
    return p


def ensure_presets(s: Session) -> None:
    """Give every deck without a preset the default one."""
    if s.scalars(select(Deck.id).where(Deck.preset_id.is_(None)).limit(1)).first() is None:
        return
    p = default_preset(s)
    s.query(Deck).filter(Deck.preset_id.is_(None)).update(
        {Deck.preset_id: p.id}, synchronize_session=False
    )


def _info(s: Session, p: Preset) -> PresetInfo:
    ids = list(s.scalars(select(Deck.id).where(Deck.preset_id == p.id).order_by(Deck.id)))
    return PresetInfo(p.id, p.name, validate(p.config), p.fsrs_params, ids)


def _valid_name(name: str | None) -> str:
    """The name without outer spaces; refused when empty or longer than the column (100)."""
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise ValidationError("a preset needs a name of 1-100 characters.", field="name",
                              code="preset_name_length", params={"min": 1, "max": 100})
    return name


def _check_free(s: Session, name: str, preset_id: int | None = None) -> None:
    """Refuse a name another preset has (case and outer spaces do not count): two presets
    of one name cannot be told apart in the deck options' list."""
    key = name.strip().casefold()
    for pid, other in s.execute(select(Preset.id, Preset.name)):
        if pid != preset_id and (other or "").strip().casefold() == key:
            raise ValidationError(f"there is already a preset called {other!r}.", field="name",
                                  hint="Choose another name, or choose that preset instead.",
                                  code="preset_name_taken", params={"name": name.strip()})


def _deck(s: Session, deck_id: int) -> Deck:
    deck = s.get(Deck, deck_id)
    if deck is None:
        raise ValidationError(f"there is no deck {deck_id}.", field="deck_id", code="deck_gone")
    return deck


def deck_preset(db, deck_id: int) -> PresetInfo:
    with db.session() as s:
        deck = _deck(s, deck_id)
        if deck.preset_id is None:
            deck.preset_id = default_preset(s).id
            s.flush()
        return _info(s, s.get(Preset, deck.preset_id))


def list_presets(db) -> list[PresetInfo]:
    with db.session() as s:
        ensure_presets(s)
        return [_info(s, p) for p in s.scalars(select(Preset).order_by(Preset.name, Preset.id))]


def create_preset(db, name: str, config: dict | None = None) -> PresetInfo:
    name = _valid_name(name)
    cfg = validate(config)
    with db.session() as s:
        _check_free(s, name)
        p = Preset(name=name, config=cfg.to_dict(), fsrs_params=None)
        s.add(p)
        s.flush()
        return _info(s, p)


def update_preset(
    db, preset_id: int, config: dict | None = None, *, name: str | None = None,
    fsrs_params: list[float] | None | bool = False,
) -> PresetInfo:
    """Change options (merged over the current ones). Nothing is saved if any field is wrong.
    fsrs_params=None resets to the default parameters; False leaves them alone."""
    with db.session() as s:
        p = s.get(Preset, preset_id)
        if p is None:
            raise ValidationError(f"there is no preset {preset_id}.", field="preset_id",
                                  code="preset_gone")
        if config is not None:
            merged = {**(p.config or {}), **config}
            p.config = validate(merged).to_dict()
        if name is not None:
            name = _valid_name(name)
            if name != p.name:  # (a name kept as it is was there before this rule)
                _check_free(s, name, p.id)
            p.name = name
        if fsrs_params is not False:
            p.fsrs_params = validate_params(fsrs_params)
        s.flush()
        return _info(s, p)


def assign_preset(db, deck_id: int, preset_id: int) -> None:
    with db.session() as s:
        deck = _deck(s, deck_id)
        if s.get(Preset, preset_id) is None:
            raise ValidationError(f"there is no preset {preset_id}.", field="preset_id",
                                  code="preset_gone")
        deck.preset_id = preset_id


def personal_params(settings: dict | None, preset_id: int | None) -> list[float] | None:
    """A profile's own fitted parameters for a preset (Profile.settings["fsrs_params"])."""
    table = (settings or {}).get("fsrs_params") or {}
    return table.get(str(preset_id)) if isinstance(table, dict) else None


def optimize_preset(db, profile_id: int, preset_id: int, progress=None):
    """Fit the profile's own FSRS parameters for the decks using a preset, from its review log.

    Slow on big logs: call it from a worker thread (jpprep.ui.workers.run_in_background passes
    `progress(done, total, text)`). The database is read in one transaction and
    written in another, so nothing is locked while fitting. The result is stored in
    Profile.settings["fsrs_params"][preset id] only when it predicts the log better than the
    parameters in use. Returns jpprep.srs.optimizer.OptimizeResult.
    """
    from jpprep.srs.days import DayClock
    from jpprep.srs.optimizer import optimize
    from jpprep.store.models import Card, Profile, Review

    with db.session() as s:
        profile = s.get(Profile, profile_id)
        if profile is None:
            raise ValidationError(f"there is no profile {profile_id}.", field="profile_id",
                                  code="profile_gone")
        preset = s.get(Preset, preset_id)
        if preset is None:
            raise ValidationError(f"there is no preset {preset_id}.", field="preset_id",
                                  code="preset_gone")
        clock = DayClock.from_settings(profile.settings)
        current = personal_params(profile.settings, preset_id) or preset.fsrs_params
        rows = s.execute(
            select(Review.card_id, Review.kind, Review.rating, Review.state_after,
                   Review.reviewed_ms)
            .join(Card, Card.id == Review.card_id)
            .join(Deck, Deck.id == Card.deck_id)
            .where(Review.profile_id == profile_id, Deck.preset_id == preset_id)
            .order_by(Review.card_id, Review.id)
        ).all()
    histories: dict[int, list[tuple[int, int]]] = {}
    for cid, kind, rating, state_after, ms in rows:
        if kind == "review" and 1 <= rating <= 4:
            histories.setdefault(cid, []).append((rating, clock.day(ms)))
        elif kind == "manual" and state_after == 0:
            histories[cid] = []  # reset: the history starts again
    result = optimize(histories.values(), current, progress)
    if result.changed:
        with db.session() as s:
            profile = s.get(Profile, profile_id)
            settings = dict(profile.settings or {})
            table = dict(settings.get("fsrs_params") or {})
            table[str(preset_id)] = result.params
            settings["fsrs_params"] = table
            profile.settings = settings
    return result


def optimize_all(db, profile_id: int, progress=None) -> list[tuple[str, object]]:
    """optimize_preset for every preset that has decks; [(preset name, OptimizeResult)]."""
    with db.session() as s:
        ensure_presets(s)
        rows = s.execute(
            select(Preset.id, Preset.name).where(Preset.id.in_(select(Deck.preset_id)))
            .order_by(Preset.name, Preset.id)
        ).all()
    out = []
    for i, (pid, name) in enumerate(rows):
        def part(done, total, text, i=i):
            if progress is not None:
                progress(int((i + done / max(total, 1)) * 100 / len(rows)), 100,
                         f"{name}: {text}")
        out.append((name, optimize_preset(db, profile_id, pid, part)))
    return out


@dataclass
class DeckOptions:
    """What the deck options screen (and `jpprep deck options`) shows for one deck."""
    deck_id: int
    deck_name: str
    preset: PresetInfo
    presets: list[PresetInfo]  # every preset, to choose another
    personal: bool  # the profile has its own fitted parameters for this preset


def deck_options(db, deck_id: int, profile_id: int | None = None) -> DeckOptions:
    from jpprep.store.models import Profile

    with db.session() as s:
        deck = _deck(s, deck_id)
        if deck.preset_id is None:
            deck.preset_id = default_preset(s).id
            s.flush()
        ensure_presets(s)
        current = s.get(Preset, deck.preset_id)
        everyone = [_info(s, p) for p in s.scalars(select(Preset).order_by(Preset.name, Preset.id))]
        profile = s.get(Profile, profile_id) if profile_id is not None else None
        personal = bool(profile and personal_params(profile.settings, current.id))
        return DeckOptions(deck.id, deck.name, _info(s, current), everyone, personal)


def save_deck_options(
    db, deck_id: int, config: dict, *, preset_id: int | None = None,
    new_name: str | None = None, name: str | None = None,
) -> PresetInfo:
    """The deck options screen's Save, in one transaction: use preset `preset_id` (or a new preset
    called `new_name`, which starts as a copy of the deck's current one), rename it to `name` if
    given, and merge `config` into its options. Nothing is saved if any value is wrong
    (ValidationError names the field)."""
    with db.session() as s:
        deck = _deck(s, deck_id)
        if new_name is not None:
            new_name = _valid_name(new_name)
            _check_free(s, new_name)
            base = s.get(Preset, deck.preset_id) if deck.preset_id else default_preset(s)
            p = Preset(name=new_name, config=dict(base.config or {}), fsrs_params=base.fsrs_params)
            s.add(p)
            s.flush()
        else:
            p = s.get(Preset, preset_id) if preset_id is not None else (
                s.get(Preset, deck.preset_id) if deck.preset_id else default_preset(s))
            if p is None:
                raise ValidationError(f"there is no preset {preset_id}.", field="preset_id",
                                      code="preset_gone")
        p.config = validate({**(p.config or {}), **(config or {})}).to_dict()
        if name is not None:
            name = _valid_name(name)
            if name != p.name:  # (a name kept as it is was there before this rule)
                _check_free(s, name, p.id)
            p.name = name
        deck.preset_id = p.id
        s.flush()
        return _info(s, p)


_UNITS = {"s": 1 / 60, "m": 1.0, "h": 60.0, "d": 1440.0}
_STEP = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*([smhd]?)$", re.IGNORECASE)


def parse_steps(text: str, field: str = "learning_steps") -> list[float]:
    """Steps as a learner writes them, "1m 10m 1h 1d" (a bare number is minutes), in minutes.
    A word that is not a step raises ValidationError(field); a negative or too long step is
    refused later by validate() with its own message."""
    out = []
    for word in str(text or "").replace(",", " ").split():
        m = _STEP.match(word)
        if m is None:
            raise ValidationError(f"{word!r} is not a step: write minutes, hours or days such as "
                                  "1m 10m 1h 1d.", field=field,
                                  hint="Correct the steps and save again.")
        out.append(round(float(m.group(1)) * _UNITS[(m.group(2) or "m").lower()], 4))
    return out


def format_steps(steps) -> str:
    """[1, 10, 1440] -> "1m 10m 1d" (the way parse_steps reads it back)."""
    words = []
    for v in steps:
        for unit, size in (("d", 1440.0), ("h", 60.0), ("m", 1.0)):
            if v >= size and (v / size) == int(v / size):
                words.append(f"{int(v / size)}{unit}")
                break
        else:
            words.append(f"{round(v * 60)}s" if v < 1 else f"{v:g}m")
    return " ".join(words)


ALIASES = {"retention": "desired_retention", "new": "new_per_day", "reviews": "reviews_per_day",
           "max_interval": "maximum_interval", "leech": "leech_threshold"}


def parse_option(key: str, text: str) -> tuple[str, object]:
    """One `--set KEY=VALUE` of `jpprep deck options`: the option's name and its value, read the
    way validate() expects (steps as "1m 10m", booleans as true/false). Unknown keys are refused."""
    name = ALIASES.get(key.strip().lower(), key.strip().lower())
    fields = [f for f in PresetConfig.__dataclass_fields__ if f != "extra"]
    if name not in fields:
        raise ValidationError(f"there is no option {key!r}.", field=key,
                              hint="Options: " + ", ".join(fields) + ".")
    text = text.strip()
    if name in ("learning_steps", "relearning_steps"):
        return name, parse_steps(text, name)
    if name == "bury_siblings":
        low = text.lower()
        if low in ("true", "yes", "on", "1"):
            return name, True
        if low in ("false", "no", "off", "0"):
            return name, False
        return name, text  # validate() refuses it, naming the field
    if name in ("leech_action", "new_mix"):
        return name, text.lower()
    return name, text  # numbers: validate() reads the text and names the field if it is wrong
