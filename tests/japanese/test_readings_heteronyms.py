"""Readings a learner saw wrong in the shipped decks and exams (session 6), each with the
sentence where the other reading is right: 方 かた/ほう before へ, 十分 じゅっぷん/じゅうぶん,
梁 はり, 実 み, 通ります, and compounds that JMdict lacks (words_extra.tsv)."""

import pytest

from jpprep.japanese import annotate, reading


def furigana(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.reading) for s in annotate(text) if s.reading]


@pytest.mark.parametrize("text, kana", [
    # 方 after a person + の + へ: a notice's heading, or へ with a noun after it, is かた
    ("利用者の方へ", "りようしゃのかたへ"),
    ("利用者の方へお知らせ", "りようしゃのかたへおしらせ"),
    ("ご家族の方へのお願い", "ごかぞくのかたへのおねがい"),
    ("お客様の方へ", "おきゃくさまのかたへ"),
    # ... "towards" stays ほう, after a person too, and after a direction or こちら
    ("利用者の方へ体を向けます。", "りようしゃのほうへからだをむけます。"),
    ("こちらの方へどうぞ。", "こちらのほうへどうぞ。"),
    ("右の方へ曲がります。", "みぎのほうへまがります。"),
    ("こちらの方が安いです。", "こちらのほうがやすいです。"),
    # people who plan to do something (an exam notice, words spaced apart) are かた
    ("この　時間に　重い　物を　運ぶ　予定の　方は、前日までに　ご連絡ください。",
     "この　じかんに　おもい　ものを　はこぶ　よていの　かたは、ぜんじつまでに　ごれんらくください。"),
    ("来週の予定の方は大丈夫ですか。", "らいしゅうのよていのほうはだいじょうぶですか。"),
])
def test_kata_before_he_only_for_a_person(text, kana):
    assert reading(text) == kana


@pytest.mark.parametrize("text, kana", [
    # ten minutes where the sentence says it is a duration
    ("駅から歩いて十分です。", "えきからあるいてじゅっぷんです。"),
    ("駅まで　歩いて　十分です。", "えきまで　あるいて　じゅっぷんです。"),
    ("バスに乗って十分で着きます。", "ばすにのってじゅっぷんでつきます。"),
    ("駅から徒歩十分です。", "えきからとほじゅっぷんです。"),
    ("十分以内に戻ってください。", "じゅっぷんいないにもどってください。"),
    ("十分ほど休みます。", "じゅっぷんほどやすみます。"),
    ("会社まで十分かかります。", "かいしゃまでじゅっぷんかかります。"),
    ("十分もかかった。", "じゅっぷんもかかった。"),
    ("十分の休憩をとります。", "じゅっぷんのきゅうけいをとります。"),
    ("一時十分に会いましょう。", "いちじじゅっぷんにあいましょう。"),
    # ... and "enough" everywhere else
    ("十分", "じゅうぶん"),
    ("十分です。", "じゅうぶんです。"),
    ("十分に休んでください。", "じゅうぶんにやすんでください。"),
    ("十分気をつけてください。", "じゅうぶんきをつけてください。"),
    ("時間は十分あります。", "じかんはじゅうぶんあります。"),
    ("これで十分でした。", "これでじゅうぶんでした。"),
    ("歩いて十分に間に合います。", "あるいてじゅうぶんにまにあいます。"),
    ("十分でない。", "じゅうぶんでない。"),
    ("十分の一", "じゅうぶんのいち"),
])
def test_juppun_only_where_it_is_a_duration(text, kana):
    assert reading(text) == kana


def test_the_word_card_juubun_takes_its_reading_as_the_answer():
    from jpprep.japanese.answers import check_answer

    assert check_answer("じゅうぶん", ["十分"]).ok  # it was refused: the engine said じゅっぷん


@pytest.mark.parametrize("text, pair", [
    ("梁", ("梁", "はり")),
    ("梁の上を歩かないでください。", ("梁", "はり")),
    ("柱と梁を組みます。", ("梁", "はり")),
    ("実が赤くなったら収穫します。", ("実", "み")),
    ("実も葉も食べられます。", ("実", "み")),
    ("「後ろ通ります」と声をかけます。", ("通", "とお")),
    ("親綱に安全帯のフックを掛けます。", ("親綱", "おやづな")),
    ("重量物は台車で運びます。", ("重量物", "じゅうりょうぶつ")),
    ("基板に部品をはんだ付けします。", ("付", "づ")),
    ("段取り替えの時間を短くします。", ("替", "が")),
])
def test_words_read_as_on_the_card(text, pair):
    assert pair in furigana(text)


@pytest.mark.parametrize("text, pair", [
    ("橋梁を点検します。", ("橋梁", "きょうりょう")),
    ("実は知りませんでした。", ("実", "じつ")),
    ("実に面白い。", ("実", "じつ")),
    ("予定通りに終わりました。", ("通", "どお")),
    ("重い物を運びます。", ("物", "もの")),
])
def test_the_other_reading_stays(text, pair):
    assert pair in furigana(text)
