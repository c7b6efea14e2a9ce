"""The labelled corpora of client replies (tests/data/*.tsv, grammar in tests/data/README.md) and how a row's label
is compared with what `understand` heard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.odoo.availability import merged_intervals

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "replies.tsv"
TUNED = (CORPUS, *(DATA / f"replies_more{suffix}.tsv" for suffix in ("", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_l", "_n", "_p", "_s", "_v", "_zh", "_zj", "_zn", "_zr", "_zs", "_zt", "_zu", "_zx", "_zc", "_z", "_za", "_zzk", "_zzn", "_o", "_x", "_zzo", "_j", "_q", "_u", "_w", "_y", "_ze", "_zf", "_zk", "_zm", "_zp", "_zq", "_zv", "_zw", "_zy", "_zz", "_zza", "_zzi", "_zzl", "_zzp", "_zzs", "_zzu", "_zzx", "_zzy", "_zzzc", "_zzzd", "_zzzj", "_zzzk")))  # the rules are tuned on these: 100 %
TUNING = tuple(DATA / f"replies_more_{suffix}.tsv" for suffix in (*"ikmrt", "zb", "zd", "zg", "zi", "zl", "zo", "zzb", "zzc", "zzd", "zze", "zzf", "zzg", "zzh", "zzj", "zzm", "zzq", "zzr", "zzt", "zzv", "zzw", "zzz", "zzza", "zzzb", "zzze", "zzzf", "zzzg", "zzzh", "zzzi", "zzzl", "zzzo", "zzzm", "zzzn", "zzzr", "zzzp", "zzzs", "zzzq", "zzzw", "zzzu", "zzzt", "zzzv", "zzzx", "zzzz", "zzzy"))  # being tuned on, not yet 100 %: bench only; each file's first line says who wrote it and how
HOLDOUT = DATA / "replies_holdout.tsv"  # the older holdout, written after the rules, measured by bench only
BLIND = DATA / "replies_blind.tsv"  # written before the rules it measures, never tuned on; bench only
TORONTO = ZoneInfo("America/Toronto")
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=TORONTO)  # a file without '# now = ...' is read at this moment
HORIZON_DAYS = 14
DAY_HOURS = (8.0, 20.0)  # the business day the labels are written for (DayParts' default)

Interval = tuple[datetime, datetime]


@dataclass(frozen=True)
class Row:
    text: str
    locale: str
    intent: str
    detail: str
    now: datetime = NOW
    category: str = "basic"

    @property
    def choice(self) -> int | None:
        return int(self.detail) if self.intent == "choose" else None

    def fields(self) -> dict[str, str]:
        return dict(part.split("=", 1) for part in self.detail.split() if "=" in part)

    def expected_windows(self) -> tuple[list[Interval], list[Interval]]:
        """The label as windows: wished days × wished hours (from now on), and the excluded days or parts of days."""
        fields = self.fields()
        start_hour, end_hour = (float(h) for h in fields.get("h", "-".join(str(h) for h in DAY_HOURS)).split("-"))
        spec = fields.get("d", "H" if "h" in fields else "")
        windows = []
        for day in _days(spec, self.now):
            start = max(_at(day, start_hour, self.now), self.now)
            end = _at(day, end_hour, self.now)
            if start < end:
                windows.append((start, end))
        return windows, _excluded(fields.get("x", ""), self.now)


def _at(day: date, hours: float, now: datetime) -> datetime:
    return datetime.combine(day, time(0), tzinfo=now.tzinfo) + timedelta(hours=hours)


def _business_days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1) if (first + timedelta(days=i)).weekday() < 5]


def _day(token: str, now: datetime) -> date:
    return date.fromisoformat(token) if "-" in token else now.date() + timedelta(days=int(token))


def _days(spec: str, now: datetime) -> list[date]:
    """`H`, `NW`, ISO dates or day offsets, and Mon–Fri ranges `a..b`, comma-separated."""
    today = now.date()
    days: list[date] = []
    for token in filter(None, spec.split(",")):
        if token == "H":
            days += _business_days(today, today + timedelta(days=HORIZON_DAYS - 1))
        elif token == "NW":
            monday = today + timedelta(days=7 - today.weekday())
            days += _business_days(monday, monday + timedelta(days=4))
        elif ".." in token:
            first, last = token.split("..")
            days += _business_days(_day(first, now), _day(last, now))
        else:
            days.append(_day(token, now))
    return sorted(set(days))


def _excluded(spec: str, now: datetime) -> list[Interval]:
    """Whole days (`x=2026-12-14`, Mon–Fri ranges as in `d=`) or parts of one (`x=2026-12-14@8-12`)."""
    intervals = []
    for token in filter(None, spec.split(",")):
        if "@" in token:
            day, hours = token.split("@")
            start, end = (float(h) for h in hours.split("-"))
            intervals.append((_at(_day(day, now), start, now), _at(_day(day, now), end, now)))
        elif ".." in token:
            first, last = token.split("..")
            intervals += [(_at(d, 0, now), _at(d, 24, now)) for d in _business_days(_day(first, now), _day(last, now))]
        else:
            day = _days(token, now)
            intervals += [(_at(d, 0, now), _at(d, 24, now)) for d in day]
    return intervals


def load(path: Path = CORPUS) -> list[Row]:
    rows = []
    now, category = NOW, "basic"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# now ="):
            now = datetime.fromisoformat(line.split("=", 1)[1].strip()).replace(tzinfo=TORONTO)
        elif line.startswith("## "):
            category = line[3:].strip()
        elif line and not line.startswith("#"):
            parts = line.split("\t")
            rows.append(Row(parts[0], parts[1], parts[2], " ".join(p for p in parts[3:] if p), now, category))
    return rows


def load_tuned() -> list[Row]:
    return [row for path in TUNED for row in load(path)]


def _minus(intervals: list[Interval], taken: list[Interval]) -> list[Interval]:
    left = merged_intervals(intervals)
    for cut_start, cut_end in merged_intervals(taken):
        pieces = []
        for start, end in left:
            if cut_end <= start or end <= cut_start:
                pieces.append((start, end))
                continue
            if start < cut_start:
                pieces.append((start, cut_start))
            if cut_end < end:
                pieces.append((cut_end, end))
        left = pieces
    return left


def _in_business_hours(intervals: list[Interval]) -> list[Interval]:
    """Each interval clipped to 8–20 of every day it covers: an exclusion of 'the 14th' and of '8-20 on the 14th' agree."""
    clipped = []
    for start, end in merged_intervals(intervals):
        day = start.date()
        while datetime.combine(day, time(0), tzinfo=start.tzinfo) < end:
            open_, close = _at(day, DAY_HOURS[0], start), _at(day, DAY_HOURS[1], start)
            a, b = max(start, open_), min(end, close)
            if a < b:
                clipped.append((a, b))
            day += timedelta(days=1)
    return clipped


def effective(windows: list[Interval], excluded: list[Interval]) -> tuple[list[Interval], list[Interval]]:
    """What a reply means for offers: the wished time left after the exclusions, and the excluded time, both within
    business hours. Two readings that offer and refuse the same times are the same reading."""
    return _in_business_hours(_minus(windows, excluded)), _in_business_hours(excluded)


def agrees(row: Row, heard: object) -> bool:
    """Does an Understanding match the row: intent, and for options and times the details too."""
    if heard.intent != row.intent:  # type: ignore[attr-defined]
        return False
    if row.intent == "choose":
        return heard.choice == row.choice  # type: ignore[attr-defined]
    if row.intent == "when":
        return effective(*row.expected_windows()) == effective(list(heard.windows), list(heard.excluded))  # type: ignore[attr-defined]
    return True
