"""Statement helpers the store's query modules share, in the forms both stores (PostgreSQL, SQLite) speak."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from sqlalchemy.engine import CursorResult


def insert_once(session: Session, model: type[Any], **values: Any) -> Any:
    """The new row as an object in the session, or None when one of its unique keys is taken (a repeat): one
    `INSERT ... ON CONFLICT DO NOTHING RETURNING`, which both stores speak, instead of a savepoint around an INSERT."""
    return session.scalars(insert_new(session, model, values)).first()


def affected(session: Session, statement: Any) -> int:
    """How many rows an UPDATE or DELETE changed."""
    return cast("CursorResult[Any]", session.execute(statement)).rowcount


def insert_new(session: Session, model: type[Any], rows: dict[str, Any] | list[dict[str, Any]]) -> Any:
    """`INSERT ... ON CONFLICT DO NOTHING RETURNING` in the store's dialect: the rows that went in."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    return insert(model).values(rows).on_conflict_do_nothing().returning(model)


def ids_by_model(units: Iterable[tuple[str, int]]) -> dict[str, set[int]]:
    """Units (model, id) grouped by model: one `IN` a model."""
    by_model: dict[str, set[int]] = defaultdict(set)
    for model, unit_id in units:
        by_model[model].add(unit_id)
    return by_model
