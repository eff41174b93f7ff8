"""The lab configuration: one file an administrator writes for every machine of a training centre.

Where (the first that exists wins): the file named by JPPREP_LAB_CONFIG; lab.toml next to the
program (or the checkout); /etc/jpprep/lab.toml (Linux, macOS) or %PROGRAMDATA%\\jpprep\\lab.toml
(Windows). Example (docs/lab-setup.md explains every key):

    database_url = "postgresql+psycopg://jpprep:secret@server/jpprep"
    language = "ur"                     # interface language for everyone
    decks = ["jlpt-n5", "kanji-n5"]     # shipped decks offered (default: all)
    exams = ["jlpt-n5", "jft-basic"]    # mock exams offered (default: all)
    locked = ["import_decks", "delete_decks", "create_profiles"]
    instructor_password_hash = "scrypt$..."   # python -m jpprep.lab hash-password
    if_server_fails = "study locally"   # or "stop"

The file is untrusted input: it never raises. Each problem becomes a JpprepError naming the
file, line and key (LabConfig.problems) and the rest of the file still applies. When `locked`
itself is broken, or the file cannot be read as TOML, everything lockable is locked: a typo
never unlocks a lab machine. Local study continues (a SQLite database in the data folder)
unless the file says if_server_fails = "stop".
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from jpprep.errors import JpprepError

ENV = "JPPREP_LAB_CONFIG"
LOCKS = {
    "import_decks": "importing decks (File menu)",
    "delete_decks": "deleting decks or notes, shipped ones included",
    "edit_decks": "adding, editing, moving and tagging notes, and reading corrections",
    "create_profiles": "making new profiles in the picker",
    "change_language": "changing the interface language",
    "reset_progress": "resetting cards' progress",
    "change_presets": "changing deck options (retention, limits, steps)",
}
KEYS = {"database_url", "language", "decks", "exams", "locked", "instructor_password_hash",
        "instructor_password", "if_server_fails"}
FAILS = {"study locally": True, "stop": False}
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,99}$")


class LabConfigError(JpprepError):
    """A problem in the lab configuration file."""


@dataclass
class LabConfig:
    path: Path | None = None
    database_url: str | None = None
    language: str | None = None
    decks: list[str] | None = None  # None: every shipped deck
    exams: list[str] | None = None  # None: every mock exam
    locked: frozenset[str] = frozenset()
    instructor_password_hash: str | None = None
    study_locally_if_server_fails: bool = True
    problems: list[LabConfigError] = field(default_factory=list)

    def allowed(self, action: str) -> bool:
        return action not in self.locked

    def deck_offered(self, deck_id: str) -> bool:
        return self.decks is None or deck_id in self.decks

    def exam_offered(self, exam_id: str) -> bool:
        return self.exams is None or exam_id in self.exams

    def summary(self) -> str:
        """The problems as one message for a dialog or the terminal ('' when none)."""
        return "\n".join(str(p) for p in self.problems)


def candidates() -> list[Path]:
    from jpprep import paths

    out = [paths._app_dir() / "lab.toml"]
    if sys.platform == "win32":
        out.append(Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "jpprep" / "lab.toml")
    else:
        out.append(Path("/etc/jpprep/lab.toml"))
    return out


def find() -> Path | None:
    env = os.environ.get(ENV)
    if env:
        return Path(env).expanduser()
    return next((p for p in candidates() if p.is_file()), None)


def _line_of(text: str, key: str) -> int | None:
    for n, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*\"?{re.escape(key)}\"?\s*=", line):
            return n
    return None


def load(path: Path | str | None) -> LabConfig:
    """Read and check one file. Never raises: problems are listed in the result."""
    cfg = LabConfig()
    if path is None:
        return cfg
    path = Path(path)
    cfg.path = path
    where = str(path)

    def problem(message: str, key: str | None = None, hint: str | None = None, line=None, *,
                code: str, **params) -> None:
        """code and params let the GUI say it in the interface language (jpprep.ui.error_text)."""
        cfg.problems.append(LabConfigError(message, file=where, line=line or (key and _line_of(text, key)),
                                           field=key, hint=hint, code=code,
                                           params={"key": key, **params}))

    import tomllib  # here, not at import: the GUI start reads no lab file on most machines

    text = ""
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = tomllib.loads(text)
    except FileNotFoundError:
        problem("the lab configuration file does not exist.", hint=f"Create it or unset {ENV}.",
                code="lab_file_missing")
        cfg.locked = frozenset(LOCKS)
        return cfg
    except (OSError, UnicodeDecodeError) as exc:
        problem(f"cannot read the lab configuration ({getattr(exc, 'strerror', None) or exc}).",
                hint="Ask the administrator to check the file.", code="lab_file_unreadable")
        cfg.locked = frozenset(LOCKS)
        return cfg
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        problem(f"this is not valid TOML ({str(exc).split(' (at')[0]}).", line=int(m.group(1)) if m else None,
                hint='Each setting is one line: key = "value". Everything is locked until it is fixed.',
                code="lab_not_toml")
        cfg.locked = frozenset(LOCKS)
        return cfg

    import difflib

    for key in data:
        if key not in KEYS:
            close = difflib.get_close_matches(key, sorted(KEYS), n=1)
            problem(f"unknown key '{key}'.", key, hint=f"Did you mean '{close[0]}'?" if close
                    else "Known keys: " + ", ".join(sorted(KEYS)) + ".",
                    code="lab_unknown_key", known=close[0] if close else ", ".join(sorted(KEYS)))

    def text_value(key: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            problem("must be a text in quotes.", key, hint=f'For example {key} = "..."', code="lab_not_text")
            return None
        return value.strip()

    url = text_value("database_url")
    if url is not None:
        try:
            from sqlalchemy.engine import make_url

            parsed = make_url(url)
        except Exception:
            problem("is not a database URL.", "database_url",
                    hint='For example "postgresql+psycopg://user:password@server/jpprep".',
                    code="lab_bad_url")
        else:
            try:
                parsed.get_dialect()
                cfg.database_url = url
            except Exception:
                problem(f"jpprep cannot talk to '{parsed.drivername}' databases.", "database_url",
                        hint='Use "postgresql+psycopg://..." or "sqlite:///...".',
                        code="lab_unknown_driver", driver=parsed.drivername)

    lang = text_value("language")
    if lang is not None:
        known = _languages()
        if lang not in known:
            problem(f"'{lang}' is not an interface language jpprep ships.", "language",
                    hint="Use one of: " + ", ".join(known) + ".",
                    code="lab_unknown_language", value=lang, known=", ".join(known))
        else:
            cfg.language = lang

    for key in ("decks", "exams"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) and _ID.match(v) for v in value):
            problem("must be a list of ids in quotes.", key, hint=f'For example {key} = ["jlpt-n5"]',
                    code="lab_not_id_list")
            continue
        setattr(cfg, key, list(value))

    locked = data.get("locked")
    if locked is not None:
        if not isinstance(locked, list) or not all(isinstance(v, str) for v in locked):
            problem("must be a list of names in quotes.", "locked",
                    hint="Everything is locked until it is fixed. Names: " + ", ".join(LOCKS) + ".",
                    code="lab_locked_not_list", known=", ".join(LOCKS))
            cfg.locked = frozenset(LOCKS)
        else:
            bad = [v for v in locked if v not in LOCKS]
            if bad:
                problem(f"unknown name '{bad[0]}' in locked.", "locked",
                        hint="Everything is locked until it is fixed. Names: " + ", ".join(LOCKS) + ".",
                        code="lab_unknown_lock", value=bad[0], known=", ".join(LOCKS))
                cfg.locked = frozenset(LOCKS)
            else:
                cfg.locked = frozenset(locked)
    if cfg.language and "change_language" not in cfg.locked:
        cfg.locked = cfg.locked | {"change_language"}

    hashed = text_value("instructor_password_hash")
    plain = text_value("instructor_password")
    if hashed is not None:
        if not hashed.startswith("scrypt$") or hashed.count("$") != 5:
            problem("is not a password hash.", "instructor_password_hash",
                    hint="Make one with: python -m jpprep.lab hash-password", code="lab_bad_password_hash")
        else:
            cfg.instructor_password_hash = hashed
    elif plain is not None:
        from jpprep.services.pins import hash_pin

        cfg.instructor_password_hash = hash_pin(plain)

    fails = text_value("if_server_fails")
    if fails is not None:
        if fails not in FAILS:
            problem(f"'{fails}' is not a choice.", "if_server_fails", hint='Use "study locally" or "stop".',
                    code="lab_bad_choice", value=fails)
        else:
            cfg.study_locally_if_server_fails = FAILS[fails]
    return cfg


def _languages() -> list[str]:
    """English and every language with a shipped translation (resources/translations), read
    without importing Qt."""
    from jpprep import paths

    found = sorted(f.stem.removeprefix("jpprep_") for f in (paths.resources_dir() / "translations").glob("jpprep_*.ts"))
    return ["en", *[c for c in found if c != "en"]]


_current: LabConfig | None = None


def current() -> LabConfig:
    """The configuration of this machine (read once; reset() after paths.configure())."""
    global _current
    if _current is None:
        _current = load(find())
        apply(_current)
    return _current


def reset() -> None:
    global _current
    _current = None


def apply(cfg: LabConfig) -> None:
    """What the rest of the app reads from the environment: the fixed interface language
    (jpprep.ui.i18n.fixed_language() reads JPPREP_UI_LANGUAGE)."""
    if cfg.language:
        os.environ["JPPREP_UI_LANGUAGE"] = cfg.language


def allowed(action: str) -> bool:
    return current().allowed(action)


def check_instructor_password(password: str) -> bool:
    from jpprep.services.pins import verify_hash

    stored = current().instructor_password_hash
    return bool(stored and password and verify_hash(password, stored))


STUDY_LOCALLY = "Study continues on this computer only; your answers here are not in the class database."


@dataclass
class Opened:
    """What open_database found: the database to use, the error of the configured one when
    study continues on this computer instead (fallback), and the lab file's problems."""

    db: object
    fallback: JpprepError | None = None
    problems: list[LabConfigError] = field(default_factory=list)
    kept: tuple[int, int, int] = (0, 0, 0)  # (answers, mock exams, card changes) on this PC
    # for the server

    @property
    def message(self) -> str:
        """In English, for the terminal and the logs ('' when all went as configured)."""
        notes = [f"{self.fallback}\n{STUDY_LOCALLY}"] if self.fallback else []
        if self.fallback and any(self.kept):
            notes.append(f"Waiting on this computer for the class server: {self.kept[0]} "
                         f"answer(s), {self.kept[1]} mock exam(s), {self.kept[2]} change(s) to cards "
                         "(flags, resets, due dates, suspensions); "
                         "they are sent when it is back.")
        notes += [str(p) for p in self.problems]
        return "\n".join(notes)


def open_database(backup_dir=None):
    """Open the database the lab (or the user) chose. If that fails and the lab allows it,
    open the local SQLite database in the data folder instead.

    Returns (database, message): message is '' when all went as configured, else it says what
    went wrong and that study continues on this computer. Raises a JpprepError (with a message
    a person can act on) when nothing can be opened."""
    opened = open_database_report(backup_dir)
    return opened.db, opened.message


def open_database_report(backup_dir=None) -> Opened:
    """open_database, with what went wrong kept as errors (the GUI says them in its language).
    When nothing can be opened and the lab file has problems too, the LabConfigError raised
    has code "lab_problems_and_error" and params error= and problems=."""
    from jpprep import paths
    from jpprep.store.db import Database

    cfg = current()
    url = paths.database_url()
    backup_dir = backup_dir or paths.backups_dir()
    problems = list(cfg.problems)
    try:
        try:
            return Opened(Database(url, backup_dir=backup_dir), None, problems)
        except JpprepError:
            raise
        except Exception as exc:  # a URL the database library refuses: still a message
            from jpprep.errors import StorageError
            from jpprep.store.db import _redacted

            raise StorageError(f"cannot open the database ({type(exc).__name__}).", file=_redacted(url),
                               hint="Check the database setting.", code="cannot_open_database",
                               params={"detail": type(exc).__name__}) from exc
    except JpprepError as exc:
        local = f"sqlite:///{paths.data_dir() / 'jpprep.db'}"
        if url == local or not cfg.study_locally_if_server_fails:
            if problems:
                raise LabConfigError(f"{exc}\n" + cfg.summary(), code="lab_problems_and_error",
                                     params={"error": exc, "problems": problems}) from exc
            raise
        db = Database(local, backup_dir=backup_dir)
        try:  # what waits here for that server is not in the local database: say it
            from jpprep.services.exam_outbox import kept_for_server

            kept = kept_for_server(url)
        except Exception:  # counting must never stop jpprep from starting
            kept = (0, 0, 0)
        return Opened(db, exc, problems, kept)


def main(argv: list[str] | None = None) -> int:
    """python -m jpprep.lab check [FILE] | hash-password"""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["hash-password"]:
        import getpass

        from jpprep.services.pins import hash_pin

        first = getpass.getpass("Instructor password: ")
        if not first or first != getpass.getpass("Again: "):
            print("The two passwords differ (or are empty).", file=sys.stderr)
            return 1
        print(f'instructor_password_hash = "{hash_pin(first)}"')
        return 0
    if argv[:1] == ["check"]:
        path = Path(argv[1]) if len(argv) > 1 else find()
        if path is None:
            print("No lab configuration on this machine (" + ", ".join(map(str, candidates())) + ").")
            return 0
        cfg = load(path)
        if cfg.problems:
            print(cfg.summary(), file=sys.stderr)
            return 2
        print(f"{path}: ok. Locked: {', '.join(sorted(cfg.locked)) or 'nothing'}.")
        return 0
    print(main.__doc__, file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
