"""SQLAlchemy 2 typed models.

Content (decks, notes, cards, media) is shared by every profile on a database; progress
(card_state, revlog, exam attempts) belongs to one profile. That shape lets one PostgreSQL server
hold a whole class later. Instants are UTC epoch milliseconds (BigInteger); JSON columns hold
small structured values (meanings per language, preset settings).

Schema changes need an Alembic revision in jpprep/store/migrations/versions/.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Profile(Base):
    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    role: Mapped[str] = mapped_column(String(20), default="student")
    pin_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    settings: Mapped[dict] = mapped_column(JSON, default=dict)


class Preset(Base):
    """Scheduling options shared by decks (see jpprep.srs.presets for the fields)."""

    __tablename__ = "preset"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    config: Mapped[dict] = mapped_column(JSON, default=dict)
    fsrs_params: Mapped[list | None] = mapped_column(JSON, default=None)


class Deck(Base):
    __tablename__ = "deck"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("deck.id", ondelete="CASCADE"), default=None, index=True
    )
    # Full path with "::" like Anki: "JLPT::N5".  Unique so imports can find a deck again.
    name: Mapped[str] = mapped_column(String(300), unique=True)
    # "shipped" (from decks/), "user", "anki", "csv"...
    source: Mapped[str] = mapped_column(String(20), default="user")
    # Stable key of the origin: the shipped deck id ("jlpt-n5") or the file's deck id.
    source_key: Mapped[str | None] = mapped_column(String(200), default=None, index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    preset_id: Mapped[int | None] = mapped_column(
        ForeignKey("preset.id", ondelete="SET NULL"), default=None
    )
    created_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_ms: Mapped[int] = mapped_column(BigInteger, default=0)

    notes: Mapped[list[Note]] = relationship(back_populates="deck", passive_deletes=True)


class Note(Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("deck.id", ondelete="CASCADE"), index=True)
    guid: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="vocab")  # vocab, kanji, grammar, anki
    expression: Mapped[str] = mapped_column(Text, default="")
    reading: Mapped[str] = mapped_column(Text, default="")
    reading_generated: Mapped[bool] = mapped_column(Boolean, default=False)
    meanings: Mapped[dict] = mapped_column(JSON, default=dict)  # {"en": "...", "ur": "..."}
    examples: Mapped[list] = mapped_column(JSON, default=list)  # [{"ja":..., "en":..., "ur":...}]
    tags: Mapped[str] = mapped_column(Text, default="")  # space separated, like Anki
    level: Mapped[str | None] = mapped_column(String(10), default=None, index=True)  # "N5"
    sector: Mapped[str | None] = mapped_column(String(40), default=None, index=True)
    audio: Mapped[str | None] = mapped_column(String(300), default=None)
    image: Mapped[str | None] = mapped_column(String(300), default=None)
    extra: Mapped[dict] = mapped_column(JSON, default=dict)  # foreign fields (Anki) etc.
    created_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_ms: Mapped[int] = mapped_column(BigInteger, default=0)

    deck: Mapped[Deck] = relationship(back_populates="notes")
    cards: Mapped[list[Card]] = relationship(back_populates="note", passive_deletes=True)


class Card(Base):
    """One thing to remember from a note: its kind says which side is asked."""

    __tablename__ = "card"
    __table_args__ = (
        UniqueConstraint("note_id", "kind", "ord"),
        # new cards are introduced in deck order (srs queue)
        Index("ix_card_deck_position", "deck_id", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("deck.id", ondelete="CASCADE"), index=True)
    # recognition, reading, production, listening, cloze, choice, anki
    kind: Mapped[str] = mapped_column(String(20), default="recognition")
    ord: Mapped[int] = mapped_column(Integer, default=0)
    # Order of introduction for new cards inside the deck.
    position: Mapped[int] = mapped_column(Integer, default=0)

    note: Mapped[Note] = relationship(back_populates="cards")


class CardState(Base):
    """A profile's progress on a card. No row means the card is new to that profile."""

    __tablename__ = "card_state"
    __table_args__ = (
        Index("ix_card_state_profile_due", "profile_id", "queue", "due_ms"),
        # the study queue asks for learning (1, 3) or review (2) cards due first
        Index("ix_card_state_profile_state_due", "profile_id", "state", "queue", "due_ms"),
    )

    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), primary_key=True
    )
    card_id: Mapped[int] = mapped_column(
        ForeignKey("card.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    # 0 new, 1 learning, 2 review, 3 relearning (fsrs has no "new": 0 is ours)
    state: Mapped[int] = mapped_column(Integer, default=0)
    # 0 normal, -1 suspended, -2 buried (until bury_day)
    queue: Mapped[int] = mapped_column(Integer, default=0)
    step: Mapped[int | None] = mapped_column(Integer, default=None)
    stability: Mapped[float | None] = mapped_column(Float, default=None)
    difficulty: Mapped[float | None] = mapped_column(Float, default=None)
    due_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    last_review_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    bury_day: Mapped[int | None] = mapped_column(Integer, default=None)
    flag: Mapped[int] = mapped_column(Integer, default=0)
    leech: Mapped[bool] = mapped_column(Boolean, default=False)


class Review(Base):
    """One answer. The review log is the truth: card_state can be rebuilt from it."""

    __tablename__ = "revlog"
    __table_args__ = (Index("ix_revlog_profile_time", "profile_id", "reviewed_ms"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # A client-made unique id: a re-sent answer (lab server came back) is stored once.
    uid: Mapped[str] = mapped_column(String(40), unique=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    reviewed_ms: Mapped[int] = mapped_column(BigInteger)
    rating: Mapped[int] = mapped_column(Integer)  # 1 again, 2 hard, 3 good, 4 easy
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    state_before: Mapped[int] = mapped_column(Integer)
    state_after: Mapped[int] = mapped_column(Integer)
    stability: Mapped[float | None] = mapped_column(Float, default=None)
    difficulty: Mapped[float | None] = mapped_column(Float, default=None)
    due_ms: Mapped[int] = mapped_column(BigInteger)
    # "review" for a normal answer; "manual" for reset / set due (not fed to the optimizer)
    kind: Mapped[str] = mapped_column(String(10), default="review")


class UndoEntry(Base):
    """One undoable study action (answer, bury, suspend, reset, set due, flag) of a profile.

    `payload` holds what is needed to put things back: the card_state rows as they were (None
    when a row did not exist), the revlog ids the action added, note tags it changed. Only the
    last 30 entries per profile are kept (jpprep.services.study).
    """

    __tablename__ = "undo_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), index=True
    )
    created_ms: Mapped[int] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(20))
    card_id: Mapped[int | None] = mapped_column(Integer, default=None)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)


class Media(Base):
    """A file that belongs to a deck (audio, image), stored under the data folder's media/."""

    __tablename__ = "media"
    __table_args__ = (UniqueConstraint("deck_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("deck.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    sha1: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(BigInteger, default=0)


class RemovedShippedDeck(Base):
    """A deck that comes with jpprep (Deck.source "shipped") that someone deleted: loading the
    shipped decks at start leaves it out, on every machine of a class, until it is restored
    (jpprep.services.deck_delete)."""

    __tablename__ = "removed_shipped_deck"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_key: Mapped[str] = mapped_column(String(200), unique=True)  # "jlpt-n5"
    name: Mapped[str] = mapped_column(String(300), default="")
    removed_ms: Mapped[int] = mapped_column(BigInteger, default=0)


class ReadingOverride(Base):
    """A corrected reading: for one deck, or everywhere when deck_id is NULL."""

    __tablename__ = "reading_override"
    __table_args__ = (UniqueConstraint("profile_id", "deck_id", "surface"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int | None] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), default=None
    )
    deck_id: Mapped[int | None] = mapped_column(
        ForeignKey("deck.id", ondelete="CASCADE"), default=None
    )
    surface: Mapped[str] = mapped_column(String(100))
    reading: Mapped[str] = mapped_column(String(200))
    created_ms: Mapped[int] = mapped_column(BigInteger, default=0)


class ExamAttempt(Base):
    """A mock exam: in progress (finished_ms NULL, state has answers and time left) or done."""

    __tablename__ = "exam_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), index=True
    )
    exam_id: Mapped[str] = mapped_column(String(100))  # blueprint id, e.g. "jlpt-n5"
    form_id: Mapped[str | None] = mapped_column(String(100), default=None)
    mode: Mapped[str] = mapped_column(String(20), default="full")
    started_ms: Mapped[int] = mapped_column(BigInteger)
    finished_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    state: Mapped[dict] = mapped_column(JSON, default=dict)
    result: Mapped[dict | None] = mapped_column(JSON, default=None)


class Target(Base):
    """The exam a learner is preparing for, with its date and the decks that matter."""

    __tablename__ = "target"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), index=True
    )
    exam_id: Mapped[str] = mapped_column(String(100))
    exam_date: Mapped[str] = mapped_column(String(10))  # ISO date, the learner's local day
    deck_ids: Mapped[list] = mapped_column(JSON, default=list)


class Assignment(Base):
    """A deck or a mock exam an instructor gives to the whole class (profile_id NULL) or to
    one student, with a due date (ISO, the learners' local day)."""

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # "deck" or "exam"
    deck_id: Mapped[int | None] = mapped_column(
        ForeignKey("deck.id", ondelete="CASCADE"), default=None
    )
    exam_id: Mapped[str | None] = mapped_column(String(100), default=None)
    # a fixed form of that exam (0005): only a finished attempt of this form counts; NULL: any
    form_id: Mapped[str | None] = mapped_column(String(100), default=None)
    profile_id: Mapped[int | None] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), default=None, index=True
    )
    due_date: Mapped[str] = mapped_column(String(10))
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("profile.id", ondelete="SET NULL"), default=None
    )
    created_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


# ---------------------------------------------------------------- statistics summary (0003)
# A cache of the review log for the statistics page (jpprep.services.stats). Never the truth:
# any row may be deleted and is rebuilt from revlog. Database triggers note every review-log
# row added, changed or deleted (and cards moved to another deck) in stats_dirty, so every
# writer (undo, import, another process, a lab server) is seen.


class StatsMeta(Base):
    """How a profile's summary was built: format version and the learner-day offset (ms) its
    day numbers use. No row: nothing is summarised (and the triggers note nothing)."""

    __tablename__ = "stats_meta"

    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer, default=0)
    day_offset_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    built_ms: Mapped[int] = mapped_column(BigInteger, default=0)


class StatsDay(Base):
    """Review answers ("review" rows of revlog) of a profile summed per deck and learner day.
    reviews/passed: answers to cards in review state, and those not rated Again; ageN_*: the
    same split by the card's age (time since its first answer) in jpprep.services.stats buckets."""

    __tablename__ = "stats_day"

    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), primary_key=True
    )
    deck_id: Mapped[int] = mapped_column(
        ForeignKey("deck.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    day: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    answers: Mapped[int] = mapped_column(Integer, default=0)
    duration_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    reviews: Mapped[int] = mapped_column(Integer, default=0)
    passed: Mapped[int] = mapped_column(Integer, default=0)
    age0_reviews: Mapped[int] = mapped_column(Integer, default=0)
    age0_passed: Mapped[int] = mapped_column(Integer, default=0)
    age1_reviews: Mapped[int] = mapped_column(Integer, default=0)
    age1_passed: Mapped[int] = mapped_column(Integer, default=0)
    age2_reviews: Mapped[int] = mapped_column(Integer, default=0)
    age2_passed: Mapped[int] = mapped_column(Integer, default=0)
    age3_reviews: Mapped[int] = mapped_column(Integer, default=0)
    age3_passed: Mapped[int] = mapped_column(Integer, default=0)
    age4_reviews: Mapped[int] = mapped_column(Integer, default=0)
    age4_passed: Mapped[int] = mapped_column(Integer, default=0)


class StatsDirty(Base):
    """A review-log row (profile, card, time) added, changed or deleted after the profile's
    summary was built, written by triggers (STATS_TRIGGERS). The stats service re-sums its
    day (every day of the card when its first answer moved) and deletes the row. No foreign
    key: a profile's rows may be noted while the profile itself is being deleted."""

    __tablename__ = "stats_dirty"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(Integer, index=True)
    card_id: Mapped[int] = mapped_column(Integer)
    reviewed_ms: Mapped[int] = mapped_column(BigInteger)


_NOTE = ("INSERT INTO stats_dirty (profile_id, card_id, reviewed_ms) SELECT {r}.profile_id, "
         "{r}.card_id, {r}.reviewed_ms {src}WHERE {r}.kind = 'review' AND EXISTS "
         "(SELECT 1 FROM stats_meta m WHERE m.profile_id = {r}.profile_id)")

# The triggers of migration 0003. create_all does not make them (a backup copies rows exactly);
# jpprep.services.stats checks they exist and makes them again (forgetting the summary) when a
# database lacks them. SQLite: row triggers; PostgreSQL: statement triggers over transition
# tables (a profile or deck deleted at once stays one statement).
STATS_TRIGGERS = {
    "sqlite": [
        "CREATE TRIGGER stats_revlog_insert AFTER INSERT ON revlog BEGIN "
        + _NOTE.format(r="NEW", src="") + "; END",
        "CREATE TRIGGER stats_revlog_delete AFTER DELETE ON revlog BEGIN "
        + _NOTE.format(r="OLD", src="") + "; END",
        "CREATE TRIGGER stats_revlog_update AFTER UPDATE ON revlog BEGIN "
        + _NOTE.format(r="OLD", src="") + "; " + _NOTE.format(r="NEW", src="") + "; END",
        "CREATE TRIGGER stats_card_moved AFTER UPDATE OF deck_id ON card "
        "WHEN OLD.deck_id IS NOT NEW.deck_id BEGIN "
        + _NOTE.format(r="r", src="FROM revlog r ")
        .replace("WHERE r.kind", "WHERE r.card_id = NEW.id AND r.kind") + "; END",
    ],
    "postgresql": [
        "CREATE FUNCTION stats_note_new() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + _NOTE.format(r="n", src="FROM new_rows n ") + "; RETURN NULL; END $$",
        "CREATE FUNCTION stats_note_old() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + _NOTE.format(r="o", src="FROM old_rows o ") + "; RETURN NULL; END $$",
        "CREATE FUNCTION stats_note_both() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + _NOTE.format(r="o", src="FROM old_rows o ") + "; "
        + _NOTE.format(r="n", src="FROM new_rows n ") + "; RETURN NULL; END $$",
        "CREATE FUNCTION stats_note_moved() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + _NOTE.format(r="r", src="FROM revlog r JOIN new_rows n ON n.id = r.card_id "
                       "JOIN old_rows o ON o.id = n.id AND o.deck_id IS DISTINCT FROM n.deck_id ")
        + "; RETURN NULL; END $$",
        "CREATE TRIGGER stats_revlog_insert AFTER INSERT ON revlog REFERENCING NEW TABLE AS "
        "new_rows FOR EACH STATEMENT EXECUTE PROCEDURE stats_note_new()",
        "CREATE TRIGGER stats_revlog_delete AFTER DELETE ON revlog REFERENCING OLD TABLE AS "
        "old_rows FOR EACH STATEMENT EXECUTE PROCEDURE stats_note_old()",
        "CREATE TRIGGER stats_revlog_update AFTER UPDATE ON revlog REFERENCING OLD TABLE AS "
        "old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE PROCEDURE stats_note_both()",
        "CREATE TRIGGER stats_card_moved AFTER UPDATE ON card REFERENCING OLD TABLE AS old_rows "
        "NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE PROCEDURE stats_note_moved()",
    ],
}

