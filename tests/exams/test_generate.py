import os
import random
import sqlite3
from pathlib import Path

import pytest

from jpprep.exams import bank, generate as g, markup

ROOT = Path(__file__).resolve().parents[2]
WORDS = [("天気", "てんき"), ("学校", "がっこう"), ("大学", "だいがく"), ("先生", "せんせい"),
         ("一日", "いちにち"), ("一日", "ついたち"), ("今日", "きょう"), ("開ける", "あける"),
         ("高い", "たかい"), ("切手", "きって"), ("病院", "びょういん"), ("時計", "とけい"),
         ("新聞", "しんぶん"), ("電車", "でんしゃ"), ("手紙", "てがみ"), ("入口", "いりぐち"),
         ("食べる", "たべる"), ("お金", "おかね"), ("映画", "えいが"), ("会社", "かいしゃ"),
         ("テレビ", "てれび"), ("ノート", "のーと"), ("シャツ", "しゃつ"), ("生徒", "せいと")]
KANJI = {"天": (["テン"], ["あま", "あめ"]), "気": (["キ", "ケ"], []), "学": (["ガク"], ["まな.ぶ"]),
         "校": (["コウ"], []), "大": (["ダイ", "タイ"], ["おお", "おお.きい"]), "先": (["セン"], ["さき"]),
         "生": (["セイ", "ショウ"], ["い.きる", "う.まれる", "なま"]), "一": (["イチ", "イツ"], ["ひと", "ひと.つ"]),
         "日": (["ニチ", "ジツ"], ["ひ", "か"]), "開": (["カイ"], ["ひら.く", "ひら.ける", "あ.く", "あ.ける"]),
         "高": (["コウ"], ["たか", "たか.い"]), "切": (["セツ"], ["き.る", "き.れる"]), "手": (["シュ"], ["て"]),
         "病": (["ビョウ"], ["や.む"]), "院": (["イン"], []), "時": (["ジ"], ["とき"]), "計": (["ケイ"], ["はか.る"]),
         "新": (["シン"], ["あたら.しい"]), "聞": (["ブン", "モン"], ["き.く"]), "電": (["デン"], []),
         "車": (["シャ"], ["くるま"]), "紙": (["シ"], ["かみ"]), "入": (["ニュウ"], ["い.る", "はい.る"]),
         "口": (["コウ", "ク"], ["くち"]), "食": (["ショク"], ["た.べる"]), "金": (["キン", "コン"], ["かね"]),
         "映": (["エイ"], ["うつ.る"]), "画": (["ガ", "カク"], []), "会": (["カイ", "エ"], ["あ.う"]),
         "社": (["シャ"], ["やしろ"]), "徒": (["ト"], [])}


def small_lexicon():
    lex = g.Lexicon()
    for e, r in WORDS:
        lex.add(e, r)
    for k, (on, kun) in KANJI.items():
        lex.add_kanji(k, on, kun, 5)
    return lex


def words():
    return [g.Word(e, r, f"w{i}", "N5") for i, (e, r) in enumerate(WORDS)]


def test_confusion_kinds():
    assert "がっこう" in g.voicing_variants("かっこう") and "かっこう" in g.voicing_variants("がっこう")
    assert "がこう" in g.sokuon_variants("がっこう")
    assert "びょいん" in g.length_variants("びょういん")
    assert g.align("大学", "だいがく", small_lexicon()) == [("大", "だい"), ("学", "がく")]
    assert "たいがく" in g.other_reading_variants("大学", "だいがく", small_lexicon())
    assert "毛紙" in g.spelling_variants("手紙", small_lexicon())
    assert "ツャツ" in g.spelling_variants("シャツ", small_lexicon())


def check_item(item, lex):
    """Exactly one choice is a valid answer; returns the correct text."""
    assert len(item["choices"]) == 4 and len(set(item["choices"])) == 4
    correct = item["choices"][item["answer"] - 1]
    target = markup.target_text(item["stem"])
    if item["type"] == "kanji_reading":
        valid = lex.readings[target]
        assert correct in valid
        assert [c for c in item["choices"] if c in valid] == [correct], item
    else:
        valid = lex.spellings[target]
        assert [c for c in item["choices"] if c in valid] == [correct], item
    return correct


def test_thousands_of_generated_items_have_one_correct_answer():
    lex = small_lexicon()
    n = 0
    for seed in range(120):
        for item in g.generate_items(words(), lex, seed=seed):
            check_item(item, lex)
            n += 1
    assert n >= 2000
    # 一日 has two readings: neither may be offered as a wrong answer for the other
    for seed in range(50):
        for item in g.generate_items([g.Word("一日", "いちにち", "x")], lex, seed=seed, types=("kanji_reading",)):
            assert "ついたち" not in item["choices"]
    # 開ける may also be read ひらける: never a distractor
    for seed in range(50):
        for item in g.generate_items([g.Word("開ける", "あける", "y")], lex, seed=seed, types=("kanji_reading",)):
            assert "ひらける" not in item["choices"]


def test_generated_bank_passes_bank_validation(tmp_path):
    data = g.generate_bank(words(), small_lexicon(), bank_id="gen", seed=4)
    b = bank.parse(data, tmp_path / "gen.json")
    assert len(b.items) >= 25
    kr = [i for i in b.items if i.type == "kanji_reading"]
    assert kr and all(not markup.target_has_ruby(i.stem) for i in kr)


@pytest.fixture(scope="module")
def jmdict():
    jd = pytest.importorskip("jamdict_data")
    return sqlite3.connect(os.path.join(os.path.dirname(jd.__file__), "jamdict.db"))


@pytest.mark.skipif(not (ROOT / "decks" / "jlpt-n5" / "notes.csv").is_file(), reason="decks not present")
def test_shipped_deck_items_checked_against_jmdict(jmdict):
    """Independent check: no wrong choice is a reading (or spelling) JMdict gives the word."""
    lex = g.lexicon_from_decks(ROOT / "decks")
    ws = []
    for lvl in ("n5", "n4", "n3"):
        level_words = g.read_words(ROOT / "decks" / f"jlpt-{lvl}" / "notes.csv")
        random.Random(lvl).shuffle(level_words)
        ws += level_words[:300]
    items = [it for seed in (1, 2) for it in g.generate_items(ws, lex, seed=seed)]
    assert len(items) >= 1000
    bad = []
    for it in items:
        correct = it["choices"][it["answer"] - 1]
        target = markup.target_text(it["stem"])
        for c in it["choices"]:
            if c == correct:
                continue
            if it["type"] == "kanji_reading":
                q = ("SELECT 1 FROM Kanji k JOIN Kana n ON n.idseq = k.idseq WHERE k.text = ? AND n.text = ?",
                     (target, c))
            else:
                q = ("SELECT 1 FROM Kanji k JOIN Kana n ON n.idseq = k.idseq WHERE k.text = ? AND n.text IN (?, ?)",
                     (c, target, g.hira(target)))
            if jmdict.execute(*q).fetchone():
                bad.append((target, c))
    assert bad == []


def test_cli_generate_writes_a_valid_bank(tmp_path, capsys):
    from jpprep.cli import main

    notes = tmp_path / "notes.csv"
    notes.write_text("id,kind,expression,reading,meaning_en\n" + "\n".join(
        f"{i},vocab,{e},{r},x" for i, (e, r) in enumerate(WORDS)), encoding="utf-8")
    out = tmp_path / "gen.json"
    assert main(["exam", "generate", str(notes), "--out", str(out), "--exam", "jlpt-n5"]) == 0
    b = bank.load(out)
    assert b.exam == "jlpt-n5" and len(b.items) >= 20
    assert "items from 24 words" in capsys.readouterr().out
