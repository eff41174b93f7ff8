from jpprep.exams import markup


def test_target_and_ruby_segments():
    segs = markup.segments("きょうは　[[天気]]が　｜全部《ぜんぶ》で　頭《あたま》")
    assert [(s.text, s.reading, s.target) for s in segs] == [
        ("きょうは　", None, False), ("天気", None, True), ("が　", None, False),
        ("全部", "ぜんぶ", False), ("で　", None, False), ("頭", "あたま", False)]
    assert markup.plain("｜全部《ぜんぶ》で") == "全部で"
    assert markup.target_text("a[[天気]]b") == "天気"


def test_unbalanced_markup_is_described():
    assert markup.unbalanced("[[天気") is not None
    assert markup.unbalanced("てんき《てんき》") is not None  # ruby on kana without ｜
    assert markup.unbalanced("｜てんき《テンキ》") is None
