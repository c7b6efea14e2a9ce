"""The store: migrations apply on a fresh file and again without harm; uniqueness holds under concurrent writers."""
from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.orm.exc import StaleDataError

from app.store import repository as repo
from app.store.db import make_engine, session_factory, upgrade
from app.store.models import Conversation, Message, Reminder

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=timezone.utc)
HOUR = timedelta(hours=1)


def fresh_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    upgrade(url)
    upgrade(url)  # a second start changes nothing
    return make_engine(url)


def test_migrations_create_every_table(tmp_path: Path) -> None:
    engine = fresh_store(tmp_path)
    assert {"conversations", "messages", "reminders", "opt_outs", "slot_claims", "alembic_version"} <= set(inspect(engine).get_table_names())


def test_datetimes_come_back_aware_utc(tmp_path: Path) -> None:
    sessions = session_factory(fresh_store(tmp_path))
    with sessions() as session:
        message = repo.record_inbound(session, "sms", "+14165550101", "hi", "SM1", NOW.astimezone())
        session.commit()
        message_id = message.id
    with sessions() as session:
        assert session.get(Message, message_id).created_at == NOW


def test_an_inbound_provider_id_is_stored_once(tmp_path: Path) -> None:
    sessions = session_factory(fresh_store(tmp_path))
    with sessions() as session:
        assert repo.record_inbound(session, "sms", "+14165550101", "hi", "SM1", NOW) is not None
        assert repo.record_inbound(session, "sms", "+14165550101", "hi", "SM1", NOW) is None
        assert repo.record_inbound(session, "voice", "+14165550101", "hi", "SM1", NOW) is not None
        session.commit()
        assert session.query(Message).count() == 2


def test_concurrent_scans_claim_a_reminder_key_once(tmp_path: Path) -> None:
    sessions = session_factory(fresh_store(tmp_path))
    keys = [("fusion.repair.maintenance.contract", 7, date(2026, 12, 1), 7)]
    barrier = threading.Barrier(8)
    wins: list[bool] = []

    def claim() -> None:
        with sessions() as session:
            barrier.wait()
            won = repo.claim_reminder_keys(session, keys, 42, NOW)
            session.commit()
            wins.append(won)

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(wins) == [False] * 7 + [True]
    with sessions() as session:
        assert session.query(Reminder).count() == 1


def test_a_slot_is_claimed_by_one_conversation(tmp_path: Path) -> None:
    sessions = session_factory(fresh_store(tmp_path))
    with sessions() as session:
        for phone in ("+14165550101", "+14165550102"):
            session.add(Conversation(phone=phone, partner_id=1, locale="en_CA", status="active", state={}, created_at=NOW, updated_at=NOW))
        session.commit()
        assert repo.claim_slot(session, 3, NOW, NOW + HOUR, 1, NOW) is not None
        assert repo.claim_slot(session, 3, NOW, NOW + HOUR, 2, NOW) is None
        assert repo.claim_slot(session, 4, NOW, NOW + HOUR, 2, NOW) is not None
        session.commit()
        assert repo.claimed_slots(session, [(3, NOW, NOW + HOUR), (5, NOW, NOW + HOUR)]) == {(3, NOW)}


def test_overlapping_visits_of_one_technician_cannot_both_be_claimed(store_url: str) -> None:
    """60- and 90-minute visits mixed: 14:00-15:00 held, so 14:30-16:00 and 13:30-14:30 are not to be had, while
    15:00-16:00 right after it, another technician's 14:30 and, once released, the same time again are."""
    upgrade(store_url)
    sessions = session_factory(make_engine(store_url))
    half = HOUR / 2
    with sessions() as session:
        for phone in ("+14165550101", "+14165550102"):
            session.add(Conversation(phone=phone, partner_id=1, locale="en_CA", status="active", state={}, created_at=NOW, updated_at=NOW))
        session.commit()
        first = repo.claim_slot(session, 3, NOW, NOW + HOUR, 1, NOW)
        assert first is not None
        session.commit()
        assert repo.claim_slot(session, 3, NOW + half, NOW + 3 * half, 2, NOW) is None
        assert repo.claim_slot(session, 3, NOW - half, NOW + half, 2, NOW) is None
        session.commit()
        offered = [(3, NOW + half, NOW + 3 * half), (3, NOW + HOUR, NOW + 2 * HOUR), (4, NOW + half, NOW + 3 * half)]
        assert repo.claimed_slots(session, offered) == {(3, NOW + half)}
        assert repo.claim_slot(session, 3, NOW + HOUR, NOW + 2 * HOUR, 2, NOW) is not None
        assert repo.claim_slot(session, 4, NOW + half, NOW + 3 * half, 2, NOW) is not None
        repo.drop_claim(session, first)
        session.commit()
        assert repo.claim_slot(session, 3, NOW - half, NOW + half, 2, NOW) is not None


def test_two_writers_of_one_conversation_cannot_both_win(tmp_path: Path) -> None:
    sessions = session_factory(fresh_store(tmp_path))
    with sessions() as session:
        session.add(Conversation(phone="+14165550101", partner_id=1, locale="en_CA", status="active", state={"stage": "offered"}, created_at=NOW, updated_at=NOW))
        session.commit()
    first, second = sessions(), sessions()
    mine, theirs = first.get(Conversation, 1), second.get(Conversation, 1)
    mine.state = {"stage": "booking"}
    first.commit()
    theirs.state = {"stage": "booking"}
    with pytest.raises(StaleDataError):
        second.commit()
    second.rollback()
    second.refresh(theirs)
    assert theirs.version == 2 and theirs.state == {"stage": "booking"}
    first.close()
    second.close()
