from jpprep.japanese import Segment, annotate
from jpprep.japanese.brackets import from_brackets, to_brackets


def test_written_with_a_space_before_each_annotated_word():
    assert to_brackets(annotate("漢字を食べる")) == "漢字[かんじ]を 食[た]べる"
    assert to_brackets([Segment("あ"), Segment("漢字", "かんじ")]) == "あ 漢字[かんじ]"


def test_round_trip():
    for text in ["今日は雨が降る", "取り扱い説明書を読んだ", "A 食べる"]:
        segs = annotate(text)
        assert from_brackets(to_brackets(segs)) == segs


def test_reading_does_not_cover_preceding_text():
    segs = from_brackets("今日、暗記[あんき]する")
    assert Segment("暗記", "あんき") in segs
    assert segs[0] == Segment("今日、", None)
    assert "".join(s.text for s in segs) == "今日、暗記する"


def test_real_fields_without_spaces():
    assert from_brackets("お茶[ちゃ]")[-1] == Segment("茶", "ちゃ")
    assert from_brackets("食べ物[たべもの]") == [Segment("食べ物", "たべもの")]
    assert from_brackets("私は学生[がくせい]です") == [
        Segment("私は", None), Segment("学生", "がくせい"), Segment("です", None)]
    assert from_brackets("no brackets") == [Segment("no brackets", None)]
