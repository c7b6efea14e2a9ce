"""A PostgreSQL database of its own for a test: created on the server FUSION_TEST_POSTGRES names, dropped after.

The development and CI machines run PostgreSQL on 127.0.0.1:5432 (trust auth); a laptop without it skips these tests,
saying why. CI never skips them: with CI set, a missing server fails the test instead.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy.engine import make_url

SERVER = os.environ.get("FUSION_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _admin() -> psycopg.Connection:
    """A connection to the server's maintenance database, or a skip (a failure under CI) when no server answers."""
    try:
        return psycopg.connect(SERVER, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        reason = f"no PostgreSQL server answers at FUSION_TEST_POSTGRES ({make_url(SERVER).render_as_string()}): {exc}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


@contextmanager
def fresh_database() -> Iterator[str]:
    """The SQLAlchemy URL (psycopg 3 driver) of a new, empty database, dropped with its connections when done."""
    name = f"fusion_test_{uuid.uuid4().hex[:12]}"
    with _admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(SERVER).set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)
    finally:
        with _admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
