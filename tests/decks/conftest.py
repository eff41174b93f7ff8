"""Anki packages made by the `anki` library itself (test-only dependency), every generation."""

from __future__ import annotations

import pytest

MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 8


def make_collection(folder, *, meaning_suffix=""):
    from anki.collection import Collection

    col = Collection(str(folder / "collection.anki2"))
    mm = col.models
    m = mm.new("JP Vocab")
    for name in ("Expression", "Reading", "Meaning", "Audio"):
        mm.add_field(m, mm.new_field(name))
    t1 = mm.new_template("Recognition")
    t1["qfmt"], t1["afmt"] = "{{kanji:Reading}}", "{{FrontSide}}<hr>{{furigana:Reading}} {{Meaning}}"
    t2 = mm.new_template("Production")
    t2["qfmt"], t2["afmt"] = "{{Meaning}}", "{{FrontSide}}<hr>{{Expression}}"
    mm.add_template(m, t1)
    mm.add_template(m, t2)
    mm.add(m)
    m = mm.by_name("JP Vocab")
    (folder / "nabe.mp3").write_bytes(MP3)
    col.media.add_file(str(folder / "nabe.mp3"))
    tools, verbs = col.decks.id("Kitchen::Tools"), col.decks.id("Kitchen::Verbs")
    rows = [
        (tools, "鍋", "鍋[なべ]", "pot" + meaning_suffix, "[sound:nabe.mp3]", "kitchen noun"),
        (tools, "包丁", "包丁[ほうちょう]", "kitchen <b>knife</b>", "", "kitchen"),
        (verbs, "煮る", "煮[に]る", 'to simmer<script>alert(1)</script>'
         '<img src="http://example.invalid/track.png" onerror="x()">', "", "verb"),
    ]
    for did, expr, reading, meaning, audio, tags in rows:
        n = col.new_note(m)
        n["Expression"], n["Reading"], n["Meaning"], n["Audio"] = expr, reading, meaning, audio
        n.tags = tags.split()
        col.add_note(n, did)
    cloze = col.new_note(mm.by_name("Cloze"))
    cloze["Text"] = "{{c1::鍋[なべ]}}で{{c2::煮[に]ます}}"
    col.add_note(cloze, verbs)
    # one card has been reviewed: 3 reps, due in 5 days
    nid = col.find_notes('"Expression:鍋"')[0]
    card = col.get_note(nid).cards()[0]
    card.type, card.queue, card.ivl, card.due, card.reps = 2, 2, 10, col.sched.today + 5, 3
    card.factor = 2500
    col.update_card(card)
    return col


def export_all(folder, **kw):
    from anki.collection import ExportAnkiPackageOptions

    out = {}
    for legacy in (False, True):
        sub = folder / ("legacy" if legacy else "modern")
        sub.mkdir(parents=True, exist_ok=True)
        col = make_collection(sub, **kw)
        name = "legacy" if legacy else "modern"
        col.export_anki_package(
            out_path=str(folder / f"{name}.apkg"), limit=None,
            options=ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False,
                                             with_media=True, legacy=legacy))
        col.export_collection_package(str(folder / f"{name}.colpkg"), include_media=True,
                                      legacy=legacy)
        out[f"{name}.apkg"] = folder / f"{name}.apkg"
        out[f"{name}.colpkg"] = folder / f"{name}.colpkg"
    return out


@pytest.fixture(scope="session")
def anki_packages(tmp_path_factory):
    pytest.importorskip("anki")
    return export_all(tmp_path_factory.mktemp("anki"))


@pytest.fixture(scope="session")
def anki_packages_v2(tmp_path_factory):
    """The same collection with one meaning changed (an updated deck)."""
    pytest.importorskip("anki")
    return export_all(tmp_path_factory.mktemp("anki2"), meaning_suffix=" (for cooking)")
