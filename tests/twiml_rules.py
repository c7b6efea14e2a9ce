"""What every TwiML document the service answers must respect, checked against the voice table in the code
(app/channels/twilio_voices.py, from Twilio's documented voice list)."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from app.channels.twilio_voices import VOICES

LISTEN = {"en": "en-CA", "fr": "fr-CA"}


def assert_documented(twiml: str, language: str) -> None:
    """Every <Say> uses a documented voice with a language Twilio lists for it (SSML only where the voice reads it);
    every <Gather> listening for speech expects the client's own language, with hints and a speech model."""
    root = ET.fromstring(twiml)
    says = list(root.iter("Say"))
    assert says, "a call that says nothing"
    for say in says:
        voice, spoken = say.get("voice"), say.get("language")
        assert voice in VOICES, f"{voice!r} is not in the documented voice table"
        assert spoken in VOICES[voice].languages, f"{voice} does not speak {spoken!r}"
        assert spoken.split("-")[0].lower() == language, f"{voice} speaks {spoken}, not the client's language"
        if not VOICES[voice].ssml:
            assert not list(say), f"{voice} reads no SSML"
    for gather in root.iter("Gather"):
        if "speech" in (gather.get("input") or ""):
            assert gather.get("language") == LISTEN[language]
            assert gather.get("hints") and gather.get("speechModel")
            assert (gather.get("speechTimeout") or "").isdigit(), "Twilio refuses speechTimeout=auto with a speechModel (13335)"


def said(twiml: str) -> str:
    """Every word the TwiML says, SSML or plain, in order."""
    return " ".join(" ".join(node.itertext()) for node in ET.fromstring(twiml).iter("Say"))
