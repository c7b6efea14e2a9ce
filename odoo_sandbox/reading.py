"""Searching and reading records as Odoo 19 answers them: conditions checked against the models' fields, archived
records left out unless asked for, what the caller's record rules hide left out, many2ones read as [id, name].

A search compiles its domain into one predicate and, when the domain requires `field = v` or `field in [...]` (or ids),
tests only the records an index files under those values, as a database would. Its matching ids are remembered until a
model its answer depends on changes, so paging through a large result (offset, limit) evaluates the domain once.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from . import domain as domains
from . import orm, stock
from .errors import InvalidValue
from .schema import Field

COMPUTED = {"id", "display_name", "create_date", "write_date"}  # fields every model has, which no schema lists
REMEMBERED_SEARCHES = 32
RELATIONAL = ("many2one", "one2many", "many2many")


class Reading(orm.Database):
    """search, search_count, search_read, read, fields_get and name_search, and the search machinery under them."""

    def rpc_search(self, model: str, domain: list, offset: int = 0, limit: int | None = None, order: str | None = None, context: dict | None = None) -> list[int]:
        return [r["id"] for r in self._search(model, domain or [], offset, limit, order, context or {})]

    def rpc_search_count(self, model: str, domain: list, limit: int | None = None, context: dict | None = None) -> int:
        return len(self._search(model, domain or [], 0, limit, None, context or {}))

    def rpc_search_read(self, model: str, domain: list | None = None, fields: list[str] | None = None, offset: int = 0, limit: int | None = None, order: str | None = None, context: dict | None = None, **_: Any) -> list[dict]:
        records = self._search(model, domain or [], offset, limit, order, context or {})
        return [self._read_one(model, r, fields) for r in records]

    def rpc_read(self, model: str, ids: list[int] | int, fields: list[str] | None = None, load: str = "_classic_read", context: dict | None = None) -> list[dict]:
        """Odoo 19 answers the records that exist and leaves out the ids that do not (no MissingError)."""
        records = self._records[model]
        return [self._read_one(model, records[i], fields) for i in orm.record_ids(ids) if i in records]

    def rpc_fields_get(self, model: str, allfields: list[str] | None = None, attributes: list[str] | None = None, context: dict | None = None) -> dict:
        described = {name: f.describe(name) for name, f in self.models[model].items()}
        described["id"] = {"type": "integer", "string": "ID", "required": False, "readonly": True, "store": True, "name": "id"}
        described["display_name"] = {"type": "char", "string": "Display Name", "required": False, "readonly": True, "store": False, "name": "display_name"}
        for name in ("create_date", "write_date"):
            described[name] = {"type": "datetime", "string": name.replace("_", " ").title(), "required": False, "readonly": True, "store": True, "name": name}
        if allfields:
            described = {k: v for k, v in described.items() if k in allfields}
        if attributes:
            described = {k: {a: v[a] for a in attributes if a in v} for k, v in described.items()}
        return described

    def rpc_name_search(self, model: str, name: str = "", domain: list | None = None, operator: str = "ilike", limit: int = 100, context: dict | None = None, args: list | None = None) -> list[list]:
        found = self._search(model, list(domain or args or []), 0, None, None, context or {})
        named = domains.matcher(operator, name)
        matches = [r for r in found if not name or named([self.display_name(model, r)])]
        return [[r["id"], self.display_name(model, r)] for r in matches[:limit]]

    def _search(self, model: str, domain: list, offset: int, limit: int | None, order: str | None, context: dict) -> list[dict]:
        tree = domains.parse(domain)
        for condition in domains.leaves(tree):
            self._check_path(model, condition[0], condition)
        if "active" in self.models[model] and context.get("active_test", True) and not any(p.split(".")[0] == "active" for p in domains.paths(tree)):
            tree = ("&", ("leaf", "active", "=", True), tree) if tree else ("leaf", "active", "=", True)
        rule = self._rule_domain(model, "read", context)
        if rule:  # what the caller's record rules hide is left out, silently
            tree = ("&", domains.parse(rule), tree) if tree else domains.parse(rule)
        ids = self._matching_ids(model, tree, order)
        return [self._records[model][i] for i in ids[offset : offset + limit if limit else None]]

    def _matching_ids(self, model: str, tree: domains.Node | None, order: str | None) -> list[int]:
        """Every id the domain matches, in order; remembered while no model the answer reads from has changed."""
        key = repr((model, tree, order))
        seen = tuple(self._changes[m] for m in sorted(self._depends_on(model, [*domains.paths(tree), *_order_fields(order)])))
        remembered = self._searches.get(key)
        if remembered is not None and remembered[0] == seen:
            self._searches.move_to_end(key)
            return remembered[1]
        records = self._records[model]
        matches = domains.predicate(tree, lambda path: self._access(model, path))
        candidates = self._candidates(model, tree) if tree else None
        narrowed = candidates is not None and 2 * len(candidates) < len(records)  # else a plain scan is quicker
        pool = [records[i] for i in candidates if i in records] if narrowed else records.values()  # type: ignore[union-attr]
        found = [r for r in pool if matches(r)]
        ids = [r["id"] for r in self._ordered(model, found, order)]
        self._searches[key] = (seen, ids)
        if len(self._searches) > REMEMBERED_SEARCHES:
            self._searches.popitem(last=False)
        return ids

    def _depends_on(self, model: str, paths: Iterable[str]) -> set[str]:
        """The models whose records a search over these paths reads (display names may read any)."""
        models = {model}
        for path in paths:
            current = model
            for name in path.split("."):
                if name == "display_name":
                    return set(self.models)
                field = self.models[current].get(name)
                if field is None or field.relation is None:
                    break
                models.add(field.relation)
                current = field.relation
        return models

    def _check_path(self, model: str, path: str, condition: tuple) -> None:
        head, _, rest = path.partition(".")
        if head not in self.models[model] and head not in COMPUTED:
            raise InvalidValue(f"Invalid field {model}.{head} in condition {condition!r}")
        if rest:
            field = self.models[model].get(head)
            if field is None or field.relation is None:
                raise InvalidValue(f"Invalid field {model}.{path}: {head} is not relational")
            self._check_path(field.relation, rest, condition)

    def _candidates(self, model: str, node: domains.Node) -> set[int] | frozenset[int] | None:
        """Ids among which are all the records the domain matches, from its `=` and `in` leaves on the model's own
        fields or ids (the fewest under an `&`, all of them under an `|`); None when it has none to narrow by. The
        predicate still decides each one, so the answer is the full scan's."""
        kind = node[0]
        if kind in ("&", "|"):
            found = [self._candidates(model, term) for term in domains.conjuncts(node, kind)]
            if kind == "&":
                return min((ids for ids in found if ids is not None), key=len, default=None)
            return None if any(ids is None for ids in found) else set().union(*found)  # type: ignore[arg-type]
        if kind != "leaf":
            return None
        _, path, operator, value = node
        if operator == "=?" and value is not None and value is not False:
            operator = "="
        if operator == "=":
            items = [value]
        elif operator == "in":
            items = value if isinstance(value, (list, tuple)) else [value]
        else:
            return None
        if False in items:  # `= False`, `in [False]`: empty values match too, and no index files a record as empty
            return None
        try:
            wanted = set(items)
        except TypeError:
            return None
        if path == "id":
            return wanted
        field = self.models[model].get(path)
        if field is None or field.type == "one2many" or field.computed:
            return None
        if len(wanted) == 1:
            return self._index.ids(model, path, next(iter(wanted)))
        return set().union(*(self._index.ids(model, path, v) for v in wanted))

    def _access(self, model: str, path: str) -> domains.Access:
        """How a compiled domain reads `path` on a record of `model`, each field looked up once per search."""
        head, _, rest = path.partition(".")
        field = self.models[model].get(head)
        if head == "display_name":
            return domains.Access(lambda record: self.display_name(model, record), many=False)
        if field is None or field.type not in RELATIONAL:
            return domains.Access(lambda record: record.get(head, False), many=False, key=head)
        ids = self._related_ids(head, field)
        if not rest:
            return domains.Access(ids, many=True)
        related, inner = self._records[field.relation], self._access(field.relation, rest)  # type: ignore[index,arg-type]
        if inner.many:
            return domains.Access(lambda record: [v for i in ids(record) if (r := related.get(i)) is not None for v in inner.get(r)], many=True)
        return domains.Access(lambda record: [inner.get(r) for i in ids(record) if (r := related.get(i)) is not None], many=True)

    def _related_ids(self, name: str, field: Field) -> Callable[[dict], Iterable[int]]:
        """A record's ids in a relational field: none for a False many2one; a one2many's from its inverse's index."""
        if field.computed:
            return lambda record: self._compute(name, record)
        if field.type == "many2one":
            return lambda record: [value] if (value := record.get(name, False)) else []
        if field.type == "many2many":
            return lambda record: record.get(name) or []
        return lambda record: self._index.ids(field.relation, field.inverse, record["id"])  # type: ignore[arg-type]

    def _value(self, model: str, record: dict, name: str) -> Any:
        if name == "display_name":
            return self.display_name(model, record)
        field = self.models[model].get(name)
        if field is not None and field.computed:
            return self._compute(name, record)
        if field is not None and field.type == "one2many":
            return sorted(self._index.ids(field.relation, field.inverse, record["id"]))  # type: ignore[arg-type]
        return record.get(name, False)

    def _compute(self, name: str, record: dict) -> Any:
        """A field Odoo computes on read instead of storing (the schema marks which)."""
        if name == "partner_ids":  # stock.lot
            return stock.lot_customers(self._records, self._index.ids("stock.move.line", "lot_id", record["id"]))
        raise InvalidValue(f"Field {name!r} has no compute in the sandbox")

    def _ordered(self, model: str, records: list[dict], order: str | None) -> list[dict]:
        records = sorted(records, key=lambda r: r["id"])
        for term in reversed([t.strip() for t in (order or "").split(",") if t.strip()]):
            name, _, direction = term.partition(" ")
            if name not in self.models[model] and name not in COMPUTED:
                raise InvalidValue(f"Invalid field {name!r} on model {model!r}")
            descending = direction.strip().lower() == "desc"
            present = [r for r in records if self._value(model, r, name) not in (False, None)]
            missing = [r for r in records if self._value(model, r, name) in (False, None)]
            present.sort(key=lambda r: self._value(model, r, name), reverse=descending)
            records = missing + present if descending else present + missing  # PostgreSQL: NULLs last ascending
        return records

    def _read_one(self, model: str, record: dict, fields: list[str] | None) -> dict:
        names = fields or [n for n in self.models[model]] + ["display_name", "create_date", "write_date"]
        result: dict[str, Any] = {"id": record["id"]}
        for name in names:
            if name == "id":
                continue
            if name not in self.models[model] and name not in COMPUTED:
                raise InvalidValue(f"Invalid field {name!r} on model {model!r}")
            field = self.models[model].get(name)
            value = self._value(model, record, name)
            if field is not None and field.type == "many2one":
                value = [value, self.display_name(field.relation, self._records[field.relation][value])] if value and value in self._records[field.relation] else False
            result[name] = value
        return result


def _order_fields(order: str | None) -> list[str]:
    return [term.split()[0] for term in (order or "").split(",") if term.strip()]
