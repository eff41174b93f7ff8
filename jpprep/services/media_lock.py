"""One lock, in the database, between the two things that touch media files by content: an import
that keeps a file (writes it, or finds it there) and adds a media row for it, and a deck deletion
that removes files no media row uses any more.

Without it a deletion could remove a file in the moment between an import finding it there and
that import committing its row (the deletion, not seeing the uncommitted row, thinks the content
unused); the import's note would then point at a file that is gone. With it:

- the import takes the lock before it looks at the files and keeps it until it commits
  (importing._store_media);
- the deletion commits first, then in a second transaction takes the lock, reads again which
  contents are used (so it sees every import that committed) and only then removes files
  (deck_delete._remove_unused_files). An import that comes later finds the file gone and writes
  it again.

PostgreSQL: a transaction-scoped advisory lock (released at commit or rollback). SQLite: the
database's write lock, taken by a write that changes nothing; SQLite lets one writer at a time,
so while one side holds it the other waits (busy_timeout, 10 s). A deletion that cannot get it
in time leaves the files where they are: an unused file is harmless, a missing one is not.
"""

from __future__ import annotations

from sqlalchemy import text

MEDIA_LOCK_KEY = 7_245_020_000_001  # pg_advisory keys: 7245010001 upgrade, 7245030000000+ stats


def lock_media(s) -> None:
    """Hold the media lock until this session's transaction ends."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MEDIA_LOCK_KEY})
    else:  # SQLite's write lock, held to the end of the transaction; no row changes
        s.execute(text("UPDATE media SET size = size WHERE 1 = 0"))
