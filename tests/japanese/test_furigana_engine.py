"""What a learner sees: readings over the kanji only, correct readings for common traps."""

import pytest

from jpprep.japanese import Segment, annotate, kanji_in, reading, romaji


def pairs(text, **kw):
    return [(s.text, s.reading) for s in annotate(text, **kw)]


def test_okurigana_stays_outside_the_ruby():
    assert pairs("食べる") == [("食", "た"), ("べる", None)]
    assert pairs("取り扱い") == [("取", "と"), ("り", None), ("扱", "あつか"), ("い", None)]


@pytest.mark.parametrize("word, kana", [("今日", "きょう"), ("大人", "おとな")])
def test_jukujikun_is_one_unit(word, kana):
    assert pairs(word) == [(word, kana)]


def test_segments_join_to_the_input_and_kana_has_no_reading():
    text = "私は　ABC 日本語を勉強しています。ｶﾀｶﾅ😀"
    segs = annotate(text)
    assert "".join(s.text for s in segs) == text
    assert all(s.reading is None for s in segs if not kanji_in(s.text))
    assert all(isinstance(s, Segment) for s in segs)


@pytest.mark.parametrize("text, kana", [
    ("３分", "さんぷん"), ("30分", "さんじゅっぷん"), ("２４日", "にじゅうよっか"), ("２３日", "にじゅうさんにち"),
    ("4月1日", "しがつついたち"), ("20日", "はつか"), ("1,000円", "せんえん"), ("1万円", "いちまんえん"),
    ("2人", "ふたり"), ("六本", "ろっぽん"), ("3.5", "さんてんご"), ("1877年", "せんはっぴゃくななじゅうななねん"),
])
def test_numbers_and_counters(text, kana):
    assert reading(text) == kana


@pytest.mark.parametrize("text, kana", [
    ("私は学生です", "わたしはがくせいです"),
    ("日本に行きます", "にほんにいきます"),
    ("証券会社", "しょうけんがいしゃ"),
    ("一日中雨が降っていた", "いちにちじゅうあめがふっていた"),
    ("娘は二十歳になった", "むすめははたちになった"),
    ("三日月が見えた", "みかづきがみえた"),
    ("何かありますか", "なにかありますか"),
    ("何ですか", "なんですか"),
    ("誕生日", "たんじょうび"),
    ("何人いますか", "なんにんいますか"),
    ("一人で行った", "ひとりでいった"),
    ("調査を行った", "ちょうさをおこなった"),
    ("３分の１", "さんぶんのいち"),
    ("二三日", "にさんにち"),
    ("アメリカ人", "あめりかじん"),
    ("お父さん", "おとうさん"),
    ("お嬢さん", "おじょうさん"),
    ("資料作り", "しりょうづくり"),
    ("通行止め", "つうこうどめ"),
    ("零時", "れいじ"),
    ("猫はにゃーと鳴く", "ねこはにゃーとなく"),
])
def test_known_tagger_mistakes_are_corrected(text, kana):
    assert reading(text) == kana


def test_pronunciation_variant_reads_particles_as_said():
    assert reading("私は東京へ行く") == "わたしはとうきょうへいく"
    assert reading("私は東京へ行く", pronunciation=True).startswith("わたしわ")
    assert "え" in reading("東京へ", pronunciation=True)


def test_override_wins_wherever_the_word_appears():
    assert pairs("日本語と日本", overrides={"日本": "にっぽん"})[0] == ("日本", "にっぽん")
    assert reading("山田さんと山田", overrides={"山田": "やまだ"}) == "やまださんとやまだ"


def test_romaji_is_hepburn_with_words_apart():
    assert romaji("私は学生です") == "watashi wa gakusei desu"
    assert romaji("東京") == "toukyou"
    assert romaji("ちょっと待って") .replace(" ", "") == "chottomatte"


def test_kanji_in_lists_distinct_kanji():
    assert kanji_in("日本の日曜日は休み") == {"日", "本", "曜", "休"}


def test_empty_and_ascii_text():
    assert annotate("") == []
    assert reading("") == ""
    assert pairs("hello world") == [("hello world", None)] or "".join(
        t for t, _ in pairs("hello world")) == "hello world"


def test_a_rendaku_form_is_read_plain_at_the_start_of_a_phrase():
    from jpprep.japanese import reading

    assert reading("箱を開けてください。") == "はこをあけてください。"
    assert reading("ゴミ箱に捨てます。").startswith("ごみばこ")


def test_everyday_heteronyms_read_as_a_beginner_needs():
    from jpprep.japanese import reading

    assert reading("今、何時ですか。") == "いま、なんじですか。"
    assert reading("何時から始まりますか。") == "なんじからはじまりますか。"
    assert reading("何時もありがとうございます。") == "いつもありがとうございます。"  # not なんじも
    assert reading("米を買いました。") == "こめをかいました。"
