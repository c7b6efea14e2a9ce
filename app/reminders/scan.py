"""The due-date scan: read due units from Odoo, plan, and hand each planned reminder to the assistant."""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from app.assistant import Assistant
from app.odoo.activities import StaffActivities
from app.odoo.errors import OdooError
from app.odoo.partners import Client, PartnerDirectory
from app.odoo.sources import DueUnit, UnitSource
from app.reminders.escalation import Waiting, next_channel
from app.reminders.plan import PlannedReminder, plan_reminders
from app.reminders.policy import Policies
from app.reminders.quiet_hours import QuietHours
from app.rendering import Renderer
from app.store import repository as repo
from app.store.models import Message

log = logging.getLogger(__name__)

UNDELIVERED = ("failed", "undelivered")  # the channel could not reach the client at all: escalate at once


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
    escalated: list[Message] = field(default_factory=list)  # reminders repeated on the next channel (also in `sent`)
    skipped: dict[str, int] = field(default_factory=dict)


def escalate(
    assistant: Assistant, sessions: sessionmaker[Session], due: list[DueUnit], clients: dict[int, Client], policies: Policies,
    quiet: QuietHours, default_tz: str, opted_out: set[str], not_textable: set[str],
) -> list[Message]:
    """Unanswered reminders of clients still due move to the next channel of their policy (see escalation.py)."""
    now = assistant.now()
    units_of: dict[int, list[DueUnit]] = defaultdict(list)
    for unit in sorted(due, key=lambda d: d.unit.due_date):
        if policies.category_for(unit.device_type) is not None:
            units_of[unit.partner_id].append(unit)
    with sessions() as session:
        unanswered = repo.unanswered_reminders(session)
        unreachable_now = {c.id for c, m in unanswered if m.status in UNDELIVERED}
    sent: list[Message] = []
    for conversation, reminder in unanswered:
        units, client = units_of.get(conversation.partner_id or 0), clients.get(conversation.partner_id or 0)
        if not units or client is None:
            continue  # booked or serviced meanwhile, or no longer due
        category = policies.category_for(units[0].device_type)
        assert category is not None
        waiting = Waiting(
            conversation.id, client, reminder.channel, reminder.sent_at or reminder.created_at, conversation.id in unreachable_now,
            policies.channels(category), policies.escalate_after(category),
        )
        medium = next_channel(waiting, now, not_textable, opted_out)
        if medium is None or medium != "email" and quiet.applies(now, client.tz or default_tz):
            continue
        band = min(b for d in units if (b := policies.band_for(category, d.unit.due_date, now.date())) is not None) if units else 0
        sent.extend(assistant.escalate(conversation.id, client, units, band, medium))
    return sent


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
        opted_out, not_textable = repo.opted_out_phones(session), repo.not_textable_phones(session)
        plan = plan_reminders(due, clients, repo.sent_reminder_keys(session), opted_out, today, policies, not_textable)
    report = ScanReport(units_read=len(due), planned=plan.reminders, unreachable=plan.unreachable, skipped=dict(plan.skipped))
    if dry_run:
        return report
    for planned in plan.unreachable:
        report.staff_tasks += staff.ask_to_contact(planned, now)
    for planned in plan.reminders:
        if planned.channel != "email" and quiet.applies(now, planned.client.tz or default_tz):
            report.skipped["quiet_hours"] = report.skipped.get("quiet_hours", 0) + 1
            continue
        report.sent.extend(assistant.remind(planned.client, planned.units, planned.band, planned.keys, planned.channel))
    report.escalated = escalate(assistant, sessions, due, clients, policies, quiet, default_tz, opted_out, not_textable)
    report.sent.extend(report.escalated)
    log.info("scan: %d units read, %d reminders sent, skipped %s", report.units_read, len(report.sent), report.skipped)
    return report
