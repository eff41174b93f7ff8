from jpprep.ui.pages.home import _order


def test_home_lists_jlpt_levels_from_n5_up():
    names = ["JLPT::N1 vocabulary", "JLPT::N5 vocabulary", "JLPT::N3 kanji", "SSW::Nursing care (介護)"]
    assert sorted(names, key=_order) == [
        "JLPT::N5 vocabulary", "JLPT::N3 kanji", "JLPT::N1 vocabulary", "SSW::Nursing care (介護)"]
