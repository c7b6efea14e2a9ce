"""The one contact gate, in the recipient's own time zone: every channel in every Canadian zone (texts 09:00-20:00,
the CRTC's hours for automated calls, emails never held by the clock, Ontario's statutory holidays), opt-outs refused
always; then through the real send paths: the follow-up timer and the outbox hold a Vancouver client until morning
there while a Toronto client is already in the day, and a call waits for the CRTC's Saturday hours."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.container import Services, build_services
from app.phones import normalise
from app.reminders.contact_window import ContactWindow, Recipient, statutory_holidays
from app.store import repository as repo
from app.store.models import Conversation, Message
from tests.conftest import NOW, TORONTO, Clock, plain_reminder, settings_for
from tests.test_outbox import FlakySms

DEALER = "America/Toronto"
ZONES = ["America/Toronto", "America/Vancouver", "America/Halifax", "America/St_Johns", "America/Winnipeg"]
CHANNELS = ["sms", "voice", "email"]
WINDOW = ContactWindow(DEALER, True, time(20), time(9), statutory_holidays("ON"))
VANCOUVER = ZoneInfo("America/Vancouver")

# (month, day, hour, minute) in the recipient's zone -> per channel: True (allowed now) or when it opens, same zone
HOURS: list[tuple[tuple[int, int, int, int], dict[str, bool | tuple[int, int, int, int]]]] = [
    ((11, 24, 8, 30), {"sms": (11, 24, 9, 0), "voice": (11, 24, 9, 0), "email": True}),  # a Tuesday, early
    ((11, 24, 9, 30), {"sms": True, "voice": True, "email": True}),
    ((11, 24, 20, 30), {"sms": (11, 25, 9, 0), "voice": True, "email": True}),  # texts end at 20:00, calls at 21:30
    ((11, 24, 21, 30), {"sms": (11, 25, 9, 0), "voice": (11, 25, 9, 0), "email": True}),
    ((11, 28, 9, 30), {"sms": True, "voice": (11, 28, 10, 0), "email": True}),  # Saturday: calls 10:00-18:00
    ((11, 28, 18, 30), {"sms": True, "voice": (11, 29, 10, 0), "email": True}),
    ((12, 25, 12, 0), {"sms": (12, 27, 9, 0), "voice": (12, 27, 10, 0), "email": True}),  # Christmas, then Boxing Day (Sat)
    ((2, 16, 12, 0), {"sms": (2, 17, 9, 0), "voice": (2, 17, 9, 0), "email": True}),  # Family Day, an Ontario holiday
]
# for each zone, one where 21:30 there is still before 20:00 (a snowbird in Hawaii, west of Vancouver)
EARLIER = {
    "America/Toronto": "America/Vancouver", "America/Halifax": "America/Winnipeg", "America/St_Johns": "America/Winnipeg",
    "America/Winnipeg": "America/Vancouver", "America/Vancouver": "Pacific/Honolulu",
}


def local(zone: str, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_each_channel_keeps_its_hours_in_the_recipients_own_zone(channel: str, zone: str) -> None:
    client = Recipient(zone)
    for moment, expected in HOURS:
        at = local(zone, *moment)
        opens = expected[channel]
        assert WINDOW.allows(client, channel, at) is (opens is True), f"{channel} at {at}"
        assert WINDOW.next_allowed(client, channel, at) == (at if opens is True else local(zone, *opens)), f"{channel} at {at}"


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_one_instant_is_night_for_one_client_and_evening_for_another(channel: str, zone: str) -> None:
    """21:30 where the client is: no text, no call (an email still goes); the same instant is fine for a client in an
    earlier zone."""
    instant = local(zone, 11, 24, 21, 30).astimezone(ZoneInfo("UTC"))
    assert WINDOW.allows(Recipient(zone), channel, instant) is (channel == "email")
    assert WINDOW.allows(Recipient(EARLIER[zone]), channel, instant)


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_whoever_opted_out_is_refused_on_every_channel_at_every_hour(channel: str, zone: str) -> None:
    unenforced = ContactWindow(DEALER, False, time(20), time(9), statutory_holidays("ON"))
    for moment, _ in HOURS:
        at = local(zone, *moment)
        for window in (WINDOW, unenforced):
            assert not window.allows(Recipient(zone, opted_out=True), channel, at)
            assert window.next_allowed(Recipient(zone, opted_out=True), channel, at) is None
    assert unenforced.allows(Recipient(zone), channel, local(zone, 12, 25, 23, 0))  # the demo's clock holds nothing else


def test_a_client_of_unknown_zone_keeps_the_dealer_s_hours() -> None:
    evening = local("America/Toronto", 11, 24, 21, 30)  # 18:30 in Vancouver
    assert not WINDOW.allows(Recipient(), "sms", evening)
    assert ContactWindow("America/Vancouver", True, time(20), time(9)).allows(Recipient(), "sms", evening)


def _offered_in_toronto_and_vancouver(services: Services, clock: Clock, sandbox) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A Vancouver client (Odoo's partner tz) and a Toronto one, both reminded by text and offered times at 12:30
    Toronto (09:30 Vancouver); at 10:00 Toronto, 07:00 there, the scan held the Vancouver reminder."""
    west = sandbox.env.search_read("res.partner", [("phone", "!=", False), ("lang", "=", "en_CA")], ["phone"], limit=1)[0]
    sandbox.env.write("res.partner", [west["id"]], {"tz": "America/Vancouver"})
    vancouver = normalise(west["phone"])
    early = services.scan()
    assert vancouver not in {m.address for m in early.sent} and early.skipped["quiet_hours"]
    toronto = plain_reminder(services, early.sent).address
    clock.now = NOW.replace(hour=12, minute=30)
    assert vancouver in {m.address for m in services.scan().sent}
    for phone in (toronto, vancouver):
        services.assistant.handle_inbound(phone, "next friday afternoon", f"wish-{phone}")
    return toronto, vancouver


def _last_out(services: Services, phone: str) -> Message:
    with services.sessions() as session:
        return session.query(Message).filter_by(address=phone, direction="out").order_by(Message.id.desc()).first()


def _conversation(services: Services, phone: str) -> Conversation:
    with services.sessions() as session:
        return session.query(Conversation).filter_by(phone=phone).order_by(Conversation.id.desc()).first()


def test_the_timer_defers_a_follow_up_to_the_morning_where_the_client_is(clocked_services: Services, clock: Clock, sandbox) -> None:  # type: ignore[no-untyped-def]
    """Two days on at 10:00 Toronto (07:00 Vancouver) both follow-ups are due: the Toronto client gets theirs, the
    Vancouver client's waits for 09:00 there (12:00 Toronto) and goes out then."""
    services = clocked_services
    toronto, vancouver = _offered_in_toronto_and_vancouver(services, clock, sandbox)
    clock.now = (NOW + timedelta(days=2)).replace(hour=10)
    assert services.assistant.tick() == 1
    assert _last_out(services, toronto).template == "follow_up" and _last_out(services, vancouver).template != "follow_up"
    morning_there = datetime.combine(clock.now.astimezone(VANCOUVER).date(), time(9), VANCOUVER)
    assert _conversation(services, vancouver).wake_at == morning_there
    clock.now = morning_there - timedelta(minutes=1)
    assert services.assistant.tick() == 0
    clock.now = morning_there
    assert services.assistant.tick() == 1
    follow_up = _last_out(services, vancouver)
    assert follow_up.template == "follow_up" and follow_up.status == "sent"


def test_the_outbox_retries_a_failed_reply_in_the_client_s_morning(odoo_url: str, tmp_path: Path, sandbox) -> None:  # type: ignore[no-untyped-def]
    """A reply to a client who just wrote goes at once, whatever the hour (conversation); its retry is contact the
    assistant starts: at 06:31 in Vancouver (09:31 in Toronto) it waits for 09:00 there."""
    clock, sms = Clock(), FlakySms()
    sms.down = False
    services = build_services(settings_for(odoo_url, tmp_path), clock=clock, channels={"sms": sms})
    _, vancouver = _offered_in_toronto_and_vancouver(services, clock, sandbox)
    clock.now = datetime(2026, 11, 25, 6, 30, tzinfo=VANCOUVER)
    sms.down, attempts = True, sms.attempts
    services.assistant.handle_inbound(vancouver, "actually thursday morning", "early-bird")
    reply = _last_out(services, vancouver)
    assert sms.attempts == attempts + 1 and reply.status == "queued" and reply.reply_to_id is not None
    sms.down = False
    clock.now += timedelta(minutes=1, seconds=1)  # its backoff is over
    assert services.assistant.outbox.retry_sends() == 0 and sms.attempts == attempts + 1
    assert services.assistant.outbox.deliver(reply.id) == datetime(2026, 11, 25, 9, tzinfo=VANCOUVER)
    clock.now = datetime(2026, 11, 25, 9, tzinfo=VANCOUVER)
    assert services.assistant.outbox.retry_sends() == 1 and _last_out(services, vancouver).status == "sent"
    services.close()


def test_a_follow_up_call_waits_for_the_crtc_s_saturday_hours(clocked_services: Services, clock: Clock) -> None:
    """A client who answered on a call is followed up by a call: at 09:30 on a Saturday texts may go, calls may not
    before 10:00."""
    services = clocked_services
    phone = plain_reminder(services, services.scan().sent).address
    clock.now = datetime(2026, 11, 27, 9, 30, tzinfo=TORONTO)  # Friday
    services.assistant.calls.input(phone, "call-1", 1, "", "next tuesday afternoon")
    assert _conversation(services, phone).medium == "voice" and _conversation(services, phone).state["stage"] == "offered"
    clock.now = datetime(2026, 11, 28, 9, 30, tzinfo=TORONTO)  # Saturday, a day without a reply
    calls = len(services.channels["voice"].sent)
    assert services.assistant.tick() == 0 and len(services.channels["voice"].sent) == calls
    assert _conversation(services, phone).wake_at == datetime(2026, 11, 28, 10, tzinfo=TORONTO)
    clock.now = datetime(2026, 11, 28, 10, tzinfo=TORONTO)
    assert services.assistant.tick() == 1
    follow_up = _last_out(services, phone)
    assert follow_up.channel == "voice" and follow_up.template == "follow_up" and len(services.channels["voice"].sent) == calls + 1


def test_the_timer_never_follows_up_a_number_the_carrier_says_opted_out(clocked_services: Services, clock: Clock) -> None:
    """An opt-out the carrier reported leaves the conversation active; when its follow-up falls due it ends as opted
    out instead, and nothing is sent."""
    services = clocked_services
    phone = plain_reminder(services, services.scan().sent).address
    services.assistant.handle_inbound(phone, "next friday afternoon", "wish")
    with services.sessions() as session:
        repo.record_opt_out(session, phone, "carrier", clock.now)
        session.commit()
    offered = _last_out(services, phone)
    clock.now += timedelta(days=1, minutes=1)
    assert services.assistant.tick() == 1
    assert _last_out(services, phone).id == offered.id and _conversation(services, phone).status == "opted_out"
