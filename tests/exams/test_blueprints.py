import json

import pytest

from jpprep.cli import main
from jpprep.errors import ValidationError
from jpprep.exams import blueprint

TIMES = {"jlpt-n5": [20, 40, 30], "jlpt-n4": [25, 55, 35], "jlpt-n3": [30, 70, 40],
         "jlpt-n2": [105, 50], "jlpt-n1": [110, 55]}
PASS = {"jlpt-n1": 100, "jlpt-n2": 90, "jlpt-n3": 95, "jlpt-n4": 90, "jlpt-n5": 80}


@pytest.mark.parametrize("exam_id", sorted(TIMES))
def test_jlpt_current_timings_and_pass_rule(exam_id):
    bp = blueprint.get(exam_id)
    assert [s.minutes for s in bp.sections] == TIMES[exam_id]
    assert bp.timer == "per_section" and bp.delivery == "paper"
    assert bp.scoring.pass_total == PASS[exam_id]
    maxes = [(s.max, s.min) for s in bp.scoring.sections]
    if exam_id in ("jlpt-n4", "jlpt-n5"):
        assert maxes == [(120, 38), (60, 19)]
    else:
        assert maxes == [(60, 19)] * 3
    assert bp.furigana_default == "off"
    # 即時応答 has three choices and is audio only
    quick = bp.part_for_type("listen_quick")
    assert quick.choices == 3 and quick.audio_only
    assert bp.as_of and bp.sources


def test_every_blueprint_has_date_and_source_and_valid_parts():
    bps = blueprint.all_blueprints()
    assert len(bps) >= 13
    for bp in bps.values():
        assert bp.as_of >= "2026-01-01" and bp.sources
        assert bp.count > 0 and bp.minutes > 0


def test_jft_basic_pooled_timer_and_bands():
    bp = blueprint.get("jft-basic")
    assert bp.timer == "pooled" and bp.total_minutes == 60
    assert [s.name for s in bp.sections] == ["文字と語彙", "会話と表現", "聴解", "読解"]
    assert 45 <= bp.count <= 55
    sc = bp.scoring
    assert (sc.min_score, sc.max_score, sc.pass_score) == (10, 250, 200)
    bands = {b.name: (b.lo, b.hi, b.effective_from) for b in sc.bands}
    assert bands["A1"][:2] == (145, 174) and bands["A2.1"][:2] == (175, 199)
    assert bands["A1"][2].startswith("2026-08")


def test_ssw_care_tests_and_furigana_policy():
    care = blueprint.get("ssw-care-skills")
    assert care.count == 45 and care.total_minutes == 60
    assert sum(p.count for s in care.sections for p in s.parts if p.type == "ssw_photo_judgement") == 5
    lang = blueprint.get("ssw-care-japanese")
    assert lang.count == 15 and lang.total_minutes == 30
    for sector in ("construction", "agriculture", "food-service", "food-manufacturing", "industrial-products"):
        assert any(b.sector == sector for b in blueprint.all_blueprints().values()), sector
    assert blueprint.get("ssw-construction").furigana_default == "on"
    assert blueprint.get("ssw-food-service").furigana_default == "on"
    # facts not confirmed are marked in the data
    assert any("verify" in v.lower() or v for v in lang.verify)
    assert "[verify]" in lang.scoring.note


def test_bad_blueprint_names_file_and_field(tmp_path):
    data = json.loads((blueprint.BLUEPRINT_DIR / "jlpt-n5.json").read_text(encoding="utf-8"))
    data["sections"][0]["parts"][0]["type"] = "kanji_dance"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        blueprint.load_file(path)
    assert "bad.json" in str(exc.value) and "kanji_dance" in str(exc.value)


def test_cli_list_and_blueprint_json(capsys):
    assert main(["exam", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    n5 = next(r for r in rows if r["id"] == "jlpt-n5")
    assert n5["minutes"] == 90 and n5["questions"] == 67
    assert main(["exam", "blueprint", "jft-basic", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total_minutes"] == 60 and data["timer"] == "pooled"
    assert main(["exam", "blueprint", "nope"]) == 2


def test_each_question_type_scores_in_one_section():
    # scoring maps items to scoring sections by type: a type split over two sections would be misscored
    for bp in blueprint.all_blueprints().values():
        seen = {}
        for s in bp.sections:
            for p in s.parts:
                assert seen.setdefault(p.type, p.scoring_section) == p.scoring_section, (bp.id, p.type)
