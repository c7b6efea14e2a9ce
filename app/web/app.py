"""The FastAPI application: routers over the services built once at start, plus the background loop (and, on
PostgreSQL unless separate workers do, the queue's worker)."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import anyio
from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from app.channels.inbound import InvalidSignature, MalformedWebhook
from app.container import Services
from app.jobs.procrastinate_jobs import ProcrastinateJobs
from app.web import booking_page, console, health, inbox, metrics, ringcentral_webhooks, twilio_voice, twilio_webhooks

log = logging.getLogger(__name__)


async def _background(services: Services) -> None:
    """Texts kept while Odoo was down are processed once it answers again; failed sends are retried; quotations owed
    for booked visits are made; silent conversations move on; claims a crash left are settled; texts RingCentral
    accepted are checked for a later failure; the daily scan runs; the RingCentral webhook subscription
    is checked and renewed."""
    assistant = services.assistant
    scanned_on = None
    while True:
        await asyncio.sleep(services.settings.retry_interval_seconds)
        subscription = (services.ringcentral_subscription.maintain,) if services.ringcentral_subscription else ()
        jobs = (
            assistant.retry_pending, assistant.outbox.retry_sends, assistant.settling.retry_quotations, assistant.tick,
            assistant.settling.settle_claims, assistant.outbox.check_deliveries,
        )
        for job in (*jobs, *subscription):
            try:
                await run_in_threadpool(job)
            except Exception:  # the loop must outlive any one failure; the work stays pending
                log.exception("background %s failed", job.__name__)
        if services.jobs.schedules_scan:
            continue  # the queue's periodic task scans
        try:
            scanned_on = await run_in_threadpool(services.daily_scan, scanned_on)
        except Exception:  # Odoo down at scan time: the next turn of the loop tries again
            log.exception("daily scan failed")


async def _invalid_request(_: Request, exc: Exception) -> JSONResponse:
    """A 422 that says where and why, without echoing what was sent: FastAPI's own handler echoes the input (a
    client's message, personal data) and fails with a 500 on a body that is not UTF-8 (fastapi/fastapi#13111)."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    return JSONResponse({"detail": [{"type": e["type"], "loc": list(e["loc"]), "msg": e["msg"]} for e in errors]}, status_code=422)


async def _refused_webhook(request: Request, exc: Exception) -> Response:
    """A provider's request its channel refused, answered as the provider expects: 403 unverified, 400 malformed."""
    status = 403 if isinstance(exc, InvalidSignature) else 400
    return await http_exception_handler(request, HTTPException(status, str(exc)))


async def _warm_up(services: Services) -> None:
    """The worker's first-use costs, paid before it takes traffic; a hanging Odoo delays it no longer than a readiness
    probe would wait (the rest of the warm-up goes on beside the traffic), and a failed warm-up only costs the first
    turns time."""
    warming = asyncio.get_running_loop().run_in_executor(None, services.warm_up)
    limit = services.settings.readiness_timeout_seconds
    try:
        await asyncio.wait_for(asyncio.shield(warming), limit)
    except asyncio.TimeoutError:
        log.warning("warm-up still running after %.0f s; taking traffic", limit)
    except Exception:
        log.exception("warm-up failed; the first turns will be slower")


def create_app(services: Services) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # threads for sync routes: as many as the store has connections, so that under a burst the requests beyond
        # wait in the event loop instead of as threads contending for the interpreter and the pools (bench/load.py:
        # anyio's 40 a worker made each turn cost half again as much once requests queued, and the service never caught up)
        anyio.to_thread.current_default_thread_limiter().total_tokens = services.settings.db_pool_size
        if services.settings.warm_up:
            await _warm_up(services)
        tasks = [asyncio.create_task(_background(services))]
        if isinstance(services.jobs, ProcrastinateJobs) and services.settings.serve_runs_worker:
            tasks.append(asyncio.create_task(services.jobs.run_worker_async()))
        yield
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    app = FastAPI(title="Fusion booking assistant", lifespan=lifespan)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(InvalidSignature, _refused_webhook)
    app.add_exception_handler(MalformedWebhook, _refused_webhook)
    app.state.services = services
    app.include_router(health.router)
    app.include_router(metrics.router)
    app.include_router(booking_page.router)
    inbox.install(app, services)
    if services.settings.sms_channel == "console":
        app.include_router(console.router)
    if services.settings.sms_channel == "twilio":
        app.include_router(twilio_webhooks.router)
    if services.settings.sms_channel == "ringcentral":
        app.include_router(ringcentral_webhooks.router)
    if services.settings.voice_channel == "twilio":
        app.include_router(twilio_voice.router)
    return app
