"""Bad input never raises, and the segments always join back to the input."""

from hypothesis import given, settings
from hypothesis import strategies as st

from jpprep.japanese import annotate, reading, romaji

JAPANESE = st.text(alphabet=st.sampled_from(list(
    "日本語私今日大人食べる取り扱い何方人一二三十百千万円分日月年時本回ｶﾀｶﾅﾞﾟアイウあいう、。！？ 　"
    "0123456789０１２３,.ABCabc😀\u0301\u3099\x00\x01\x1b\r\t\n\u200d\ufeff")), max_size=60)


@settings(max_examples=150, deadline=None)
@given(st.one_of(JAPANESE, st.text(max_size=40)))
def test_any_text_joins_back(text):
    segs = annotate(text)
    assert "".join(s.text for s in segs) == text
    assert all(s.reading is None or s.reading for s in segs)
    assert isinstance(reading(text), str)
    assert isinstance(romaji(text), str)


@settings(max_examples=60, deadline=None)
@given(JAPANESE, st.dictionaries(st.text(min_size=1, max_size=3), st.just("かな"), max_size=3))
def test_overrides_keep_the_text(text, overrides):
    assert "".join(s.text for s in annotate(text, overrides)) == text


def test_a_megabyte_without_newline_is_read_whole():
    # Time growth (linear, not quadratic) is measured by benchmarks/furigana_speed.py: a
    # timing is never a pass/fail test on a shared machine.
    unit = "今日は日本語を勉強します、"
    big = unit * 20000  # about 1 MB of UTF-8
    segs = annotate(big)
    assert "".join(s.text for s in segs) == big
    assert reading(big).count("きょうはにほんごをべんきょうします、") == 20000


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("漢字かなカナ[]  >、。abc")), max_size=40))
def test_any_anki_field_parses(field):
    from jpprep.japanese.brackets import from_brackets

    segs = from_brackets(field)
    assert all(s.text for s in segs)
    # nothing is lost: text outside the brackets stays, in order
    plain = "".join(s.text for s in segs)
    assert len(plain) <= len(field)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_kana_input_never_raises(buffer):
    from jpprep.japanese.kana_input import romaji_to_kana

    assert isinstance(romaji_to_kana(buffer), str)
    assert isinstance(romaji_to_kana(buffer, final=True, katakana=True), str)


def test_warm_up_in_a_background_thread():
    import threading

    from jpprep.japanese import warm_up

    th = threading.Thread(target=warm_up)
    th.start()
    assert reading("今日") == "きょう"  # safe while the thread loads
    th.join()


def test_long_runs_of_combining_marks_and_ascii_join_back():
    for unit in ("\u0301", "a\u0301", "x"):
        text = unit * 20_000
        assert "".join(s.text for s in annotate(text)) == text
