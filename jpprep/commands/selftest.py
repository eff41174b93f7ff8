"""`jpprep selftest`: prove an installed or bundled jpprep works on this machine.

Imports a shipped deck into a temporary data folder, answers one card through
jpprep.services.study, reads a Japanese sentence with the dictionary (fugashi + unidic-lite),
opens and closes the main window offscreen, and exits 0. For lab administrators and the
bundle test (tools/build_bundle.py); nothing is written outside the temporary folder."""

from __future__ import annotations

import argparse


def register(sub) -> None:
    p = sub.add_parser("selftest", help=argparse.SUPPRESS)
    p.add_argument("--deck", default="jlpt-n5", help="shipped deck folder to import")
    p.add_argument("--no-window", action="store_true", help="skip the window (no Qt platform)")
    p.set_defaults(func=run)


def run(args) -> int:
    import os
    import tempfile
    import time

    from jpprep import paths

    checks: list[str] = []
    with tempfile.TemporaryDirectory(prefix="jpprep-selftest-") as tmp:
        paths.configure(data_dir=tmp, database_url=f"sqlite:///{os.path.join(tmp, 'selftest.db')}")
        try:
            _run(args, checks, time.time)
        except Exception as exc:  # report, never a traceback
            print("\n".join(checks))
            print(f"selftest FAILED: {type(exc).__name__}: {exc}")
            return 1
        finally:
            paths.configure()
    print("\n".join(checks))
    print("selftest ok")
    return 0


def _run(args, checks: list[str], clock) -> None:
    from jpprep import paths
    from jpprep.decks.native import read_deck
    from jpprep.services import profiles, study
    from jpprep.services.importing import import_deck
    from jpprep.store.db import Database

    now = int(clock() * 1000)
    folder = paths.decks_dir() / args.deck
    if not (folder / "deck.toml").is_file():
        raise RuntimeError(f"shipped deck not found: {folder}")
    db = Database(paths.database_url(), backup_dir=paths.backups_dir())
    try:
        report = import_deck(db, read_deck(folder, strict=False), source="shipped", now=now)
        checks.append(f"deck {args.deck}: {report.added} notes imported from {folder}")
        me = profiles.create_profile(db, "Selftest", now=now)
        card = study.next_card(db, me.id, None, now)
        if card is None:
            raise RuntimeError("the imported deck has no card to study")
        study.answer(db, me.id, card.card_id, 3, now + 5000, duration_ms=5000)
        if study.today_summary(db, me.id, now + 6000).reviewed != 1:
            raise RuntimeError("the answer was not recorded")
        checks.append(f"answered card {card.expression} ({card.reading})")
        from jpprep.japanese import reading

        got = reading("日本語を勉強する")
        if "にほんご" not in got:
            raise RuntimeError(f"dictionary reading is wrong: {got}")
        checks.append(f"dictionary: 日本語を勉強する -> {got}")
        if not args.no_window:
            _window(db, me, checks)
    finally:
        db.close()


def _window(db, me, checks: list[str]) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["jpprep"])
    from jpprep.ui.app import setup_application

    setup_application(app)
    from jpprep.ui.app import load_fonts

    if "Noto Sans JP" not in load_fonts():
        raise RuntimeError("the bundled Japanese font did not load")
    from jpprep.ui.main_window import MainWindow

    window = MainWindow(db, me)
    window.show()
    app.processEvents()
    window.show_page("study")
    app.processEvents()
    window.close()
    app.processEvents()
    checks.append(f"main window opened and closed ({app.platformName()}); fonts: {', '.join(load_fonts())}")
