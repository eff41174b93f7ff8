"""Numbers with counters, read as a learner says them: the same for half-width digits,
full-width digits and kanji numbers (６００個 ろっぴゃっこ, not ろっぴゃくひゃっこ)."""

import pytest

from jpprep.japanese import reading

# counter -> {number: reading}; each row is checked as 600個, ６００個 and 六百個
TABLE = {
    "個": {1: "いっこ", 2: "にこ", 3: "さんこ", 4: "よんこ", 5: "ごこ", 6: "ろっこ", 7: "ななこ",
          8: "はっこ", 9: "きゅうこ", 10: "じゅっこ", 11: "じゅういっこ", 16: "じゅうろっこ",
          20: "にじゅっこ", 100: "ひゃっこ", 101: "ひゃくいっこ", 300: "さんびゃっこ",
          600: "ろっぴゃっこ", 800: "はっぴゃっこ", 1000: "せんこ", 3000: "さんぜんこ",
          6000: "ろくせんこ", 8000: "はっせんこ", 9600: "きゅうせんろっぴゃっこ",
          10000: "いちまんこ", 10800: "いちまんはっぴゃっこ"},
    "回": {1: "いっかい", 3: "さんかい", 6: "ろっかい", 8: "はっかい", 10: "じゅっかい",
          100: "ひゃっかい", 600: "ろっぴゃっかい", 800: "はっぴゃっかい"},
    "階": {1: "いっかい", 2: "にかい", 3: "さんがい", 4: "よんかい", 6: "ろっかい", 8: "はっかい",
          10: "じゅっかい"},
    "本": {1: "いっぽん", 2: "にほん", 3: "さんぼん", 4: "よんほん", 6: "ろっぽん", 7: "ななほん",
          8: "はっぽん", 9: "きゅうほん", 10: "じゅっぽん", 13: "じゅうさんぼん", 100: "ひゃっぽん",
          300: "さんびゃっぽん", 600: "ろっぴゃっぽん", 800: "はっぴゃっぽん", 1000: "せんぼん",
          3000: "さんぜんぼん", 10000: "いちまんぼん", 100000000: "いちおくほん"},
    "匹": {1: "いっぴき", 2: "にひき", 3: "さんびき", 6: "ろっぴき", 8: "はっぴき",
          10: "じゅっぴき", 100: "ひゃっぴき", 300: "さんびゃっぴき", 1000: "せんびき"},
    "杯": {1: "いっぱい", 2: "にはい", 3: "さんばい", 4: "よんはい", 6: "ろっぱい", 8: "はっぱい",
          10: "じゅっぱい", 100: "ひゃっぱい", 600: "ろっぴゃっぱい", 1000: "せんばい"},
    "分": {1: "いっぷん", 2: "にふん", 3: "さんぷん", 4: "よんぷん", 5: "ごふん", 6: "ろっぷん",
          7: "ななふん", 8: "はっぷん", 9: "きゅうふん", 10: "じゅっぷん", 15: "じゅうごふん",
          20: "にじゅっぷん", 30: "さんじゅっぷん", 45: "よんじゅうごふん", 100: "ひゃっぷん",
          600: "ろっぴゃっぷん"},
    "箱": {1: "ひとはこ", 2: "ふたはこ", 3: "さんはこ", 4: "よんはこ", 5: "ごはこ", 6: "ろっぱこ",
          8: "はっぱこ", 10: "じゅっぱこ", 20: "にじゅっぱこ", 24: "にじゅうよんはこ",
          100: "ひゃっぱこ", 600: "ろっぴゃっぱこ"},
    "人": {1: "ひとり", 2: "ふたり", 3: "さんにん", 4: "よにん", 7: "ななにん", 9: "きゅうにん",
          14: "じゅうよにん", 100: "ひゃくにん", 600: "ろっぴゃくにん"},
    "日": {2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか",
          8: "ようか", 9: "ここのか", 10: "とおか", 11: "じゅういちにち", 14: "じゅうよっか",
          17: "じゅうしちにち", 19: "じゅうくにち", 20: "はつか", 24: "にじゅうよっか",
          29: "にじゅうくにち", 30: "さんじゅうにち", 50: "ごじゅうにち"},
    "日間": {3: "みっかかん", 4: "よっかかん", 10: "とおかかん", 14: "じゅうよっかかん",
           50: "ごじゅうにちかん"},
    "つ": {1: "ひとつ", 2: "ふたつ", 3: "みっつ", 4: "よっつ", 5: "いつつ", 6: "むっつ",
          7: "ななつ", 8: "やっつ", 9: "ここのつ", 10: "とお"},
}
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_KD = "〇一二三四五六七八九"


def kanji_number(n: int) -> str:
    out = ""
    for value, ch in ((10**8, "億"), (10**4, "万")):
        q, n = divmod(n, value)
        if q:
            out += kanji_number(q) + ch if q > 1 else "一" + ch
    for value, ch in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else _KD[q]) + ch
    return out + (_KD[n] if n else "")


# Bare 十分 is the word "enough" (じゅうぶん) unless the sentence makes it ten minutes; that
# heteronym is tested in test_readings_in_context.py. 10分 and 十分間 stay here.
CASES = [(form, counter, kana)
         for counter, rows in TABLE.items() for n, kana in rows.items()
         for form in (str(n), str(n).translate(_FULL), kanji_number(n))
         if form + counter != "十分"]


@pytest.mark.parametrize("number, counter, kana", CASES)
def test_number_with_counter(number, counter, kana):
    assert reading(number + counter) == kana


def test_kanji_number_helper_writes_numbers_as_japanese_does():
    assert [kanji_number(n) for n in (14, 600, 1000, 9600, 10800, 100000000)] == [
        "十四", "六百", "千", "九千六百", "一万八百", "一億"]


@pytest.mark.parametrize("text, kana", [
    ("１日", "ついたち"),          # a date
    ("一日中", "いちにちじゅう"),  # JMdict's compound, not a count
    ("二十歳", "はたち"), ("20歳", "はたち"), ("19歳", "じゅうきゅうさい"),
    ("何箱", "なんはこ"), ("何階", "なんがい"), ("何分", "なんぷん"),
    ("二三日", "にさんにち"), ("三四日", "さんよっか"),
    ("十分です", "じゅうぶんです"),  # enough, not ten minutes
    ("１０分", "じゅっぷん"),      # JMdict's full-width １０分 じっぷん gives way to the rule
])
def test_counters_next_to_words_that_look_alike(text, kana):
    assert reading(text) == kana


@pytest.mark.parametrize("text, kana", [
    # shipped SSW example sentences (decks/ssw-*)
    ("三日間、排便がありません。", "みっかかん、はいべんがありません。"),
    ("ブロイラーは約五十日で出荷します。", "ぶろいらーはやくごじゅうにちでしゅっかします。"),
    # our own
    ("りんごを６００個、みかんを８００個注文しました。",
     "りんごをろっぴゃっこ、みかんをはっぴゃっこちゅうもんしました。"),
    ("雨が４日間続きました。", "あめがよっかかんつづきました。"),
    ("トマトを１箱に１０個ずつ入れます。", "とまとをひとはこにじゅっこずついれます。"),
    ("駅まで歩いて１０分です。", "えきまであるいてじゅっぷんです。"),
    ("中心が７５℃で１分以上になるまで加熱します。",
     "ちゅうしんがななじゅうごどでいっぷんいじょうになるまでかねつします。"),
])
def test_counts_in_sentences(text, kana):
    assert reading(text) == kana


@pytest.mark.parametrize("text, kana", [
    # 0 with a counter is ゼロ, as people say it (０個 ぜろこ, not れいこ) ...
    ("0個", "ぜろこ"), ("０個", "ぜろこ"), ("0人", "ぜろにん"), ("0回", "ぜろかい"),
    ("0本", "ぜろほん"), ("0円", "ぜろえん"), ("0歳", "ぜろさい"), ("0件", "ぜろけん"),
    ("在庫は０個になりました。", "ざいこはぜろこになりました。"),
    # ... but れい where that is the set form, and for the kanji 零
    ("0時", "れいじ"), ("午前０時", "ごぜんれいじ"), ("0度", "れいど"), ("0点", "れいてん"),
    ("零時", "れいじ"), ("0.5個", "れいてんごこ"),
])
def test_zero_with_a_counter(text, kana):
    assert reading(text) == kana


def test_hyakuyattsu_is_one_word_with_its_okurigana_outside():
    # 百八つ (the 108 worldly desires, the 108 strokes of the bell) is ひゃくやっつ, as in JMdict
    # and as 八つ is やっつ; the つ is okurigana, outside the ruby, as in 八[やっ]つ
    from jpprep.japanese import annotate

    assert reading("百八つの煩悩") == "ひゃくやっつのぼんのう"
    assert [(s.text, s.reading) for s in annotate("百八つ")] == [("百八", "ひゃくやっ"), ("つ", None)]
    assert [(s.text, s.reading) for s in annotate("八つ")] == [("八", "やっ"), ("つ", None)]


@pytest.mark.parametrize("text, kana", [
    # the tagger cuts full-width ５０００ into ５０ + ００: the number is read whole
    ("５０００個", "ごせんこ"), ("５０００", "ごせん"), ("１０５０円", "せんごじゅうえん"),
    ("５０００個の　うち、２５個が　不良品でした。", "ごせんこの　うち、にじゅうごこが　ふりょうひんでした。"),
])
def test_a_number_the_tagger_cuts_is_read_whole(text, kana):
    assert reading(text) == kana
