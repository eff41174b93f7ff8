"""What the shipped decks hold: notes per deck, level, sector and meaning language.

Used by `jpprep content report` and for the table in docs/content.md. Reads deck folders only
(no database): the shipped content is what is in decks/, whatever a profile imported.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

LANGS = ["en", "ur", "ne", "id", "vi", "tl", "my"]  # the meaning languages the decks can carry


@dataclass
class DeckCount:
    id: str
    name: str
    kind: str  # vocab, kanji, grammar or mixed
    level: str
    sector: str
    notes: int
    meanings: dict[str, int] = field(default_factory=dict)  # language -> notes with that meaning
    examples: int = 0


@dataclass
class ContentReport:
    decks: list[DeckCount]
    problems: list[str] = field(default_factory=list)  # decks that did not load, with the reason

    def totals(self, key: str) -> dict[str, Counter]:
        """{level or sector: Counter(notes=..., <lang>=...)} over the decks."""
        out: dict[str, Counter] = {}
        for d in self.decks:
            name = getattr(d, key) or "-"
            c = out.setdefault(name, Counter())
            c["notes"] += d.notes
            for lang, n in d.meanings.items():
                c[lang] += n
        return out

    def languages(self) -> list[str]:
        present = {lang for d in self.decks for lang, n in d.meanings.items() if n}
        return [lang for lang in LANGS if lang in present] + sorted(present - set(LANGS))

    def to_markdown(self) -> str:
        langs = self.languages()
        head = "| Deck | Kind | Level | Sector | Notes | " + " | ".join(f"meaning_{x}" for x in langs) + " | Examples |"
        lines = ["### Per deck", "", head, "|" + "---|" * (6 + len(langs))]
        for d in self.decks:
            cells = [f"`{d.id}`", d.kind, d.level or "-", d.sector or "-", f"{d.notes:,}"]
            cells += [f"{d.meanings.get(x, 0):,}" for x in langs] + [f"{d.examples:,}"]
            lines.append("| " + " | ".join(cells) + " |")
        total = sum(d.notes for d in self.decks)
        cells = ["**Total**", "", "", "", f"**{total:,}**"]
        cells += [f"**{sum(d.meanings.get(x, 0) for d in self.decks):,}**" for x in langs]
        cells += [f"**{sum(d.examples for d in self.decks):,}**"]
        lines.append("| " + " | ".join(cells) + " |")
        for key, title in (("level", "Per level"), ("sector", "Per sector")):
            totals = self.totals(key)
            lines += ["", f"### {title}", "", f"| {key.capitalize()} | Notes | "
                      + " | ".join(f"meaning_{x}" for x in langs) + " |", "|" + "---|" * (2 + len(langs))]
            order = ["N5", "N4", "N3", "N2", "N1"]
            for name in sorted(totals, key=lambda n: (order.index(n) if n in order else 9, n)):
                c = totals[name]
                lines.append(f"| {name} | {c['notes']:,} | " + " | ".join(f"{c[x]:,}" for x in langs) + " |")
        if self.problems:
            lines += ["", "Decks that did not load:", ""] + [f"- {p}" for p in self.problems]
        return "\n".join(lines) + "\n"


def content_report(decks_dir: Path | None = None) -> ContentReport:
    """Count every deck folder (deck.toml + notes.csv) under decks_dir (default: shipped decks)."""
    from jpprep import paths
    from jpprep.decks.native import read_deck
    from jpprep.errors import JpprepError

    root = Path(decks_dir) if decks_dir else paths.decks_dir()
    decks, problems = [], []
    for folder in sorted(p.parent for p in root.glob("*/deck.toml")):
        try:
            deck = read_deck(folder, strict=False)
        except JpprepError as exc:
            problems.append(f"{folder.name}: {exc}")
            continue
        kinds = {n.kind for n in deck.notes}
        meanings = Counter(lang for n in deck.notes for lang, text in n.meanings.items() if text)
        decks.append(DeckCount(
            id=deck.id, name=deck.name, kind=kinds.pop() if len(kinds) == 1 else "mixed",
            level=deck.level or "", sector=deck.sector or "", notes=len(deck.notes),
            meanings=dict(meanings), examples=sum(1 for n in deck.notes if n.examples)))
        if deck.problems:
            problems.append(f"{folder.name}: {len(deck.problems)} rows left out ({deck.problems[0]})")
    return ContentReport(decks, problems)
