"""The web app as uvicorn's factory (`app.web.asgi:create`), so `serve --workers N` can start it in N processes: each
worker builds its own services from the environment; they share the store and coordinate through it."""
from __future__ import annotations

import logging

from fastapi import FastAPI

from app.config import Settings
from app.container import build_services
from app.web.app import create_app


def create() -> FastAPI:
    """One worker's app; its log lines carry the process id, to tell the workers apart."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    return create_app(build_services(Settings()))
