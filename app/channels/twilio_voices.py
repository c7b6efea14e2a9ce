"""The voices Twilio's <Say> speaks with and the languages each may use: a configured voice is checked against this
table at start, because Twilio answers an invalid voice/language pair with an error and the call says nothing.

Sources (the table is a subset, the voices that fit English and Canadian French):
- https://www.twilio.com/docs/voice/twiml/say/text-speech (Amazon Polly voices, standard and `-Neural`, and alice)
- https://www.twilio.com/docs/voice/twiml/say (man and woman: en, en-gb, es, fr, de only)
- every name below is also in the `SayVoice` union Twilio generates for its Node SDK (twilio-node,
  src/twiml/VoiceResponse.ts), the machine-readable list of the voices <Say> accepts
Amazon Polly has no en-CA voice: an English Polly voice speaks its own language (en-US here).
"""
from __future__ import annotations

from dataclasses import dataclass

SOURCE = "https://www.twilio.com/docs/voice/twiml/say/text-speech"
LANGUAGE_NAMES = {"en": "English", "fr": "French"}


@dataclass(frozen=True)
class Voice:
    """A voice Twilio documents: the languages it may be given in <Say language>, and whether it reads SSML."""

    name: str
    languages: tuple[str, ...]
    ssml: bool  # Polly voices read <prosody rate> and <break>; Twilio's basic voices read plain text only


_BASIC = ("en", "en-gb", "es", "fr", "de")
_POLLY_EN_US_NEURAL = ("Danielle", "Gregory", "Ivy", "Joanna", "Joey", "Justin", "Kendra", "Kevin", "Kimberly", "Matthew", "Ruth", "Salli", "Stephen")
_POLLY_EN_US_STANDARD = ("Ivy", "Joanna", "Joey", "Justin", "Kendra", "Kimberly", "Matthew", "Salli")

VOICES: dict[str, Voice] = {voice.name: voice for voice in (
    Voice("man", _BASIC, ssml=False),
    Voice("woman", _BASIC, ssml=False),
    Voice("alice", ("en-CA", "en-US", "en-GB", "en-AU", "en-IN", "fr-CA", "fr-FR"), ssml=False),
    *(Voice(f"Polly.{name}-Neural", ("en-US",), ssml=True) for name in _POLLY_EN_US_NEURAL),
    *(Voice(f"Polly.{name}", ("en-US",), ssml=True) for name in _POLLY_EN_US_STANDARD),
    Voice("Polly.Chantal", ("fr-CA",), ssml=True),
    Voice("Polly.Gabrielle-Neural", ("fr-CA",), ssml=True),
    Voice("Polly.Liam-Neural", ("fr-CA",), ssml=True),
)}


def say_language(voice: str, locale: str) -> str:
    """The <Say language> for `voice` speaking `locale` ("en_CA"): the locale's own tag when the voice has it, else the
    voice's own tag for that language (Polly.Joanna-Neural: en-US). ValueError when the pair is not documented."""
    known = VOICES.get(voice)
    wanted = locale.replace("_", "-")
    primary = wanted.split("-")[0]
    if known is not None:
        for tag in known.languages:
            if tag.lower() == wanted.lower():
                return tag
        for tag in known.languages:
            if tag.split("-")[0].lower() == primary:
                return tag
    choices = ", ".join(name for name, v in VOICES.items() if any(t.split("-")[0] == primary for t in v.languages))
    raise ValueError(f"{voice!r} is not a voice Twilio documents for {LANGUAGE_NAMES.get(primary, primary)} ({SOURCE}); use one of: {choices}")


def reads_ssml(voice: str) -> bool:
    known = VOICES.get(voice)
    return known is not None and known.ssml
