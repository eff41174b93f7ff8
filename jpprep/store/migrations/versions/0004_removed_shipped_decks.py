"""removed shipped decks: decks that come with jpprep and were deleted, so that loading the
shipped decks at start does not bring them back

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 08:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('removed_shipped_deck',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_key', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('removed_ms', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_key')
    )


def downgrade() -> None:
    op.drop_table('removed_shipped_deck')
