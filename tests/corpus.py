"""The labelled corpus of client replies (tests/data/replies.tsv) and how an expected Understanding is built from a row."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

CORPUS = Path(__file__).parent / "data" / "replies.tsv"
HOLDOUT = Path(__file__).parent / "data" / "replies_holdout.tsv"  # written after the rules, measured by bench only
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("America/Toronto"))
HORIZON_DAYS = 14


@dataclass(frozen=True)
class Row:
    text: str
    locale: str
    intent: str
    detail: str

    @property
    def choice(self) -> int | None:
        return int(self.detail) if self.intent == "choose" else None

    def expected_windows(self, now: datetime = NOW) -> tuple[list, list]:
        fields = dict(part.split("=", 1) for part in self.detail.split() if "=" in part)
        excluded_days = [now.date() + timedelta(days=int(x)) for x in fields["x"].split(",")] if "x" in fields else []
        days = _days(fields.get("d", ""), now)
        start_hour, end_hour = (float(h) for h in fields.get("h", "8-20").split("-"))
        windows = []
        for day in days:
            if day in excluded_days:
                continue
            start = max(datetime.combine(day, _clock(start_hour), tzinfo=now.tzinfo), now)
            end = datetime.combine(day, _clock(end_hour), tzinfo=now.tzinfo)
            if start < end:
                windows.append((start, end))
        excluded = [
            (datetime.combine(d, time(0), tzinfo=now.tzinfo), datetime.combine(d + timedelta(days=1), time(0), tzinfo=now.tzinfo))
            for d in excluded_days
        ]
        return windows, excluded


def _days(spec: str, now: datetime) -> list:
    today = now.date()
    if spec == "H":
        return [today + timedelta(days=i) for i in range(HORIZON_DAYS) if (today + timedelta(days=i)).weekday() < 5]
    if spec == "NW":
        monday = today + timedelta(days=7 - today.weekday())
        return [monday + timedelta(days=i) for i in range(5)]
    return [today + timedelta(days=int(offset)) for offset in spec.split(",") if offset]


def _clock(hours: float) -> time:
    return time(int(hours), int(round(hours % 1 * 60)))


def load(path: Path = CORPUS) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        parts = line.split("\t")
        rows.append(Row(parts[0], parts[1], parts[2], " ".join(parts[3:])))
    return rows


def agrees(row: Row, heard: object) -> bool:
    """Does an Understanding match the row: intent, and for options and times the details too."""
    if heard.intent != row.intent:  # type: ignore[attr-defined]
        return False
    if row.intent == "choose":
        return heard.choice == row.choice  # type: ignore[attr-defined]
    if row.intent == "when":
        windows, excluded = row.expected_windows()
        return list(heard.windows) == windows and list(heard.excluded) == excluded  # type: ignore[attr-defined]
    return True
