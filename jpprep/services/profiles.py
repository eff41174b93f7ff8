"""Profiles: several learners on one machine (or one server), each with their own progress."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from jpprep.errors import ValidationError
from jpprep.store.db import Database
from jpprep.store.models import Profile

DEFAULT_NAME = "Learner"
MAX_NAME = 60


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    role: str
    settings: dict


def _info(p: Profile) -> ProfileInfo:
    return ProfileInfo(p.id, p.name, p.role, dict(p.settings or {}))


def clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("a profile needs a name.", field="name", hint="Type a name, e.g. your first name.",
                              code="name_empty")
    if len(name) > MAX_NAME:
        raise ValidationError(f"the name is longer than {MAX_NAME} characters.", field="name",
                              code="name_too_long", params={"max": MAX_NAME})
    if any(ord(c) < 32 for c in name):
        raise ValidationError("the name contains control characters.", field="name",
                              code="name_control_characters")
    return name


def list_profiles(db: Database) -> list[ProfileInfo]:
    with db.session() as s:
        return [_info(p) for p in s.scalars(select(Profile).order_by(Profile.name))]


def create_profile(db: Database, name: str, *, now: int, role: str = "student") -> ProfileInfo:
    name = clean_name(name)
    with db.session() as s:
        exists = s.scalar(select(func.count()).select_from(Profile).where(func.lower(Profile.name) == name.lower()))
        if exists:
            raise ValidationError(f"a profile named '{name}' already exists.", field="name",
                                  hint="Choose another name, or switch to that profile.",
                                  code="name_taken", params={"name": name})
        p = Profile(name=name, created_ms=now, role=role, settings={"day_starts_hour": 4})
        s.add(p)
        s.flush()
        from jpprep.services.retire import suspend_retired_for

        suspend_retired_for(s, p.id)  # retired shipped notes are not new cards for it either
        return _info(p)


def get_profile(db: Database, profile_id: int) -> ProfileInfo | None:
    with db.session() as s:
        p = s.get(Profile, profile_id)
        return _info(p) if p else None


def find_profile(db: Database, name: str) -> ProfileInfo | None:
    with db.session() as s:
        p = s.scalar(select(Profile).where(func.lower(Profile.name) == name.strip().lower()))
        return _info(p) if p else None


def rename_profile(db: Database, profile_id: int, name: str) -> ProfileInfo:
    name = clean_name(name)
    with db.session() as s:
        clash = s.scalar(select(Profile).where(func.lower(Profile.name) == name.lower(), Profile.id != profile_id))
        if clash:
            raise ValidationError(f"a profile named '{name}' already exists.", field="name",
                                  code="name_taken", params={"name": name})
        p = s.get(Profile, profile_id)
        if p is None:
            raise ValidationError("that profile no longer exists.", field="profile", code="profile_gone")
        p.name = name
        return _info(p)


def update_settings(db: Database, profile_id: int, **changes) -> dict:
    """Merge changes into the profile's settings and return the result."""
    with db.session() as s:
        p = s.get(Profile, profile_id)
        if p is None:
            raise ValidationError("that profile no longer exists.", field="profile", code="profile_gone")
        settings = dict(p.settings or {})
        settings.update(changes)
        p.settings = settings
        return settings
