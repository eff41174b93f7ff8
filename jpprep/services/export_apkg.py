""".apkg export straight from SQLite: the notes stream from one query in deck order into
Anki's rows (jpprep.decks.anki_export.ApkgWriter), without building a NoteData per note, while
the writer's thread inserts the rows already made. PostgreSQL goes through deck_data and
export_apkg, which write the same package."""

from __future__ import annotations

import json
from pathlib import Path

from jpprep.store.db import Database

# The deck tree's notes with their cards in the tree as "kind<US>ord<RS>kind<US>ord", the
# first card's position, and a note's "note" text (what .apkg keeps of `extra`: its JSON is
# parsed only when the word is in it at all).
_COLUMNS = """n.guid, n.deck_id, n.expression, n.reading, n.meanings, n.examples, n.tags,
 n.audio, n.image,
 CASE WHEN instr(n.extra, '"note"') = 0 THEN NULL WHEN json_type(n.extra, '$.note') = 'text'
  THEN json_extract(n.extra, '$.note') END"""
_TREE = "(SELECT value FROM json_each(:tree))"
# Deck order is by the first card's position, then by id; notes without a card come last.
_SORTED = f"""SELECT {_COLUMNS}, c.cards, c.pos
FROM note n LEFT JOIN (SELECT note_id, MIN(position) AS pos,
  group_concat(kind || char(31) || ord, char(30)) AS cards
  FROM card WHERE deck_id IN {_TREE} GROUP BY note_id) c ON c.note_id = n.id
WHERE n.deck_id IN {_TREE}
ORDER BY c.pos IS NULL, c.pos, n.id"""
# A deck without sub-decks in id order: the index gives the notes, and each note's cards
# (found by note_id: +deck_id keeps SQLite from reading all of the deck's cards for every
# note), without a sort, so rows flow at once. A deck built by imports is in id order; when a
# note turns out not to be, the package is started again from _SORTED.
_BY_ID = f"""SELECT {_COLUMNS},
 group_concat(c.kind || char(31) || c.ord, char(30)), MIN(c.position)
FROM note n LEFT JOIN card c ON c.note_id = n.id AND +c.deck_id = :root
WHERE n.deck_id = :root GROUP BY n.id ORDER BY n.id"""


BATCH = 2000  # notes a batch: the writer's thread inserts one while the next is made


class _NotInIdOrder(Exception):
    pass


def export_apkg_sqlite(db: Database, deck_id: int, path: Path, *, now: int):
    """Write the deck tree as .apkg; an ExportReport, or None when the database is not
    SQLite (the caller then goes through deck_data)."""
    from jpprep.decks.anki_export import ApkgWriter, fields_of, templates_for
    from jpprep.services.exporting import (ExportReport, _deck_tree, _empty_deck, _fast,
                                           _json_loads, deck_media, short_id)
    from jpprep.services.import_sqlite import bulk_gc
    from jpprep.services.importing import _raw

    with db.session() as s, bulk_gc():
        if not _fast(s):
            return None
        root, decks = _deck_tree(s, deck_id)
        deck = _empty_deck(root)
        deck.media = deck_media(s, decks)
        raw = _raw(s)
        tree = json.dumps(list(decks))
        in_tree = "deck_id IN (SELECT value FROM json_each(?))"
        # Anki's own notes keep their guid when every note of the deck came from Anki
        all_anki = raw.execute(f"SELECT EXISTS (SELECT 1 FROM note WHERE {in_tree}) AND NOT "
                               f"EXISTS (SELECT 1 FROM note WHERE {in_tree} AND "
                               "substr(guid, 1, 5) != 'anki:')", (tree, tree)).fetchone()[0]
        pairs = raw.execute(
            "SELECT DISTINCT c.kind, c.ord FROM card c JOIN note n ON n.id = c.note_id "
            f"WHERE c.{in_tree} AND n.{in_tree}", (tree, tree)).fetchall()
        templates = templates_for(deck.card_types, pairs)
        names = {did: (None if did == root.id else name) for did, name in decks.items()}
        key, loads, card_keys = deck.id, _json_loads(), {None: None}

        def card_key(text: str) -> tuple:
            pairs = [c.split("\x1f") for c in text.split("\x1e")]
            return tuple((k, int(o)) for k, o in pairs)

        def anki_rows(rows):
            for (guid, did, expression, reading, meanings, examples, tags, audio, image, note,
                 cards, _) in rows:
                if all_anki:
                    guid = guid[5:]
                else:
                    guid = f"{key}:{short_id(guid, key)}"
                if tags:
                    tags = tags.split()
                    tags = f" {' '.join(tags)} " if tags else ""
                try:
                    pairs = card_keys[cards]
                except KeyError:
                    pairs = card_keys[cards] = card_key(cards)
                yield (guid, tags,
                       fields_of(expression, reading,
                                 loads(meanings) if meanings != "{}" else {},
                                 loads(examples) if examples != "[]" else [], audio, image, note),
                       names[did], pairs)

        def write(sql: str, in_order: bool) -> dict:
            cur = raw.execute(sql, {"tree": tree, "root": root.id})
            with ApkgWriter(deck, path, now=now, templates=templates) as out:
                later: list = []  # by id: notes without a card come last
                last = -(1 << 62)
                while batch := cur.fetchmany(BATCH):
                    if in_order:
                        later += [r for r in batch if r[-1] is None]
                        batch = [r for r in batch if r[-1] is not None]
                        pos = [last] + [r[-1] for r in batch]
                        if any(a > b for a, b in zip(pos, pos[1:])):
                            raise _NotInIdOrder
                        last = pos[-1]
                    out.add(anki_rows(batch))
                out.add(anki_rows(later))
                return out.finish()

        counts = None
        if len(decks) == 1:
            try:
                counts = write(_BY_ID, True)
            except _NotInIdOrder:
                pass
        if counts is None:
            counts = write(_SORTED, False)
    return ExportReport(str(path), counts["notes"], counts["cards"], counts["media"])
