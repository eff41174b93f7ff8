"""PINs for profiles on shared lab machines.

A PIN is stored only as a salted scrypt hash ("scrypt$n$r$p$salt$hash", base64 parts) in
Profile.pin_hash. Wrong PINs are counted on the profile itself (in the shared database, so a
restart or another lab PC does not reset the count): after 3 failures each further try must wait
30 s, doubling up to 15 minutes. A right PIN resets the count.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from jpprep.errors import ValidationError
from jpprep.store.db import Database
from jpprep.store.models import Profile

MIN_LEN, MAX_LEN = 4, 12
FREE_TRIES = 3
FIRST_WAIT_MS = 30_000
MAX_WAIT_MS = 15 * 60_000
_N, _R, _P = 2**14, 8, 1  # about 16 MB and 50 ms per check on a lab PC
_FAILS, _UNTIL = "pin_failures", "pin_wait_until_ms"


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    wait_seconds: int = 0  # > 0: too many wrong tries; nothing was checked
    failures: int = 0

    @property
    def tries_left(self) -> int:
        """Wrong PINs that may still be typed before each try must wait (0 once waiting)."""
        return 0 if self.ok or self.wait_seconds else max(0, FREE_TRIES - self.failures)


def clean_pin(pin: str) -> str:
    pin = (pin or "").strip()
    if not pin.isdigit() or not pin.isascii():
        raise ValidationError("a PIN is made of digits only.", field="pin", hint="For example 4821.",
                              code="pin_digits_only")
    if not MIN_LEN <= len(pin) <= MAX_LEN:
        raise ValidationError(f"a PIN has {MIN_LEN} to {MAX_LEN} digits.", field="pin",
                              code="pin_length", params={"min": MIN_LEN, "max": MAX_LEN})
    return pin


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${_N}${_R}${_P}${b64(salt)}${b64(digest)}"


def verify_hash(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        want = base64.b64decode(digest)
        got = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                             p=int(p), dklen=len(want), maxmem=2**26)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


def _profile(s, profile_id: int) -> Profile:
    p = s.get(Profile, profile_id)
    if p is None:
        raise ValidationError("that profile no longer exists.", field="profile", code="profile_gone")
    return p


def has_pin(db: Database, profile_id: int) -> bool:
    with db.session() as s:
        p = s.get(Profile, profile_id)
        return bool(p and p.pin_hash)


def set_pin(db: Database, profile_id: int, pin: str) -> None:
    pin = clean_pin(pin)
    stored = hash_pin(pin)
    with db.session() as s:
        p = _profile(s, profile_id)
        p.pin_hash = stored
        p.settings = {k: v for k, v in (p.settings or {}).items() if k not in (_FAILS, _UNTIL)}


def clear_pin(db: Database, profile_id: int) -> None:
    with db.session() as s:
        p = _profile(s, profile_id)
        p.pin_hash = None
        p.settings = {k: v for k, v in (p.settings or {}).items() if k not in (_FAILS, _UNTIL)}


def wait_ms_after(failures: int) -> int:
    if failures < FREE_TRIES:
        return 0
    return min(FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES), MAX_WAIT_MS)


def check_pin(db: Database, profile_id: int, pin: str, *, now: int) -> PinCheck:
    """Is pin right for this profile? A profile without a PIN always passes."""
    with db.session() as s:
        p = _profile(s, profile_id)
        if not p.pin_hash:
            return PinCheck(True)
        settings = dict(p.settings or {})
        failures = int(settings.get(_FAILS, 0) or 0)
        until = int(settings.get(_UNTIL, 0) or 0)
        if now < until:
            return PinCheck(False, wait_seconds=-(-(until - now) // 1000), failures=failures)
        if verify_hash((pin or "").strip(), p.pin_hash):
            if failures or until:
                settings.pop(_FAILS, None)
                settings.pop(_UNTIL, None)
                p.settings = settings
            return PinCheck(True)
        failures += 1
        settings[_FAILS] = failures
        wait = wait_ms_after(failures)
        settings[_UNTIL] = now + wait if wait else 0
        p.settings = settings
        return PinCheck(False, wait_seconds=wait // 1000, failures=failures)
