import pytest

from jpprep.japanese.kana_input import romaji_to_kana


@pytest.mark.parametrize("typed, kana", [
    ("kanji", "かんじ"), ("konnichiha", "こんにちは"), ("konnnichiha", "こんにちは"),
    ("onna", "おんな"), ("kitte", "きって"), ("matcha", "まっちゃ"), ("hon'ya", "ほんや"),
    ("gakkou", "がっこう"), ("shinbunn", "しんぶん"), ("tsukue", "つくえ"), ("jisho", "じしょ"),
])
def test_romaji_becomes_hiragana(typed, kana):
    assert romaji_to_kana(typed) == kana


def test_pending_letters_stay_until_final():
    assert romaji_to_kana("kan") == "かn"
    assert romaji_to_kana("kan", final=True) == "かん"
    assert romaji_to_kana("ky") == "ky"


def test_katakana_mode_and_shift():
    assert romaji_to_kana("ra-men", katakana=True, final=True) == "ラーメン"
    assert romaji_to_kana("KOOHII") == "コオヒイ"
    assert romaji_to_kana("ko-hi-") == "こーひー"
