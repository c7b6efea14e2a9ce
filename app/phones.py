"""Phone numbers: E.164 for storage and matching, masked for logs."""
from __future__ import annotations

import phonenumbers


def normalise(raw: str | None, region: str = "CA") -> str | None:
    """E.164 form of a number as people type it, or None when it is not a valid number."""
    if not raw:
        return None
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def mask(phone: str | None) -> str:
    """Enough to tell numbers apart in a log, not enough to call: +1416•••••23."""
    if not phone:
        return "-"
    return phone[:5] + "•" * max(len(phone) - 7, 0) + phone[-2:]
