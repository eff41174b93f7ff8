"""The native deck format: reading, the errors an instructor sees, writing back."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from jpprep.decks.model import DeckProblemsError
from jpprep.decks.native import read_deck, write_deck
from jpprep.errors import ImportFileError

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "sample-deck"


def test_reads_the_sample_folder():
    deck = read_deck(SAMPLE)
    assert deck.id == "test-kitchen" and deck.name == "Test::Kitchen words"
    assert deck.card_types == ["recognition", "reading"]
    assert [n.id for n in deck.notes] == ["nabe", "hocho", "niru", "mizu"]
    nabe = deck.notes[0]
    assert nabe.reading == "なべ" and nabe.meanings == {"en": "pot", "ur": "دیگچی"}
    assert nabe.examples == [{"ja": "鍋でスープを作ります。", "en": "I make soup in a pot."}]
    assert nabe.tags == ["kitchen", "tool"] and nabe.level == "N5"
    assert nabe.extra == {"pos": "noun"} and nabe.audio == "nabe.wav"
    assert deck.notes[2].level == "N4"
    assert set(deck.media) == {"nabe.wav"}


def _copy(tmp_path) -> Path:
    target = tmp_path / "deck"
    shutil.copytree(SAMPLE, target)
    return target


def test_romaji_reading_names_line_field_and_fix(tmp_path):
    deck_dir = _copy(tmp_path)
    with open(deck_dir / "notes.csv", "a", encoding="utf-8") as fh:
        fh.write("taberu,vocab,食べる,taberu,to eat,کھانا,,,,,,verb\n")
    with pytest.raises(DeckProblemsError) as info:
        read_deck(deck_dir)
    err = info.value
    assert err.row == 6 and err.line is None and err.field == "reading"
    assert str(err).startswith("deck/notes.csv, row 6, column reading: 'taberu' is not kana; "
                               "write たべる or leave it empty to generate it")
    # the valid rows are still there for "import the valid rows"
    assert len(err.deck.notes) == 4
    lenient = read_deck(deck_dir, strict=False)
    assert len(lenient.notes) == 4 and len(lenient.problems) == 1


def test_every_bad_row_is_listed(tmp_path):
    deck_dir = _copy(tmp_path)
    with open(deck_dir / "notes.csv", "a", encoding="utf-8") as fh:
        fh.write("nabe,vocab,鍋,なべ,pot again,,,,,,,\n")
        fh.write(",vocab,皿,さら,plate,,,,,,,\n")
        fh.write("koppu,cup,コップ,,cup,,,,,,,\n")
        fh.write("oboru,vocab,ボウル,,,,,,,,,\n")
        fh.write("hashi,vocab,箸,はし,chopsticks,,,,,,../../etc/passwd,\n")
    deck = read_deck(deck_dir, strict=False)
    got = {(p.row, p.field) for p in deck.problems}
    assert got == {(6, "id"), (7, "id"), (8, "kind"), (9, "meaning_en"), (10, "audio")}
    assert all(p.hint for p in deck.problems)
    assert "first on row 2" in str([p for p in deck.problems if p.row == 6][0])


def test_missing_column_and_bad_toml(tmp_path):
    deck_dir = _copy(tmp_path)
    (deck_dir / "notes.csv").write_text("id,expression\nx,水\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no column 'meaning_en'"):
        read_deck(deck_dir)
    (deck_dir / "deck.toml").write_text('id = "x"\nname = "oops\n', encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read_deck(deck_dir)
    assert info.value.line == 2


def test_shift_jis_notes_are_refused_with_a_fix(tmp_path):
    deck_dir = _copy(tmp_path)
    (deck_dir / "notes.csv").write_bytes("id,expression,meaning_en\nmizu,水,water\n".encode("cp932"))
    with pytest.raises(ImportFileError, match="not UTF-8") as info:
        read_deck(deck_dir)
    assert info.value.row == 2 and "CSV UTF-8" in str(info.value)


def test_round_trip_folder_and_jpdeck(tmp_path):
    deck = read_deck(SAMPLE)
    folder = write_deck(deck, tmp_path / "out")
    zipped = write_deck(deck, tmp_path / "out.jpdeck")
    for path in (folder, zipped):
        again = read_deck(path)
        assert again.name == deck.name and again.card_types == deck.card_types
        assert [(n.id, n.expression, n.reading, n.meanings, n.examples, n.tags, n.level,
                 n.extra, n.audio) for n in again.notes] == \
               [(n.id, n.expression, n.reading, n.meanings, n.examples, n.tags, n.level,
                 n.extra, n.audio) for n in deck.notes]
        data = again.media["nabe.wav"]
        data = data if isinstance(data, bytes) else data.read_bytes()
        assert data == (SAMPLE / "media" / "nabe.wav").read_bytes()


def test_jpdeck_with_a_top_folder(tmp_path):
    path = tmp_path / "d.jpdeck"
    with zipfile.ZipFile(path, "w") as zf:
        for f in SAMPLE.rglob("*"):
            if f.is_file():
                zf.write(f, "sample/" + f.relative_to(SAMPLE).as_posix())
    assert len(read_deck(path).notes) == 4


def test_hostile_jpdeck_entries_are_refused(tmp_path):
    for bad in ("../evil.txt", "/abs.txt", "media/../../x"):
        path = tmp_path / "bad.jpdeck"
        with zipfile.ZipFile(path, "w") as zf:
            zf.write(SAMPLE / "deck.toml", "deck.toml")
            zf.write(SAMPLE / "notes.csv", "notes.csv")
            zf.writestr(bad, "x")
        with pytest.raises(ImportFileError, match="unsafe path"):
            read_deck(path)
        assert not (tmp_path.parent / "evil.txt").exists()


def test_symlink_in_jpdeck_is_refused(tmp_path):
    path = tmp_path / "link.jpdeck"
    with zipfile.ZipFile(path, "w") as zf:
        zf.write(SAMPLE / "deck.toml", "deck.toml")
        zf.write(SAMPLE / "notes.csv", "notes.csv")
        info = zipfile.ZipInfo("media/nabe.wav")
        info.external_attr = (0o120777 << 16)
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(ImportFileError, match="symbolic link"):
        read_deck(path)


def test_zip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.jpdeck"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(SAMPLE / "deck.toml", "deck.toml")
        zf.writestr("notes.csv", b"\0" * (40 << 20))
    with pytest.raises(ImportFileError, match="zip bomb"):
        read_deck(path)


def test_a_huge_field_is_refused_not_loaded(tmp_path):
    deck_dir = _copy(tmp_path)
    with open(deck_dir / "notes.csv", "a", encoding="utf-8") as fh:
        fh.write("big,vocab,大," + "お" * 200_000 + ",big,,,,,,,\n")
    deck = read_deck(deck_dir, strict=False)
    assert [p.row for p in deck.problems] == [6]
    assert "limit" in deck.problems[0].message and len(deck.notes) == 4
