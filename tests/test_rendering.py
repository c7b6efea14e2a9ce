"""Client messages come from prompts/ templates, in the client's language and the dealer's time zone."""
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT
from app.rendering import Renderer, format_time
from dialogs.model import Slot, Unit

SLOT = Slot(datetime(2026, 11, 25, 19, 0, tzinfo=timezone.utc), datetime(2026, 11, 25, 20, 0, tzinfo=timezone.utc), 7, 17, "Marc Tremblay")
UNIT = Unit("fusion.repair.maintenance.contract", 1, "Pride Go-Go Scooter", "SN123", date(2026, 12, 1))
GSM7 = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà{}[]~\\|^€")


@pytest.fixture
def renderer() -> Renderer:
    return Renderer(PROJECT_ROOT / "prompts", "America/Toronto", "Fusion Mobility", "+1 416-555-0100")


def test_times_in_canadian_english_and_french() -> None:
    assert format_time(datetime(2026, 1, 1, 14, 0), "en_CA") == "2 p.m."
    assert format_time(datetime(2026, 1, 1, 10, 30), "en_CA") == "10:30 a.m."
    assert format_time(datetime(2026, 1, 1, 14, 0), "fr_CA") == "14 h"
    assert format_time(datetime(2026, 1, 1, 10, 30), "fr_CA") == "10 h 30"


def test_offer_lists_numbered_local_times(renderer: Renderer) -> None:
    text = renderer.render("sms", "en_CA", "offer", {"offers": [SLOT, SLOT], "in_window": True, "apology": ""})
    assert "1) Wed Nov 25 at 2 p.m." in text  # 19:00 UTC is 14:00 in Toronto
    assert "Reply 1 or 2 to book" in text
    french = renderer.render("sms", "fr_CA", "offer", {"offers": [SLOT], "in_window": False, "apology": "slot_taken"})
    assert "1) mer. 25 nov. à 14 h" in french and french.startswith("Désolé")


@pytest.mark.parametrize("locale", ["en_CA", "fr_CA"])
def test_every_sms_template_renders_in_gsm7(renderer: Renderer, locale: str) -> None:
    values = {
        "first_name": "Jeanne", "client_name": "Jeanne Roy", "units": [UNIT], "band": 7, "offers": [SLOT], "in_window": True,
        "apology": "", "slot": SLOT, "count": 3, "stage": "offered", "names": ["Robert", "Margaret"], "missed": SLOT.start,
    }
    names = sorted(p.stem for p in (PROJECT_ROOT / "prompts" / "sms" / locale).glob("*.j2"))
    assert "reminder" in names and len(names) >= 14
    for name in names:
        text = renderer.render("sms", locale, name, values)
        assert text and set(text) <= GSM7, (name, set(text) - GSM7)


def test_a_single_offer_is_not_called_a_range(renderer: Renderer) -> None:
    assert renderer.render("sms", "en_CA", "choice_out_of_range", {"count": 1}).startswith("Please reply 1 to book that time")
    assert "(1 to 1)" not in renderer.render("sms", "en_CA", "not_understood", {"stage": "offered", "offers": [SLOT]})


def test_missing_locale_falls_back_to_english(renderer: Renderer, tmp_path: Path) -> None:
    assert renderer.render("sms", "es_MX", "help", {}).startswith("Fusion Mobility books maintenance visits")


@pytest.mark.parametrize(("channel", "locale", "name", "expected"), [
    ("sms", "en_CA", "booked", "will come for your equipment."), ("sms", "fr_CA", "booked", "passera pour votre appareil."),
    ("voice", "en_CA", "booked", "will come for your equipment."), ("voice", "fr_CA", "booked", "viendra pour votre appareil."),
    ("web", "en_CA", "moved", "will come for your equipment."), ("web", "fr_CA", "booked", "viendra pour votre appareil."),
])
def test_a_visit_booked_with_no_unit_on_file_names_the_equipment(renderer: Renderer, channel: str, locale: str, name: str, expected: str) -> None:
    """A client who texts in with nothing due on file can still book; the confirmation must not read 'for your .'."""
    assert expected in renderer.render(channel, locale, name, {"slot": SLOT, "units": [], "first_name": "Jeanne", "client_name": "Jeanne Roy"})


@pytest.mark.parametrize("channel", ["sms", "voice"])
def test_a_sentence_ending_on_a_morning_or_afternoon_time_has_one_full_stop(renderer: Renderer, channel: str) -> None:
    morning = Slot(datetime(2026, 12, 7, 13, 0, tzinfo=timezone.utc), datetime(2026, 12, 7, 14, 0, tzinfo=timezone.utc), 7, 17, "Priya Shah")
    for slot, said in ((morning, "8 a.m."), (SLOT, "2 p.m.")):
        text = renderer.render(channel, "en_CA", "already_booked", {"slot": slot})
        assert f"at {said} To move" in text and ".." not in text


TWINS = [Unit("fusion.repair.maintenance.contract", i, "Pride Jazzy Elite HD", f"SN{i}", date(2026, 12, 1)) for i in (1, 2)]
SCOOTER = Unit("fusion.repair.maintenance.contract", 3, "Shoprider Sprinter XL4", "SN3", date(2026, 12, 1))


@pytest.mark.parametrize(("locale", "expected"), [
    ("en_CA", "will come for your 2 Pride Jazzy Elite HD and Shoprider Sprinter XL4."),
    ("fr_CA", "passera pour vos 2 Pride Jazzy Elite HD et votre Shoprider Sprinter XL4."),
])
def test_a_booking_names_two_units_alike_once_with_their_count(renderer: Renderer, locale: str, expected: str) -> None:
    text = renderer.render("sms", locale, "booked", {"slot": SLOT, "units": [*TWINS, SCOOTER]})
    assert expected in text


@pytest.mark.parametrize(("locale", "expected"), [
    ("en_CA", "maintenance of your Pride Go-Go Scooter, Pride Jazzy Elite HD and Shoprider Sprinter XL4."),
    ("fr_CA", "l'entretien de votre Pride Go-Go Scooter, de votre Pride Jazzy Elite HD et de votre Shoprider Sprinter XL4."),
])
def test_three_units_are_listed_with_commas_then_and(renderer: Renderer, locale: str, expected: str) -> None:
    text = renderer.render("web", locale, "page_intro", {"first_name": "Jeanne", "units": [UNIT, TWINS[0], SCOOTER]})
    assert expected in text


@pytest.mark.parametrize("locale", ["en_CA", "fr_CA"])
def test_unit_names_in_an_html_email_are_escaped_once(renderer: Renderer, locale: str) -> None:
    odd = Unit("fusion.repair.maintenance.contract", 9, "Walker <Deluxe> & Co", "SN9", date(2026, 12, 1))
    values = {"slot": SLOT, "units": [odd], "first_name": "Jeanne", "client_name": "Jeanne Roy", "booking_url": "", "unsubscribe_url": ""}
    _, text, html = renderer.render_email(locale, "booked", values)
    assert "Walker &lt;Deluxe&gt; &amp; Co" in html and "<Deluxe>" not in html and "&amp;amp;" not in html
    assert "Walker <Deluxe> & Co" in text


@pytest.mark.parametrize("channel", ["sms", "voice"])
def test_the_first_time_taken_for_any_is_said_so(renderer: Renderer, channel: str) -> None:
    assert renderer.render(channel, "en_CA", "confirm_choice", {"slot": SLOT, "first": True}).startswith("The first one, then: Wed")
    assert renderer.render(channel, "fr_CA", "confirm_choice", {"slot": SLOT, "first": True}).startswith("La première, alors : le mer")
    assert renderer.render(channel, "en_CA", "confirm_choice", {"slot": SLOT}).startswith("You chose Wed")
