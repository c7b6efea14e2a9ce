"""Slips of the fingers on a phone keyboard are put right towards time and intent words, and only those."""
import pytest

from dialogs.spelling import corrected, day_before_part


@pytest.mark.parametrize("typed, meant", [
    ("stpo", "stop"),  # two letters swapped
    ("lsat", "last"),
    ("arounf", "around"),  # a key beside the right one
    ("arpund", "around"),
    ("avabt", "avant"),
    ("frmo", "from"),
    ("avannt", "avant"),  # a key pressed twice
    ("aprres", "apres"),
    ("avat", "avant"),  # a key missed
    ("luch", "lunch"),
    ("aprm", "aprem"),
    ("arpil", "april"),
    ("l'avaant-midi", "avant-midi"),  # after an elision, as the reader takes it without one
    ("d'arpem", "aprem"),
    ("mid-jnauary", "mid-january"),  # one part of a hyphenated word
    ("apres-demin", "apres-demain"),
    ("pirce", "price"),  # intent words too: a price question, a safety call, a sale
    ("combein", "combien"),
    ("stuk", "stuck"),
    ("chnage", "change"),
    ("dide", "died"),
    ("sols", "sold"),
])
def test_a_slip_is_put_right(typed: str, meant: str) -> None:
    assert corrected(typed) == meant


@pytest.mark.parametrize("word", ["past", "form", "soit", "service", "remain", "shop", "weeds", "those", "marc", "jean-marc", "wong",
                                  "sois", "fete", "j'avais", "annulez-le", "main", "ares", "etre", "entree", "enter",
                                  "pride", "charge", "arrete", "telephone", "prise"])
def test_a_real_word_is_left_alone(word: str) -> None:
    assert corrected(word) == word


def test_a_slip_two_keys_away_is_not_guessed() -> None:
    assert corrected("stqp") == "stqp"  # 'q' is nowhere near 'o'


@pytest.mark.parametrize("typed, meant", [("weeds", "wednesday"), ("sat", "saturday"), ("thrus", "thursday"), ("great", "great"), ("late", "late")])
def test_a_word_before_a_part_of_day_may_be_a_day(typed: str, meant: str) -> None:
    assert day_before_part(typed) == meant


@pytest.mark.parametrize("typed, meant", [
    ("sneding", "sending"), ("rmeove", "remove"), ("souepr", "souper"), ("jaamis", "jamais"),  # two letters swapped
    ("aujuord'hui", "aujourd'hui"), ("passde", "passed"), ("aplelez", "appelez"),
    ("ludis", "lundis"), ("cucher", "coucher"), ("arnque", "arnaque"), ("dcede", "decede"),  # a letter dropped
    ("wednsdays", "wednesdays"),
    ("parleer", "parler"), ("differrent", "different"), ("parttir", "partir"), ("thurrsdays", "thursdays"),  # a letter doubled
    ("absoluteyl", "absolutely"), ("certaainement", "certainement"), ("parfiat", "parfait"),  # the words of short replies
    ("m'aplelle", "m'appelle"), ("l'hopitl", "l'hopital"),  # after an elision
    ("vednu", "vendu"), ("venddu", "vendu"), ("trompse", "trompes"), ("mortse", "mortes"),  # letters a pattern makes optional
])
def test_a_slip_in_any_word_the_readers_look_for_is_put_right(typed: str, meant: str) -> None:
    assert corrected(typed) == meant


@pytest.mark.parametrize("word", ["option's", "parait", "patir", "tough", "rally", "longe", "maris", "dares", "trough", "moving", "faire", "partie",
                                  "chance", "monde", "gisele", "tremblay"])
def test_a_word_one_slip_from_a_target_but_a_word_or_name_itself_is_left_alone(word: str) -> None:
    assert corrected(word) == word


@pytest.mark.parametrize("typed, meant", [
    ("clal", "call"), ("muhc", "much"), ("lnog", "long"),  # two keys swapped
    ("cakl", "call"), ("prxi", "prix"), ("vneu", "venu"),  # a key beside the right one
    ("phne", "phone"), ("seak", "speak"),  # a key missed
    ("weel", "week"), ("tiem", "time"),  # a key beside 'week', a key missed from 'wheel': the time word, as before
])
def test_a_keyboard_slip_in_a_short_word_the_readers_look_for_is_put_right(typed: str, meant: str) -> None:
    assert corrected(typed) == meant


@pytest.mark.parametrize("word", ["appt", "asap", "thru", "bday", "mins", "cots", "fiat", "hmmm", "ouin", "call"])
def test_a_short_word_or_shorthand_is_no_slip(word: str) -> None:
    assert corrected(word) == word


@pytest.mark.parametrize("word", ["served", "disappointment", "observed", "coter"])
def test_a_real_word_two_edits_from_a_target_is_left_alone(word: str) -> None:
    assert corrected(word) == word


@pytest.mark.parametrize("typed, meant", [("tommorow", "tomorrow"), ("holliday", "holidays"), ("mourning", "morning"), ("vendre", "vendredi")])
def test_a_real_word_one_slip_or_a_common_misspelling_from_a_time_word_is_put_right(typed: str, meant: str) -> None:
    assert corrected(typed) == meant
