"""The composition root: builds every part from the settings, once, for the CLI and the web app."""
from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker
from twilio.http import HttpClient
from twilio.rest import Client as TwilioClient

from app.assistant import Assistant, Odoo, OnCall, RingBack, RingOutDialer
from app.assistant.quotations import VisitQuotations
from app.assistant.trail import Trail
from app.channels.base import Channel
from app.channels.console import ConsoleChannel
from app.channels.email_odoo import OdooEmail
from app.channels.email_smtp import SmtpEmail
from app.channels.ringcentral_client import RingCentralClient
from app.channels.ringcentral_sms import RingCentralSms
from app.channels.ringcentral_subscription import WebhookSubscription
from app.channels.ringout import RingOut
from app.channels.twilio_sms import TwilioSms
from app.channels.twilio_speech import Speaker
from app.channels.twilio_voice import TwilioVoice
from app.config import Settings
from app.jobs import Jobs, Work, jobs_for
from app.odoo.activities import StaffActivities
from app.odoo.appointment_links import AppointmentInvites
from app.odoo.errors import OdooError
from app.odoo.gateway import OdooGateway
from app.odoo.partners import PartnerDirectory
from app.odoo.quotations import Quotations
from app.odoo.slots import SlotFinder, WorkingHoursMode
from app.odoo.sources import FieldMapping, MaintenanceContractSource, MappedSource, SaleLineFields, SaleLineSource, StockLotSource, UnitSource
from app.odoo.trail import OdooTrail
from app.odoo.unit_events import UnitEvents
from app.odoo.visits import VisitBooker
from app.reminders.contact_window import ContactWindow, statutory_holidays
from app.reminders.policy import Policies
from app.reminders.scan import ScanReport, StaffTasks, run_scan
from app.rendering import Renderer
from app.store import repository as repo
from app.store.db import make_engine, session_factory, upgrade
from app.store.locks import Locks, locks_for
from app.web.booking_links import BookingLinks
from dialogs.manager import DialogPolicy
from dialogs.understand import DayParts

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    gateway: OdooGateway
    partners: PartnerDirectory
    source: UnitSource
    channels: dict[str, Channel]  # by medium: sms, voice, email
    assistant: Assistant
    policies: Policies
    staff: StaffTasks
    renderer: Renderer
    links: BookingLinks  # the signed links of emails and of the booking page
    window: ContactWindow  # the contact gate: when the assistant may start contact, per channel (the statutory holidays are built once)
    jobs: Jobs  # the durable queue: sends, inbound texts after the webhook's answer, Odoo's trail, the daily scan (PostgreSQL)
    locks: Locks  # the store's locks, held across every worker (the assistant's turns, the daily scan)
    speaker: Speaker  # what Twilio calls say and listen for, as TwiML (voices, pace, speech hints)
    ringcentral_subscription: WebhookSubscription | None = None  # brings clients' texts when sms_channel is "ringcentral"
    dialer: RingOutDialer | None = None  # RingCentral RingOut: staff call a client from the dealer's number; None hides the button

    def scan(self, dry_run: bool = False, progress: Callable[[int], None] | None = None, details: bool = True) -> ScanReport:
        return run_scan(
            self.assistant, self.source, self.partners, self.sessions, self.policies, self.window, self.staff,
            UnitEvents(self.gateway), dry_run, progress, details, self.gateway.batch_size,
        )

    def daily_scan(self, last_day: date | None) -> date | None:
        """Run the scan once a day from `daily_scan_at` (dealer's time); returns the day it last ran. Every worker's
        background loop asks, one scans: the others wait for the next turn of the loop while it runs, then find the day
        done in the store. Safe beside cron too: reminder keys are unique, so a second scan sends nothing twice."""
        at = self.settings.daily_scan_at
        now = self.assistant.now()
        if at is None or last_day == now.date() or now.time() < time.fromisoformat(at):
            return last_day
        return last_day if self._scan_once(now) is None else now.date()

    def _scan_once(self, now: datetime) -> bool | None:
        """Today's scan, unless another worker is running it (None) or it ran today (False)."""
        with self.locks.try_hold("job:daily-scan") as mine:
            if not mine:
                return None
            with self.sessions() as session:
                if repo.job_done(session, "daily-scan", now.date()):
                    return False
            self.scan()
            with self.sessions() as session:
                repo.record_job_done(session, "daily-scan", now.date(), now)
                session.commit()
        return True

    def scheduled_scan(self, tick: datetime, every: timedelta = timedelta(minutes=15)) -> bool:
        """The queue's daily scan: run when this tick (one every `every`, deferred once however many workers run) is
        the first at or after `daily_scan_at` in the dealer's time, so one tick a day scans, across DST too; the store's
        record of the day's scan stands guard as for serve's loop. True when this call scanned."""
        at = self.settings.daily_scan_at
        local = tick.astimezone(ZoneInfo(self.settings.timezone))
        start = datetime.combine(local.date(), time.fromisoformat(at), local.tzinfo) if at else None
        if start is None or not start <= local < start + every:
            return False
        return bool(self._scan_once(local))

    def warm_up(self) -> None:
        """What a worker's first turns would otherwise pay, paid before it takes traffic (after a deploy, a burst of
        replies meets a ready worker): the assistant's templates, language data and calendar, Odoo clients signed in,
        and store connections open for as many turns as it runs at once. Odoo down: the rest is still done."""
        turns = self.settings.db_pool_size  # the turns a worker runs at once (web threads, app/web/app.py)
        with ExitStack() as held:
            for _ in range(turns):
                held.enter_context(self.locks.session(self.sessions)).execute(select(1))
        try:
            self.gateway.warm(turns)
            self.assistant.warm()
        except OdooError as exc:
            log.warning("warm-up without Odoo: %s", exc.__class__.__name__)

    def close(self) -> None:
        """Finish the jobs this process started (SQLite), then let go of locks and connections."""
        self.jobs.close()
        self.locks.close()
        self.engine.dispose()


def sms_channel(settings: Settings, twilio_http: HttpClient | None = None, ringcentral: RingCentralClient | None = None) -> Channel:
    """The console channel (demo, tests), Twilio or RingCentral, as the settings say; secrets only from the environment."""
    if settings.sms_channel == "ringcentral" and ringcentral is not None:  # settings checked it is configured
        return RingCentralSms(ringcentral, settings.ringcentral_from_number or "")
    if settings.sms_channel == "twilio":
        client = twilio_client(settings, twilio_http)
        return TwilioSms(client, settings.twilio_from_number or "", settings.public_url.rstrip("/") + "/webhooks/twilio/status")
    return ConsoleChannel("sms")


def twilio_client(settings: Settings, http: HttpClient | None = None) -> TwilioClient:
    """One SDK client for Twilio texts and calls (the settings checked they are configured)."""
    token = settings.twilio_auth_token.get_secret_value() if settings.twilio_auth_token else ""
    return TwilioClient(settings.twilio_account_sid or "", token, http_client=http)


def voice_channel(settings: Settings, twilio_http: HttpClient | None = None) -> Channel:
    """Automated calls through Twilio (RingCentral's API cannot place one that speaks and listens), or the console."""
    if settings.voice_channel == "twilio":
        return TwilioVoice(twilio_client(settings, twilio_http), settings.twilio_from_number or "", settings.public_url)
    return ConsoleChannel("voice")


def call_speaker(settings: Settings) -> Speaker:
    """The TwiML builder of calls: the voice configured per language, the speech model and prompts/' speech hints."""
    voices = {"en": settings.twilio_voice_en, "fr": settings.twilio_voice_fr}
    return Speaker.with_hints_from(settings.prompts_dir, voices, settings.twilio_speech_model)


def ringcentral_client(settings: Settings) -> RingCentralClient | None:
    """The process's one RingCentral session (JWT server auth), or None when RingCentral is not configured."""
    if not (settings.ringcentral_client_id and settings.ringcentral_client_secret and settings.ringcentral_jwt):
        return None
    return RingCentralClient(
        settings.ringcentral_client_id, settings.ringcentral_client_secret.get_secret_value(), settings.ringcentral_jwt.get_secret_value(),
        settings.ringcentral_server_url,
    )


def ringcentral_subscription(settings: Settings, client: RingCentralClient) -> WebhookSubscription:
    """Our webhook subscription for clients' texts; deliveries must carry the verification token (the settings
    checked there is one)."""
    token = settings.ringcentral_verification_token.get_secret_value() if settings.ringcentral_verification_token else ""
    return WebhookSubscription(client, settings.public_url, token, settings.ringcentral_subscription_seconds)


def email_channel(settings: Settings, gateway: OdooGateway, sessions: sessionmaker[Session]) -> Channel:
    """The console (demo, tests), the dealer's SMTP server, or Odoo, where the email lands in the client's chatter."""
    if settings.email_channel == "smtp" and settings.smtp_host and settings.smtp_from:  # settings checked both are set
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        return SmtpEmail(
            settings.smtp_host, settings.smtp_port, settings.smtp_from, settings.smtp_username, password, settings.smtp_starttls,
            settings.smtp_timeout_seconds,
        )
    if settings.email_channel == "odoo":
        def partner_of(reference: str) -> int | None:
            with sessions() as session:
                return repo.partner_of_message(session, int(reference))

        return OdooEmail(gateway, partner_of, urlsplit(settings.public_url).hostname or "localhost")
    return ConsoleChannel("email")


def booking_links(settings: Settings, slots: SlotFinder, gateway: OdooGateway) -> BookingLinks:
    """Signed links to our booking page, or to Odoo's appointment page when FUSION_EMAIL_BOOKING=appointment and Odoo
    has the appointment module. Real emails have FUSION_LINK_SECRET (the settings insist: a secret made up per process
    would make the links of one process, a cron scan, dead in another, serve); the console's may be made up."""
    secret = settings.link_secret.get_secret_value() if settings.link_secret else secrets.token_urlsafe(32)

    invites = AppointmentInvites(gateway)

    def appointment_page() -> str | None:
        type_id = slots.rules().type_id
        return invites.link(type_id) if type_id else None

    return BookingLinks(
        secret, settings.public_url, timedelta(days=settings.link_max_age_days), timedelta(days=settings.unsubscribe_max_age_days),
        appointment_page if settings.email_booking == "appointment" else None,
    )


def contact_window(settings: Settings) -> ContactWindow:
    holidays = statutory_holidays(settings.holiday_subdivision) if settings.no_texts_on_holidays else None
    return ContactWindow(
        settings.timezone, settings.quiet_hours_enforced, time.fromisoformat(settings.quiet_start), time.fromisoformat(settings.quiet_end), holidays,
        office_hours(settings),
    )


def office_hours(settings: Settings) -> tuple[time, time]:
    """When a person answers the dealer's phone (weekdays), as times of day."""
    opens, closes = settings.office_hours
    return time(int(opens), round(opens % 1 * 60)), time(int(closes), round(closes % 1 * 60))


def unit_source(settings: Settings, gateway: OdooGateway, policies: Policies) -> UnitSource:
    """The source the settings name: the dealer's contracts, the claims module's sale lines, delivered serial numbers,
    or a field mapping."""
    if settings.unit_source == "sale_lines":
        return SaleLineSource(gateway, policies, SaleLineFields(**settings.sale_line_fields))
    if settings.unit_source == "lots":
        return StockLotSource(gateway, policies)
    if settings.unit_source == "mapped":
        mapping = dict(settings.unit_mapping)
        domain = tuple(tuple(term) if isinstance(term, list) else term for term in mapping.get("domain", []))
        return MappedSource(gateway, policies, FieldMapping(**{**mapping, "domain": domain}))
    return MaintenanceContractSource(gateway, policies)


def build_services(
    settings: Settings, clock: Callable[[], datetime] = utc_now, gateway: OdooGateway | None = None,
    channels: Mapping[str, Channel] | None = None, dialer: RingOutDialer | None = None,
) -> Services:
    """Every part, wired once; `channels` replaces the configured channel of a medium and `dialer` RingCentral's RingOut
    (tests pass SDK-backed or recording ones)."""
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url, settings.db_pool_size)
    sessions = session_factory(engine)
    gateway = gateway or OdooGateway.from_settings(settings)
    partners = PartnerDirectory(gateway, settings.default_region, settings.default_locale)
    policies = Policies.load(settings.policies_file)
    source = unit_source(settings, gateway, policies)
    renderer = Renderer(settings.prompts_dir, settings.timezone, settings.dealer_name, settings.dealer_phone, settings.dealer_address)
    odoo = Odoo(
        partners=partners,
        units=source,
        slots=SlotFinder(gateway, settings.appointment_type_name, clock, WorkingHoursMode(
            tuple(settings.technician_logins), settings.visit_duration_hours, settings.min_notice_hours, settings.max_booking_days,
            settings.timezone,
        ), policies=policies),
        visits=VisitBooker(gateway, settings.odoo_mail_invitations),
        quotations=VisitQuotations(Quotations(gateway), policies, renderer, clock),
    )
    ringcentral = ringcentral_client(settings)
    if dialer is None and ringcentral is not None and settings.ringcentral_from_number:
        dialer = RingOut(ringcentral, settings.ringcentral_from_number)
    ring_back = RingBack(dialer, settings.callback_staff_phone, office_hours(settings)) if dialer is not None and settings.callback_staff_phone else None
    on_call = OnCall(dialer, settings.on_call_phone) if dialer is not None and settings.on_call_phone else None
    if settings.on_call_phone and on_call is None:
        log.warning("FUSION_ON_CALL_PHONE is set but RingCentral is not: danger reported by clients rings no phone")
    media: dict[str, Channel] = {
        "sms": sms_channel(settings, ringcentral=ringcentral), "voice": voice_channel(settings), "email": email_channel(settings, gateway, sessions),
    }
    media.update(channels or {})
    parts = DayParts(settings.day_hours, settings.morning_hours, settings.afternoon_hours, settings.evening_hours)
    answers = {"price_question": settings.price_answer, "already_serviced": settings.already_serviced_answer}
    policy = DialogPolicy(offers=settings.offers_per_reply, day_parts=parts, answers=frozenset(q for q, given in answers.items() if given))
    activities = StaffActivities(gateway, settings.staff_login)
    trail = Trail(sessions, OdooTrail(gateway), activities, renderer, clock, settings.timezone)
    links = booking_links(settings, odoo.slots, gateway)
    window = contact_window(settings)
    jobs = jobs_for(settings.database_url, settings.job_concurrency)
    locks = locks_for(engine, settings.db_pool_size)
    assistant = Assistant(
        sessions, odoo, media, renderer, clock, settings.timezone, window, policy, booking_links=links,
        unsubscribe_links=links.unsubscribe, trail=trail, jobs=jobs, locks=locks, ring_back=ring_back,
        on_call=on_call, turn_budget=settings.odoo_turn_budget_seconds,
    )
    staff = StaffTasks(sessions, activities, renderer)
    subscription = ringcentral_subscription(settings, ringcentral) if ringcentral and settings.sms_channel == "ringcentral" else None
    services = Services(
        settings, engine, sessions, gateway, partners, source, media, assistant, policies, staff, renderer, links, window, jobs, locks,
        call_speaker(settings), subscription, dialer,
    )
    jobs.start(Work(assistant.outbox.deliver, assistant.process_inbound, assistant.settling.settle_in_odoo, services.scheduled_scan))
    return services
