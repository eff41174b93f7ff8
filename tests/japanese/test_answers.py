from jpprep.japanese.answers import check_answer


def test_kana_answer_matches_kanji_card_and_back():
    assert check_answer("たべる", ["食べる"]).ok
    assert check_answer("食べる", ["たべる"]).ok


def test_any_valid_reading_and_romaji():
    assert check_answer("あした", ["明日"]).ok
    assert check_answer("あす", ["明日"]).ok
    assert check_answer("ashita", ["明日"]).ok


def test_script_difference_only_for_native_words():
    r = check_answer("タベル", ["食べる"])
    assert r.ok
    r = check_answer("らーめん", ["ラーメン"])
    assert not r.ok and r.reason == "needs-katakana"


def test_strict_needs_the_exact_form():
    assert not check_answer("たべる", ["食べる"], strict=True).ok
    r = check_answer(" 食べる。", ["食べる"], strict=True)
    assert r.ok and r.matched == "食べる"


def test_wrong_and_empty():
    assert check_answer("のむ", ["食べる"]).reason == "wrong"
    assert check_answer("  ", ["食べる"]).reason == "empty"
