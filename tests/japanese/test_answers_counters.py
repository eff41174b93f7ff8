"""Typed answers for a number with a counter: every standard way of saying it is right
(10分 じゅっぷん or じっぷん, 600個 ろっぴゃっこ or ろっぴゃくこ), a way nobody says it is wrong."""

import pytest

from jpprep.japanese.answers import check_answer

ACCEPTED = [
    # given, the card's answer
    ("じっぷん", "10分"), ("じゅっぷん", "10分"), ("jippun", "10分"), ("juppun", "１０分"),
    ("にじっぷん", "20分"), ("じっぷんかん", "10分間"), ("よんふん", "4分"), ("よんぷん", "4分"),
    ("はっぷん", "8分"), ("はちふん", "8分"),
    ("じゅっかい", "10回"), ("じっかい", "10回"), ("じっかい", "十回"), ("ひゃっかい", "100回"),
    ("ひゃくかい", "100回"),
    ("ろっぴゃっこ", "600個"), ("ろっぴゃくこ", "600個"), ("ろっぴゃくこ", "六百個"),
    ("さんびゃくこ", "300個"), ("はっぴゃくこ", "800個"), ("はっこ", "8個"), ("はちこ", "8個"),
    ("じっこ", "10個"),
    ("じっぽん", "10本"), ("はちほん", "8本"), ("じっさい", "10歳"), ("じってん", "10点"),
    ("さんがい", "3階"), ("さんかい", "3階"), ("さんげん", "3軒"), ("さんけん", "3軒"),
    ("しちじ", "7時"), ("ななじ", "7時"), ("しちにん", "7人"), ("ななにん", "7人"),
    ("くにん", "9人"), ("しちねん", "7年"), ("じゅうななにち", "17日"),
    ("はたち", "20歳"), ("にじゅっさい", "20歳"), ("にじっさい", "20歳"),
    ("ぜろこ", "0個"), ("れいこ", "０個"), ("れいじ", "0時"), ("ぜろじ", "0時"),
    ("10分", "じっぷん"),  # the card's answer in kana, typed with digits
    ("えきまでじっぷんです", "駅まで10分です"),
]

REFUSED = [
    ("じゅうふん", "10分"), ("じゅうぷん", "10分"), ("じふん", "10分"), ("よじ", "4分"),
    ("いちこ", "1個"), ("ろくこ", "6個"), ("ろくひゃくこ", "600個"), ("じゅうこ", "10個"),
    ("さんほん", "3本"), ("ろくほん", "6本"), ("ひゃくほん", "100本"), ("じっまい", "10枚"),
    ("よんじ", "4時"), ("くじ", "9分"), ("なながつ", "7月"), ("よんにん", "4人"),
    ("いちにん", "1人"), ("さんこ", "4個"), ("じっぷん", "11分"),
    ("えきまでじっぷんです", "駅まで15分です"),
]


@pytest.mark.parametrize("given, answer", ACCEPTED)
def test_a_standard_reading_of_a_count_is_right(given, answer):
    assert check_answer(given, [answer]).ok


@pytest.mark.parametrize("given, answer", REFUSED)
def test_a_reading_nobody_says_is_still_wrong(given, answer):
    r = check_answer(given, [answer])
    assert not r.ok and r.reason == "wrong"


def test_strict_cards_still_want_the_form_itself():
    assert not check_answer("じっぷん", ["10分"], strict=True).ok
