"""Notes a new version of a shipped deck no longer has (jpprep.services.retire, run by
sync_shipped_decks and `jpprep deck sync`), on SQLite and PostgreSQL: they leave the deck the
learner studies; a note nobody studied goes, a studied (or changed) one is kept with its answers,
suspended, in "Retired::<deck>"; a note the learner moved to a deck of their own stays there;
everything else is untouched; one transaction per deck; the summary counts them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jpprep.services import browser, note_actions, stats, study
from jpprep.services.importing import sync_shipped_decks
from jpprep.store.models import Card, CardState, Deck, Note, Profile, Review

HEADER = "id,kind,expression,reading,meaning_en,tags,level\n"
ROWS = {"1": "1,vocab,食べる,たべる,to eat,verb,N5",
        "2": "2,vocab,水,みず,water,noun,N5",
        "3": "3,vocab,学校,がっこう,school,noun,N5",
        "4": "4,vocab,猫,ねこ,cat,noun,N5"}
DECK = "Svc::N5 words"
RETIRED = "Retired::Svc N5 words"


def write_version(root: Path, version: str, ids, changed: dict | None = None) -> Path:
    d = root / "svc-n5"
    d.mkdir(parents=True, exist_ok=True)
    (d / "deck.toml").write_text(
        f'format = 1\nid = "svc-n5"\nname = "{DECK}"\nlanguages = ["en"]\n'
        'card_types = ["recognition", "reading"]\nlicence = "CC0"\n'
        f'attribution = "written for the tests"\nversion = "{version}"\n', encoding="utf-8")
    rows = [(changed or {}).get(i, ROWS[i]) for i in ids]
    (d / "notes.csv").write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return root


@pytest.fixture
def db(backend_db):
    return backend_db


@pytest.fixture
def lib(db, tmp_path, clock):
    """Version 1 of a shipped deck with four words, a learner's own deck, and two learners:
    aisha answered 食べる and 学校 (recognition) and a word of her own deck; ravi answered
    学校. Nobody studied 水 or 猫."""
    root = write_version(tmp_path / "decks", "1", ["1", "2", "3", "4"])
    sync_shipped_decks(db, root, now=clock())
    own = tmp_path / "own"
    own.mkdir()
    (own / "deck.toml").write_text('format = 1\nid = "mine"\nname = "My words"\n'
                                   'languages = ["en"]\ncard_types = ["recognition"]\n'
                                   'version = "1"\n', encoding="utf-8")
    (own / "notes.csv").write_text(HEADER + "1,vocab,犬,いぬ,dog,noun,\n", encoding="utf-8")
    from jpprep.services.importing import import_file

    import_file(db, own, now=clock())
    with db.session() as s:
        s.add_all([Profile(name="aisha", created_ms=clock()),
                   Profile(name="ravi", created_ms=clock())])
    with db.session() as s:
        pids = {p.name: p.id for p in s.scalars(select(Profile))}
    decks = {d.name: d.id for d in browser.list_decks(db)}
    for who, expr in (("aisha", "食べる"), ("aisha", "学校"), ("ravi", "学校"), ("aisha", "犬")):
        study.answer(db, pids[who], card_of(db, expr), 3, clock())
        clock.advance(60)
    return {"root": root, "profiles": pids, "decks": decks}


def card_of(db, expression: str, kind: str = "recognition") -> int:
    with db.session() as s:
        return s.scalar(select(Card.id).join(Note, Note.id == Card.note_id)
                        .where(Note.expression == expression, Card.kind == kind))


def snapshot(db, expressions) -> dict:
    """Every card of these words with its deck, everyone's state and answers (not its
    position: a sync puts the cards in the new file's order)."""
    out = {}
    with db.session() as s:
        for expr in expressions:
            for c in s.scalars(select(Card).join(Note, Note.id == Card.note_id)
                               .where(Note.expression == expr)):
                states = sorted((r.profile_id, r.state, r.queue, r.reps, r.due_ms, r.stability)
                                for r in s.scalars(select(CardState)
                                                   .where(CardState.card_id == c.id)))
                answers = sorted((r.uid, r.profile_id, r.reviewed_ms, r.rating)
                                 for r in s.scalars(select(Review).where(Review.card_id == c.id)))
                out[(expr, c.kind)] = (c.id, c.deck_id, states, answers)
    return out


def deck_of(db, expression: str) -> str | None:
    with db.session() as s:
        return s.scalar(select(Deck.name).join(Note, Note.deck_id == Deck.id)
                        .where(Note.expression == expression))


def sync(db, root, clock):
    clock.advance(3600)
    return sync_shipped_decks(db, root, now=clock())


def test_a_note_nobody_studied_is_retired_and_everything_else_is_untouched(db, lib, clock):
    before = snapshot(db, ["食べる", "学校", "猫", "犬"])
    n_reviews = _count(db, Review)
    [report] = sync(db, write_version(lib["root"], "2", ["1", "3", "4"]), clock)
    assert (report.retired, report.retired_kept, report.retired_left) == (1, 0, 0)
    assert deck_of(db, "水") is None  # the note and both its cards are gone
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Card).join(Note, Note.id == Card.note_id)
                        .where(Note.expression == "水")) == 0
    assert RETIRED not in [d.name for d in browser.list_decks(db)]  # nothing needed keeping
    assert snapshot(db, ["食べる", "学校", "猫", "犬"]) == before
    assert _count(db, Review) == n_reviews
    deck = lib["decks"][DECK]
    assert {r.expression for r in browser.search_notes(db, deck_id=deck).rows} == {"食べる", "学校", "猫"}
    # the study queue no longer offers it: every new card left in the deck is another word's
    aisha = lib["profiles"]["aisha"]
    seen = set()
    for _ in range(10):
        card = study.next_card(db, aisha, deck, clock())
        if card is None:
            break
        seen.add(card.expression)
        study.bury(db, aisha, [card.card_id], clock())
    assert "水" not in seen and "猫" in seen


def _count(db, table) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(table))


def test_a_studied_note_is_kept_with_its_answers_suspended_in_the_retired_deck(db, lib, clock):
    aisha, ravi = lib["profiles"]["aisha"], lib["profiles"]["ravi"]
    deck = lib["decks"][DECK]
    stats.prepare(db, aisha, clock())  # the Progress page's summary, built before the sync
    whole = stats.stats_data(db, aisha, clock())
    before = snapshot(db, ["食べる"])
    [report] = sync(db, write_version(lib["root"], "2", ["2", "3", "4"]), clock)
    assert (report.retired, report.retired_kept, report.retired_deck) == (1, 1, RETIRED)
    assert deck_of(db, "食べる") == RETIRED
    retired = next(d.id for d in browser.list_decks(db) if d.name == RETIRED)
    after = snapshot(db, ["食べる"])
    for kind in ("recognition", "reading"):
        cid, _deck, states, answers = after[("食べる", kind)]
        assert (cid, answers) == before[("食べる", kind)][::3]  # same card, same answers
        assert _deck == retired
        # suspended for everyone: aisha keeps her progress, ravi (never saw it) too
        assert {p for p, *_ in states} == {aisha, ravi}
        assert all(queue == -1 for _p, _state, queue, *_ in states)
    rec_states = dict((p, rest) for p, *rest in after[("食べる", "recognition")][2])
    assert rec_states[aisha][2] == 1  # reps: her answer's state is still there
    # the Progress page counts the answer as before, now under the Retired deck
    now = clock()
    assert stats.stats_data(db, aisha, now).reviews_total == whole.reviews_total
    assert stats.stats_data(db, aisha, now).heatmap == whole.heatmap
    assert stats.stats_data(db, aisha, now, deck_id=retired).reviews_total == 1
    for deck_id in (None, deck, retired):  # the kept summary agrees with the review log
        assert stats.stats_data(db, aisha, now, deck_id=deck_id).heatmap == \
            stats.direct_stats_data(db, aisha, now, deck_id=deck_id).heatmap
    # no study queue shows it: not the deck's, not all decks', not the Retired deck's
    counts = {c.name: c for c in study.deck_counts(db, aisha, now)}
    assert (counts[RETIRED].new, counts[RETIRED].learning, counts[RETIRED].review) == (0, 0, 0)
    for p in (aisha, ravi):
        for deck_id in (None, retired):
            card = study.next_card(db, p, deck_id, now + 86_400_000 * 30)
            assert card is None or card.expression != "食べる"


def test_a_note_the_learner_moved_to_their_own_deck_stays_there(db, lib, clock):
    mine = lib["decks"]["My words"]
    with db.session() as s:
        water = s.scalar(select(Note.id).where(Note.expression == "水"))
    note_actions.move_notes(db, [water], mine, now=clock())
    before = snapshot(db, ["水"])
    [report] = sync(db, write_version(lib["root"], "2", ["1", "3", "4"]), clock)
    assert (report.retired, report.retired_left) == (0, 1)
    assert deck_of(db, "水") == "My words" and snapshot(db, ["水"]) == before


def test_a_note_changed_after_the_last_sync_is_kept_not_deleted(db, lib, clock):
    with db.session() as s:
        cat = s.scalar(select(Note.id).where(Note.expression == "猫"))
    clock.advance(60)
    browser.update_note(db, cat, now=clock(), meanings={"en": "cat (my note: 猫舌)"})
    [report] = sync(db, write_version(lib["root"], "2", ["1", "2", "3"]), clock)
    assert (report.retired, report.retired_kept) == (1, 1)
    assert deck_of(db, "猫") == RETIRED
    with db.session() as s:
        assert s.scalar(select(Note.meanings).where(Note.id == cat))["en"] == "cat (my note: 猫舌)"


def test_a_later_sync_of_the_same_version_retires_nothing_more(db, lib, clock):
    root = write_version(lib["root"], "2", ["2", "3", "4"])
    assert sync(db, root, clock)[0].retired_kept == 1
    write_version(lib["root"], "3", ["2", "3"])  # 猫 goes too; the Retired deck is reused
    [report] = sync(db, root, clock)
    assert (report.retired, report.retired_kept, report.retired_left) == (1, 0, 0)
    assert deck_of(db, "食べる") == RETIRED and deck_of(db, "猫") is None
    assert [d.name for d in browser.list_decks(db)].count(RETIRED) == 1


def test_the_sync_is_one_transaction(db, lib, clock, monkeypatch):
    """A failure after the notes were updated and the retired ones taken out leaves the
    database as it was, and the next sync does it all."""
    from jpprep.services import retire

    before = snapshot(db, ["食べる", "水", "学校", "猫", "犬"])
    with db.session() as s:
        version = s.scalar(select(Deck.meta).where(Deck.id == lib["decks"][DECK]))["version"]
    root = write_version(lib["root"], "2", ["3", "4"],
                         changed={"3": "3,vocab,学校,がっこう,school (changed),noun,N5"})

    def fail(*_a, **_k):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(retire, "_copy_media", fail)  # the last step of retiring
    with pytest.raises(RuntimeError):
        sync(db, root, clock)
    assert snapshot(db, ["食べる", "水", "学校", "猫", "犬"]) == before
    assert deck_of(db, "食べる") == DECK and deck_of(db, "水") == DECK
    assert RETIRED not in [d.name for d in browser.list_decks(db)]
    with db.session() as s:
        assert s.scalar(select(Deck.meta).where(Deck.id == lib["decks"][DECK]))["version"] == version
        assert s.scalar(select(Note.meanings).where(Note.expression == "学校"))["en"] == "school"
    monkeypatch.undo()
    [report] = sync(db, root, clock)
    assert (report.updated, report.retired, report.retired_kept) == (1, 2, 1)


def test_cli_deck_sync_says_how_many_were_retired(db, lib, clock, capsys, monkeypatch):
    from jpprep import paths
    from jpprep.cli import main

    monkeypatch.setattr(paths, "decks_dir", lambda: lib["root"])
    write_version(lib["root"], "2", ["2", "3"])
    base = ["--database-url", db.engine.url.render_as_string(hide_password=False), "deck", "sync"]
    assert main(base) == 0
    out = capsys.readouterr().out
    assert f"{DECK}: 0 added, 0 updated, 2 retired" in out
    assert f'1 retired note(s) had answers or changes: kept with their history, suspended, in "{RETIRED}"' in out
    write_version(lib["root"], "3", ["3"])
    assert main([*base, "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["retired"], row["retired_kept"], row["retired_left"], row["retired_deck"]) == (
        1, 0, 0, "")


def test_a_retired_note_that_comes_back_returns_to_the_deck_with_its_progress(db, lib, clock):
    aisha = lib["profiles"]["aisha"]
    sync(db, write_version(lib["root"], "2", ["2", "3", "4"]), clock)
    assert deck_of(db, "食べる") == RETIRED
    [report] = sync(db, write_version(lib["root"], "3", ["1", "2", "3", "4"]), clock)
    assert (report.added, report.retired) == (0, 0)  # the same note, found by its guid
    assert deck_of(db, "食べる") == DECK
    with db.session() as s:
        card = s.get(CardState, (aisha, card_of(db, "食べる")))
        assert (card.reps, card.queue) == (1, 0)  # her progress; in study again
        assert s.scalar(select(func.count()).select_from(Review)
                        .where(Review.card_id == card.card_id)) == 1


def test_two_computers_of_a_class_syncing_at_once_retire_each_note_once(backend_url, tmp_path,
                                                                         clock, monkeypatch):
    """A lab starts the new version on every PC at the same moment: both read the old version
    and import at once on the one PostgreSQL server. Both succeed; the studied note is in one
    Retired deck, suspended once per profile; the other is gone."""
    import threading

    from jpprep.decks import native
    from jpprep.store.db import Database

    if not backend_url.startswith("postgresql"):
        pytest.skip("only a server is synced by many computers at once")
    first, second = Database(backend_url), Database(backend_url)
    try:
        root = write_version(tmp_path / "decks", "1", ["1", "2", "3"])
        sync_shipped_decks(first, root, now=clock())
        with first.session() as s:
            s.add_all([Profile(name="aisha", created_ms=clock()),
                       Profile(name="ravi", created_ms=clock())])
        with first.session() as s:
            aisha = s.scalar(select(Profile.id).where(Profile.name == "aisha"))
        study.answer(first, aisha, card_of(first, "食べる"), 3, clock())
        write_version(root, "2", ["3"])
        both = threading.Barrier(2, timeout=30)
        read = native.read_deck

        def read_together(*args, **kwargs):  # both have seen version 1 and import version 2
            both.wait()
            return read(*args, **kwargs)

        monkeypatch.setattr(native, "read_deck", read_together)
        out, errors = [], []

        def run(db):
            try:
                out.extend(sync_shipped_decks(db, root, now=clock() + 1000))
            except Exception as exc:  # noqa: BLE001 (the test reports it)
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(db,)) for db in (first, second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors, errors
        assert len(out) == 2 and sum(r.retired_kept for r in out) == 1
        assert deck_of(first, "食べる") == RETIRED and deck_of(first, "水") is None
        assert [d.name for d in browser.list_decks(first)].count(RETIRED) == 1
        with first.session() as s:
            cid = card_of(first, "食べる")
            assert s.scalar(select(func.count()).select_from(CardState)
                            .where(CardState.card_id == cid)) == 2  # aisha's and ravi's
            assert s.get(CardState, (aisha, cid)).reps == 1
    finally:
        first.close()
        second.close()


def test_a_profile_made_after_the_retiring_is_not_offered_the_retired_cards(db, lib, clock):
    from jpprep.services.profiles import create_profile

    sync(db, write_version(lib["root"], "2", ["2", "3", "4"]), clock)
    newcomer = create_profile(db, "mei", now=clock()).id
    retired = next(d.id for d in browser.list_decks(db) if d.name == RETIRED)
    counts = {c.name: c for c in study.deck_counts(db, newcomer, clock())}
    assert (counts[RETIRED].new, counts[RETIRED].review) == (0, 0)
    assert study.next_card(db, newcomer, retired, clock()) is None
    seen = set()
    for _ in range(12):  # every new card all decks offer her
        card = study.next_card(db, newcomer, None, clock())
        if card is None:
            break
        seen.add(card.expression)
        study.bury(db, newcomer, [card.card_id], clock())
    assert "食べる" not in seen and "水" in seen
