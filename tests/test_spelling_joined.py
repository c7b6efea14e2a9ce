"""Time words typed without their spaces are split; real words made of time words are not."""
import pytest

from dialogs.spelling import split_joined


@pytest.mark.parametrize("typed, meant", [
    ("nextweek", "next week"),
    ("mondaymorning", "monday morning"),
    ("lundimatin", "lundi matin"),
    ("semaineprochaine", "semaine prochaine"),
    ("thursdayorfridayafter3", "thursday or friday after 3"),
    ("freethursday", "free thursday"), ("notbefore", "not before"),  # a time word glued to any other word
    ("cettesemaine", "cette semaine"), ("jeudivers", "jeudi vers"), ("vendredisvp", "vendredi svp"),
])
def test_joined_time_words_are_split(typed: str, meant: str) -> None:
    assert split_joined(typed) == meant


@pytest.mark.parametrize("word", ["weekday", "weekdays", "weekend", "anytime", "afternoon", "tonight", "wheelchair", "appointment",
                                  "beforehand", "afterwards", "marchand", "desjardins", "noonish", "mondayss"])
def test_a_real_word_stays_whole(word: str) -> None:
    assert split_joined(word) == word


@pytest.mark.parametrize("typed", ["aftnoon", "afteron", "aprmidi", "apremdi"])
def test_a_time_word_typed_with_letters_left_out_stays_whole(typed: str) -> None:
    assert split_joined(typed) == typed


@pytest.mark.parametrize("typed, meant", [
    ("weekof", "week of"), ("semainedu", "semaine du"), ("tuesdayat", "tuesday at"), ("matinde", "matin de"),  # a slip would be one letter away
    ("amatin", "a matin"), ("nextwk", "next wk"), ("fridaysafter", "fridays after"),
    ("vendredic'est", "vendredi c'est"), ("prochainen'importe", "prochaine n'importe"), ("jusqu'ajeudi", "jusqu'a jeudi"),
    ("jeudiapres-midi", "jeudi apres-midi"),
])
def test_a_whole_time_word_typed_against_a_short_word_is_split(typed: str, meant: str) -> None:
    assert split_joined(typed) == meant


@pytest.mark.parametrize("word", ["afteronon", "thereafter", "journee", "matinal", "weekly", "wednesdays", "l'apres-midi", "aujourd'hui"])
def test_a_slip_or_a_real_word_is_not_split_into_glue(word: str) -> None:
    assert split_joined(word) == word
