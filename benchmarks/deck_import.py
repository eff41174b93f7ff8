"""Import and export 10,000 and 50,000 notes as .apkg and CSV: jpprep against the `anki`
library doing the same in the same run. Each step runs in its own process so peak memory
(ru_maxrss) belongs to that step alone.

    .venv/bin/python benchmarks/deck_import.py [--sizes 10000 50000] [--repeat 3]
        [--tasks import-apkg import-csv]

Prints seconds, the ratio jpprep/anki (below 1 = jpprep faster) and peak MB. Each step runs
--repeat times, jpprep and anki in turn, and the best time of each counts: on a shared, busy
machine the best run is the one least disturbed. The CPU ratio (process time, all threads)
is printed too; it moves much less than wall time when other work competes for the cores.
Both sides have their code loaded before the clock starts (Anki opens its collection first).

The CSV lines without "=" give Anki the file as it guesses it: no header row (the header is
imported as a note), the Basic note type, so expression and reading become its two fields,
meaning_en its tags and meaning_ur is dropped; its export then writes 3 columns. The "="
lines are like for like: Anki gets a note type with the four fields, the column names and
the tags column, so both hold and write the same text (Anki 5 columns, jpprep 12, five of
them empty here: kind and id are jpprep's own, example_ja, level, sector, audio, image).

floor-csv (only when asked for: --tasks floor-csv) measures what no CSV export from SQLite
can go below: jpprep's own export file, one finished line per note, stored in a table of the
same database, then read back in order and written out, with no JSON, no column survey and no
deck-order work. Anki's side is its like-for-like export. It tells whether storing an
export-ready copy of every note could meet Anki's time.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NOW = 1_790_000_000_000
SIZES = [10_000, 50_000]
TASKS = ["import-apkg", "export-apkg", "import-csv", "export-csv", "import-csv=", "export-csv="]
# not run by default: the floor of any CSV export from SQLite (see the module docstring)
EXTRA = ["floor-csv"]


def make_inputs(folder: Path, n: int) -> None:
    from jpprep.decks.anki_export import export_apkg
    from jpprep.decks.model import DeckData, NoteData

    notes = [NoteData(id=f"w{i}", expression=f"語彙{i}", reading=f"ごい{i % 10}".strip("0123456789"),
                      meanings={"en": f"word number {i}", "ur": f"لفظ {i}"},
                      examples=[{"ja": f"これは{i}番の例文です。", "en": f"Example {i}."}],
                      tags=["bench", f"group{i % 50}"], level="N5") for i in range(n)]
    deck = DeckData(id="bench", name="Bench", languages=["en", "ur"],
                    card_types=["recognition", "reading"], notes=notes)
    export_apkg(deck, folder / "deck.apkg", now=NOW)
    import csv

    with open(folder / "deck.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["expression", "reading", "meaning_en", "meaning_ur", "tags"])
        for x in notes:
            w.writerow([x.expression, x.reading, x.meanings["en"], x.meanings["ur"],
                        " ".join(x.tags)])
    # the same rows for Anki's like-for-like lines: its own header lines name the columns
    with open(folder / "deck.csv", encoding="utf-8") as src, \
            open(folder / "deck-anki.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("#separator:Comma\n#html:false\n#columns:" + src.read())


def step(name: str, folder: Path) -> dict:
    """Run one step in this process; returns seconds and peak MB."""
    folder = Path(folder)
    work = Path(tempfile.mkdtemp(dir=folder))
    if name.startswith("jpprep"):
        from jpprep import paths
        from jpprep.services.exporting import export_deck
        from jpprep.services.importing import import_file
        from jpprep.store.db import Database

        paths.configure(data_dir=str(work))
        db = Database(f"sqlite:///{work / 'j.db'}")
        src = folder / ("deck.apkg" if "apkg" in name else "deck.csv")
        # what a process sets up once is done before the clock starts, as Anki's is (its
        # collection is opened first): the modules an import loads on first use (where
        # PYTHONDONTWRITEBYTECODE is set, loading them compiles their source: about 40 ms
        # here) and SQLAlchemy's mappers (the app's first query configures them, 10-20 ms)
        import jpprep.decks.anki, jpprep.decks.anki_export  # noqa: E401, F401 (its names)
        import jpprep.decks.readings, jpprep.decks.spreadsheet  # noqa: E401, F401
        import jpprep.sqlite_rows  # noqa: F401
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
        if name == "jpprep-floor-csv":
            report = import_file(db, src, now=NOW)
            export_deck(db, report.deck_id, work / "out.csv", now=NOW)
            raw = db.engine.raw_connection().driver_connection  # the sqlite3 connection
            raw.execute("CREATE TABLE ready (line TEXT)")
            with open(work / "out.csv", encoding="utf-8-sig", newline="") as fh:
                raw.executemany("INSERT INTO ready VALUES (?)", ((x,) for x in fh))
            raw.commit()
            raw.text_factory = bytes  # no decoding and encoding again: the bytes go to the file
            t, c = time.perf_counter(), time.process_time()
            (body,) = raw.execute("SELECT group_concat(line, '') FROM "
                                  "(SELECT line FROM ready ORDER BY rowid)").fetchone()
            with open(work / "floor.csv", "wb") as fh:
                fh.write(b"\xef\xbb\xbf" + body)
            secs, cpu = time.perf_counter() - t, time.process_time() - c
            raw.close()
            db.close()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            return {"secs": secs, "cpu": cpu, "peak_mb": peak}
        if "export" in name:
            report = import_file(db, src, now=NOW)
            t, c = time.perf_counter(), time.process_time()
            export_deck(db, report.deck_id, work / ("out.apkg" if "apkg" in name else "out.csv"),
                        now=NOW)
        else:
            t, c = time.perf_counter(), time.process_time()
            import_file(db, src, now=NOW)
        secs, cpu = time.perf_counter() - t, time.process_time() - c
        db.close()
    else:
        from anki.collection import (Collection, DeckIdLimit, ExportAnkiPackageOptions,
                                     ImportAnkiPackageOptions, ImportAnkiPackageRequest,
                                     ImportCsvRequest)

        col = Collection(str(work / "collection.anki2"))

        def import_apkg():
            col.import_anki_package(ImportAnkiPackageRequest(
                package_path=str(folder / "deck.apkg"),
                options=ImportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False,
                                                 merge_notetypes=False)))

        def import_csv():
            if not name.endswith("="):
                meta = col.get_csv_metadata(str(folder / "deck.csv"), None)
                col.import_csv(ImportCsvRequest(path=str(folder / "deck.csv"), metadata=meta))
                return
            mm = col.models
            model = mm.new("Bench4")
            for f in ("expression", "reading", "meaning_en", "meaning_ur"):
                mm.add_field(model, mm.new_field(f))
            tmpl = mm.new_template("Card 1")
            tmpl["qfmt"], tmpl["afmt"] = "{{expression}}", "{{reading}}"
            mm.add_template(model, tmpl)
            mm.add(model)
            meta = col.get_csv_metadata(str(folder / "deck-anki.csv"), None)
            meta.global_notetype.id = mm.id_for_name("Bench4")
            del meta.global_notetype.field_columns[:]
            meta.global_notetype.field_columns.extend([1, 2, 3, 4])
            meta.tags_column = 5
            col.import_csv(ImportCsvRequest(path=str(folder / "deck-anki.csv"), metadata=meta))

        if "export" in name:
            import_apkg() if "apkg" in name else import_csv()
            did = col.decks.id_for_name("Bench") or col.decks.id_for_name("Default")
            t, c = time.perf_counter(), time.process_time()
            if "apkg" in name:
                col.export_anki_package(out_path=str(work / "out.apkg"), limit=DeckIdLimit(did),
                                        options=ExportAnkiPackageOptions(
                                            with_scheduling=False, with_deck_configs=False,
                                            with_media=True, legacy=True))
            else:
                col.export_note_csv(out_path=str(work / "out.csv"), limit=DeckIdLimit(did),
                                    with_html=True, with_tags=True, with_deck=False,
                                    with_notetype=False, with_guid=False)
        else:
            t, c = time.perf_counter(), time.process_time()
            import_apkg() if "apkg" in name else import_csv()
        secs, cpu = time.perf_counter() - t, time.process_time() - c
        col.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"secs": secs, "cpu": cpu, "peak_mb": peak}


def run(name: str, folder: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--step", name, str(folder)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="*", default=SIZES)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--tasks", nargs="*", default=TASKS, choices=TASKS + EXTRA,
                    help="only these tasks (all by default)")
    ap.add_argument("--step", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.step:
        print(json.dumps(step(args.step[0], Path(args.step[1]))))
        return
    print(f"{'notes':>7} {'task':<12} {'jpprep s':>9} {'anki s':>7} {'ratio':>6} "
          f"{'cpu ratio':>9} {'jpprep MB':>10} {'anki MB':>8}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            make_inputs(folder, n)
            for task in args.tasks:
                runs = {"jpprep": [], "anki": []}
                for _ in range(max(1, args.repeat)):
                    for who in runs:  # jpprep does the same work on both CSV lines
                        step_name = task.rstrip("=") if who == "jpprep" else task
                        if task == "floor-csv" and who == "anki":
                            step_name = "export-csv="  # like for like
                        runs[who].append(run(f"{who}-{step_name}", folder))
                j, a = ({"secs": min(r["secs"] for r in rs), "cpu": min(r["cpu"] for r in rs),
                         "peak_mb": max(r["peak_mb"] for r in rs)} for rs in runs.values())
                print(f"{n:>7} {task:<12} {j['secs']:>9.2f} {a['secs']:>7.2f} "
                      f"{j['secs'] / a['secs']:>6.2f} {j['cpu'] / a['cpu']:>9.2f} "
                      f"{j['peak_mb']:>10.0f} {a['peak_mb']:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
