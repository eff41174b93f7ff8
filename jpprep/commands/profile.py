"""`jpprep profile list|create NAME [--instructor]`."""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("profile", help="list or create learner profiles")
    ps = p.add_subparsers(dest="action", required=True)
    ls = ps.add_parser("list", help="list profiles")
    ls.add_argument("--json", action="store_true")
    cr = ps.add_parser("create", help="create a profile")
    cr.add_argument("name")
    cr.add_argument("--instructor", action="store_true",
                    help="an instructor profile (sees the Classroom page; for the lab administrator)")
    cp = ps.add_parser("clear-pin", help="remove a profile's PIN (a student forgot it)")
    cp.add_argument("name")
    p.set_defaults(func=run)


def run(args) -> int:
    import time

    from jpprep import paths
    from jpprep.services import profiles
    from jpprep.store.db import Database

    db = Database(paths.database_url(), backup_dir=paths.backups_dir())
    try:
        if args.action == "create":
            role = "instructor" if getattr(args, "instructor", False) else "student"
            info = profiles.create_profile(db, args.name, now=int(time.time() * 1000), role=role)
            print(f"created {'instructor ' if role == 'instructor' else ''}profile {info.name}")
            return 0
        if args.action == "clear-pin":
            from jpprep.errors import ValidationError
            from jpprep.services import pins

            info = profiles.find_profile(db, args.name)
            if info is None:
                raise ValidationError(f"there is no profile named '{args.name}'.", field="name")
            pins.clear_pin(db, info.id)
            print(f"the PIN of {info.name} was removed")
            return 0
        items = profiles.list_profiles(db)
        if args.json:
            print(json.dumps([{"id": p.id, "name": p.name, "role": p.role} for p in items], ensure_ascii=False))
        else:
            for p in items:
                print(p.name)
        return 0
    finally:
        db.close()
