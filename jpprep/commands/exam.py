"""`jpprep exam`: list the mock exams and their fixed forms, show a blueprint, check banks, see
results from scripts."""

from __future__ import annotations

import json
import sys


def register(subparsers) -> None:
    p = subparsers.add_parser("exam", help="mock exams: list, blueprint, bank check, results")
    sub = p.add_subparsers(dest="exam_command", metavar="ACTION")
    sub.required = True
    ls = sub.add_parser("list", help="list the exams this version knows")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.set_defaults(func=_list)
    lf = sub.add_parser("list-forms", help="list an exam's fixed mock forms (shipped and the centre's own)")
    lf.add_argument("exam_id")
    lf.add_argument("--json", action="store_true", help="machine-readable output")
    lf.set_defaults(func=_list_forms)
    bp = sub.add_parser("blueprint", help="show one exam's blueprint (sections, timing, scoring)")
    bp.add_argument("exam_id")
    bp.add_argument("--json", action="store_true", help="print the blueprint data file")
    bp.set_defaults(func=_blueprint)
    ck = sub.add_parser("check", help="validate item bank files (and that they fill an exam)")
    ck.add_argument("files", nargs="+")
    ck.add_argument("--exam", help="also check the banks hold enough items for this exam")
    ck.add_argument("--form", help="also check this fixed form fills the exam (needs --exam)")
    ck.set_defaults(func=_check)
    gn = sub.add_parser("generate", help="make kanji-reading and orthography items from a deck's word list")
    gn.add_argument("deck", help="a deck folder (with notes.csv) or a notes.csv file")
    gn.add_argument("--out", required=True, help="the item bank file to write (JSON)")
    gn.add_argument("--exam", help="blueprint id the items are for, e.g. jlpt-n5")
    gn.add_argument("--types", default="kanji_reading,orthography")
    gn.add_argument("--seed", type=int, default=0)
    gn.set_defaults(func=_generate)
    rs = sub.add_parser("results", help="finished mock exams of the profile")
    rs.add_argument("--exam", help="only this exam")
    rs.add_argument("--form", help="only attempts at this fixed form (see list-forms)")
    rs.add_argument("--json", action="store_true")
    rs.set_defaults(func=_results)


def _list(args) -> int:
    from jpprep.exams import blueprint

    rows = [
        {"id": b.id, "name": b.name, "name_ja": b.name_ja, "family": b.family, "questions": b.count,
         "minutes": b.minutes, "timer": b.timer, "as_of": b.as_of}
        for b in blueprint.all_blueprints().values()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for r in rows:
            print(f"{r['id']:<26} {r['questions']:>3} Q {r['minutes']:>4} min  {r['name']} ({r['name_ja']})")
    return 0


def _list_forms(args) -> int:
    from jpprep.exams import blueprint
    from jpprep.services.exam_forms import list_forms

    bp = blueprint.get(args.exam_id)
    forms = list_forms(bp.id)
    if args.json:
        print(json.dumps([{"id": f.id, "exam": f.exam_id, "name": f.name, "questions": f.items,
                           "bank_file": f.bank_file} for f in forms], ensure_ascii=False, indent=1))
        return 0
    if not forms:
        print(f"{bp.name} ({bp.id}) has no fixed forms: each mock is assembled from the banks.")
        return 0
    for f in forms:
        print(f"{f.id:<26} {f.name:<12} {f.items:>3} Q  {f.bank_file}")
    return 0


def _blueprint(args) -> int:
    from jpprep.exams import blueprint

    bp = blueprint.get(args.exam_id)
    if args.json:
        print(json.dumps(bp.to_dict(), ensure_ascii=False, indent=1))
        return 0
    print(f"{bp.name} ({bp.name_ja}), as of {bp.as_of}; {bp.count} questions")
    timer = f"{bp.total_minutes} min shared by all sections" if bp.timer == "pooled" else "each section timed"
    print(f"Timer: {timer}")
    for s in bp.sections:
        mins = f"{s.minutes} min" if s.minutes else ""
        print(f"  {s.name} / {s.name_en} {mins}")
        for p in s.parts:
            print(f"    {p.label:<12} {p.type:<24} {p.count:>3} x {p.choices} choices")
    print(f"Scoring: {bp.scoring.note}")
    for v in bp.verify:
        print(f"  [verify] {v}")
    return 0


def _check(args) -> int:
    from jpprep.exams import bank as bankmod
    from jpprep.exams import blueprint

    banks, failed = [], False
    for path in args.files:
        try:
            banks.append(bankmod.load(path))
        except bankmod.BankProblemsError as exc:
            failed = True
            for p in exc.problems:  # every problem, not only the first
                print(f"jpprep: {p}", file=sys.stderr)
    if failed:
        return 2
    total = sum(len(b.items) for b in banks)
    if args.form and not args.exam:
        from jpprep.errors import ValidationError

        raise ValidationError("--form needs --exam (the exam the form is for).", field="form",
                              hint=f"For example: jpprep exam check FILE --exam jlpt-n5 --form {args.form}")
    if args.exam:
        from jpprep.exams import form as formmod

        bp = blueprint.get(args.exam)
        if args.form:
            from jpprep.services.exam_forms import check_known

            check_known(args.form, bp, banks)
            formmod.assemble(bp, banks, form_id=args.form)
        else:
            formmod.check_fills(bp, banks)
    print(f"ok: {len(banks)} bank(s), {total} items")
    return 0


def _results(args) -> int:
    from dataclasses import asdict

    from jpprep import paths
    from jpprep.errors import ValidationError
    from jpprep.services import exams as svc
    from jpprep.services.profiles import find_profile, list_profiles
    from jpprep.store.db import Database

    if args.form:
        from jpprep.services.exam_forms import find_form

        find_form(args.form, args.exam)  # a mistyped id is named, with the forms there are
    db = Database(paths.database_url(), backup_dir=paths.backups_dir())
    try:
        prof = find_profile(db, args.profile) if args.profile else next(iter(list_profiles(db)), None)
        if prof is None:
            raise ValidationError("no such profile.", field="profile", hint="Pass --profile NAME.")
        rows = svc.list_results(db, prof.id, args.exam, args.form)
    finally:
        db.close()
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        verdict = {True: "pass", False: "fail", None: "practice"}[r.passed]
        form = f" form {r.form_id}" if r.form_id else ""
        print(f"#{r.attempt_id} {r.exam_id} {r.mode}{form} total {r.total}/{r.total_max} {verdict}")
    return 0


def _generate(args) -> int:
    from pathlib import Path

    from jpprep import paths
    from jpprep.exams import bank as bankmod
    from jpprep.exams import generate as gen

    src = Path(args.deck)
    notes = src / "notes.csv" if src.is_dir() else src
    words = gen.read_words(notes)
    lex = gen.lexicon_from_decks(paths.decks_dir(), extra=words)
    bank_id = f"generated-{src.stem if src.is_file() else src.name}"
    data = gen.generate_bank(words, lex, bank_id=bank_id, exam=args.exam,
                             types=tuple(t.strip() for t in args.types.split(",") if t.strip()), seed=args.seed)
    out = Path(args.out)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    bankmod.load(out)  # what we write must pass the same checks as a written bank
    print(f"{len(data['items'])} items from {len(words)} words written to {out}")
    return 0
