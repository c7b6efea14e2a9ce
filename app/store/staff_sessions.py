"""Inbox sessions in the store: found by the hash of the cookie's random token (a leaked table opens nothing), ended
by deleting the row, so a copied cookie dies at sign-out on every worker."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.store.models import StaffSession


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(session: Session, uid: int, name: str, login: str, phone: str, user_stamp: str, now: datetime, lasts: timedelta) -> str:
    """A new session; returns the token for the cookie (the store keeps only its hash). Expired sessions go with it."""
    session.execute(delete(StaffSession).where(StaffSession.expires_at <= now))
    token = secrets.token_urlsafe(32)
    session.add(StaffSession(
        token_hash=_hash(token), uid=uid, name=name, login=login, phone=phone, user_stamp=user_stamp, created_at=now, checked_at=now,
        expires_at=now + lasts,
    ))
    session.commit()
    return token


def find(session: Session, token: str, now: datetime) -> StaffSession | None:
    """The live session this token opens, or None (signed out, expired, or never issued)."""
    found = session.get(StaffSession, _hash(token))
    return found if found is not None and found.expires_at > now else None


def close(session: Session, token: str) -> None:
    session.execute(delete(StaffSession).where(StaffSession.token_hash == _hash(token)))
    session.commit()


def close_all_of(session: Session, uid: int) -> None:
    """Every session of this Odoo user (their password changed, or they were archived)."""
    session.execute(delete(StaffSession).where(StaffSession.uid == uid))
    session.commit()


def set_phone(session: Session, token: str, phone: str) -> None:
    """The number RingOut rings first for this staff member, remembered for the rest of the session."""
    found = session.get(StaffSession, _hash(token))
    if found is not None:
        found.phone = phone
        session.commit()
