"""`jpprep report class|student NAME --csv FILE|--pdf FILE [--days N]`: reports for instructors."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("report", help="class and student reports (CSV, PDF) for instructors")
    ps = p.add_subparsers(dest="what", required=True)
    for name, help_text in (("class", "every student of the class"), ("student", "one student")):
        q = ps.add_parser(name, help=help_text)
        if name == "student":
            q.add_argument("name", help="the student's profile name")
        q.add_argument("--csv", metavar="FILE", help="write a CSV file (UTF-8, opens in spreadsheets)")
        q.add_argument("--pdf", metavar="FILE", help="write a printable PDF")
        q.add_argument("--days", type=int, default=30, help="study time and answers over the last N days")
    p.set_defaults(func=run)


def run(args) -> int:
    import time

    from jpprep import paths
    from jpprep.errors import ValidationError
    from jpprep.services import profiles, reports
    from jpprep.store.db import Database

    if not (args.csv or args.pdf):
        raise ValidationError("say where to write the report.", hint="Add --csv FILE or --pdf FILE (or both).")
    if not 1 <= args.days <= 3650:
        raise ValidationError("--days must be between 1 and 3650.", field="days")
    now = int(time.time() * 1000)
    db = Database(paths.database_url(), backup_dir=paths.backups_dir())
    try:
        if args.what == "student":
            info = profiles.find_profile(db, args.name)
            if info is None:
                raise ValidationError(f"there is no profile named '{args.name}'.", field="name",
                                      hint="See the names with: jpprep profile list")
            report = reports.student_report(db, info.id, now=now, days=args.days)
        else:
            report = reports.class_report(db, now=now, days=args.days)
    finally:
        db.close()
    if args.csv:
        reports.write_csv(args.csv, report)
        print(f"wrote {args.csv}")
    if args.pdf:
        _pdf(args.pdf, report)
        print(f"wrote {args.pdf}")
    return 0


def _pdf(path: str, report) -> None:
    import os

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
        _pdf.app = QGuiApplication(["jpprep"])
    from jpprep.ui.report_pdf import write_pdf

    try:
        write_pdf(path, report)
    except OSError as exc:
        from jpprep.errors import JpprepError

        raise JpprepError(f"cannot write the PDF ({exc.strerror}).", file=path) from exc
