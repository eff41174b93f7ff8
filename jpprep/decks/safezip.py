"""Reading zip files (.jpdeck, .apkg, .colpkg) that may be hostile.

Refused before anything is read: a file over MAX_ARCHIVE_BYTES, entries whose name is a path
outside the archive (../, absolute, drive letters), symlinks, entries that claim more than
MAX_TOTAL_BYTES together, or compress better than MAX_RATIO (a zip bomb). While reading, a
member is cut off at its declared size so a lying header cannot inflate either.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from jpprep.errors import ImportFileError

MAX_ARCHIVE_BYTES = 1 << 30  # 1 GiB on disk
MAX_TOTAL_BYTES = 2 << 30  # 2 GiB unpacked, all members together
MAX_MEMBER_BYTES = 512 << 20  # one member
MAX_RATIO = 200  # unpacked / packed, for members over 1 MiB
_CHUNK = 1 << 20


def check_size(path: Path, limit: int, what: str) -> None:
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise ImportFileError(f"cannot read the file ({exc.strerror}).", file=str(path),
                              code="file_unreadable", params={"detail": exc.strerror or ""}) from exc
    if size > limit:
        raise ImportFileError(
            f"the {what} is {size / 1e6:.0f} MB, more than the {limit / 1e6:.0f} MB jpprep accepts.",
            file=str(path),
            hint="Split it into smaller decks.",
            code="file_too_big", params={"size_mb": round(size / 1e6), "limit_mb": round(limit / 1e6)},
        )


def _bad_name(name: str) -> bool:
    n = name.replace("\\", "/")
    if n.startswith("/") or (len(n) > 1 and n[1] == ":"):
        return True
    return any(part == ".." for part in n.split("/"))


def open_zip(path: Path) -> zipfile.ZipFile:
    path = Path(path)
    check_size(path, MAX_ARCHIVE_BYTES, "archive")
    try:
        zf = zipfile.ZipFile(path)
    except Exception as exc:  # BadZipFile, NotImplementedError, UnicodeDecodeError, OSError...
        raise ImportFileError(
            "this is not a zip archive or it is damaged.",
            file=str(path),
            hint="Export it again from the program that made it.",
            code="zip_damaged",
        ) from exc
    try:
        total = 0
        for info in zf.infolist():
            if _bad_name(info.filename):
                raise ImportFileError(
                    f"the archive holds an entry with an unsafe path {info.filename!r}; "
                    "nothing was imported.",
                    file=str(path),
                    hint="Only import archives from people you trust.",
                    code="zip_unsafe",
                )
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise ImportFileError(
                    f"the archive holds a symbolic link {info.filename!r}; nothing was imported.",
                    file=str(path),
                    hint="Only import archives from people you trust.",
                    code="zip_unsafe",
                )
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or (
                info.file_size > (1 << 20)
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise ImportFileError(
                    f"the archive entry {info.filename!r} unpacks to {info.file_size / 1e6:.0f} MB "
                    "(too big or compressed suspiciously well); nothing was imported.",
                    file=str(path),
                    hint="This looks like a zip bomb; do not open it.",
                    code="zip_unsafe",
                )
    except ImportFileError:
        zf.close()
        raise
    return zf


def read_member(zf: zipfile.ZipFile, name: str, *, file: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
    """The bytes of one member, never more than its declared size (and `limit`)."""
    try:
        info = zf.getinfo(name)
        cap = min(info.file_size, limit)
        out = bytearray()
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(min(_CHUNK, cap + 1 - len(out)))
                if not chunk:
                    break
                out += chunk
                if len(out) > cap:
                    raise ImportFileError(
                        f"the archive entry {name!r} is larger than it says; nothing was imported.",
                        file=file,
                        hint="The archive is damaged or hostile.",
                        code="zip_unsafe",
                    )
        return bytes(out)
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError, RuntimeError,
            NotImplementedError) as exc:
        raise ImportFileError(
            f"the archive entry {name!r} cannot be read ({exc}).",
            file=file,
            hint="Export it again from the program that made it.",
            code="zip_damaged",
        ) from exc
    except Exception as exc:  # zlib.error, lzma errors, bz2 errors
        raise ImportFileError(
            f"the archive entry {name!r} is damaged ({type(exc).__name__}).",
            file=file,
            hint="Export it again from the program that made it.",
            code="zip_damaged",
        ) from exc
