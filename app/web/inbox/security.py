"""Who may use the inbox: a session kept in the store after an Odoo sign-in (the signed cookie holds only its random
token and the CSRF token), and a CSRF token on every form."""
from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote

from fastapi import HTTPException, Request
from starlette.datastructures import FormData

from app.odoo.errors import OdooError, OdooMissingError
from app.odoo.gateway import OdooGateway
from app.store import staff_sessions

log = logging.getLogger(__name__)

LOGIN_PATH = "/inbox/login"
SESSION_HOURS = 12  # a working day; then staff sign in again
RECHECK = timedelta(minutes=5)  # how often Odoo is asked whether the user changed (a new password, archived)


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use (the sign-in form has one before anyone signs in)."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def signed_in(request: Request) -> dict[str, Any]:
    """The signed-in staff member; anyone else is sent to the sign-in page and comes back here afterwards."""
    staff = current_staff(request)
    if staff is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise HTTPException(status_code=303, headers={"Location": f"{LOGIN_PATH}?next={quote(target, safe='')}"})
    return staff


def current_staff(request: Request) -> dict[str, Any] | None:
    """Who this cookie's session is, while it lives: not signed out, not expired, and its Odoo user unchanged since
    sign-in (asked every few minutes; a new password or an archived user ends every session of theirs)."""
    token = request.session.get("sid")
    if not token:
        return None
    services = request.app.state.services
    now = datetime.now(timezone.utc)
    with services.sessions() as session:
        found = staff_sessions.find(session, token, now)
        if found is None:
            return None
        if now - found.checked_at >= RECHECK:
            stamp = user_stamp(services.gateway, found.uid)
            if stamp is not None and stamp != found.user_stamp:
                log.info("inbox sessions of Odoo user %s ended: the user changed in Odoo", found.uid)
                staff_sessions.close_all_of(session, found.uid)
                return None
            found.checked_at = now
            session.commit()
        return {"uid": found.uid, "name": found.name, "login": found.login, "phone": found.phone}


def user_stamp(gateway: OdooGateway, uid: int) -> str | None:
    """When the Odoo user last changed ('' once archived or gone); None when Odoo cannot say now (staff stay signed in
    through an Odoo outage)."""
    try:
        [user] = gateway.read("res.users", [uid], ["write_date", "active"])
    except OdooMissingError:
        return ""
    except OdooError:
        return None
    return user["write_date"].isoformat() if user["active"] and user["write_date"] else ""


async def checked_form(request: Request) -> FormData:
    """The posted form, only when it carries this session's CSRF token."""
    form = await request.form()
    expected = request.session.get("csrf", "")
    sent = form.get("csrf")
    if not expected or not isinstance(sent, str) or not secrets.compare_digest(sent, expected):
        raise HTTPException(status_code=403, detail="This form has expired or did not come from the inbox: reload the page and try again.")
    return form


def start_session(request: Request, uid: int, name: str, login: str, phone: str, stamp: str) -> None:
    """A fresh session (and CSRF token) at sign-in, so nothing from before it carries over."""
    with request.app.state.services.sessions() as session:
        token = staff_sessions.open_session(
            session, uid, name, login, phone, stamp, datetime.now(timezone.utc), timedelta(hours=SESSION_HOURS),
        )
    request.session.clear()
    request.session["sid"] = token
    request.session["csrf"] = secrets.token_urlsafe(32)


def remember_phone(request: Request, phone: str) -> None:
    with request.app.state.services.sessions() as session:
        staff_sessions.set_phone(session, request.session["sid"], phone)


def end_session(request: Request) -> None:
    """Signed out: the session is gone from the store, so a copy of the cookie opens nothing either."""
    token = request.session.get("sid")
    if token:
        with request.app.state.services.sessions() as session:
            staff_sessions.close(session, token)
    request.session.clear()


def safe_next(target: str | None) -> str:
    """Only a path inside the inbox, never another site."""
    if target and target.startswith("/inbox") and not target.startswith("//") and "\\" not in target:
        return target
    return "/inbox"
