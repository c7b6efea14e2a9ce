"""Record ids by field value, as a database's index: a search whose domain requires `field = v` or `field in [...]`
evaluates its predicate on those records only, and a one2many finds its records without reading the whole table.

An index is built per (model, field) on first use and kept current lazily: the ORM reports every record it changes
(it marks each one for writing anyway), and the next lookup on that model files the reported records again from their
current values. Filing again is idempotent, so neither the order nor the number of reports matters.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

Records = dict[str, dict[int, dict[str, Any]]]
NOTHING: frozenset[int] = frozenset()


class FieldIndex:
    """One field's values (each id of a many2many) to the ids of the records holding them."""

    def __init__(self, field: str) -> None:
        self.field = field
        self.by_value: dict[Any, set[int]] = {}
        self._filed: dict[int, tuple[Any, ...] | frozenset[Any]] = {}  # record id -> the values it is filed under

    def file(self, record_id: int, record: dict | None) -> None:
        """File the record under its current values (none once deleted), out of those it was filed under."""
        for key in self._filed.pop(record_id, ()):
            bucket = self.by_value[key]
            bucket.discard(record_id)
            if not bucket:
                del self.by_value[key]
        if record is None:
            return
        value = record.get(self.field, False)
        keys = frozenset(value) if isinstance(value, list) else (value,)
        self._filed[record_id] = keys
        for key in keys:
            self.by_value.setdefault(key, set()).add(record_id)


class Indexes:
    """The indexes of one database's records, built as searches ask for them."""

    def __init__(self, records: Records) -> None:
        self._records = records
        self._indexes: dict[str, dict[str, FieldIndex]] = {}  # model -> field -> index
        self._changed: defaultdict[str, set[int]] = defaultdict(set)  # ids reported since the model's last lookup

    def changed(self, model: str, record_id: int) -> None:
        """A record was created, written or deleted: filed again at the next lookup."""
        if model in self._indexes:
            self._changed[model].add(record_id)

    def forget(self, model: str) -> None:
        """The model's records were reloaded (a rollback): its indexes are built again when next asked for."""
        self._indexes.pop(model, None)
        self._changed.pop(model, None)

    def ids(self, model: str, field: str, value: Any) -> set[int] | frozenset[int]:
        """The ids of the records whose `field` holds a value equal to `value` (hashable); the set is the index's own,
        to read before the next change."""
        indexes = self._indexes.setdefault(model, {})
        records = self._records[model]
        for record_id in self._changed.pop(model, ()):
            for index in indexes.values():
                index.file(record_id, records.get(record_id))
        index = indexes.get(field)
        if index is None:
            index = indexes[field] = FieldIndex(field)
            for record_id, record in records.items():
                index.file(record_id, record)
        return index.by_value.get(value, NOTHING)
