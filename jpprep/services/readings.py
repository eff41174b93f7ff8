"""Reading corrections (overrides): an instructor or a learner fixes a word's reading for one deck
or everywhere; the correction wins wherever the word appears.

Scope: deck_id None = every deck; profile_id None = shared by every profile (an instructor's
correction). effective_overrides() merges the scopes that apply, the most specific last:
everywhere < everywhere for this profile < this deck < this deck for this profile.
Pass the result to jpprep.japanese.annotate / reading as `overrides`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import select

from jpprep.errors import ValidationError
from jpprep.japanese.kana import is_kana_text, to_hiragana
from jpprep.store.db import Database
from jpprep.store.models import ReadingOverride

MAX_SURFACE = 100
MAX_READING = 200


@dataclass(frozen=True)
class OverrideInfo:
    id: int
    surface: str
    reading: str
    deck_id: int | None
    profile_id: int | None
    created_ms: int


def _info(o: ReadingOverride) -> OverrideInfo:
    return OverrideInfo(o.id, o.surface, o.reading, o.deck_id, o.profile_id, o.created_ms)


def clean_surface(surface: str) -> str:
    s = unicodedata.normalize("NFC", (surface or "").strip())
    if not s:
        raise ValidationError("the word to correct is empty.", field="surface",
                              hint="Type the word as it is written, e.g. 日本.")
    if len(s) > MAX_SURFACE:
        raise ValidationError(f"the word is longer than {MAX_SURFACE} characters.",
                              field="surface")
    if any(unicodedata.category(c) == "Cc" for c in s):
        raise ValidationError("the word contains control characters.", field="surface")
    return s


def clean_reading(reading: str) -> str:
    r = unicodedata.normalize("NFKC", (reading or "").strip()).replace(" ", "").replace("　", "")
    if not r:
        raise ValidationError("the reading is empty.", field="reading",
                              hint="Type the reading in hiragana, e.g. にほん.")
    if not is_kana_text(r):
        raise ValidationError("the reading must be written in kana (hiragana or katakana).",
                              field="reading", hint="Type it in hiragana, e.g. にほん.")
    if len(r) > MAX_READING:
        raise ValidationError(f"the reading is longer than {MAX_READING} characters.",
                              field="reading")
    return to_hiragana(r)


def _scope(stmt, deck_id, profile_id):
    stmt = stmt.where(ReadingOverride.deck_id.is_(None) if deck_id is None
                      else ReadingOverride.deck_id == deck_id)
    return stmt.where(ReadingOverride.profile_id.is_(None) if profile_id is None
                      else ReadingOverride.profile_id == profile_id)


def set_override(db: Database, surface: str, reading: str, *, deck_id: int | None = None,
                 profile_id: int | None = None, now: int) -> OverrideInfo:
    """Add or replace the correction for `surface` in this scope."""
    surface = clean_surface(surface)
    reading = clean_reading(reading)
    with db.session() as s:
        row = s.scalar(_scope(select(ReadingOverride), deck_id, profile_id)
                       .where(ReadingOverride.surface == surface))
        if row is None:
            row = ReadingOverride(surface=surface, reading=reading, deck_id=deck_id,
                                  profile_id=profile_id, created_ms=now)
            s.add(row)
        else:
            row.reading = reading
            row.created_ms = now
        s.flush()
        return _info(row)


def remove_override(db: Database, surface: str, *, deck_id: int | None = None,
                    profile_id: int | None = None) -> bool:
    """Remove the correction in exactly this scope; False if there was none."""
    surface = clean_surface(surface)
    with db.session() as s:
        row = s.scalar(_scope(select(ReadingOverride), deck_id, profile_id)
                       .where(ReadingOverride.surface == surface))
        if row is None:
            return False
        s.delete(row)
        return True


def list_overrides(db: Database, *, deck_id: int | None = None,
                   profile_id: int | None = None) -> list[OverrideInfo]:
    """The corrections stored in exactly this scope, by word."""
    with db.session() as s:
        rows = s.scalars(_scope(select(ReadingOverride), deck_id, profile_id)
                         .order_by(ReadingOverride.surface))
        return [_info(r) for r in rows]


def effective_overrides(db: Database, *, deck_id: int | None = None,
                        profile_id: int | None = None) -> dict[str, str]:
    """surface -> reading for text shown in this deck to this profile (deck wins over global,
    a profile's own correction over a shared one)."""
    scopes = [(None, None)]
    if profile_id is not None:
        scopes.append((None, profile_id))
    if deck_id is not None:
        scopes.append((deck_id, None))
        if profile_id is not None:
            scopes.append((deck_id, profile_id))
    out: dict[str, str] = {}
    with db.session() as s:
        for d, p in scopes:
            for r in s.scalars(_scope(select(ReadingOverride), d, p)):
                out[r.surface] = r.reading
    return out


def export_overrides(db: Database, deck_id: int) -> list[tuple[str, str]]:
    """The deck's shared corrections as (surface, reading) rows, for exporting with the deck."""
    return [(o.surface, o.reading) for o in list_overrides(db, deck_id=deck_id)]


def import_overrides(db: Database, deck_id: int, rows: list[tuple[str, str]], *, now: int,
                     file: str | None = None) -> int:
    """Store (surface, reading) rows as the deck's shared corrections, all or nothing."""
    cleaned = []
    for n, (surface, reading) in enumerate(rows, 1):
        try:
            cleaned.append((clean_surface(surface), clean_reading(reading)))
        except ValidationError as exc:
            raise ValidationError(exc.message, file=file, line=n, field=exc.field,
                                  hint=exc.hint) from None
    with db.session() as s:
        for surface, reading in cleaned:
            row = s.scalar(_scope(select(ReadingOverride), deck_id, None)
                           .where(ReadingOverride.surface == surface))
            if row is None:
                s.add(ReadingOverride(surface=surface, reading=reading, deck_id=deck_id,
                                      profile_id=None, created_ms=now))
            else:
                row.reading = reading
    return len(cleaned)
