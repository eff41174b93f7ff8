"""Sentence romaji cuts words where a learner's textbook does (jpprep.japanese.word_edges), not at
the tagger's morphemes: 看護師 was "kango shi" and 利用者さん "riyou sha san", which a learner
who cannot read kana takes for two or three words. Modified Hepburn as the app writes it (long
vowels spelt out: riyou, toukyou, konpyuutaa); particles は/へ/を as said (wa, e, o)."""

import pytest

from jpprep.japanese import romaji

CASES = [
    # suffixes and compounds attached, honorifics with a hyphen
    ("看護師の利用者さんは食べました", "kangoshi no riyousha-san wa tabemashita"),
    ("田中さんへ手紙を書きます", "tanaka-san e tegami o kakimasu"),
    ("マリアさんと山田様が来ました", "maria-san to yamada-sama ga kimashita"),
    ("アメリカ人の友達がいます", "amerikajin no tomodachi ga imasu"),
    ("子供たちが公園で遊んでいる", "kodomotachi ga kouen de asonde iru"),
    ("日本語学校に通っています", "nihongo gakkou ni kayotte imasu"),
    ("看護師になりたいです", "kangoshi ni naritai desu"),
    ("お茶を飲みたくないです", "ocha o nomitakunai desu"),
    # verbs and adjectives with their endings
    ("昨日は暑かったです", "kinou wa atsukatta desu"),
    ("この部屋は広くない", "kono heya wa hirokunai"),
    ("子供に野菜を食べさせました", "kodomo ni yasai o tabesasemashita"),
    ("朝ご飯を食べませんでした", "asagohan o tabemasen deshita"),
    ("行かなければなりません", "ikanakereba narimasen"),
    ("本を読み始めました", "hon o yomihajimemashita"),
    ("音楽を聞きながら歩けば楽しい", "ongaku o kikinagara arukeba tanoshii"),
    ("休みの日は食べたり飲んだりします", "yasumi no hi wa tabetari nondari shimasu"),
    ("雨が降りそうです", "ame ga furisou desu"),
    ("雨が降るそうです", "ame ga furu sou desu"),
    # te-form + helper verb: two words, as textbooks write them
    ("妹は部屋で本を読んでいます", "imouto wa heya de hon o yonde imasu"),
    ("宿題を忘れてしまいました", "shukudai o wasurete shimaimashita"),
    ("ケーキを三つ買ってきました", "keeki o mittsu katte kimashita"),
    ("少々お待ちください", "shoushou omachi kudasai"),
    ("先生にお話しします", "sensei ni ohanashi shimasu"),
    ("名前をここに書いてください", "namae o koko ni kaite kudasai"),
    ("廊下を走らないでください", "rouka o hashiranaide kudasai"),
    # nouns with する, the copula, な-adjectives
    ("車を運転することができます", "kuruma o unten suru koto ga dekimasu"),
    ("この公園は静かじゃないです", "kono kouen wa shizuka ja nai desu"),
    ("兄は学生ではありません", "ani wa gakusei de wa arimasen"),
    ("きれいな花ですね", "kirei na hana desu ne"),
    # katakana loanwords
    ("コンピューターを使っています", "konpyuutaa o tsukatte imasu"),
    ("毎朝コーヒーを二杯飲みます", "maiasa koohii o nihai nomimasu"),
    # numbers with counters
    ("鉛筆を六本ください", "enpitsu o roppon kudasai"),
    ("駅まで歩いて10分かかります", "eki made aruite juppun kakarimasu"),
    ("大きい箱を三本買いました", "ookii hako o sanbon kaimashita"),
    ("日本へ来てから、三年になります", "nihon e kite kara, sannen ni narimasu"),
    ("3月5日に東京へ行きます", "sangatsu itsuka ni toukyou e ikimasu"),
    # a word that starts with お/ご takes its honorific without a hyphen; ので is one word
    ("お客さんが待っています", "okyakusan ga matte imasu"),
    ("お子様用のいすがあります", "okosamayou no isu ga arimasu"),
    ("お母さんと買い物に行きます", "okaasan to kaimono ni ikimasu"),
    ("寒いので、窓を閉めました", "samui node, mado o shimemashita"),
    ("お巡りさんに道を聞きました", "omawarisan ni michi o kikimashita"),
    ("おまわりさんが来ました", "omawarisan ga kimashita"),
    # ごと ("every") is a word of its own, except in a JMdict word after one kanji (日毎)
    ("二時間ごとに体位を変えます", "nijikan goto ni taii o kaemasu"),
    ("ごみは種類ごとに分けます", "gomi wa shurui goto ni wakemasu"),
    ("3時間毎に休みます", "sanjikan goto ni yasumimasu"),
    ("日ごとに暖かくなります", "higoto ni atatakaku narimasu"),
    # names and places
    ("田中太郎さんは大阪出身です", "tanaka tarou-san wa oosaka shusshin desu"),
    ("東京へ行きたいけど、時間がない", "toukyou e ikitai kedo, jikan ga nai"),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_sentence_romaji_has_textbook_word_edges(text, expected):
    assert romaji(text) == expected


def test_enough_original_sentences():
    assert len(CASES) >= 30 and len({c[0] for c in CASES}) == len(CASES)
