import io
import json
import sys

from jpprep.cli import main


def run(argv, stdin, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    assert main(argv) == 0
    return capsys.readouterr().out


def test_one_line_out_per_line_in(capsys, monkeypatch):
    out = run(["furigana"], "私は学生です\n\n3分\nabc\r\n", capsys, monkeypatch)
    assert out.split("\n") == ["わたしはがくせいです", "", "さんぷん", "abc", ""]


def test_formats(capsys, monkeypatch):
    assert run(["furigana", "--format", "brackets", "食べる"], "", capsys, monkeypatch) == "食[た]べる\n"
    assert run(["furigana", "--format", "romaji", "東京"], "", capsys, monkeypatch) == "toukyou\n"
    js = json.loads(run(["furigana", "--format", "json", "今日"], "", capsys, monkeypatch))
    assert js == [["今日", "きょう"]]


def test_pron_format_writes_what_is_said(capsys, monkeypatch):
    out = run(["furigana", "--format", "pron"], "私は東京へ行くと言った\n", capsys, monkeypatch)
    assert out.startswith("わたしわ") and "え" in out
