"""A line of Japanese breaks between phrases, never inside a word (jpprep.japanese.phrases)."""

from __future__ import annotations

from jpprep.japanese.phrases import WORD_JOINER, no_break_inside, phrases


def test_a_word_keeps_its_particles_and_endings():
    assert phrases("白いシャツをかいました。") == ["白い", "シャツを", "かいました。"]
    assert phrases("2. つけない・増やさない・やっつける") == ["2.", " ", "つけない・", "増やさない・",
                                                        "やっつける"]


def test_a_reading_in_brackets_stays_with_its_kanji():
    assert "適切（てきせつ）な" in phrases("最（もっと）も 適切（てきせつ）な ものは どれですか。")
    assert phrases("床（ゆか）をふきます") == ["床（ゆか）を", "ふきます"]


def test_joined_text_reads_the_same_and_breaks_only_between_phrases():
    text = "手を 洗って ください"
    joined = no_break_inside(text)
    assert joined.replace(WORD_JOINER, "") == text
    assert joined == f"手{WORD_JOINER}を 洗{WORD_JOINER}っ{WORD_JOINER}て く{WORD_JOINER}だ{WORD_JOINER}さ{WORD_JOINER}い"
    assert no_break_inside("やっつける").split(WORD_JOINER) == list("やっつける")
    assert no_break_inside("か\u3099") == "か\u3099"  # a combining mark stays on its letter
