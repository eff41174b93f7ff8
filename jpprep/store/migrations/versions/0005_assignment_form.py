"""assignment form: an exam assignment may name one fixed form of its exam ("JLPT N4 Form B");
NULL keeps the old meaning, any mock of that exam

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 18:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('form_id', sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.drop_column('form_id')
