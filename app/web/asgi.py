"""The web app as uvicorn's factory (`app.web.asgi:create`), so `serve --workers N` can start it in N processes: each
worker builds its own services from the environment; they share the store and coordinate through it."""
from __future__ import annotations

from fastapi import FastAPI

from app import logs
from app.config import Settings
from app.container import build_services
from app.web.app import create_app


def create() -> FastAPI:
    """One worker's app, logging as `serve` does (a spawned worker does not inherit the parent's logging)."""
    settings = Settings()
    logs.configure(settings)
    return create_app(build_services(settings))
