"""Logging for every command: plain text for a terminal, or one JSON object per line for a log collector, and in
both a filter that masks phone numbers and email addresses wherever they slipped into a record.

The code never logs names, bodies or whole numbers (it logs ids and `app.phones.mask`); the filter is the safety net
for what it cannot see: an argument, a provider's error message or a traceback that carries a number or an address.
Names cannot be told from other words, so they stay the code's job.
"""
from __future__ import annotations

import logging
import re
import sys
import traceback
from typing import TextIO

import phonenumbers
from pythonjsonlogger.json import JsonFormatter

from app.config import Settings
from app.phones import mask

EMAIL = re.compile(r"[\w.+'-]+@([\w-]+\.)+[\w-]{2,}")
LINK_TOKEN = re.compile(r"(/(?:book|unsubscribe)/)[^/\s?\"']+")  # a signed link opens a client's booking: a secret
HEARD = re.compile(r"([?&]heard=)[^&\s\"']+")  # a phrase said on a call, read back from its webhook's URL: the client's words
SEVEN_DIGITS = re.compile(r"(?:\d\D{0,3}){7}")  # cheap test before the phone matcher: fewer digits are no number
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _mask_email(found: re.Match[str]) -> str:
    address = found.group(0)
    return f"{address[0]}•••@•••{address[address.rindex('.'):]}"


def mask_personal_data(value: str, region: str = "CA") -> str:
    """`value` with every email address, every valid phone number (as people write them, in `region` or
    international), the token of every booking or unsubscribe link and a phrase read back on a call (uvicorn's access log
    prints paths and queries) masked."""
    value = HEARD.sub(r"\1•••", LINK_TOKEN.sub(r"\1•••", EMAIL.sub(_mask_email, value)))
    if not SEVEN_DIGITS.search(value):
        return value
    matches = list(phonenumbers.PhoneNumberMatcher(value, region, leniency=phonenumbers.Leniency.VALID))
    for found in reversed(matches):  # from the end, so earlier offsets stay right
        e164 = phonenumbers.format_number(found.number, phonenumbers.PhoneNumberFormat.E164)
        value = value[: found.start] + mask(e164) + value[found.end :]
    return value


class MaskPersonalData(logging.Filter):
    """Masks numbers and addresses in the message with its arguments merged in (whatever their type: an exception's
    text too), in the traceback and in the stack."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # arguments that do not fit the format: logging reports that itself, at emit
            message = None
        if message is not None:
            record.msg, record.args = mask_personal_data(message), None
        if record.exc_info and record.exc_info[1] is not None:
            # formatted and masked once here; both formatters print exc_text when exc_info is gone
            record.exc_text = mask_personal_data("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = mask_personal_data(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_personal_data(record.stack_info)
        return True


def json_formatter() -> logging.Formatter:
    return JsonFormatter(
        "{asctime}{levelname}{name}{message}", style="{",
        rename_fields={"asctime": "time", "levelname": "level", "name": "logger", "exc_info": "exception"}, json_ensure_ascii=False,
    )


def configure(settings: Settings, stream: TextIO | None = None, libraries_quiet: bool = False) -> None:
    """One handler on the root logger writing to `stream` (standard error), in the settings' format and level
    (uvicorn's loggers propagate to it when uvicorn is given no log config of its own). `libraries_quiet`: only our
    own code logs at that level, migrations and libraries at WARNING (the demo, whose banner should not drown)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(json_formatter() if settings.log_format == "json" else logging.Formatter(TEXT_FORMAT))
    handler.addFilter(MaskPersonalData())
    logging.basicConfig(level=max(logging.WARNING, logging.getLevelName(settings.log_level)) if libraries_quiet else settings.log_level,
                        handlers=[handler], force=True)
    logging.getLogger("app").setLevel(settings.log_level if libraries_quiet else logging.NOTSET)
