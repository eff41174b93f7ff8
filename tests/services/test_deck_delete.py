"""Deleting a whole deck (jpprep.services.deck_delete and `jpprep deck delete`): what a learner
sees afterwards on SQLite and PostgreSQL: the deck and its sub-decks gone from the deck list and
the study queue, other decks and their history untouched, a shipped deck not loaded again at the
next start until restored, media files no other deck uses removed, and a lab lock refusing it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from jpprep import lab
from jpprep.errors import JpprepError, ValidationError
from jpprep.services import browser, deck_delete, stats, study
from jpprep.services.importing import import_deck, sync_shipped_decks
from jpprep.store.models import Assignment, Profile, Target

HEADER = "id,kind,expression,reading,meaning_en,tags,level,audio\n"


def write_deck(root: Path, key: str, name: str, rows: list[str], media=None) -> Path:
    d = root / key
    d.mkdir(parents=True)
    (d / "deck.toml").write_text(
        f'format = 1\nid = "{key}"\nname = "{name}"\nlanguages = ["en"]\n'
        'card_types = ["recognition", "reading"]\nlicence = "CC0"\n'
        'attribution = "written for the tests"\nversion = "1"\n', encoding="utf-8")
    (d / "notes.csv").write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    for file, data in (media or {}).items():
        (d / "media").mkdir(exist_ok=True)
        (d / "media" / file).write_bytes(data)
    return d


@pytest.fixture
def db(backend_db):
    return backend_db


@pytest.fixture
def shipped(tmp_path):
    root = tmp_path / "decks"
    write_deck(root, "svc-n5", "Svc::N5 words", [
        "1,vocab,食べる,たべる,to eat,verb,N5,eat.mp3",
        "2,vocab,水,みず,water,noun,N5,shared.mp3",
        "3,vocab,学校,がっこう,school,noun,N5,"],
        media={"eat.mp3": b"only in N5", "shared.mp3": b"same sound in two decks"})
    write_deck(root, "svc-n4", "Svc::N4 words", [
        "1,vocab,会議,かいぎ,meeting,noun,N4,"])
    return root


@pytest.fixture
def lib(db, shipped, tmp_path, clock):
    """Two shipped decks under "Svc", a learner's own deck that shares one sound file with N5,
    and two learners who answered cards of N5 and of their own deck."""
    sync_shipped_decks(db, shipped, now=clock())
    own = write_deck(tmp_path / "own", "mine", "My words", [
        "1,vocab,犬,いぬ,dog,noun,,dog.mp3"], media={"dog.mp3": b"same sound in two decks"})
    from jpprep.decks.native import read_deck

    import_deck(db, read_deck(own), source="user", now=clock())
    with db.session() as s:
        s.add_all([Profile(name="aisha", created_ms=clock()), Profile(name="ravi", created_ms=clock())])
    ids = {d.name: d.id for d in browser.list_decks(db)}
    with db.session() as s:
        pids = {p.name: p.id for p in s.query(Profile)}
        s.add(Assignment(kind="deck", deck_id=ids["Svc::N5 words"], due_date="2027-01-01"))
        s.add(Target(profile_id=pids["aisha"], exam_id="jlpt-n5", exam_date="2027-07-01",
                     deck_ids=[ids["Svc::N5 words"], ids["My words"]]))
    for who, deck, answers in (("aisha", "Svc::N5 words", 3), ("ravi", "Svc::N5 words", 1),
                               ("aisha", "My words", 1)):
        for _ in range(answers):
            card = study.next_card(db, pids[who], ids[deck], clock())
            study.answer(db, pids[who], card.card_id, 3, clock())
            clock.advance(5)
    return {"decks": ids, "profiles": pids}


def _names(db):
    return [d.name for d in browser.list_decks(db)]


def test_the_confirmation_counts_what_goes(db, lib):
    i = deck_delete.delete_impact(db, lib["decks"]["Svc::N5 words"])
    assert (i.name, i.decks, i.notes, i.cards, i.reviews, i.profiles, i.media) == \
        ("Svc::N5 words", 1, 3, 6, 4, 2, 2)
    assert i.shipped == ("svc-n5",)
    parent = deck_delete.delete_impact(db, lib["decks"]["Svc"])
    assert (parent.decks, parent.notes, parent.cards) == (3, 4, 8)


def test_deleting_a_deck_leaves_the_other_decks_and_their_history(db, lib, clock):
    aisha, n5 = lib["profiles"]["aisha"], lib["decks"]["Svc::N5 words"]
    stats.prepare(db, aisha, clock())  # a summary exists and must follow
    gone = deck_delete.delete_deck(db, n5, now=clock())
    assert (gone.notes, gone.cards, gone.reviews) == (3, 6, 4)
    assert _names(db) == ["My words", "Svc", "Svc::N4 words"]
    counts = {c.name: c for c in study.deck_counts(db, aisha, clock())}
    assert "Svc::N5 words" not in counts and counts["Svc::N4 words"].new == 2
    # the queue of every deck no longer offers a card of the deleted deck
    seen = set()
    while (card := study.next_card(db, aisha, None, clock())) is not None:
        seen.add(card.card_id)
        assert card.deck_id != n5
        study.answer(db, aisha, card.card_id, 4, clock())
        assert len(seen) < 20
    assert study.today_summary(db, aisha, clock()).reviewed >= 1  # "My words" answer kept
    stats.prepare(db, aisha, clock())  # the summary re-sums without the deleted answers
    with db.session() as s:
        assert s.query(Assignment).count() == 0
        assert s.query(Target).one().deck_ids == [lib["decks"]["My words"]]
    with pytest.raises(ValidationError):
        deck_delete.delete_impact(db, n5)


def test_a_parent_goes_with_its_sub_decks(db, lib, clock):
    gone = deck_delete.delete_deck(db, lib["decks"]["Svc"], now=clock())
    assert gone.decks == 3 and set(gone.shipped) == {"svc-n4", "svc-n5"}
    assert _names(db) == ["My words"]
    assert browser.search_notes(db).total == 1


def test_a_deleted_shipped_deck_stays_away_until_restored(db, lib, shipped, clock):
    deck_delete.delete_deck(db, lib["decks"]["Svc::N5 words"], now=clock())
    assert deck_delete.removed_shipped(db) == {"svc-n5": "Svc::N5 words"}
    deck_delete.sync_shipped(db, shipped, now=clock())  # what the window does at start
    assert "Svc::N5 words" not in _names(db)
    assert deck_delete.restore_shipped(db) == ["svc-n5"]
    deck_delete.sync_shipped(db, shipped, now=clock())
    assert "Svc::N5 words" in _names(db)
    n5 = next(d for d in browser.list_decks(db) if d.name == "Svc::N5 words")
    counts = {c.name: c for c in study.deck_counts(db, lib["profiles"]["aisha"], clock())}
    assert n5.notes == 3 and counts["Svc::N5 words"].review == 0  # back fresh, no history


def test_media_files_no_other_deck_uses_are_removed(db, lib, clock):
    from jpprep import paths

    files = {p.read_bytes(): p for p in paths.media_dir().rglob("*") if p.is_file()}
    assert set(files) == {b"only in N5", b"same sound in two decks"}
    deck_delete.delete_deck(db, lib["decks"]["Svc::N5 words"], now=clock())
    assert not files[b"only in N5"].exists()
    assert files[b"same sound in two decks"].exists()  # "My words" still uses it


def test_a_lab_lock_refuses_it_and_nothing_changes(db, lib, clock, monkeypatch):
    monkeypatch.setattr(lab, "allowed", lambda action: action != "delete_decks")
    before = _names(db)
    with pytest.raises(deck_delete.LabLockedError) as err:
        deck_delete.delete_deck(db, lib["decks"]["Svc"], now=clock())
    assert "lab" in str(err.value) and isinstance(err.value, JpprepError)
    assert _names(db) == before


# ---------------------------------------------------------------- cards away from their note
def _cards(db, deck_id, expression):
    from jpprep.store.models import Card, Note

    with db.session() as s:
        return list(s.scalars(select(Card.id).join(Note, Note.id == Card.note_id).where(
            Note.expression == expression, Note.deck_id == deck_id).order_by(Card.id)))


def _place(db, card_ids, deck_id):
    """Put cards in another deck than their note's (the model allows it; the browser's Move
    moves whole notes, so the tests place them directly)."""
    from jpprep.store.models import Card

    with db.session() as s:
        s.execute(update(Card).where(Card.id.in_(card_ids)).values(deck_id=deck_id))


def test_cards_of_a_note_from_another_deck_go_back_to_it_with_their_progress(db, lib, clock):
    aisha, mine = lib["profiles"]["aisha"], lib["decks"]["My words"]
    n5 = lib["decks"]["Svc::N5 words"]
    dog = _cards(db, mine, "犬")  # aisha answered one of the two
    _place(db, dog, n5)
    assert study.deck_counts(db, aisha, clock())  # the study cache is warm
    stats.prepare(db, aisha, clock())  # the summary counts the answer under N5 now
    i = deck_delete.delete_impact(db, n5)
    assert (i.notes, i.cards, i.reviews, i.returned, i.home_decks) == \
        (3, 6, 4, 2, ("My words",))
    clock.advance(60)
    gone = deck_delete.delete_deck(db, n5, now=clock())
    assert (gone.cards, gone.reviews, gone.returned) == (6, 4, 2)
    # the note still has its two cards, in its own deck, and aisha's answer on one of them
    assert _cards(db, mine, "犬") == dog
    counts = {c.name: c for c in study.deck_counts(db, aisha, clock())}
    assert (counts["My words"].total, counts["My words"].learning) == (2, 1)
    clock.advance(3600)  # the answered card is due again: studying the deck offers it
    card = study.next_card(db, aisha, mine, clock())
    assert card is not None and card.card_id in dog
    assert study.today_summary(db, aisha, clock()).reviewed >= 1
    assert stats.stats_data(db, aisha, clock(), deck_id=mine).reviews_total == 1
    with db.session() as s:
        from jpprep.store.models import Deck

        assert s.get(Deck, mine).updated_ms == clock() - 3_600_000  # its stamp: cards joined


def test_cards_of_the_deleted_notes_in_other_decks_go_with_them_and_are_counted(db, lib, clock):
    n5, n4 = lib["decks"]["Svc::N5 words"], lib["decks"]["Svc::N4 words"]
    water = _cards(db, n5, "水")
    _place(db, water[:1], n4)
    i = deck_delete.delete_impact(db, n5)
    assert (i.notes, i.cards, i.elsewhere, i.returned) == (3, 6, 1, 0)
    deck_delete.delete_deck(db, n5, now=clock())
    assert browser.search_notes(db, text="水").total == 0
    n4_row = next(d for d in browser.list_decks(db) if d.name == "Svc::N4 words")
    assert (n4_row.notes, n4_row.cards) == (1, 2)  # its own note's two cards, no stray one


def test_a_card_moved_between_decks_of_the_deleted_tree_is_deleted(db, lib, clock):
    n5, n4 = lib["decks"]["Svc::N5 words"], lib["decks"]["Svc::N4 words"]
    _place(db, _cards(db, n5, "水"), n4)
    i = deck_delete.delete_impact(db, lib["decks"]["Svc"])
    assert (i.notes, i.cards, i.elsewhere, i.returned) == (4, 8, 0, 0)
    deck_delete.delete_deck(db, lib["decks"]["Svc"], now=clock())
    assert browser.search_notes(db).total == 1


# ---------------------------------------------------------------- media and a running import
def test_an_import_keeping_a_file_while_a_deletion_removes_it_keeps_it(db, lib, clock, tmp_path,
                                                                        monkeypatch):
    """The window: the deletion committed and looks which contents are unused while an import
    has kept (found or written) the same content and not yet committed its row. The import is
    held at that point; the deletion's second look is let through; the file must stay."""
    import threading

    from jpprep import paths
    from jpprep.decks.native import read_deck
    from jpprep.services import importing, media_lock
    from jpprep.services.check import check_database

    later = read_deck(write_deck(tmp_path / "later", "later", "Later words", [
        "1,vocab,食べる,たべる,to eat,verb,,late.mp3"], media={"late.mp3": b"only in N5"}))
    kept, go, errors = threading.Event(), threading.Event(), []
    store = importing._store_media

    def held_store(s, *a, **kw):  # the import stops after keeping its files, before its commit
        store(s, *a, **kw)
        kept.set()
        go.wait(30)

    def run_import():
        try:
            importing.import_deck(db, later, source="user", now=clock())
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            kept.set()

    monkeypatch.setattr(importing, "_store_media", held_store)
    lock = media_lock.lock_media

    def lock_and_let_go(s):  # the deletion asks for the lock: the import may go on now
        if threading.current_thread() is threading.main_thread():
            go.set()
        lock(s)

    monkeypatch.setattr(media_lock, "lock_media", lock_and_let_go)
    remove = deck_delete._remove_unused_files
    worker = threading.Thread(target=run_import)

    def remove_during_import(*a):
        worker.start()
        kept.wait(30)
        remove(*a)

    monkeypatch.setattr(deck_delete, "_remove_unused_files", remove_during_import)
    deck_delete.delete_deck(db, lib["decks"]["Svc::N5 words"], now=clock())
    go.set()
    worker.join(30)
    assert not errors and not worker.is_alive()
    later_id = next(d.id for d in browser.list_decks(db) if d.name == "Later words")
    assert importing.media_file(db, later_id, "late.mp3") is not None  # its sound plays
    report = check_database(db, paths.media_dir(), repair=False, now=clock(), backup=False)
    assert not [f for f in report.problems if f.table == "media"]


def test_the_database_check_reports_a_lost_media_file(db, lib, clock):
    """Were a file lost anyway (deleted by hand, a crash), the check names it."""
    from jpprep import paths
    from jpprep.services.check import check_database

    for p in paths.media_dir().rglob("*"):
        if p.is_file() and p.read_bytes() == b"only in N5":
            p.unlink()
    report = check_database(db, paths.media_dir(), repair=True, now=clock(), backup=False)
    assert [f.what for f in report.problems if f.table == "media"] == \
        ["media files are missing: eat.mp3 (deck %d)" % lib["decks"]["Svc::N5 words"]]


# ---------------------------------------------------------------- the command line
def test_cli_deck_delete(db, lib, capsys, monkeypatch):
    from jpprep.cli import main

    url = str(db.engine.url.render_as_string(hide_password=False))
    base = ["--database-url", url, "deck", "delete"]
    assert main([*base, "N5"]) == 2  # not a deck name
    assert 'Did you mean "Svc::N5 words"?' in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main([*base, "Svc::N5 words"]) == 2  # no terminal to ask in: --yes is needed
    err = capsys.readouterr().err
    assert "3 notes, 6 cards and 4 answers by 2 learner(s)" in err and "--yes" in err
    assert "Svc::N5 words" in _names(db)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    assert main([*base, "svc-n5"]) == 1
    assert "Nothing was deleted" in capsys.readouterr().out
    assert main([*base, "svc-n5", "--yes", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["deck"], out["notes"], out["shipped"]) == ("Svc::N5 words", 3, ["svc-n5"])
    assert "Svc::N5 words" not in _names(db)


def test_cli_says_which_cards_go_back_and_which_go_from_other_decks(db, lib, capsys,
                                                                     monkeypatch):
    from jpprep.cli import main

    mine, n4 = lib["decks"]["My words"], lib["decks"]["Svc::N4 words"]
    n5 = lib["decks"]["Svc::N5 words"]
    _place(db, _cards(db, mine, "犬")[:1], n5)
    _place(db, _cards(db, n5, "水")[:1], n4)
    base = ["--database-url", db.engine.url.render_as_string(hide_password=False), "deck",
            "delete", "svc-n5"]
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(base) == 2
    err = capsys.readouterr().err
    assert "3 notes, 6 cards (1 of them in other decks, cards of these notes)" in err
    assert ("1 card(s) in it whose note belongs to another deck will go back to that deck with "
            "their progress (My words)") in err
    assert main([*base, "--yes"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('deleted "Svc::N5 words": 3 notes, 6 cards (1 of them')
    assert "kept: 1 card(s) in it whose note belongs to another deck will go back" in out
    assert len(_cards(db, mine, "犬")) == 2  # the note keeps both its cards
