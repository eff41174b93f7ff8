"""Alembic environment: run in-process by jpprep.store.db.upgrade(), never from an ini file."""

from alembic import context

from jpprep.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic` on the command line
    raise RuntimeError("run migrations through jpprep.store.db.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs batch mode for ALTER
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
