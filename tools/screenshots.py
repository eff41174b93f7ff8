"""Make the screenshots the README shows, offscreen, from the shipped N5 deck.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py            # docs/images/reviewer.png
    QT_QPA_PLATFORM=offscreen python tools/screenshots.py --out DIR  # somewhere else

reviewer.png: the reviewer in English at 1100x720 on 会う (the first new card of JLPT::N5
vocabulary), answer shown, furigana on, meanings in Urdu. Uses a throw-away data folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOW = 1_796_600_000_000  # 2026-12-06, fixed so the intervals on the buttons do not change


def reviewer(out: Path) -> Path:
    from PySide6.QtTest import QTest

    from jpprep.services import profiles
    from jpprep.services.importing import sync_shipped_decks
    from jpprep.store.db import Database
    from jpprep.store.models import Deck
    from jpprep.ui.main_window import MainWindow

    tmp = Path(os.environ["JPPREP_DATA_DIR"])
    decks = tmp / "decks"
    shutil.copytree(ROOT / "decks" / "jlpt-n5", decks / "jlpt-n5")
    db = Database(f"sqlite:///{tmp / 'screenshots.db'}")
    sync_shipped_decks(db, decks, now=NOW)
    info = profiles.create_profile(db, "Aisha", now=NOW)
    profiles.update_settings(db, info.id, ui_language="en", meaning_language="ur", furigana_mode="all")
    with db.session() as s:
        deck_id = s.query(Deck.id).filter(Deck.name == "JLPT::N5 vocabulary").scalar()
    w = MainWindow(db, profiles.get_profile(db, info.id), clock=lambda: NOW)
    w.resize(1100, 720)
    w.show()
    QTest.qWait(200)
    page = w.page("study")
    w.study_deck(deck_id)
    page.reveal()
    QTest.qWait(300)
    path = out / "reviewer.png"
    w.grab().save(str(path))
    w.close()
    db.close()
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["JPPREP_DATA_DIR"] = tempfile.mkdtemp(prefix="jpprep-shots-")
    sys.path.insert(0, str(ROOT))
    from jpprep import paths

    paths.configure()
    from PySide6.QtWidgets import QApplication

    from jpprep.ui.app import setup_application

    app = QApplication([])
    setup_application(app)
    args.out.mkdir(parents=True, exist_ok=True)
    print(reviewer(args.out))
    shutil.rmtree(os.environ["JPPREP_DATA_DIR"], ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
