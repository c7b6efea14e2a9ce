"""The words of dates and times, in English and French (accents folded), and what a part of the day means in hours."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


Window = tuple[datetime, datetime]


Hours = tuple[float, float]


HORIZON_DAYS = 14


OWNERS = ("mom", "dad", "mum", "mother", "father", "wife", "husband", "grandma", "grandpa", "nana", "son", "daughter", "sister", "brother")  # whose appointment a caregiver names: 'Mom's'


@dataclass(frozen=True)
class DayParts:
    """What 'morning', 'afternoon', 'evening' and a bare day mean in hours; the dealer's business-hours settings set them."""

    day: Hours = (8.0, 20.0)
    morning: Hours = (8.0, 12.0)
    afternoon: Hours = (12.0, 17.0)
    evening: Hours = (17.0, 20.0)

    def part(self, name: str) -> Hours:
        return {"morning": self.morning, "afternoon": self.afternoon, "evening": self.evening, "noon": (12.0, 13.0)}[name]

    def phrases(self) -> tuple[tuple[str, Hours], ...]:
        """Phrases more precise than one word, checked before clock bounds ('after lunch' is not 'after 12')."""
        return (
            (r"\blate afternoons?\b|\blate in the afternoon\b|\btard (?:dans )?l'?apres-midi\b|\bfins? (?:d')?(?:apres-midi|aprem)\b", (self.afternoon[1] - 2, self.afternoon[1])),
            (r"\b(?:mornings?|matins?|avant-midis?) (?:or|ou) (?:early afternoons?|(?:en )?debut (?:d')?apres-midi)\b", (self.morning[0], self.afternoon[1] - 2)),
            (r"\bearly afternoons?\b|\bearly in the afternoon\b|\b(?:en )?debut (?:d')?(?:apres-midi|aprem)\b|\btot (?:dans |en )?(?:l')?apres-midi\b", (self.afternoon[0], self.afternoon[1] - 2)),
            (r"\bafter lunch(?: ?time)?\b|\b(?:apres|after) (?:le |the |l'heure du )?diner\b", (self.afternoon[0] + 1, self.afternoon[1])),
            (r"\bfirst thing\b|\bearly morning\b|^de bonne heure$|(?<!trop )\bde bonne heure (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|overmorrow|le \d)|\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: \d{1,2}(?:er)?)?|demain|overmorrow|prochaine?|le \d{1,2}(?:er)?) de bonne heure\b|\ba la premiere heure\b|\bpremiere heure\b|\ble plus tot possible (?:le matin|dans la journee|en avant-midi)\b|\bas early as possible in the (?:morning|day)\b|\ble plus de bonne heure possible\b|\btot le matin\b|\b(?:en |au )?debut de (?:la )?matinee\b|\bearly in the morning\b|\bmatin de bonne heure\b|\bde bonne heure le matin\b|\bmorning early\b|\b(?:de bonne heure|tot) (?:en |dans l'|dans la )?(?:avant-midi|matinee)\b|\b(?:en )?avant-midi de bonne heure\b"
             r"|(?<!trop )(?<!pas )\bde bonne heure,? (?:si (?:c'est )?possible|idealement|de preference|svp|s'il vous plait)\b",
             (self.morning[0], self.morning[0] + 2)),
        )


DEFAULT_PARTS = DayParts()


WEEKDAYS = {"monday": 0, "mon": 0, "lundi": 0, "tuesday": 1, "tue": 1, "tues": 1, "mardi": 1, "wednesday": 2, "wed": 2, "weds": 2, "mercredi": 2,
            "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "jeudi": 3, "friday": 4, "fri": 4, "vendredi": 4,
            "saturday": 5, "samedi": 5, "sunday": 6, "dimanche": 6}  # no 'sat', 'sun': 'she sat down', 'the sun


MONTHS = {"january": 1, "jan": 1, "janvier": 1, "janv": 1, "february": 2, "feb": 2, "fevrier": 2, "fevr": 2, "march": 3, "mar": 3, "mars": 3,
          "april": 4, "apr": 4, "avril": 4, "avr": 4, "may": 5, "mai": 5, "june": 6, "jun": 6, "juin": 6, "july": 7, "jul": 7, "juillet": 7,
          "juil": 7, "august": 8, "aug": 8, "aout": 8, "september": 9, "sep": 9, "sept": 9, "septembre": 9, "october": 10, "oct": 10,
          "octobre": 10, "november": 11, "nov": 11, "novembre": 11, "december": 12, "dec": 12, "decembre": 12}


ORDINALS = {"first": 1, "1st": 1, "premier": 1, "premiere": 1, "second": 2, "2nd": 2, "deuxieme": 2, "seconde": 2, "third": 3, "3rd": 3,
            "troisieme": 3, "fourth": 4, "4th": 4, "quatrieme": 4, "fifth": 5, "5th": 5, "last": -1, "dernier": -1, "derniere": -1, "1re": 1, "1ere": 1}


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
DAY_ORDINALS = {  # the day of a month spelled out ('the second of March'): first to thirty-first
    **{word: n for n, word in enumerate(_UNITS, 1)},
    **{word: n for n, word in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"), 10)},
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
    **{f"twenty{sep}{word}": 20 + n for n, word in enumerate(_UNITS, 1) for sep in ("-", " ")},
}
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ENGLISH_HOURS = {word: n for n, word in enumerate((*_ONES, "ten", "eleven", "twelve"), 1)}  # an hour or a count spelled out
DAY_CARDINALS = {  # the day of a month said as a number after it ('December fifteen'): one to thirty-one
    **ENGLISH_HOURS,
    **{word: n for n, word in enumerate(("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"), 13)},
    "twenty": 20, "thirty": 30, "thirty-one": 31, "thirty one": 31,
    **{f"twenty{sep}{word}": 20 + n for n, word in enumerate(_ONES, 1) for sep in ("-", " ")},
}


_FRENCH_UNITS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
FRENCH_DAY_NUMBERS = {  # the day of a month said in French ('le vingt-deux'): past any option number; 'le neuf' may be the new one
    "six": 6, "sept": 7, "huit": 8, "vingt": 20, "trente": 30,
    **{word: n for n, word in enumerate(("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"), 10)},
    **{f"dix{sep}{word}": n for n, word in enumerate(_FRENCH_UNITS[6:], 17) for sep in "- "},
    **{f"{tens}{sep}et{sep}un": n for tens, n in (("vingt", 21), ("trente", 31)) for sep in "- "},
    **{f"vingt{sep}{word}": n for n, word in enumerate(_FRENCH_UNITS[1:], 22) for sep in "- "},
}


FRENCH_SMALL_DAYS = {word: n for n, word in enumerate(_FRENCH_UNITS, 1) if n > 1 and word not in FRENCH_DAY_NUMBERS}  # 'le cinq janvier': a date only before its month

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}


RELATIVE_DAYS = {"overmorrow": 2, "today": 0, "tonight": 0, "aujourd'hui": 0, "aujourdhui": 0, "tomorrow": 1, "demain": 1}


PART_WORDS = {"avant-midi": "morning", "morning": "morning", "mornings": "morning", "am": "morning", "matin": "morning", "matinee": "morning",
              "afternoon": "afternoon", "afternoons": "afternoon", "pm": "afternoon", "apres-midi": "afternoon", "aprem": "afternoon",
              "evening": "evening", "evenings": "evening", "soir": "evening", "soiree": "evening", "night": "evening",
              "noon": "noon", "midi": "noon", "lunch": "noon", "avant-midis": "morning", "apres-midis": "afternoon", "matins": "morning",
              "soirs": "evening", "soirees": "evening", "matinees": "morning", "apresmidi": "afternoon"}


WEEKDAY_NAMES = "|".join(WEEKDAYS)
OR_AFTER = r"(?:after|apres)(?! (?:the|le|la|les|l'|that|ca|cela|my|his|her|our|their|mon|ma|mes|son|sa|ses|notre|nos|thanksgiving|christmas|xmas|easter|noel|paques|new year|halloween|labour|victoria|canada|remembrance|boxing|family day|st)\b)"  # 'the 8th or after' is from then on; 'or after Thanksgiving' is another wish
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # longest first: 'sept' is not read out of 'september'


FULL_WEEKDAYS_PATTERN = ("monday", "tuesday", "wednesday", "thursday", "friday", "lundi", "mardi", "mercredi", "jeudi", "vendredi")


FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi",
                 "vendredi", "samedi", "dimanche")
