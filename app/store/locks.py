"""Locks that one client's turn (or a once-a-day job) holds while it works, across every worker sharing the store.

A turn records the client's text, thinks, books in Odoo and sends replies, committing before each step that reaches
outside (Odoo, a provider) so that a crash never sends twice; a transaction-scoped lock (`SELECT ... FOR UPDATE`,
`pg_advisory_xact_lock`) would end at the first commit. On PostgreSQL the lock is a session-level advisory lock held
for the whole turn by a connection from a pool of its own: every process and container sharing the database sees it,
and the server drops it when the process dies. The turn's own store work runs on that same connection (`session`), so
a turn costs one connection, not two. SQLite serves one process (several workers need PostgreSQL), so striped thread
locks do there.
"""
from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol

from sqlalchemy import Connection, Engine, create_engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

STRIPES = 256  # a fixed set of thread locks shared out by key: memory stays flat however many phones a scan texts


class Locks(Protocol):
    def hold(self, key: str) -> AbstractContextManager[None]:
        """Wait for the key's lock and hold it for the block."""

    def try_hold(self, key: str) -> AbstractContextManager[bool]:
        """Hold the key's lock for the block if it is free right now; False when someone else holds it."""

    def session(self, sessions: sessionmaker[Session]) -> AbstractContextManager[Session]:
        """A store session whose connection can also hold a key's lock (`lock`), for work that needs both."""

    def lock(self, session: Session, key: str) -> AbstractContextManager[None]:
        """Wait for the key's lock and hold it for the block, through a session from `session`. At the block's end the
        session is closed (what it did not commit is rolled back; loaded objects stay readable), then the lock is
        given back, so the next holder sees everything this one committed."""

    def close(self) -> None: ...


def locks_for(engine: Engine, pool_size: int = 10) -> Locks:
    return AdvisoryLocks(engine, pool_size) if engine.dialect.name == "postgresql" else StripedLocks()


class StripedLocks:
    """One process's locks (SQLite). Clients' turns share out stripes and never hold two at once, so no deadlock; a job
    (the daily scan, which takes clients' locks as it reminds them) has a lock of its own, never one of the stripes."""

    def __init__(self) -> None:
        self._locks = [threading.Lock() for _ in range(STRIPES)]
        self._jobs: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    @contextmanager
    def hold(self, key: str) -> Iterator[None]:
        with self._locks[hash(key) % STRIPES]:
            yield

    @contextmanager
    def try_hold(self, key: str) -> Iterator[bool]:
        with self._guard:
            lock = self._jobs.setdefault(key, threading.Lock())
        mine = lock.acquire(blocking=False)
        try:
            yield mine
        finally:
            if mine:
                lock.release()

    @contextmanager
    def session(self, sessions: sessionmaker[Session]) -> Iterator[Session]:
        with sessions() as session:
            yield session

    @contextmanager
    def lock(self, session: Session, key: str) -> Iterator[None]:
        with self.hold(key):
            try:
                yield
            finally:
                session.close()

    def close(self) -> None:
        return None


class AdvisoryLocks:
    """PostgreSQL advisory locks, each on a connection from a pool of their own: a turn waiting for a lock holds no
    connection its holder needs, so the store's pool can never be drained by waiters (no deadlock across pools).
    Needs a direct connection or a session-mode pooler (PgBouncer in transaction mode drops session locks)."""

    def __init__(self, engine: Engine, pool_size: int) -> None:
        # one connection per turn in flight, `pool_size` turns a process (FUSION_DB_POOL_SIZE): with the store's pool and
        # the queue's, two workers stay under PostgreSQL's default 100 connections; further turns wait here, holding
        # nothing (bench/load.py found larger pools refusing texts with "too many clients" under load)
        self._engine = create_engine(engine.url, pool_size=pool_size, max_overflow=0, pool_timeout=60, pool_pre_ping=True)

    @contextmanager
    def hold(self, key: str) -> Iterator[None]:
        with self._engine.connect() as connection:
            connection.execute(select(func.pg_advisory_lock(lock_id(key))))
            connection.commit()  # a session-level lock outlives the transaction that took it
            try:
                yield
            finally:
                _unlock(connection, key)

    @contextmanager
    def session(self, sessions: sessionmaker[Session]) -> Iterator[Session]:
        with self._engine.connect() as connection, sessions(bind=connection) as session:
            yield session

    @contextmanager
    def lock(self, session: Session, key: str) -> Iterator[None]:
        # taken inside the session's transaction: a session-level lock outlives that transaction, committed or not
        session.execute(select(func.pg_advisory_lock(lock_id(key))))
        connection = session.connection()  # the one the session is bound to (`session`)
        try:
            yield
        finally:
            session.close()  # ends the session's transaction on the connection, which stays ours
            _unlock(connection, key)

    @contextmanager
    def try_hold(self, key: str) -> Iterator[bool]:
        with self._engine.connect() as connection:
            mine = bool(connection.scalar(select(func.pg_try_advisory_lock(lock_id(key)))))
            connection.commit()
            try:
                yield mine
            finally:
                if mine:
                    _unlock(connection, key)

    def close(self) -> None:
        self._engine.dispose()


def lock_id(key: str) -> int:
    """The key as the signed 64-bit number advisory locks take; the same in every process (unlike `hash`)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True)


def _unlock(connection: Connection, key: str) -> None:
    """Give the lock back; a connection that broke meanwhile is thrown away, and the server let go of its locks with it."""
    try:
        connection.execute(select(func.pg_advisory_unlock(lock_id(key))))
        connection.commit()
    except DBAPIError:
        log.warning("advisory lock connection lost; the server released its lock")
        connection.invalidate()
