"""`jpprep content report`: the Markdown table of what the shipped decks hold."""

from __future__ import annotations

from jpprep.cli import main


def test_report_counts_notes_and_urdu_per_deck_and_level(capsys):
    assert main(["content", "report"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("| `jlpt-n5`"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1:4] == ["vocab", "N5", "-"]
    notes = int(cells[4].replace(",", ""))
    assert notes >= 640
    header = next(line for line in out.splitlines() if line.startswith("| Deck"))
    ur = [c.strip() for c in header.strip("|").split("|")].index("meaning_ur")
    assert int(cells[ur].replace(",", "")) == notes  # every N5 word has Urdu
    assert "### Per level" in out and "| N1 |" in out


def test_report_names_a_deck_that_does_not_load(tmp_path, capsys):
    good = tmp_path / "mine"
    good.mkdir()
    (good / "deck.toml").write_text('format = 1\nid = "mine"\nname = "Mine"\nlevel = "N4"\n', encoding="utf-8")
    (good / "notes.csv").write_text("id,expression,reading,meaning_en\n1,猫,ねこ,cat\n2,犬,,\n", encoding="utf-8")
    bad = tmp_path / "broken"
    bad.mkdir()
    (bad / "deck.toml").write_text("format = [", encoding="utf-8")
    assert main(["content", "report", "--decks", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "| `mine` | vocab | N4 | - | 1 |" in out
    assert "broken" in out and "rows left out" in out
