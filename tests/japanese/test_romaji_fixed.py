"""romaji(text, fixed): a stretch of the text said with a given reading (a card's own word in its
example sentence), the rest as the engine reads it, words and particles as usual."""

from jpprep.japanese import romaji


def test_fixed_reading_replaces_the_engines_on_its_stretch_only():
    text = "嚥下の力が弱くなっています。"
    assert romaji(text) == "enka no chikara ga yowaku natte imasu."  # the engine alone
    assert romaji(text, {0: (2, "えんげ")}) == "enge no chikara ga yowaku natte imasu."
    # a start that is not where a word starts is ignored
    assert romaji(text, {1: (2, "げ")}) == romaji(text)


def test_fixed_word_keeps_the_particle_and_the_verb_after_it():
    assert romaji("私は学生です", {0: (1, "わたし")}) == "watashi wa gakusei desu"
