"""`jpprep content report`: what the shipped decks hold, per deck, level, sector and language."""

from __future__ import annotations

import json
from dataclasses import asdict


def register(sub) -> None:
    p = sub.add_parser("content", help="report on the shipped study content")
    ps = p.add_subparsers(dest="action", required=True)
    rp = ps.add_parser("report", help="counts per deck, level, sector and language (Markdown)")
    rp.add_argument("--decks", metavar="FOLDER", help="a folder of decks (default: the shipped decks)")
    rp.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    rp.set_defaults(func=run_report)


def run_report(args) -> int:
    from jpprep.services.content import content_report

    report = content_report(args.decks)
    if args.json:
        print(json.dumps(asdict(report), ensure_ascii=False, indent=2))
    else:
        print(report.to_markdown(), end="")
    return 1 if report.problems else 0
