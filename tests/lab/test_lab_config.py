"""The lab configuration: read, checked (a typo names file, line and key, never a traceback,
never unlocks), and applied (database URL, interface language, locked actions)."""

from __future__ import annotations

import pytest

from jpprep import cli, lab, paths

GOOD = '''# written by the administrator
database_url = "sqlite:///{db}"
language = "ur"
decks = ["jlpt-n5", "kanji-n5"]
exams = ["jlpt-n5"]
locked = ["import_decks", "delete_decks"]
if_server_fails = "stop"
'''


@pytest.fixture
def lab_file(tmp_path, monkeypatch):
    path = tmp_path / "etc" / "lab.toml"
    path.parent.mkdir()
    monkeypatch.setenv(lab.ENV, str(path))
    monkeypatch.setenv("JPPREP_UI_LANGUAGE", "")  # restored after the test
    lab.reset()
    yield path
    lab.reset()


def test_a_good_file_fixes_database_language_decks_exams_and_locks(lab_file, tmp_path):
    lab_file.write_text(GOOD.format(db=tmp_path / "class.db"), encoding="utf-8")
    cfg = lab.current()
    assert cfg.problems == []
    assert paths.database_url() == f"sqlite:///{tmp_path / 'class.db'}"
    from jpprep.ui import i18n

    assert i18n.fixed_language() == "ur"
    assert not lab.allowed("import_decks") and not lab.allowed("delete_decks")
    assert not lab.allowed("change_language")  # a fixed language cannot be changed
    assert lab.allowed("create_profiles")
    assert cfg.deck_offered("jlpt-n5") and not cfg.deck_offered("jlpt-n1")
    assert cfg.exam_offered("jlpt-n5") and not cfg.exam_offered("jft-basic")
    assert not cfg.study_locally_if_server_fails
    # the CLI uses it: a profile made on the command line lands in the class database
    assert cli.main(["profile", "create", "Ayesha"]) == 0
    assert (tmp_path / "class.db").is_file()


def test_no_file_means_nothing_is_locked(monkeypatch, tmp_path):
    monkeypatch.delenv(lab.ENV, raising=False)
    monkeypatch.setattr(lab, "candidates", lambda: [tmp_path / "none.toml"])
    lab.reset()
    cfg = lab.current()
    assert cfg.path is None and cfg.problems == [] and cfg.locked == frozenset()
    lab.reset()


@pytest.mark.parametrize("text, line, key, words", [
    ('language = "ur"\nlocked = ["import_deck"]\n', 2, "locked", "import_decks"),
    ('langauge = "ur"\n', 1, "langauge", "Did you mean 'language'"),
    ('language = "xx"\n', 1, "language", "not an interface language"),
    ('decks = "jlpt-n5"\n', 1, "decks", "list of ids"),
    ('database_url = "not a url"\n', 1, "database_url", "not a database URL"),
    ('if_server_fails = "retry"\n', 1, "if_server_fails", "study locally"),
    ('instructor_password_hash = "hunter2"\n', 1, "instructor_password_hash", "hash-password"),
])
def test_a_typo_names_the_file_line_and_key(lab_file, text, line, key, words):
    lab_file.write_text(text, encoding="utf-8")
    cfg = lab.load(lab_file)
    assert len(cfg.problems) == 1
    p = cfg.problems[0]
    assert (p.file, p.line, p.field) == (str(lab_file), line, key)
    assert words in str(p) and str(lab_file) in str(p) and f"line {line}" in str(p)


def test_broken_toml_locks_everything_and_names_the_line(lab_file):
    lab_file.write_text('language = "ur"\nlocked = ["import_decks"\ndecks = []\n', encoding="utf-8")
    cfg = lab.load(lab_file)
    assert cfg.locked == frozenset(lab.LOCKS)
    assert cfg.problems and cfg.problems[0].line is not None
    assert "not valid TOML" in str(cfg.problems[0])


def test_a_bad_lock_name_never_unlocks(lab_file):
    lab_file.write_text('locked = ["import_decks", "delete_deck"]\n', encoding="utf-8")
    assert lab.load(lab_file).locked == frozenset(lab.LOCKS)


def test_the_rest_of_a_file_with_a_typo_still_applies(lab_file):
    lab_file.write_text('language = "ne"\nexam = ["jlpt-n5"]\n', encoding="utf-8")
    cfg = lab.load(lab_file)
    assert cfg.language == "ne" and len(cfg.problems) == 1


def test_missing_or_unreadable_file_is_a_message_not_a_traceback(lab_file, tmp_path):
    cfg = lab.load(lab_file)  # JPPREP_LAB_CONFIG names a file that is not there
    assert "does not exist" in cfg.summary() and cfg.locked == frozenset(lab.LOCKS)
    lab_file.write_bytes(b"\xff\xfe\x00bad")
    assert "cannot read" in lab.load(lab_file).summary() or "not valid TOML" in lab.load(lab_file).summary()


def test_instructor_password_is_checked_against_a_hash(lab_file):
    from jpprep.services.pins import hash_pin

    lab_file.write_text(f'instructor_password_hash = "{hash_pin("sensei-2026")}"\n', encoding="utf-8")
    assert lab.check_instructor_password("sensei-2026")
    assert not lab.check_instructor_password("sensei")
    assert not lab.check_instructor_password("")


def test_check_command_reports_problems(lab_file, capsys):
    lab_file.write_text('lockd = []\n', encoding="utf-8")
    assert lab.main(["check", str(lab_file)]) == 2
    assert "Did you mean 'locked'" in capsys.readouterr().err
    lab_file.write_text('locked = []\n', encoding="utf-8")
    assert lab.main(["check", str(lab_file)]) == 0


def test_locked_import_is_hidden_and_locked_profiles_cannot_be_made(lab_file, qapp_setup, qtbot, db, clock):
    from jpprep.services import profiles
    from jpprep.ui.main_window import MainWindow
    from jpprep.ui.profile_dialog import ProfileDialog

    lab_file.write_text("# nothing locked\n", encoding="utf-8")
    info = profiles.create_profile(db, "Ayesha", now=clock())
    window = MainWindow(db, info, clock=clock)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert any("Import deck" in a.text() and a.isVisible() for a in file_menu.actions())
    lab_file.write_text('locked = ["import_decks", "create_profiles"]\n', encoding="utf-8")
    lab.reset()
    window = MainWindow(db, info, clock=clock)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert not any("Import deck" in a.text() and a.isVisible() for a in file_menu.actions())
    dialog = ProfileDialog(db, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.name.isVisible()


def _two_shipped_decks(tmp_path):
    """A shipped-decks folder with lab-one (水) and lab-two (駅)."""
    folder = tmp_path / "shipped"
    for deck_id, word in (("lab-one", "水"), ("lab-two", "駅")):
        d = folder / deck_id
        d.mkdir(parents=True)
        (d / "deck.toml").write_text(
            f'format = 1\nid = "{deck_id}"\nname = "Lab::{deck_id}"\nlanguages = ["en"]\n'
            'card_types = ["recognition"]\nlicence = "CC0"\nattribution = "tests"\nversion = "1"\n',
            encoding="utf-8")
        (d / "notes.csv").write_text(f"id,kind,expression,reading,meaning_en\n1,vocab,{word},,w\n",
                                     encoding="utf-8")
    return folder


def test_only_offered_shipped_decks_are_loaded(lab_file, db, tmp_path):
    from jpprep.services.importing import sync_shipped_decks
    from jpprep.services.study import deck_counts

    decks = _two_shipped_decks(tmp_path)
    lab_file.write_text('decks = ["lab-two"]\n', encoding="utf-8")
    reports = sync_shipped_decks(db, decks, now=1_790_000_000_000, offered=lab.current().deck_offered)
    assert [r.added for r in reports] == [1]
    from jpprep.services import profiles

    pid = profiles.create_profile(db, "A", now=1).id
    names = {c.name for c in deck_counts(db, pid, 1_790_000_000_000)}
    assert any("lab-two" in n for n in names) and not any("lab-one" in n for n in names)


def test_jpprep_deck_sync_loads_only_the_decks_the_lab_offers(lab_file, tmp_path, monkeypatch,
                                                            capsys):
    """`jpprep deck sync` on a lab PC whose lab file lists `decks = ["lab-two"]` loads that
    shipped deck and not the others, as the window does at start."""
    from jpprep.store.db import Database

    shipped = _two_shipped_decks(tmp_path)
    monkeypatch.setattr(paths, "decks_dir", lambda: shipped)
    url = f"sqlite:///{tmp_path / 'class.db'}"
    lab_file.write_text(f'database_url = "{url}"\ndecks = ["lab-two"]\n', encoding="utf-8")
    assert cli.main(["deck", "sync"]) == 0
    out = capsys.readouterr().out
    assert "Lab::lab-two: 1 added" in out and "lab-one" not in out
    db = Database(url)
    try:
        from sqlalchemy import select

        from jpprep.store.models import Deck

        with db.session() as s:
            names = set(s.scalars(select(Deck.name)))
    finally:
        db.close()
    assert any("lab-two" in n for n in names) and not any("lab-one" in n for n in names)
    assert cli.main(["deck", "sync"]) == 0  # again: still nothing of lab-one
    assert "lab-one" not in capsys.readouterr().out


def test_cli_names_lab_file_problems_and_still_works(lab_file, capsys):
    lab_file.write_text('lockd = ["import_decks"]\n', encoding="utf-8")
    assert cli.main(["profile", "create", "Ayesha"]) == 0
    err = capsys.readouterr().err
    assert str(lab_file) in err and "line 1" in err and "Did you mean 'locked'" in err


def test_a_lab_can_lock_deck_options(lab_file):
    """`change_presets` is a lock name the administrator can write (the Deck options dialog
    and nothing else reads it), not a typo that locks everything."""
    lab_file.write_text('locked = ["change_presets"]\n', encoding="utf-8")
    cfg = lab.current()
    assert cfg.problems == []
    assert not lab.allowed("change_presets") and lab.allowed("import_decks")
