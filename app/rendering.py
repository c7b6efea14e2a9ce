"""Every word a client sees comes from a Jinja2 template in prompts/<channel>/<locale>/<name>.j2; `<name>.html.j2`
templates (HTML for Odoo or an email) escape every value they are given. An email comes from three:
prompts/email/<locale>/<name>.subject.j2, .txt.j2 and .html.j2."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, TemplateNotFound, select_autoescape

from app.channels.segments import gsm_safe

FALLBACK_LOCALE = "en_CA"
LOCALES = (FALLBACK_LOCALE, "fr_CA")  # every locale prompts/ speaks
GENERIC_EMAIL = "generic"  # what an email says for a message that has no email template of its own

_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
_SENTENCE_AFTER_TIME = re.compile(r"\b([ap])\.m\.\.(?!\.)")  # "at 8 a.m.." where a sentence ends on a time
_FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "aout", "sept.", "oct.", "nov.", "déc."]


def format_time(moment: datetime, locale: str) -> str:
    """'2 p.m.' / '10:30 a.m.' in Canadian English, '14 h' / '10 h 30' in Canadian French."""
    if locale.startswith("fr"):
        return f"{moment.hour} h" + (f" {moment.minute:02d}" if moment.minute else "")
    hour = moment.hour % 12 or 12
    suffix = "a.m." if moment.hour < 12 else "p.m."
    return f"{hour}:{moment.minute:02d} {suffix}" if moment.minute else f"{hour} {suffix}"


def format_day(day: date, locale: str) -> str:
    """'Wed Nov 25' / 'mer. 25 nov.'; "aout" in the 1990 spelling keeps the text in GSM-7."""
    if locale.startswith("fr"):
        return f"{_FR_DAYS[day.weekday()]} {day.day} {_FR_MONTHS[day.month - 1]}"
    return f"{_EN_DAYS[day.weekday()]} {_EN_MONTHS[day.month - 1]} {day.day}"


_EN_LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_EN_LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
_FR_LONG_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_FR_LONG_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def format_long_day(day: date, locale: str) -> str:
    """'Wednesday, November 25' / 'mercredi 25 novembre': spoken on calls, where abbreviations read badly."""
    if locale.startswith("fr"):
        return f"{_FR_LONG_DAYS[day.weekday()]} {day.day} {_FR_LONG_MONTHS[day.month - 1]}"
    return f"{_EN_LONG_DAYS[day.weekday()]}, {_EN_LONG_MONTHS[day.month - 1]} {day.day}"


def unit_counts(units: Iterable[Any]) -> list[tuple[str, int]]:
    """Each unit label once with how many of the client's units bear it, in the order they come (soonest due first):
    two walkers alike are named once, as two (prompts/common/<locale>/_units.j2)."""
    return list(Counter(unit.label for unit in units).items())


class Renderer:
    """Renders templates in the client's time zone and language, falling back to English when a locale lacks one."""

    def __init__(self, prompts_dir: Path, tz: str, dealer_name: str, dealer_phone: str, dealer_address: str = "") -> None:
        self._env = Environment(
            loader=FileSystemLoader(str(prompts_dir)), undefined=StrictUndefined,
            keep_trailing_newline=False, autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        )
        self._env.globals["unit_counts"] = unit_counts
        self._zone = ZoneInfo(tz)
        self._globals = {"dealer_name": dealer_name, "dealer_phone": dealer_phone, "dealer_address": dealer_address}

    def warm(self) -> None:
        """Compile every template now (a worker about to take traffic) instead of in the first turns that need them."""
        for name in self._env.list_templates(filter_func=lambda name: name.endswith(".j2")):
            self._env.get_template(name)

    def render(self, channel: str, locale: str, name: str, values: dict) -> str:
        try:
            template = self._env.get_template(f"{channel}/{locale}/{name}.j2")
        except TemplateNotFound:
            template = self._env.get_template(f"{channel}/{FALLBACK_LOCALE}/{name}.j2")
        text = "\n".join(line.strip() for line in self._fill(template, locale, values).splitlines() if line.strip())
        return gsm_safe(text) if channel == "sms" else text  # one ê in a name must not make a text UCS-2

    def render_email(self, locale: str, name: str, values: dict) -> tuple[str, str, str]:
        """(subject, plain text, HTML) of one email. The text keeps its paragraphs; the HTML escapes every value. A
        message with no email template of its own gets the generic email, so every message can go by email."""
        def part(suffix: str) -> str:
            names = [f"email/{loc}/{template}.{suffix}.j2" for template in (name, GENERIC_EMAIL) for loc in (locale, FALLBACK_LOCALE)]
            return self._fill(self._env.select_template(names), locale, values)

        subject = " ".join(part("subject").split())
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in part("txt").splitlines())).strip()
        return subject, text, part("html").strip()

    def _fill(self, template: Template, locale: str, values: dict[str, Any]) -> str:
        helpers = {
            "day": lambda moment: format_day(self._local_date(moment), locale),
            "long_day": lambda moment: format_long_day(self._local_date(moment), locale),
            "time": lambda moment: format_time(moment.astimezone(self._zone), locale),
        }
        return _SENTENCE_AFTER_TIME.sub(r"\1.m.", template.render(**self._globals, **helpers, **values))

    def _local_date(self, moment: date) -> date:
        return moment.astimezone(self._zone).date() if isinstance(moment, datetime) else moment
