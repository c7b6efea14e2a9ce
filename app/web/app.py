"""The FastAPI application: routers over the services built once at start."""
from __future__ import annotations

from fastapi import FastAPI

from app.container import Services
from app.web import console, health


def create_app(services: Services) -> FastAPI:
    app = FastAPI(title="Fusion booking assistant")
    app.state.services = services
    app.include_router(health.router)
    if services.settings.sms_channel == "console":
        app.include_router(console.router)
    return app
