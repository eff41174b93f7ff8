"""The `jpprep` command. No argument opens the GUI; subcommands are for scripts and labs.

Each subcommand is a module in jpprep/commands/ with `register(subparsers)` (adds its parser and
sets `func`) so importing the CLI stays cheap: a module is imported only when it is registered,
and its heavy imports happen inside its handler.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from jpprep import __version__

# name of the module in jpprep/commands/ for each subcommand group
COMMANDS = ["doctor", "profile", "furigana", "deck", "exam", "study", "backup", "content", "report",
            "assignment", "selftest"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jpprep",
        description="Offline preparation for the JLPT, the JFT-Basic and the SSW sector tests.",
    )
    parser.add_argument("--version", action="version", version=f"jpprep {__version__}")
    parser.add_argument("--data-dir", help="keep all data in this folder (portable mode)")
    parser.add_argument("--database-url", help="SQLAlchemy URL (default: SQLite in the data folder)")
    parser.add_argument("--profile", help="profile name to use")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"jpprep.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"jpprep.commands.{name}":
                continue  # not written yet
            raise
        module.register(sub)
    return parser


def _gui_args(argv: list[str] | None) -> argparse.Namespace | None:
    """The global options when the command line only opens the GUI: then the subcommands'
    modules are not imported at all (start-up time)."""
    light = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    for option in ("--data-dir", "--database-url", "--profile"):
        light.add_argument(option)
    try:
        args, rest = light.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full parser says what is wrong
    args.command = None
    args.open_file = None
    if len(rest) == 1 and deck_file_arg(rest[0]):  # double-click / "Open with jpprep"
        args.open_file = rest[0]
    elif rest:
        return None
    return args


def deck_file_arg(arg: str) -> bool:
    """An existing file jpprep imports (by its extension): `jpprep deck.apkg` opens the GUI
    with the import dialog for it instead of being read as an unknown command."""
    from pathlib import Path

    from jpprep.services.import_preview import is_deck_file

    return not arg.startswith("-") and Path(arg).suffix != "" and is_deck_file(arg)


def main(argv: list[str] | None = None) -> int:
    args = _gui_args(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    from jpprep import paths

    paths.configure(data_dir=args.data_dir, database_url=args.database_url)
    from jpprep import lab

    lab_config = lab.current()  # a lab configuration fixes the database, the language and locks
    if lab_config.problems and args.command is not None:
        print(f"jpprep: {lab_config.summary()}", file=sys.stderr)
    if args.command is None:
        from jpprep.ui.app import run_gui

        return run_gui(profile=args.profile, open_file=getattr(args, "open_file", None))
    from jpprep.errors import JpprepError

    try:
        return int(args.func(args) or 0)
    except JpprepError as exc:
        print(f"jpprep: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
