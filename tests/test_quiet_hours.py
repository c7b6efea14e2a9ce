"""The contact window's hours (here for a Toronto client): the texting window, Ontario's statutory holidays, and the
CRTC's window for automated calls; a reminder held on Christmas Day goes out on the next allowed day at 9:00. Other
zones, every channel and opt-outs: tests/test_contact_window.py."""
from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from app.container import build_services
from app.reminders.contact_window import ContactWindow, Recipient, statutory_holidays
from tests.conftest import Clock, settings_for

TORONTO = ZoneInfo("America/Toronto")
TZ = "America/Toronto"
TEXTS = ContactWindow(TZ, True, time(20), time(9))
ONTARIO = ContactWindow(TZ, True, time(20), time(9), statutory_holidays("ON"))
CLIENT = Recipient(TZ)


def at(month: int, day: int, hour: int, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TORONTO)


def sms(window: ContactWindow, moment: datetime) -> bool:
    return window.allows(CLIENT, "sms", moment)


def call(moment: datetime) -> bool:
    return ONTARIO.allows(CLIENT, "voice", moment)


def test_texts_wait_for_the_morning_in_the_clients_zone() -> None:
    assert not sms(TEXTS, at(11, 24, 20, 30)) and not sms(TEXTS, at(11, 24, 8, 59))
    assert sms(TEXTS, at(11, 24, 9)) and sms(TEXTS, at(11, 24, 19, 59))
    noon_utc = datetime(2026, 11, 24, 14, 0, tzinfo=ZoneInfo("UTC"))  # 09:00 in Toronto, 06:00 in Vancouver
    assert sms(TEXTS, noon_utc) and not TEXTS.allows(Recipient("America/Vancouver"), "sms", noon_utc)
    assert TEXTS.next_allowed(CLIENT, "sms", at(11, 24, 21)) == at(11, 25, 9)
    assert TEXTS.next_allowed(CLIENT, "sms", at(11, 24, 11)) == at(11, 24, 11)


def test_a_quiet_window_inside_one_day_leaves_both_ends_of_the_day_open() -> None:
    early = ContactWindow(TZ, True, time(1), time(6))
    assert not sms(early, at(11, 24, 3)) and sms(early, at(11, 24, 0, 30)) and sms(early, at(11, 24, 23))
    assert early.next_allowed(CLIENT, "sms", at(11, 24, 3)) == at(11, 24, 6)


def test_no_texts_on_ontario_statutory_holidays_when_configured() -> None:
    christmas = at(12, 25, 10)
    assert not sms(ONTARIO, christmas) and sms(TEXTS, christmas)
    assert not sms(ONTARIO, at(12, 26, 12))  # Boxing Day
    assert not sms(ONTARIO, at(2, 16, 12, year=2026))  # Family Day, an Ontario holiday
    assert sms(ONTARIO, at(8, 3, 12, year=2026))  # the Civic Holiday is not statutory in Ontario
    assert ONTARIO.next_allowed(CLIENT, "sms", christmas) == at(12, 27, 9)  # Boxing Day is a Saturday in 2026: Sunday 9:00
    assert sms(ContactWindow(TZ, False, time(20), time(9), statutory_holidays("ON")), christmas)  # not enforced: never held


def test_automated_calls_keep_the_crtc_window_weekdays_and_weekends() -> None:
    assert not call(at(11, 24, 8, 59)) and call(at(11, 24, 9))  # a Tuesday
    assert call(at(11, 24, 21, 29)) and not call(at(11, 24, 21, 30))
    assert sms(TEXTS, at(11, 28, 9, 30)) and not call(at(11, 28, 9, 30))  # Saturday: from 10:00
    assert call(at(11, 28, 17, 59)) and not call(at(11, 28, 18))
    assert ONTARIO.next_allowed(CLIENT, "voice", at(11, 27, 22)) == at(11, 28, 10)  # Friday night -> Saturday 10:00
    assert ONTARIO.next_allowed(CLIENT, "voice", at(11, 29, 18, 30)) == at(11, 30, 9)  # Sunday evening -> Monday 9:00
    # Christmas (Fri), Boxing Day (Sat): Sunday 10:00; Monday the 28th is Boxing Day observed, so a call held from
    # Sunday evening waits for Tuesday 9:00
    assert ONTARIO.next_allowed(CLIENT, "voice", at(12, 25, 10)) == at(12, 27, 10)
    assert ONTARIO.next_allowed(CLIENT, "voice", at(12, 27, 19)) == at(12, 29, 9)


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
    assert ONTARIO.allows(CLIENT, "email", christmas_night) and ONTARIO.next_allowed(CLIENT, "email", christmas_night) == christmas_night
