"""The due-date scan: read due units from Odoo page by page, plan each page, and hand each reminder to the assistant."""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from app import metrics
from app.assistant import Assistant
from app.odoo.activities import StaffActivities
from app.odoo.errors import OdooError
from app.odoo.partners import Client, PartnerDirectory
from app.odoo.sources import DueUnit, UnitSource
from app.odoo.unit_events import UnitEvents, UnitKey
from app.reminders.contact_window import ContactWindow, Recipient
from app.reminders.cycle import Cycle, Missed, PlannedFollowUp, due_after_visits, key_of, plan_follow_ups, read_cycle
from app.reminders.escalation import Waiting, next_channel
from app.reminders.plan import Plan, PlannedReminder, plan_reminders
from app.reminders.policy import Policies
from app.reminders.stops import candidates, stopped
from app.rendering import Renderer
from app.store import repository as repo
from app.store.models import Message
from app.store.visits import record_attendance, visits_serving

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
            if not repo.claim_reminder_keys(session, planned.keys, planned.client.partner_id, now, "staff", [d.unit for d in planned.units]):
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
    """What one scan found and did. Counts always; each reminder and message only with `details` (the dry-run table,
    the demo console, tests), so a scan of any size holds about one page of units at a time."""

    units_read: int = 0  # due units read from Odoo
    reminders: int = 0  # clients to remind, one reminder each
    by_channel: dict[str, int] = field(default_factory=dict)  # those reminders by the channel they go by
    unreachable_clients: int = 0  # clients no channel reaches
    staff_tasks: int = 0
    messages_sent: int = 0  # reminders and escalations, every channel
    skipped: dict[str, int] = field(default_factory=dict)
    planned: list[PlannedReminder] = field(default_factory=list)
    unreachable: list[PlannedReminder] = field(default_factory=list)
    sent: list[Message] = field(default_factory=list)
    escalated: list[Message] = field(default_factory=list)  # reminders repeated on the next channel (also in `sent`)
    follow_ups: int = 0  # clients told we missed them at a visit (not in the counts above)
    followed_up: list[Message] = field(default_factory=list)

    def skip(self, reason: str, count: int = 1) -> None:
        if count:
            self.skipped[reason] = self.skipped.get(reason, 0) + count

    def record_sent(self, messages: list[Message], details: bool, escalated: bool = False) -> None:
        self.messages_sent += len(messages)
        if details:
            self.sent.extend(messages)
            if escalated:
                self.escalated.extend(messages)


def by_client(units: Iterable[DueUnit], size: int) -> Iterator[list[DueUnit]]:
    """Pages of about `size` units that never split a client's units (the sources hand them over together), so each
    page is planned on its own, with one read of its clients."""
    page: list[DueUnit] = []
    for unit in units:
        if len(page) >= size and unit.partner_id != page[-1].partner_id:
            yield page
            page = []
        page.append(unit)
    if page:
        yield page


def escalate(
    assistant: Assistant, sessions: sessionmaker[Session], due: list[DueUnit], clients: dict[int, Client], policies: Policies,
    window: ContactWindow, opted_out: set[str], not_textable: set[str],
) -> list[Message]:
    """Unanswered reminders of these clients, still due, move to the next channel of their policy (see escalation.py)."""
    now = assistant.now()
    units_of: dict[int, list[DueUnit]] = defaultdict(list)
    for unit in sorted(due, key=lambda d: d.unit.due_date):
        if policies.category_for(unit.device_type) is not None:
            units_of[unit.partner_id].append(unit)
    with sessions() as session:
        unanswered = repo.unanswered_reminders(session, clients)
    sent: list[Message] = []
    for conversation, reminder in unanswered:
        units, client = units_of.get(conversation.partner_id or 0), clients.get(conversation.partner_id or 0)
        if not units or client is None:
            continue  # booked or serviced meanwhile, or no longer due
        category = policies.category_for(units[0].device_type)
        if category is None:
            continue  # the dealer no longer reminds this kind of unit
        waiting = Waiting(
            conversation.id, client, reminder.channel, reminder.sent_at or reminder.created_at, reminder.status in UNDELIVERED,
            policies.channels(category), policies.escalate_after(category),
        )
        medium = next_channel(waiting, now, not_textable, opted_out)
        if medium is None or not window.allows(Recipient(client.tz), medium, now):
            continue
        bands = [b for d in units if (b := policies.band_for(category, d.unit.due_date, now.date())) is not None]
        if not bands:
            continue  # none of the units is in a band of its policy any more (a later cycle): nothing to repeat
        band = min(bands)
        escalated = assistant.reminders.escalate(conversation.id, client, units, band, medium)
        metrics.reminded(medium, escalated)
        sent.extend(escalated)
    return sent


def run_scan(
    assistant: Assistant,
    source: UnitSource,
    partners: PartnerDirectory,
    sessions: sessionmaker[Session],
    policies: Policies,
    window: ContactWindow,
    staff: StaffTasks,
    calendar: UnitEvents,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
    details: bool = True,
    page_size: int = 500,
) -> ScanReport:
    """Read due units page by page, plan each page, and (unless a dry run) hand each reminder to the assistant and
    escalate the page's unanswered ones; safe to run anywhere, any time: reminder keys are unique in the store, so two
    scans at once send each reminder once. Each page's visits (Odoo's calendar, one read) come first: see cycle.py.
    The contact window is asked before anything is claimed, so a reminder it holds goes with a later scan; clients who
    opted out are never planned, and the assistant reads the opt-out again under the client's lock."""
    now = assistant.now()
    today = now.date()
    report = ScanReport()
    for page in by_client(source.due_until(today, today + timedelta(days=policies.longest_lead()), progress), page_size):
        report.units_read += len(page)
        units = {key_of(d) for d in page}
        clients = partners.by_ids(sorted({d.partner_id for d in page}))
        phones = [c.phone for c in clients.values() if c.phone]
        with sessions() as session:
            sent = repo.sent_reminder_keys(session, units)
            opted_out = repo.opted_out_phones(session, [*phones, *(c.email for c in clients.values() if c.email)])
            not_textable = repo.not_textable_phones(session, phones)
        cycle, missed, followed = _visits(units, calendar, sessions, now, policies, dry_run)
        page, clients = _without_stopped(page, clients, cycle.last_visit, sessions, policies, today, report)
        follow_ups, unreachable = plan_follow_ups(missed, page, clients, policies, opted_out, not_textable)
        for reason, count in unreachable.items():
            report.skip(reason, count)
        to_follow_up = {key_of(d) for f in follow_ups for d in f.units} | (followed & units)
        report.skip("visit_booked", sum(key_of(d) in cycle.booked for d in page))
        report.skip("missed_visit", len(to_follow_up))  # the follow-up of the missed visit speaks for these units
        page = [
            due_after_visits(d, cycle.last_visit.get(key_of(d)), policies, today) for d in page
            if key_of(d) not in cycle.booked and key_of(d) not in to_follow_up
        ]
        plan = plan_reminders(page, clients, sent, opted_out, today, policies, not_textable)
        for reason, count in plan.skipped.items():
            report.skip(reason, count)
        report.reminders += len(plan.reminders)
        for planned in plan.reminders:
            report.by_channel[planned.channel] = report.by_channel.get(planned.channel, 0) + 1
        report.unreachable_clients += len(plan.unreachable)
        if details:
            report.planned.extend(plan.reminders)
            report.unreachable.extend(plan.unreachable)
        if not dry_run:
            _follow_up(follow_ups, assistant, window, report, details)
            _carry_out(plan, assistant, window, staff, now, report, details)
            escalated = escalate(assistant, sessions, page, clients, policies, window, opted_out, not_textable)
            report.record_sent(escalated, details, escalated=True)
    if not dry_run:
        metrics.record_scan(report.units_read, report.skipped, report.staff_tasks)
    log.info("scan: %d units read, %d messages sent, skipped %s", report.units_read, report.messages_sent, report.skipped)
    return report


def _without_stopped(
    page: list[DueUnit], clients: dict[int, Client], last_visit: dict[UnitKey, date], sessions: sessionmaker[Session], policies: Policies,
    today: date, report: ScanReport,
) -> tuple[list[DueUnit], dict[int, Client]]:
    """The page without the units a client's words stopped (see stops.py: a unit at the due date it has now, after its
    visits), and its clients without a phone that is not theirs (reached by email, else a To-Do, as clients with no phone)."""
    current = [due_after_visits(d, last_visit.get(key_of(d)), policies, today) for d in page]
    phones = [c.phone for c in clients.values() if c.phone]
    with sessions() as session:
        stops = repo.reminder_stops(session, candidates(current, phones))
    kept = [d for d, now_due in zip(page, current) if not stopped(now_due, stops)]
    report.skip("stopped", len(page) - len(kept))
    wrong = {phone for scope, phone in stops if scope == "phone"}
    return kept, {pid: replace(c, phone=None) if c.phone in wrong else c for pid, c in clients.items()}


def _visits(
    units: set[UnitKey], calendar: UnitEvents, sessions: sessionmaker[Session], now: datetime, policies: Policies, dry_run: bool
) -> tuple[Cycle, list[Missed], set[UnitKey]]:
    """A page's visits: Odoo's events linked to its units and those of the store's visits serving them (one read); the
    missed ones not yet followed up, and the units of those followed up already (the follow-up is their reminder while
    the missed visit is recent). Odoo's attendance goes onto the store's visits as the scan sees it."""
    with sessions() as session:
        served = visits_serving(session, units)
    cycle = read_cycle(calendar.of(units, served), served, now, timedelta(days=policies.defaults.missed_visit_days))
    with sessions() as session:
        done = repo.followed_up(session, [m.event_id for m in cycle.missed])
        if not dry_run:
            record_attendance(session, cycle.attendance, now)
            session.commit()
    followed = {unit for m in cycle.missed if m.event_id in done for unit in m.units}
    return cycle, [m for m in cycle.missed if m.event_id not in done], followed


def _follow_up(follow_ups: list[PlannedFollowUp], assistant: Assistant, window: ContactWindow, report: ScanReport, details: bool) -> None:
    """Missed visits, each followed up once (held by quiet hours until a later scan, like a reminder)."""
    for planned in follow_ups:
        if not window.allows(Recipient(planned.client.tz), planned.channel, assistant.now()):
            report.skip("follow_up_quiet_hours")
            continue
        sent = assistant.reminders.follow_up_missed(planned.client, planned.units, planned.missed.event_id, planned.missed.start, planned.channel)
        report.follow_ups += bool(sent)
        if details:
            report.followed_up.extend(sent)


def _carry_out(
    plan: Plan, assistant: Assistant, window: ContactWindow, staff: StaffTasks, now: datetime, report: ScanReport, details: bool
) -> None:
    for planned in plan.unreachable:
        report.staff_tasks += staff.ask_to_contact(planned, now)
    for planned in plan.reminders:
        if not window.allows(Recipient(planned.client.tz), planned.channel, now):
            report.skip("quiet_hours")
            metrics.REMINDERS.labels(planned.channel, "held_quiet_hours").inc()
            continue
        sent = assistant.reminders.remind(planned.client, planned.units, planned.band, planned.keys, planned.channel)
        metrics.reminded(planned.channel, sent)
        report.record_sent(sent, details)
