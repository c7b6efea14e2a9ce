"""Engine, sessions and schema upgrades (Alembic), for SQLite by default and PostgreSQL in production."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.store.locks import locks_for

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str, pool_size: int = 10) -> Engine:
    """An engine; SQLite gets WAL and a busy timeout so the web threads and the scan can share the file. PostgreSQL's
    pool is bounded (`pool_size`, half again at peaks) so that several workers stay under the server's connections."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":  # switching needs the file to itself: once
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=pool_size, max_overflow=pool_size // 2)


def ours(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate compares only the models' tables: the job queue's (procrastinate_*) come from its own SQL."""
    return type_ != "table" or not (name or "").startswith("procrastinate_")


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str) -> None:
    """Bring the schema to the newest migration; safe to run at every start, by every worker and container at once
    (one migrates while the others wait, then find nothing to do)."""
    engine = make_engine(url)
    locks = locks_for(engine)
    try:
        with locks.hold("schema:upgrade"):
            command.upgrade(alembic_config(url), "head")
    finally:
        locks.close()
        engine.dispose()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
