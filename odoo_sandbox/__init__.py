"""A sandbox Odoo 19: the wire protocol of the real one (JSON-RPC, /jsonrpc, JSON-2) over a small SQLite ORM.

Tests and the demo run against it; production points the service at a real Odoo.
"""
from __future__ import annotations

from datetime import date

from fastapi import FastAPI

from .env import Env
from .schema import installed
from .seed import ADMIN_API_KEY, BOT_API_KEY, BOT_LOGIN, BOT_PASSWORD, seed as seed_demo_data
from .server import build_app

__all__ = ["ADMIN_API_KEY", "BOT_API_KEY", "BOT_LOGIN", "BOT_PASSWORD", "SandboxOdoo"]


class SandboxOdoo:
    """One sandbox database behind one ASGI app; a file path keeps its data, seeded only when new."""

    def __init__(
        self, path: str = ":memory:", db_name: str = "demo", seed: bool = True, today: date | None = None, appointment: bool = True,
        time_off: bool = True,
    ) -> None:
        """`appointment=False`: a Community database, without the Enterprise appointment module; `time_off=False`:
        without the Time Off app, so a technician's own leave is hidden from other users."""
        self.env = Env(path, installed(appointment, time_off))
        if seed and self.env.is_empty():
            seed_demo_data(self.env, today or date.today())
        self.app: FastAPI = build_app(self.env, db_name)
