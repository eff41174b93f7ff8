"""romaji(text, fixed): a stretch of the text said with a given reading (a card's own word in its
example sentence), the rest as the engine reads it, words and particles as usual."""

from jpprep.japanese import romaji


def test_fixed_reading_replaces_the_engines_on_its_stretch_only():
    text = "便の状態を観察します。"
    assert romaji(text) == "bin no joutai o kansatsu shimasu."  # the engine alone
    assert romaji(text, {0: (1, "べん")}) == "ben no joutai o kansatsu shimasu."
    # a start that is not where a word starts is ignored
    assert romaji(text, {1: (2, "の")}) == romaji(text)


def test_fixed_word_keeps_the_particle_and_the_verb_after_it():
    assert romaji("私は学生です", {0: (1, "わたし")}) == "watashi wa gakusei desu"
