"""The FastAPI application: routers over the services built once at start, plus the retry loop."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from app.container import Services
from app.web import console, health

log = logging.getLogger(__name__)


async def _retry_loop(services: Services) -> None:
    """Texts kept while Odoo was down are processed once it answers again."""
    while True:
        await asyncio.sleep(services.settings.retry_interval_seconds)
        try:
            await run_in_threadpool(services.assistant.retry_pending)
        except Exception:  # the loop must outlive any one failure; the messages stay pending
            log.exception("retry of pending inbound texts failed")


def create_app(services: Services) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        task = asyncio.create_task(_retry_loop(services))
        yield
        task.cancel()

    app = FastAPI(title="Fusion booking assistant", lifespan=lifespan)
    app.state.services = services
    app.include_router(health.router)
    if services.settings.sms_channel == "console":
        app.include_router(console.router)
    return app
