"""The due-date scan: read due units from Odoo, plan, and hand each planned reminder to the assistant."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from app.assistant import Assistant
from app.odoo.partners import PartnerDirectory
from app.odoo.sources import UnitSource
from app.reminders.plan import plan_reminders
from app.reminders.quiet_hours import QuietHours
from app.store import repository as repo
from app.store.models import Message

log = logging.getLogger(__name__)


@dataclass
class ScanReport:
    sent: list[Message] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)


def run_scan(
    assistant: Assistant,
    source: UnitSource,
    partners: PartnerDirectory,
    sessions: sessionmaker[Session],
    bands: list[int],
    quiet: QuietHours,
    default_tz: str,
) -> ScanReport:
    now = assistant.now()
    today = now.date()
    due = source.due_until(today + timedelta(days=max(bands)))
    clients = partners.by_ids(sorted({d.partner_id for d in due})) if due else {}
    with sessions() as session:
        plan = plan_reminders(due, clients, repo.sent_reminder_keys(session), repo.opted_out_phones(session), today, bands)
    report = ScanReport(skipped=dict(plan.skipped))
    for planned in plan.reminders:
        if quiet.applies(now, planned.client.tz or default_tz):
            report.skipped["quiet_hours"] = report.skipped.get("quiet_hours", 0) + 1
            continue
        report.sent.extend(assistant.remind(planned.client, planned.units, planned.band, planned.keys))
    log.info("scan: %d reminders sent, skipped %s", len(report.sent), report.skipped)
    return report
