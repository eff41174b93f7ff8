"""Readings a learner meets in the SSW decks and the mock exams, checked against the decks' own
readings (December 2026 audit, docs/furigana.md): trade words, words cut wrongly by a mixed
kanji + kana spelling, ごと in romaji, and exam texts with a full-width space between words."""

import pytest

from jpprep.japanese import reading, romaji


@pytest.mark.parametrize("text, kana", [
    # JMdict's first reading, the trade's; the tagger took JMdict's second
    ("図面のとおりに施工します。", "ずめんのとおりにせこうします。"),
    ("おしりに発赤があります。", "おしりにほっせきがあります。"),
    ("嚥下の力が弱くなっています。", "えんげのちからがよわくなっています。"),
    ("野菜を蒸す", "やさいをむす"),  # UniDic: 蒸かす ふかす
    # the trade's reading where JMdict puts it second or lacks it
    ("仕掛品を決まった場所に置きます。", "しかかりひんをきまったばしょにおきます。"),
    ("食事が終わったら下膳します。", "しょくじがおわったらげぜんします。"),
    # factory words JMdict lacks (words_extra.tsv): not ぜんこうてい, ごこうてい
    ("後工程はお客様だと考えます。", "あとこうていはおきゃくさまだとかんがえます。"),
    ("不良があれば前工程に知らせます。", "ふりょうがあればまえこうていにしらせます。"),
])
def test_trade_readings_as_the_ssw_decks_read_them(text, kana):
    assert reading(text) == kana


def test_readings_that_stay():
    # the common words around the new entries keep their readings
    assert reading("午後工程表を見る") == "ごごこうていひょうをみる"
    assert reading("蒸し暑い") == "むしあつい"
    assert reading("下げ膳") == "さげぜん"


@pytest.mark.parametrize("text, kana", [
    # UniDic's 生いか (生烏賊 "raw squid") took 生 from 中学生: なまいか
    ("中学生いか　２００円", "ちゅうがくせいいか　にひゃくえん"),
    ("（中学生いかは　使えません）", "（ちゅうがくせいいかは　つかえません）"),
])
def test_a_mixed_spelling_word_does_not_take_a_kanji_from_its_neighbour(text, kana):
    assert reading(text) == kana


@pytest.mark.parametrize("text, kana", [
    # mixed spellings that are the word stay whole
    ("石けんで手を洗う", "せっけんでてをあらう"),
    ("情報が漏えいした", "じょうほうがろうえいした"),  # not 漏 + えいが (映画)
    ("経営が破たんした", "けいえいがはたんした"),
    ("坊っちゃん", "ぼっちゃん"),
    ("時間割り", "じかんわり"),  # り is okurigana, not a kanji written in kana
])
def test_mixed_spellings_that_are_words_stay_whole(text, kana):
    assert reading(text) == kana


@pytest.mark.parametrize("text, expected", [
    # ごと "and all" joins its noun; the tagger took 皮ご for 皮籠 (かわご, a basket)
    ("皮ごと食べます", "kawagoto tabemasu"),
    ("りんごを皮ごと食べる", "ringo o kawagoto taberu"),
    ("容器ごと捨てます", "youkigoto sutemasu"),
    ("ファイルごと削除する", "fairugoto sakujo suru"),
    # ごと "every" after a number or before に/の stands apart, as before
    ("二時間ごとに巡回します", "nijikan goto ni junkai shimasu"),
    ("容器ごとに分けます", "youki goto ni wakemasu"),
    ("ロットごとの記録", "rotto goto no kiroku"),
    ("日ごとに暖かくなります", "higoto ni atatakaku narimasu"),
])
def test_goto_joins_its_noun_unless_it_means_every(text, expected):
    assert romaji(text) == expected


@pytest.mark.parametrize("text, kana", [
    # exam texts put a full-width space between words; UniDic took it for a word and read
    # the next one as if after a blank
    ("作業の　前などに　テストピースで　正しく　動くか　確認する",
     "さぎょうの　まえなどに　てすとぴーすで　ただしく　うごくか　かくにんする"),
    ("新宿で　降りました。", "しんじゅくで　おりました。"),
    ("黒い　かばんは　重そうに　見えるし", "くろい　かばんは　おもそうに　みえるし"),
    ("骨は　年を　とっても　変わらない。", "ほねは　としを　とっても　かわらない。"),
    ("閉店の　３０分　後に　片づけが　終わります。", "へいてんの　さんじゅっぷん　ごに　かたづけが　おわります。"),
    ("今は　りょうり教室に　通ってるよ。", "いまは　りょうりきょうしつに　かよってるよ。"),
])
def test_a_full_width_space_between_words_does_not_change_their_reading(text, kana):
    assert reading(text) == kana
    assert reading(text.replace("　", "")) == kana.replace("　", "")  # as without the spaces


@pytest.mark.parametrize("text, kana", [
    # alone 滑り止め is one noun, すべりどめ; before some nouns the tagger took it for two verbs
    ("浴室に滑り止めマットを敷きます。", "よくしつにすべりどめまっとをしきます。"),
    ("階段に滑り止めテープを貼る", "かいだんにすべりどめてーぷをはる"),
    ("滑り止めを敷きます。", "すべりどめをしきます。"),
    ("詰め替え用の洗剤", "つめかえようのせんざい"),
])
def test_two_verb_stems_before_a_noun_read_as_the_noun_they_make(text, kana):
    assert reading(text) == kana


@pytest.mark.parametrize("typed, word", [
    ("さげぜん", "下膳"), ("げぜん", "下膳"), ("しこう", "施工"), ("せこう", "施工"),
    ("はっせき", "発赤"), ("ほっせき", "発赤"), ("しかけひん", "仕掛品"), ("しかかりひん", "仕掛品"),
])
def test_a_typed_answer_may_still_give_the_other_reading(typed, word):
    """The furigana show the trade's reading; a learner who types JMdict's other one is right."""
    from jpprep.japanese.answers import check_answer

    assert check_answer(typed, [word]).ok


def test_romaji_of_full_width_brackets():
    """（ ） were left as they were, with a space inside: "（ chuugakusei ika wa tsukaemasen）"."""
    assert romaji("（中学生いかは　使えません）") == "(chuugakusei ika wa tsukaemasen)"
    assert romaji("大人（中学生以上）は５００円です。") == "otona (chuugakusei ijou) wa gohyakuen desu."
    assert romaji("「はい」と言います。") == '"hai" to iimasu.'


@pytest.mark.parametrize("text, kana", [
    # UniDic knows these only in full-width letters and gave the ASCII ones no reading, so the
    # engine spelt them out: えいちえーしーしーぴー, えすてぃーおーぴー
    ("HACCPに沿って記録をつけます。", "はさっぷにそってきろくをつけます。"),
    ("HACCP", "はさっぷ"),
    ("STOPボタンを押す", "すとっぷぼたんをおす"),
    # letters that are read out stay so
    ("NHKを見る", "えぬえいちけーをみる"),
    ("KY活動をします", "けーわいかつどうをします"),
])
def test_latin_capitals_read_as_the_word_they_spell(text, kana):
    assert reading(text) == kana


@pytest.mark.parametrize("text, kana", [
    # JLPT deck words the engine read, alone, as a rare word of the same spelling
    ("帰す", "かえす"), ("ちり紙", "ちりがみ"), ("ちり紙で拭く", "ちりがみでふく"),
    ("言付ける", "ことづける"), ("言付かる", "ことづかる"),
    ("子供を家に帰す", "こどもをいえにかえす"),  # in a sentence it was right already
])
def test_jlpt_words_alone_read_as_their_common_word(text, kana):
    assert reading(text) == kana
