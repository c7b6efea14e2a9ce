"""The staff inbox at /inbox: every conversation live, take over the stalled ones, book for the client, hand back."""
from __future__ import annotations

import secrets
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from app.container import Services
from app.odoo.staff_login import StaffLogin
from app.web.inbox.routes import actions, make_templates, router

SESSION_HOURS = 12  # a working day; then staff sign in again


def install(app: FastAPI, services: Services) -> None:
    """Mount the inbox: its signed session cookie (only sent to /inbox), its pages and its static files."""
    settings = services.settings
    secret = settings.session_secret.get_secret_value() if settings.session_secret else secrets.token_urlsafe(32)
    app.add_middleware(
        SessionMiddleware, secret_key=secret, session_cookie="fusion_inbox", max_age=SESSION_HOURS * 3600, path="/inbox",
        same_site="lax", https_only=settings.public_url.startswith("https://"),
    )
    app.state.staff_login = StaffLogin(settings.odoo_url, settings.odoo_db, settings.odoo_timeout_seconds)
    app.state.inbox_templates = make_templates(settings.timezone)
    app.state.dialer = services.dialer
    app.include_router(router)
    app.include_router(actions)
    app.mount("/inbox/static", StaticFiles(directory=Path(__file__).parent / "static"), name="inbox-static")
