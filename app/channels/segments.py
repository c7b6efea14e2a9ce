"""SMS length as carriers bill it: GSM-7 (160 characters, 153 per part when split; the extension characters count
twice) unless one character is outside it, which makes the whole text UCS-2 (70, 67 per part).

Client names and unit labels come from Odoo and may carry ê, ç, ô or curly quotes; `gsm_safe` replaces what GSM-7
lacks with its nearest GSM-7 letter (as Twilio's Smart Encoding does), so one accent in a name never triples the
cost of a text or pushes it past two parts. é, è, à, ù, ì, ò, É, Ç are GSM-7 and kept.
"""
from __future__ import annotations

import math
import unicodedata

GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = set("^{}\\[~]|€\f")
PUNCTUATION = {"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-", "—": "-", "…": "...",
               "\u00a0": " ", "\u202f": " ", "•": "-", "œ": "oe", "Œ": "OE"}


def is_gsm7(text: str) -> bool:
    return all(char in GSM_BASIC or char in GSM_EXTENSION for char in text)


def segments(text: str) -> int:
    """How many parts a carrier splits this text into."""
    if is_gsm7(text):
        septets = sum(2 if char in GSM_EXTENSION else 1 for char in text)
        return 1 if septets <= 160 else math.ceil(septets / 153)
    units = len(text.encode("utf-16-le")) // 2  # emoji take two UCS-2 code units
    return 1 if units <= 70 else math.ceil(units / 67)


def gsm_safe(text: str) -> str:
    """The text with every character GSM-7 lacks replaced by its nearest GSM-7 form (ê → e, ç → c, ’ → ')."""
    out = []
    for char in text:
        if char in GSM_BASIC or char in GSM_EXTENSION:
            out.append(char)
        elif char in PUNCTUATION:
            out.append(PUNCTUATION[char])
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
            out.append(base if base and all(c in GSM_BASIC for c in base) else "?")
    return "".join(out)
