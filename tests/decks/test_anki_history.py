"""Anki review history comes over with --with-scheduling: answers land in the profile's review
log (so retention, the heatmap and streaks include them), once, however often the package is
imported."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from jpprep.services.importing import import_file
from jpprep.store.models import Card, CardState, Note, Profile, Review

NOW = 1_790_000_000_000


@pytest.fixture(scope="module")
def studied(tmp_path_factory):
    """A package whose learner answered cards in Anki: 鍋 Good, Good (now in review);
    包丁 Again, Good, then 'set due date' to 3 days; 水 never studied."""
    pytest.importorskip("anki")
    from anki.collection import Collection, ExportAnkiPackageOptions

    folder = tmp_path_factory.mktemp("studied")
    col = Collection(str(folder / "collection.anki2"))
    did = col.decks.id("Kitchen")
    basic = col.models.by_name("Basic")
    cids = {}
    for front, back in (("鍋", "pot"), ("包丁", "kitchen knife"), ("水", "water")):
        n = col.new_note(basic)
        n["Front"], n["Back"] = front, back
        col.add_note(n, did)
        cids[front] = n.cards()[0].id
    for front, eases in (("鍋", (3, 3)), ("包丁", (1, 3))):
        for ease in eases:
            card = col.get_card(cids[front])
            card.start_timer()
            col.sched.answerCard(card, ease)
    col.sched.set_due_date([cids["包丁"]], "3")
    revlog = col.db.all("select id, cid, ease, type from revlog order by id")
    out = {}
    for name, legacy in (("modern.apkg", False), ("legacy.apkg", True)):
        col.export_anki_package(out_path=str(folder / name), limit=None,
                                options=ExportAnkiPackageOptions(
                                    with_scheduling=True, with_deck_configs=False,
                                    with_media=False, legacy=legacy))
        out[name] = folder / name
    col.export_collection_package(str(folder / "all.colpkg"), include_media=False, legacy=False)
    out["all.colpkg"] = folder / "all.colpkg"
    out["revlog"] = revlog
    return out


def _profile(db, pid=1, name="ram"):
    with db.session() as s:
        s.add(Profile(id=pid, name=name, created_ms=NOW))


def _log(db, pid=1):
    with db.session() as s:
        rows = s.execute(select(Note.expression, Review.kind, Review.rating, Review.state_before,
                                Review.state_after, Review.reviewed_ms)
                         .join(Card, Card.id == Review.card_id).join(Note)
                         .where(Review.profile_id == pid).order_by(Review.reviewed_ms)).all()
    return [tuple(r) for r in rows]


@pytest.mark.parametrize("kind", ["modern.apkg", "legacy.apkg", "all.colpkg"])
def test_review_history_comes_over_once(db, studied, kind):
    assert len(studied["revlog"]) == 5  # 4 answers and one 'set due date'
    _profile(db)
    report = import_file(db, studied[kind], now=NOW, with_scheduling=True, profile_id=1)
    assert report.reviews_added == 5 and report.states_added == 2
    log = _log(db)
    answers = [(e, r, b, a) for e, k, r, b, a, _ in log if k == "review"]
    assert [x for x in answers if x[0] == "鍋"] == [("鍋", 3, 0, 1), ("鍋", 3, 1, 2)]
    assert [x for x in answers if x[0] == "包丁"][0] == ("包丁", 1, 0, 1)
    assert [(e, b, a) for e, k, r, b, a, _ in log if k == "manual"] == [("包丁", 1, 2)]
    assert [ms for *_, ms in log] == sorted(rid for rid, *_ in studied["revlog"])
    with db.session() as s:
        nabe = s.execute(select(CardState).join(Card, Card.id == CardState.card_id)
                         .join(Note).where(Note.expression == "鍋")).scalar_one()
        assert nabe.state == 2 and nabe.last_review_ms == log[1][5]
    # the same package again (and an updated export of it) adds no answer twice
    again = import_file(db, studied[kind], now=NOW + 1, with_scheduling=True, profile_id=1)
    assert (again.reviews_added, again.states_added, again.added) == (0, 0, 0)
    assert len(_log(db)) == 5


def test_history_feeds_statistics(db, studied):
    from jpprep.services.stats import stats_data

    _profile(db)
    import_file(db, studied["modern.apkg"], now=NOW, with_scheduling=True, profile_id=1)
    last = max(rid for rid, *_ in studied["revlog"])
    stats = stats_data(db, 1, last + 3_600_000)
    assert stats.reviews_total == 4
    assert sum(n for _, n in stats.heatmap) == 4


def test_without_scheduling_or_for_another_profile(db, studied):
    _profile(db)
    _profile(db, 2, "sita")
    import_file(db, studied["modern.apkg"], now=NOW)
    assert _log(db) == []
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(CardState)) == 0
    # cards already in the database still receive the history when it is asked for
    one = import_file(db, studied["modern.apkg"], now=NOW, with_scheduling=True, profile_id=1)
    two = import_file(db, studied["modern.apkg"], now=NOW, with_scheduling=True, profile_id=2)
    assert (one.reviews_added, two.reviews_added) == (5, 5)
    assert (one.states_added, two.states_added) == (2, 2)


def test_progress_made_in_jpprep_is_not_overwritten(db, studied):
    _profile(db)
    import_file(db, studied["modern.apkg"], now=NOW)
    with db.session() as s:
        card = s.execute(select(Card).join(Note).where(Note.expression == "鍋")).scalar_one()
        s.add(CardState(profile_id=1, card_id=card.id, state=2, reps=9, due_ms=NOW))
        card_id = card.id
    report = import_file(db, studied["modern.apkg"], now=NOW, with_scheduling=True, profile_id=1)
    assert report.states_added == 1 and report.reviews_added == 5
    with db.session() as s:
        assert s.get(CardState, (1, card_id)).reps == 9


def _graded_in_anki(package) -> int:
    import tempfile

    from anki.collection import (Collection, ImportAnkiPackageOptions,
                                 ImportAnkiPackageRequest)

    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(f"{tmp}/collection.anki2")
        try:
            col.import_anki_package(ImportAnkiPackageRequest(
                package_path=str(package),
                options=ImportAnkiPackageOptions(with_scheduling=True)))
            return col.db.scalar("select count() from revlog")
        finally:
            col.close()


def test_shared_decks_bring_their_history(db, shared_dir):
    pytest.importorskip("anki")
    packages = sorted((shared_dir / "decks").glob("*/*.apkg"))
    with_log = [(p, n) for p in packages if (n := _graded_in_anki(p))]
    if not with_log:
        pytest.skip("no deck in ../shared/decks carries review history")
    for i, (package, count) in enumerate(with_log, start=1):
        _profile(db, i, f"p{i}")
        report = import_file(db, package, now=NOW, with_scheduling=True, profile_id=i)
        assert report.reviews_added == count, package.name


def test_cli_brings_history_into_the_named_profile(studied, capsys):
    import json

    from jpprep import paths
    from jpprep.cli import main
    from jpprep.store.db import Database

    db = Database(paths.database_url())
    try:
        _profile(db)
    finally:
        db.close()
    assert main(["import", str(studied["modern.apkg"]), "--with-scheduling"]) == 2
    assert "--profile" in capsys.readouterr().err
    assert main(["--profile", "ram", "import", str(studied["modern.apkg"]),
                 "--with-scheduling"]) == 0
    assert "2 card states, 5 answers" in capsys.readouterr().out
    assert main(["--profile", "ram", "import", str(studied["modern.apkg"]),
                 "--with-scheduling", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["reviews_added"], data["unchanged"]) == (0, 3)
