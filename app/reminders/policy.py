"""Reminder policies as data (a TOML file): device categories, their raw device types, intervals and bands."""
from __future__ import annotations

import tomllib
from collections.abc import Iterable
from datetime import date, timedelta
from fnmatch import fnmatchcase
from pathlib import Path

from pydantic import BaseModel, Field, PrivateAttr

DEFAULT_POLICIES = Path(__file__).with_name("policies.toml")


class Defaults(BaseModel):
    bands: list[int] = [30, 7, 1]
    overdue: list[int] = [7, 30]
    channels: list[str] = ["sms", "voice", "email"]
    escalate_after_hours: int = 48
    missed_visit_days: int = 14  # a visit the client missed this recently is followed up (once); older ones are staff's
    appointment_type: str | None = None  # None: the settings' FUSION_APPOINTMENT_TYPE_NAME
    visit_minutes: int | None = None  # None: that appointment type's own duration in Odoo
    service_product: str | None = None  # default_code of the Odoo product a visit is quoted with; None: not quoted
    quote: bool = True  # False: no draft quotation for visits (a dealer who bills otherwise, e.g. pre-paid plans)


class Category(BaseModel):
    name: str
    device_types: list[str]
    interval_months: int
    bands: list[int] | None = None
    overdue: list[int] | None = None
    channels: list[str] | None = None
    appointment_type: str | None = None
    visit_minutes: int | None = None
    escalate_after_hours: int | None = None
    service_product: str | None = None
    quote: bool | None = None

    def covers(self, device_type: str) -> bool:
        """Whether a pattern matches the raw type, or its last part when it is a path: Odoo 19 names a product
        category by its full path ('Goods / Power Wheelchairs')."""
        raw = device_type.strip().lower()
        leaf = raw.rsplit(" / ", 1)[-1]
        return any(fnmatchcase(raw, pattern.lower()) or fnmatchcase(leaf, pattern.lower()) for pattern in self.device_types)


class Policies(BaseModel):
    defaults: Defaults = Defaults()
    categories: list[Category] = Field(default_factory=list, alias="category")
    _matched: dict[str, Category | None] = PrivateAttr(default_factory=dict)  # raw device type -> category, as found

    @classmethod
    def load(cls, path: Path = DEFAULT_POLICIES) -> "Policies":
        with path.open("rb") as handle:
            return cls.model_validate(tomllib.load(handle))

    def category_for(self, device_type: str) -> Category | None:
        """The first category whose patterns cover this raw device type (remembered: a scan asks once per unit)."""
        if device_type not in self._matched:
            self._matched[device_type] = next((c for c in self.categories if c.covers(device_type)), None)
        return self._matched[device_type]

    def visit(self, category_names: Iterable[str | None]) -> tuple[str | None, int | None]:
        """(appointment type, minutes) of one visit for units of these categories: the longest visit wins, with its
        category's type; None where neither the category nor [defaults] says (the settings' type, its own length)."""
        named = {c.name: c for c in self.categories}
        visits = [
            (c.visit_minutes or self.defaults.visit_minutes, c.appointment_type or self.defaults.appointment_type)
            for c in (named.get(name) for name in category_names if name) if c is not None
        ]
        if not visits:
            return self.defaults.appointment_type, self.defaults.visit_minutes
        minutes, kind = max(visits, key=lambda visit: visit[0] or 0)
        return kind, minutes

    def service_product(self, category_name: str | None) -> str | None:
        """The Odoo product (default_code) a unit of this category is quoted with on its visit's draft quotation; None
        when the category (or [defaults]) turns quoting off or names no product. Prices are Odoo's, never ours."""
        category = next((c for c in self.categories if c.name == category_name), None) if category_name else None
        quote = category.quote if category is not None and category.quote is not None else self.defaults.quote
        if not quote:
            return None
        return category.service_product if category is not None and category.service_product else self.defaults.service_product

    def bands(self, category: Category) -> list[int]:
        return category.bands if category.bands is not None else self.defaults.bands

    def overdue(self, category: Category) -> list[int]:
        return category.overdue if category.overdue is not None else self.defaults.overdue

    def channels(self, category: Category) -> list[str]:
        return category.channels if category.channels is not None else self.defaults.channels

    def escalate_after(self, category: Category) -> timedelta:
        hours = category.escalate_after_hours if category.escalate_after_hours is not None else self.defaults.escalate_after_hours
        return timedelta(hours=hours)

    def longest_lead(self) -> int:
        """How far ahead the scan must look: the largest band of any category."""
        return max((max(self.bands(c), default=0) for c in self.categories), default=max(self.defaults.bands))

    def band_for(self, category: Category, due: date, today: date) -> int | None:
        """Days before due of the band the unit is in (the smallest that contains it); 0 overdue before its first
        follow-up (the plan uses it only for a unit never reminded of this due date); -N for the follow-up N days after
        the due date; None when it is not time yet."""
        days = (due - today).days
        if days < 0:
            follow_ups = [n for n in self.overdue(category) if -days >= n]
            return -max(follow_ups) if follow_ups else 0
        inside = [band for band in sorted(self.bands(category)) if days <= band]
        return inside[0] if inside else None
