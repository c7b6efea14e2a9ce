"""Settings from the environment (prefix FUSION_) and an optional TOML file; secrets never have production defaults."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from pydantic import SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

from app.channels.twilio_voices import say_language
from app.phones import normalise

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CALL_MENU_TIMES = 3  # a listener keeps three choices in mind, not more


class Settings(BaseSettings):
    """Everything the service needs to know about its world; the defaults run the embedded demo."""

    model_config = SettingsConfigDict(env_prefix="FUSION_", toml_file="fusion.toml", extra="ignore")

    # Odoo, the system of record
    odoo_url: str = "http://127.0.0.1:8069"
    odoo_db: str = "demo"
    odoo_login: str = "admin"
    odoo_password: SecretStr | None = None  # or an API key (FUSION_ODOO_API_KEY); one of the two is required
    odoo_api_key: SecretStr | None = None
    # auto: JSON-2 when an API key is set and Odoo is 19 or later (/jsonrpc is deprecated in 19, gone in 20), else /jsonrpc
    odoo_transport: Literal["auto", "jsonrpc", "json2"] = "auto"
    odoo_timeout_seconds: float = 15.0
    odoo_turn_budget_seconds: float = 3.0  # all Odoo calls of a turn a client waits on; then the holding reply, retried later
    odoo_mail_invitations: bool = False  # Odoo mails calendar invitations on create unless told not to
    appointment_type_name: str = "Equipment maintenance visit"
    # without Odoo's appointment module: these technicians' working hours, visits of this length
    technician_logins: list[str] = []
    visit_duration_hours: float = 1.0
    min_notice_hours: float = 24.0
    max_booking_days: int = 60

    # the dealer
    dealer_name: str = "Fusion Mobility"
    callback_staff_phone: str | None = None  # with RingCentral: rung at once (office hours) when a client texts for a person
    on_call_phone: str | None = None  # with RingCentral, E.164: rung at once, at any hour, when a client reports danger
    staff_login: str | None = None  # the Odoo user who gets To-Dos for clients the assistant cannot reach
    dealer_phone: str = "+1 416-555-0100"
    office_hours: tuple[float, float] = (9.0, 17.0)  # weekdays, dealer's time: a person answers (calls, ring-backs); never on a statutory holiday
    dealer_address: str = ""  # the mailing address CASL wants in every commercial email, e.g. "12 Main St, Toronto ON M4B 1B3"
    timezone: str = "America/Toronto"
    default_locale: str = "en_CA"
    default_region: str = "CA"

    # conversations
    database_url: str = "sqlite:///fusion.sqlite"
    unit_source: Literal["contracts", "sale_lines", "lots", "mapped"] = "contracts"  # where due equipment is read from
    unit_mapping: dict[str, Any] = {}  # for "mapped": model, partner, device_type, due_date or start_date, serial, label, domain
    sale_line_fields: dict[str, str] = {}  # field names of the claims module, when they differ: {"serial": "x_serial", ...}
    policies_file: Path = PROJECT_ROOT / "app" / "reminders" / "policies.toml"
    offers_per_reply: int = 3
    # questions the dealer answers in prompts/<channel>/<locale>/<name>_answer.j2 (then the dialog goes on); false: staff answer
    price_answer: bool = False
    already_serviced_answer: bool = False
    # what clients mean by a bare day and by parts of it, in hours of the dealer's time zone
    day_hours: tuple[float, float] = (8.0, 20.0)
    morning_hours: tuple[float, float] = (8.0, 12.0)
    afternoon_hours: tuple[float, float] = (12.0, 17.0)
    evening_hours: tuple[float, float] = (17.0, 20.0)
    retry_interval_seconds: float = 30.0
    # the durable queue (app/jobs): procrastinate on PostgreSQL, this process's threads on SQLite
    job_concurrency: int = 4  # jobs run at once: per worker (PostgreSQL) or threads of the process (SQLite); 0: inline
    serve_runs_worker: bool = True  # PostgreSQL: `serve` also runs jobs; false when `fusion-assist worker`s run them
    # PostgreSQL connections of one process: the store's pool (this, and half as many more at peaks) and as many again
    # for client locks, one per turn in flight (app/store/locks.py); the queue adds job_concurrency + 6
    db_pool_size: int = 10
    daily_scan_at: str | None = "10:00"  # scan once a day from this local time (serve, or a worker); None: cron/CLI
    worker_metrics_port: int | None = None  # `fusion-assist worker` serves /metrics on this port (serve has its own)
    quiet_hours_enforced: bool = True
    quiet_start: str = "20:00"  # texts only 09:00-20:00 in the client's time zone
    quiet_end: str = "09:00"
    no_texts_on_holidays: bool = True  # nor automated calls: nothing starts on a statutory holiday (observed days too)
    holiday_subdivision: str = "ON"  # the province or territory whose statutory holidays count

    # channels
    sms_channel: Literal["console", "twilio", "ringcentral"] = "console"
    voice_channel: Literal["console", "twilio"] = "console"  # automated calls: Twilio Programmable Voice
    public_url: str = "http://127.0.0.1:8000"  # as providers call it (behind a proxy: the public https address)
    twilio_account_sid: str | None = None
    twilio_auth_token: SecretStr | None = None
    twilio_from_number: str | None = None
    # what calls sound like: a voice per language from Twilio's documented list (app/channels/twilio_voices.py)
    twilio_voice_en: str = "Polly.Joanna-Neural"  # Polly has no en-CA voice: this one speaks en-US
    twilio_voice_fr: str = "Polly.Gabrielle-Neural"  # fr-CA
    twilio_speech_model: Literal["numbers_and_commands", "phone_call", "experimental_utterances", "default"] = "numbers_and_commands"
    twilio_min_confidence: float = 0.6  # a phrase heard with less is read back for a yes before anything is done with it
    # RingCentral: texts from the dealer's number, inbound by webhook subscription, RingOut for staff calls
    ringcentral_client_id: str | None = None
    ringcentral_client_secret: SecretStr | None = None
    ringcentral_jwt: SecretStr | None = None  # a JWT credential from RingCentral's developer console (server auth)
    ringcentral_server_url: str = "https://platform.ringcentral.com"
    ringcentral_from_number: str | None = None  # the dealer's SMS-enabled number, also the caller ID of RingOut calls
    ringcentral_verification_token: SecretStr | None = None  # RingCentral sends it back on every webhook delivery
    ringcentral_subscription_seconds: int = 604_800  # webhook subscription lifetime (a week); renewed at half of it
    prompts_dir: Path = PROJECT_ROOT / "prompts"

    # email: the fallback reminder, with a link to book on the web
    email_channel: Literal["console", "smtp", "odoo"] = "console"  # odoo: posted in the client's chatter, mailed by Odoo
    email_booking: Literal["page", "appointment"] = "page"  # appointment: Odoo's appointment page when the module is there
    link_secret: SecretStr | None = None  # signs booking links; unset: random per process (links die with it)
    link_max_age_days: int = 14
    unsubscribe_max_age_days: int = 90  # CASL: an unsubscribe link works for at least 60 days after the message
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = True
    smtp_from: str | None = None  # e.g. "Fusion Mobility <service@fusionmobility.ca>"
    smtp_timeout_seconds: float = 30.0

    # staff inbox
    session_secret: SecretStr | None = None  # signs the inbox's session cookie; unset: random per process (demo, tests)
    inbox_stalled_after_hours: float = 4.0  # a client who replied once, then this long without a reply: stalled

    # operations
    log_format: Literal["text", "json"] = "text"  # json: one object per line for a log collector (the Docker image's)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    readiness_timeout_seconds: float = 3.0  # /readyz answers "down" for a check that takes longer (a hung Odoo)
    warm_up: bool = True  # a worker pays its first turns' one-time costs before it takes traffic (app/web/app.py)

    @field_validator("daily_scan_at", mode="before")
    @classmethod
    def _scan_time(cls, value: object) -> object:
        """'HH:MM' in the dealer's time, or nothing ('', null, none, off: scans only by cron or the CLI); anything else
        is refused at start rather than failing in every turn of the background loop."""
        if value is None or isinstance(value, str) and value.strip().lower() in ("", "null", "none", "off"):
            return None
        if not isinstance(value, str) or not re.fullmatch(r"(?:[01]?\d|2[0-3]):[0-5]\d", value.strip()):
            raise ValueError("give the daily scan time as HH:MM (24 h, the dealer's time), or null for none")
        return value.strip()

    @model_validator(mode="after")
    def _providers_complete(self) -> "Settings":
        """A provider chosen is a provider fully configured: said at start, with the variables to set, rather than at
        the first send."""
        needed: list[str] = []
        if "twilio" in (self.sms_channel, self.voice_channel):
            needed += [n for n in ("twilio_account_sid", "twilio_auth_token", "twilio_from_number") if not getattr(self, n)]
        if self.sms_channel == "ringcentral":
            names = ("ringcentral_client_id", "ringcentral_client_secret", "ringcentral_jwt", "ringcentral_from_number", "ringcentral_verification_token")
            needed += [n for n in names if not getattr(self, n)]
        if self.email_channel == "smtp":
            needed += [n for n in ("smtp_host", "smtp_from") if not getattr(self, n)]
        if self.email_channel != "console" and self.link_secret is None:  # a per-process secret would kill other processes' links
            needed.append("link_secret")
        if needed:
            raise ValueError("set " + ", ".join(f"FUSION_{n.upper()}" for n in needed) + " for the channels chosen")
        return self

    @model_validator(mode="after")
    def _emails_signed(self) -> "Settings":
        """CASL wants the sender's mailing address in every commercial email: no real email channel without one, said
        at start rather than found in a complaint."""
        if self.email_channel != "console" and not self.dealer_address.strip():
            raise ValueError(f"FUSION_EMAIL_CHANNEL={self.email_channel} sends commercial email, and CASL wants the dealer's mailing "
                             "address in each: set FUSION_DEALER_ADDRESS, e.g. \"12 Main St, Toronto ON M4B 1B3\"")
        return self

    @model_validator(mode="after")
    def _voices_documented(self) -> "Settings":
        """A call in a voice Twilio does not document for the language says nothing, and a menu longer than a listener
        can keep in mind is no menu: both refused at start."""
        for name, locale in (("twilio_voice_en", "en_CA"), ("twilio_voice_fr", "fr_CA")):
            try:
                say_language(getattr(self, name), locale)
            except ValueError as exc:
                raise ValueError(f"FUSION_{name.upper()}: {exc}") from None
        if self.voice_channel == "twilio" and self.offers_per_reply > CALL_MENU_TIMES:
            raise ValueError(f"a call menu reads at most {CALL_MENU_TIMES} times, and FUSION_OFFERS_PER_REPLY is what it reads: "
                             f"set it to {CALL_MENU_TIMES} or fewer with FUSION_VOICE_CHANNEL=twilio")
        if not 0.0 <= self.twilio_min_confidence <= 1.0:
            raise ValueError("FUSION_TWILIO_MIN_CONFIDENCE is Twilio's Confidence, from 0.0 to 1.0")
        return self

    @field_validator("on_call_phone")
    @classmethod
    def _e164(cls, value: str | None) -> str | None:
        """A phone that must ring in an emergency is refused at start when it is not a full E.164 number."""
        if value is None:
            return None
        if normalise(value, "ZZ") != value:
            raise ValueError("give the on-call phone in E.164, e.g. +14165550199")
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _TomlWithoutSecrets(settings_cls), file_secret_settings)


class _TomlWithoutSecrets(TomlConfigSettingsSource):
    """`fusion.toml` may hold settings, never secrets: a file is copied, committed and backed up where the environment
    is not."""

    def __call__(self) -> dict[str, Any]:
        values = super().__call__()
        secrets = sorted(name for name in values if Settings.model_fields.get(name) and "SecretStr" in str(Settings.model_fields[name].annotation))
        if secrets:
            raise ValueError(f"secrets come only from the environment: move {', '.join(secrets)} out of fusion.toml into "
                             + ", ".join(f"FUSION_{name.upper()}" for name in secrets))
        return values
