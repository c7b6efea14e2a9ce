"""The same Alembic migrations give SQLite and PostgreSQL the schema the models describe (and PostgreSQL the job
queue's)."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.store.db import make_engine, ours, upgrade
from app.store.models import Base


def test_migrations_bring_each_store_to_the_models_schema(store_url: str) -> None:
    upgrade(store_url)
    engine = make_engine(store_url)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection, opts={"include_name": ours}), Base.metadata)
    finally:
        engine.dispose()
    assert differences == []
