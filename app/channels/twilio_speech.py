"""What a Twilio call says and listens for, as TwiML: every <Say> in the locale's configured voice with a language
Twilio documents for it, at a pace an elderly listener can follow, and every <Gather> listening for the locale's own
speech (en-CA, fr-CA) with hints of what people answer (days, months, parts of day, numbers).

Pace: a voice that reads SSML speaks a little slower than its default and pauses between the lines of a menu (one
option a line in prompts/voice/). A menu is said twice when nothing is pressed or said, then the goodbye.
Twilio refuses speechTimeout="auto" when a speechModel is set (warning 13335,
https://www.twilio.com/docs/api/errors/13335), so the pause that ends a phrase is given in seconds.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from twilio.twiml.voice_response import Gather, Say, VoiceResponse

from app.channels.twilio_voices import reads_ssml, say_language

LISTEN_LANGUAGES = {"en_CA": "en-CA", "fr_CA": "fr-CA"}  # what the client speaks, for speech recognition
FALLBACK_LOCALE = "en_CA"
LISTEN_SECONDS = 6  # for a key or the start of a phrase
PHRASE_END_SECONDS = 2  # silence that ends a phrase
RATE = "90%"  # a little slower than the voice's default
PAUSE = "600ms"  # between the lines (options) of a menu
HINTS_FILE = "speech_hints.txt"  # prompts/voice/<locale>/: one word or phrase a line


@dataclass(frozen=True)
class Listening:
    """How a menu listens: where Twilio posts the answer, and what is said around the menu."""

    action: str  # the signed URL Twilio posts the key or phrase to
    again: str  # "to hear this again, press star": the menu's last line
    goodbye: str  # said once the menu was said twice and nothing was pressed or said


class Speaker:
    """Builds the TwiML of a call in a locale, from lines already rendered from prompts/voice/."""

    def __init__(self, voices: Mapping[str, str], hints: Mapping[str, str], speech_model: str) -> None:
        self._voices = dict(voices)  # by language: {"en": "Polly.Joanna-Neural", "fr": "Polly.Gabrielle-Neural"}
        self._hints = dict(hints)  # by locale: comma-separated words and phrases
        self._speech_model = speech_model

    @classmethod
    def with_hints_from(cls, prompts_dir: Path, voices: Mapping[str, str], speech_model: str) -> "Speaker":
        """The hints kept per locale in prompts/voice/<locale>/speech_hints.txt."""
        hints = {}
        for locale in LISTEN_LANGUAGES:
            path = prompts_dir / "voice" / locale / HINTS_FILE
            words = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []
            hints[locale] = ", ".join(word for word in words if word and not word.startswith("#"))
        return cls(voices, hints, speech_model)

    def menu(self, locale: str, lines: list[str], listening: Listening) -> VoiceResponse:
        """The lines and a way to hear them again, listening for a key or a phrase; said again once when nothing comes,
        then the goodbye."""
        return self._twice(locale, self._gather(locale, [*lines, listening.again], listening.action, speech=True), listening.goodbye)

    def read_back(self, locale: str, question: str, listening: Listening) -> VoiceResponse:
        """A phrase heard unclearly, read back for a key (1 yes, 2 no): speech is what was unclear."""
        return self._twice(locale, self._gather(locale, [question, listening.again], listening.action, speech=False), listening.goodbye)

    def final(self, locale: str, lines: list[str]) -> VoiceResponse:
        """The last words of a call, then it ends."""
        response = VoiceResponse()
        response.append(self.say(locale, lines))
        response.hangup()
        return response

    def connect(self, locale: str, lines: list[str], number: str) -> VoiceResponse:
        """The lines, then the call rings a person."""
        response = VoiceResponse()
        response.append(self.say(locale, lines))
        response.dial(number)
        return response

    def say(self, locale: str, lines: list[str]) -> Say:
        """One <Say> in the locale's voice; a voice that reads SSML gets each line slower and a pause between them."""
        voice = self._voices.get(locale.split("_")[0], self._voices["en"])
        language = say_language(voice, locale if locale in LISTEN_LANGUAGES else FALLBACK_LOCALE)
        spoken = [part.strip() for line in lines for part in line.splitlines() if part.strip()]
        if not reads_ssml(voice):
            return Say("\n".join(spoken), voice=voice, language=language)
        said = Say(voice=voice, language=language)
        for index, line in enumerate(spoken):
            if index:
                said.break_(time=PAUSE)
            said.prosody(line, rate=RATE)
        return said

    def _gather(self, locale: str, lines: list[str], action: str, speech: bool) -> Gather:
        language = LISTEN_LANGUAGES.get(locale, LISTEN_LANGUAGES[FALLBACK_LOCALE])
        listens = {"input": "dtmf speech", "language": language, "speech_timeout": PHRASE_END_SECONDS,
                   "speech_model": self._speech_model, "hints": self._hints.get(locale) or None} if speech else {"input": "dtmf"}
        gather = Gather(num_digits=1, action=action, method="POST", timeout=LISTEN_SECONDS, action_on_empty_result=False, **listens)
        gather.append(self.say(locale, lines))
        return gather

    def _twice(self, locale: str, gather: Gather, goodbye: str) -> VoiceResponse:
        response = VoiceResponse()
        response.append(gather)
        response.append(gather)  # nothing pressed or said: the menu once more
        response.append(self.say(locale, [goodbye]))
        response.hangup()
        return response
