"""Quiet hours in the client's zone: the texting window, Ontario's statutory holidays, and the CRTC's window for
automated calls; a reminder held on Christmas Day goes out on the next allowed day at 9:00."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app.container import build_services
from app.reminders.quiet_hours import QuietHours, statutory_holidays
from tests.conftest import Clock, settings_for

TORONTO = ZoneInfo("America/Toronto")
TZ = "America/Toronto"
TEXTS = QuietHours(True, "20:00", "09:00")
ONTARIO = QuietHours(True, "20:00", "09:00", statutory_holidays("ON"))


def at(month: int, day: int, hour: int, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TORONTO)


def test_texts_wait_for_the_morning_in_the_clients_zone() -> None:
    assert TEXTS.applies(at(11, 24, 20, 30), TZ) and TEXTS.applies(at(11, 24, 8, 59), TZ)
    assert not TEXTS.applies(at(11, 24, 9), TZ) and not TEXTS.applies(at(11, 24, 19, 59), TZ)
    noon_utc = datetime(2026, 11, 24, 14, 0, tzinfo=ZoneInfo("UTC"))  # 09:00 in Toronto, 06:00 in Vancouver
    assert not TEXTS.applies(noon_utc, TZ) and TEXTS.applies(noon_utc, "America/Vancouver")
    assert TEXTS.next_allowed(at(11, 24, 21), TZ) == at(11, 25, 9)
    assert TEXTS.next_allowed(at(11, 24, 11), TZ) == at(11, 24, 11)


def test_a_quiet_window_inside_one_day_leaves_both_ends_of_the_day_open() -> None:
    early = QuietHours(True, "01:00", "06:00")
    assert early.applies(at(11, 24, 3), TZ) and not early.applies(at(11, 24, 0, 30), TZ) and not early.applies(at(11, 24, 23), TZ)
    assert early.next_allowed(at(11, 24, 3), TZ) == at(11, 24, 6)


def test_no_texts_on_ontario_statutory_holidays_when_configured() -> None:
    christmas = at(12, 25, 10)
    assert ONTARIO.applies(christmas, TZ) and not TEXTS.applies(christmas, TZ)
    assert ONTARIO.applies(at(12, 26, 12), TZ)  # Boxing Day
    assert ONTARIO.applies(at(2, 16, 12, year=2026), TZ)  # Family Day, an Ontario holiday
    assert not ONTARIO.applies(at(8, 3, 12, year=2026), TZ)  # the Civic Holiday is not statutory in Ontario
    assert ONTARIO.next_allowed(christmas, TZ) == at(12, 27, 9)  # Boxing Day is a Saturday in 2026: Sunday 9:00
    assert not QuietHours(False, "20:00", "09:00", statutory_holidays("ON")).applies(christmas, TZ)  # not enforced: never


def test_automated_calls_keep_the_crtc_window_weekdays_and_weekends() -> None:
    calls = ONTARIO
    assert calls.applies(at(11, 24, 8, 59), TZ, "voice") and not calls.applies(at(11, 24, 9), TZ, "voice")  # a Tuesday
    assert not calls.applies(at(11, 24, 21, 29), TZ, "voice") and calls.applies(at(11, 24, 21, 30), TZ, "voice")
    assert not TEXTS.applies(at(11, 28, 9, 30), TZ) and calls.applies(at(11, 28, 9, 30), TZ, "voice")  # Saturday: from 10:00
    assert not calls.applies(at(11, 28, 17, 59), TZ, "voice") and calls.applies(at(11, 28, 18), TZ, "voice")
    assert calls.next_allowed(at(11, 27, 22), TZ, "voice") == at(11, 28, 10)  # Friday night -> Saturday 10:00
    assert calls.next_allowed(at(11, 29, 18, 30), TZ, "voice") == at(11, 30, 9)  # Sunday evening -> Monday 9:00
    # Christmas (Fri), Boxing Day (Sat): Sunday 10:00; Monday the 28th is Boxing Day observed, so a call held from
    # Sunday evening waits for Tuesday 9:00
    assert calls.next_allowed(at(12, 25, 10), TZ, "voice") == at(12, 27, 10)
    assert calls.next_allowed(at(12, 27, 19), TZ, "voice") == at(12, 29, 9)


def test_a_reminder_due_on_christmas_day_is_held_and_goes_out_on_the_next_allowed_day_at_nine(odoo_url: str, tmp_path: Path) -> None:
    clock = Clock()
    clock.now = at(12, 25, 10)
    services = build_services(settings_for(odoo_url, tmp_path), clock=clock)
    christmas = services.scan()
    held = [p for p in christmas.planned if p.channel != "email"]  # an email waits in the inbox: it is not held
    assert held and christmas.skipped["quiet_hours"] == len(held)
    assert [m for m in christmas.sent if m.channel != "email"] == []
    clock.now = at(12, 26, 12)  # Boxing Day
    assert [m for m in services.scan().sent if m.channel != "email"] == []
    clock.now = at(12, 27, 8, 59)
    assert [m for m in services.scan().sent if m.channel != "email"] == []
    clock.now = at(12, 27, 9)
    sent = services.scan().sent
    assert sorted(m.address for m in sent) == sorted(p.client.phone for p in held)
    assert {m.created_at.astimezone(TORONTO) for m in sent} == {at(12, 27, 9)}
    services.close()


def test_holidays_can_be_switched_off(odoo_url: str, tmp_path: Path) -> None:
    services = build_services(settings_for(odoo_url, tmp_path, no_texts_on_holidays=False), clock=lambda: at(12, 25, 10))
    assert services.scan().sent
    services.close()


def test_emails_are_never_held_not_at_night_nor_on_a_holiday() -> None:
    christmas_night = at(12, 25, 23)
    assert not ONTARIO.applies(christmas_night, TZ, "email") and ONTARIO.next_allowed(christmas_night, TZ, "email") == christmas_night
