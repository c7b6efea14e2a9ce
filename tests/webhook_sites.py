"""The service configured for each provider whose webhooks it serves, for the fuzzing tests: the console channel,
Twilio for texts and calls (its SDK talking to a recording stand-in), RingCentral (its stand-in on loopback)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.container import Services, build_services, sms_channel, voice_channel
from app.serving import ServerThread
from tests.conftest import NOW, settings_for
from tests.fake_ringcentral import FakeRingCentral
from tests.fake_twilio import FROM, PUBLIC, SID, TOKEN, RecordingTwilio

PROVIDERS = ("console", "twilio", "ringcentral")
RC_ID, RC_SECRET, RC_JWT, RC_VERIFICATION = "rc-client-id", "rc-client-secret", "eyJhbGciOiJSUzI1NiJ9.rc-jwt.signature", "verification-token-of-ours"
LINK_SECRET = "fuzz-link-secret"


@contextmanager
def serving(provider: str, odoo_url: str, folder: Path, store_url: str | None = None) -> Iterator[Services]:
    """The service whose webhooks are `provider`'s (one of PROVIDERS), closed after."""
    store = {"database_url": store_url} if store_url else {}
    if provider == "ringcentral":
        fake = FakeRingCentral(RC_ID, RC_SECRET, RC_JWT)
        with ServerThread(fake.app) as server:
            fake.url = server.url
            settings = settings_for(
                odoo_url, folder, **store, sms_channel="ringcentral", ringcentral_client_id=RC_ID, ringcentral_client_secret=RC_SECRET,
                ringcentral_jwt=RC_JWT, ringcentral_server_url=fake.url, ringcentral_from_number=FROM, ringcentral_verification_token=RC_VERIFICATION,
            )
            yield from _closing(build_services(settings, clock=lambda: NOW))
        return
    if provider == "twilio":
        http = RecordingTwilio()
        settings = settings_for(odoo_url, folder, **store, sms_channel="twilio", voice_channel="twilio", twilio_account_sid=SID,
                                twilio_auth_token=TOKEN, twilio_from_number=FROM, public_url=PUBLIC)
        channels = {"sms": sms_channel(settings, twilio_http=http), "voice": voice_channel(settings, twilio_http=http)}
        yield from _closing(build_services(settings, clock=lambda: NOW, channels=channels))
        return
    yield from _closing(build_services(settings_for(odoo_url, folder, **store, link_secret=LINK_SECRET), clock=lambda: NOW))


def _closing(services: Services) -> Iterator[Services]:
    try:
        yield services
    finally:
        services.close()
