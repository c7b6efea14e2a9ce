"""The due-date scan: read due units from Odoo, plan, and hand each planned reminder to the assistant."""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from app.assistant import Assistant
from app.odoo.activities import StaffActivities
from app.odoo.errors import OdooError
from app.odoo.partners import PartnerDirectory
from app.odoo.sources import UnitSource
from app.reminders.plan import PlannedReminder, plan_reminders
from app.reminders.policy import Policies
from app.reminders.quiet_hours import QuietHours
from app.rendering import Renderer
from app.store import repository as repo
from app.store.models import Message

log = logging.getLogger(__name__)


class StaffTasks:
    """Clients the assistant cannot reach (no phone, no email) become a To-Do for staff in Odoo, once per reminder key."""

    def __init__(self, sessions: sessionmaker[Session], activities: StaffActivities, renderer: Renderer) -> None:
        self._sessions = sessions
        self._activities = activities
        self._renderer = renderer

    def ask_to_contact(self, planned: PlannedReminder, now: datetime) -> int:
        with self._sessions() as session:
            if not repo.claim_reminder_keys(session, planned.keys, planned.client.partner_id, now):
                return 0
            session.commit()
            values = {"client_name": planned.client.name, "units": [d.unit for d in planned.units]}
            try:
                self._activities.create(
                    "res.partner", planned.client.partner_id, self._renderer.render("odoo", "en_CA", "activity_unreachable_summary", values),
                    self._renderer.render("odoo", "en_CA", "activity_unreachable_note", values), now.date(),
                )
            except OdooError:  # the keys go back, so the next scan tries again
                repo.release_reminder_keys(session, planned.keys)
                session.commit()
                log.warning("staff task for client %s not created; will retry", planned.client.partner_id)
                return 0
        return 1


@dataclass
class ScanReport:
    units_read: int = 0
    planned: list[PlannedReminder] = field(default_factory=list)
    unreachable: list[PlannedReminder] = field(default_factory=list)
    staff_tasks: int = 0
    sent: list[Message] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)


def run_scan(
    assistant: Assistant,
    source: UnitSource,
    partners: PartnerDirectory,
    sessions: sessionmaker[Session],
    policies: Policies,
    quiet: QuietHours,
    default_tz: str,
    staff: StaffTasks,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ScanReport:
    """Read due units, plan, and (unless a dry run) hand each reminder to the assistant; safe to run anywhere, any time:
    reminder keys are unique in the store, so two scans at once send each reminder once."""
    now = assistant.now()
    today = now.date()
    due = source.due_until(today, today + timedelta(days=policies.longest_lead()), progress)
    clients = partners.by_ids(sorted({d.partner_id for d in due})) if due else {}
    with sessions() as session:
        plan = plan_reminders(due, clients, repo.sent_reminder_keys(session), repo.opted_out_phones(session), today, policies)
    report = ScanReport(units_read=len(due), planned=plan.reminders, unreachable=plan.unreachable, skipped=dict(plan.skipped))
    if dry_run:
        return report
    for planned in plan.unreachable:
        report.staff_tasks += staff.ask_to_contact(planned, now)
    for planned in plan.reminders:
        if quiet.applies(now, planned.client.tz or default_tz):
            report.skipped["quiet_hours"] = report.skipped.get("quiet_hours", 0) + 1
            continue
        report.sent.extend(assistant.remind(planned.client, planned.units, planned.band, planned.keys, medium=planned.channel))
    log.info("scan: %d units read, %d reminders sent, skipped %s", report.units_read, len(report.sent), report.skipped)
    return report
