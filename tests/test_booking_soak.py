"""Bookings survive kill -9: rounds of twenty clients choosing a time at once, in worker processes SIGKILLed at a random
moment (or, a third of the time, right as Odoo answers for a visit one booked), each round followed by one turn of a
restarted service's background loop (tests/service_process.py `recover`). After every round nothing is left half done:
no conversation stuck in `booking`, no Odoo event the store does not know, no claim without its event, no technician
booked twice at once, every stored text answered once, no client told twice of one booking. On SQLite (one worker: it
serves one process) and on PostgreSQL (two workers sharing the clients, so that two processes race for one time).

Each round the twenty clients (of the sandbox's 24 reminded by text) wish for one day, its morning or its afternoon, so
they are offered the same few times; each picks one at random, so several race for each time, and the clients with a
power base (a 90-minute visit) race for times overlapping two hour-long ones. Clients booked in the round before move
their visit on odd rounds and cancel it first on even ones: every round, twenty clients book (or move) at once.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import odoorpc
import pytest

from app.container import Services, build_services
from app.store.models import Conversation, Message, SlotClaim, Visit
from app.reminders.outbox import RetryPolicy
from dialogs.manager import DialogPolicy
from dialogs.model import Booking, DialogState, Stage
from tests.conftest import NOW, Clock, eventually, hour_long_visit, settings_for
from tests.service_process import KILL_AFTER_BOOKING, START_FILE, FileChannel, sends

ROOT = Path(__file__).resolve().parent.parent
UTC = ZoneInfo("UTC")

ROUNDS = 10  # per store, each with its workers killed; one more before them, never killed, times a round
CLIENTS = 20  # choosing at once each round (the sandbox reminds 24 clients by text)
ROUND_EVERY = timedelta(minutes=10)
RECOVERY_AFTER = timedelta(minutes=5)  # when the restarted service's loop runs: past every lease and timer it must act on
DAYS = ("Wednesday", "Thursday", "Friday", "Monday")  # a round's day: each client wishes for it, its morning or its afternoon
# the one reply to a choice: booked (or moved), or the time went to someone else and other times (or none) are offered
OUTCOMES = {"booked", "moved", "offer", "no_slots"}

assert RECOVERY_AFTER > max(DialogPolicy().resume_booking_after, RetryPolicy().lease) and RECOVERY_AFTER < ROUND_EVERY


@pytest.fixture
def services(odoo_url: str, store_url: str, tmp_path: Path, clock: Clock) -> Iterator[Services]:
    channels = {medium: FileChannel(medium, tmp_path / "sends.jsonl") for medium in ("sms", "voice", "email")}
    built = build_services(settings_for(odoo_url, tmp_path, database_url=store_url), clock=clock, channels=channels)
    yield built
    built.close()


def test_bookings_cut_off_by_kill_9_are_finished_once(
    services: Services, clock: Clock, odoo: odoorpc.ODOO, odoo_url: str, store_url: str, tmp_path: Path,
) -> None:
    workers = 2 if store_url.startswith("postgresql") else 1
    rng = random.Random(f"booking soak, {workers} workers")
    phones = _clients(services)
    with services.sessions() as session:
        partners = [c.partner_id for c in session.query(Conversation).filter(Conversation.phone.in_(phones))]
    seeded = {e["id"] for e in _events(odoo, [("partner_ids", "in", partners)])}  # their visits before the soak
    booked: dict[str, Booking | None] = {phone: None for phone in phones}
    window = 0.0  # how long after their start the workers are killed, at most: as long as the first round took unkilled
    cut_off: Counter[str] = Counter()
    for number in range(ROUNDS + 1):
        clock.now = NOW + number * ROUND_EVERY
        prefix = f"SM-r{number}"
        if number % 2 == 0:  # the visits booked in the round before are cancelled: this round books anew
            for phone in [p for p, visit in booked.items() if visit is not None]:
                if _state(services, phone).stage != Stage.BOOKED:  # its move lost the race: offered other times, still booked
                    assert _say(services, phone, "cancel", f"{prefix}-keep") == ["kept"]
                assert _say(services, phone, "cancel", f"{prefix}-cancel") == ["confirm_cancel"]
                assert _say(services, phone, "yes", f"{prefix}-yes") == ["cancelled"]
                booked[phone] = None
        day, choices = DAYS[number % len(DAYS)], []
        for phone in phones:  # a fresh wish: the booked clients move, the others book
            wish = rng.choice([day, f"{day} morning", f"{day} afternoon"])
            assert _say(services, phone, wish, f"{prefix}-wish") == ["offer"], (phone, wish)
            choices.append(f"{phone}={rng.randint(1, len(_state(services, phone).offers))}")
        with services.sessions() as session:
            mark = session.query(Message.id).order_by(Message.id.desc()).limit(1).scalar()

        groups = [choices[n::workers] for n in range(workers)]  # dealt out in turn: clients racing for a time are in both
        killed, took = _choose_and_kill(store_url, odoo_url, tmp_path, clock.now, groups, f"{prefix}-choice", window, rng)
        window = window or took
        cut_off.update(_cut_off(services, odoo, f"{prefix}-choice", killed))
        recovery = _spawn(store_url, odoo_url, tmp_path, clock.now + RECOVERY_AFTER, f"recover-{number}", "recover")
        assert _finished(recovery, tmp_path / f"recover-{number}.log") == 0

        _assert_nothing_half_done(services, odoo, partners, seeded, tmp_path)
        _assert_every_choice_answered_once(services, phones, f"{prefix}-choice")
        now_booked = {phone: _state(services, phone).booking for phone in phones}
        _assert_told_once_of_each_booking(services, mark, booked, now_booked)
        booked = now_booked
    # the kills hit: bookings were left half done, Odoo's events among them
    assert cut_off["workers killed"] >= ROUNDS * workers // 2, cut_off
    assert cut_off["bookings cut off"] and cut_off["events Odoo made, store not told"], cut_off


def _clients(services: Services) -> list[str]:
    """CLIENTS phones reminded by text: every one with a 90-minute visit (a power base), then hour-long ones."""
    sent = sorted({m.address for m in services.scan().sent if m.channel == "sms"})
    assert len(sent) >= CLIENTS
    return sorted(sent, key=lambda phone: hour_long_visit(services, phone))[:CLIENTS]


def _state(services: Services, phone: str) -> DialogState:
    with services.sessions() as session:
        return DialogState.from_json(session.query(Conversation).filter_by(phone=phone).order_by(Conversation.id.desc()).first().state)


def _say(services: Services, phone: str, body: str, prefix: str) -> list[str]:
    """The client's text handled in this process (never killed): the templates of its replies."""
    services.assistant.handle_inbound(phone, body, f"{prefix}-{phone}")
    with services.sessions() as session:
        inbound = session.query(Message).filter_by(direction="in", provider_message_id=f"{prefix}-{phone}").one()
        return [m.template for m in session.query(Message).filter_by(reply_to_id=inbound.id).order_by(Message.id)]


def _spawn(store_url: str, odoo_url: str, folder: Path, now: datetime, name: str, *command: str, **env: str) -> subprocess.Popen[bytes]:
    """tests/service_process.py, its log in folder/NAME.log (a file, not a pipe: a pipe nobody reads stalls it)."""
    with (folder / f"{name}.log").open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.service_process", store_url, odoo_url, str(folder / "sends.jsonl"), now.isoformat(), *command],
            cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=log,
        )


def _finished(process: subprocess.Popen[bytes], log: Path) -> int:
    process.wait(timeout=240)
    assert process.returncode in (0, -signal.SIGKILL), log.read_text()[-3000:]
    return process.returncode


def _choose_and_kill(
    store_url: str, odoo_url: str, folder: Path, now: datetime, groups: list[list[str]], prefix: str, window: float, rng: random.Random,
) -> tuple[int, float]:
    """One worker per group of `PHONE=CHOICE`, all let go at once. Each is SIGKILLed at a random moment within `window`
    seconds or, one time in three, kills itself as Odoo answers for the first, second or third visit it books (the
    narrow gap a random moment seldom hits); with no window, none is. Returns how many were killed (the others
    finished first) and how long they took."""
    start = folder / f"go-{prefix}"
    names = [f"{prefix}-worker{n}" for n in range(len(groups))]
    plans = [_kill_plan(window, rng) for _ in groups]
    processes = [
        _spawn(
            store_url, odoo_url, folder, now, name, "choose", ",".join(group), "", prefix,
            **{START_FILE: str(start), **({KILL_AFTER_BOOKING: str(booking)} if booking else {})},
        )
        for name, group, (_, booking) in zip(names, groups, plans)
    ]
    eventually(lambda: len(list(folder.glob(f"{start.name}.*.ready"))) == len(processes), within=120)
    start.touch()
    began = time.monotonic()
    for delay, process in sorted(((delay, p) for (delay, _), p in zip(plans, processes) if delay is not None), key=lambda timed: timed[0]):
        try:
            process.wait(timeout=max(0.0, began + delay - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
    codes = [_finished(process, folder / f"{name}.log") for name, process in zip(names, processes)]
    return sum(code != 0 for code in codes), time.monotonic() - began


def _kill_plan(window: float, rng: random.Random) -> tuple[float | None, int | None]:
    """When a worker dies: so many seconds after its start, or as Odoo answers for its Nth visit (None, None: never)."""
    if not window:
        return None, None
    return (rng.uniform(0, window), None) if rng.random() < 2 / 3 else (None, rng.randint(1, 3))


def _cut_off(services: Services, odoo: odoorpc.ODOO, prefix: str, killed: int) -> Counter[str]:
    """What the kills left for the restart, before it runs."""
    ours = _events(odoo, [("description", "ilike", "FB-")])
    with services.sessions() as session:
        visits = {v.event_id for v in session.query(Visit)}
        stages = Counter(DialogState.from_json(c.state).stage for c in session.query(Conversation))
        return Counter({
            "workers killed": killed,
            "choices stored, not processed": session.query(Message).filter(
                Message.direction == "in", Message.status == "received", Message.provider_message_id.like(f"{prefix}-%")
            ).count(),
            "bookings cut off": stages[Stage.BOOKING],
            "events Odoo made, store not told": sum(e["id"] not in visits for e in ours),
            "replies recorded, not sent": session.query(Message).filter_by(direction="out", status="queued").count(),
        })


def _events(odoo: odoorpc.ODOO, domain: list[tuple[str, str, object]]) -> list[dict]:
    """Odoo's calendar events (only active ones, unless the domain asks about `active`)."""
    return odoo.execute_kw("calendar.event", "search_read", [domain], {"fields": ["id", "active", "user_id", "start", "stop"]})


def _odoo_datetime(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _assert_nothing_half_done(services: Services, odoo: odoorpc.ODOO, partners: list[int], seeded: set[int], folder: Path) -> None:
    """The store and Odoo agree, and nothing waits for a turn, a timer or a send."""
    ours = _events(odoo, [("description", "ilike", "FB-"), ("active", "in", [True, False])])  # booked under a key, ever
    theirs = [e for e in _events(odoo, [("partner_ids", "in", partners)]) if e["id"] not in seeded]  # the clients' new visits
    active = _events(odoo, [])
    with services.sessions() as session:
        stages = Counter(DialogState.from_json(c.state).stage for c in session.query(Conversation))
        assert stages[Stage.BOOKING] == 0, stages
        assert session.query(SlotClaim).filter(SlotClaim.event_id.is_(None)).count() == 0
        assert session.query(Message).filter_by(direction="in", status="received").count() == 0
        visits = {v.event_id: v for v in session.query(Visit)}
        outbound = session.query(Message).filter_by(direction="out").all()
        claimed = {c.event_id for c in session.query(SlotClaim)}
        conversations = session.query(Conversation).all()
        unknown = sorted({e["id"] for e in [*ours, *theirs] if e["id"] not in visits})
        assert unknown == [], f"Odoo events the store does not know: {unknown}"
        assert all((visits[e["id"]].status == "booked") == e["active"] for e in ours)
        assert {e["id"] for e in ours if e["active"]} <= claimed
        for conversation in conversations:  # what the store says is booked is in Odoo, at that time
            state = DialogState.from_json(conversation.state)
            if state.stage == Stage.BOOKED:
                [event] = [e for e in ours if e["id"] == state.booking.event_id and e["active"]]
                assert _odoo_datetime(event["start"]) == state.booking.slot.start
                assert event["user_id"][0] == state.booking.slot.technician_id
    for event in (e for e in ours if e["active"]):  # one technician, one visit at a time
        start, stop = _odoo_datetime(event["start"]), _odoo_datetime(event["stop"])
        clashes = [
            other["id"] for other in active
            if other["id"] != event["id"] and other["user_id"] == event["user_id"]
            and _odoo_datetime(other["start"]) < stop and start < _odoo_datetime(other["stop"])
        ]
        assert clashes == [], f"event {event['id']} overlaps {clashes}"
    assert [m.id for m in outbound if m.status != "sent"] == []
    handed = Counter(s["reference"] for s in sends(folder / "sends.jsonl") if s["medium"] == "sms")
    assert all(handed[str(m.id)] >= 1 for m in outbound if m.channel == "sms")
    # a second copy only of a message a killed worker had handed to its channel before it could record that (attempt 2)
    attempts = {str(m.id): m.attempts for m in outbound}
    assert all(count == 1 or count == 2 and attempts[reference] == 2 for reference, count in handed.items()), handed


def _assert_every_choice_answered_once(services: Services, phones: list[str], prefix: str) -> None:
    """Each choice a worker stored (acknowledged, as its webhook would be) was processed and has one reply, an
    outcome; a choice the kill came before was never stored, so nobody was told it arrived."""
    with services.sessions() as session:
        stored = session.query(Message).filter(Message.direction == "in", Message.provider_message_id.like(f"{prefix}-%")).all()
        assert {m.address for m in stored} <= set(phones)
        for choice in stored:
            assert choice.status == "processed"
            replies = session.query(Message).filter_by(reply_to_id=choice.id).all()
            assert len(replies) == 1 and replies[0].template in OUTCOMES, (choice.address, [r.template for r in replies])


def _assert_told_once_of_each_booking(
    services: Services, mark: int, before: dict[str, Booking | None], after: dict[str, Booking | None],
) -> None:
    """Since the round's choices: one 'booked' (or 'moved') to each client whose booking is new, none to the others
    (whether the worker told them, or the restart finished the booking and told them)."""
    with services.sessions() as session:
        news = session.query(Message).filter(Message.id > mark, Message.direction == "out", Message.template.in_(["booked", "moved"]))
        told = Counter(m.address for m in news)
    expected = {phone: 1 for phone, booking in after.items() if booking is not None and booking != before[phone]}
    assert dict(told) == expected

