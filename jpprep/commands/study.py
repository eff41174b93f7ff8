"""`jpprep study counts|stats|plan|optimize`: the learner's study state for scripts and labs."""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("study", help="today's counts, statistics, exam plan, optimizer")
    ps = p.add_subparsers(dest="action", required=True)
    c = ps.add_parser("counts", help="new / learning / review cards per deck today")
    c.add_argument("--json", action="store_true")
    st = ps.add_parser("stats", help="statistics (retention, forecast, streak)")
    st.add_argument("--deck", help="deck name (default: the whole profile)")
    st.add_argument("--json", action="store_true")
    pl = ps.add_parser("plan", help="is the pace enough for the exam target?")
    pl.add_argument("--exam", help="set the target exam id (e.g. jlpt-n5)")
    pl.add_argument("--date", help="exam date YYYY-MM-DD (with --exam)")
    pl.add_argument("--deck", action="append", default=[], help="deck name (repeat)")
    pl.add_argument("--json", action="store_true")
    op = ps.add_parser("optimize", help="fit personal FSRS parameters from the review log")
    op.add_argument("--preset", type=int, help="preset id (default: every preset in use)")
    op.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def _profile(db, name):
    from sqlalchemy import select

    from jpprep.errors import ValidationError
    from jpprep.store.models import Profile

    with db.session() as s:
        if name:
            pid = s.scalar(select(Profile.id).where(Profile.name == name))
            if pid is None:
                raise ValidationError(f"there is no profile {name!r}.", field="profile",
                                      hint="See `jpprep profile list`.")
            return pid
        ids = list(s.scalars(select(Profile.id).order_by(Profile.id).limit(2)))
    if len(ids) != 1:
        raise ValidationError("choose a profile with --profile NAME." if ids else
                              "there is no profile yet.", field="profile",
                              hint="See `jpprep profile list`.")
    return ids[0]


def _deck_id(db, name):
    from sqlalchemy import select

    from jpprep.errors import ValidationError
    from jpprep.store.models import Deck

    with db.session() as s:
        did = s.scalar(select(Deck.id).where(Deck.name == name))
    if did is None:
        raise ValidationError(f"there is no deck {name!r}.", field="deck")
    return did


def run(args) -> int:
    import dataclasses
    import time

    from jpprep import paths
    from jpprep.store.db import Database

    now = int(time.time() * 1000)
    db = Database(paths.database_url(), backup_dir=paths.backups_dir())
    try:
        pid = _profile(db, args.profile)
        if args.action == "counts":
            from jpprep.services.study import deck_counts

            rows = deck_counts(db, pid, now)
            if args.json:
                print(json.dumps([dataclasses.asdict(r) for r in rows], ensure_ascii=False))
            else:
                for r in rows:
                    print(f"{r.name}\t{r.new} new\t{r.learning} learning\t{r.review} review"
                          f"\t{r.total} cards")
            return 0
        if args.action == "stats":
            from jpprep.services.stats import stats_data

            data = stats_data(db, pid, now, _deck_id(db, args.deck) if args.deck else None)
            d = dataclasses.asdict(data)
            for key in ("retention_by_month", "retention_by_age"):
                for row, obj in zip(d[key], getattr(data, key)):
                    row["rate"] = obj.rate
            if args.json:
                print(json.dumps(d, ensure_ascii=False))
            else:
                print(f"reviews: {data.reviews_total}, streak {data.streak_days} days "
                      f"(longest {data.longest_streak}), studied today "
                      f"{data.studied_ms_today // 60000} min")
                print("cards: " + ", ".join(f"{k} {v}" for k, v in data.cards_by_state.items()))
                for row in data.retention_by_month:
                    if row.total:
                        print(f"{row.label}: retention {row.rate:.0%} of {row.total}")
                print("due next 7 days: " + " ".join(str(n) for n in data.forecast[:7]))
            return 0
        if args.action == "plan":
            from jpprep.services import planning

            if args.exam:
                decks = [_deck_id(db, n) for n in args.deck]
                planning.set_target(db, pid, args.exam, args.date or "", decks)
            plan = planning.plan(db, pid, now)
            if plan is None:
                print(json.dumps(None) if args.json else "no exam target: use --exam, --date, --deck")
                return 0
            if args.json:
                print(json.dumps(dataclasses.asdict(plan), ensure_ascii=False))
            else:
                print(f"{plan.exam_id} on {plan.exam_date}: {plan.days_left} days, "
                      f"{plan.cards_left} of {plan.cards_total} cards not yet met; "
                      f"{'on track' if plan.covers else 'behind'} at {plan.pace:.0f}/day; "
                      f"proposed {plan.proposed_new_per_day} new/day "
                      f"(about {plan.expected_daily_load:.0f} answers a day)")
                for w in plan.warnings:
                    print(f"  warning: {w}")
            return 0
        if args.action == "optimize":
            from sqlalchemy import select

            from jpprep.services.presets import ensure_presets, optimize_preset
            from jpprep.store.models import Deck

            if args.preset is not None:
                ids = [args.preset]
            else:
                with db.session() as s:
                    ensure_presets(s)
                    ids = sorted(set(s.scalars(select(Deck.preset_id))))
            out = []
            for preset_id in ids:
                res = optimize_preset(db, pid, preset_id)
                out.append({"preset_id": preset_id, **dataclasses.asdict(res)})
                if not args.json:
                    print(f"preset {preset_id}: {res.message}")
            if args.json:
                print(json.dumps(out))
            return 0
        return 1
    finally:
        db.close()
