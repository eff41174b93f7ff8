import wave

import pytest

from jpprep.exams import speech


def test_script_is_spoken_once_and_cached(tmp_path):
    pytest.importorskip("pyopenjtalk")
    script = [("M", "すみません。"), ("F", "はい。")]
    path = speech.synthesize(script, tmp_path)
    with wave.open(str(path)) as w:
        seconds = w.getnframes() / w.getframerate()
    assert 1.0 < seconds < 5.0
    mtime = path.stat().st_mtime_ns
    assert speech.synthesize(script, tmp_path) == path and path.stat().st_mtime_ns == mtime
    assert speech.synthesize([("F", "はい。")], tmp_path) != path
