"""Settings refused at start with a clear message rather than failing later (issue 18, item 7)."""
from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from app.config import Settings
from app.odoo.errors import OdooError
from app.odoo.gateway import OdooGateway


@pytest.mark.parametrize("written", ["null", "None", "", "off"])
def test_no_daily_scan_can_be_written_as_the_readme_says(monkeypatch: pytest.MonkeyPatch, written: str) -> None:
    monkeypatch.setenv("FUSION_DAILY_SCAN_AT", written)
    assert Settings().daily_scan_at is None


def test_a_daily_scan_time_that_is_no_time_stops_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FUSION_DAILY_SCAN_AT", "25:00")
    with pytest.raises(ValidationError, match="HH:MM"):
        Settings()
    monkeypatch.setenv("FUSION_DAILY_SCAN_AT", "7:30")
    assert Settings().daily_scan_at == "7:30"


def test_secrets_in_the_settings_file_are_refused_and_the_rest_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    Path("fusion.toml").write_text('appointment_type_name = "Annual check"\n')
    assert Settings().appointment_type_name == "Annual check"
    Path("fusion.toml").write_text('appointment_type_name = "Annual check"\ntwilio_auth_token = "abc"\nringcentral_jwt = "xyz"\n')
    with pytest.raises(ValueError, match="FUSION_RINGCENTRAL_JWT, FUSION_TWILIO_AUTH_TOKEN"):
        Settings()


def test_odoo_needs_a_password_or_an_api_key_there_is_no_default() -> None:
    settings = Settings(odoo_url="http://127.0.0.1:9", odoo_transport="jsonrpc")
    assert settings.odoo_password is None
    with pytest.raises(OdooError, match="FUSION_ODOO_API_KEY"):
        OdooGateway.from_settings(settings)


@pytest.mark.parametrize(("chosen", "missing"), [
    ({"sms_channel": "twilio"}, "FUSION_TWILIO_ACCOUNT_SID, FUSION_TWILIO_AUTH_TOKEN, FUSION_TWILIO_FROM_NUMBER"),
    ({"voice_channel": "twilio", "twilio_account_sid": "AC1", "twilio_auth_token": "t"}, "FUSION_TWILIO_FROM_NUMBER"),
    ({"sms_channel": "ringcentral", "ringcentral_client_id": "id", "ringcentral_client_secret": "s", "ringcentral_jwt": "j"},
     "FUSION_RINGCENTRAL_FROM_NUMBER, FUSION_RINGCENTRAL_VERIFICATION_TOKEN"),
    ({"email_channel": "smtp", "link_secret": "k"}, "FUSION_SMTP_HOST, FUSION_SMTP_FROM"),
    ({"email_channel": "odoo"}, "FUSION_LINK_SECRET"),
])
def test_a_provider_chosen_but_not_configured_stops_the_start_naming_what_to_set(chosen: dict, missing: str) -> None:
    with pytest.raises(ValidationError, match=f"set {missing} for the channels chosen"):
        Settings(**chosen)


def test_providers_fully_configured_pass() -> None:
    Settings(sms_channel="twilio", voice_channel="twilio", twilio_account_sid="AC1", twilio_auth_token="t", twilio_from_number="+14165550100")
