"""`jpprep assignment add|list|remove`: decks and mock exams an instructor gives the class or one
student (the Classroom page's *Assign…*, for scripts). A mock exam assignment may name one fixed
form of its exam (`--form`, see `jpprep exam list-forms EXAM`); only that form then counts."""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("assignment", help="give a deck or a mock exam (optionally a fixed form) to the class")
    ps = p.add_subparsers(dest="action", required=True)
    add = ps.add_parser("add", help="assign a deck or a mock exam")
    what = add.add_mutually_exclusive_group(required=True)
    what.add_argument("--deck", help="a deck: its full name, id or shipped id")
    what.add_argument("--exam", help="a mock exam id, e.g. jlpt-n4 (see: jpprep exam list)")
    add.add_argument("--form", help="one fixed form of that exam, e.g. n4-form-b (see: jpprep exam "
                                    "list-forms EXAM); default: a random mock, any attempt counts")
    add.add_argument("--due", required=True, metavar="YYYY-MM-DD", help="the due date")
    add.add_argument("--student", metavar="NAME", help="one student's profile (default: the whole class)")
    add.add_argument("--by", metavar="NAME", help="the instructor's profile that gives it")
    add.add_argument("--note", default="", help="a note for the students")
    ls = ps.add_parser("list", help="list the assignments")
    ls.add_argument("--json", action="store_true")
    rm = ps.add_parser("remove", help="remove an assignment (its id from list)")
    rm.add_argument("id", type=int)
    p.set_defaults(func=run)


def run(args) -> int:
    from jpprep import paths
    from jpprep.store.db import Database

    db = Database(paths.database_url(), backup_dir=paths.backups_dir())
    try:
        return {"add": _add, "list": _list, "remove": _remove}[args.action](db, args)
    finally:
        db.close()


def _profile_id(db, name: str | None, field: str) -> int | None:
    from jpprep.errors import ValidationError
    from jpprep.services import profiles

    if name is None:
        return None
    info = profiles.find_profile(db, name)
    if info is None:
        raise ValidationError(f"there is no profile named '{name}'.", field=field,
                              hint="See the names with: jpprep profile list")
    return info.id


def _add(db, args) -> int:
    import time

    from jpprep.errors import ValidationError
    from jpprep.services import assignments

    if args.form and not args.exam:
        raise ValidationError("--form needs --exam (the exam the form is for).", field="form",
                              hint=f"For example: jpprep assignment add --exam jlpt-n4 --form {args.form} "
                                   f"--due {args.due}")
    deck_id = None
    if args.deck is not None:
        from jpprep.services.exporting import find_deck

        deck_id = find_deck(db, args.deck)
    info = assignments.assign(db, due_date=args.due, now=int(time.time() * 1000), deck_id=deck_id,
                              exam_id=args.exam, form_id=args.form,
                              profile_id=_profile_id(db, args.student, "student"),
                              created_by=_profile_id(db, args.by, "by"), note=args.note)
    print(f"assigned #{info.id}: {_line(info)}")
    return 0


def _line(a) -> str:
    what = f"{a.full_title} ({a.form_id})" if a.form_id else a.title
    return f"{what} for {a.student or 'the whole class'}, due {a.due_date}"


def _list(db, args) -> int:
    from jpprep.services import assignments

    items = assignments.list_assignments(db)
    if args.json:
        print(json.dumps([{"id": a.id, "kind": a.kind, "title": a.title, "deck_id": a.deck_id,
                           "exam_id": a.exam_id, "form_id": a.form_id, "form": a.form_name or None,
                           "student": a.student, "due_date": a.due_date, "note": a.note}
                          for a in items], ensure_ascii=False, indent=1))
        return 0
    if not items:
        print("no assignments")
    for a in items:
        print(f"#{a.id} {_line(a)}" + (f" ({a.note})" if a.note else ""))
    return 0


def _remove(db, args) -> int:
    from jpprep.errors import ValidationError
    from jpprep.services import assignments

    if not any(a.id == args.id for a in assignments.list_assignments(db)):
        raise ValidationError(f"there is no assignment #{args.id}.", field="id",
                              hint="See the ids with: jpprep assignment list")
    assignments.remove(db, args.id)
    print(f"removed assignment #{args.id}")
    return 0
