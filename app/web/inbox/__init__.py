"""The staff inbox at /inbox: every conversation live, take over the stalled ones, book for the client, hand back."""
from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from app.container import Services
from app.odoo.staff_login import StaffLogin
from app.web.inbox.routes import actions, make_templates, router
from app.web.inbox.security import SESSION_HOURS
from app.web.inbox.throttle import SignInThrottle

HEADERS = {  # clients' names and numbers: never framed, sniffed, cached or sent on as a referrer; scripts only our own
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin",
}


def install(app: FastAPI, services: Services) -> None:
    """Mount the inbox: its signed cookie (only sent to /inbox, holding the session's token), its pages and its static
    files."""
    settings = services.settings
    secret = settings.session_secret.get_secret_value() if settings.session_secret else secrets.token_urlsafe(32)
    app.add_middleware(
        SessionMiddleware, secret_key=secret, session_cookie="fusion_inbox", max_age=SESSION_HOURS * 3600, path="/inbox",
        same_site="lax", https_only=settings.public_url.startswith("https://"),
    )
    app.state.staff_login = StaffLogin(settings.odoo_url, settings.odoo_db, settings.odoo_timeout_seconds)
    app.state.sign_in_throttle = SignInThrottle()
    app.state.inbox_templates = make_templates(settings.timezone)
    app.state.dialer = services.dialer
    app.include_router(router)
    app.include_router(actions)
    app.mount("/inbox/static", StaticFiles(directory=Path(__file__).parent / "static"), name="inbox-static")

    @app.middleware("http")
    async def inbox_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """The security headers on every inbox response; its pages, never its static files, are not cached."""
        response = await call_next(request)
        if request.url.path == "/inbox" or request.url.path.startswith("/inbox/"):
            response.headers.update(HEADERS)
            if not request.url.path.startswith("/inbox/static/"):
                response.headers["Cache-Control"] = "no-store"
        return response
