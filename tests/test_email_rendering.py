"""Emails and the booking page's words come from prompts/, in both languages: every message the dialog can send renders
as an email (its own, or the generic one), HTML is escaped, the text keeps its paragraphs."""
from __future__ import annotations

from datetime import date

import pytest

from app.config import PROJECT_ROOT
from app.rendering import Renderer
from dialogs.model import Template, Unit
from tests.test_rendering import SLOT, UNIT

LOCALES = ("en_CA", "fr_CA")
PROMPTS = PROJECT_ROOT / "prompts"
SECOND = Unit("fusion.repair.maintenance.contract", 2, "Permobil M3 Corpus", "PER456", date(2026, 12, 3))
VALUES = {
    "first_name": "Jeanne", "client_name": "Jeanne Roy", "units": [UNIT, SECOND], "band": 7, "offers": [SLOT], "in_window": True,
    "apology": "", "slot": SLOT, "count": 3, "stage": "offered", "names": ["Robert", "Margaret"], "missed": SLOT.start,
    "booking_url": "https://assist.example.ca/book/token?a=1&b=2", "unsubscribe_url": "https://assist.example.ca/unsubscribe/token",
}
# every message a conversation can send: what the dialog manager names and every text message
SENT_BY_THE_DIALOG = sorted(
    {template.value for template in Template}
    | {p.stem for p in (PROMPTS / "sms" / "en_CA").glob("*.j2")}
)


@pytest.fixture
def renderer() -> Renderer:
    return Renderer(PROMPTS, "America/Toronto", "Fusion Mobility", "+1 416-555-0100")


def test_both_languages_have_the_same_email_and_page_templates() -> None:
    for channel in ("email", "web"):
        english, french = ({p.name for p in (PROMPTS / channel / locale).glob("*.j2")} for locale in LOCALES)
        assert english == french, channel
    names = {p.name.split(".")[0] for p in (PROMPTS / "email" / "en_CA").glob("*.j2")}
    assert {"reminder", "booked", "follow_up", "generic"} <= names


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_of_the_dialog_renders_as_an_email(renderer: Renderer, locale: str) -> None:
    assert {"reminder", "offer", "booked", "follow_up", "handoff", "cancelled"} <= set(SENT_BY_THE_DIALOG)
    for name in SENT_BY_THE_DIALOG:
        subject, text, html = renderer.render_email(locale, name, VALUES)
        assert subject and "\n" not in subject, name
        assert text and "{{" not in text and "{%" not in text, name
        assert html.startswith("<!DOCTYPE html>") and f'lang="{locale.replace("_", "-")}"' in html, name
        assert "+1 416-555-0100" in text and "https://assist.example.ca/unsubscribe/token" in text, name  # who we are, how to stop
        assert 'href="https://assist.example.ca/unsubscribe/token"' in html, name


@pytest.mark.parametrize(("locale", "words"), [("en_CA", ("Jeanne", "serial SN123", "Tuesday, December 1", "Choose a time")),
                                               ("fr_CA", ("Jeanne", "numéro de série SN123", "mardi 1 décembre", "Choisir une heure"))])
def test_the_reminder_names_the_units_the_link_the_phone_and_how_to_stop(renderer: Renderer, locale: str, words: tuple[str, ...]) -> None:
    subject, text, html = renderer.render_email(locale, "reminder", {**VALUES, "units": [UNIT]})
    assert "Fusion Mobility" in subject
    for word in words[:3]:
        assert word in text and word in html
    assert words[3] in html and 'href="https://assist.example.ca/book/token?a=1&amp;b=2"' in html
    assert "https://assist.example.ca/book/token?a=1&b=2" in text and 'href="tel:+14165550100"' in html
    assert "\n\n" in text and "\n\n\n" not in text  # paragraphs kept, no runs of blank lines


def test_the_booked_email_says_when_and_who(renderer: Renderer) -> None:
    subject, text, html = renderer.render_email("en_CA", "booked", VALUES)
    assert "Wednesday, November 25 at 2 p.m." in subject and "Wednesday, November 25 at 2 p.m., and Marc will come for your Pride Go-Go Scooter and Permobil M3 Corpus" in text
    assert "To change or cancel it, call us at +1 416-555-0100." in text
    french = renderer.render_email("fr_CA", "booked", VALUES)[1]
    assert "mercredi 25 novembre à 14 h" in french and "Marc viendra" in french


def test_html_escapes_what_comes_from_odoo_while_the_text_keeps_it(renderer: Renderer) -> None:
    values = {**VALUES, "first_name": "<script>alert(1)</script>", "units": [Unit("m", 1, "Chair & <b>Co</b>", "S1", date(2026, 12, 1))]}
    _, text, html = renderer.render_email("en_CA", "reminder", values)
    assert "<script>" not in html and "&lt;script&gt;" in html and "Chair &amp; &lt;b&gt;Co&lt;/b&gt;" in html
    assert "<script>alert(1)</script>" in text  # plain text is not HTML: nothing to escape


def test_an_unknown_message_or_locale_falls_back_to_the_generic_email_then_english(renderer: Renderer) -> None:
    assert renderer.render_email("fr_CA", "no_such_message", VALUES)[0].startswith("Un message de Fusion Mobility")
    assert renderer.render_email("es_MX", "reminder", VALUES)[0] == "Fusion Mobility: your equipment is due for maintenance"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_sentence_of_the_booking_page_renders(renderer: Renderer, locale: str) -> None:
    values = {**VALUES, "reason": ""}
    reasons = ("expired", "forged", "unknown", "error", "no_times", "handoff", "opted_out")
    assert len({renderer.render("web", locale, "page_unavailable", {**values, "reason": reason}) for reason in reasons}) == len(reasons)
    for path in sorted((PROMPTS / "web" / locale).glob("*.j2")):
        assert renderer.render("web", locale, path.stem, values), path.name
    assert renderer.render("web", locale, "page_slot", values) in ("Wednesday, November 25 at 2 p.m.", "mercredi 25 novembre à 14 h")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_email_carries_the_dealers_mailing_address_when_set(locale: str) -> None:
    """CASL: a commercial email identifies the sender with a mailing address."""
    with_address = Renderer(PROMPTS, "America/Toronto", "Fusion Mobility", "+1 416-555-0100", "12 Main St, Toronto ON M4B 1B3")
    for name in ("reminder", "booked", "generic"):
        _, text, html = with_address.render_email(locale, name, VALUES)
        assert "12 Main St, Toronto ON M4B 1B3" in text and "12 Main St, Toronto ON M4B 1B3" in html, name
