"""statistics summary: per profile, deck and learner day sums of the review log, and the
review-log rows changed since (noted by triggers), for a fast statistics page

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 07:45:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Literal copies of jpprep.store.models.STATS_TRIGGERS as released (this file never changes).
SQLITE_TRIGGERS = [
    "CREATE TRIGGER stats_revlog_insert AFTER INSERT ON revlog BEGIN INSERT INTO stats_dirty (profile_id, card_id, reviewed_ms) SELECT NEW.profile_id, NEW.card_id, NEW.reviewed_ms WHERE NEW.kind = 'review' AND EXISTS (SELECT 1 FROM stats_meta m WHERE m.profile_id = NEW.profile_id); END",
    "CREATE TRIGGER stats_revlog_delete AFTER DELETE ON revlog BEGIN INSERT INTO stats_dirty (profile_id, card_id, reviewed_ms) SELECT OLD.profile_id, OLD.card_id, OLD.reviewed_ms WHERE OLD.kind = 'review' AND EXISTS (SELECT 1 FROM stats_meta m WHERE m.profile_id = OLD.profile_id); END",
    "CREATE TRIGGER stats_revlog_update AFTER UPDATE ON revlog BEGIN INSERT INTO stats_dirty (profile_id, card_id, reviewed_ms) SELECT OLD.profile_id, OLD.card_id, OLD.reviewed_ms WHERE OLD.kind = 'review' AND EXISTS (SELECT 1 FROM stats_meta m WHERE m.profile_id = OLD.profile_id); INSERT INTO stats_dirty (profile_id, card_id, reviewed_ms) SELECT NEW.profile_id, NEW.card_id, NEW.reviewed_ms WHERE NEW.kind = 'review' AND EXISTS (SELECT 1 FROM stats_meta m WHERE m.profile_id = NEW.profile_id); END",
    "CREATE TRIGGER stats_card_moved AFTER UPDATE OF deck_id ON card WHEN OLD.deck_id IS NOT NEW.deck_id BEGIN INSERT INTO stats_dirty (profile_id, card_id, reviewed_ms) SELECT r.profile_id, r.card_id, r.reviewed_ms FROM revlog r WHERE r.card_id = NEW.id AND r.kind = 'review' AND EXISTS (SELECT 1 FROM stats_meta m WHERE m.profile_id = r.profile_id); END",
]
POSTGRESQL_TRIGGERS = [
    "CREATE FUNCTION stats_note_new() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO stats_dirty (profile_id, card_id, reviewed_ms) SELECT n.profile_id, n.card_id, n.reviewed_ms FROM new_rows n WHERE n.kind = 'review' AND EXISTS (SELECT 1 FROM stats_meta m WHERE m.profile_id = n.profile_id); RETURN NULL; END $$",
    "CREATE FUNCTION stats_note_old() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO stats_dirty (profile_id, card_id, reviewed_ms) SELECT o.profile_id, o.card_id, o.reviewed_ms FROM old_rows o WHERE o.kind = 'review' AND EXISTS (SELECT 1 FROM stats_meta m WHERE m.profile_id = o.profile_id); RETURN NULL; END $$",
    "CREATE FUNCTION stats_note_both() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO stats_dirty (profile_id, card_id, reviewed_ms) SELECT o.profile_id, o.card_id, o.reviewed_ms FROM old_rows o WHERE o.kind = 'review' AND EXISTS (SELECT 1 FROM stats_meta m WHERE m.profile_id = o.profile_id); INSERT INTO stats_dirty (profile_id, card_id, reviewed_ms) SELECT n.profile_id, n.card_id, n.reviewed_ms FROM new_rows n WHERE n.kind = 'review' AND EXISTS (SELECT 1 FROM stats_meta m WHERE m.profile_id = n.profile_id); RETURN NULL; END $$",
    "CREATE FUNCTION stats_note_moved() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO stats_dirty (profile_id, card_id, reviewed_ms) SELECT r.profile_id, r.card_id, r.reviewed_ms FROM revlog r JOIN new_rows n ON n.id = r.card_id JOIN old_rows o ON o.id = n.id AND o.deck_id IS DISTINCT FROM n.deck_id WHERE r.kind = 'review' AND EXISTS (SELECT 1 FROM stats_meta m WHERE m.profile_id = r.profile_id); RETURN NULL; END $$",
    'CREATE TRIGGER stats_revlog_insert AFTER INSERT ON revlog REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE PROCEDURE stats_note_new()',
    'CREATE TRIGGER stats_revlog_delete AFTER DELETE ON revlog REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE PROCEDURE stats_note_old()',
    'CREATE TRIGGER stats_revlog_update AFTER UPDATE ON revlog REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE PROCEDURE stats_note_both()',
    'CREATE TRIGGER stats_card_moved AFTER UPDATE ON card REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE PROCEDURE stats_note_moved()',
]
DROP = {
    'sqlite': ['DROP TRIGGER IF EXISTS stats_revlog_insert', 'DROP TRIGGER IF EXISTS stats_revlog_delete',
               'DROP TRIGGER IF EXISTS stats_revlog_update', 'DROP TRIGGER IF EXISTS stats_card_moved'],
    'postgresql': ['DROP TRIGGER IF EXISTS stats_revlog_insert ON revlog',
                   'DROP TRIGGER IF EXISTS stats_revlog_delete ON revlog',
                   'DROP TRIGGER IF EXISTS stats_revlog_update ON revlog',
                   'DROP TRIGGER IF EXISTS stats_card_moved ON card',
                   'DROP FUNCTION IF EXISTS stats_note_new()', 'DROP FUNCTION IF EXISTS stats_note_old()',
                   'DROP FUNCTION IF EXISTS stats_note_both()', 'DROP FUNCTION IF EXISTS stats_note_moved()'],
}


def upgrade() -> None:
    op.create_table('stats_meta',
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('day_offset_ms', sa.BigInteger(), nullable=False),
    sa.Column('built_ms', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('profile_id')
    )
    op.create_table('stats_day',
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('deck_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Integer(), nullable=False),
    sa.Column('answers', sa.Integer(), nullable=False),
    sa.Column('duration_ms', sa.BigInteger(), nullable=False),
    sa.Column('reviews', sa.Integer(), nullable=False),
    sa.Column('passed', sa.Integer(), nullable=False),
    sa.Column('age0_reviews', sa.Integer(), nullable=False),
    sa.Column('age0_passed', sa.Integer(), nullable=False),
    sa.Column('age1_reviews', sa.Integer(), nullable=False),
    sa.Column('age1_passed', sa.Integer(), nullable=False),
    sa.Column('age2_reviews', sa.Integer(), nullable=False),
    sa.Column('age2_passed', sa.Integer(), nullable=False),
    sa.Column('age3_reviews', sa.Integer(), nullable=False),
    sa.Column('age3_passed', sa.Integer(), nullable=False),
    sa.Column('age4_reviews', sa.Integer(), nullable=False),
    sa.Column('age4_passed', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['deck_id'], ['deck.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('profile_id', 'deck_id', 'day')
    )
    with op.batch_alter_table('stats_day', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stats_day_deck_id'), ['deck_id'], unique=False)
    op.create_table('stats_dirty',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('reviewed_ms', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stats_dirty', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stats_dirty_profile_id'), ['profile_id'], unique=False)
    name = op.get_bind().dialect.name
    for sql in {'sqlite': SQLITE_TRIGGERS, 'postgresql': POSTGRESQL_TRIGGERS}.get(name, []):
        op.execute(sql)


def downgrade() -> None:
    for sql in DROP.get(op.get_bind().dialect.name, []):
        op.execute(sql)
    with op.batch_alter_table('stats_dirty', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stats_dirty_profile_id'))
    op.drop_table('stats_dirty')
    with op.batch_alter_table('stats_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stats_day_deck_id'))
    op.drop_table('stats_day')
    op.drop_table('stats_meta')
