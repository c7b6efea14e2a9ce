"""Finding the client behind a phone number in Odoo."""
from __future__ import annotations

from dataclasses import dataclass

from app.odoo.gateway import OdooGateway
from app.phones import normalise

PARTNER_FIELDS = ["name", "phone", "email", "lang", "tz"]


@dataclass(frozen=True)
class Client:
    partner_id: int
    name: str
    phone: str | None  # E.164
    email: str | None
    locale: str
    tz: str | None


def client_from_record(record: dict, region: str, default_locale: str) -> Client:
    lang = record.get("lang") or default_locale
    return Client(
        partner_id=record["id"],
        name=record.get("name") or "",
        phone=normalise(record.get("phone"), region),
        email=record.get("email"),
        locale="fr_CA" if lang.startswith("fr") else "en_CA",
        tz=record.get("tz"),
    )


class PartnerDirectory:
    """Clients by id or phone; Odoo keeps phones as typed, so a phone is matched on its last digits, then parsed."""

    def __init__(self, gateway: OdooGateway, region: str, default_locale: str) -> None:
        self._gateway = gateway
        self._region = region
        self._default_locale = default_locale

    def by_ids(self, ids: list[int]) -> dict[int, Client]:
        records = self._gateway.read("res.partner", ids, PARTNER_FIELDS)
        return {r["id"]: client_from_record(r, self._region, self._default_locale) for r in records}

    def by_phone(self, phone: str) -> list[Client]:
        last_four = phone[-4:]
        records = self._gateway.search_read("res.partner", [("phone", "ilike", last_four)], PARTNER_FIELDS)
        clients = [client_from_record(r, self._region, self._default_locale) for r in records]
        return [c for c in clients if c.phone == phone]
