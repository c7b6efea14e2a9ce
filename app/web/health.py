"""Liveness and readiness for the operator and the container runtime."""
from __future__ import annotations

from fastapi import APIRouter, Request, Response
from sqlalchemy import text

from app.odoo.errors import OdooError

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
def readyz(request: Request, response: Response) -> dict[str, str]:
    services = request.app.state.services
    checks = {"store": "ok", "odoo": "ok"}
    try:
        with services.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:  # any store failure makes the service not ready
        checks["store"] = "down"
    try:
        services.gateway.call("res.users", "context_get")
    except OdooError:
        checks["odoo"] = "down"
    if services.ringcentral_subscription is not None:  # RingCentral stops delivering texts to a blacklisted one
        checks["ringcentral subscription"] = services.ringcentral_subscription.readiness()
    if "down" in checks.values() or checks.get("ringcentral subscription") in ("blacklisted", "suspended"):
        response.status_code = 503
    return checks
