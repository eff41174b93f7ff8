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
    profile_id: Mapped[int | None] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), default=None, index=True
    )
    due_date: Mapped[str] = mapped_column(String(10))
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("profile.id", ondelete="SET NULL"), default=None
    )
    created_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
