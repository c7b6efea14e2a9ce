"""What the slot finder keeps between searches (the horizon's slots, a couple of seconds of busy time) changes no
answer: the same offers as a finder that reads everything afresh, one Odoo read for a burst, and a slot found taken
right before booking is never offered again."""
from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

import odoorpc

from app.config import Settings
from app.odoo.gateway import OdooGateway
from app.odoo.slots import SlotFinder
from tests.conftest import NOW, odoo_datetime

TYPE = "Equipment maintenance visit"


class Counted:
    """The real transport, counting calls by model and method."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.calls = inner, Counter[tuple[str, str]]()

    def call(self, model: str, method: str, *args: Any, **named: Any) -> Any:
        self.calls[(model, method)] += 1
        return self.inner.call(model, method, *args, **named)


def counted_finder(odoo_url: str, busy_ttl_seconds: float) -> tuple[SlotFinder, Counted]:
    transport = Counted(OdooGateway.from_settings(Settings(odoo_url=odoo_url, odoo_password="admin"))._transport)
    return SlotFinder(OdooGateway(transport), TYPE, lambda: NOW, busy_ttl_seconds=busy_ttl_seconds), transport


def test_kept_slots_give_the_offers_a_fresh_finder_gives_all_day_long(odoo_url: str) -> None:
    kept, _ = counted_finder(odoo_url, busy_ttl_seconds=3600)
    for hours in range(0, 24 * 3, 5):  # across a day boundary: the kept horizon is made again
        now = NOW + timedelta(hours=hours, minutes=7 * hours % 60)
        for days, span in ((0, 14), (3, 2), (9, 1), (20, 30)):
            windows = [(now + timedelta(days=days), now + timedelta(days=days + span))]
            fresh = SlotFinder(OdooGateway.from_settings(Settings(odoo_url=odoo_url, odoo_password="admin")), TYPE, lambda: NOW, busy_ttl_seconds=0)
            assert kept.find(windows, [], now, 3) == fresh.find(windows, [], now, 3), (hours, days, span)
            assert kept.free_in(windows[0], now) == fresh.free_in(windows[0], now), (hours, days, span)


def test_a_burst_of_searches_reads_busy_time_once(odoo_url: str) -> None:
    finder, transport = counted_finder(odoo_url, busy_ttl_seconds=3600)
    for hours in range(20):
        finder.find([(NOW + timedelta(days=2, hours=hours), NOW + timedelta(days=3, hours=hours))], [], NOW, 3)
    assert transport.calls[("calendar.event", "search_read")] == 1
    unkept, transport = counted_finder(odoo_url, busy_ttl_seconds=0)
    for _ in range(3):
        unkept.find([(NOW + timedelta(days=2), NOW + timedelta(days=3))], [], NOW, 3)
    assert transport.calls[("calendar.event", "search_read")] == 3


def test_a_slot_taken_in_odoo_after_the_read_is_caught_before_booking_and_not_offered_again(odoo_url: str, odoo: odoorpc.ODOO) -> None:
    finder, _ = counted_finder(odoo_url, busy_ttl_seconds=3600)
    window = [(NOW + timedelta(days=2), NOW + timedelta(days=4))]
    offers, _ = finder.find(window, [], NOW, 3)
    taken = offers[0]
    odoo.env["calendar.event"].create({  # staff book it in Odoo meanwhile
        "name": "Booked by the office", "start": odoo_datetime(taken.start), "stop": odoo_datetime(taken.end),
        "partner_ids": [(6, 0, [taken.technician_partner_id])], "show_as": "busy",
    })
    assert finder.find(window, [], NOW, 3)[0] == offers  # still the kept calendar: offered, but ...
    assert not finder.is_free(taken)  # ... the read right before booking finds it taken
    assert taken not in finder.find(window, [], NOW, 3)[0]
