"""The sandbox Odoo's environment: the ORM's methods over RPC, with `execute_kw` semantics.

`Env` is assembled from one class a concern, as Odoo assembles a model from the classes that inherit it: they share
the records of `orm.Database` and call one another through `self`. Every public call runs under one lock and commits
once, like an Odoo request in its own transaction.
"""
from __future__ import annotations

import inspect
from typing import Any

from . import orm
from .credentials import Credentials
from .errors import AccessError, UserError
from .mail import MailThread
from .reading import Reading
from .sales import SaleOrders
from .scheduling import Scheduling
from .schema import MAIL_THREAD
from .security import Security
from .writing import Writing

METHODS_OF = {  # public methods only some models have
    "message_post": MAIL_THREAD, "activity_schedule": MAIL_THREAD, "action_cancel": {"sale.order"}, "action_confirm": {"sale.order"},
    "has_group": {"res.users"},
}


class Env(Reading, Writing, Security, Credentials, MailThread, SaleOrders, Scheduling):
    """The records of one database, and the ORM methods Odoo exposes over RPC."""

    def call(self, model: str, method: str, args: list, kwargs: dict) -> Any:
        """`execute_kw` semantics: record methods take ids as args[0]; `context` may come in kwargs."""
        if method.startswith("_"):
            raise AccessError(f"Private methods (such as '{model}.{method}') cannot be called remotely.")
        if model not in self.models:
            raise UserError(f"Object {model} doesn't exist")
        handler = getattr(self, f"rpc_{method}", None)
        if handler is None or not self.has_method(model, method):
            raise AttributeError(f"The method '{model}.{method}' does not exist")
        kwargs = dict(kwargs or {})
        context = kwargs.pop("context", None) or {}
        with self.lock:
            try:
                groups = self._caller_groups(context)
                if groups is not None:
                    self._check_model_access(model, method, groups)
                    self._check_nested_access(model, method, args, kwargs, groups)
                    if method in ("read", "write", "unlink"):
                        self._check_record_rules(model, method, orm.record_ids(args[0] if args else kwargs.get("ids", [])), context)
                result = handler(model, *args, context=context, **kwargs)
                if groups is not None:
                    self._check_documents(model, method, result, groups, context["uid"])
                    if method == "create":
                        self._check_record_rules(model, "create", result if isinstance(result, list) else [result], context)
                self._flush()
                return result
            except BaseException:
                self._rollback()
                raise

    def has_model(self, model: str) -> bool:
        return model in self.models

    def has_method(self, model: str, method: str) -> bool:
        """Whether the model has this public method (methods of a mixin or one model only on the models that have them)."""
        if not hasattr(self, f"rpc_{method}"):
            return False
        return model in METHODS_OF.get(method, {model})

    def bind(self, method: str, args: list, kwargs: dict) -> None:
        """Raise TypeError when the arguments do not fit the method's signature, as JSON-2 checks before calling."""
        inspect.signature(getattr(self, f"rpc_{method}")).bind("model", *args, **kwargs)

    def rpc_context_get(self, model: str, context: dict | None = None) -> dict:
        return {"lang": "en_US", "tz": "America/Toronto", "uid": (context or {}).get("uid", 2)}

    # in-process helpers for tests and seeding
    def search_read(self, model: str, domain: list, fields: list[str] | None = None, **kw: Any) -> list[dict]:
        return self.call(model, "search_read", [], {"domain": domain, "fields": fields, **kw})

    def create(self, model: str, vals: dict, context: dict | None = None) -> int:
        return self.call(model, "create", [vals], {"context": context or {}})

    def write(self, model: str, ids: list[int], vals: dict) -> bool:
        return self.call(model, "write", [ids, vals], {})
