"""notes.csv straight from SQLite (the fast path of a .csv export).

SQLite picks every cell out of the JSON columns and joins a row's cells into one string (with
||, which keeps a NUL inside a cell), so Python handles one string per note instead of a dozen
cells. Rows whose text needs
CSV quoting (a comma, a quote or a line break in a cell) are split and written by the csv
module, so the file is byte for byte what the general path (decks/native.notes_csv) writes;
tests/decks/test_export_paths.py holds the two paths together.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from jpprep.store.db import Database

SEP = "\x1f"  # between cells; Anki uses it between fields, so imported text never holds it
_NEEDS_QUOTES = re.compile('[",\n\r]')  # a superset of what the csv module quotes


def write_csv(db: Database, deck_id: int, path: Path):
    """Write the deck tree's notes to `path` (through a .part file); the ExportReport, or
    None when the general path must write the file: not SQLite, a language or column name a
    JSON path cannot hold, a cell holding SEP, or a NUL in a JSON text."""
    from jpprep.services.exporting import ExportReport, _deck_tree, _empty_deck, _ORDER
    from jpprep.services.importing import _fast, _raw

    with db.session() as s:
        if not _fast(s):
            return None
        root, decks = _deck_tree(s, deck_id)
        deck = _empty_deck(root)
        raw = _raw(s)
        tree = json.dumps(list(decks))
        columns = _columns(raw, tree, deck, _ORDER)
        if columns is None:
            return None  # a NUL inside a JSON text: the general path writes the file
        langs, ex_langs, extras, unused = columns
        if any('"' in x or "\\" in x for x in (*langs, *ex_langs, *extras)):
            return None  # a name a JSON path cannot hold: the general path writes the file
        cells = _cells(deck, langs, ex_langs, extras)
        native = len(cells) - len(extras)  # an extra column may share a name with these
        cells = [c for c in cells[:native] if c[0] not in unused] + cells[native:]
        header = [c[0] for c in cells]
        cols = [c[1] for c in cells]
        params = [p for c in cells for p in c[2]]
        # || keeps a NUL inside a cell (printf's %s would end the cell there)
        line = " || char(31) || ".join(f"COALESCE({c}, '')" for c in cols)
        rows = raw.execute(
            f"SELECT n.id, {line} FROM note n "
            "WHERE n.deck_id IN (SELECT value FROM json_each(?))", [*params, tree]).fetchall()
        card_notes = [nid for (nid,) in raw.execute(
            "SELECT note_id FROM card WHERE deck_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY position, note_id, ord", (tree,))]
        rows, cards = _in_deck_order(rows, card_notes, len(deck.card_types))
        text = _csv_text(header, rows)
        if text is None:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(path.name + ".part")
        with open(part, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write(text)
        part.replace(path)
    return ExportReport(str(path), len(rows), cards, 0)


def _columns(raw, tree: str, deck, order_sql: str):
    """The meaning languages, example languages and text `extra` keys, in the order the
    general path finds them (the deck's own languages first, then each new key in the order a
    reader of the notes, in deck order, meets it), and the OPTIONAL columns no note uses;
    None when a meaning, example or extra holds a NUL. One pass over the notes tells which of
    the slower key searches are needed at all."""
    langs = list(deck.languages)
    rest = [f'$."{x}"' for x in langs if '"' not in x]
    more_langs = "json_remove(n.meanings" + ", ?" * len(rest) + ") != '{}'" \
        if len(rest) == len(langs) else "1"
    survey = raw.execute(
        f"SELECT max({more_langs}), max(n.examples != '[]' AND json_remove(n.examples, "
        "'$[0].ja') != '[{}]'), max(n.extra != '{}'), max(n.examples != '[]'), "
        "max(n.level IS NOT ? AND n.level != ''), max(n.sector IS NOT ? AND n.sector != ''), "
        "max(n.audio != ''), max(n.image != ''), max(instr(n.meanings, '\\u0000') OR "
        "instr(n.examples, '\\u0000') OR instr(n.extra, '\\u0000')) "
        "FROM note n WHERE n.deck_id IN (SELECT value FROM json_each(?))",
        (*(rest if more_langs != "1" else ()), deck.level, deck.sector, tree)).fetchone()
    unused = {name for name, u in zip(OPTIONAL, survey[3:8]) if not u}
    if survey[8]:
        return None  # json_extract ends a text at an escaped NUL
    rank: dict[int, int] = {}

    def first_seen(source: str, where: str, known: list[str]) -> list[str]:
        # `where` starts with a cheap test that leaves out the notes that cannot have such a
        # key, so their JSON is not walked
        sql = (f"FROM note n, {source} j WHERE n.deck_id IN (SELECT value FROM json_each(?)) "
               f"{where} AND j.key NOT IN (SELECT value FROM json_each(?))")
        params = (tree, json.dumps(known))
        keys = [k for (k,) in raw.execute(f"SELECT DISTINCT j.key {sql}", params)]
        if len(keys) < 2:
            return keys  # no order to find
        best: dict = {}
        for key, nid, jid in raw.execute(f"SELECT j.key, n.id, j.id {sql}", params):
            if not rank:
                rank.update((nid, i) for i, (nid,) in enumerate(raw.execute(
                    order_sql.replace(":decks", "?") + "SELECT nid FROM ord ORDER BY pos, nid",
                    (tree,))))
            r = (rank[nid], jid)
            if key not in best or r < best[key]:
                best[key] = r
        return sorted(best, key=best.__getitem__)

    if survey[0]:  # a meaning in a language the deck does not name
        langs += first_seen("json_each(n.meanings)", "", langs)
    if "en" not in langs:
        langs.insert(0, "en")
    ex_langs = first_seen("json_each(n.examples, '$[0]')", "AND n.examples != '[]'", ["ja"]) \
        if survey[1] else []
    extras = first_seen("json_each(n.extra)", "AND n.extra != '{}' AND j.type = 'text'", []) \
        if survey[2] else []
    return langs, ex_langs, extras, unused


OPTIONAL = ("example_ja", "level", "sector", "audio", "image")  # left out when no note uses them


def _cells(deck, langs, ex_langs, extras) -> list[tuple[str, str, list]]:
    """Each column of the file: its name, the SQL of its cell and that SQL's parameters."""
    # id: exporting.short_id in SQL
    cells = [("id", "CASE WHEN instr(n.guid, ':') > 0 AND substr(n.guid, 1, instr(n.guid, ':') - 1)"
              " IN (?, 'anki') THEN substr(n.guid, instr(n.guid, ':') + 1)"
              " ELSE replace(n.guid, ':', '-') END", [deck.id]),
             ("kind", "n.kind", []), ("expression", "n.expression", []),
             ("reading", "CASE WHEN n.reading_generated THEN '' ELSE n.reading END", [])]
    cells += [(f"meaning_{x}", "json_extract(n.meanings, ?)", [f'$."{x}"']) for x in langs]
    cells.append(("example_ja", "json_extract(n.examples, '$[0].ja')", []))
    cells += [(f"example_{x}", "json_extract(n.examples, ?)", [f'$[0]."{x}"'])
              for x in ex_langs]
    cells += [("tags", "n.tags", []),
              ("level", "CASE WHEN n.level IS ? THEN NULL ELSE n.level END", [deck.level]),
              ("sector", "CASE WHEN n.sector IS ? THEN NULL ELSE n.sector END", [deck.sector]),
              ("audio", "n.audio", []), ("image", "n.image", [])]
    cells += [(x, "CASE WHEN json_type(n.extra, ?) = 'text' THEN json_extract(n.extra, ?) END",
               [f'$."{x}"', f'$."{x}"']) for x in extras]
    return cells


def _in_deck_order(rows: list, card_notes: list[int], per_note: int) -> tuple[list, int]:
    """The rows in deck order (by the note's first card's position, then the note's id; notes
    with no card last) and the number of cards (a note with none counts `per_note`). Notes
    come in id order from SQLite; in a deck built by one import that is already deck order."""
    first = list(dict.fromkeys(card_notes))
    if first == [r[0] for r in rows]:  # every note has a card here, and they are in order
        return rows, len(card_notes)
    rank = {nid: i for i, nid in enumerate(first)}
    last = len(rank)
    rows.sort(key=lambda r: (rank.get(r[0], last), r[0]))
    counts: dict[int, int] = {}
    for nid in card_notes:
        counts[nid] = counts.get(nid, 0) + 1
    return rows, sum(counts.get(r[0]) or per_note for r in rows)


def _csv_text(header: list[str], rows: list) -> str | None:
    """The file's text: rows with nothing to quote go through as they are (SEP becomes a
    comma); the others are split and written by the csv module. None when a cell holds SEP."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    seps = len(header) - 1
    body = "\n".join([line for _, line in rows])
    if body.count(SEP) != seps * len(rows):
        return None
    if not ('"' in body or "," in body or "\r" in body or body.count("\n") >= len(rows)):
        return out.getvalue() + body.replace(SEP, ",") + ("\n" if rows else "")
    lines = [out.getvalue()]
    plain: list[str] = []
    search = _NEEDS_QUOTES.search
    for _, line in rows:
        if search(line) is None:
            plain.append(line)
            continue
        if plain:
            lines.append("\n".join(plain).replace(SEP, ",") + "\n")
            plain = []
        out.seek(0)
        out.truncate()
        writer.writerow(line.split(SEP))
        lines.append(out.getvalue())
    if plain:
        lines.append("\n".join(plain).replace(SEP, ",") + "\n")
    return "".join(lines)
