"""Every SMS template, in English and French, rendered with long, realistic values, stays within two GSM-7 parts;
the counting itself follows GSM 03.38 (extension characters twice, one outside character makes the text UCS-2)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
import re

import pytest

from app.channels.segments import gsm_safe, is_gsm7, segments
from app.config import PROJECT_ROOT
from app.rendering import Renderer
from dialogs.model import Slot, Unit
from tests.conftest import TORONTO

PROMPTS = PROJECT_ROOT / "prompts"
TEMPLATES = sorted(p.name.removesuffix(".j2") for p in (PROMPTS / "sms" / "en_CA").glob("*.j2"))
START = datetime(2026, 12, 30, 14, 30, tzinfo=TORONTO)  # a long month name and a time with minutes
SLOTS = [Slot(START + timedelta(days=d), START + timedelta(days=d, hours=1), 7, 17, "Marie-Ève Lévesque-Côté") for d in range(3)]
UNITS = [Unit("fusion.repair.maintenance.contract", i, label, f"SN{i}4567890", date(2026, 12, 28))
         for i, label in enumerate(["Power Wheelchair (Quantum Q6 Edge 3)", "Tilt-in-space Seating System", "Mobility Scooter"])]
VALUES = {
    "client_name": "Geneviève-Françoise Bélanger-Côté", "first_name": "Geneviève-Françoise", "units": UNITS, "band": 7,
    "slot": SLOTS[0], "offers": SLOTS, "in_window": False, "apology": "slot_taken", "count": 3, "stage": "offered",
    "names": ["Geneviève-Françoise", "Jean-François", "Marie-Ève"], "missed": SLOTS[0].start,
}


def test_counting_follows_gsm_03_38() -> None:
    assert segments("a" * 160) == 1 and segments("a" * 161) == 2 and segments("a" * 306) == 2 and segments("a" * 307) == 3
    assert segments("€" * 80) == 1 and segments("€" * 81) == 2  # extension characters take two septets
    assert segments("é" * 160) == 1 and is_gsm7("éèàùìòÉÇ")  # GSM-7 has these
    assert segments("ê" + "a" * 69) == 1 and segments("ê" + "a" * 70) == 2 and segments("ê" + "a" * 133) == 2  # UCS-2: 70, 67
    assert segments("ê" + "a" * 134) == 3 and segments("👍" * 35) == 1 and segments("👍" * 36) == 2


def test_gsm_safe_keeps_gsm_letters_and_replaces_the_rest() -> None:
    assert gsm_safe("Geneviève-Françoise Côté’s “visit” — 10 h") == "Geneviève-Francoise Coté's \"visit\" - 10 h"
    assert is_gsm7(gsm_safe("Hélène Gauthier, ARRÊT, œuvre, naïve, 🙂"))


@pytest.mark.parametrize("locale", ["en_CA", "fr_CA"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_sms_template_stays_within_two_gsm7_parts(name: str, locale: str) -> None:
    assert (PROMPTS / "sms" / locale / f"{name}.j2").exists(), "every SMS has a French version"
    renderer = Renderer(PROMPTS, "America/Toronto", "Fusion Mobility & Accessibility", "+1 416-555-0100")
    text = renderer.render("sms", locale, name, VALUES)
    assert is_gsm7(text), f"{name} has a character outside GSM-7"
    assert segments(text) <= 2, f"{name} ({locale}) is {segments(text)} parts: {len(text)} characters"


@pytest.mark.parametrize("locale", ["en_CA", "fr_CA"])
def test_the_first_text_of_a_conversation_says_how_to_stop(locale: str) -> None:
    renderer = Renderer(PROMPTS, "America/Toronto", "Fusion Mobility", "+1 416-555-0100")
    for unit_count in (1, 3):
        text = renderer.render("sms", locale, "reminder", {**VALUES, "units": UNITS[:unit_count]})
        assert ("Reply STOP" if locale == "en_CA" else "Répondez ARRET") in text


def test_templates_never_ask_for_a_bare_cancel() -> None:
    """Carriers treat a bare CANCEL (or ANNULER) as an opt-out: no text asks for it as a keyword."""
    for path in (PROMPTS / "sms").rglob("*.j2"):
        text = path.read_text()
        assert not re.search(r"\bCANCEL\b|\bANNULER\b", text), path
