"""`jpprep import FILE`, `jpprep export DECK --to FILE` and
`jpprep deck list|check|sync|options|delete|...`."""

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
    _map_arg(p)
    p.set_defaults(func=run_import)


def _map_arg(p) -> None:
    p.add_argument("--map", action="append", metavar="ROLE=COLUMN",
                   help="spreadsheets: the column that holds ROLE (expression, reading, "
                        "meaning_en, meaning_ur, example_ja, tags, level, id, ...), by header "
                        "name, letter as Excel shows it (A, B, ... AA) or number (1 = first); "
                        "corrects jpprep's guess. Repeat as needed.")


_SHEETS = (".csv", ".tsv", ".txt", ".xlsx")


def _mapping(args):
    """The column mapping for a spreadsheet: jpprep's guess with --map corrections (None when
    nothing was corrected, so the reader guesses by itself)."""
    from pathlib import Path

    from jpprep.errors import ValidationError

    if not getattr(args, "map", None):
        return None
    if Path(args.file).suffix.lower() not in _SHEETS:
        raise ValidationError("--map is for spreadsheets (.csv, .tsv, .txt, .xlsx).",
                              field="map", hint="Leave --map out for this file.")
    from jpprep.decks.spreadsheet import ROLES
    from jpprep.services.importing import guess_columns

    guess = guess_columns(args.file)
    mapping = dict(guess.mapping)
    for item in args.map:
        role, sep, column = item.partition("=")
        role, column = role.strip().lower(), column.strip()
        if not sep or not (role in ROLES or role.startswith(("meaning_", "example_"))):
            raise ValidationError(f"--map {item!r} does not name a role.", field="map",
                                  hint="Write ROLE=COLUMN, e.g. --map meaning_en=English; roles: "
                                       + ", ".join(ROLES) + ", meaning_<lang>, example_<lang>.")
        index = _column_index(guess, column)
        if index is None:
            raise ValidationError(f"--map {item!r}: the file has no column {column!r}.",
                                  file=args.file, field="map",
                                  hint="Its columns: " + _choices(guess) + ".")
        mapping = {r: i for r, i in mapping.items() if i != index}
        mapping[role] = index
    return mapping


def _column_index(guess, column: str) -> int | None:
    """A column of the file by its number (1 = first), its header text, or its letter as
    Excel shows it (A, B, ... AA), in that order: a header that reads like a letter ("A")
    means its own column."""
    from jpprep.decks.spreadsheet import column_index

    width = len(guess.columns)
    headers = [c.strip().lower() for c in guess.header] if guess.has_header else []
    if column.isdigit() and 1 <= int(column) <= width:
        return int(column) - 1
    if column.lower() in headers:
        return headers.index(column.lower())
    names = [c.strip().lower() for c in guess.columns]  # "column 2": what older hints listed
    if column.lower() in names:
        return names.index(column.lower())
    index = column_index(column)
    return index if index is not None and index < width else None


def _choices(guess) -> str:
    """The file's columns as --map takes them: "A (漢字), B (かな)", or "A, B, C" without a
    header."""
    from jpprep.decks.spreadsheet import column_letter

    out = []
    for i in range(len(guess.columns)):
        text = guess.header[i].strip() if guess.has_header and i < len(guess.header) else ""
        out.append(f"{column_letter(i)} ({text})" if text else column_letter(i))
    return ", ".join(out)


def _mapping_text(args) -> str | None:
    from pathlib import Path

    if Path(args.file).suffix.lower() not in _SHEETS:
        return None
    from jpprep.services.importing import guess_columns

    guess = guess_columns(args.file)
    mapping = _mapping(args) or guess.mapping
    return ", ".join(f"{role} <- {_column_name(guess, i)}" for role, i in
                     sorted(mapping.items(), key=lambda x: x[1]))


def _column_name(guess, i: int) -> str:
    """Column i as problems name it: its header text, else its letter."""
    from jpprep.decks.spreadsheet import column_letter

    text = guess.header[i].strip() if guess.has_header and i < len(guess.header) else ""
    return text or column_letter(i)


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
    _map_arg(ck)
    ck.set_defaults(func=run_check)
    sy = ps.add_parser("sync", help="import shipped decks whose version changed")
    sy.add_argument("--json", action="store_true")
    sy.add_argument("--restore", action="store_true",
                    help="first bring back the shipped decks someone deleted (fresh, without "
                         "the history they had)")
    sy.set_defaults(func=run_sync)
    _import_args(ps.add_parser("import", help="same as `jpprep import`"))
    _export_args(ps.add_parser("export", help="same as `jpprep export`"))
    op = ps.add_parser("options", help="show or change a deck's scheduling options (its preset)")
    op.add_argument("deck", help="deck name (e.g. \"JLPT::N5\"), id or source key")
    op.add_argument("--set", action="append", metavar="OPTION=VALUE", dest="set_options",
                    help="change an option of the deck's preset (every deck using it changes), "
                         "e.g. --set retention=0.9 --set new_per_day=15 --set "
                         "learning_steps=\"1m 10m\"; repeat as needed; nothing is saved if "
                         "one value is wrong")
    op.add_argument("--json", action="store_true")
    op.set_defaults(func=run_options)
    dl = ps.add_parser("delete", help="delete a deck, its sub-decks, notes, cards and everyone's "
                                      "answers on them (no undo: export it first)")
    dl.add_argument("deck", help="deck name (e.g. \"JLPT::N5\"), id or source key")
    dl.add_argument("--yes", action="store_true", help="do not ask (needed when not in a terminal)")
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(func=run_delete)


def _db():
    from jpprep import paths
    from jpprep.store.db import Database

    return Database(paths.database_url(), backup_dir=paths.backups_dir())


def _now() -> int:
    import time

    return int(time.time() * 1000)


def _problems_json(problems) -> list[dict]:
    # row: a spreadsheet's row as Excel shows it (CSV, TSV, .xlsx, notes.csv); line: a text
    # file's line (deck.toml); each None when it is the other kind of place. field: jpprep's
    # name (a role for a spreadsheet); column: the file's own name for it (its header, or its
    # letter without one), None when the place is not a column
    return [{"file": p.file, "row": getattr(p, "row", None), "line": p.line, "field": p.field,
             "column": p.params.get("column"), "message": p.message, "hint": p.hint}
            for p in problems]


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
                                 with_scheduling=args.with_scheduling, profile_id=profile_id,
                                 mapping=_mapping(args))
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

    deck = read_file(args.file, mapping=_mapping(args))
    columns = _mapping_text(args)
    if args.json:
        print(json.dumps({"ok": not deck.problems, "deck": deck.name, "valid_rows": len(deck.notes),
                          "columns": columns, "problems": _problems_json(deck.problems)},
                         ensure_ascii=False))
    else:
        print(f"{deck.name}: {len(deck.notes)} valid notes, {len(deck.problems)} problem(s)")
        if columns:
            print(f"  columns: {columns} (correct with --map ROLE=COLUMN)")
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
    from jpprep import lab, paths
    from jpprep.services import deck_delete

    db = _db()
    try:
        restored = deck_delete.restore_shipped(db) if args.restore else []
        # only the shipped decks the lab offers (its `decks` list), as the window loads them
        reports = deck_delete.sync_shipped(db, paths.decks_dir(), now=_now(),
                                           offered=lab.current().deck_offered)
        removed = deck_delete.removed_shipped(db)
        if args.json:
            print(json.dumps([r.to_dict() for r in reports], ensure_ascii=False))
        else:
            if restored:
                print(f"restored {len(restored)} deleted shipped deck(s): {', '.join(restored)}")
            for r in reports:
                print(f"{r.deck_name}: {r.added} added, {r.updated} updated"
                      + (f", {r.retired} retired" if r.retired else ""))
                if r.retired_kept:
                    print(f"  {r.retired_kept} retired note(s) had answers or changes: kept with "
                          f"their history, suspended, in \"{r.retired_deck}\"")
                if r.retired_left:
                    print(f"  {r.retired_left} note(s) no longer shipped stay in the deck(s) "
                          "you moved them to")
            if not reports:
                print("shipped decks are up to date")
            if removed:
                print(f"{len(removed)} shipped deck(s) were deleted and stay away "
                      f"({', '.join(removed)}); `jpprep deck sync --restore` brings them back")
        return 0
    finally:
        db.close()


def _impact_json(i) -> dict:
    return {"deck": i.name, "deck_id": i.deck_id, "decks": i.decks, "notes": i.notes,
            "cards": i.cards, "reviews": i.reviews, "learners": i.profiles, "media": i.media,
            "shipped": list(i.shipped), "cards_in_other_decks": i.elsewhere,
            "cards_returned": i.returned, "returned_to": list(i.home_decks)}


def _impact_text(i) -> tuple[str, str]:
    """What goes ("..." and its sub-decks: N notes, ...), and what stays ("" or a sentence)."""
    cards = f"{i.cards} cards" + (f" ({i.elsewhere} of them in other decks, cards of these "
                                  "notes)" if i.elsewhere else "")
    what = (f"\"{i.name}\"" + (f" and its {i.decks - 1} sub-deck(s)" if i.decks > 1 else "")
            + f": {i.notes} notes, {cards} and {i.reviews} answers by {i.profiles} learner(s)")
    kept = (f"{i.returned} card(s) in it whose note belongs to another deck will go back to "
            f"that deck with their progress ({', '.join(i.home_decks)})") if i.returned else ""
    return what, kept


def run_delete(args) -> int:
    from jpprep.services import deck_delete
    from jpprep.services.exporting import find_deck

    db = _db()
    try:
        deck_id = find_deck(db, args.deck)
        what, kept = _impact_text(deck_delete.delete_impact(db, deck_id))
        if not args.yes:
            if not sys.stdin.isatty():
                print(f"jpprep: this would delete {what}" + (f"; {kept}" if kept else "")
                      + ". Add --yes to delete it.", file=sys.stderr)
                return 2
            if kept:
                print(f"Kept: {kept}.")
            print(f"Delete {what}? This cannot be undone; `jpprep export` it first to keep "
                  "its notes.")
            if input("Type yes to delete: ").strip().lower() not in ("y", "yes"):
                print("Nothing was deleted.")
                return 1
        gone = deck_delete.delete_deck(db, deck_id, now=_now())
        if args.json:
            print(json.dumps({"ok": True, **_impact_json(gone)}, ensure_ascii=False))
        else:
            what, kept = _impact_text(gone)
            print(f"deleted {what}")
            if kept:
                print(f"kept: {kept}")
            if gone.shipped:
                print(f"came with jpprep: {', '.join(gone.shipped)}; not loaded again at the next "
                      "start until `jpprep deck sync --restore` (or Home) brings them back")
        return 0
    finally:
        db.close()


def _options_json(opts) -> dict:
    p = opts.preset
    return {"deck": opts.deck_name, "preset": p.name, "preset_id": p.id,
            "decks_using_preset": len(p.deck_ids), "options": p.config.to_dict(),
            "fsrs_params": "default" if p.fsrs_params is None else p.fsrs_params}


def run_options(args) -> int:
    from jpprep.errors import ValidationError
    from jpprep.services import presets
    from jpprep.services.exporting import find_deck

    db = _db()
    try:
        deck_id = find_deck(db, args.deck)
        if args.set_options:
            config = {}
            for item in args.set_options:
                key, sep, value = item.partition("=")
                if not sep:
                    raise ValidationError(f"--set {item!r} has no '='.", field="set",
                                          hint="Write OPTION=VALUE, e.g. --set retention=0.9.")
                name, parsed = presets.parse_option(key, value)
                config[name] = parsed
            presets.save_deck_options(db, deck_id, config)
        opts = presets.deck_options(db, deck_id, _profile_id(db, args))
        if args.json:
            print(json.dumps(_options_json(opts), ensure_ascii=False))
            return 0
        p, c = opts.preset, opts.preset.config
        print(f"{opts.deck_name}: preset \"{p.name}\" (used by {len(p.deck_ids)} deck(s))")
        rows = [("desired_retention", f"{c.desired_retention:g}"),
                ("learning_steps", presets.format_steps(c.learning_steps) or "none"),
                ("relearning_steps", presets.format_steps(c.relearning_steps) or "none"),
                ("new_per_day", c.new_per_day), ("reviews_per_day", c.reviews_per_day),
                ("maximum_interval", f"{c.maximum_interval} days"),
                ("leech_threshold", f"{c.leech_threshold} lapses"),
                ("leech_action", c.leech_action),
                ("bury_siblings", str(c.bury_siblings).lower()), ("new_mix", c.new_mix),
                ("fsrs_params", "personal (fitted)" if opts.personal else
                 "default" if p.fsrs_params is None else "set on the preset")]
        for key, value in rows:
            print(f"  {key:<18}{value}")
        return 0
    finally:
        db.close()
