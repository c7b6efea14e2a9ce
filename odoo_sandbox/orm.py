"""The records of one sandbox Odoo database, which every part of its ORM shares: all of them in memory, each stored
as one JSON document in SQLite, and written (or reloaded) once a call, like an Odoo request in its own transaction.

The ORM's methods stand on `Database` in one class a concern (reading.py, writing.py, security.py, credentials.py; the
models' own in mail.py, sales.py and scheduling.py), and env.py assembles them into the `Env` the server calls.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from collections import Counter, OrderedDict
from datetime import datetime, timezone
from typing import Any

from .errors import InvalidValue, MissingError
from .index import Indexes
from .schema import MODELS, Field

DATETIME, DATE = "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"


def now_string() -> str:
    """The sandbox's clock, to the second as Odoo stores datetimes. The ORM reads it as `orm.now_string()`, so a test
    sets it here for every record at once."""
    return datetime.now(timezone.utc).strftime(DATETIME)


def record_ids(ids: Any) -> list[int]:
    """The ids a method is called on: one id or a list of them, as Odoo takes either."""
    if isinstance(ids, int) and not isinstance(ids, bool):
        return [ids]
    if isinstance(ids, (list, tuple)) and all(isinstance(i, int) for i in ids):
        return list(ids)
    raise InvalidValue(f"Invalid ids {ids!r}")


class Database:
    """The records of one database, their storage, and the bookkeeping searches rely on (changes per model, indexes)."""

    def __init__(self, path: str, models: dict[str, dict[str, Field]] = MODELS) -> None:
        self.models = models  # the installed modules' models: Community's lack the appointment module's
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS records (model TEXT, id INTEGER, data TEXT, PRIMARY KEY (model, id))")
        self._db.execute("CREATE TABLE IF NOT EXISTS credentials (uid INTEGER, kind TEXT, secret TEXT, PRIMARY KEY (kind, secret))")
        self._db.commit()
        self.lock = threading.RLock()
        self._records: dict[str, dict[int, dict[str, Any]]] = {model: {} for model in self.models}
        for model, record_id, data in self._db.execute("SELECT model, id, data FROM records"):
            self._records.setdefault(model, {})[record_id] = json.loads(data)
        self._dirty: set[tuple[str, int]] = set()
        self._deleted: set[tuple[str, int]] = set()
        self._last_ids = {model: max(records, default=0) for model, records in self._records.items()}  # like sequences
        self._changes: Counter[str] = Counter()  # per model, bumped by every change to one of its records
        self._searches: OrderedDict[str, tuple[tuple[int, ...], list[int]]] = OrderedDict()  # key -> (changes seen, ids)
        self._index = Indexes(self._records)

    def is_empty(self) -> bool:
        return not any(self._records.values())

    def display_name(self, model: str, record: dict) -> str:
        if model == "calendar.attendee" and not record.get("common_name") and record.get("partner_id"):
            return self.display_name("res.partner", self._get("res.partner", record["partner_id"]))
        if model == "product.category":
            return record.get("complete_name") or record["name"]
        if model == "product.product" and record.get("default_code"):
            return f"[{record['default_code']}] {record['name']}"
        for name in ("name", "common_name", "login"):
            if record.get(name):
                return str(record[name])
        return f"{model},{record['id']}"

    def _get(self, model: str, record_id: Any) -> dict:
        record = self._records[model].get(record_id) if isinstance(record_id, int) else None
        if record is None:
            raise MissingError(f"Record does not exist or has been deleted.\n(Record: {model}({record_id!r},), User: 2)")
        return record

    def _mark(self, model: str, record: dict) -> None:
        self._dirty.add((model, record["id"]))
        self._changes[model] += 1
        self._index.changed(model, record["id"])

    def _flush(self) -> None:
        rows = [(m, i, json.dumps(self._records[m][i])) for m, i in self._dirty if i in self._records[m]]
        self._db.executemany("INSERT OR REPLACE INTO records (model, id, data) VALUES (?, ?, ?)", rows)
        self._db.executemany("DELETE FROM records WHERE model = ? AND id = ?", list(self._deleted))
        self._db.commit()
        self._dirty.clear()
        self._deleted.clear()

    def _rollback(self) -> None:
        """Undo the failed call: reload the touched models from the database, as a rolled-back transaction would."""
        touched = {m for m, _ in self._dirty | self._deleted}
        for model in touched:
            self._records[model] = {i: json.loads(d) for i, d in self._db.execute("SELECT id, data FROM records WHERE model = ?", (model,))}
            self._changes[model] += 1
            self._index.forget(model)
        self._dirty.clear()
        self._deleted.clear()
