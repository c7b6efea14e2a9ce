"""Reminder policies as data (a TOML file): device categories, their raw device types, intervals and bands."""
from __future__ import annotations

import tomllib
from datetime import date, timedelta
from fnmatch import fnmatchcase
from pathlib import Path

from pydantic import BaseModel, Field

DEFAULT_POLICIES = Path(__file__).with_name("policies.toml")


class Defaults(BaseModel):
    bands: list[int] = [30, 7, 1]
    overdue: list[int] = [7, 30]
    channels: list[str] = ["sms", "voice", "email"]
    escalate_after_hours: int = 48
    appointment_type: str = "Equipment maintenance visit"
    visit_minutes: int = 60


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

    def covers(self, device_type: str) -> bool:
        raw = device_type.strip().lower()
        return any(fnmatchcase(raw, pattern.lower()) for pattern in self.device_types)


class Policies(BaseModel):
    defaults: Defaults = Defaults()
    categories: list[Category] = Field(default_factory=list, alias="category")

    @classmethod
    def load(cls, path: Path = DEFAULT_POLICIES) -> "Policies":
        with path.open("rb") as handle:
            return cls.model_validate(tomllib.load(handle))

    def category_for(self, device_type: str) -> Category | None:
        """The first category whose patterns cover this raw device type."""
        return next((c for c in self.categories if c.covers(device_type)), None)

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
        """Days before due of the band the unit is in (the smallest that contains it); 0 just overdue; -N for the
        follow-up N days after the due date; None when it is not time yet."""
        days = (due - today).days
        if days < 0:
            follow_ups = [n for n in self.overdue(category) if -days >= n]
            return -max(follow_ups) if follow_ups else 0
        inside = [band for band in sorted(self.bands(category)) if days <= band]
        return inside[0] if inside else None
