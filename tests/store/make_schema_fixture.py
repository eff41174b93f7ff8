"""Make tests/store/fixtures/schema-<head>.db: a database at the current schema with realistic
rows. Run it once when a schema revision is released (never re-make an old one):

    .venv/bin/python tests/store/make_schema_fixture.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

NOW = 1_795_000_000_000


def main() -> int:
    from seeding import seed

    from jpprep.store.db import Database, head_revision

    head = head_revision()
    out = HERE / "fixtures" / f"schema-{head}.db"
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'f.db'}")
        seed(db, NOW, notes=24)
        db.close()
        out.parent.mkdir(parents=True, exist_ok=True)
        out.unlink(missing_ok=True)
        src = sqlite3.connect(str(Path(tmp) / "f.db"))
        src.execute(f"VACUUM INTO '{out}'")
        src.close()
    con = sqlite3.connect(str(out))
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    print(f"wrote {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
