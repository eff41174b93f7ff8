"""Exam blueprints: versioned data files (jpprep/exams/blueprints/*.json).

A blueprint says what a real test looks like as of a date: its test sections and timings, the
question types with approximate counts and number of choices, the scoring sections and the pass
rule, the furigana policy, and the sources (facts not confirmed are listed under "verify").
Nothing here is hard-coded in the UI: when a format changes, a data file changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from jpprep.errors import ValidationError
from jpprep.exams import types as qtypes

BLUEPRINT_DIR = Path(__file__).with_name("blueprints")
TIMERS = ("per_section", "pooled")
METHODS = ("jlpt", "scaled_total", "percent")


@dataclass(frozen=True)
class Part:
    type: str
    label: str
    count: int
    choices: int
    scoring_section: str
    audio_only: bool = False
    topic: str | None = None


@dataclass(frozen=True)
class Section:
    id: str
    name: str
    name_en: str
    minutes: int | None
    parts: tuple[Part, ...]
    listening: bool = False
    replay: bool = False  # CBT listening items may be replayed; paper audio plays once

    @property
    def count(self) -> int:
        return sum(p.count for p in self.parts)


@dataclass(frozen=True)
class ScoringSection:
    id: str
    name: str
    name_en: str
    max: float | None = None
    min: float | None = None
    min_percent: float | None = None


@dataclass(frozen=True)
class Band:
    name: str
    lo: int
    hi: int
    effective_from: str | None = None


@dataclass(frozen=True)
class Scoring:
    method: str
    scale: str
    sections: tuple[ScoringSection, ...]
    note: str
    total_max: float | None = None
    pass_total: float | None = None
    pass_percent: float | None = None
    min_score: int | None = None
    max_score: int | None = None
    pass_score: int | None = None
    bands: tuple[Band, ...] = ()


@dataclass(frozen=True)
class Blueprint:
    id: str
    version: int
    family: str
    name: str
    name_ja: str
    as_of: str
    sources: tuple[str, ...]
    delivery: str  # paper | cbt
    timer: str  # per_section | pooled
    total_minutes: int | None
    furigana_default: str  # on | off
    furigana_note: str
    instructions_language: str
    sections: tuple[Section, ...]
    scoring: Scoring
    level: str | None = None
    sector: str | None = None
    effective_from: str | None = None
    notes: tuple[str, ...] = ()
    verify: tuple[str, ...] = ()
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def count(self) -> int:
        return sum(s.count for s in self.sections)

    @property
    def minutes(self) -> int:
        if self.timer == "pooled":
            return int(self.total_minutes or 0)
        return sum(s.minutes or 0 for s in self.sections)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def part_for_type(self, type_id: str) -> Part | None:
        for s in self.sections:
            for p in s.parts:
                if p.type == type_id:
                    return p
        return None

    def to_dict(self) -> dict:
        return dict(self.raw)


def _req(d: dict, key: str, file: str, where: str, kind=None):
    if key not in d:
        raise ValidationError(f"{where}: '{key}' is missing.", file=file, field=key)
    value = d[key]
    if kind is not None and not isinstance(value, kind):
        raise ValidationError(f"{where}: '{key}' has the wrong type.", file=file, field=key)
    return value


def parse(data: dict, file: str = "<blueprint>") -> Blueprint:
    if not isinstance(data, dict) or data.get("format") != 1:
        raise ValidationError("not a blueprint (format 1 expected).", file=file, field="format")
    bid = _req(data, "id", file, "blueprint", str)
    timer = _req(data, "timer", file, bid, str)
    if timer not in TIMERS:
        raise ValidationError(f"timer must be one of {TIMERS}.", file=file, field="timer")
    sc = _req(data, "scoring", file, bid, dict)
    method = _req(sc, "method", file, "scoring", str)
    if method not in METHODS:
        raise ValidationError(f"scoring method must be one of {METHODS}.", file=file, field="scoring.method")
    ssecs = tuple(
        ScoringSection(s["id"], s["name"], s.get("name_en", s["name"]), s.get("max"), s.get("min"), s.get("min_percent"))
        for s in _req(sc, "sections", file, "scoring", list)
    )
    sids = {s.id for s in ssecs}
    sections = []
    for i, s in enumerate(_req(data, "sections", file, bid, list)):
        parts = []
        for j, p in enumerate(_req(s, "parts", file, f"sections[{i}]", list)):
            where = f"sections[{i}].parts[{j}]"
            t = _req(p, "type", file, where, str)
            if qtypes.get(t) is None:
                raise ValidationError(f"{where}: unknown question type '{t}'.", file=file, field="type")
            ss = p.get("scoring_section") or (ssecs[0].id if len(ssecs) == 1 else None)
            if ss not in sids:
                raise ValidationError(f"{where}: scoring_section '{ss}' is not in scoring.sections.",
                                      file=file, field="scoring_section")
            choices = int(p.get("choices", 4))
            if choices not in (2, 3, 4):
                raise ValidationError(f"{where}: choices must be 2, 3 or 4.", file=file, field="choices")
            parts.append(Part(t, p.get("label", ""), int(_req(p, "count", file, where, int)), choices, ss,
                              bool(p.get("audio_only", False)), p.get("topic")))
        minutes = s.get("minutes")
        if timer == "per_section" and not minutes:
            raise ValidationError(f"sections[{i}]: 'minutes' is needed with a per-section timer.",
                                  file=file, field="minutes")
        sections.append(Section(s["id"], s["name"], s.get("name_en", s["name"]), minutes, tuple(parts),
                                bool(s.get("listening", False)), bool(s.get("replay", False))))
    if timer == "pooled" and not data.get("total_minutes"):
        raise ValidationError("'total_minutes' is needed with a pooled timer.", file=file, field="total_minutes")
    bands = tuple(Band(b["name"], b["from"], b["to"], b.get("effective_from")) for b in sc.get("bands", []))
    scoring = Scoring(method, sc.get("scale", "raw"), ssecs, sc.get("note", ""), sc.get("total_max"),
                      sc.get("pass_total"), sc.get("pass_percent"), sc.get("min_score"), sc.get("max_score"),
                      sc.get("pass_score"), bands)
    fur = data.get("furigana", {})
    return Blueprint(
        id=bid, version=int(data.get("version", 1)), family=data.get("family", ""), name=data.get("name", bid),
        name_ja=data.get("name_ja", ""), as_of=_req(data, "as_of", file, bid, str),
        sources=tuple(_req(data, "sources", file, bid, list)), delivery=data.get("delivery", "cbt"),
        timer=timer, total_minutes=data.get("total_minutes"), furigana_default=fur.get("default", "off"),
        furigana_note=fur.get("note", ""), instructions_language=data.get("instructions", {}).get("language", "ja"),
        sections=tuple(sections), scoring=scoring, level=data.get("level"), sector=data.get("sector"),
        effective_from=data.get("effective_from"), notes=tuple(data.get("notes", [])),
        verify=tuple(data.get("verify", [])), raw=data,
    )


def load_file(path: Path) -> Blueprint:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(f"cannot read the blueprint ({exc.strerror}).", file=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(f"not valid JSON ({exc.msg}).", file=str(path), line=exc.lineno) from exc
    return parse(data, str(path))


_cache: dict[str, Blueprint] | None = None


def all_blueprints() -> dict[str, Blueprint]:
    global _cache
    if _cache is None:
        found = {}
        for path in sorted(BLUEPRINT_DIR.glob("*.json")):
            bp = load_file(path)
            found[bp.id] = bp
        _cache = found
    return dict(_cache)


def get(exam_id: str) -> Blueprint:
    bps = all_blueprints()
    if exam_id not in bps:
        raise ValidationError(f"no exam blueprint named '{exam_id}'.", field="exam",
                              hint="Run `jpprep exam list` to see the exams.", code="exam_unknown",
                              params={"exam": exam_id})
    return bps[exam_id]
