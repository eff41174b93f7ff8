"""`jpprep import FILE`, `jpprep export DECK --to FILE` and `jpprep deck list|check|sync|...`."""

from __future__ import annotations

import json
import sys


def _import_args(p) -> None:
    p.add_argument("file", help="a deck folder, .jpdeck, .apkg, .colpkg, .csv, .tsv or .xlsx")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--valid-only", action="store_true",
                   help="import the valid rows and skip the others (default: import nothing "
                        "if any row has a problem)")
    p.add_argument("--with-scheduling", action="store_true",
                   help="bring Anki review history into the --profile given")
    p.set_defaults(func=run_import)


def _export_args(p) -> None:
    p.add_argument("deck", help="deck name (e.g. \"JLPT::N5\"), id or source key")
    p.add_argument("--to", required=True, metavar="FILE",
                   help="output: .apkg (Anki), .jpdeck, .csv, or a folder")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_export)


def register(sub) -> None:
    _import_args(sub.add_parser("import", help="import a deck file (Anki, CSV, Excel, jpdeck)"))
    _export_args(sub.add_parser("export", help="export a deck (.apkg, .jpdeck, .csv)"))
    p = sub.add_parser("deck", help="list, check, import, export and sync decks")
    ps = p.add_subparsers(dest="action", required=True)
    ls = ps.add_parser("list", help="list decks with note and card counts")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_list)
    ck = ps.add_parser("check", help="check a deck file and list every problem; writes nothing")
    ck.add_argument("file")
    ck.add_argument("--json", action="store_true")
    ck.set_defaults(func=run_check)
    sy = ps.add_parser("sync", help="import shipped decks whose version changed")
    sy.add_argument("--json", action="store_true")
    sy.set_defaults(func=run_sync)
    _import_args(ps.add_parser("import", help="same as `jpprep import`"))
    _export_args(ps.add_parser("export", help="same as `jpprep export`"))


def _db():
    from jpprep import paths
    from jpprep.store.db import Database

    return Database(paths.database_url(), backup_dir=paths.backups_dir())


def _now() -> int:
    import time

    return int(time.time() * 1000)


def _problems_json(problems) -> list[dict]:
    return [{"file": p.file, "line": p.line, "field": p.field, "message": p.message,
             "hint": p.hint} for p in problems]


def _print_problems(problems, out) -> None:
    for p in problems[:200]:
        print(f"  - {p}", file=out)
    if len(problems) > 200:
        print(f"  ... and {len(problems) - 200} more", file=out)


def run_import(args) -> int:
    from jpprep.decks.model import DeckProblemsError
    from jpprep.services.importing import import_file

    db = _db()
    try:
        profile_id = None
        if args.with_scheduling:
            profile_id = _profile_id(db, args)
            if profile_id is None:
                print("jpprep: --with-scheduling needs --profile NAME (an existing profile).",
                      file=sys.stderr)
                return 2
        try:
            report = import_file(db, args.file, now=_now(), valid_only=args.valid_only,
                                 with_scheduling=args.with_scheduling, profile_id=profile_id)
        except DeckProblemsError as exc:
            valid = len(exc.deck.notes) if exc.deck else 0
            if args.json:
                print(json.dumps({"ok": False, "imported": False, "valid_rows": valid,
                                  "problems": _problems_json(exc.problems)}, ensure_ascii=False))
            else:
                print(f"{len(exc.problems)} problem(s) found; nothing was imported:",
                      file=sys.stderr)
                _print_problems(exc.problems, sys.stderr)
                if valid:
                    print(f"Fix them, or run again with --valid-only to import the {valid} "
                          "valid rows.", file=sys.stderr)
            return 1
        if args.json:
            print(json.dumps({"ok": True, **report.to_dict()}, ensure_ascii=False))
        else:
            print(f"{report.deck_name}: {report.added} added, {report.updated} updated, "
                  f"{report.unchanged} unchanged, {len(report.skipped)} skipped "
                  f"({report.cards_added} new cards, {report.media_added} media files)")
            if report.states_added or report.reviews_added:
                print(f"  review history: {report.states_added} card states, "
                      f"{report.reviews_added} answers brought into the profile")
            for where, reason in report.skipped:
                print(f"  skipped {where}: {reason}")
        return 0
    finally:
        db.close()


def _profile_id(db, args):
    from sqlalchemy import select

    from jpprep.store.models import Profile

    if not getattr(args, "profile", None):
        return None
    with db.session() as s:
        return s.scalar(select(Profile.id).where(Profile.name == args.profile))


def run_export(args) -> int:
    from jpprep.services.exporting import export_deck, find_deck

    db = _db()
    try:
        report = export_deck(db, find_deck(db, args.deck), args.to, now=_now())
        if args.json:
            print(json.dumps({"ok": True, **report.to_dict()}, ensure_ascii=False))
        else:
            print(f"wrote {report.path}: {report.notes} notes, {report.cards} cards, "
                  f"{report.media} media files")
        return 0
    finally:
        db.close()


def run_check(args) -> int:
    from jpprep.services.importing import read_file

    deck = read_file(args.file)
    if args.json:
        print(json.dumps({"ok": not deck.problems, "deck": deck.name, "valid_rows": len(deck.notes),
                          "problems": _problems_json(deck.problems)}, ensure_ascii=False))
    else:
        print(f"{deck.name}: {len(deck.notes)} valid notes, {len(deck.problems)} problem(s)")
        _print_problems(deck.problems, sys.stdout)
    return 1 if deck.problems else 0


def run_list(args) -> int:
    from jpprep.services.browser import list_decks

    db = _db()
    try:
        decks = list_decks(db)
        if args.json:
            print(json.dumps([d.__dict__ for d in decks], ensure_ascii=False))
        else:
            for d in decks:
                print(f"{d.name}\t{d.notes} notes\t{d.cards} cards\t{d.source}")
        return 0
    finally:
        db.close()


def run_sync(args) -> int:
    from jpprep import paths
    from jpprep.services.importing import sync_shipped_decks

    db = _db()
    try:
        reports = sync_shipped_decks(db, paths.decks_dir(), now=_now())
        if args.json:
            print(json.dumps([r.to_dict() for r in reports], ensure_ascii=False))
        else:
            for r in reports:
                print(f"{r.deck_name}: {r.added} added, {r.updated} updated")
            if not reports:
                print("shipped decks are up to date")
        return 0
    finally:
        db.close()
