"""The console channel's HTTP face (the demo contract): run a scan, text the assistant, read what it sent."""
from __future__ import annotations

import uuid

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from app.channels.fields import ClientText, ProviderId
from app.container import Services
from app.phones import normalise
from app.store import repository as repo

router = APIRouter(prefix="/console", tags=["console"])

MAX_BODY = 100_000  # far beyond any SMS (1,600 characters at most once joined); longer is not a text message


class InboundSms(BaseModel):
    from_: str = Field(alias="from", min_length=1, max_length=64)
    body: ClientText = Field(max_length=MAX_BODY)
    id: ProviderId | None = Field(default=None, description="provider message id; repeat it to simulate a retried delivery")


def _services(request: Request) -> Services:
    return request.app.state.services


@router.post("/scan")
def scan(request: Request) -> list[dict[str, str]]:
    report = _services(request).scan()
    return [{"channel": m.channel, "to": m.address, "body": m.body} for m in report.sent]


@router.post("/sms")
def inbound_sms(message: InboundSms, request: Request) -> dict[str, list[str]]:
    services = _services(request)
    phone = normalise(message.from_, services.settings.default_region)
    if phone is None:
        raise HTTPException(status_code=422, detail="'from' is not a valid phone number")
    replies = services.assistant.handle_inbound(phone, message.body, message.id or f"console-{uuid.uuid4()}")
    return {"replies": replies}


@router.get("/outbox")
def outbox(request: Request) -> list[dict[str, str | None]]:
    with _services(request).sessions() as session:
        return [
            {"channel": m.channel, "to": m.address, "body": m.body, "status": m.status, "at": m.created_at.isoformat()}
            for m in repo.outbound(session)
        ]
