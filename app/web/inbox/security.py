"""Who may use the inbox: a signed session cookie after an Odoo sign-in, and a CSRF token on every form."""
from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import quote

from fastapi import HTTPException, Request
from starlette.datastructures import FormData

LOGIN_PATH = "/inbox/login"


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use (the sign-in form has one before anyone signs in)."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def signed_in(request: Request) -> dict[str, Any]:
    """The signed-in staff member; anyone else is sent to the sign-in page and comes back here afterwards."""
    staff = request.session.get("staff")
    if not staff:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise HTTPException(status_code=303, headers={"Location": f"{LOGIN_PATH}?next={quote(target, safe='')}"})
    return staff


async def checked_form(request: Request) -> FormData:
    """The posted form, only when it carries this session's CSRF token."""
    form = await request.form()
    expected = request.session.get("csrf", "")
    sent = form.get("csrf")
    if not expected or not isinstance(sent, str) or not secrets.compare_digest(sent, expected):
        raise HTTPException(status_code=403, detail="This form has expired or did not come from the inbox: reload the page and try again.")
    return form


def start_session(request: Request, staff: dict[str, Any]) -> None:
    """A fresh session (and CSRF token) at sign-in, so nothing from before it carries over."""
    request.session.clear()
    request.session["staff"] = staff
    request.session["csrf"] = secrets.token_urlsafe(32)


def safe_next(target: str | None) -> str:
    """Only a path inside the inbox, never another site."""
    if target and target.startswith("/inbox") and not target.startswith("//") and "\\" not in target:
        return target
    return "/inbox"
