"""Rules that must hold for every wording, not only the labelled ones: a day ruled out is never offered, and asking
for a call is never an opt-out."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.odoo.availability import free_slots
from dialogs.manager import wants_to_stop
from dialogs.model import Slot
import dialogs.understand as reader
from dialogs.understand import understand
from tests.corpus import Row, agrees, load_tuned

TORONTO = ZoneInfo("America/Toronto")
NOW = datetime(2026, 12, 8, 10, 0, tzinfo=TORONTO)  # a Tuesday
NEXT_MONDAY = NOW.date() + timedelta(days=7 - NOW.weekday())
WEEKDAYS = {
    "en_CA": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr_CA": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
}
WISHES = {
    "en_CA": ["any day next week", "next week in the morning", "next week after 1", "sometime next week, afternoons", "next week is fine any time"],
    "fr_CA": ["la semaine prochaine", "la semaine prochaine en avant-midi", "n'importe quand la semaine prochaine", "la semaine prochaine après 13 h"],
}
RULED_OUT = {
    "en_CA": ["not {d}", "{d} is bad", "{d} won't work for us", "except {d}", "but not {d}", "{d} is out, I have physio", "can't do {d}",
              "{d} is no good", "never on {d}"],
    "fr_CA": ["pas {d}", "sauf {d}", "{d} c'est non", "{d} ça marche pas", "pas le {d}, j'ai ma dialyse", "je peux pas {d}", "excepté {d}"],
}
JOINS = [", ", ". ", " - ", " but ", "... "]


def reads_as(text: str, locale: str, label: str, now: datetime = NOW) -> bool:
    """Whether the reply, read at `now`, gives the wished and excluded windows its label gives."""
    return agrees(Row(text, locale, "when", label, now), understand(text, now, locale))


def candidates(days: int = 21) -> list[Slot]:
    """Every hour from 8 to 19 on the days ahead, one technician: what a wide-open calendar would offer."""
    slots = []
    for offset in range(days):
        day = NOW.date() + timedelta(days=offset)
        for hour in range(8, 20):
            start = datetime(day.year, day.month, day.day, hour, tzinfo=TORONTO)
            if start >= NOW:
                slots.append(Slot(start, start + timedelta(hours=1), 1, 1, "Marc"))
    return slots


@settings(max_examples=300, deadline=None)
@given(
    locale=st.sampled_from(["en_CA", "fr_CA"]), weekday=st.integers(0, 4), wish=st.integers(0, 10), rule=st.integers(0, 10),
    join=st.sampled_from(JOINS), wish_first=st.booleans(),
)
def test_a_day_ruled_out_is_never_offered(locale: str, weekday: int, wish: int, rule: int, join: str, wish_first: bool) -> None:
    wished = WISHES[locale][wish % len(WISHES[locale])]
    ruled_out = RULED_OUT[locale][rule % len(RULED_OUT[locale])].format(d=WEEKDAYS[locale][weekday])
    text = join.join([wished, ruled_out] if wish_first else [ruled_out, wished])
    heard = understand(text, NOW, locale)
    assert heard.intent == "when", text
    banned = NEXT_MONDAY + timedelta(days=weekday)
    offered = free_slots(candidates(), {}, heard.windows, heard.excluded)
    assert offered, f"{text!r}: nothing offered"
    assert all(slot.start.date() != banned for slot in offered), f"{text!r} offered {banned}"


CALL_ME = {
    "en_CA": ["call me", "please phone me", "can someone call me", "give me a call", "ring me at home", "I'd rather talk on the phone",
              "could the office call my daughter", "call me back please", "I need to speak to someone"],
    "fr_CA": ["appelez-moi", "téléphonez-moi svp", "pouvez-vous m'appeler", "rappelez-moi", "j'aimerais parler à quelqu'un",
              "appelez ma fille", "je veux qu'on m'appelle"],
}
AROUND = {
    "en_CA": ["{c}", "{c}, I can't manage texting", "no more texts please, just {c}", "stop texting, {c} instead", "don't text me, {c}",
              "I don't do texts. {c}", "{c}. no more messages"],
    "fr_CA": ["{c}", "{c}, je suis pas bonne avec les textos", "pas de textos svp, {c}", "arrêtez les textos, {c}", "{c}, j'écris pas de textos",
              "plus de messages svp, {c}"],
}


@settings(max_examples=300, deadline=None)
@given(locale=st.sampled_from(["en_CA", "fr_CA"]), call=st.integers(0, 20), frame=st.integers(0, 20))
def test_asking_for_a_call_is_never_an_opt_out(locale: str, call: int, frame: int) -> None:
    ask = CALL_ME[locale][call % len(CALL_ME[locale])]
    text = AROUND[locale][frame % len(AROUND[locale])].format(c=ask)
    assert not wants_to_stop(text, NOW, locale), text
    assert understand(text, NOW, locale).intent == "human", text


def test_no_labelled_request_for_a_call_is_read_as_an_opt_out() -> None:
    asks = [row for row in load_tuned() if row.intent == "human"]
    assert len(asks) >= 50
    assert [row.text for row in asks if wants_to_stop(row.text, row.now, row.locale)] == []


HONEST = [
    ("quarter past one tomorrow", "en_CA"), ("Thursday, half past ten", "en_CA"), ("friday 11-ish", "en_CA"), ("around suppertime", "en_CA"),
    ("tomorrow is bad, what about Thursday afternoon", "en_CA"), ("any day next week except Wednesday, mornings only", "en_CA"),
    ("jeudi à 13 h 15", "fr_CA"), ("mercredi prochain en avant-midi", "fr_CA"), ("pas demain, jeudi vers 14 h", "fr_CA"),
    ("les vendredis seulement, après le dîner", "fr_CA"),
]


@pytest.mark.parametrize(("text", "locale"), HONEST)
def test_times_offered_as_fitting_fit_the_wish_and_none_is_ruled_out(text: str, locale: str, odoo_url: str) -> None:
    """Offers said to fit ('We can come') all lie inside what the client wished; otherwise the offer says nothing fits.
    Either way none lies in a time the client ruled out."""
    from app.config import Settings
    from app.odoo.gateway import OdooGateway
    from app.odoo.slots import SlotFinder
    from tests.conftest import NOW as SANDBOX_NOW

    heard = understand(text, SANDBOX_NOW, locale)
    assert heard.intent == "when" and heard.windows, text
    finder = SlotFinder(OdooGateway.from_settings(Settings(odoo_url=odoo_url, odoo_password="admin")), "Equipment maintenance visit", lambda: SANDBOX_NOW)
    offers, in_window = finder.find(heard.windows, heard.excluded, SANDBOX_NOW, 3)
    assert offers
    for slot in offers:
        assert not any(start < slot.end and slot.start < end for start, end in heard.excluded), (text, slot)
        if in_window:
            assert any(start <= slot.start and slot.end <= end for start, end in heard.windows), (text, slot)


PLURALS = {
    "en_CA": (["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays"], "{a} or {b} next week"),
    "fr_CA": (["les lundis", "les mardis", "les mercredis", "les jeudis", "les vendredis"], "{a} ou {b} la semaine prochaine"),
    "en_CA the week of": (["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays"], "{a} and {b} the week of the {monday}th"),
    "fr_CA la semaine du": (["les lundis", "les mardis", "les mercredis", "les jeudis", "les vendredis"], "{a} pis {b} de la semaine du {monday}"),
}


@pytest.mark.parametrize("wording_key", sorted(PLURALS))
@pytest.mark.parametrize("first, second", [(0, 2), (1, 3), (2, 4), (0, 4)])
def test_weekdays_named_with_a_week_are_only_those_days_of_it(wording_key: str, first: int, second: int) -> None:
    names, wording = PLURALS[wording_key]
    text = wording.format(a=names[first], b=names[second], monday=NEXT_MONDAY.day)
    heard = understand(text, NOW, wording_key[:5])
    days = {start.date() for start, _ in heard.windows}
    assert days == {NEXT_MONDAY + timedelta(days=first), NEXT_MONDAY + timedelta(days=second)}


@pytest.mark.parametrize("text, locale", [("Tuesday or Wednesday, afternoons", "en_CA"), ("mardi ou mercredi, les après-midis", "fr_CA")])
def test_two_weekdays_with_a_plural_part_are_the_coming_ones(text: str, locale: str) -> None:
    heard = understand(text, NOW, locale)  # read on a Tuesday morning: next Tuesday and tomorrow
    assert {start.date() for start, _ in heard.windows} == {NOW.date() + timedelta(days=1), NOW.date() + timedelta(days=7)}
    assert all(start.hour == 12 and end.hour == 17 for start, end in heard.windows)


def test_any_of_a_list_of_weekdays_is_a_habit() -> None:
    heard = understand("any Monday, Wednesday or Friday", NOW, "en_CA")
    assert len({start.date() for start, _ in heard.windows}) == 6  # every one of them in the two weeks ahead


@pytest.mark.parametrize("text, locale", [
    ("my chair won't stop", "en_CA"), ("the lift wont stop", "en_CA"), ("the scooter doesn't stop", "en_CA"),
    ("chair wont stpo", "en_CA"), ("le fauteuil arrête pas", "fr_CA"), ("Mon fauteuil part tout seul pis il arrête pas", "fr_CA"),
])
def test_a_unit_that_will_not_stop_is_urgent_never_an_opt_out(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "urgent"


@pytest.mark.parametrize("text, locale", [
    ("Not urgent but the stairlift stopped halfway up yesterday with mom on it. Whenever you can.", "en_CA"),
    ("son triporteur a pu de frein pi a a faillit tomber dans la cote a matin", "fr_CA"),
    ("Just so you know the brakes on the scooter feel spongy lately. Could the tech come Friday?", "en_CA"),
    ("La semaine prochaine c'est correct. Par contre ma mère est restée pognée dans les airs dix minutes hier.", "fr_CA"),
    ("Dad's chair has started lurching forward, it went into the wall yesterday. Monday works.", "en_CA"),
    ("Le frein tient pu sur son triporteur, mardi ça irait", "fr_CA"),  # one brake, in the singular
    ("Le frein de son fauteuil répond pu", "fr_CA"),
    ("Mom slipped off the lift seat this morning, she's ok but shaken", "en_CA"),
    ("The stair lift jerked hard when Dad was on it, he's fine but scared", "en_CA"),
    ("Dad's stair lift keeps jerking on the way up, please send someone", "en_CA"),  # a unit failing in use
    ("the scooter is jerking when he drives it", "en_CA"),
    ("il vient de tomber en sortant du lit", "fr_CA"), ("Papa vient juste de débouler dans l'escalier", "fr_CA"),  # a fall just now
    ("Mom fell off the scooter this morning but she's fine now", "en_CA"),
    ("Il est pogné dans l'élévateur depuis 20 minutes", "fr_CA"), ("Mom is stuck in the elevator", "en_CA"),  # a lift by its other names
    ("Ma mère est coincée sur la plateforme", "fr_CA"), ("Le monte-escalier est arrêté dans le haut pis ça redescend pu", "fr_CA"),
])
def test_a_danger_told_calmly_or_beside_a_booking_is_urgent(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "urgent"


@pytest.mark.parametrize("text, locale, option", [
    ("Pas la 1, la 2 c'est mieux pour nous", "fr_CA", 2), ("1 doesn't work, 2 is fine", "en_CA", 2), ("La 2 pas la 1", "fr_CA", 2),
    ("Mark here for mom, option 2", "en_CA", 2),
    ("Margaret here: 1 is good", "en_CA", 1), ("Re Mom's scooter: 2 thanks :)", "en_CA", 2),  # after a name or what it is about; a smiley
    ("2 thanks :)", "en_CA", 2), ("Number  to  please", "en_CA", 2),  # spaces doubled
    ("Two please. Buzz 204 at the front door.", "en_CA", 2), ("la 1. Le chien jappe mais il est gentil.", "fr_CA", 1),  # a word for the technician after it
    ("La 2 ça adonne ben", "fr_CA", 2), ("la 3 ça me va bien", "fr_CA", 3),  # spoken French's 'ben' after the option
])
def test_the_one_option_a_reply_does_not_refuse_is_chosen(text: str, locale: str, option: int) -> None:
    heard = understand(text, NOW, locale)
    assert (heard.intent, heard.choice) == ("choose", option)


@pytest.mark.parametrize("text, locale, intent", [
    ("hwo much", "en_CA", "price_question"), ("whats the pirce", "en_CA", "price_question"), ("combein", "fr_CA", "price_question"),
    ("mom dide in october", "en_CA", "bereaved"), ("papa nous a quité", "fr_CA", "bereaved"),
    ("we sols the chair", "en_CA", "no_longer_has_unit"), ("im stuk on the lift", "en_CA", "urgent"),
    ("chu pogné dans l'escalier", "fr_CA", "urgent"), ("le fauteuil fume", "fr_CA", "urgent"),
    ("can we resched", "en_CA", "reschedule"), ("chnage the appt", "en_CA", "reschedule"),
    ("telephonnez moi", "fr_CA", "human"), ("aretez", "fr_CA", "stop"), ("arrête", "fr_CA", "stop"),
    ("dacord", "fr_CA", "yes"), ("sounds gd", "en_CA", "yes"), ("nan", "fr_CA", "no"), ("ki est ce", "fr_CA", "help"),
    ("how mutch for the visit", "en_CA", "price_question"),
    ("please stop sneding these", "en_CA", "stop"), ("Rmeove me from your list", "en_CA", "stop"), ("my husband passde last week", "en_CA", "bereaved"),
    ("pouvez-vous m'aplelez", "fr_CA", "human"), ("j'aimerais parleer a quelqu'un", "fr_CA", "human"),
    ("rappellez-moi", "fr_CA", "human"), ("rapellez moi svp", "fr_CA", "human"), ("quelqu'un peut me rapeller?", "fr_CA", "human"),
    ("calll me please", "en_CA", "human"), ("on l'a donnné à ma soeur", "fr_CA", "no_longer_has_unit"), ("ARRRÊT", "fr_CA", "stop"),  # a key pressed once too often in a double letter
    ("Je veux pas de textos, je veux qu'on m'apeplle", "fr_CA", "human"), ("Je veux pas arrêter les messages, je veux juste que quelqu'un m'aplelle", "fr_CA", "human"),  # never an opt-out
    ("option threee please", "en_CA", "choose"), ("Nooooo thanks", "en_CA", "no"),  # a key held down
    ("dads in longterm care now", "en_CA", "no_longer_has_unit"), ("Grandpa lives in longterm care now", "en_CA", "no_longer_has_unit"),  # a compound typed as one word
])
def test_an_intent_typed_with_a_slip_is_still_heard(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text", [
    "Scooter: Pride Maxima SC940. Mid-February, any afternoon.",
    "I'm the recreation coordinator at Elmwood Retirement Residence, texting for Mr. Finch. Any afternoon next week works.",
    "Last time your tech came he fixed my doorbell too. Any day next week after 3.",
])
def test_a_booking_that_mentions_a_brand_a_residence_or_a_past_visit_is_a_booking(text: str) -> None:
    assert understand(text, NOW, "en_CA").intent == "when"


@pytest.mark.parametrize("text, locale, intent", [
    ("Is this about my scooter?", "en_CA", "help"), ("What's this regarding?", "en_CA", "help"), ("Which equipment?", "en_CA", "help"),
    ("Ils sont déjà passés la semaine dernière", "fr_CA", "already_serviced"), ("Vos techniciens sont déjà passés en octobre", "fr_CA", "already_serviced"),  # plural
    ("Le technicien est déjà passé", "fr_CA", "already_serviced"),
    ("Who gave you my number?", "en_CA", "help"), ("I don't remember buying anything from you", "en_CA", "help"),
    ("C'est pour quel appareil?", "fr_CA", "help"), ("I no longer want these messages", "en_CA", "stop"), ("Ne m'écrivez plus", "fr_CA", "stop"),
    ("Mom moved into long-term care in March, she doesn't have the scooter anymore. The stair lift was put in back in 2019.", "en_CA", "no_longer_has_unit"),
    ("Your guy came on Tuesday and did a great job, it's all done", "en_CA", "already_serviced"),
    ("I don't want a call, Tuesday works", "en_CA", "when"), ("I'd like a call", "en_CA", "human"),  # a call refused is no call asked for
    ("Gilberte : arrêt", "fr_CA", "stop"), ("Hello Sandra - yes that works", "en_CA", "yes"),
    ("Of course. Buzz 204 at the front door.", "en_CA", "yes"), ("What's this about? The dog barks but he's friendly.", "en_CA", "help"),
    ("dont have that wheelchair anymore, the insurance took it back. The dog barks but he's friendly.", "en_CA", "no_longer_has_unit"),
    ("L'entretien a été fait le mois passé. Le chien jappe mais il est gentil.", "fr_CA", "already_serviced"),
    ("Can I just call the office?", "en_CA", "human"), ("ne m'écrivez pas avant lundi", "fr_CA", "when"),
    ("Is this about the stair lift? Tuesday works", "en_CA", "when"),
    ("I'm his PSW. Please stop texting this number, it confuses him. His daughter will call you.", "en_CA", "stop"),
    ("Non non, je veux pas annuler! Mardi matin svp", "fr_CA", "when"), ("Pas besoin de m'appeler, mercredi après-midi c'est beau", "fr_CA", "when"),
    ("My father passed away in May. Please don't send anyone for the maintenance.", "en_CA", "bereaved"),
    ("My husband died in July. I should have let you know. The lift is still here, any day next week.", "en_CA", "bereaved"),
    ("Mon père est mort de rire, il pensait que c'était une arnaque. Jeudi après-midi c'est bon", "fr_CA", "when"),
    ("Tuesday or Wednesday would work. Is the yearly visit still $129 or has it gone up?", "en_CA", "price_question"),
    ("Will check with Dad first", "en_CA", "unknown"),
    ("teh last 1", "en_CA", "choose"),
    ("Brrr it's cold out there today, stay warm!", "en_CA", "unknown"), ("Il fait ben beau aujourd'hui", "fr_CA", "unknown"),
    ("Hi Doreen, the roast is in the oven, tell Bill to be home by 6", "en_CA", "unknown"),  # meant for the family
    ("Mom got a new number, this one is mine now. Her new cell is 613-555-0123", "en_CA", "wrong_number"),
    ("I don't have a stair lift or anything, never did. Who's Gordon?", "en_CA", "wrong_number"),
    ("He's in hospital. Please call the office at 905-555-0143 instead of texting him.", "en_CA", "human"),
    ("Pouvez-vous rappeler ma fille? Elle s'occupe de ça", "fr_CA", "human"),
    ("The chair was replaced by the ADP program with a new one from another company", "en_CA", "no_longer_has_unit"),
    ("I'm legally blind, a call would be better", "en_CA", "human"), ("Un appel serait plus facile pour moi", "fr_CA", "human"),
    ("Cold out there today, but the tech can come today", "en_CA", "when"), ("Il fait beau, demain ça irait", "fr_CA", "when"),
    ("Not the right person, kindly remove it from your list", "en_CA", "stop"),  # an opt-out for this number, whoever it belongs to
    ("Dad's lift went back to the March of Dimes program when he moved", "en_CA", "no_longer_has_unit"),
    ("She can't get up before 11. Wednesday or Thursday is fine.", "en_CA", "when"),  # slow mornings, not a fall
    ("C'est-tu gratis, votre affaire?", "fr_CA", "price_question"), ("Thursday is fine. Will there be a charge?", "en_CA", "price_question"),
    ("STOP please, he died in May", "en_CA", "stop"),  # the carriers' keyword first: an opt-out, whatever follows
    ("Merci de me rappeler l'entretien. Jeudi ou vendredi.", "fr_CA", "when"),  # reminded of the visit, not asked to call
    ("Le monte-escalier s'arrête en plein milieu des marches", "fr_CA", "urgent"), ("The chair lift stops midway sometimes", "en_CA", "urgent"),
    ("HELP the stairlift stopped and my husband is on it", "en_CA", "urgent"), ("We got rid of the scooter last fall", "en_CA", "no_longer_has_unit"),
    ("On s'est débarrassé du fauteuil", "fr_CA", "no_longer_has_unit"),
    ("Is this included in what I paid or extra?", "en_CA", "price_question"), ("Dad's funeral was last Saturday", "en_CA", "bereaved"),
    ("We had the maintenance done in January already", "en_CA", "already_serviced"), ("On l'a fait faire en décembre", "fr_CA", "already_serviced"),
    ("We had the stair lift removed last year", "en_CA", "no_longer_has_unit"), ("On a fait enlever le monte-escalier", "fr_CA", "no_longer_has_unit"),
    ("Ma mère demeure maintenant dans une résidence", "fr_CA", "no_longer_has_unit"),
    ("Please don't text, call instead", "en_CA", "human"), ("My mother no longer lives at home, she's in care", "en_CA", "no_longer_has_unit"),
    ("Mon lit électrique descend pu, je peux pas me lever", "fr_CA", "urgent"),
    ("I got your text on Dad's phone. Dad says Thursday morning works.", "en_CA", "when"),  # his phone, no call asked for
    ("J'aimerais ça qu'on me rappelle", "fr_CA", "human"), ("Mon quadriporteur marche numéro un. Mercredi après-midi", "fr_CA", "when"),
    ("I would prefer that someone telephone me", "en_CA", "human"), ("We moved her into Carlingwood Retirement two weeks ago", "en_CA", "no_longer_has_unit"),
    ("Pas pendant le long weekend... ah non c'est déjà passé. Mercredi.", "fr_CA", "when"),  # the weekend is past, not the visit
    ("He fell last winter, not on the lift. Thursday morning please.", "en_CA", "when"),  # a fall long past
    ("Elle est allée à l'urgence mardi mais elle est revenue, elle va bien. Jeudi après-midi", "fr_CA", "when"),  # the ER, over
    ("Our son usually helps but he's moved out west. I'm home, Thursday afternoon.", "en_CA", "when"),  # the son moved, not the client
    ("Un de vos gars est venu y a deux semaines", "fr_CA", "already_serviced"),
    ("Thursday around 11, call me at 705-555-0199 when you're on your way", "en_CA", "when"),  # a call on the day, not now
    ("Call me when you get this", "en_CA", "human"),  # a call now, unlike one on the way to the visit
    ("Please call me when you are free", "en_CA", "human"),
    ("Appelez-moi quand vous êtes disponible", "fr_CA", "human"),
    ("Mardi vers 10 h, appelez-moi quand vous serez en route", "fr_CA", "when"),
    ("Ne me textez plus", "fr_CA", "stop"), ("The rental was returned in December", "en_CA", "no_longer_has_unit"),
    ("Dad doesn't live there anymore", "en_CA", "no_longer_has_unit"), ("It's been done, thanks", "en_CA", "already_serviced"),
    ("The stairlift is beeping and won't move, mom is stuck upstairs", "en_CA", "urgent"),
    ("My friend's funeral was Thursday so I'm behind. Friday works.", "en_CA", "when"),  # someone else's
    ("We got your text about the bed. STOP. Dad passed away in May", "en_CA", "stop"),  # the keyword as a sentence of its own
    ("On a eu votre message. ARRÊT SVP", "fr_CA", "stop"), ("Got the message. Monday works. Thanks. End", "en_CA", "when"),  # 'End' signs off
    ("Hello, this is her daughter Susan. No thank you.", "en_CA", "no"), ("Mike here. Yes", "en_CA", "yes"),
    ("Sorry for the late reply, I was at my sister's. The second one please", "en_CA", "choose"),  # the answer after the excuse
    ("Désolée, j'étais à l'hôpital avec maman. Oui", "fr_CA", "yes"),
    ("Please take her off your texting list", "en_CA", "stop"), ("Remove him from your list please", "en_CA", "stop"),  # a caregiver opts the client out
    ("Don't remove her from the list, Tuesday works", "en_CA", "when"),
    ("She doesn't want these texts anymore", "en_CA", "stop"), ("elle veut pu recevoir de textos de vous autres", "fr_CA", "stop"),
    ("Enlevez-la de votre liste svp", "fr_CA", "stop"),
    ("IT'S URGENT. Call me", "en_CA", "urgent"), ("C'EST URGENT. Rappelez-moi", "fr_CA", "urgent"),  # no name, never set aside
    ("This is Émile. Yes", "fr_CA", "yes"),
    ("Désaboonnez-moi svp", "fr_CA", "stop"), ("Appeelez-moi, je veux savoir combien ça coûte avant", "fr_CA", "human"),  # a slip before '-moi'
    ("After Booxing Day would be best", "en_CA", "when"), ("We'd like it before Chrstmas please", "en_CA", "when"),  # a slip in a capitalised holiday
    ("the chair is beeping and won't go anywhere, I'm stuck in the middle of the kitchen", "en_CA", "urgent"), ("mon fauteuil bip pis y avance pu, chu pogné dans le salon", "fr_CA", "urgent"),
    ("joystick is jammed forward, had to pull the power", "en_CA", "urgent"), ("la manette est pognée vers l'avant", "fr_CA", "urgent"),
    ("the bed motor is sparking", "en_CA", "urgent"), ("brakes are gone on dad's scooter", "en_CA", "urgent"), ("le chargeur a fondu pis ça fumait", "fr_CA", "urgent"),
    ("is this still safe to drive", "en_CA", "urgent"), ("c'est-tu sécuritaire de l'utiliser?", "fr_CA", "urgent"),
    ("Unfortunately Mrs. Kowalski has passed. Her son is handling the estate.", "en_CA", "bereaved"), ("Je suis le liquidateur de la succession de Mme Bélanger", "fr_CA", "bereaved"),
    ("this was my late father's phone", "en_CA", "bereaved"), ("c'était le cell de feu mon père", "fr_CA", "bereaved"),
    ("Mum has gone to be with the Lord, she won't be needing the chair", "en_CA", "bereaved"), ("ma mère est rendue au ciel", "fr_CA", "bereaved"),
    ("y'é mort", "fr_CA", "bereaved"), ("on a perdu maman le mois dernier", "fr_CA", "bereaved"),
    ("scooter was returned to the March of Dimes", "en_CA", "no_longer_has_unit"), ("le fauteuil a été retourné", "fr_CA", "no_longer_has_unit"),
    ("We traded it in for a new one from another company", "en_CA", "no_longer_has_unit"), ("on l'a échangé pour un neuf ailleurs", "fr_CA", "no_longer_has_unit"),
    ("j'ai pu de fauteuil motorisé", "fr_CA", "no_longer_has_unit"), ("on s'en est débarrassé", "fr_CA", "no_longer_has_unit"), ("on n'a plus cet équipement", "fr_CA", "no_longer_has_unit"),
    ("new number, not the person you're looking for", "en_CA", "wrong_number"), ("nouveau numéro, c'est pas la personne que vous cherchez", "fr_CA", "wrong_number"),
    ("you must be looking for someone else", "en_CA", "wrong_number"), ("vous devez chercher quelqu'un d'autre", "fr_CA", "wrong_number"),
    ("No Helen at this number", "en_CA", "wrong_number"), ("pas de Pierrette à ce numéro", "fr_CA", "wrong_number"), ("y a personne de ce nom-là ici", "fr_CA", "wrong_number"),
    ("je viens d'avoir ce cell, connais pas votre compagnie", "fr_CA", "wrong_number"), ("c'est pas moi, j'ai jamais eu de scooter", "fr_CA", "wrong_number"),
    ("never had a power chair", "en_CA", "wrong_number"), ("ma mère a un autre numéro astheure", "fr_CA", "wrong_number"), ("Dad has a new number now", "en_CA", "wrong_number"),
    ("Does insurance pay for this?", "en_CA", "price_question"), ("la RAMQ paye-tu pour ça?", "fr_CA", "price_question"), ("What's the rate per hour?", "en_CA", "price_question"),
    ("Will I get a bill for this?", "en_CA", "price_question"), ("est-ce que c'est inclus dans le contrat", "fr_CA", "price_question"),
    ("is that included in the rental agreement?", "en_CA", "price_question"), ("c'est quoi le montant", "fr_CA", "price_question"),
    ("The scooter had its checkup 3 weeks ago at your shop", "en_CA", "already_serviced"), ("we had maintenance done on it recently by another company", "en_CA", "already_serviced"),
    ("Didn't your tech just come?", "en_CA", "already_serviced"), ("Got it done at Shoppers Home Health", "en_CA", "already_serviced"), ("we did this in the summer", "en_CA", "already_serviced"),
    ("on vient juste de le faire entretenir", "fr_CA", "already_serviced"), ("le quadri a eu son inspection y a 3 semaines", "fr_CA", "already_serviced"),
    ("c'est faite depuis l'été", "fr_CA", "already_serviced"), ("l'inspection annuelle a été complétée en novembre", "fr_CA", "already_serviced"),
    ("il a déjà été réparé", "fr_CA", "already_serviced"), ("vot' technicien sort d'icitte", "fr_CA", "already_serviced"),
    ("c'est quoi votre numéro de téléphone", "fr_CA", "human"), ("what's your phone number?", "en_CA", "human"),
    ("leave me alone", "en_CA", "stop"), ("laissez-moi tranquille", "fr_CA", "stop"), ("ne me contactez plus", "fr_CA", "stop"),
    ("what equipment?", "en_CA", "help"), ("quel équipement?", "fr_CA", "help"), ("what maintenance are you talking about", "en_CA", "help"), ("de quoi vous parlez", "fr_CA", "help"),
    ("got your text but I'm confused, what do you need from me", "en_CA", "help"),
    ("my power chair won't brake going down ramps", "en_CA", "urgent"), ("the stairlift keeps stopping halfway with me on it", "en_CA", "urgent"),
    ("the hoyer sling ripped while we were lifting him", "en_CA", "urgent"), ("le lit s'est effondré d'un bord pis maman a glissé à terre", "fr_CA", "urgent"),
    ("mon fauteuil recule tout seul, aidez-moi", "fr_CA", "urgent"), ("the bed collapsed on one side", "en_CA", "urgent"),
    ("My mom is no longer living. Please update your records.", "en_CA", "bereaved"), ("ma mère n'est plus de ce monde", "fr_CA", "bereaved"),
    ("we buried mom last week", "en_CA", "bereaved"), ("on a enterré mon père la semaine passée", "fr_CA", "bereaved"),
    ("Grandma went peacefully in her sleep on Sunday", "en_CA", "bereaved"), ("papa est parti dans son sommeil", "fr_CA", "bereaved"),
    ("je suis veuve depuis octobre, c'était le fauteuil de mon mari", "fr_CA", "bereaved"), ("I've been a widow since last month, it was his chair", "en_CA", "bereaved"),
    ("the chair was repossessed", "en_CA", "no_longer_has_unit"), ("I no longer use a scooter, I have a walker now", "en_CA", "no_longer_has_unit"),
    ("it's been removed", "en_CA", "no_longer_has_unit"), ("j'utilise pu de quadri, j'ai une marchette astheure", "fr_CA", "no_longer_has_unit"),
    ("il est placé depuis le printemps", "fr_CA", "no_longer_has_unit"),
    ("no idea who that is", "en_CA", "wrong_number"), ("aucune idée c'est qui", "fr_CA", "wrong_number"), ("There is no Mr. Chen here", "en_CA", "wrong_number"),
    ("je ne suis pas la bonne personne", "fr_CA", "wrong_number"),
    ("Is this a paid visit?", "en_CA", "price_question"), ("c'est une visite payante?", "fr_CA", "price_question"), ("what's this gonna set me back", "en_CA", "price_question"),
    ("faut-tu que je paye pour ça", "fr_CA", "price_question"),
    ("your guy was out two weeks ago", "en_CA", "already_serviced"), ("Hi, we had someone in last month for this", "en_CA", "already_serviced"),
    ("votre gars a tout vérifié en octobre", "fr_CA", "already_serviced"), ("on a eu la visite du technicien y a deux semaines", "fr_CA", "already_serviced"),
    ("i don't want any more texts", "en_CA", "stop"),
    ("huh?", "en_CA", "help"), ("hein?", "fr_CA", "help"), ("pardon? c'est au sujet de quoi", "fr_CA", "help"),
    ("It's Ruth, my husband passed away. Thanks", "en_CA", "bereaved"), ("C'est Marc, son fauteuil recule tout seul. Aidez-moi", "fr_CA", "urgent"),
    ("Hi it's Marie, Dad's chair is going backwards by itself! What do I do", "en_CA", "urgent"), ("Bonjour c'est Ginette, la chaise de maman fait de la boucane. Quoi faire?", "fr_CA", "urgent"),
    ("This is Ann, Mom's chair caught fire. Please call", "en_CA", "urgent"),
    ("Harold's scooter stalled in the middle of Main St and he had to be pushed to the curb", "en_CA", "urgent"),
    ("stairlift beeping and flashing, mom is sitting on it at the bottom and it won't budge", "en_CA", "urgent"), ("le monte-escalier clignote, maman est assise dessus pis ça bouge pu", "fr_CA", "urgent"),
    ("the chair shocked me when i touched the charger port", "en_CA", "urgent"), ("j'ai eu un choc électrique en branchant le chargeur", "fr_CA", "urgent"),
    ("The scooter veers to the left, nearly hit a car", "en_CA", "urgent"), ("mon scooter tire à gauche tout seul, j'ai presque frappé une auto", "fr_CA", "urgent"),
    ("le fauteuil de papa a basculé par en arrière dans la rampe", "fr_CA", "urgent"), ("le lit descend pu pis a reste pognée assise", "fr_CA", "urgent"),
    ("we lost our mom in the fall, please stop the reminders for her", "en_CA", "bereaved"), ("on a perdu notre mère à l'automne, arrêtez les rappels pour elle svp", "fr_CA", "bereaved"),
    ("the bed was only a loaner, it's gone back", "en_CA", "no_longer_has_unit"), ("le lit était un prêt, il est reparti", "fr_CA", "no_longer_has_unit"),
    ("maman est rendue en soins longue durée", "fr_CA", "no_longer_has_unit"), ("on a pu ce monte-escalier", "fr_CA", "no_longer_has_unit"),
    ("I think this message was meant for someone else", "en_CA", "wrong_number"), ("je pense que ce message était pour quelqu'un d'autre", "fr_CA", "wrong_number"),
    ("This number used to belong to someone else, I've had it since March", "en_CA", "wrong_number"), ("ce numéro était à quelqu'un d'autre avant", "fr_CA", "wrong_number"),
    ("I'm not your client", "en_CA", "wrong_number"), ("je suis pas votre cliente", "fr_CA", "wrong_number"),
    ("désolée, y a pas de Walter qui reste ici", "fr_CA", "wrong_number"), ("c'est pas le cell de Gilles", "fr_CA", "wrong_number"),
    ("can you tell me what the charge is for a maintenance visit?", "en_CA", "price_question"), ("Is this paid by the March of Dimes or me?", "en_CA", "price_question"),
    ("will this be billed to ADP", "en_CA", "price_question"), ("c'est-tu la Marche des dix sous qui paye ou moi?", "fr_CA", "price_question"),
    ("it had its annual in september", "en_CA", "already_serviced"), ("un de vos gars s'en est déjà occupé", "fr_CA", "already_serviced"),
    ("arrête de me texter", "fr_CA", "stop"),
    ("I got a text about maintenance but I'm not sure what it's for", "en_CA", "help"), ("je sais pas de quoi il s'agit", "fr_CA", "help"),
    ("what's this message", "en_CA", "help"), ("Can you explain?", "en_CA", "help"), ("Pouvez-vous m'expliquer?", "fr_CA", "help"),
    ("John went over backwards in his chair on the ramp this morning. Is it safe?", "en_CA", "urgent"), ("Jean a reviré de bord avec son fauteuil dans la rampe à matin", "fr_CA", "urgent"),
    ("my hands are burnt from the joystick, it gets really hot", "en_CA", "urgent"), ("la manette devient brûlante quand je m'en sers", "fr_CA", "urgent"),
    ("le lit fait un bruit de grincement pis y boucane un peu", "fr_CA", "urgent"), ("la ceinture du monte-escalier a cassé pendant qu'a descendait", "fr_CA", "urgent"),
    ("papa est plus avec nous depuis la semaine passée", "fr_CA", "bereaved"),
    ("le scooter s'est fait voler cet été", "fr_CA", "no_longer_has_unit"), ("on l'a donné", "fr_CA", "no_longer_has_unit"),
    ("no such person here", "en_CA", "wrong_number"), ("je connais aucun Marcel, désolé", "fr_CA", "wrong_number"), ("c'est pu Pat à ce numéro", "fr_CA", "wrong_number"),
    ("chargez-vous pour le déplacement?", "fr_CA", "price_question"),
    ("just had the yearly done, don't need it", "en_CA", "already_serviced"), ("on vient de faire faire l'entretien annuel, pas besoin", "fr_CA", "already_serviced"),
    ("ma fille veut vous parler, son numéro c'est le 613-555-0133", "fr_CA", "human"),
    ("sorry what's this about", "en_CA", "help"),
    ("The lift jerked and stopped and now mom is stranded at the top of the stairs", "en_CA", "urgent"),
    ("Dad's scooter battery is swollen and leaking", "en_CA", "urgent"), ("la batterie du quadri a enflé pis elle coule", "fr_CA", "urgent"),
    ("mon fauteuil coupe quand je traverse la rue, ça me fait peur", "fr_CA", "urgent"), ("elle a glissé de la toile pendant le transfert", "fr_CA", "urgent"),
    ("Mom went to be with Dad on the 12th. Thanks for everything.", "en_CA", "bereaved"), ("Maman est allée rejoindre papa le 12. Merci pour tout.", "fr_CA", "bereaved"),
    ("papa est au ciel maintenant", "fr_CA", "bereaved"),
    ("he's living in a residence now and doesn't need it", "en_CA", "no_longer_has_unit"),
    ("je pense que vous avez le mauvais contact", "fr_CA", "wrong_number"), ("c'est qui Bernard? jamais entendu parler", "fr_CA", "wrong_number"),
    ("vous avez un vieux numéro pour elle", "fr_CA", "wrong_number"),
    ("do you take insurance", "en_CA", "price_question"), ("acceptez-vous les assurances", "fr_CA", "price_question"),
    ("had it all checked over a month ago", "en_CA", "already_serviced"),
    ("je veux parler au gérant", "fr_CA", "human"),
    ("please cease these messages", "en_CA", "stop"), ("veuillez cesser ces messages", "fr_CA", "stop"),
    ("Is this about my mom's bed?", "en_CA", "help"), ("ce texto est pour quoi?", "fr_CA", "help"),
    ("malheureusement mon mari est plus vivant", "fr_CA", "bereaved"),
    ("I am not Mrs. Gauthier", "en_CA", "wrong_number"), ("c'est pu mon numéro, désolé", "fr_CA", "wrong_number"),
    ("ça coûterait combien un appel de service", "fr_CA", "price_question"),
    ("done in October", "en_CA", "already_serviced"), ("fait en octobre", "fr_CA", "already_serviced"),
    ("I'd like a call", "en_CA", "human"), ("qui m'envoie ça?", "fr_CA", "help"),
    ("STOP 👍", "en_CA", "stop"), ("arrêt svp 👍🏻", "fr_CA", "stop"), ("hi 👍", "en_CA", "yes"),  # a thumb after words is a tone, after a greeting a yes
    ("STOP God bless", "en_CA", "stop"), ("Arrêt merci, que Dieu vous bénisse", "fr_CA", "stop"), ("2 thanks God bless", "en_CA", "choose"),
    ("STOP please and thank you", "en_CA", "stop"), ("2 please and thank you", "en_CA", "choose"), ("k thank u", "en_CA", "yes"), ("ARRET s.v.p. merci", "fr_CA", "stop"), ("ARRÊT Salutations, Jean Roy", "fr_CA", "stop"),
    ("Ma mère dit de pu lui envoyer de messages, STOP svp merci", "fr_CA", "stop"),
    ("J'ai bien reçu votre lettre pour la visite annuelle. Lundi matin svp", "fr_CA", "when"),  # the visit asked for, not one had
    ("Monday works, or tomorrow if you have a cancellation", "en_CA", "when"), ("Mardi, ou demain si jamais vous avez une annulation", "fr_CA", "when"),
    ("Mon fils est venu lundi m'aider avec le cell. Jeudi après-midi ce serait bien.", "fr_CA", "when"),  # family, not the technician
    ("I'm sorry to tell you Mom died on Tuesday.", "en_CA", "bereaved"),  # news, not an apology for the hour
    ("Ma mère retourne à son programme de jour lundi. Mardi ça irait", "fr_CA", "when"),  # she goes back, no unit returned
    ("Papa retourne au centre de jour demain, mercredi c'est mieux", "fr_CA", "when"),
    ("Pouvez-vous arrêter d'écrire à ma mère? Ça la stresse", "fr_CA", "stop"), ("cessez de texter mon père", "fr_CA", "stop"),
    ("Scratch the booking, she's not up to it", "en_CA", "cancel"), ("We have to call off Thursday's visit", "en_CA", "cancel"),
    ("Forget about the appointment", "en_CA", "cancel"), ("Laisse tomber le rdv", "fr_CA", "cancel"), ("Oubliez la visite svp", "fr_CA", "cancel"),
    ("Not at this time, thank you", "en_CA", "no"), ("not right now thanks", "en_CA", "no"), ("Pas pour l'instant, merci", "fr_CA", "no"),
    ("Papa est parti le 3 janvier, paix à son âme", "fr_CA", "bereaved"), ("Grandpa left us Sunday, may he rest in peace", "en_CA", "bereaved"),
    ("Maman est partie dimanche, qu'elle repose en paix", "fr_CA", "bereaved"),
    ("Je l'ai pu depuis l'automne", "fr_CA", "no_longer_has_unit"), ("le fauteuil? on l'a pus", "fr_CA", "no_longer_has_unit"),
    ("on l'a pu réparer nous-mêmes", "fr_CA", "unknown"),  # could: no loss
    ("he took a tumble off the scooter", "en_CA", "urgent"), ("Papa a déboulé avec son quadriporteur", "fr_CA", "urgent"),
    ("Il a pris une débarque en sortant du fauteuil", "fr_CA", "urgent"), ("what will the bill be", "en_CA", "price_question"),
    ("never mind the appointment", "en_CA", "cancel"), ("whats this?", "en_CA", "help"),
    ("On a fait enterrer maman samedi", "fr_CA", "bereaved"), ("Mauvais num", "fr_CA", "wrong_number"),
    ("We lost Frank in the fall", "en_CA", "bereaved"), ("we lost Edna to cancer", "en_CA", "bereaved"),  # someone lost, by name
    ("On a perdu Gérard en novembre", "fr_CA", "bereaved"), ("We lost power last night, Tuesday works", "en_CA", "when"),
    ("Fixed last month by your guy", "en_CA", "already_serviced"),
    ("No more texts pls, just call", "en_CA", "human"), ("Could somebody give my daughter a call?", "en_CA", "human"),
    ("That'd be lovely dear", "en_CA", "yes"), ("That would be wonderful, thank you", "en_CA", "yes"),
    ("ben non", "fr_CA", "no"), ("bin non merci", "fr_CA", "no"), ("mais oui", "fr_CA", "yes"),  # the answer after a spoken lead-in
    ("Mom took a tumble last spring, the chair is fine", "en_CA", "unknown"), ("Papa a déboulé l'automne passé", "fr_CA", "unknown"),  # a fall told as history
    ("Il a fait une chute il y a trois mois", "fr_CA", "unknown"), ("he fell off the lift but he's ok now", "en_CA", "unknown"),
    ("ya rien qui presse", "fr_CA", "unknown"), ("Ya pas de presse", "en_CA", "unknown"),  # 'ya' for 'il y a', never a yes
    ("ya un bruit quand elle monte", "fr_CA", "unknown"), ("ya sure", "en_CA", "yes"), ("No hurry at all", "en_CA", "unknown"),  # declines nothing
    ("Mon père est rendu au CHSLD, il a toujours son lit avec lui là-bas", "fr_CA", "no_longer_has_unit"),  # in care with the unit: still a move
    ("Thanks for the offer but no, I don't want to book the maintenance this year.", "en_CA", "no"),  # not 'want to book'
    ("Mom doesn't want to book the visit, she's happy with how the chair runs", "en_CA", "no"),
    ("I don't wish to schedule anything right now, thank you", "en_CA", "no"),
    ("Il revient de sa dialyse vers 14 h pis il est brûlé. Un mardi en fin d'après-midi c'est mieux", "fr_CA", "when"),  # worn out
    ("Chu brûlé après ma physio, faque jeudi après-midi", "fr_CA", "when"),
    ("Ma mère est restée prise dans la plateforme élévatrice entre les deux étages", "fr_CA", "urgent"),
    ("Papa est resté pris dans la plateforme, ça bouge pu", "fr_CA", "urgent"),
    ("Vous avez dû vous tromper de numéro. Ma mère avait un fauteuil mais elle est décédée y a 5 ans.", "fr_CA", "wrong_number"),
    ("Wrong number I think. My dad had a scooter but he passed away years ago.", "en_CA", "wrong_number"),  # a death long past
    ("Your tech already came on the 2nd and did the full service. My daughter has the invoice.", "en_CA", "already_serviced"),  # no price asked
    ("Le technicien est déjà venu le mois passé, ma fille a la facture", "fr_CA", "already_serviced"),
])
def test_a_question_or_an_opt_out_in_other_words_is_heard(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


THURSDAY = datetime(2027, 1, 28, 10, 30, tzinfo=TORONTO)


@pytest.mark.parametrize("text, locale, label", [
    ("not this week next week anytime", "en_CA", "d=NW x=2027-01-28..2027-01-29"),  # no punctuation between refusal and wish
    ("pas lundi mardi ok", "fr_CA", "d=2027-02-02 x=2027-02-01"),
    ("Dans quinze jours", "fr_CA", "d=2027-02-08..2027-02-12"),  # two weeks, as 'dans deux semaines': that week
    ("dans 15 jours en après-midi", "fr_CA", "d=2027-02-08..2027-02-12 h=12-17"),
    ("in a fortnight, mornings", "en_CA", "d=2027-02-08..2027-02-12 h=8-12"),
    ("Dad can't do mornings and I can't do Fridays. Any other afternoon next week", "en_CA",
     "d=2027-02-01..2027-02-04 h=12-17 x=2027-01-29,2027-02-05"),  # two refusals, each whole
    ("Pas jeudi, vendredi plutôt", "fr_CA", "d=2027-01-29 x=2027-02-04"),
    ("le vingt deux", "fr_CA", "d=2027-02-22"),  # a day of the month in words: no option 2
    ("le quinze en après-midi", "fr_CA", "d=2027-02-15 h=12-17"),
    ("entre le dix pis le douze", "fr_CA", "d=2027-02-10..2027-02-12"),
    ("Grandma's birthday is on the 10th so not that day, the 11th works", "en_CA", "d=2027-02-11 x=2027-02-10"),
    ("Any day works. Next Monday is my 90th birthday so not that day.", "en_CA", "d=H x=2027-02-01"),  # that Monday, not the 90th
    ("Elle est chez ma soeur du 1er au 5 février", "fr_CA", "x=2027-02-01..2027-02-05"),
    ("Elle est chez ma soeur du 1 au 5", "fr_CA", "x=2027-02-01..2027-02-05"),  # days, not the hours 1 to 5
    ("Les lundis avant-midi pis les jeudis avant-midi, c'est non", "fr_CA",
     "x=2027-01-28@8-12,2027-02-01@8-12,2027-02-04@8-12,2027-02-08@8-12"),
    ("Le technicien peut passer lundi ou mardi, après 13 h. Le mercredi c'est mon golf.", "fr_CA",
     "d=2027-02-01,2027-02-02 h=13-20 x=2027-02-03,2027-02-10"),
    ("Papa a sa dialyse les lundis pis les mercredis, toute l'avant-midi. N'importe quel après-midi la semaine prochaine.", "fr_CA",
     "d=NW h=12-17 x=2027-02-01@8-12,2027-02-03@8-12,2027-02-08@8-12,2027-02-10@8-12"),
    ("Mon fils va être là pour ouvrir, il dort le matin. Jeudi ou vendredi la semaine prochaine.", "fr_CA", "d=2027-02-04,2027-02-05 h=12-20"),
    ("Ma mère est à l'hôpital, elle devrait revenir mardi. La semaine prochaine, n'importe quel avant-midi.", "fr_CA",
     "d=2027-02-03..2027-02-05 h=8-12 x=2027-01-28..2027-02-02"),
    ("not this Thursday or Friday, next week any morning", "en_CA", "d=NW h=8-12 x=2027-02-04,2027-01-29"),
    ("Pas disponible avant 9 h 30. N'importe quel jour la semaine prochaine.", "fr_CA", "d=NW h=9.5-20"),
    ("My knee replacement is on the 9th so before that would be best. Any morning.", "en_CA", "d=2027-01-28..2027-02-08 h=8-12 x=2027-02-09"),
    ("She had a stroke in October and is in rehab until the 12th. After she's home, any afternoon the following week.", "en_CA",
     "d=2027-02-15..2027-02-19 h=12-17 x=2027-01-28..2027-02-12"),
    ("tmrw is bad wat about thurs", "en_CA", "d=2027-02-04 x=2027-01-29"),
    ("Dad's free Tuesday but I can't get there til after 3", "en_CA", "d=2027-02-02 h=15-20"),
    ("Ma fille va être là jeudi pm, c'est elle qui s'occupe de ça", "fr_CA", "d=2027-02-04 h=12-17"),
    ("How about Friday morning, or Monday if Friday's full?", "en_CA", "d=2027-01-29,2027-02-01 h=8-12"),
    ("in the next two weeks", "en_CA", "d=H"),
    ("d'ici 2 semaines, de bonne heure lundi", "fr_CA", "d=2027-02-01 h=8-10"),
    ("les fins de semaine seulement", "fr_CA", "d=2027-01-30,2027-01-31,2027-02-06,2027-02-07"),
    ("My grandson helps me on weekends, but weekdays after 3 would work, any day next week.", "en_CA", "d=NW h=15-20"),
    ("Her bath is Tuesday morning, any other time next week", "en_CA", "d=NW x=2027-02-02@8-12"),
    ("La préposée part à 11 h, après ça n'importe quand", "fr_CA", "d=H h=11-20"),
    ("La préposée vient jusqu'à 11 h, donc l'après-midi c'est mieux. Mardi prochain.", "fr_CA", "d=2027-02-02 h=12-17"),  # the afternoon, not 'after that'
    ("I'll be there from 1 to 3 on the 2nd", "en_CA", "d=2027-02-02 h=13-15"),
    ("friday between 2 & 4", "en_CA", "d=2027-01-29 h=14-16"),
    ("pas lundi mardi ap-midi", "fr_CA", "d=2027-02-02 h=12-17 x=2027-02-01"),  # short, unpunctuated
    ("no mornings next wk", "en_CA", "d=NW h=12-20"),
    ("mardi pas le matin", "fr_CA", "d=2027-02-02 h=12-20"),
    ("tues no wait i mean wed", "en_CA", "d=2027-02-03"),
    ("thurs no good fri am better", "en_CA", "d=2027-01-29 h=8-12 x=2027-02-04"),
    ("next wk no good. wk after fine", "en_CA", "d=2027-02-08..2027-02-12 x=2027-02-01..2027-02-05"),
    ("any wkday xcpt fri", "en_CA", "d=H x=2027-01-29,2027-02-05"),
    ("le 16 am", "fr_CA", "d=2027-02-16 h=8-12"),
    ("btwn 15th n 18th", "en_CA", "d=2027-02-15..2027-02-18"),
    ("jamais le vendredi. mardi le 2 ap-midi", "fr_CA", "d=2027-02-02 h=12-17 x=2027-01-29,2027-02-05"),
    ("Thursdays only. The other days she's at the day program.", "en_CA", "d=2027-01-28,2027-02-04"),
    ("Dad's home all week but I'm only free Thursday afternoon", "en_CA", "d=2027-02-04 h=12-17"),  # the coming one, not a habit
    ("Monday is the only day I can get there", "en_CA", "d=2027-02-01"),
    ("tuesdys only", "en_CA", "d=2027-02-02,2027-02-09"),
    ("Friday, morning or afternoon, doesn't matter", "en_CA", "d=2027-01-29"),  # either part: the whole day
    ("vendredi, le matin ou l'après-midi", "fr_CA", "d=2027-01-29"),
    ("Not Monday, Tuesday", "en_CA", "d=2027-02-02 x=2027-02-01"),
    ("Friday or next week, mornings", "en_CA", "d=2027-01-29,NW h=8-12"),  # this Friday, and any day of next week
    ("Pas le lundi, c'est ma journée de dialyse. Mardi le 2 vers 11 h.", "fr_CA", "d=2027-02-02 h=10-13 x=2027-02-01,2027-02-08"),  # every Monday
    ("Pas lundi prochain, j'ai mon rendez-vous. Le reste de la semaine est beau.", "fr_CA", "d=2027-02-02..2027-02-05 x=2027-02-01"),
    ("Not next Monday, I have the doctor. The rest of the week is fine.", "en_CA", "d=2027-02-02..2027-02-05 x=2027-02-01"),  # that week's
    ("Any day next week except Wednesday afternoon, she has a hair appointment that day.", "en_CA", "d=NW x=2027-02-03@12-17"),
    ("Les lundis pis les mercredis, j'ai ma fille qui vient. Les autres jours c'est correct", "fr_CA",
     "d=H x=2027-02-01,2027-02-03,2027-02-08,2027-02-10"),  # 'the other days are fine': the days named are the busy ones
    ("Le midi non plus, c'est l'heure de son dîner. Après 2 h, mardi prochain.", "fr_CA", "d=2027-02-02 h=14-20"),  # why, not a wish
    ("Dad can do Tuesday after he gets back from the Legion, so after 2", "en_CA", "d=2027-02-02 h=14-20"),  # when, not busy
    ("PSW here. I'm at Mrs. Chen's Tuesday the 2nd from 9 to noon, could the tech come then?", "en_CA", "d=2027-02-02 h=9-12"),  # her hours
    ("My shift is 12 to 6. If your tech comes during my shift I can help with the lift. Tomorrow or Monday.", "en_CA",
     "d=2027-01-29,2027-02-01 h=12-18"),
    ("His PSW here. I'm in at 11 to do his lunch and leave at 1. Best if your tech comes while I'm there, Monday or Wednesday next week.",
     "en_CA", "d=2027-02-01,2027-02-03 h=11-13"),
    ("Je suis chez Mme Roy les mardis pis les jeudis de 10 h à midi. Ce serait ben mieux pendant que j'suis là.", "fr_CA",
     "d=2027-01-28,2027-02-02,2027-02-04,2027-02-09 h=10-12"),
    ("My mother's PSW comes Tuesdays and Thursdays from 9 to 12 and Mom wants her there for the visit. So next Tuesday between 9 and 12.",
     "en_CA", "d=2027-02-02 h=9-12"),  # her hours, wished
    ("Her PSW comes Mondays and Wednesdays 10 to 12 and she needs her there for it. Next Wednesday then.", "en_CA", "d=2027-02-03 h=10-12"),
    ("I'm Grace's personal support worker. I'm there 8 to noon Monday, Wednesday and Friday and she wants me there for it. Could your person "
     "come during those hours?", "en_CA", "d=2027-01-29,2027-02-01,2027-02-03,2027-02-05,2027-02-08,2027-02-10 h=8-12"),  # every one
    ("Bonjour, ici Francine l'aide-soignante de M. Gagnon. Je suis chez lui le matin jusqu'à 11h, ça serait mieux que vous passiez quand je "
     "suis là, genre mercredi prochain.", "fr_CA", "d=2027-02-03 h=8-11"),  # there till 11, not away
    ("Je suis chez elle le matin jusqu'à 10 h 30, venez quand je suis là, mardi prochain.", "fr_CA", "d=2027-02-02 h=8-10.5"),
    ("Bonjour, je suis Nadia, préposée chez Mme Pelletier. Je suis là le matin de 9 h à 11 h pis l'infirmière passe le mercredi après-midi. "
     "Elle aimerait mieux que je sois là pour le technicien. Cette semaine si possible.", "fr_CA",
     "d=2027-01-28..2027-01-29 h=9-11 x=2027-02-03@12-17,2027-02-10@12-17"),  # her hours wished, the nurse's out
    ("Bonjour, je suis la préposée de M. Deschamps. Je suis là de 8 h à 10 h le matin pis de 4 h à 6 h le soir. Il veut pas être seul avec "
     "un inconnu. Alors pendant ma visite du soir, la semaine prochaine.", "fr_CA", "d=NW h=16-18"),  # that visit's hours
    ("I'm there 8 to 10 and 4 to 6 every day. During my evening visit next week please.", "en_CA", "d=NW h=16-18"),
    ("Je suis là de 8 h à 10 h le matin pis de 1 h à 3 h l'après-midi. Pendant ma visite de l'après-midi, mardi prochain.", "fr_CA",
     "d=2027-02-02 h=13-15"),  # that visit's hours, not the first ones
    ("I'm there 8 to 10 and 4 to 6 every day. Next Monday during my evening visit.", "en_CA", "d=2027-02-01 h=16-18"),
    ("Hi, this is Sandra, Pete's sister. Once he's home, early mornings are best, before his PSW comes at 10. Next week.", "en_CA",
     "d=NW h=8-10"),  # before the helper comes: a bound
    ("Le matin, avant que la préposée arrive à 11 h, mardi prochain.", "fr_CA", "d=2027-02-02 h=8-11"),
    ("Hey it's Mike, I look after my father's chair. He's at the Legion Tuesdays and Thursdays till 3. Any other time works, I can be there "
     "whenever", "en_CA", "d=H x=2027-01-28@8-15,2027-02-02@8-15,2027-02-04@8-15,2027-02-09@8-15"),  # those days till 3 only
    ("Il est au centre de jour les lundis pis les mercredis jusqu'à 14 h. N'importe quand à part ça.", "fr_CA",
     "d=H x=2027-02-01@8-14,2027-02-03@8-14,2027-02-08@8-14,2027-02-10@8-14"),
    ("I'm the son. Mondays, Wednesdays and Fridays he has dialysis in the morning. Other than that he's home.", "en_CA",
     "d=H x=2027-01-29@8-12,2027-02-01@8-12,2027-02-03@8-12,2027-02-05@8-12,2027-02-08@8-12,2027-02-10@8-12"),  # one list
    ("Tuesdays, Thursdays and Fridays she has physio in the afternoon. Any other time is fine.", "en_CA",
     "d=H x=2027-01-28@12-17,2027-01-29@12-17,2027-02-02@12-17,2027-02-04@12-17,2027-02-05@12-17,2027-02-09@12-17"),
    ("Hello, Betty here, Stan's wife. Stan's scooter is ready whenever. I have my water aerobics Monday, Wednesday and Friday mornings and "
     "I'd rather be home when you come. Afternoons are fine any day.", "en_CA",
     "d=H h=12-17 x=2027-01-29@8-12,2027-02-01@8-12,2027-02-03@8-12,2027-02-05@8-12,2027-02-08@8-12,2027-02-10@8-12"),
    ("Hello, I'm Maria, PSW for Mrs. Goldberg. I do her lunch at 12 and dinner at 5. Can you come in between, like 1:30 to 4? Any day but "
     "Friday, her son takes her to his place on Fridays.", "en_CA", "d=H h=13.5-16 x=2027-01-29,2027-02-05"),  # between the meals
    ("Our PSWs come 8 to 10 and 5 to 7 every day. So the best time for your visit is between those, any weekday over the next two weeks.",
     "en_CA", "d=H h=10-17"),
    ("Nos sœurs ont la prière tous les matins jusqu'à 10 h, pis la messe à 16 h. Entre les deux ça va. Mercredi ou jeudi prochain.", "fr_CA",
     "d=2027-02-03,2027-02-04 h=10-16"),
    ("Elle dîne à midi pis elle soupe à 5 h, venez entre les deux mardi prochain.", "fr_CA", "d=2027-02-02 h=12-17"),
    ("His breakfast is at 9 and lunch at 12, come in between on Monday.", "en_CA", "d=2027-02-01 h=9-12"),
    ("The aide comes 9 to 10:30 and again at 3. In between works any day next week.", "en_CA", "d=NW h=10.5-15"),
    ("Le lundi pis le mercredi ma préposée est là le matin. Les autres moments c'est correct", "fr_CA",
     "d=H x=2027-02-01@8-12,2027-02-03@8-12,2027-02-08@8-12,2027-02-10@8-12"),  # the other times are fine: those are the busy ones
    ("Mondays and Fridays my daughter is here in the morning. The other times are fine.", "en_CA",
     "d=H x=2027-01-29@8-12,2027-02-01@8-12,2027-02-05@8-12,2027-02-08@8-12"),
    ("Neighbour of Mr. Lapointe here, he doesn't text. He says he's around all the time except he goes to Tim's every morning till 10. And "
     "he's going to his daughter's in Cornwall on the 12th and 13th.", "en_CA", "d=H h=10-20 x=2027-02-12,2027-02-13"),  # a plan, not a wish
    ("She's going to her sister's on the 3rd. Any other day is fine.", "en_CA", "d=H x=2027-02-03"),
    ("Bonjour, Rita ici. Mon mari Roger va au Tim tous les matins avec ses chums jusqu'à 10 h 30. Moi je vais à l'aquaforme les mardis pis "
     "les jeudis. Les lundis, mercredis ou vendredis, vers 11 h, ce serait parfait.", "fr_CA",
     "d=2027-01-29,2027-02-01,2027-02-03,2027-02-05,2027-02-08,2027-02-10 h=10.5-13 x=2027-01-28,2027-02-02,2027-02-04,2027-02-09"),  # from 10:30
    ("My husband is at the gym every morning till 10:30. Monday around 11 would be good.", "en_CA", "d=2027-02-01 h=10.5-13"),
    ("Mon mari va au gym tous les matins jusqu'à 10 h. Mardi vers 10 h 30?", "fr_CA", "d=2027-02-02 h=10-12.5"),
    ("Bonjour, ici Caroline, l'infirmière de soins à domicile de Mme Larocque. Je passe chez elle tous les matins, pis j'aime mieux que le "
     "technicien vienne quand je suis pas là pour pas qu'on se pile sur les pieds. Les après-midis de la semaine prochaine.", "fr_CA",
     "d=NW h=12-17"),  # when she is not there: her mornings are taken
    ("I visit Mrs. Lee every morning, and she'd like the technician to come while I'm not there. Afternoons next week.", "en_CA", "d=NW h=12-17"),
    ("C'est Kevin, le petit-fils à Mme Sirois. Je travaille du lundi au jeudi pis j'ai congé le vendredi. Faut que je sois là pour ma "
     "grand-mère, faque un vendredi, n'importe quelle heure.", "fr_CA",
     "d=2027-01-29,2027-02-05 x=2027-01-28,2027-02-01..2027-02-04,2027-02-08..2027-02-10"),  # the day off is the wish
    ("Bonjour, je suis Nathalie, la préposée de Mme Lemieux. Je suis là du lundi au jeudi, de 8 h à 11 h. Le mieux c'est pendant mes heures, "
     "cette semaine ou la semaine prochaine.", "fr_CA", "d=2027-01-28,2027-02-01,2027-02-02,2027-02-03,2027-02-04 h=8-11"),  # her days, those weeks
    ("I'm there Monday to Wednesday, 9 to 11. Best during my hours, next week.", "en_CA", "d=2027-02-01..2027-02-03 h=9-11"),
    ("Good morning. I'm Sharon, the PSW for Mr. Len Butler on Tuesdays and Thursdays. He's 94 and hard of hearing, so texts are better. I'm "
     "there 10 to 2 those days, so whichever of those suits your tech, next week.", "en_CA", "d=2027-02-02,2027-02-04 h=10-14"),
    ("Salut, c'est Éric, le fils de Jeannine Roy. Ma mère a son aide-ménagère les jeudis pis sa physio les mardis. Moi je finis à 3 h 30. "
     "Ça fait que lundi, mercredi ou vendredi passé 4 h, n'importe quelle semaine.", "fr_CA",
     "d=2027-01-29,2027-02-01,2027-02-03,2027-02-05,2027-02-08,2027-02-10 h=16-20 x=2027-01-28,2027-02-02,2027-02-04,2027-02-09"),  # every one
    ("Tuesday or Thursday after 2, any week.", "en_CA", "d=2027-01-28,2027-02-02,2027-02-04,2027-02-09 h=14-20"),
    ("Bonjour, je suis l'infirmière auxiliaire qui visite Mme Roy à domicile. Je passe chez elle les lundis et jeudis matin. Elle aimerait "
     "que votre technicien vienne un autre matin, pour ne pas que tout le monde arrive en même temps. Merci, Nathalie", "fr_CA",
     "d=H h=8-12 x=2027-01-28@8-12,2027-02-01@8-12,2027-02-04@8-12,2027-02-08@8-12"),  # another morning than hers
    ("I'm his PSW, I come Tuesday and Friday mornings. He'd like your tech to come another morning.", "en_CA",
     "d=H h=8-12 x=2027-01-29@8-12,2027-02-02@8-12,2027-02-05@8-12,2027-02-09@8-12"),
    ("Salut, c'est Patrick. Mon père va à la dialyse trois fois par semaine, les lundis, mercredis pis vendredis. Fait que mardi ou jeudi "
     "après-midi, la semaine prochaine.", "fr_CA", "d=2027-02-02,2027-02-04 h=12-17 x=2027-01-29,2027-02-01,2027-02-03,2027-02-05,2027-02-08,2027-02-10"),
    ("He has dialysis three times a week, Mondays, Wednesdays and Fridays. So Tuesday or Thursday next week.", "en_CA",
     "d=2027-02-02,2027-02-04 x=2027-01-29,2027-02-01,2027-02-03,2027-02-05,2027-02-08,2027-02-10"),  # the days of the three
    ("Hi its Doug, Marion's son. I live in Calgary so text me but Mom will be home. She says mornings are no good (her PSW comes then) and "
     "Wednesdays she has her church group. Otherwise anytime.", "en_CA", "h=12-20 x=2027-02-03,2027-02-10"),  # two busy times
    ("Les matins c'est pas bon pis les mardis elle a son bingo. Sinon n'importe quand.", "fr_CA", "h=12-20 x=2027-02-02,2027-02-09"),
    ("I go to the Legion for lunch every Tuesday and Thursday, so those days from 11 to 2 are no good. Otherwise any time next week.", "en_CA",
     "d=NW x=2027-01-28@11-14,2027-02-02@11-14,2027-02-04@11-14,2027-02-09@11-14"),  # those days' hours, no other day's
    ("Je joue aux cartes tous les mercredis, alors ces jours-là de 13 h à 16 h c'est non. Sinon la semaine prochaine n'importe quand.", "fr_CA",
     "d=NW x=2027-02-03@13-16,2027-02-10@13-16"),
    ("Hi, Lorna Beck. I see you want to come do the hospital bed. My situation: I work at the library Tuesdays and Thursdays 10 to 4, and my "
     "mother, who uses the bed, can't be left alone with strangers. So it has to be when I'm home. Mondays, Wednesdays, Fridays are all fine, "
     "over the next two weeks.", "en_CA",
     "d=2027-01-29,2027-02-01,2027-02-03,2027-02-05,2027-02-08,2027-02-10 x=2027-01-28@10-16,2027-02-02@10-16,2027-02-04@10-16,2027-02-09@10-16"),
    ("Je travaille le mardi de 9 h à 15 h, sinon n'importe quand la semaine prochaine.", "fr_CA", "d=NW x=2027-02-02@9-15,2027-02-09@9-15"),  # work hours
    ("Bonjour, mon père Roland a 97 ans pis y'est sourd comme un pot, c'est moi qui réponds. Y'a le dîner communautaire le mercredi midi au "
     "sous-sol de l'église. Sinon n'importe quel après-midi y'é à maison 😄", "fr_CA", "h=12-17 x=2027-02-03@11-14,2027-02-10@11-14"),
    ("mardi 2 dans lavant midi vers 9h", "fr_CA", "d=2027-02-02 h=8-11"),  # typed without the apostrophe and hyphen
    ("vendredi de bonheur le matin svp", "fr_CA", "d=2027-01-29 h=8-10"),  # autocorrect's 'de bonne heure'
    ("erly tuesday mourning", "en_CA", "d=2027-02-02 h=8-10"),
    ("I can do the eleventh in the morning period", "en_CA", "d=2027-02-11 h=8-12"),  # a day spelled out, no month
    ("Mercredi le 3 le Martin svp", "fr_CA", "d=2027-02-03 h=8-12"),  # autocorrect's 'le matin'
    ("pas lundi mai mardi apres-midi sa va", "fr_CA", "d=2027-02-02 h=12-17 x=2027-02-01"),  # 'mais', not May
    ("Any time next wee except Monday", "en_CA", "d=NW x=2027-02-01"),
    ("Mornings are a no go, Mom's too slow. Friday the 29th at 2:30 or Monday the 1st same time", "en_CA", "d=2027-01-29,2027-02-01 h=14-16.5"),
    ("Pas avant 10 h, j'sus pas du monde le matin. Vendredi ou lundi.", "fr_CA", "d=2027-01-29,2027-02-01 h=10-20"),  # the hour says when
    ("Demain en après-midi c'tu trop vite?", "fr_CA", "d=2027-01-29 h=12-17"),  # a question, not a refusal
    ("I'm on nights next week so I'm home in the mornings. Any morning next week.", "en_CA", "d=NW h=8-12"),  # a night shift is no day busy
    ("Je suis sa préposée, je finis à 11 h. Si vous venez avant 11 h n'importe quel jour la semaine prochaine, c'est parfait", "fr_CA",
     "d=NW h=8-11"),  # the hours asked for, not the hour she finishes
    ("Elle mange à 11 h 30 pis elle fait un somme après. Le mieux c'est entre 2 h pis 4 h, mardi ou jeudi.", "fr_CA",
     "d=2027-02-02,2027-02-04 h=14-16"),
    ("Les matins, j'ai ma préposée jusqu'à 11 h. Après ça, n'importe quand la semaine prochaine.", "fr_CA", "d=NW h=11-20"),  # no morning wish
    ("Her caregiver comes Tuesdays at 1, so Tuesdays are out. Otherwise any afternoon.", "en_CA",
     "d=H h=12-17 x=2027-02-02,2027-02-09"),  # a helper's visit is busy, whatever the helper is called
    ("C'est le fils. Je peux être là lundi après 3 h seulement.", "fr_CA", "d=2027-02-01 h=15-20"),  # that Monday, no habit
    ("Jeudi prochain en avant-midi ça serait correct, ou sinon vendredi.", "fr_CA", "d=2027-02-04,2027-02-05 h=8-12"),  # that week's Friday
    ("La semaine prochaine c'est pas bon, la suivante oui, le matin.", "fr_CA", "d=2027-02-08..2027-02-12 h=8-12 x=NW"),
    ("Next week is no good, the one after is fine, mornings.", "en_CA", "d=2027-02-08..2027-02-12 h=8-12 x=NW"),  # the week after
    ("Mom's free all week but I need to be there, and I can only get away Tuesday after lunch.", "en_CA", "d=2027-02-02 h=13-17"),
    ("Any day works for us but please make it around 1, that's when I come by on my lunch break.", "en_CA", "d=H h=12-15"),  # why that hour
    ("Le lundi pis le mercredi je fais mon aquaforme, le matin. Mardi le 2 en après-midi ça me conviendrait.", "fr_CA",
     "d=2027-02-02 h=12-17 x=2027-02-01@8-12,2027-02-03@8-12,2027-02-08@8-12,2027-02-10@8-12"),  # the habit's mornings
    ("Any day except Thursday, mornings", "en_CA", "d=H h=8-12 x=2027-01-28,2027-02-04"),  # the wish's mornings
    ("We have dinner guests Tuesday the 2nd. Any other day next week.", "en_CA", "d=NW x=2027-02-02@16-19"),  # guests are busy
    ("Le meilleur moment c'est entre 1h pis 3h quand y fait sa sieste, n'importe quel jour la semaine prochaine.", "fr_CA",
     "d=NW h=13-15"),  # the nap is why that time suits
    ("Her PSW comes Tues and Fri at 9. Whatever day works for you just not those 2", "en_CA",
     "d=H x=2027-01-29,2027-02-02,2027-02-05,2027-02-09"),  # a wish, then the refusal, with no comma between
    ("sauf vendredi", "fr_CA", "d=H x=2027-01-29,2027-02-05"),  # the answer to 'when?': any other day
    ("Jeudi 4 ou vendredi 5 de bonne heure", "fr_CA", "d=2027-02-04,2027-02-05 h=8-10"),
    ("Monday or Tuesday next week, she's up by 9 so not before that", "en_CA", "d=2027-02-01,2027-02-02 h=9-20"),  # that hour
    ("Tue/Thu after lunch", "en_CA", "d=2027-01-28,2027-02-02,2027-02-04,2027-02-09 h=13-17"),  # shorthand for a habit  # one day refused, the next wished
    ("Not Monday, Tuesday or Wednesday", "en_CA", "x=2027-02-01..2027-02-03,2027-02-08..2027-02-10"),  # a list refused
    ("Tomorrow or the day after, afternoons.", "en_CA", "d=2027-01-29,2027-01-30 h=12-17"),
    ("Le mardi de la semaine d'après la prochaine.", "fr_CA", "d=2027-02-09"),
    ("Le mardi, n'importe lequel, c'est sa meilleure journée.", "fr_CA", "d=2027-02-02,2027-02-09"),
    ("Mon mari préfère l'après-midi, mais moi faut que je parte à 15 h. Mardi prochain?", "fr_CA", "d=2027-02-02 h=12-15"),
    ("Icitte on se couche de bonne heure, faque pas après 7 h le soir. Jeudi prochain?", "fr_CA", "d=2027-02-04 h=8-19"),
    ("Le 2 à 13 h... Non attendez, ma fille travaille ce jour-là. Le 3 à la même heure.", "fr_CA", "d=2027-02-03 h=12.5-15 x=2027-02-02"),
    ("Sometime between the 28th and March 5th.", "en_CA", "d=2027-01-28..2027-03-05"),
    ("between the 2nd and the 5th", "en_CA", "d=2027-02-02..2027-02-05"),  # dates, no option picked
    ("Wednesday or later", "en_CA", "d=2027-02-03..2027-02-16"),
    ("I'm free from Monday to Wednesday", "en_CA", "d=2027-02-01,2027-02-02,2027-02-03,2027-02-08,2027-02-09,2027-02-10"),
    ("Ma sœur peut juste jeudi ou vendredi. Jeudi le 11 ou vendredi le 12 en matinée.", "fr_CA", "d=2027-02-11,2027-02-12 h=8-12"),
    ("I can only be there on the 3rd. She naps from 1 to 3, so not then.", "en_CA", "d=2027-02-03 x=2027-02-03@13-15"),
    ("Maman fait sa sieste de 13 h à 15 h. Le mieux c'est l'avant-midi, mettons jeudi le 4", "fr_CA", "d=2027-02-04 h=8-12"),
    ("Dad's PSW is there every morning till 11, so after 11 any day this week or next.", "en_CA", "d=2027-01-28..2027-02-05 h=11-20"),
    ("no fridays, thurs aft", "en_CA", "d=2027-02-04 h=12-17 x=2027-01-29,2027-02-05"),
    ("Not Monday or Tuesday the week after next, but Wednesday or Friday would be fine.", "en_CA", "d=2027-02-10,2027-02-12 x=2027-02-08,2027-02-09"),
    ("pas lundi pis pas mardi la semaine prochaine, le reste c correct", "fr_CA", "d=NW x=2027-02-01,2027-02-02"),
    ("Anytime between now and Friday, after 2", "en_CA", "d=2027-01-28..2027-01-29 h=14-20"),
    ("whatevr day works exept wendsday", "en_CA", "d=H x=2027-02-03,2027-02-10"),
    ("Ça adonne mal lundi le 1er pis mardi le 2. Le reste de la semaine, n'importe quand.", "fr_CA", "d=2027-02-03..2027-02-05 x=2027-02-01,2027-02-02"),
    ("C'te semaine, c'est plein. La semaine prochaine, le matin, pas de trouble.", "fr_CA", "d=NW h=8-12 x=2027-01-28..2027-01-29"),
    ("Le lundi pis le mercredi c'est la piscine; sinon n'importe quand, le matin.", "fr_CA",
     "d=H h=8-12 x=2027-02-01,2027-02-03,2027-02-08,2027-02-10"),
    ("Tom plays pool at the seniors' centre Tuesday and Thursday afternoons. Mornings are fine. Next week.", "en_CA",
     "d=NW h=8-12 x=2027-01-28@12-17,2027-02-02@12-17,2027-02-04@12-17,2027-02-09@12-17"),
    ("Mon père veut la visite d'ici deux semaines, mais pas pendant la semaine où je suis à Cuba, du 1er au 5. Le matin.", "fr_CA",
     "d=H h=8-12 x=2027-02-01..2027-02-05"),
    ("Lundi, mercredi ou vendredi qui s'en vient, n'importe lequel", "fr_CA", "d=2027-01-29,2027-02-01,2027-02-03"),
    ("La fin de semaine ça m'adonne pas pis le lundi non plus, c'est le bingo. Mardi, 9 h.", "fr_CA",
     "d=2027-02-02 h=8.5-11 x=2027-01-30,2027-01-31,2027-02-01,2027-02-08"),
    ("I'd prefer mornings, I nap after lunch.", "en_CA", "d=H h=8-12"),
    ("Tuesday the 2nd, say 11?", "en_CA", "d=2027-02-02 h=10.5-13"),
    ("Thursdays work. My daughter drives me after her shift, so around 4.", "en_CA", "d=2027-01-28,2027-02-04 h=15-18"),
    ("Ce vendredi-ci ou le suivant, l'après-midi.", "fr_CA", "d=2027-01-29,2027-02-05 h=12-17"),
    ("ths week or the one after, mornigs only", "en_CA", "d=2027-01-28..2027-02-05 h=8-12"),  # a week, then the week after
    ("Maman a eu 88 ans pis on fête encore en fin de semaine. Lundi ou mardi, après le dîner.", "fr_CA",
     "d=2027-02-01,2027-02-02 h=13-17 x=2027-01-30,2027-01-31"),
    ("Next week, I'm at my daughter's in Ottawa. The week after is fine.", "en_CA", "d=2027-02-08..2027-02-12 x=2027-02-01..2027-02-05"),
    ("jeudi prochain ou celui d'après", "fr_CA", "d=2027-02-04,2027-02-11"),  # the one after the one named
    ("Edna is at our seniors' lunch every Wednesday from 11 to 2. Monday the 1st or Tuesday the 2nd.", "en_CA",
     "d=2027-02-01,2027-02-02 x=2027-02-03@11-14,2027-02-10@11-14"),  # a habit's hours, not a wish
    ("Friday after 10, we don't get moving too early anymore", "en_CA", "d=2027-01-29 h=10-20"),  # why the hours, no refusal
    ("Les lundis ou les vendredis, mais pas de bonne heure", "fr_CA", "d=2027-01-29,2027-02-01,2027-02-05,2027-02-08 h=10-20"),
    ("Elle a son club de marche les mardis pis les jeudis matin. Mercredi après-midi.", "fr_CA",
     "d=2027-02-03 h=12-17 x=2027-01-28@8-12,2027-02-02@8-12,2027-02-04@8-12,2027-02-09@8-12"),  # one habit: both mornings
    ("we're away till the 5th (cruise!!) After that any morning", "en_CA", "d=2027-02-08..2027-02-19 h=8-12 x=2027-01-28..2027-02-05"),
    ("La semaine prochaine mais pas vendredi, pis pas le matin", "fr_CA", "d=NW h=12-20 x=2027-02-05"),  # one more thing: every day's morning
    ("Mom's eye appointment is on Tuesday the 2nd. So Wednesday the 3rd in the morning.", "en_CA", "d=2027-02-03 h=8-12 x=2027-02-02"),
    ("Away visiting my son in England until Sunday February 7. Upon my return, after lunch.", "en_CA",
     "d=2027-02-08..2027-02-19 h=13-17 x=2027-01-28..2027-02-05"),  # the date, not the coming Sunday
    ("Mom's home all day, just not before 9 or after 4", "en_CA", "h=9-16"),  # neither bound
    ("Tuesday, mornings preferably but afternoons are fine too", "en_CA", "d=2027-02-02"),  # either part
    ("Mardi, l'avant-midi de préférence mais l'après-midi c'est correct aussi", "fr_CA", "d=2027-02-02"),
    ("Mon garçon est en congé le 1er, ça adonnerait l'après-midi", "fr_CA", "d=2027-02-01 h=12-17"),  # a date, not option 1
    ("Any day next week works but we go to the farmers market Wednesday mornings", "en_CA", "d=NW x=2027-02-03@8-12,2027-02-10@8-12"),  # a habit, busy
    ("She plays bridge every afternoon so mornings please, Tuesday if possible.", "en_CA", "d=2027-02-02 h=8-12"),  # that Tuesday's morning
    ("Not Monday, I have my teeth done on the 1st. Tuesday is good", "en_CA", "d=2027-02-02 x=2027-02-01"),  # why not, never a wish
    ("Lundi c'est la fête à mon garçon. Mardi le 2 ou mercredi le 3 ça adonne.", "fr_CA", "d=2027-02-02,2027-02-03"),  # his day, not ours
    ("Jeudi prochain pas avant 10 h, j'ai mon transport adapté.", "fr_CA", "d=2027-02-04 h=10-20"),  # the reason explains the bound
    ("le mardi 2 a 3h", "fr_CA", "d=2027-02-02 h=14.5-17"),  # the 2nd at 3, not 2 to 3
    ("La semaine du 8, en après-midi pas trop tard, avant 4h", "fr_CA", "d=2027-02-08..2027-02-12 h=12-16"),  # still the afternoon
    ("à partir du 7 n'importe quel jour en avant-midi", "fr_CA", "d=2027-02-07..2027-02-20 h=8-12"),  # from a Sunday: weekdays only
    ("This week's tough. Next week?", "en_CA", "d=NW x=2027-01-28..2027-01-29"),
    ("He goes to mass every morning at 8:30. After 10, any day next week.", "en_CA", "d=NW h=10-20"),  # the hours asked for win
    ("Elle va à la messe tous les matins. Après 10 h, n'importe quel jour la semaine prochaine.", "fr_CA", "d=NW h=10-20"),
    ("On est pognés le soir. Mardi ou mercredi prochain.", "fr_CA", "d=2027-02-02,2027-02-03 h=8-17"),  # busy, not a wish
    ("semaine prochain n'importe quand", "fr_CA", "d=NW"),  # the gender slip still names next week
    ("Next week, but not between 1 and 3", "en_CA",
     "d=NW x=2027-02-01@13-15,2027-02-02@13-15,2027-02-03@13-15,2027-02-04@13-15,2027-02-05@13-15"),  # a hole in every day
    ("pas entre midi et 14 h", "fr_CA", "d=H x=" + ",".join(f"{day}@12-14" for day in (
        "2027-01-28", "2027-01-29", "2027-02-01", "2027-02-02", "2027-02-03", "2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"))),
    ("Before noon or after 3 on Tuesday", "en_CA", "d=2027-02-02 x=2027-02-02@12-15"),  # either side, never between
    ("mardi avant 11 h ou après 14 h", "fr_CA", "d=2027-02-02 x=2027-02-02@11-14"),
    ("Monday's no good but the following Monday works", "en_CA", "d=2027-02-08 x=2027-02-01"),  # the one after the refused one
    ("Wednesday at the earliest", "en_CA", "d=2027-02-03..2027-02-16"),  # from then on
    ("No sooner than Wednesday please", "en_CA", "d=2027-02-03..2027-02-16"),
    ("Au plus tôt mercredi, n'importe quand après", "fr_CA", "d=2027-02-03..2027-02-16"),
    ("Les mardis en après-midi seulement, le matin mon gars travaille", "fr_CA", "d=2027-02-02,2027-02-09 h=12-17"),  # why those hours
    ("Tue, Thu and Fri are his day program. Mondays or Wednesdays", "en_CA",  # one busy list, its commas aside
     "d=2027-02-01,2027-02-03,2027-02-08,2027-02-10 x=2027-01-28,2027-01-29,2027-02-02,2027-02-04,2027-02-05,2027-02-09"),
    ("I see the eye doctor on Tuesday and my son takes me to the bank Thursday mornings. Any other time next week.", "en_CA",
     "d=NW x=2027-01-28@8-12,2027-02-02,2027-02-04@8-12"),  # two busy times, each with its own part of day
    ("Pas avant 1 h, mais pas après 4 h non plus. Vendredi.", "fr_CA", "d=2027-01-29 h=13-16"),  # both bounds
    ("I'm not really up until 11. Friday works.", "en_CA", "d=2027-01-29 h=11-20"),  # from then, nothing ruled out
    ("Mornings are hard because of my pills. Friday works.", "en_CA", "d=2027-01-29 h=12-20"),
    ("We're away visiting family in BC until the 31st. Monday the 1st?", "en_CA", "d=2027-02-01 x=2027-01-28..2027-01-31"),  # the province
    ("Elle a un rendez-vous chez le cardiologue le 3 février, faudrait que ça soit avant.", "fr_CA", "d=2027-01-28..2027-02-02 x=2027-02-03"),
    ("I'm on the road all next week. The week after, any afternoon.", "en_CA", "d=2027-02-08..2027-02-12 h=12-17 x=NW"),  # away
    ("Mom moves back into her condo on the 3rd. Thursday the 4th?", "en_CA", "d=2027-02-04 x=2027-01-28..2027-02-03"),  # back then
    ("They're discharging him on the 2nd. Could you come the day after?", "en_CA", "d=2027-02-03 x=2027-01-28..2027-02-02"),
    ("She naps from 1 to 3. Friday works.", "en_CA", "d=2027-01-29 x=2027-01-29@13-15"),  # a hole in the day, no hours asked for
    ("Vendredi, elle fait sa sieste de 1 h à 3 h", "fr_CA", "d=2027-01-29 x=2027-01-29@13-15"),
    ("Not this Friday but next", "en_CA", "d=2027-02-05 x=2027-01-29"), ("Pas ce vendredi, l'autre", "fr_CA", "d=2027-02-05 x=2027-01-29"),
    ("Pas mardi prochain, l'autre après, le matin", "fr_CA", "d=2027-02-09 h=8-12 x=2027-02-02"), ("Lundi ça marche pas. L'autre après?", "fr_CA", "d=2027-02-08 x=2027-02-01"),  # 'l'autre après': the one after the one refused
    ("Pas lundi, l'autre après-midi", "fr_CA", "d=2027-01-28..2027-02-10 h=12-17 x=2027-02-01,2027-02-08"),  # 'the other afternoon', no day after
    ("Friday morning or after 2 would be fine", "en_CA", "d=2027-01-29 x=2027-01-29@12-14"),  # two spans: the gap is out
    ("Friday, morning or evening", "en_CA", "d=2027-01-29 x=2027-01-29@12-17"),
    ("Vendredi, le matin ou en fin d'après-midi", "fr_CA", "d=2027-01-29 h=8-17 x=2027-01-29@12-15"),
    ("Friday, but not between 1 and 3. Actually just the morning.", "en_CA", "d=2027-01-29 h=8-12"),  # the hole is outside the hours asked for
    ("I'm on the early shift next week, done at 2. So after 2:30, any day next week.", "en_CA", "d=NW h=14.5-20"),  # a shift, not a week out
    ("Je travaille de 7 à 3 la semaine prochaine. Après 4 h, n'importe quel jour de la semaine prochaine.", "fr_CA", "d=NW h=16-20"),
    ("Tuesday or Wednesday next week, no wait, not Wednesday, Thursday instead", "en_CA", "d=2027-02-02,2027-02-04 x=2027-02-03"),  # one of two corrected
    ("Vendredi ou lundi. Ah non, lundi c'est pas bon, mardi plutôt.", "fr_CA", "d=2027-01-29,2027-02-02 x=2027-02-01"),
    ("Friday at 10, make that 2", "en_CA", "d=2027-01-29 h=13.5-16"),  # the later hour replaces the first
    ("I work all week, but next week I'm off, any day.", "en_CA", "d=NW x=2027-01-28..2027-01-29"),  # this week, against next
    ("I work days until Tuesday. Wednesday or Thursday after that.", "en_CA", "d=2027-02-03,2027-02-04 x=2027-01-28..2027-02-02"),  # away till then
    ("I have my eye appointment on the 2nd in the morning, so any time after that.", "en_CA", "d=2027-02-02..2027-02-15 x=2027-02-02@8-12"),  # from then
    ("first Monday of March", "en_CA", "d=2027-03-01"), ("le premier lundi de mars", "fr_CA", "d=2027-03-01"),  # a day, not option 1
    ("le dernier vendredi de février", "fr_CA", "d=2027-02-26"),
    ("The last Friday of February, in the morning", "en_CA", "d=2027-02-26 h=8-12"),  # not a Friday past
    ("The last week of February, mornings", "en_CA", "d=2027-02-22..2027-02-28 h=8-12"), ("la dernière semaine de février", "fr_CA", "d=2027-02-22..2027-02-28"),
    ("vendredi en début de matinée", "fr_CA", "d=2027-01-29 h=8-10"),  # early morning
    ("Thursday after 2. I'm on the 3rd floor, apartment 305.", "en_CA", "d=2027-02-04 h=14-20"),  # a floor, not the 3rd
    ("Mercredi après-midi. Mon numéro de porte c'est le 12.", "fr_CA", "d=2027-02-03 h=12-17"),
    ("Mercredi pis jeudi, ça me va pas. Vendredi le 5 oui.", "fr_CA", "d=2027-02-05 x=2027-02-03,2027-02-04"),  # refused in other words
    ("Lundi, ça ferait pas. Mercredi le 3 en avant-midi.", "fr_CA", "d=2027-02-03 h=8-12 x=2027-02-01"),
    ("I said Friday but that doesn't suit me anymore, make it Monday instead.", "en_CA", "d=2027-02-01 x=2027-01-29"),
    ("tomorrow at 2 suits me", "en_CA", "d=2027-01-29 h=13.5-16"), ("Monday at two works", "en_CA", "d=2027-02-01 h=13.5-16"),  # a time, not an address
    ("Cette semaine elle a ses petits-enfants à garder. Mardi prochain en avant-midi", "fr_CA", "d=2027-02-02 h=8-12 x=2027-01-28,2027-01-29"),  # hers, as 'j'ai mes'
    ("Only Frdiays work, that's my day off", "en_CA", "d=2027-01-29,2027-02-05"),  # a slip in a capitalised day, not a name
    ("two weeks from Moday would be best", "en_CA", "d=2027-02-15"), ("Monday at quatrer past eleven please", "en_CA", "d=2027-02-01 h=10.75-13.25"),
    ("monday morning actually no make it tuesday", "en_CA", "d=2027-02-02 h=8-12"),  # a correction, unpunctuated
    ("Monday actually no, make it Tuesday at 11", "en_CA", "d=2027-02-02 h=10.5-13"),
    ("Monday the 1st works for me till 3", "en_CA", "d=2027-02-01 h=8-15"), ("to day would work after 1", "en_CA", "d=2027-01-28 h=13-20"),
    ("Monday/Tuesday afternoon", "en_CA", "d=2027-02-01,2027-02-02 h=12-17"), ("lundi/mardi en après-midi", "fr_CA", "d=2027-02-01,2027-02-02 h=12-17"),  # two days, not a habit
    ("Tues or Thurs late pm", "en_CA", "d=2027-02-02,2027-02-04 h=15-17"), ("a week from tmrw, mornings r best", "en_CA", "d=2027-02-05 h=8-12"),
    ("Next week Tuesday thru Thursday, after 11", "en_CA", "d=2027-02-02..2027-02-04 h=11-20"),
    ("My wife does her dialysis Mon... Wed and Fri. Tuesdays or Thursdays are good for her", "en_CA",
     "d=2027-01-28,2027-02-02,2027-02-04,2027-02-09 x=2027-01-29,2027-02-01,2027-02-03,2027-02-05,2027-02-08,2027-02-10"),  # one list
    ("Friday please. Your tech came last May, he was very nice.", "en_CA", "d=2027-01-29"),  # a past visit praised, not one just done
    ("Margaret here: Good morning, Friday or Monday any time after 10 would suit me", "en_CA", "d=2027-01-29,2027-02-01 h=10-20"),  # a greeting, no wish
    ("Not the 1st or the 2nd any other day next week after 10", "en_CA", "d=2027-02-03..2027-02-05 h=10-20 x=2027-02-01,2027-02-02"),  # no comma before the rest
    ("Pas les mardis ni les jeudis le reste c'est correct", "fr_CA", "d=H x=2027-01-28,2027-02-02,2027-02-04,2027-02-09"),
    ("Ma mère fait de la dialyse les mercredis n'importe quel autre jour de la semaine prochaine", "fr_CA", "d=2027-02-01,2027-02-02,2027-02-04,2027-02-05 x=2027-02-03,2027-02-10"),
    ("the Tues. after next, after 1", "en_CA", "d=2027-02-09 h=13-20"), ("Mon. or Fri. mornings", "en_CA", "d=2027-01-29,2027-02-01,2027-02-05,2027-02-08 h=8-12"),  # a day's abbreviation ends no sentence
    ("Le jeudi 18 am ça serait parfait", "fr_CA", "d=2027-02-18 h=8-12"), ("Pas d'am svp, ma mère se lève tard. Mardi ou jeudi", "fr_CA", "d=2027-02-02,2027-02-04 h=12-20"),  # AM and PM as Quebec writes them
    ("Back on the third, mornings after that", "en_CA", "d=2027-02-04..2027-02-17 h=8-12 x=2027-01-28..2027-02-03"),  # a date spelled out, no option
    ("Pas Mardi prochain, celui d'après", "fr_CA", "d=2027-02-09 x=2027-02-02"), ("Pas Lundi. Mardi ou Mercredi après-midi.", "fr_CA", "d=2027-02-02,2027-02-03 h=12-17 x=2027-02-01"),  # days capitalised
    ("Mom is staying with me until the 10th. Any day after that, preferably around lunch.", "en_CA", "d=2027-02-11..2027-02-24 h=11-14 x=2027-01-28..2027-02-10"),  # she is the one away
    ("Mom's in hospital right now, they say she'll be back home on the 8th. Any time after that.", "en_CA", "d=2027-02-09..2027-02-22 x=2027-01-28..2027-02-08"),  # home from a stay: away until then
    ("Dad's in rehab after his hip surgery, he's home on Friday. After that mornings.", "en_CA", "d=2027-02-01..2027-02-12 h=8-12 x=2027-01-28,2027-01-29"),
    ("He's in hospital but he'll be home on the 3rd. The week after, afternoons.", "en_CA", "d=2027-02-08..2027-02-12 h=12-17 x=2027-01-28..2027-02-03"),
    ("Dad's in hospital, they say he's out Monday. I can meet your guy after that, any day after 4.", "en_CA", "d=2027-02-02..2027-02-15 h=16-20 x=2027-01-28..2027-02-01"),
    ("Frank's been in hospital since Tuesday, they think he'll be released Friday. Once he's settled, so in two weeks.", "en_CA", "d=2027-02-08..2027-02-12 x=2027-01-28,2027-01-29"),
    ("Mom is in the hospital and they think she'll be discharged Tuesday. I'd like her to settle so not that Wednesday. Any afternoon next week or the week after.", "en_CA", "d=2027-02-04..2027-02-12 h=12-17 x=2027-01-28..2027-02-03"),  # the one after she is home
    ("Mom's at my sister's cottage until next Monday (the 8th). Any day after she's back, after 4.", "en_CA", "d=2027-02-09..2027-02-22 h=16-20 x=2027-01-28..2027-02-08"),  # the same day again
    ("Ma grand-mère, Mme Roy, revient de la Floride le 8. Elle va être fatiguée, faque à partir du 10 plutôt.", "fr_CA", "d=2027-02-10..2027-02-23 x=2027-01-28..2027-02-08"),
    ("Y'é à la pêche jusqu'à mardi, y revient mercredi", "fr_CA", "d=2027-02-04..2027-02-17 x=2027-01-28..2027-02-03"),
    ("Chu pas dispo avant le 6, je reviens de Floride le 5 au soir", "fr_CA", "d=2027-02-06..2027-02-19 x=2027-01-28..2027-02-05"),  # an evening, not 'du 5 au 10'
    ("Maman est chez nous jusqu'au 5, elle va être de retour chez elle le 6. Le lundi 8 ou le mardi 9?", "fr_CA", "d=2027-02-08,2027-02-09 x=2027-01-28..2027-02-06"),
    ("Elle est à l'hôpital, elle sort jeudi prochain. Pas ce vendredi-là, la semaine d'après.", "fr_CA", "d=2027-02-08..2027-02-12 x=2027-01-28..2027-02-05"),
    ("I'm at my daughter's in Kingston until Saturday, she's driving me home Saturday afternoon. After that late afternoon is best.", "en_CA", "d=2027-02-01..2027-02-12 h=15-17 x=2027-01-28,2027-01-29"),  # driven home: back then
    ("Marg will be recovering at our daughter's until the 5th so we won't be home, after that any afternoon.", "en_CA", "d=2027-02-08..2027-02-19 h=12-17 x=2027-01-28..2027-02-05"),
    ("We're staying at the cottage until Saturday the 6th, then back home. Any morning the week of the 8th. Have a great Family Day weekend!", "en_CA", "d=2027-02-08..2027-02-12 h=8-12 x=2027-01-28..2027-02-05"),  # a greeting, no wish
    ("Dad went into respite on Monday and he's there until the 5th. The week after, any time after 1.", "en_CA", "d=2027-02-08..2027-02-12 h=13-20 x=2027-01-28..2027-02-05"),  # there still, not past news
    ("Next Monday I'm driving my sister to Kingston and I'll be back Wednesday night. So from Thursday on, late afternoon.", "en_CA", "d=2027-02-04..2027-02-17 h=15-17 x=2027-02-01..2027-02-03"),  # away from the Monday
    ("On Monday I'm driving my sister to Kingston and I'll be back Friday. The week after, mornings.", "en_CA", "d=2027-02-08..2027-02-12 h=8-12 x=2027-02-01..2027-02-05"),  # the Friday after the Monday
    ("Je retourne chez moi à Casselman le 5. La semaine du 8 ou celle d'après, en après-midi.", "fr_CA", "d=2027-02-08..2027-02-19 h=12-17 x=2027-01-28..2027-02-05"),
    ("Ma femme est à l'hôpital depuis Noël pis elle devrait sortir vendredi le 5. La semaine du 15, en avant-midi.", "fr_CA", "d=2027-02-15..2027-02-19 h=8-12 x=2027-01-28..2027-02-05"),
    ("On part au chalet lundi pis on revient juste vendredi soir. La semaine d'après, le matin.", "fr_CA", "d=2027-02-08..2027-02-12 h=8-12 x=2027-02-01..2027-02-05"),
    ("On part au chalet vendredi pis on revient dimanche soir. La semaine prochaine, le matin.", "fr_CA", "d=2027-02-01..2027-02-05 h=8-12 x=2027-01-29"),  # that Friday, not next week's
    ("He's at the lake till Sunday. I have exams every day until the 9th so I can only help after that. The 10th or 11th works.", "en_CA", "d=2027-02-10,2027-02-11 x=2027-01-28..2027-02-09"),  # busy every day until then
    ("On fait bouillir tous les jours jusqu'au 5. À partir du 8, n'importe quel matin.", "fr_CA", "d=2027-02-08..2027-02-19 h=8-12 x=2027-01-28..2027-02-05"),
    ("Ma grand-mère revient de chez ma tante à Timmins dimanche. Elle va être fatiguée, faque pas lundi, mais mardi ou mercredi ça irait.", "fr_CA", "d=2027-02-02,2027-02-03 x=2027-01-28,2027-01-29,2027-02-01"),
    ("I'm away at the lake with my daughter from Monday to next Wednesday. So this Friday, or Thursday the 11th.", "en_CA", "d=2027-01-29,2027-02-11 x=2027-02-01..2027-02-03"),  # every day between
    ("Je suis au chalet du lundi au mercredi. Jeudi ou vendredi prochain?", "fr_CA", "d=2027-02-04,2027-02-05 x=2027-02-01..2027-02-03"),
    ("She'll be home on the 8th. Any time after that.", "en_CA", "d=2027-02-09..2027-02-22 x=2027-01-28..2027-02-08"),  # home, then a wish after it: away until then
    ("Dad's home on Friday. Any day after that", "en_CA", "d=2027-02-01..2027-02-12 x=2027-01-28,2027-01-29"),
    ("Elle est chez nous, elle va être chez elle le 8. La semaine d'après, le matin.", "fr_CA", "d=2027-02-15..2027-02-19 h=8-12 x=2027-01-28..2027-02-08"),
    ("She's home on Tuesday after 2. Any time after that works.", "en_CA", "d=2027-02-02 h=14-20"),  # there from 2 that day, not back then
    ("She's at her sister's until Sunday. After that any morning, she's not a morning person though so not before 10.", "en_CA", "d=2027-02-01..2027-02-12 h=10-12 x=2027-01-28,2027-01-29"),  # the rest of those mornings
    ("Elle est chez sa sœur jusqu'à dimanche. Après ça n'importe quel matin, elle est lente le matin faque pas avant 10 h.", "fr_CA", "d=2027-02-01..2027-02-12 h=10-12 x=2027-01-28,2027-01-29"),
    ("On revient mardi soir. Mercredi je vais être brûlée, faut que je me repose. Jeudi ou vendredi en avant-midi.", "fr_CA", "d=2027-02-04,2027-02-05 h=8-12 x=2027-01-28..2027-02-03"),  # worn out the day after
    ("Vendredi je vais être fatiguée. Lundi ou mardi en avant-midi.", "fr_CA", "d=2027-02-01,2027-02-02 h=8-12 x=2027-01-29"),
    ("My husband is in the General, should be home by Wednesday. Thursday or Friday after that?", "en_CA", "d=2027-02-04,2027-02-05 x=2027-01-28..2027-02-03"),
    ("She comes home from respite on the 9th. The day after would be good.", "en_CA", "d=2027-02-10 x=2027-01-28..2027-02-09"),
    ("He gets home from rehab Friday, any day after that.", "en_CA", "d=2027-02-01..2027-02-12 x=2027-01-28,2027-01-29"),
    ("Mom's home Monday and Wednesday, after that she's at the day program.", "en_CA", "d=2027-02-01,2027-02-03"),  # the days she is there, not a return
    ("She should be home on the 10th. I'd like a few days to get her settled, so the week of the 15th.", "en_CA", "d=2027-02-15..2027-02-19 x=2027-01-28..2027-02-10"),  # settling in after a return
    ("He'll be home on the 3rd and needs a few days to settle in. Monday the 8th?", "en_CA", "d=2027-02-08 x=2027-01-28..2027-02-03"),
    ("Elle va être chez elle le 10, faut qu'elle se repose. La semaine du 15.", "fr_CA", "d=2027-02-15..2027-02-19 x=2027-01-28..2027-02-10"),
    ("Elle va être chez elle le 10. Venez ce jour-là.", "fr_CA", "d=2027-02-10"),  # there that day, nothing said of before
    ('Wed works... actually no, my son has the car Wed. Make it Tuesday the 9th after 2', 'en_CA', 'd=2027-02-09 h=14-20 x=2027-02-03'),
    ('Mercredi ça marche... ah non, mon fils a le char mercredi. Mettons mardi le 9 après 14 h', 'fr_CA', 'd=2027-02-09 h=14-20 x=2027-02-03'),
    ("Wednesday the 3rd at 2. Oh no, sorry, the 3rd is my sister's birthday. Thursday the 4th, same time then", 'en_CA', 'd=2027-02-04 h=13.5-16 x=2027-02-03'),
    ("Mercredi le 3 à 14 h. Ah non, scuse, le 3 c'est la fête à ma soeur. Le jeudi 4 à la même heure d'abord", 'fr_CA', 'd=2027-02-04 h=13.5-16 x=2027-02-03'),
    ("Mercredi le 3 en après-midi. Non attendez, c'est ma journée de coiffeuse. Plutôt mardi le 9.", 'fr_CA', 'd=2027-02-09 x=2027-02-03'),
    ("Wednesday the 3rd in the afternoon. No wait, that's my day at the hairdresser. Tuesday the 9th instead.", 'en_CA', 'd=2027-02-09 x=2027-02-03'),
    ("Tomorrow's fine, actually no, tomorrow's gone, my ride is late. Monday first thing instead.", 'en_CA', 'd=2027-02-01 h=8-10 x=2027-01-29'),
    ("Demain c'est correct, ah non, demain c'est mon bingo. Lundi à la première heure d'abord.", 'fr_CA', 'd=2027-02-01 h=8-10 x=2027-01-29'),
    ('Demain non, lundi non plus. Mardi avant-midi ou rien', 'fr_CA', 'd=2027-02-02 h=8-12 x=2027-01-29,2027-02-01'),
    ('Not tomorrow, not Monday either. Tuesday morning or nothing', 'en_CA', 'd=2027-02-02 h=8-12 x=2027-01-29,2027-02-01'),
    ("Mercredi le 3 en après-midi. Non attendez, c'est ma journée de coiffeuse. Plutôt mardi le 9, même heure.", 'fr_CA', 'd=2027-02-09 h=12-17 x=2027-02-03'),
    ("Wednesday the 3rd in the afternoon. No wait, that's my day at the hairdresser. Tuesday the 9th instead, same time.", 'en_CA', 'd=2027-02-09 h=12-17 x=2027-02-03'),
    ('Next Monday works. Actually make that Tuesday the 2nd instead of Monday.', 'en_CA', 'd=2027-02-02'),
    ('Lundi prochain ça marche. En fait, mettons mardi le 2 au lieu de lundi.', 'fr_CA', 'd=2027-02-02'),
    ("He's at a day program Monday to Wednesday and home Thursday and Friday with my mom. Friday the 29th or Thursday the 4th, in the morning.",
     "en_CA", "d=2027-01-29,2027-02-04 h=8-12 x=2027-02-01..2027-02-03,2027-02-08..2027-02-10"),  # the days at home are no part of the busy ones
    ("Il va au centre de jour du lundi au mercredi pis à la maison jeudi pis vendredi. Vendredi le 29 ou jeudi le 4, le matin.",
     "fr_CA", "d=2027-01-29,2027-02-04 h=8-12 x=2027-02-01..2027-02-03,2027-02-08..2027-02-10"),
    ("She works at the hospital and she's off on Thursdays. Thursday the 4th in the morning.", "en_CA", "d=2027-02-04 h=8-12"),
    ("Elle travaille à l'hôpital pis libre le jeudi. Jeudi le 4 au matin.", "fr_CA", "d=2027-02-04 h=8-12"),
    ("I had my first cataract surgery on the 21st and the second eye is done on the 4th, so not that day. Wednesday the 3rd would be great, or Friday the 5th, after 10.",
     "en_CA", "d=2027-02-03,2027-02-05 h=10-20 x=2027-02-04"),  # 'that day' is the date of the news just told
    ("We had a power outage on the 20th and the electrician is coming on the 3rd, so not that day. The 4th in the afternoon would be good.",
     "en_CA", "d=2027-02-04 h=12-17 x=2027-02-03"),  # 'that day' is the day named after the news
    ("My old phone gave out on the 2nd, so any afternoon next week is fine.", "en_CA", "d=NW h=12-17"),  # past news, no refusal
    ("The charger gave out on the 3rd, Wednesday or Thursday next week please.", "en_CA", "d=2027-02-03,2027-02-04"),
    ("Ma mère a eu sa première opération le 21 pis la deuxième est le 4, faque pas ce jour-là. Mercredi le 3 ce serait bien, ou vendredi le 5, après 10 h.",
     "fr_CA", "d=2027-02-03,2027-02-05 h=10-20 x=2027-02-04"),
    ("Bob's cardiology follow-up got moved to the 3rd so that day is out, but otherwise anything next week is fine, mornings preferably.",
     "en_CA", "d=2027-02-01,2027-02-02,2027-02-04,2027-02-05 h=8-12 x=2027-02-03"),
    ("Le suivi de cardiologie de Bob a été déplacé au 3, faque pas ce jour-là, mais à part de ça n'importe quel matin la semaine prochaine.",
     "fr_CA", "d=2027-02-01,2027-02-02,2027-02-04,2027-02-05 h=8-12 x=2027-02-03"),
    ("She doesn't like anyone coming after 4 because she gets tired. Any day next week.", "en_CA", "d=NW h=8-16"),  # nobody after 4: before it
    ("Elle veut personne après 4 h parce qu'elle est fatiguée. N'importe quel jour la semaine prochaine.", "fr_CA", "d=NW h=8-16"),
    ("La semaine pro, n'importe quel après-midi sauf mardi", "fr_CA", "d=2027-02-01,2027-02-03..2027-02-05 h=12-17 x=2027-02-02"),
    ("la sem. pro en avant-midi", "fr_CA", "d=NW h=8-12"), ("vendredi pro", "fr_CA", "d=2027-02-05"),
    ("this pm or tomorrow pm", "en_CA", "d=2027-01-28,2027-01-29 h=12-17"), ("next week but not in the am", "en_CA", "d=NW h=12-20"),
    ("Wednesday @ 11 👍", "en_CA", "d=2027-02-03 h=10.5-13"),
    ("Any afternoon next week except Friday, the 5th", "en_CA", "d=2027-02-01..2027-02-04 h=12-17 x=2027-02-05"),  # that Friday
    ("next week after 10.30", "en_CA", "d=NW h=10.5-20"), ("Wednesday after three pm", "en_CA", "d=2027-02-03 h=15-20"),
    ("tomorrow 9 in the morning sharp", "en_CA", "d=2027-01-29 h=8.5-11"),
    ("Mercredi, de bonne heure en AM", "fr_CA", "d=2027-02-03 h=8-10"), ("la semaine prochaine, mais pas en AM", "fr_CA", "d=NW h=12-20"),
    ("Thursday the fourth is out, Friday the fifth works", "en_CA", "d=2027-02-05 x=2027-02-04"),
    ("the ninth and tenth are out, any other day next week", "en_CA", "d=2027-02-01..2027-02-05 x=2027-02-09,2027-02-10"),
    ("the morning of the third is out", "en_CA", "x=2027-02-03@8-12"),
    ("Not tomorrow next Tuesday", "en_CA", "d=2027-02-02 x=2027-01-29"), ("No afternoons mornings only any day next week", "en_CA", "d=NW h=8-12"),
    ("Pas mardi prochain celui d'après", "fr_CA", "d=2027-02-09 x=2027-02-02"),  # unpunctuated: a refusal, then the wish
    ("Next week is no good the week of the 8th please", "en_CA", "d=2027-02-08..2027-02-12 x=NW"),
    ("he wants evenings he's at the Legion all day", "en_CA", "d=H h=17-20"),  # unpunctuated: the wish, then why
    ("Monday at 10 works my doctor's appointment is Tuesday", "en_CA", "d=2027-02-01 h=9.5-12 x=2027-02-02"),
    ("Mardi ou mercredi, lun ou lautre, mais pas le matin", "fr_CA", "d=2027-02-02,2027-02-03 h=12-20"),  # l'un ou l'autre, no Monday
    ("Tuesday onward is fine", "en_CA", "d=2027-02-02..2027-02-15"), ("mardi et après, en après-midi", "fr_CA", "d=2027-02-02..2027-02-15 h=12-17"),
    ("the 3rd onwards", "en_CA", "d=2027-02-03..2027-02-16"),
    ("I can't do mornings or Fridays", "en_CA", "h=12-20 x=2027-01-29,2027-02-05"),  # each refused whole, not Friday mornings
    ("No Fridays or evenings please", "en_CA", "h=8-17 x=2027-01-29,2027-02-05"),
    ("Elle peut pas le matin ou le vendredi", "fr_CA", "h=12-20 x=2027-01-29,2027-02-05"),
    ("Oops I meant Monday not Tuesday", "en_CA", "d=2027-02-01"),  # the slip corrected, no day ruled out
    ("Sorry, I meant the 3rd, not the 2nd", "en_CA", "d=2027-02-03"),
    ("je voulais dire jeudi prochain, pas mardi", "fr_CA", "d=2027-02-04"),
    ("Anytime next week, but Monday is the holiday so not that one", "en_CA", "d=NW x=2027-02-01"),  # a holiday is a day out
    ("Monday is a holiday, so Tuesday", "en_CA", "d=2027-02-02 x=2027-02-01"),
    ("Any day next week. Monday is the holiday though", "en_CA", "d=NW x=2027-02-01"),
    ("Tomorrow? No. Monday? No. Tuesday works", "en_CA", "d=2027-02-02 x=2027-01-29,2027-02-01"),  # each asked, then refused
    ("Vendredi? Non. Lundi? Non plus. Mardi ça va", "fr_CA", "d=2027-02-02 x=2027-01-29,2027-02-01"),
    ("Monday? nope. Wednesday? also no. Next week is better", "en_CA", "d=NW x=2027-02-01,2027-02-03"),
    ("Monday's no good... wait, actually Monday is fine, it's Tuesday that's bad", "en_CA", "d=2027-02-01 x=2027-02-02"),  # refusal taken back
    ("Le 3 c'est pas possible. Non attendez, le 3 ça va", "fr_CA", "d=2027-02-03"),
    ("Friday won't work. Oh wait, actually Friday works", "en_CA", "d=2027-01-29"),
    ("Pas ce lundi-ci, l'autre lundi", "fr_CA", "d=2027-02-08 x=2027-02-01"),  # the one after the one refused
    ("Pas ce vendredi, mais l'autre vendredi oui", "fr_CA", "d=2027-02-05 x=2027-01-29"),
    ("Pas avant 10 h svp, elle prend son temps le matin", "fr_CA", "h=10-20"),  # why not early, no wish for mornings
    ("Not before 10 please, she takes her time in the morning", "en_CA", "h=10-20"),
    ("Friday's bad, I mean next Friday. Any other day next week is good.", "en_CA", "d=NW x=2027-02-05"),  # which Friday is out
    ("Vendredi c'est pas bon, je veux dire vendredi prochain. N'importe quel autre jour la semaine prochaine.", "fr_CA", "d=NW x=2027-02-05"),
    ("Any day next week except Monday, I've got my flu shot. Oh and Wednesday too, I forgot the dentist", "en_CA",
     "d=NW x=2027-02-01,2027-02-03"),  # a day added to the refusal is that week's
    ("N'importe quel jour la semaine prochaine sauf lundi, j'ai mon vaccin. Ah pis mercredi aussi, j'avais oublié le dentiste", "fr_CA",
     "d=NW x=2027-02-01,2027-02-03"),
    ("Rien avant 11 h pis rien après 15 h", "fr_CA", "h=11-15"),  # both bounds, as 'nothing before... nothing after'
    ("Elle veut rien avant 10 h pis rien après 2 h", "fr_CA", "h=10-14"),
    ("She can't on the 2nd, 3rd or 4th. The 5th?", "en_CA", "d=2027-02-05 x=2027-02-02,2027-02-03,2027-02-04"),  # one refused list
    ("Elle peut pas le 2, le 3 ni le 4. Le 5?", "fr_CA", "d=2027-02-05 x=2027-02-02,2027-02-03,2027-02-04"),
    ("We can't do the 2nd, 3rd, or 4th", "en_CA", "x=2027-02-02,2027-02-03,2027-02-04"),
    ("anytime except the 3rd", "en_CA", "d=H x=2027-02-03"),  # a date ruled out, no option chosen
    ("Any time but the 3rd please", "en_CA", "d=H x=2027-02-03"),
    ("ni lundi ni mardi prochain", "fr_CA", "x=2027-02-01,2027-02-02"),  # both of next week, not every Monday
    ("neither Monday nor Tuesday next week", "en_CA", "x=2027-02-01,2027-02-02"),
    ("pas lundi ou mardi prochain", "fr_CA", "x=2027-02-01,2027-02-02"),
    ("Anything but evenings and Fridays", "en_CA", "h=8-17 x=2027-01-29,2027-02-05"),  # each out whole, not Friday evenings
    ("Tout sauf les soirs pis les vendredis", "fr_CA", "h=8-17 x=2027-01-29,2027-02-05"),
    ("Sorry to text on a Sunday. Tuesday or Thursday afternoon.", "en_CA", "d=2027-02-02,2027-02-04 h=12-17"),  # manners, no wish
    ("Mardi ou jeudi après-midi. Merci et bon dimanche!", "fr_CA", "d=2027-02-02,2027-02-04 h=12-17"),
    ("Bon matin (ben, bon après-midi rendu là). Jeudi entre 10h pis midi", "fr_CA", "d=2027-02-04 h=10-12"),
    ("Tuesday afternoon. Have a blessed Sunday", "en_CA", "d=2027-02-02 h=12-17"), ("Mardi après-midi. Bonne fête du Canada!", "fr_CA", "d=2027-02-02 h=12-17"),
    ("Désolée de vous écrire si tard le soir. Mardi après-midi.", "fr_CA", "d=2027-02-02 h=12-17"),
    ("Vendredi, ou lundi au pire", "fr_CA", "d=2027-01-29,2027-02-01"),  # a fallback, not a refusal
    ("I got your letter on Monday. Tuesday afternoon would be good.", "en_CA", "d=2027-02-02 h=12-17"),  # news, in the past
    ("The storm on Monday knocked our power out. Tuesday afternoon would be good.", "en_CA", "d=2027-02-02 h=12-17"),
    ("Avec la tempête de lundi on a manqué d'électricité. Mardi après-midi ce serait bien.", "fr_CA", "d=2027-02-02 h=12-17"),
    ("Tuesday works, any time before supper", "en_CA", "d=2027-02-02 h=8-17"),  # before the meal, not around it
    ("Monday or Tuesday? not before 11 i work nights", "en_CA", "d=2027-02-01,2027-02-02 h=11-20"),  # read as if a comma were there
    ("Tuesday after 2 i have physio in the morning", "en_CA", "d=2027-02-02 h=14-20"),
    ("Mardi, n'importe quand avant le souper", "fr_CA", "d=2027-02-02 h=8-17"),
    ("Got the letter about the 6 month check. Tuesday works", "en_CA", "d=2027-02-02"),  # how often, not the 6th
    ("Je serai absente du 1er au 5 février. L'après-midi de préférence.", "fr_CA", "h=12-17 x=2027-02-01..2027-02-05"),
    ("Next week is chaos. The week after, any afternoon.", "en_CA", "d=2027-02-08..2027-02-12 h=12-17 x=2027-02-01..2027-02-05"),
    ("I'm at my sister's until Tuesday. Wednesday, Thursday or Friday after that.", "en_CA", "d=2027-02-03..2027-02-05 x=2027-01-28..2027-02-02"),  # each after
    ("We're home all week except Friday", "en_CA", "d=2027-01-28 x=2027-01-29"), ("On est à la maison toute la semaine sauf vendredi", "fr_CA", "d=2027-01-28 x=2027-01-29"),
    ("The week of the 8th, mornings. She's away the week after.", "en_CA", "d=2027-02-08..2027-02-12 h=8-12 x=2027-02-15..2027-02-19"),  # after the week named
    ("La semaine du 8, le matin. Elle est au chalet la semaine d'après.", "fr_CA", "d=2027-02-08..2027-02-12 h=8-12 x=2027-02-15..2027-02-19"),
    ("She's at the cottage from Saturday until Feb 7th. So tomorrow, or after she's back. Mornings best.", "en_CA",
     "d=2027-01-29,2027-02-08..2027-02-19 h=8-12 x=2027-02-01..2027-02-05"),  # she leaves after the day wished
    ("She's at the cottage from Saturday until Feb 7th. Tomorrow works, mornings.", "en_CA", "d=2027-01-29 h=8-12 x=2027-02-01..2027-02-05"),
    ("Mom can't do mornings, she sleeps late. 2pm or later", "en_CA", "h=14-20"),  # a bound with its pm
    ("Le technicien peut-tu passer pendant que maman est à son club jeudi après-midi?", "fr_CA", "d=2027-02-04 h=12-17"),  # asked for then
    ("Could the tech come while Mom is at her bridge club Friday afternoon? I'll be there", "en_CA", "d=2027-01-29 h=12-17"),
    ("She's at my sister's, back probably the 3rd. After that any morning", "en_CA", "d=2027-02-04..2027-02-17 h=8-12 x=2027-01-28..2027-02-03"),
    ("Il est à l'hôpital, il revient normalement mardi. Après ça n'importe quand", "fr_CA", "d=2027-02-03..2027-02-16 x=2027-01-28..2027-02-02"),
    ("Dad's in the hospital again, they're saying maybe home by Monday. Tuesday or Wednesday next week?", "en_CA",
     "d=2027-02-02,2027-02-03 x=2027-01-28..2027-02-01"),  # a return said with a doubt
    ("Pas mardi, elle a sa physio. Autrement on est flexibles", "fr_CA", "d=H x=2027-02-02,2027-02-09"),  # 'autrement': any other time
    ("Pas vendredi, c'est sa coiffeuse. À part ça on est flexible", "fr_CA", "d=H x=2027-01-29,2027-02-05"),
    ("Je travaille jusqu'à 16 h, je peux être chez elle pour 16 h 30", "fr_CA", "h=16.5-20"),  # there by then: from then
    ("je serai là pour 17 h jeudi", "fr_CA", "d=2027-02-04 h=17-20"),
    ("Mornings are best, before her day program pick-up at 11", "en_CA", "h=8-11"),  # before what comes at 11: before 11
    ("le matin avant son transport adapté à 11 h", "fr_CA", "h=8-11"),
    ("My sister and I share Mom's care. This week I'm there Friday, next week it's her", "en_CA", "d=2027-01-29"),  # her turn: no wish
    ("Cette semaine c'est moi, vendredi. La semaine prochaine c'est au tour de mon frère", "fr_CA", "d=2027-01-29"),
    ("Il a l'hôpital de jour les mardis jusqu'à la fin du mois. Les autres jours c'est beau", "fr_CA", "d=H x=2027-02-02,2027-02-09"),  # how long the habit lasts
    ("He has physio Tuesdays until the end of the month, any other day is fine", "en_CA", "d=H x=2027-02-02,2027-02-09"),
    ("We have Dad up at the cottage with us until Feb 5, after that anytime", "en_CA", "d=2027-02-06..2027-02-19 x=2027-01-28..2027-02-05"),
    ("On a maman avec nous au chalet jusqu'au 5 février, après ça n'importe quand", "fr_CA", "d=2027-02-06..2027-02-19 x=2027-01-28..2027-02-05"),
    ("Dad has dialysis MWF so Tues or Thurs", "en_CA", "d=2027-02-02,2027-02-04 x=2027-01-29,2027-02-01,2027-02-03,2027-02-05,2027-02-08,2027-02-10"),
    ("Papa a sa physio T/Th, les autres jours c'est correct", "fr_CA", "d=H x=2027-01-28,2027-02-02,2027-02-04,2027-02-09"),  # MWF, T/Th: weekly
    ("Can't do Tuesday, Mom has her eye injections in the morning and she's wiped out after. Wednesday any time", "en_CA", "d=2027-02-03 x=2027-02-02"),
    ("Pas mardi, elle a ses injections le matin pis elle est épuisée après. Mercredi n'importe quand", "fr_CA", "d=2027-02-03 x=2027-02-02"),  # all day
    ("Need to reschedule Tuesday, I can't do it. How about Friday?", "en_CA", "d=2027-01-29"),  # the day moved from is no wish
    ("Can we push it back to next week?", "en_CA", "d=NW"), ("On peut-tu remettre ça à lundi?", "fr_CA", "d=2027-02-01"),
    ("Faut changer le rendez-vous de mardi, n'importe quel après-midi la semaine prochaine", "fr_CA", "d=NW h=12-17"),
    ("need to reschedule, tomorrow's no good, monday morning?", "en_CA", "d=2027-02-01 h=8-12 x=2027-01-29"),
    ("Any day next week but not before 10 he's slow in the mornings", "en_CA", "d=NW h=10-20"),  # the reason explains the bound
    ("Mardi prochain mais pas avant 10 h elle est lente le matin", "fr_CA", "d=2027-02-02 h=10-20"),
    ("Elle veut personne après 4 h parce qu'elle est fatiguée. N'importe quel jour la semaine prochaine.", "fr_CA", "d=NW h=8-16"),    ("demain à matin ça serait parfait", "fr_CA", "d=2027-01-29 h=8-12"),  # joual: tomorrow's morning, not this one
    ("lundi à soir", "fr_CA", "d=2027-02-01 h=17-20"),
    ("c'te semaine c'est pas bon on part pour Cuba. La semaine prochaine ok", "fr_CA", "d=NW x=2027-01-28..2027-01-29"),  # unpunctuated: the refusal, then why
    ("vendredi c'est pas bon on part pour Québec, lundi oui", "fr_CA", "d=2027-02-01 x=2027-01-29"),
    ("Friday's no good we're leaving for Florida, Monday works", "en_CA", "d=2027-02-01 x=2027-01-29"),
    ("Dins alentours de 11h vendredi", "fr_CA", "d=2027-01-29 h=10-13"),  # approximate, like 'vers 11 h'
    ("lundi 2h environ", "fr_CA", "d=2027-02-01 h=13-16"),
    ("lundi su'l bord de 2h", "fr_CA", "d=2027-02-01 h=13-16"),
    ("vendredi 10h ou 10h30", "fr_CA", "d=2027-01-29 h=9.5-12.5"),  # either time: from the first to the second
    ("Friday at 10 or 11", "en_CA", "d=2027-01-29 h=9.5-13"),
    ("Tuesday 2 or 3pm", "en_CA", "d=2027-02-02 h=13.5-17"),  # a bare hour sharing the next one's pm, not the 2nd
    ("mercredi 1 ou 2 h", "fr_CA", "d=2027-02-03 h=12.5-16"),
    ("Monday 9 or 10 am", "en_CA", "d=2027-02-01 h=8.5-12"),
    ("Friday at 10 or 3pm", "en_CA", "d=2027-01-29 h=9.5-17"),  # a morning hour stays in the morning
    ("mercredi 9 ou 9 h 30", "fr_CA", "d=2027-02-03 h=8.5-11.5"),  # the hour, then the half hour: not the 9th
    ("Wednesday 1 or 1:30", "en_CA", "d=2027-02-03 h=12.5-15.5"),
    ("vendredi 11 ou 1 h", "fr_CA", "d=2027-01-29 h=10.5-15"),
    ("dans 2-3 semaines", "fr_CA", "d=2027-02-08..2027-02-19"),  # weeks, not the hours 2 to 3
    ("in 2 or 3 weeks", "en_CA", "d=2027-02-08..2027-02-19"),
    ("vendredi après l'dîner", "fr_CA", "d=2027-01-29 h=13-17"),  # spoken 'l'' for 'le'
    ("vendredi avant l'dîner", "fr_CA", "d=2027-01-29 h=8-12"),
    ("Tuesday after dîner works", "en_CA", "d=2027-02-02 h=13-17"),  # French's midday meal in an English reply
    ("My son can come vendredi after dîner", "en_CA", "d=2027-01-29 h=13-17"),
    ("La semaine prochaine pas avant mercredi", "fr_CA", "d=2027-02-03..2027-02-05"),  # next week from that day, with no comma between
    ("la semaine prochaine à partir de jeudi", "fr_CA", "d=2027-02-04,2027-02-05"),
    ("next week from Wednesday on", "en_CA", "d=2027-02-03..2027-02-05"),
    ("Monday I have the doctor in the morning, but after 12 I'm free. Otherwise Tuesday any time.", "en_CA",
     "d=2027-02-01,2027-02-02 x=2027-02-01@8-12"),  # the hours after a busy morning are that day's, not the next wish's
    ("Lundi j'ai le médecin le matin, mais après 12h je suis libre. Sinon mardi n'importe quand.", "fr_CA", "d=2027-02-01,2027-02-02 x=2027-02-01@8-12"),
    ("Lundi j'ai ma prise de sang le matin, mais après ça je suis libre. Sinon mardi n'importe quand.", "fr_CA",
     "d=2027-02-01,2027-02-02 x=2027-02-01@8-12"),  # 'after that': after the busy morning
    ("Monday I have bloodwork in the morning but I'm free after that. Or Tuesday any time.", "en_CA", "d=2027-02-01,2027-02-02 x=2027-02-01@8-12"),
    ("Lundi, mardi, c'est pas bon. Le reste de la semaine prochaine ça va.", "fr_CA", "d=2027-02-03..2027-02-05 x=2027-02-01,2027-02-02"),  # days listed with commas, then refused
    ("Monday, Tuesday are no good. The rest of next week is fine.", "en_CA", "d=2027-02-03..2027-02-05 x=2027-02-01,2027-02-02"),
    ("On part en Floride le 5 février, faudrait que ce soit avant", "fr_CA", "d=2027-01-28..2027-02-04"),  # before the date told just before
    ("We fly to Florida on February 5th, so before that please", "en_CA", "d=2027-01-28..2027-02-04"),
    ("vendredi 1-3h", "fr_CA", "d=2027-01-29 h=13-15"),  # a range of hours, the 'h' after the second
    ("vendredi 13h-15h", "fr_CA", "d=2027-01-29 h=13-15"),
    ("en début de semaine prochaine", "fr_CA", "d=2027-02-01,2027-02-02"),  # with or without 'la'
    ("pas l'après-midi", "fr_CA", "d=H h=8-12"),  # the part ruled out, written either way
    ("pas en pm", "fr_CA", "d=H h=8-12"),
    ("pas en am", "fr_CA", "d=H h=12-20"),
    ("vendredi passé midi", "fr_CA", "d=2027-01-29 h=12-20"),  # after noon, not last Friday
    ("Mornings are slow for him", "en_CA", "d=H h=12-20"),  # a slow part of day is one to avoid
    ("Friday afternoon if the tech gets lost my address is 12 Elm", "en_CA", "d=2027-01-29 h=12-17"),  # getting lost is no past news
    ("Friday afternoon I'm at 613-555-0142 if you need me", "en_CA", "d=2027-01-29 h=12-17"),  # a number to reach, not a place
    ("Vendredi après-midi, je suis au 613-555-0142 si besoin", "fr_CA", "d=2027-01-29 h=12-17"),
    ("The only time I can't, it's Monday and Wednesday mornings. Otherwise anytime next week.", "en_CA",
     "d=NW x=2027-02-01@8-12,2027-02-03@8-12,2027-02-08@8-12,2027-02-10@8-12"),  # what 'the only time I can't' is comes after the comma
    ("Le seul temps où elle peut pas, c'est les avant-midis du lundi. Sinon n'importe quand la semaine prochaine.", "fr_CA",
     "d=NW x=2027-02-01@8-12,2027-02-08@8-12"),
    ("N'importe quel jour la semaine prochaine sauf le mardi, c'est la journée du bain.", "fr_CA", "d=NW x=2027-02-02,2027-02-09"),  # 'le' with a weekly day: every one
    ("On est là tous les jours sauf le mercredi, c'est notre journée d'épicerie. Demain ou la semaine prochaine.", "fr_CA", "d=2027-01-29,NW x=2027-02-03,2027-02-10"),
    ("La semaine prochaine, pas le lundi, c'est sa journée de physio.", "fr_CA", "d=NW x=2027-02-01,2027-02-08"),
    ("Tuesday would suit me best, either this one or next.", "en_CA", "d=2027-02-02,2027-02-09"),  # that weekday in each week
    ("My husband is home Fridays, so a Friday is best, this week or next.", "en_CA", "d=2027-01-29,2027-02-05"),
    ("Lundi ou mardi, cette semaine ou la prochaine", "fr_CA", "d=2027-02-01,2027-02-02,2027-02-08,2027-02-09"),
    ("Friday's no good. Next week Monday to Wednesday, afternoons.", "en_CA", "d=2027-02-01..2027-02-03 h=12-17 x=2027-01-29"),  # that week's days, no habit
    ("Vendredi ça marche pas. La semaine prochaine du lundi au mercredi, les après-midis.", "fr_CA", "d=2027-02-01..2027-02-03 h=12-17 x=2027-01-29"),
    ("Mom has her treatments Monday, Wednesday, Friday. Tuesday or Thursday next week?", "en_CA",
     "d=2027-02-02,2027-02-04 x=2027-01-29,2027-02-01,2027-02-03,2027-02-05,2027-02-08,2027-02-10"),  # three busy days: every week
    ("Il travaille lundi mardi mercredi. Jeudi ou vendredi prochain", "fr_CA",
     "d=2027-02-04,2027-02-05 x=2027-02-01,2027-02-02,2027-02-03,2027-02-08,2027-02-09,2027-02-10"),
    ("Tuesday morning Dad has the foot clinic. Afternoon is fine", "en_CA", "d=2027-02-02 h=12-17 x=2027-02-02@8-12"),  # that day's other part
    ("Mardi avant-midi elle a sa coiffeuse. En après-midi ça irait", "fr_CA", "d=2027-02-02 h=12-17 x=2027-02-02@8-12"),
    ("Le 9 à midi ça irait", "fr_CA", "d=2027-02-09 h=11-14"),  # a date at noon: the meal, not the hours from 9 to noon
    ("mardi le 2 à midi?", "fr_CA", "d=2027-02-02 h=11-14"),
    ("Demain matin j'ai la coiffeuse pis lundi j'ai mon scan à l'hôpital. Mardi ça irait.", "fr_CA",
     "d=2027-02-02 x=2027-01-29@8-12,2027-02-01"),  # tomorrow's part, then the other day is out all day
    ("Tomorrow morning the foot nurse comes and Monday my daughter takes me to the clinic. Tuesday is good.", "en_CA",
     "d=2027-02-02 x=2027-01-29@8-12,2027-02-01"),
    ("Mom's at the General and they're planning discharge for Monday. Wednesday works.", "en_CA",
     "d=2027-02-03 x=2027-01-28..2027-02-01"),  # in hospital until the discharge day
    ("Papa est à l'hôpital, ils vont le laisser sortir lundi. Mercredi ça irait.", "fr_CA", "d=2027-02-03 x=2027-01-28..2027-02-01"),
    ("Monday morning she sees the foot doctor but the afternoon is good", "en_CA", "d=2027-02-01 h=12-17 x=2027-02-01@8-12"),  # that day's other part
    ("Lundi matin elle a son rendez-vous chez le médecin, mais l'après-midi c'est beau", "fr_CA", "d=2027-02-01 h=12-17 x=2027-02-01@8-12"),
    ("I'm going to my sister's from February 1st to the 5th. The week of the 8th then.", "en_CA",
     "d=2027-02-08..2027-02-12 x=2027-02-01..2027-02-05"),  # away for a span whose month comes first
    ("We're heading to Kingston from February 2nd to the 4th, so Monday the 1st or Friday the 5th.", "en_CA", "d=2027-02-01,2027-02-05 x=2027-02-02..2027-02-04"),
    ("On va chez ma fille mardi. La semaine prochaine, le mercredi ou le jeudi.", "fr_CA", "d=2027-02-03,2027-02-04 x=2027-02-02"),  # 'le mercredi' of a week named is no habit
    ("Je suis chez le dentiste lundi. Venez la semaine prochaine, le mardi ou le vendredi.", "fr_CA", "d=2027-02-02,2027-02-05 x=2027-02-01"),
    ("Next week or in two weeks, any afternoon.", "en_CA", "d=2027-02-01..2027-02-12 h=12-17"),  # both weeks
    ("Mardi ou jeudi, la semaine prochaine ou dans deux semaines.", "fr_CA", "d=2027-02-02,2027-02-04,2027-02-09,2027-02-11"),
    ("Tuesday I have the nurse. Monday I'd say, after lunch, because mornings I'm slow.", "en_CA", "d=2027-02-01 h=13-17 x=2027-02-02"),  # a reason's plural part makes no habit
    ("Mardi j'ai l'infirmière. Lundi ce serait bien, après le dîner, parce que les matins je suis lente.", "fr_CA", "d=2027-02-01 h=13-17 x=2027-02-02"),
    ("Monday would be great or any day really, except Wednesday", "en_CA", "d=H x=2027-02-03,2027-02-10"),  # any day at all, but that weekday
    ("Lundi ce serait bien ou n'importe quel jour, sauf mercredi", "fr_CA", "d=H x=2027-02-03,2027-02-10"),
    ("Friday works or any time, just not Tuesday", "en_CA", "d=H x=2027-02-02,2027-02-09"),
    ("Il sort de l'hôpital mardi. Le CLSC vient tous les matins pour ses pansements. Donc l'après-midi, à partir de jeudi", "fr_CA",
     "d=2027-02-04..2027-02-17 h=12-17 x=2027-01-28..2027-02-02"),  # mornings out on no day: any afternoon
    ("Any day works for us, just not first thing", "en_CA", "d=H x=2027-01-28@8-10,2027-01-29@8-10,2027-02-01@8-10,2027-02-02@8-10,2027-02-03@8-10,2027-02-04@8-10,2027-02-05@8-10,2027-02-08@8-10,2027-02-09@8-10,2027-02-10@8-10"),  # those hours of each day, as with named days
    ("N'importe quel jour, mais pas à la première heure", "fr_CA", "d=H x=2027-01-28@8-10,2027-01-29@8-10,2027-02-01@8-10,2027-02-02@8-10,2027-02-03@8-10,2027-02-04@8-10,2027-02-05@8-10,2027-02-08@8-10,2027-02-09@8-10,2027-02-10@8-10"),
    ("Mom had her knee done on the 3rd and she can't get up before 10. Monday works", "en_CA", "d=2027-02-01 h=10-20"),  # the news dropped, the bound kept
    ("Il a eu son opération le 12 pis il peut pas se lever avant 10 h. Lundi c'est correct", "fr_CA", "d=2027-02-01 h=10-20"),
    ("Next week is better than this week for Mom", "en_CA", "d=NW"),  # the one preferred, the other neither wished nor out
    ("Mardi c'est mieux que lundi pour nous", "fr_CA", "d=2027-02-02"),
    ("He's at the day centre every day except Tuesday. Tuesday works", "en_CA",
     "d=2027-02-02 x=2027-01-28,2027-01-29,2027-02-01,2027-02-03,2027-02-04,2027-02-05,2027-02-08,2027-02-10"),  # busy but one day: the others out
    ("Elle est au centre de jour tous les jours sauf le vendredi. Vendredi ça irait", "fr_CA",
     "d=2027-01-29 x=2027-01-28,2027-02-01,2027-02-02,2027-02-03,2027-02-04,2027-02-08,2027-02-09,2027-02-10"),
    ("Vendredi matin... non, oubliez ça, vendredi après-midi", "fr_CA", "d=2027-01-29 h=12-17"),  # taken back, not ruled out
    ("Friday morning, no, forget that, Monday", "en_CA", "d=2027-02-01"),
    ("La semaine prochaine, son déjeuner prend du temps, pas avant 10 h 30", "fr_CA", "d=NW h=10.5-20"),  # the meal explains the bound
    ("Any day next week, his breakfast takes forever, not before 10", "en_CA", "d=NW h=10-20"),
    ("I'm home today until 3", "en_CA", "d=2027-01-28 h=8-15"),  # the day said between 'home' and 'until' stays
    ("Je suis là demain jusqu'à midi", "fr_CA", "d=2027-01-29 h=8-12"),
    ("She has tests at the Civic until the 3rd. Any afternoon after that.", "en_CA",
     "d=2027-02-04..2027-02-17 h=12-17 x=2027-01-28..2027-02-03"),  # busy with appointments until a date: away until then
    ("Il a des rendez-vous jusqu'au 2. Après ça n'importe quand.", "fr_CA", "d=2027-02-03..2027-02-16 x=2027-01-28..2027-02-02"),
    ("LE MATIN SEULEMENT PAS DAPRES MIDI", "fr_CA", "h=8-12"),  # 'pas d'après-midi' without its apostrophe: no afternoon, not 'after noon'
    ("vendredi pas dapres midi", "fr_CA", "d=2027-01-29 h=8-12"),
    ("lundi, jamais davant midi", "fr_CA", "d=2027-02-01 h=12-20"),
    ("Not Monday, I have bingo every Monday. Tuesday to Thursday is fine.", "en_CA",
     "d=2027-01-28,2027-02-02,2027-02-03,2027-02-04,2027-02-09,2027-02-10 x=2027-02-01,2027-02-08"),  # a span of weekdays after a habit: a habit too
    ("Pas vendredi, ma fille m'amène à l'épicerie tous les vendredis. Du lundi au jeudi c'est beau.", "fr_CA",
     "d=H x=2027-01-29,2027-02-05"),
    ("Dad doesn't hear a thing on the phone, so text me. Monday after lunch works", "en_CA", "d=2027-02-01 h=13-17"),  # why to text, no call asked
    ("Mon oncle entend pas ben ben au téléphone. Lundi toute la journée c'est correct", "fr_CA", "d=2027-02-01"),
    ("The only day I can get off before the 5th is Tuesday the 2nd", "en_CA", "d=2027-02-02"),  # the day within the bound, not the bound
    ("Le seul jour que mon gars est libre avant le 5 c'est mardi le 2", "fr_CA", "d=2027-02-02"),
    ("My son is off on Fridays, so a Friday is best, next week or the week after.", "en_CA", "d=2027-02-05,2027-02-12"),  # that weekday of each week
    ("Elle est libre les mercredis, faque un mercredi, la semaine prochaine ou celle d'après.", "fr_CA", "d=2027-02-03,2027-02-10"),
    ("Could you come before my party on February 6th? Monday or Tuesday next week.", "en_CA", "d=2027-02-01,2027-02-02"),  # a deadline, no busy day
    ("Before he goes to his daughter's on the 6th, any afternoon", "en_CA", "d=2027-01-28..2027-02-05 h=12-17"),
    ("Avant sa fête le 6, n'importe quel matin", "fr_CA", "d=2027-01-28..2027-02-05 h=8-12"),
    ("Any day before February 5th", "en_CA", "d=2027-01-28..2027-02-04"),  # the days before it, not that day
    ("Any afternoon, but not the 8th (surgery) and not the 9th either, my son says I shouldn't have visitors the day after.", "en_CA",
     "d=H h=12-17 x=2027-02-08,2027-02-09"),  # 'the day after' says why the 9th is out
    ("Next Monday morning, no, I have the dentist. In the afternoon, after 3.", "en_CA", "d=2027-02-01 h=15-17 x=2027-02-01@8-12"),  # the refusal used the 'no': the bound narrows the afternoon
    ("Vendredi prochain en avant-midi, non, j'ai ma physio. L'après-midi, après 14 h, ça va.", "fr_CA", "d=2027-02-05 h=14-17 x=2027-02-05@8-12"),
    ("Dad is flying to Phoenix on the 15th. Next Tuesday would be good.", "en_CA", "d=2027-02-02"),  # a departure is news, not a wish
    ("Leaving for Arizona on the 9th. Monday?", "en_CA", "d=2027-02-01"),
    ("Mardi vers 14 h, ah non finalement mercredi vers 14 h", "fr_CA", "d=2027-02-03 h=13-16"),  # an interjection before the 'non' that corrects
    ("Tuesday morning, oh no actually Wednesday", "en_CA", "d=2027-02-03 h=8-12"),
    ("mardi matin oh non en fait mercredi", "fr_CA", "d=2027-02-03 h=8-12"),  # the same, unpunctuated
    ("Dans l'boutte de 10 h vendredi", "fr_CA", "d=2027-01-29 h=9-12"),  # 'dans l'boutte de': as approximate as 'vers'
    ("mardi dans le boutte de 1 h 30", "fr_CA", "d=2027-02-02 h=12.5-15.5"),
    ("Lundi, dins les bouttes de 2 h", "fr_CA", "d=2027-02-01 h=13-16"),
    ("Monday early morning before the nurse comes", "en_CA", "d=2027-02-01 h=8-10"),  # why the wish is early, no busy time
    ("Lundi de bonne heure, avant que l'infirmière arrive", "fr_CA", "d=2027-02-01 h=8-10"),
    ("Friday morning before the PSW gets here", "en_CA", "d=2027-01-29 h=8-12"),
    ("Pas avant 9 h mardi, le transport adapté passe à 8 h", "fr_CA", "d=2027-02-02 h=10-20"),  # paratransit is busy like a nurse's visit
    ("Jeudi prochain pas avant 9 h, le transport adapté vient le chercher à 8 h", "fr_CA", "d=2027-02-04 h=10-20"),
    ("Lundi après 9 h, le transport adapté le ramène à 8 h 30", "fr_CA", "d=2027-02-01 h=10.5-20"),
    ("La fin de semaine, je travaille la semaine", "fr_CA", "d=2027-01-30,2027-01-31"),  # why the weekend, not a refusal of it
    ("Juste en fin de semaine, ma fille travaille à Ottawa en semaine", "fr_CA", "d=2027-01-30,2027-01-31"),
    ("Saturday or Sunday, I work during the week", "en_CA", "d=2027-01-30,2027-01-31"),
    ("Can't make the 2nd like we said. Would Wednesday the 3rd be OK?", "en_CA", "d=2027-02-03 x=2027-02-02"),  # the plan agreed, refused
    ("Je peux pas le 2 comme on avait dit, mercredi plutôt", "fr_CA", "d=2027-02-03 x=2027-02-02"),
    ("Le 2, ça marche plus. Mercredi?", "fr_CA", "d=2027-02-03 x=2027-02-02"),  # 'ne... plus': no longer
    ("Lundi ça m'adonne plus, mardi le 2 oui", "fr_CA", "d=2027-02-02 x=2027-02-01"),
    ("Je peux plus vendredi, lundi?", "fr_CA", "d=2027-02-01 x=2027-01-29"),
    ("Thursday the 4th, not before ten", "en_CA", "d=2027-02-04 h=10-20"),  # a bound with the hour in words
    ("Tuesday afternoon, after two", "en_CA", "d=2027-02-02 h=14-17"),
    ("Friday before eleven please", "en_CA", "d=2027-01-29 h=8-11"),
    ("Lundi, pas avant onze", "fr_CA", "d=2027-02-01 h=11-20"),
    ("He works shifts and he's off this Friday, any time before 2", "en_CA", "d=2027-01-29 h=8-14"),  # off: free, after the work that is not
    ("She works at the hospital and she's off next Monday", "en_CA", "d=2027-02-01"),
    ("Ma fille travaille de soir pis elle est libre ce vendredi", "fr_CA", "d=2027-01-29 h=8-17"),
    ("Merci pour le message de lundi. Je suis libre demain ou mardi en avant-midi", "fr_CA", "d=2027-01-29,2027-02-02 h=8-12"),  # the message's day is past
    ("Thanks for your text on Monday, I'm free tomorrow", "en_CA", "d=2027-01-29"),
    ("Merci pour votre appel de mardi, vendredi ça marche", "fr_CA", "d=2027-01-29"),
    ("A week tomorrow, in the morning", "en_CA", "d=2027-02-05 h=8-12"),  # a week on from that day
    ("a week on Tuesday", "en_CA", "d=2027-02-09"),
    ("Tuesday week after 2", "en_CA", "d=2027-02-09 h=14-20"),
    ("demain en huit", "fr_CA", "d=2027-02-05"),
    ("The 3rd Thursday of the month", "en_CA", "d=2027-02-18"),  # this month's has passed: next month's
    ("le troisième jeudi du mois", "fr_CA", "d=2027-02-18"),
    ("le 2e mardi du mois en après-midi", "fr_CA", "d=2027-02-09 h=12-17"),
    ("The 4th Wednesday of February, after lunch", "en_CA", "d=2027-02-24 h=13-17"),  # the 4th is no date of its own
    ("J'ai de la visite lundi. Mardi ça va", "fr_CA", "d=2027-02-02 x=2027-02-01"),  # 'avoir de la visite': guests, a busy day
    ("Vendredi on a de la visite, lundi ça adonne", "fr_CA", "d=2027-02-01 x=2027-01-29"),
    ("Le 3 ça serait bien. Le 2 je vais avoir de la visite toute la journée.", "fr_CA", "d=2027-02-03 x=2027-02-02"),
    ("Venez jeudi prochain, ça va me faire de la visite", "fr_CA", "d=2027-02-04"),  # the visit itself is the company
    ("Monday at the dinner hour, noon", "en_CA", "d=2027-02-01 h=11-14"),  # 'dinner' said to be at noon: the midday meal
    ("Tuesday, dinner time, around noon", "en_CA", "d=2027-02-02 h=11-14"), ("Friday at dinner", "en_CA", "d=2027-01-29 h=16-19"),
    ("I got in Sunday night. Tuesday or Wednesday", "en_CA", "d=2027-02-02,2027-02-03"),  # an arrival or a departure is news, its night no wish
    ("My son arrives Sunday and leaves Thursday night. So Tuesday or Wednesday, any time", "en_CA", "d=2027-02-02,2027-02-03"),
    ("Ma fille arrive dimanche pis repart jeudi soir. Mardi ou mercredi, n'importe quand.", "fr_CA", "d=2027-02-02,2027-02-03"),
    ("We are snowbirds and leave for Florida on the 6th. Tuesday or Wednesday morning?", "en_CA", "d=2027-02-02,2027-02-03 h=8-12"),  # a departure, not a wish
    ("They head south on the 10th, Monday works", "en_CA", "d=2027-02-01"),
    ("Mom and I fly to Cuba on the 9th. Monday?", "en_CA", "d=2027-02-01"),
    ("Good afternoon (or morning!). Tomorrow is no good, but Tuesday anytime is fine.", "en_CA", "d=2027-02-02 x=2027-01-29"),  # a greeting for whenever it is read
    ("Good morning or afternoon, Monday anytime is fine.", "en_CA", "d=2027-02-01"),
    ("Good morning (or good evening, whenever you read this). Friday works", "en_CA", "d=2027-01-29"),
    ("friends visiting monday so tuesday is better", "en_CA", "d=2027-02-02 x=2027-02-01"),  # visitors make a busy day
    ("Company coming Monday, so Tuesday is better", "en_CA", "d=2027-02-02 x=2027-02-01"),
    ("I leave on the 9th, next Tuesday?", "en_CA", "d=2027-02-02"),
    ("Ma fille vient dîner lundi, venez donc en même temps", "fr_CA", "d=2027-02-01 h=11-14"),  # the family's visit is the time wished
    ("My daughter comes for lunch on Monday, come at the same time", "en_CA", "d=2027-02-01 h=11-14"),
    ("Mon gars vient souper mercredi, venez en même temps", "fr_CA", "d=2027-02-03 h=16-19"),
    ("Her birthday is Monday and we're taking her out for the day. Tuesday or Wednesday works", "en_CA", "d=2027-02-02,2027-02-03 x=2027-02-01"),  # busy with her
    ("C'est ma fête lundi pis je vais avoir de la visite toute la journée. Mardi ou mercredi.", "fr_CA", "d=2027-02-02,2027-02-03 x=2027-02-01"),
    ("Lundi on a de la visite. Mardi ou mercredi ça adonne.", "fr_CA", "d=2027-02-02,2027-02-03 x=2027-02-01"),
    ("next Wednes day", "en_CA", "d=2027-02-03"), ("any time next week but Wednes day", "en_CA", "d=2027-02-01,2027-02-02,2027-02-04,2027-02-05 x=2027-02-03"),  # a day name split in two, the first half capitalised
    ("ok for Thurs day after 2", "en_CA", "d=2027-02-04 h=14-20"),
    ("Wednes day in the for noon", "en_CA", "d=2027-02-03 h=8-12"), ("mercredi lapremidi", "fr_CA", "d=2027-02-03 h=12-17"),  # shorthand, never split
    ("Friday at quarter passed one", "en_CA", "d=2027-01-29 h=12.75-15.25"), ("Monday half passed ten", "en_CA", "d=2027-02-01 h=10-12.5"),  # dictation's 'passed': a clock time, no death
    ("jeudi prochain vers mdi", "fr_CA", "d=2027-02-04 h=11-14"), ("demain apres mdi", "fr_CA", "d=2027-01-29 h=12-17"),  # 'midi' without its vowel
    ("Il a ses cartes les mardis après-midi pis y'a le CLSC le jeudi matin. La semaine prochaine ça irait.", "fr_CA",
     "d=NW x=2027-01-28@8-12,2027-02-02@12-17,2027-02-04@8-12,2027-02-09@12-17"),  # each day its own part, past an elided word
    ("Son bain c'est le lundi matin pis y'a l'ergo le mercredi après-midi. La semaine prochaine.", "fr_CA",
     "d=NW x=2027-02-01@8-12,2027-02-03@12-17,2027-02-08@8-12,2027-02-10@12-17"),
    ("pas dispo c te semaine, la semaine prochaine oui", "fr_CA", "d=NW x=2027-01-28..2027-01-29"),  # 'cette' said as 'c'te', typed with a space
    ("jsuis pas la c te semaine ni la semaine prochaine", "fr_CA", "x=2027-01-28..2027-02-05"), ("pas c't semaine, la semaine prochaine", "fr_CA", "d=NW x=2027-01-28..2027-01-29"),
    ("vendredi après-midi ça mar che", "fr_CA", "d=2027-01-29 h=12-17"), ("mercredi en avant-midi, est-ce que ça mar che?", "fr_CA", "d=2027-02-03 h=8-12"),  # a word cut in two, not Tuesday
    ("mer de 1 h à 3 h", "fr_CA", "d=2027-02-03 h=13-15"),  # 'de' is a word: Wednesday's shorthand
])
def test_a_reply_resolves_to_the_windows_its_label_gives(text: str, locale: str, label: str) -> None:
    heard = understand(text, THURSDAY, locale)
    assert agrees(Row(text, locale, "when", label, THURSDAY), heard), heard


@pytest.mark.parametrize("text, locale, hours", [
    ("Friday at 10 or the 2nd at 2", "en_CA", {"2027-01-29": (9.5, 12), "2027-02-02": (13.5, 16)}),
    ("vendredi à 10 h ou le 2 à 14 h", "fr_CA", {"2027-01-29": (9.5, 12), "2027-02-02": (13.5, 16)}),
    ("Friday morning or Monday after 3", "en_CA", {"2027-01-29": (8, 12), "2027-02-01": (15, 20)}),
    ("vendredi en avant-midi ou lundi après 15 h", "fr_CA", {"2027-01-29": (8, 12), "2027-02-01": (15, 20)}),
    ("Friday at 10 and Monday at 2 both work", "en_CA", {"2027-01-29": (9.5, 12), "2027-02-01": (13.5, 16)}),  # 'at 2 both' is no address
    ("Tuesday after 10 or any time Wednesday", "en_CA", {"2027-02-02": (10, 20), "2027-02-03": (8, 20)}),  # the other day is all of it
    ("lundi après 13 h ou mardi n'importe quand", "fr_CA", {"2027-02-01": (13, 20), "2027-02-02": (8, 20)}),
    ("Monday I have the dentist in the morning, so Monday after 1 or Tuesday anytime", "en_CA", {"2027-02-01": (13, 20), "2027-02-02": (8, 20)}),
    ("mardi en avant-midi, ou n'importe quand mercredi", "fr_CA", {"2027-02-02": (8, 12), "2027-02-03": (8, 20)}),
])
def test_each_day_offered_keeps_its_own_hours(text: str, locale: str, hours: dict[str, tuple[float, float]]) -> None:
    heard = understand(text, THURSDAY, locale)
    assert {start.date().isoformat(): (start.hour + start.minute / 60, end.hour + end.minute / 60) for start, end in heard.windows} == hours, heard


@pytest.mark.parametrize("text, locale, day, label", [
    ("after Thanksgiving", "en_CA", "2027-10-01", "d=2027-10-12..2027-10-25"),  # the 14 days from the day after, like 'after Boxing Day'
    ("après l'Action de grâce", "fr_CA", "2027-10-01", "d=2027-10-12..2027-10-25"),
    ("not on Remembrance Day", "en_CA", "2027-11-03", "x=2027-11-11"),
    ("not Good Friday", "en_CA", "2027-03-17", "x=2027-03-26"),  # the holiday, not also the coming Friday its name holds
    ("pas le lundi de Pâques", "fr_CA", "2027-03-17", "x=2027-03-29"),
    ("any day but Easter Monday", "en_CA", "2027-03-17", "d=H x=2027-03-29"),
    ("pas le jour du Souvenir", "fr_CA", "2027-11-03", "x=2027-11-11"),
    ("any day but Family Day", "en_CA", "2027-02-08", "d=H x=2027-02-15"),
    ("n'importe quel jour sauf le jour de la Famille", "fr_CA", "2027-02-08", "d=H x=2027-02-15"),
    ("before Labour Day", "en_CA", "2027-08-27", "d=2027-08-27..2027-09-03"),  # from today to the day before, like 'before New Year's'
    ("pas le jour de la fête du Travail", "fr_CA", "2027-08-27", "x=2027-09-06"),
    ("not Victoria Day", "en_CA", "2027-05-14", "x=2027-05-24"),
    ("après la Journée nationale des patriotes", "fr_CA", "2027-05-14", "d=2027-05-25..2027-06-07"),
    ("avant la Saint-Jean", "fr_CA", "2027-06-15", "d=2027-06-15..2027-06-23"),
    ("before Canada Day", "en_CA", "2027-06-21", "d=2027-06-21..2027-06-30"),
    ("after the Civic Holiday", "en_CA", "2027-07-26", "d=2027-08-03..2027-08-16"),
    ("after Good Friday", "en_CA", "2027-03-15", "d=2027-03-29..2027-04-09"),
    ("the week after Easter", "en_CA", "2027-03-02", "d=2027-03-29..2027-04-02"),  # a week told by a holiday: that week, not a fortnight
    ("la semaine avant Pâques", "fr_CA", "2027-03-02", "d=2027-03-15..2027-03-19"),
    ("the week after Thanksgiving", "en_CA", "2027-09-28", "d=2027-10-18..2027-10-22"),
    ("la semaine de Noël", "fr_CA", "2026-12-08", "d=2026-12-21..2026-12-25"),
    ("the Friday before Christmas", "en_CA", "2026-12-08", "d=2026-12-18"),  # a weekday told by a holiday: that one day
    ("le lundi après le jour de l'An, en après-midi", "fr_CA", "2026-12-08", "d=2027-01-04 h=12-17"),
    ("the Tuesday after Thanksgiving", "en_CA", "2027-10-01", "d=2027-10-12"),
    ("le lendemain de la fête du Travail", "fr_CA", "2027-08-27", "d=2027-09-07"),
    ("the day after Canada Day, mornings", "en_CA", "2027-06-21", "d=2027-07-02 h=8-12"),
    ("après le lendemain de Noël", "fr_CA", "2026-12-08", "d=2026-12-28..2027-01-08"),  # Boxing Day as a bound: still the 14 days after
    ("any day after Family Day", "en_CA", "2027-02-08", "d=2027-02-16..2027-03-01"),
])
def test_a_canadian_holiday_is_its_date_and_a_bound_is_a_range(text: str, locale: str, day: str, label: str) -> None:
    moment = datetime.fromisoformat(f"{day}T10:00").replace(tzinfo=TORONTO)
    heard = understand(text, moment, locale)
    assert agrees(Row(text, locale, "when", label, moment), heard), heard


@pytest.mark.parametrize("text, locale", [
    ("Wednesday is my hair and Friday is church bazaar prep. Next week then, any of the other days, after 10.", "en_CA"),
    ("Mercredi c'est ma coiffeuse pis vendredi la messe. La semaine prochaine d'abord, les autres jours, après 10 h.", "fr_CA"),
])
def test_the_other_days_said_after_next_week_are_that_weeks(text: str, locale: str) -> None:
    heard = understand(text, THURSDAY - timedelta(days=3), locale)  # on a Monday, with days of this week still to come
    assert agrees(Row(text, locale, "when", "d=2027-02-01,2027-02-02,2027-02-04 h=10-20 x=2027-01-27,2027-01-29,2027-02-03,2027-02-05", THURSDAY - timedelta(days=3)), heard), heard


@pytest.mark.parametrize("text", ["the Thursday after", "le jeudi d'après", "Thursday, or the Thursday after"])
def test_a_weekday_after_with_nothing_before_it_is_read_without_failing(text: str) -> None:
    heard = understand(text, THURSDAY, "fr_CA" if "jeudi" in text else "en_CA")
    assert heard.intent in ("when", "unknown")


@pytest.mark.parametrize("text, locale, label", [
    ("Cette semaine après 3h", "fr_CA", "d=2027-02-01..2027-02-05 h=15-20"),
    ("not this week", "en_CA", "x=2027-02-01..2027-02-05"),
    ("cette semaine ou la prochaine", "fr_CA", "d=2027-02-01..2027-02-12"),
])
def test_this_week_said_at_the_weekend_is_the_week_ahead(text: str, locale: str, label: str) -> None:
    sunday = THURSDAY + timedelta(days=3)
    assert reads_as(text, locale, label, sunday)


@pytest.mark.parametrize("text, locale, label", [
    ("Not Christmas or Boxing Day, the 22nd is fine", "en_CA", "d=2026-12-22 x=2026-12-25,2026-12-26"),
    ("any weekday before New Year's except Christmas", "en_CA", "d=2026-12-08..2026-12-31 x=2026-12-25"),
    ("Xmas is out obviously, the 24th in the morning?", "en_CA", "d=2026-12-24 h=8-12 x=2026-12-25"),
    ("Not Christmas Eve eve, the 22nd is fine", "en_CA", "d=2026-12-22 x=2026-12-23"),  # the day before Christmas Eve
    ("Pas l'avant-veille de Noël, le 21 ça va", "fr_CA", "d=2026-12-21 x=2026-12-23"),
    ("Entre Noël pis le jour de l'An, de bonne heure", "fr_CA", "d=2026-12-28..2026-12-31 h=8-10"),  # the days between, however joined
    ("between Xmas & New Year's", "en_CA", "d=2026-12-28..2026-12-31"),
    ("entre Noël pi le nouvel an, en après-midi", "fr_CA", "d=2026-12-28..2026-12-31 h=12-17"),
])
def test_christmas_and_the_days_before_it_are_those_dates(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Let's say Monday afternoon or Tuesday afternoon.", "en_CA", "d=2026-12-14,2026-12-15 h=12-17"),
    ("Tuesday please. Actually make it Wednesday morning or Thursday morning.", "en_CA", "d=2026-12-09,2026-12-10 h=8-12"),
    ("Finalement lundi après-midi ou mardi après-midi.", "fr_CA", "d=2026-12-14,2026-12-15 h=12-17"),
])
def test_a_correction_that_names_two_days_keeps_both(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("Dad says tomorrow at 11 works but I can't get off work then. Could you do Friday at 4 instead?", "en_CA"),
    ("I can't get out of work till 5, so evenings please", "en_CA"),
    ("Je peux pas sortir de la job avant 17 h, le soir svp", "fr_CA"),
    ("Mon fils peut pas sortir du travail lundi, mardi c'est mieux", "fr_CA"),
])
def test_a_caregiver_who_cannot_leave_work_is_no_danger(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "when"


@pytest.mark.parametrize("text, intent", [
    ("Mon fauteuil roulant a besoin d'une mise au point, le siège penche un peu. Lundi prochain le matin.", "when"),
    ("Le quadriporteur aurait besoin d'une mise au point avant l'hiver, mardi ça irait", "when"),
    ("On a fait la mise au point en octobre", "already_serviced"),
    ("Le fauteuil a eu sa mise au point y'a deux semaines", "already_serviced"),
])
def test_a_tune_up_needed_is_a_booking_and_one_done_is_already_serviced(text: str, intent: str) -> None:
    assert understand(text, NOW, "fr_CA").intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Jeudi c'est mort, vendredi en après-midi", "fr_CA", "d=2026-12-11 h=12-17 x=2026-12-10"),
    ("Cette semaine c'est mort, la semaine prochaine n'importe quand", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("Mercredi, c'est mort pour nous", "fr_CA", "x=2026-12-09,2026-12-16"),  # a weekday ruled out alone: each one
    ("Lundi c'est mort le matin, l'après-midi ça va", "fr_CA", "d=2026-12-14 h=12-17 x=2026-12-14@8-12"),
])
def test_a_time_that_is_dead_is_ruled_out_not_a_death(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Anytime till the end of the month", "en_CA", "d=2026-12-08..2026-12-31"),
    ("n'importe quand jusqu'à la fin du mois, en après-midi", "fr_CA", "d=2026-12-08..2026-12-31 h=12-17"),
    ("up to the end of the month, mornings", "en_CA", "d=2026-12-08..2026-12-31 h=8-12"),
])
def test_until_the_end_of_a_month_is_every_day_from_today(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, intent", [
    ("J'avais dit mercredi à la fille au téléphone mais finalement mercredi ça marche pas. Vendredi matin?", "when"),
    ("J'avais parlé à votre secrétaire au téléphone la semaine passée, elle m'avait dit lundi. Mardi plutôt", "when"),
    ("J'aimerais mieux qu'on me parle directement au téléphone", "human"),
])
def test_a_call_told_of_in_the_past_asks_for_none(text: str, intent: str) -> None:
    assert understand(text, NOW, "fr_CA").intent == intent


@pytest.mark.parametrize("text, locale", [
    ("Je reviens d'un voyage en Floride le 22. Après ça, n'importe quel avant-midi.", "fr_CA"),
    ("Je reviens de chez ma fille à Québec le 22, après ça n'importe quel avant-midi", "fr_CA"),
    ("I get back from a cruise on the 22nd, any morning after that", "en_CA"),
    ("I'm back from my trip to Florida on the 22nd. After that any morning.", "en_CA"),
])
def test_back_from_a_trip_named_in_several_words_is_away_until_then(text: str, locale: str) -> None:
    label = "d=2026-12-23..2027-01-05 h=8-12 x=2026-12-08..2026-12-22"
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("early afternoon on Thursday", "en_CA", "d=2027-02-04 h=12-15"),  # the afternoon's first hours, as 'late afternoon' is its last
    ("jeudi en début d'après-midi", "fr_CA", "d=2027-02-04 h=12-15"),
    ("jeudi, tôt dans l'après-midi", "fr_CA", "d=2027-02-04 h=12-15"),
    ("Early afternoon is nap time, so late afternoon Thursday", "en_CA", "d=2027-02-04 h=15-17"),
    ("Thursday, morning or early afternoon", "en_CA", "d=2027-02-04 h=8-15"),
])
def test_early_afternoon_is_the_first_hours_of_the_afternoon(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label, THURSDAY)


@pytest.mark.parametrize("text, locale, label", [
    ("Le lundi d'après, pas celui qui vient", "fr_CA", "d=2027-02-08 x=2027-02-01"),  # said first: the one after the coming one
    ("The Friday after, not this coming Friday", "en_CA", "d=2027-02-05 x=2027-01-29"),
    ("le mardi suivant, en après-midi", "fr_CA", "d=2027-02-09 h=12-17"),
    ("vendredi qui vient ou le vendredi d'après", "fr_CA", "d=2027-01-29,2027-02-05"),  # after the one named with it
    ("the Monday after Family Day", "en_CA", "d=2027-02-22"),  # after the holiday
])
def test_a_weekday_after_said_first_is_the_one_after_the_coming_one(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label, THURSDAY)


@pytest.mark.parametrize("text, locale, label", [
    ("Je suis disponible le 16 ou le 18, l'après-midi, après mon dîner.", "fr_CA", "d=2026-12-16,2026-12-18 h=13-17"),
    ("Free on the 16th or the 18th after my lunch", "en_CA", "d=2026-12-16,2026-12-18 h=13-17"),
    ("le 16 vers 13 h 30, après mon dîner", "fr_CA", "d=2026-12-16 h=12.5-15.5"),  # the clock says when, the meal why
])
def test_after_my_lunch_beside_a_date_is_after_lunch(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("Friday, I can only let you in after 5:30 so evening please", "en_CA"),
    ("Friday after 5:30 so in the evening", "en_CA"),
    ("Vendredi après 17 h 30, donc le soir", "fr_CA"),
])
def test_a_part_of_day_concluded_from_a_bound_keeps_the_bound(text: str, locale: str) -> None:
    assert reads_as(text, locale, "d=2026-12-11 h=17.5-20")


@pytest.mark.parametrize("text, locale", [
    ("The cardiologist wants me resting until the 20th, so after that please. Mornings.", "en_CA"),
    ("I'm on bed rest until the 20th, after that any morning", "en_CA"),
    ("Le médecin veut que je me repose jusqu'au 20. Après, le matin.", "fr_CA"),
])
def test_resting_until_a_day_is_away_until_then(text: str, locale: str) -> None:
    label = "d=2026-12-21..2027-01-01 h=8-12 x=2026-12-08..2026-12-18"
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Friday is my granddaughter's recital, Thursday works", "en_CA", "d=2026-12-10 x=2026-12-11"),
    ("Friday the 11th is my great-grandson's Christmas concert. Any of the other days that week are fine.", "en_CA", "d=2026-12-08..2026-12-10 x=2026-12-11"),
    ("Vendredi c'est le spectacle de Noël de ma petite-fille, jeudi ça marche", "fr_CA", "d=2026-12-10 x=2026-12-11"),
    ("Jeudi le concert de la chorale, mercredi c'est correct", "fr_CA", "d=2026-12-09 x=2026-12-10"),
])
def test_a_concert_or_a_recital_makes_its_day_busy(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Tuesday, we'll be home by 2", "en_CA", "d=2026-12-15 h=14-20"),
    ("Wednesday afternoon or Thursday afternoon please, we'll be home by noon.", "en_CA", "d=2026-12-09,2026-12-10 h=12-17"),
    ("Mardi, on va être revenus pour midi", "fr_CA", "d=2026-12-15 h=12-20"),
    ("Tuesday, I have to be home by 3", "en_CA", "d=2026-12-15 h=8-15"),  # a bound the visit must keep
])
def test_home_by_a_time_is_there_from_then_on(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("After the 5th, we're away until then", "en_CA", "d=2027-02-08..2027-02-19 x=2027-01-28..2027-02-05"),  # the bound is the end of the absence
    ("Après le 5, elle est pas là jusque-là", "fr_CA", "d=2027-02-08..2027-02-19 x=2027-01-28..2027-02-05"),
    ("Any day after the 3rd, we're travelling until then, mornings", "en_CA", "d=2027-02-04..2027-02-17 h=8-12 x=2027-01-28..2027-02-03"),
])
def test_a_wish_after_a_day_and_away_until_then_rules_out_the_days_before(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label, THURSDAY)


@pytest.mark.parametrize("text, locale, intent", [
    ("Ma femme a eu une petite chute la semaine passée, rien de cassé heureusement. Jeudi ou vendredi prochain, en après-midi.", "fr_CA", "when"),
    ("Mom had a fall last week, nothing broken thank God. Thursday afternoon works.", "en_CA", "when"),
    ("Maman est tombée de son fauteuil ce matin, rien de cassé, mais il penche", "fr_CA", "urgent"),  # today's fall is still news
    ("Elle a eu une petite chute hier en sortant du bain, rien de cassé", "fr_CA", "urgent"),
])
def test_a_past_fall_told_with_nothing_broken_is_news(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, label", [
    ("thursday not good friday good", "d=2026-12-11 x=2026-12-10"),
    ("tomorrow is not good friday works", "d=2026-12-11 x=2026-12-09"),
])
def test_a_day_not_good_before_friday_is_no_good_friday(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale", [
    ("We're usually here, except Thursdays", "en_CA"),
    ("She's home most days but not Thursday", "en_CA"),
    ("Chu toujours là sauf le jeudi", "fr_CA"),
    ("On est quasiment toujours à maison, excepté le jeudi", "fr_CA"),
])
def test_always_home_but_one_weekday_wishes_every_other_day(text: str, locale: str) -> None:
    assert reads_as(text, locale, "d=H x=2026-12-10,2026-12-17")


@pytest.mark.parametrize("text, locale, label", [
    ("Elle a son bain tous les mardis matin. L'après-midi c'est correct", "fr_CA", "h=12-17 x=2026-12-08@8-12,2026-12-15@8-12"),
    ("He has choir practice every Wednesday evening. The morning suits him better anyway", "en_CA", "h=8-12 x=2026-12-09@17-20,2026-12-16@17-20"),
])
def test_a_part_wished_after_a_habit_of_the_other_part_is_every_day_s(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Sorry, I was at physio when you called. That's every Tuesday and Thursday. Mondays or Fridays are good",
     "en_CA", "d=2026-12-11,2026-12-14,2026-12-18,2026-12-21 x=2026-12-08,2026-12-10,2026-12-15,2026-12-17"),
    ("Mon mari a commencé la chimio en novembre, c'est tous les mercredis. Les lundis ou les mardis ça irait",
     "fr_CA", "d=2026-12-08,2026-12-14,2026-12-15,2026-12-21 x=2026-12-09,2026-12-16"),
    ("Papa a commencé l'hémodialyse le mois passé, c'est les lundis, mercredis pis vendredis toute la journée. Il reste les mardis pis les jeudis",
     "fr_CA", "d=2026-12-08,2026-12-10,2026-12-15,2026-12-17 x=2026-12-09,2026-12-11,2026-12-14,2026-12-16,2026-12-18,2026-12-21"),
])
def test_the_days_of_a_busy_thing_told_as_news_are_every_one(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("She goes to the day centre Tuesdays and Fridays from 9 to 3, any other day is fine",
     "en_CA", "d=2026-12-09,2026-12-10,2026-12-14,2026-12-16,2026-12-17,2026-12-21 x=2026-12-08@9-15,2026-12-11@9-15,2026-12-15@9-15,2026-12-18@9-15"),
    ("Il a son bingo tous les jeudis, faudrait que ce soit une autre journée",
     "fr_CA", "d=2026-12-08,2026-12-09,2026-12-11,2026-12-14,2026-12-15,2026-12-16,2026-12-18,2026-12-21 x=2026-12-10,2026-12-17"),
    ("Next week please. She has dialysis Mondays and Wednesdays so any other day", "en_CA",  # within the week wished
     "d=2026-12-15,2026-12-17,2026-12-18 x=2026-12-09,2026-12-14,2026-12-16,2026-12-21"),
    ("I'm at the Legion every Monday afternoon. Any other day works, before noon", "en_CA", "h=8-12 x=2026-12-14@12-17,2026-12-21@12-17"),  # its mornings stay
])
def test_any_other_day_after_a_habit_is_the_days_it_leaves(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Elle fait sa dialyse trois fois semaine, les lundis, mercredis pis vendredis. Mardi ou jeudi prochain",
     "fr_CA", "d=2026-12-15,2026-12-17 x=2026-12-09,2026-12-11,2026-12-14,2026-12-16,2026-12-18,2026-12-21"),
])
def test_the_days_listed_after_so_many_times_a_week_are_the_habit_s(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We're at the lake from the 14th to the 18th. Can you come Thursday or Friday before we leave?", "en_CA", "d=2026-12-10,2026-12-11 x=2026-12-14..2026-12-18"),
    ("Wednesday before we go would be ideal, around 10", "en_CA", "d=2026-12-09 h=9-12"),
])
def test_days_named_before_we_leave_are_still_wished(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Not New Year's Day", "en_CA", "x=2027-01-01"),
    ("We're back on New Year's Day, any afternoon after that", "en_CA", "d=2027-01-04..2027-01-15 h=12-17 x=2026-12-08..2027-01-01"),
])
def test_new_years_day_with_its_apostrophe_is_the_holiday(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("She's currently at my sister's in Kingston until the 17th. Any afternoon after that.", "en_CA", "d=2026-12-18..2026-12-31 h=12-17 x=2026-12-08..2026-12-17"),
    ("Dad is actually in Portugal until December 15th visiting family. Any day after he's back is fine.", "en_CA", "d=2026-12-16..2026-12-29 x=2026-12-08..2026-12-15"),
])
def test_away_until_a_day_is_read_past_an_adverb(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("He goes into respite on the 14th for ten days. Before that, any morning.", "en_CA", "d=2026-12-08..2026-12-11 h=8-12 x=2026-12-14..2026-12-23"),
    ("Elle s'en va chez sa fille le 14 pour une semaine. Le matin avant ça", "fr_CA", "d=2026-12-08..2026-12-11 h=8-12 x=2026-12-14..2026-12-18"),
])
def test_a_stay_from_a_day_for_a_length_rules_out_all_of_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Mon mari est coincé dans le lève-personne", "fr_CA", "urgent"),
    ("Dad is trapped in the hoyer sling", "en_CA", "urgent"),
    ("Phone please, I can't read these", "en_CA", "human"),
    ("Not good with texts. Ring please", "en_CA", "human"),
    ("We won't need the visit anymore, please cancel", "en_CA", "cancel"),
])
def test_stuck_in_a_lift_phone_please_and_no_visit_needed(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Elle sort de l'hôpital mardi prochain. À partir du lundi suivant, n'importe quand", "fr_CA", "d=2026-12-21..2027-01-01 x=2026-12-08..2026-12-15"),
    ("He gets home from rehab next Wednesday. From the following Monday on, any afternoon", "en_CA", "d=2026-12-21..2027-01-01 h=12-17 x=2026-12-08..2026-12-16"),
])
def test_from_the_weekday_after_a_return_is_the_days_from_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Sometime between Christmas Eve and New Year's Eve", "en_CA", "d=2026-12-24..2026-12-31"),
    ("Entre la veille de Noël pis le 30, en après-midi", "fr_CA", "d=2026-12-24..2026-12-30 h=12-17"),
])
def test_a_span_between_a_holiday_and_another_day_is_every_weekday_of_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday or the week after, mornings", "en_CA", "d=2026-12-10,2026-12-14..2026-12-18 h=8-12"),
    ("Jeudi ou ben la semaine suivante", "fr_CA", "d=2026-12-10,2026-12-14..2026-12-18"),
])
def test_a_day_or_the_week_after_is_that_day_and_the_whole_week_after_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Tout le mois de janvier on est en Floride. Avant les Fêtes ça serait mieux.", "fr_CA", "d=2026-12-08..2026-12-23 x=2027-01-01..2027-01-29"),
    ("Not in January, we're down south. Any morning before Christmas", "en_CA", "d=2026-12-08..2026-12-24 h=8-12 x=2027-01-01..2027-01-29"),
])
def test_a_whole_month_ruled_out_is_every_weekday_of_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("My daughter is driving down from Ottawa on the 14th and staying till Sunday the 20th. Any morning while she's here.", "en_CA", "d=2026-12-14..2026-12-18 h=8-12"),
    ("J'arrive de Montréal le 14 pis je reste jusqu'au 18. N'importe quel après-midi pendant que je suis là.", "fr_CA", "d=2026-12-14..2026-12-18 h=12-17"),
])
def test_while_someone_is_here_is_the_days_of_the_visit_told(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("My husband passed in the summer, it's just me now. Thursday afternoon for the scooter please", "en_CA", "when"),
    ("We lost my father this past winter. Mom would like Friday morning for her bed", "en_CA", "when"),
    ("Mon mari nous a quittés au printemps. Mardi prochain ça irait pour le lit", "fr_CA", "when"),
    ("Papa est tombé le mois passé, il va bien. Lundi après-midi c'est bon", "fr_CA", "when"),
    ("My husband passed in the summer", "en_CA", "bereaved"),
    ("Ma femme est morte le mois passé, mardi ça irait pour ramasser le lit", "fr_CA", "bereaved"),
])
def test_a_death_or_a_fall_seasons_ago_told_while_booking_is_background(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Tuesdays and Fridays the PSW is here all morning, so those days in the afternoon. Mondays, Wednesdays, Thursdays any time",
     "en_CA", "d=H x=2026-12-08@8-12,2026-12-11@8-12,2026-12-15@8-12,2026-12-18@8-12"),
    ("Le CLSC vient les lundis pis les jeudis en avant-midi, faque ces jours-là l'après-midi. Les mardis, mercredis pis vendredis n'importe quand",
     "fr_CA", "d=H x=2026-12-10@8-12,2026-12-14@8-12,2026-12-17@8-12,2026-12-21@8-12"),
    ("She has dialysis Tuesday and Thursday mornings. The afternoons are fine, and Mondays, Wednesdays and Fridays any time",
     "en_CA", "d=H x=2026-12-08@8-12,2026-12-10@8-12,2026-12-15@8-12,2026-12-17@8-12"),
    ("Il a sa dialyse trois matins par semaine, lundi, mercredi, vendredi. L'après-midi ces jours-là, ou n'importe quand les mardis pis les jeudis",
     "fr_CA", "d=H x=2026-12-09@8-12,2026-12-11@8-12,2026-12-14@8-12,2026-12-16@8-12,2026-12-18@8-12,2026-12-21@8-12"),
])
def test_a_part_wished_on_a_habit_s_days_holds_on_those_days_only(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("I'm always home except Wednesdays when my son takes me for supper. Afternoons please", "en_CA", "h=12-17 x=2026-12-09,2026-12-16"),
    ("Je suis toujours là sauf les mardis quand ma fille m'amène dîner au restaurant. Le matin de préférence", "fr_CA", "h=8-12 x=2026-12-08,2026-12-15"),
    ("Any day except Thursdays when I'm at the pool in the morning", "en_CA", "d=H x=2026-12-10@8-12,2026-12-17@8-12"),  # the outing's own part
])
def test_a_weekday_excepted_for_an_outing_is_out_all_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Mon père a son bain le lundi. Le mardi est pas bon non plus, il est trop fatigué. Jeudi ou vendredi prochain",
     "fr_CA", "d=2026-12-17,2026-12-18 x=2026-12-08,2026-12-14,2026-12-15,2026-12-21"),
    ("Thursday is her day at the hairdresser, she goes every week. Monday or Tuesday next week", "en_CA", "d=2026-12-14,2026-12-15 x=2026-12-10,2026-12-17"),
    ("Friday is my volunteering day, I do it every week. Tuesday or Wednesday next week", "en_CA", "d=2026-12-15,2026-12-16 x=2026-12-11,2026-12-18"),
])
def test_a_weekday_told_as_a_habit_s_too_is_every_one(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("He bowls Wednesday mornings, otherwise he's free. Next week", "en_CA", "d=NW x=2026-12-09@8-12,2026-12-16@8-12"),
    ("We bowl Friday afternoons, so Monday or Tuesday next week", "en_CA", "d=2026-12-14,2026-12-15 x=2026-12-11@12-17,2026-12-18@12-17"),
])
def test_bowling_is_a_busy_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday the 10th at 2 suits me. Hang on, she has the hairdresser that afternoon, so let's do Friday the 11th, same time.", "en_CA", "d=2026-12-11 h=13.5-16 x=2026-12-10@12-17"),
    ("Monday the 14th at 11 would be great. Oops, I forgot the foot clinic that morning. Tuesday the 15th, same time then.", "en_CA", "d=2026-12-15 h=10.5-13 x=2026-12-14@8-12"),
    ("Jeudi le 10 à 10 h, ça me va. Ah non, j'ai le dentiste ce matin-là. Vendredi le 11, même heure.", "fr_CA", "d=2026-12-11 h=9.5-12 x=2026-12-10@8-12"),
    ("Thursday the 10th would suit, but she has the physio that morning, so after lunch.", "en_CA", "d=2026-12-10 h=13-17"),  # only says why the afternoon
])
def test_a_correction_keeps_the_time_wished_and_rules_out_that_part_of_the_first_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Monday at 10 is fine for Mom but I can't be there then. How about Tuesday at 1?", "en_CA", "d=2026-12-15 h=12.5-15 x=2026-12-14@9.5-12"),
    ("Lundi à 10 h ça irait pour maman, mais je peux pas me libérer à ce moment-là. Mardi à 13 h?", "fr_CA", "d=2026-12-15 h=12.5-15 x=2026-12-14@9.5-12"),
    ("I told you Wednesday earlier but I can't. Thursday would be better.", "en_CA", "d=2026-12-10 x=2026-12-09"),
    ("I was going to say Thursday but Dad has the bank that day. Friday then.", "en_CA", "d=2026-12-11 x=2026-12-10"),
    ("J'allais dire mercredi, mais on a le notaire ce jour-là. Jeudi d'abord.", "fr_CA", "d=2026-12-10 x=2026-12-09"),
    ("Monday the 14th is out, the nurse comes. So Wednesday the 16th. Oh wait, she's at the dentist that day. Thursday the 17th then.", "en_CA", "d=2026-12-17 x=2026-12-14,2026-12-16"),
])
def test_a_refusal_pointing_back_rules_out_the_time_or_day_said_before_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Jeudi ou n'importe quand la semaine prochaine", "fr_CA", "d=2026-12-10,2026-12-14..2026-12-18"),
    ("Thursday or anytime next week works. Mornings are best", "en_CA", "d=2026-12-10,2026-12-14..2026-12-18 h=8-12"),
    ("Jeudi ou n'importe quand la semaine prochaine. Le matin de préférence", "fr_CA", "d=2026-12-10,2026-12-14..2026-12-18 h=8-12"),
])
def test_a_day_or_anytime_next_week_is_both_and_later_hours_scope_all(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("The kids are here until Thursday, it's chaos. Friday is good", "en_CA"),
    ("The grandkids are in town till Thursday. Friday then", "en_CA"),
    ("Our family is here until Thursday. Friday is good", "en_CA"),
])
def test_visitors_here_until_a_day_make_the_days_before_busy(text: str, locale: str) -> None:
    assert reads_as(text, locale, "d=2026-12-11 x=2026-12-08..2026-12-10")


@pytest.mark.parametrize("text, locale, label", [
    ("Elle a son traitement aux deux semaines le jeudi, le prochain c'est le 17. Autrement on est là", "fr_CA", "d=H x=2026-12-17"),
    ("Mom has chemo every other Wednesday, the next one is the 9th. Otherwise she's home", "en_CA", "d=H x=2026-12-09"),
    ("He has physio every two weeks on Monday, the next one is on the 14th. Any other time is fine", "en_CA", "d=H x=2026-12-14"),
])
def test_a_habit_every_other_week_is_the_one_named_and_those_two_weeks_from_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Le jeudi après-midi c'est sa partie de cartes. Le reste du temps c'est correct", "fr_CA", "d=H x=2026-12-10@12-17,2026-12-17@12-17"),
    ("Le mardi soir c'est ma partie de bingo, sinon je suis toujours là", "fr_CA", "d=H x=2026-12-08@17-20,2026-12-15@17-20"),
])
def test_a_game_on_a_weekday_is_a_habit_not_news(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("She's home most days but she goes to the foot clinic on Monday and the craft circle Thursday mornings. Any other time works",
     "en_CA", "d=H x=2026-12-14,2026-12-21,2026-12-10@8-12,2026-12-17@8-12"),
])
def test_the_next_busy_time_of_a_list_is_busy_too(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We're away from the 14th to the 18th. After I get back the 21st or the 22nd.", "en_CA", "d=2026-12-21,2026-12-22 x=2026-12-14..2026-12-18"),
])
def test_days_after_a_return_that_opens_a_sentence_are_wished(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("La semaine prochaine c'est la folie, mais la semaine d'après en après-midi", "fr_CA", "d=2026-12-21..2026-12-25 h=12-17 x=2026-12-14..2026-12-18"),
])
def test_a_week_that_is_la_folie_is_ruled_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Je pars en Floride le 18 décembre pour l'hiver. Si vous pouvez venir avant, le matin.", "fr_CA", "d=2026-12-08..2026-12-17 h=8-12"),
    ("Merci pour votre message de ce matin. Je pars dans le sud le 21 décembre. Si vous pouvez passer avant, n'importe quel après-midi.", "fr_CA", "d=2026-12-08..2026-12-18 h=12-17"),
    ("On part chez ma fille du 18 au 23 décembre. Si vous pouvez venir avant, le matin.", "fr_CA", "d=2026-12-08..2026-12-17 h=8-12 x=2026-12-18..2026-12-23"),  # before the stay, not before its last day
])
def test_before_in_the_sentence_after_a_departure_is_before_that_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Thanks for your call this morning. Friday afternoon would suit", "en_CA", "d=2026-12-11 h=12-17"),
])
def test_thanks_for_a_message_and_when_it_came_is_no_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Dad's dentist is Thursday at 11 so not Thursday morning. The afternoon works", "en_CA", "d=2026-12-10 h=12-17 x=2026-12-10@8-12"),
    ("Sa physio est jeudi à 10 h 30, donc pas jeudi matin. L'après-midi c'est correct.", "fr_CA", "d=2026-12-10 h=12-17 x=2026-12-10@8-12"),
])
def test_an_appointment_at_a_time_then_its_part_ruled_out_is_that_part(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("He has the foot clinic on the 14th at 10 and bloodwork on the 16th first thing, otherwise next week is open.", "en_CA", "d=NW x=2026-12-14@9.5-12,2026-12-16@8-10"),
])
def test_first_thing_said_with_a_second_appointment_holds_for_its_day_only(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We have guests for dinner Thursday the 10th, so not after 4 that day. Otherwise any day this week or next.", "en_CA", "d=2026-12-08..2026-12-18 x=2026-12-10@16-20"),
    ("We have a card party Thursday the 10th, so not after 3 that day. Otherwise wide open.", "en_CA", "d=H x=2026-12-10@15-20"),
    ("I have the hairdresser Thursday the 10th, so not before 1 that day. Otherwise wide open.", "en_CA", "d=H x=2026-12-10@8-13"),
    ("On a de la visite pour souper jeudi le 10, donc pas après 4 h ce jour-là. Sinon on est toujours là.", "fr_CA", "d=H x=2026-12-10@16-20"),
])
def test_a_bound_said_of_a_busy_day_holds_for_that_day_only(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("My father is going to live with my brother in Sudbury next month, could you transfer his file over there? Call me", "en_CA", "no_longer_has_unit"),
    ("Mon père s'en va rester chez ma sœur à Gatineau, pouvez-vous transférer son dossier? Appelez-moi", "fr_CA", "no_longer_has_unit"),
])
def test_a_file_to_transfer_elsewhere_is_a_unit_no_longer_had(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale", [
    ("We're the new owners of the bungalow on Elm, the lift came with the house. We never asked for these texts.", "en_CA"),
    ("Bonjour, je suis la nouvelle propriétaire du condo, l'ancien monsieur a laissé son fauteuil ici", "fr_CA"),
])
def test_the_new_owner_of_the_house_is_a_wrong_number(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "wrong_number"


@pytest.mark.parametrize("text, locale, label", [
    ("Pas cette semaine ni la semaine prochaine, on a de la visite. Je vous recontacte après.", "fr_CA", "x=2026-12-08..2026-12-18"),
    ("I'm away this week and next at my son's in Calgary. I'll get back to you when I'm home.", "en_CA", "x=2026-12-08..2026-12-18"),
])
def test_days_ruled_out_until_the_client_writes_again_are_read(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We're free this weekend, do your technicians work Saturdays? Otherwise Thursday.", "en_CA", "d=2026-12-10,2026-12-12,2026-12-13"),
    ("Libres la fin de semaine qui vient, si vous travaillez le samedi. Sinon lundi.", "fr_CA", "d=2026-12-12,2026-12-13,2026-12-14"),
])
def test_asking_whether_the_shop_works_saturdays_keeps_the_whole_weekend(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Mom won't be alone with a stranger and I'm only free on the weekend.", "en_CA", "d=2026-12-12,2026-12-13"),
    ("Mon père veut pas être tout seul avec un inconnu pis moi je suis juste disponible la fin de semaine", "fr_CA", "d=2026-12-12,2026-12-13"),
])
def test_free_said_after_someone_elses_refusal_is_a_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("I work shifts and I'm on nights this week. Friday after 1.", "en_CA", "d=2026-12-11 h=13-20"),
    ("I'm a nurse and I'm on nights this week, so Wednesday afternoon", "en_CA", "d=2026-12-09 h=12-17"),
])
def test_working_nights_leaves_the_days_free(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Monday, but I'm no good until after 11", "en_CA", "d=2026-12-14 h=11-20"),
    ("He's not home till after 1:30, Thursday", "en_CA", "d=2026-12-10 h=13.5-20"),
])
def test_not_till_after_a_time_is_from_that_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("We had a different shop service it in October", "en_CA", "already_serviced"),
    ("Our son had someone else check it last week", "en_CA", "already_serviced"),
    ("C'est une autre compagnie qui l'a fait en novembre", "fr_CA", "already_serviced"),
    ("L'entretien a été fait en septembre par une autre compagnie", "fr_CA", "already_serviced"),
])
def test_a_service_done_by_another_company_is_already_serviced(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


def test_a_unit_bought_from_another_company_was_not_serviced() -> None:
    assert understand("I bought it from another company in 2019. How did you get this number?", NOW, "en_CA").intent != "already_serviced"


@pytest.mark.parametrize("text, locale, label", [
    ("Les journées où il a sa physio (les mardis pis les vendredis) c'est trop fatigant, faque les lundis, mercredis ou jeudis",
     "fr_CA", "d=2026-12-09,2026-12-10,2026-12-14,2026-12-16,2026-12-17,2026-12-21 x=2026-12-08,2026-12-11,2026-12-15,2026-12-18"),
    ("The days he has dialysis (Tuesdays and Fridays) are too much for him, so Mondays, Wednesdays or Thursdays",
     "en_CA", "d=2026-12-09,2026-12-10,2026-12-14,2026-12-16,2026-12-17,2026-12-21 x=2026-12-08,2026-12-11,2026-12-15,2026-12-18"),
])
def test_the_weekdays_named_after_the_days_of_a_busy_thing_are_that_habit_s(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Elle est libre les mardis et jeudis, elle va à la piscine les autres matins", "fr_CA",
     "d=2026-12-08,2026-12-10,2026-12-15,2026-12-17 x=2026-12-09@8-12,2026-12-11@8-12,2026-12-14@8-12,2026-12-16@8-12,2026-12-18@8-12,2026-12-21@8-12"),
    ("He's free Mondays and Fridays, he has rehab the other mornings", "en_CA",
     "d=2026-12-11,2026-12-14,2026-12-18,2026-12-21 x=2026-12-08@8-12,2026-12-09@8-12,2026-12-10@8-12,2026-12-15@8-12,2026-12-16@8-12,2026-12-17@8-12"),
])
def test_the_other_mornings_after_weekdays_wished_are_those_of_the_other_weekdays(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Il a son bingo tous les mardis soir. Pis le vendredi matin, on va à l'épicerie. À part ça, n'importe quand la semaine prochaine",
     "fr_CA", "d=NW x=2026-12-08@17-20,2026-12-15@17-20,2026-12-11@8-12,2026-12-18@8-12"),
])
def test_a_weekday_listed_after_a_habit_then_made_busy_is_every_one(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("I volunteer at the hospital Mondays and Wednesdays until 3, so on those days after 3, or any other day next week", "en_CA",
     "d=NW x=2026-12-09@8-15,2026-12-14@8-15,2026-12-16@8-15,2026-12-21@8-15"),
])
def test_a_week_named_after_a_habit_s_hours_scopes_its_days(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We're at the lake this weekend and back Monday night. Wednesday or Thursday next week, mornings.", "en_CA", "d=2026-12-16,2026-12-17 h=8-12 x=2026-12-14"),
])
def test_an_absence_that_starts_on_a_named_day_rules_out_only_from_then(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("She's going into the Civic on Thursday for a few days. Before that, tomorrow any time?", "en_CA", "d=2026-12-09 x=2026-12-10"),
])
def test_going_into_a_place_on_a_day_is_busy_that_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We're driving to my son's in Kingston on the 16th and coming back on the 22nd. Could you come Friday before we leave?", "en_CA", "d=2026-12-11 x=2026-12-16..2026-12-22"),
])
def test_a_trip_told_with_its_return_is_away_and_the_wish_before_it_stays(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We're renovating her bathroom until the 17th. Any afternoon after that", "en_CA", "d=2026-12-18..2026-12-31 h=12-17 x=2026-12-08..2026-12-17"),
    ("On refait la cuisine jusqu'au 15. La semaine du 21, le matin.", "fr_CA", "d=2026-12-21..2026-12-25 h=8-12 x=2026-12-08..2026-12-15"),
])
def test_work_on_the_home_until_a_day_rules_out_the_days_until_then(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("I'm out of town Thursday through next Monday. So tomorrow, or the Tuesday after I'm back.", "en_CA", "d=2026-12-09,2026-12-15 x=2026-12-10..2026-12-14"),
])
def test_the_weekday_after_i_am_back_counts_from_the_last_day_away(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Whatever day suits, as long as its not before 10, and not Tuesday", "en_CA", "h=10-20 x=2026-12-08,2026-12-15"),
    ("Any day next week as long as its after 1", "en_CA", "d=NW h=13-20"),
])
def test_as_long_as_sets_a_bound_not_a_reason(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday the 10th or Friday the 11th in the afternoon. But the 11th, not after 3.", "en_CA", "d=2026-12-10,2026-12-11 h=12-17 x=2026-12-11@15-20"),
    ("Lundi le 14 ou mardi le 15, le matin. Par contre le 15, pas avant 10 h.", "fr_CA", "d=2026-12-14,2026-12-15 h=8-12 x=2026-12-15@8-10"),
])
def test_a_wished_day_said_again_with_a_bound_bounds_that_day_only(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We're both free Thursday the 10th, except he has physio in the morning. The afternoon would be best.", "en_CA", "d=2026-12-10 h=12-17 x=2026-12-10@8-12"),
    ("Mon père est libre vendredi le 11, sauf qu'il a son bain l'avant-midi. L'après-midi ce serait parfait.", "fr_CA", "d=2026-12-11 h=12-17 x=2026-12-11@8-12"),
])
def test_a_part_excepted_from_the_day_just_wished_is_that_days(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Asteure chu à maison jusqu'à 4 h", "fr_CA", "d=2026-12-08 h=8-16"),
    ("I'm home now till 3, could someone come?", "en_CA", "d=2026-12-08 h=8-15"),
])
def test_home_now_until_a_time_is_today(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Jeudi ça serait pas pire, en après-midi", "fr_CA", "d=2026-12-10 h=12-17"),
    ("Cette semaine c'est la folie au bureau, lundi prochain ça irait", "fr_CA", "d=2026-12-14 x=2026-12-08..2026-12-11"),
])
def test_spoken_ways_of_saying_fine_or_swamped(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


def test_a_reason_about_right_now_keeps_the_later_wish() -> None:
    assert reads_as("Faudrait que ce soit la semaine prochaine parce que là je suis en convalescence", "fr_CA", "d=NW")


@pytest.mark.parametrize("text, locale, label", [
    ("He has two appointments next week, Tuesday and Thursday. Monday or Wednesday next week then.", "en_CA", "d=2026-12-14,2026-12-16 x=2026-12-15,2026-12-17"),
    ("J'ai trois rendez-vous la semaine prochaine, lundi, mardi pis jeudi. Mercredi ou vendredi de la semaine prochaine d'abord.", "fr_CA", "d=2026-12-16,2026-12-18 x=2026-12-14,2026-12-15,2026-12-17"),
])
def test_appointments_counted_in_a_week_are_on_the_days_listed_after(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("My husband thought this was a scam at first, but Thursday morning is fine", "en_CA", "d=2026-12-10 h=8-12"),
    ("Mom says it's a scam every year, I told her it's you guys. Next Monday after 1 please", "en_CA", "d=2026-12-14 h=13-20"),
])
def test_a_doubt_told_as_news_beside_a_wish_is_no_question(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Mom fell in the parking lot on the 3rd, nothing broken thank God. Friday afternoon works.", "en_CA", "d=2026-12-11 h=12-17"),
    ("I lost my wife in the spring and I'm on my own now. Any morning next week.", "en_CA", "d=NW h=8-12"),
    ("J'ai perdu mon mari l'automne passé, je suis toute seule asteure. Mardi prochain en avant-midi ça irait", "fr_CA", "d=2026-12-15 h=8-12"),
])
def test_news_long_past_told_before_a_wish_is_background(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Late afternoon would suit her best. Thursday around 4?", "en_CA", "d=2026-12-10 h=15-18"),
    ("Early morning is best for Dad. Monday, around 8:30.", "en_CA", "d=2026-12-14 h=8-10.5"),
    ("En après-midi ce serait mieux. Vendredi vers 16 h?", "fr_CA", "d=2026-12-11 h=15-18"),
])
def test_a_rough_time_after_a_part_of_day_is_the_time_meant(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("One week after the 9th would be good", "en_CA", "d=2026-12-16"),
    ("Une semaine après le 9, en après-midi", "fr_CA", "d=2026-12-16 h=12-17"),
    ("two weeks after the 4th of January", "en_CA", "d=2027-01-18"),
])
def test_weeks_after_a_date_is_that_one_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("She gets her shower from the nurse Monday and Thursday mornings. Any afternoon next week",
     "en_CA", "d=NW h=12-17 x=2026-12-10@8-12,2026-12-14@8-12,2026-12-17@8-12,2026-12-21@8-12"),
])
def test_care_from_a_helper_on_weekdays_is_busy_not_a_start(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("The week after New Year's would suit us", "en_CA", "d=2027-01-04..2027-01-08"),
    ("La semaine après le nouvel an, en après-midi", "fr_CA", "d=2027-01-04..2027-01-08 h=12-17"),
])
def test_the_week_after_new_years_is_that_week(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, label", [
    ("the 2nd would suit us", "d=2027-02-02"),
    ("The 3rd is good for Mom", "d=2027-02-03"),
])
def test_the_nth_said_alone_is_a_date_not_an_option(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label, THURSDAY)


@pytest.mark.parametrize("text, locale, label", [
    ("I have my book club on the 10th and the dentist on the 11th in the morning. Otherwise any afternoon next week", "en_CA", "d=NW h=12-17 x=2026-12-10,2026-12-11@8-12"),
    ("J'ai le club de marche le 9 pis la coiffeuse le 10 au matin. Sinon n'importe quel après-midi la semaine prochaine.", "fr_CA", "d=NW h=12-17 x=2026-12-09,2026-12-10@8-12"),
])
def test_a_part_of_day_after_the_second_of_two_dated_errands_is_that_ones(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("After New Year's, any afternoon", "en_CA", "d=2027-01-04..2027-01-15 h=12-17"),
    ("Après les Fêtes, n'importe quand", "fr_CA", "d=2027-01-04..2027-01-15"),
    ("Sometime in the new year, around the middle of January", "en_CA", "d=2027-01-11..2027-01-15,2027-01-18..2027-01-20"),
    ("Après le jour de l'An, à partir du 6", "fr_CA", "d=2027-01-06..2027-01-19"),
])
def test_after_new_years_is_from_january_2nd_narrowed_by_a_day_said_with_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize(("text", "locale"), [
    ("We can't do anything before the 15th, my son is visiting", "en_CA"),
    ("Nothing before the 15th please, we're busy with the move", "en_CA"),
    ("Pas avant le 15, on a de la visite", "fr_CA"),
])
def test_not_before_a_day_with_a_busy_reason_rules_out_the_days_until_then(text: str, locale: str) -> None:
    assert reads_as(text, locale, "d=2026-12-15..2026-12-28 x=2026-12-08..2026-12-14")


@pytest.mark.parametrize(("text", "label"), [
    ("How about 2 weeks from Thursday", "d=2026-12-24"),
    ("Three weeks tomorrow, in the morning", "d=2026-12-30 h=8-12"),
    ("what about two weeks today", "d=2026-12-22"),
])
def test_weeks_counted_from_a_day_are_that_one_day_and_no_clock_time(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize(("text", "locale", "label"), [
    ("Next week Wednesday's bad. Thursday would work.", "en_CA", "d=2026-12-17 x=2026-12-16"),
    ("La semaine prochaine, pas le lundi. Mardi c'est correct.", "fr_CA", "d=2026-12-15 x=2026-12-14"),
    ("Next week we're away Tuesday to Thursday", "en_CA", "x=2026-12-15..2026-12-17"),
    ("Not next week, Friday is good", "en_CA", "d=2026-12-11 x=2026-12-14..2026-12-18"),
    ("Pas la semaine prochaine, mais jeudi c'est bon", "fr_CA", "d=2026-12-10 x=2026-12-14..2026-12-18"),
])
def test_weekdays_refused_in_a_named_week_keep_the_next_sentence_in_it(text: str, locale: str, label: str) -> None:
    """A whole week refused is no scope: the weekday wished after it is the coming one."""
    assert reads_as(text, locale, label)


@pytest.mark.parametrize(("text", "locale", "label"), [
    ("This week is packing, next week any morning", "en_CA", "d=NW h=8-12 x=2026-12-08..2026-12-11"),
    ("Cette semaine c'est le déménagement, la semaine prochaine c'est correct", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("Monday is working for me", "en_CA", "d=2026-12-14"),
    ("Thursday's working for us, after 1", "en_CA", "d=2026-12-10 h=13-20"),
])
def test_a_time_taken_by_a_chore_is_out_and_a_day_working_for_someone_is_wished(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize(("text", "locale", "label"), [
    ("Friday morning works. Please call ahead, the buzzer is broken", "en_CA", "d=2026-12-11 h=8-12"),
    ("Jeudi après-midi, appelez avant de venir svp", "fr_CA", "d=2026-12-10 h=12-17"),
    ("Wednesday after lunch, ring first if you're coming, I'm slow to the door", "en_CA", "d=2026-12-09 h=13-17"),
])
def test_a_call_ahead_beside_a_time_is_how_to_come_not_a_call_now(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize(("text", "locale"), [
    ("Please call ahead", "en_CA"),
    ("Call me first, then we'll pick a day next week", "en_CA"),
    ("Appelez-nous d'avance", "fr_CA"),
])
def test_a_call_asked_with_no_time_still_reaches_a_person(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "human", text


@pytest.mark.parametrize(("text", "locale", "label"), [
    ("The sooner the better", "en_CA", "d=H"),
    ("Dès que possible svp", "fr_CA", "d=H"),
    ("Whatever's soonest next week", "en_CA", "d=NW"),
    ("Le plus tôt possible le matin", "fr_CA", "h=8-10"),
])
def test_as_soon_as_possible_is_any_time_from_now(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize(("text", "locale", "label"), [
    ("Any day before Friday", "en_CA", "d=2026-12-08..2026-12-10"),
    ("By Thursday at the latest, in the morning", "en_CA", "d=2026-12-08..2026-12-10 h=8-12"),
    ("Au plus tard vendredi", "fr_CA", "d=2026-12-08..2026-12-11"),
    ("Avant lundi si possible", "fr_CA", "d=2026-12-08..2026-12-11"),
    ("Can you stop by Thursday?", "en_CA", "d=2026-12-10"),
])
def test_a_weekday_deadline_is_every_day_until_then(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize(("text", "locale"), [
    ("Tomorrow between 10 and 3 except during lunch, 11:30 to 1", "en_CA"),
    ("Demain entre 10 h et 15 h, sauf pendant le dîner, de 11 h 30 à 13 h", "fr_CA"),
])
def test_a_meal_told_with_its_hours_is_those_hours(text: str, locale: str) -> None:
    assert reads_as(text, locale, "d=2026-12-09 h=10-15 x=2026-12-09@11.5-13")


@pytest.mark.parametrize(("text", "locale", "label"), [
    ("Friday I'll be tired. Monday or Tuesday next week", "en_CA", "d=2026-12-14,2026-12-15 x=2026-12-11"),
    ("Cette semaine je suis pas mal fatigué. La semaine prochaine ça devrait aller mieux, mardi ou jeudi", "fr_CA", "d=2026-12-15,2026-12-17 x=2026-12-08..2026-12-11"),
    ("I'm tired of waiting, Monday please", "en_CA", "d=2026-12-14"),
    ("Ma mère a ses petits-enfants à garder toute la semaine prochaine, cette semaine c'est correct", "fr_CA", "d=2026-12-08..2026-12-11 x=2026-12-14..2026-12-18"),
    ("I'm watching my grandson Friday, Thursday works", "en_CA", "d=2026-12-10 x=2026-12-11"),
])
def test_being_worn_out_or_minding_grandchildren_takes_the_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize(("text", "locale", "label"), [
    ("My son is coming on the 14th for a week, any day he's here works", "en_CA", "d=2026-12-14..2026-12-18"),
    ("Our daughter is coming the 14th to stay ten days. The days she's here, afternoons", "en_CA", "d=2026-12-14..2026-12-18,2026-12-21..2026-12-23 h=12-17"),
])
def test_any_day_a_visitor_is_here_is_every_day_of_the_stay(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize(("text", "locale", "label"), [
    ("Le vendredi 8 ou après l'Action de grâce", "fr_CA", "d=2027-10-08,2027-10-12..2027-10-25"),
    ("Le jeudi 7, ou après la fête de ma fille", "fr_CA", "d=2027-10-07"),
    ("The 20th or after is ok", "en_CA", "d=2027-10-20..2027-11-02"),
])
def test_or_after_something_named_is_not_from_that_hour_on(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label, datetime(2027, 9, 30, 14, 0, tzinfo=TORONTO))


@pytest.mark.parametrize("text, label", [
    ("on est là toute la s'maine prochaine", "d=NW"),
    ("dans trois s'maines en après-midi", "d=2026-12-28..2027-01-01 h=12-17"),
    ("d'main dans l'avant-midi", "d=2026-12-09 h=8-12"),
])
def test_a_spoken_french_word_without_its_e_is_the_time_word(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label)


@pytest.mark.parametrize("text, label", [
    ("Mardi prochain vers 13hres", "d=2026-12-15 h=12-15"),
    ("jeudi à 9 hre", "d=2026-12-10 h=8.5-11"),
    ("vendredi a 15hrs svp", "d=2026-12-11 h=14.5-17"),
    ("lundi 2 h 45 pm", "d=2026-12-14 h=14.25-16.75"),
    ("mercredi prochain à 9 h 15 am", "d=2026-12-16 h=8.75-11.25"),
])
def test_an_hour_typed_with_hres_or_am_pm_after_its_minutes_is_a_clock_time(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label)


@pytest.mark.parametrize("text, label", [
    ("sun or sat would suit", "d=2026-12-12,2026-12-13"),
    ("sat and sun morning", "d=2026-12-12,2026-12-13 h=8-12"),
    ("tuesday 2 thursday next week pls", "d=2026-12-15..2026-12-17"),
    ("fri 2 mon", "d=2026-12-11,2026-12-14"),
])
def test_short_weekend_days_in_a_list_and_a_dictated_to_between_days(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("January the 15th in the morning", "en_CA", "d=2027-01-15 h=8-12"),
    ("how about feb the 4th", "en_CA", "d=2027-02-04"),
    ("janvier le 8 en pm", "fr_CA", "d=2027-01-08 h=12-17"),
    ("Mars le 2 ça m'adonne", "fr_CA", "d=2027-03-02"),
])
def test_a_month_then_the_day_with_its_article_is_that_date(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, option", [("ouin la 3", "fr_CA", 3), ("ouin, la 1", "fr_CA", 1), ("ouin 2 svp", "fr_CA", 2)])
def test_a_yes_word_before_an_option_number_chooses_it(text: str, locale: str, option: int) -> None:
    heard = understand(text, NOW, locale)
    assert (heard.intent, heard.choice) == ("choose", option)


@pytest.mark.parametrize("text, label", [
    ("n'importe quel jour sauf l'jeudi", "d=H x=2026-12-10,2026-12-17"),
    ("l'22 dans l'après-midi", "d=2026-12-22 h=12-17"),
    ("chu là juste l'matin", "h=8-12"),
])
def test_spoken_french_l_before_a_consonant_is_le(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label)


@pytest.mark.parametrize(("text", "locale"), [
    ("Thursday works. She's usually napping after 1 so before that please", "en_CA"),
    ("Jeudi, mais il fait sa sieste après 13 h", "fr_CA"),
])
def test_a_nap_from_an_hour_on_leaves_the_hours_before_it(text: str, locale: str) -> None:
    assert reads_as(text, locale, "d=2026-12-10 h=8-13")


@pytest.mark.parametrize("text, locale, label", [
    ("Wednesday would've been ideal but my son can't get off work, so Thursday then", "en_CA", "d=2026-12-10 x=2026-12-09"),
    ("Mercredi aurait été parfait mais mon gars travaille, faque jeudi", "fr_CA", "d=2026-12-10 x=2026-12-09"),
    ("J'aurais préféré mercredi mais ma fille peut pas, jeudi d'abord", "fr_CA", "d=2026-12-10 x=2026-12-09"),
    ("Dad would prefer Wednesday but I can't take him, so Thursday", "en_CA", "d=2026-12-10 x=2026-12-09"),
    ("Maman aimerait mercredi mais je travaille, faque jeudi", "fr_CA", "d=2026-12-10 x=2026-12-09"),
])
def test_a_day_wished_in_the_past_conditional_then_refused_is_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("My granddaughter comes every Friday, so Wednesday afternoon would be good", "en_CA", "d=2026-12-09 h=12-17"),
    ("Her son usually stops by on Mondays. Thursday morning please", "en_CA", "d=2026-12-10 h=8-12"),
    ("Ma fille passe les vendredis, mercredi après-midi ce serait bien", "fr_CA", "d=2026-12-09 h=12-17"),
    ("Son fils vient le lundi. Jeudi matin svp", "fr_CA", "d=2026-12-10 h=8-12"),
])
def test_when_family_comes_every_week_is_background_not_a_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We're at the cottage the 14th to the 16th, before or after is fine", "en_CA", "d=H x=2026-12-14..2026-12-16"),
    ("Away from the 14th through the 16th. Before or after that works", "en_CA", "d=H x=2026-12-14..2026-12-16"),
    ("Je suis chez ma sœur du 14 au 16, avant ou après ça me va", "fr_CA", "d=H x=2026-12-14..2026-12-16"),
])
def test_before_or_after_an_absence_wishes_the_days_outside_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Not until a week from Friday", "en_CA", "d=2026-12-18..2026-12-31"),
    ("She can't until the 15th", "en_CA", "d=2026-12-15..2026-12-28"),
    ("not till Monday", "en_CA", "d=2026-12-14..2026-12-25"),
    ("Pas avant vendredi en huit", "fr_CA", "d=2026-12-18..2026-12-31"),
    ("Not before December 15", "en_CA", "d=2026-12-15..2026-12-28"),
])
def test_not_until_a_day_wishes_from_that_day_on(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday is better for us than Monday", "en_CA", "d=2026-12-10"),
    ("Jeudi c'est mieux pour maman que lundi", "fr_CA", "d=2026-12-10"),
    ("Papa dit lundi, mais j'aimerais mieux jeudi", "fr_CA", "d=2026-12-10"),
])
def test_the_day_preferred_over_another_is_the_only_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Not until the week of the 14th, she's at her sister's", "en_CA", "d=2026-12-14..2026-12-25"),
    ("Pas avant la semaine du 14, il est chez sa fille", "fr_CA", "d=2026-12-14..2026-12-25"),
])
def test_not_until_a_week_wishes_from_its_monday_on(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Mom says Wednesday but I drive her, and Thursday suits me better", "en_CA", "d=2026-12-10"),
    ("Maman dit mercredi, mais c'est moi qui la conduis, jeudi m'arrange mieux", "fr_CA", "d=2026-12-10"),
])
def test_the_day_that_suits_the_writer_better_replaces_the_one_reported(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We'd prefer Wednesday over Friday", "en_CA", "d=2026-12-09"),
    ("She prefers Wednesdays to Fridays, mornings", "en_CA", "d=2026-12-09,2026-12-16 h=8-12"),
    ("Je préférerais mercredi à vendredi", "fr_CA", "d=2026-12-09"),
])
def test_the_day_preferred_to_another_is_the_only_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("How did you get my number?", "en_CA"),
    ("Where did you get this number from", "en_CA"),
    ("I never ordered anything from you", "en_CA"),
    ("who am I speaking with", "en_CA"),
    ("is this about dad's stair lift?", "en_CA"),
    ("Comment avez-vous eu mon numéro?", "fr_CA"),
    ("J'ai jamais réservé de visite moi", "fr_CA"),
    ("C'est concernant quoi votre affaire?", "fr_CA"),
    ("Je parle à qui là?", "fr_CA"),
    ("Vous me voulez quoi au juste", "fr_CA"),
    ("Je comprends rien de ce texto", "fr_CA"),
])
def test_asking_who_writes_or_why_in_other_words_is_help(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "help"


@pytest.mark.parametrize("text, locale, intent", [
    ("We had the yearly done in the summer by a local guy", "en_CA", "already_serviced"),
    ("Vos techniciens ont déjà tout vérifié", "fr_CA", "already_serviced"),
    ("Un monsieur de chez vous est passé en octobre", "fr_CA", "already_serviced"),
    ("Her hospital bed was taken away in the spring", "en_CA", "no_longer_has_unit"),
    ("Her stair lift was removed in September", "en_CA", "no_longer_has_unit"),
])
def test_a_service_done_or_a_unit_taken_away_told_in_other_words_is_heard(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("I don't think we need anyone to come this year", "en_CA", "no"),
    ("We don't need somebody to come out, thanks", "en_CA", "no"),
    ("That's wonderful, thank you", "en_CA", "yes"),
    ("It's fine for us", "en_CA", "yes"),
    ("Ce serait parfait pour moi", "fr_CA", "yes"),
    ("C'est excellent merci", "fr_CA", "yes"),
    ("Oubliez ça pour la visite de jeudi", "fr_CA", "cancel"),
    ("Laissez faire ça pour le rendez-vous", "fr_CA", "cancel"),
    ("Mon père est parti durant son sommeil", "fr_CA", "bereaved"),
])
def test_a_short_answer_a_cancel_or_a_death_in_other_words_is_heard(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("She won't be needing the lift anymore", "en_CA", "no_longer_has_unit"),
    ("Dad says no thank you", "en_CA", "no"),
    ("My wife said no", "en_CA", "no"),
    ("Allo, c'est pour quelle affaire donc?", "fr_CA", "help"),
])
def test_a_unit_not_needed_a_relayed_no_or_what_it_is_about_is_heard(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale", [
    ("My nephew will give you a call about her chair", "en_CA"),
    ("Her caregiver will contact you later this week", "en_CA"),
    ("Texting is hard for him, call 705 555 0163", "en_CA"),
    ("Don't text him, phone", "en_CA"),
    ("Mon neveu va vous rappeler pour la chaise de ma tante", "fr_CA"),
    ("Sa voisine va vous contacter", "fr_CA"),
    ("J'vas vous téléphoner demain matin", "fr_CA"),
])
def test_a_call_promised_or_a_number_to_call_asks_for_a_person(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "human"


@pytest.mark.parametrize("text", ["Could you please call off the appointment", "Please call it off, she's back in hospital"])
def test_calling_a_visit_off_cancels_it_and_asks_for_no_call(text: str) -> None:
    assert understand(text, NOW, "en_CA").intent == "cancel"


def test_a_part_of_day_greeting_after_another_greeting_is_no_wish() -> None:
    assert reads_as("Sorry for the wait. Hi! Afternoon. Next week is better for me", "en_CA", "d=NW")


@pytest.mark.parametrize("text, locale, label", [
    ("Morning This Friday is out, Monday afternoon instead", "en_CA", "d=2026-12-14 h=12-17 x=2026-12-11"),
    ("Evening Next week suits us better, any afternoon", "en_CA", "d=NW h=12-17"),
    ("We're at the cottage in Muskoka Next week works, any morning", "en_CA", "d=NW h=8-12"),
    ("On est chez notre fille à Chicoutimi La semaine prochaine, n'importe quel jour", "fr_CA", "d=NW"),
])
def test_a_capital_after_a_greeting_or_a_place_starts_a_new_sentence(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We're busy in January with the grandkids Mid-January would be better", "en_CA", "d=2027-01-11..2027-01-15,2027-01-18..2027-01-20"),
    ("Mom has specialist visits all through January Mid-January would suit, afternoons", "en_CA", "d=2027-01-11..2027-01-15,2027-01-18..2027-01-20 h=12-17"),
    ("Nothing urgent with the bed End of next week would be easiest", "en_CA", "d=2026-12-17,2026-12-18"),
    ("Disons mercredi Ah pis non, jeudi plutôt, en après-midi", "fr_CA", "d=2026-12-10 h=12-17"),
    ("After 2 any day Dad has physio Thursdays so not Thursdays", "en_CA", "h=14-20 x=2026-12-10,2026-12-17"),
    ("Mom's at my sister's until Wednesday I can do Thursday or Friday", "en_CA", "d=2026-12-10,2026-12-11 x=2026-12-08,2026-12-09"),
])
def test_an_unpunctuated_sentence_ends_before_a_word_that_opens_the_next(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Tuesday the 15th is my cataract surgery. Otherwise were around all next week", "en_CA", "d=NW x=2026-12-15"),
    ("fris are good for us", "en_CA", "d=2026-12-11,2026-12-18"),
    ("mons are no good", "en_CA", "x=2026-12-14,2026-12-21"),
    ("Elle la eu sa greffe le 4, a sort le 14. Le 15 ou le 16 c'est correct", "fr_CA", "d=2026-12-15,2026-12-16 x=2026-12-08..2026-12-14"),
    ("Les jeudis cest lépicerie avec mon gars. Les autres jours de la semaine prochaine ça va", "fr_CA", "d=NW x=2026-12-10,2026-12-17"),
    ("Lundi cest lergo, mardi la physio. Mercredi ou jeudi, pas de trouble", "fr_CA", "d=2026-12-09,2026-12-10 x=2026-12-14,2026-12-15"),
    ("Jeudi dans lboutte de 3 h", "fr_CA", "d=2026-12-10 h=14-17"),
    ("Ctaprès-midi ça m'irait", "fr_CA", "d=2026-12-08 h=12-17"),
])
def test_a_reply_typed_without_apostrophes_reads_as_with_them(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


def test_ctu_payant_without_apostrophes_asks_the_price() -> None:
    assert understand("Ctu payant la réparation?", NOW, "fr_CA").intent == "price_question"


@pytest.mark.parametrize("text, locale, label", [
    ("Can you come over Thursday?", "en_CA", "d=2026-12-10"),
    ("Could your tech come over Monday morning", "en_CA", "d=2026-12-14 h=8-12"),
    ("would u come over friday afternoon", "en_CA", "d=2026-12-11 h=12-17"),
])
def test_asking_the_technician_to_come_over_wishes_the_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Wednesday. Ah no, Thursday is better", "en_CA", "d=2026-12-10"),
    ("Monday ah no Friday", "en_CA", "d=2026-12-11"),
    ("Thursday morning oh no Friday morning", "en_CA", "d=2026-12-11 h=8-12"),
])
def test_ah_no_takes_back_the_day_just_said(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Cet avant-midi si vous pouvez", "fr_CA", "d=2026-12-08 h=8-12"),
    ("Cette après-midi ça m'arrangerait", "fr_CA", "d=2026-12-08 h=12-17"),
])
def test_this_morning_in_canadian_french_is_today(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday is laundry day, Friday works", "en_CA", "d=2026-12-11 x=2026-12-10,2026-12-17"),
    ("Mercredi c'est le jour des commissions. Jeudi ça va", "fr_CA", "d=2026-12-10 x=2026-12-09,2026-12-16"),
])
def test_a_weekday_named_as_a_chore_day_is_every_one(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Monday the 14th or after the 24th", "en_CA", "d=2026-12-14,2026-12-25..2027-01-07"),
    ("Le jeudi 10 ou après le jour de l'An", "fr_CA", "d=2026-12-10,2027-01-04..2027-01-15"),
    ("Friday the 11th, or else after the 24th", "en_CA", "d=2026-12-11,2026-12-25..2027-01-07"),
])
def test_or_after_a_day_is_another_wish_beside_the_first(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Mon père est en CHSLD temporaire jusqu'au 18 décembre. Après, n'importe quel après-midi", "fr_CA", "d=2026-12-21..2027-01-01 h=12-17 x=2026-12-08..2026-12-18"),
    ("Elle est en convalescence chez ma soeur jusqu'au 15 décembre", "fr_CA", "d=2026-12-16..2026-12-29 x=2026-12-08..2026-12-15"),
])
def test_est_en_a_place_until_a_day_is_away_until_then(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("next Monday or the Monday after", "en_CA", "d=2026-12-14,2026-12-21"),
    ("Thursday the 17th or the Thursday after", "en_CA", "d=2026-12-17,2026-12-24"),
    ("lundi prochain ou le lundi d'après", "fr_CA", "d=2026-12-14,2026-12-21"),
])
def test_a_weekday_or_the_same_weekday_after_is_both(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text", [
    "Mom moved into Riverview Manor in the fall",
    "Dad moved to Sunset Villa before Christmas",
    "my father moved into the Elmwood Lodge last month, they have their own equipment",
])
def test_moving_into_a_named_residence_no_longer_has_the_unit(text: str) -> None:
    assert understand(text, NOW, "en_CA").intent == "no_longer_has_unit"


@pytest.mark.parametrize("text, locale, label", [
    ("12/17 pm", "en_CA", "d=2026-12-17 h=12-17"),
    ("Thursday 12/10 after 1", "en_CA", "d=2026-12-10 h=13-20"),
    ("Could you do 2026-12-15?", "en_CA", "d=2026-12-15"),
    ("17/12 en après-midi", "fr_CA", "d=2026-12-17 h=12-17"),
    ("le 10/12 en avant-midi", "fr_CA", "d=2026-12-10 h=8-12"),
    ("we're home 24/7, any day next week", "en_CA", "d=NW"),
])
def test_a_date_typed_in_figures_is_that_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Dec 15 am", "en_CA", "d=2026-12-15 h=8-12"),
    ("Wednesday Dec 16 pm", "en_CA", "d=2026-12-16 h=12-17"),
    ("december 17th pm please", "en_CA", "d=2026-12-17 h=12-17"),
])
def test_am_or_pm_after_a_month_and_day_is_the_part_of_that_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Dad will be discharged by the end of the week. The week after next, any morning", "en_CA", "d=2026-12-21..2026-12-25 h=8-12 x=2026-12-08..2026-12-11"),
    ("Elle sort de l'hôpital à la fin de la semaine. La semaine du 21, en après-midi", "fr_CA", "d=2026-12-21..2026-12-25 h=12-17 x=2026-12-08..2026-12-11"),
    ("She should be home early next week, any afternoon after that", "en_CA", "d=2026-12-15..2026-12-28 h=12-17 x=2026-12-08..2026-12-14"),
])
def test_back_at_the_end_of_the_week_is_away_until_then(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, label", [
    ("mardi en 8 en avant-midi", "d=2026-12-22 h=8-12"),
    ("Vendredi en 8 ça m'irait", "d=2026-12-18"),
    ("lundi en 15 si possible", "d=2026-12-28"),
])
def test_a_weekday_en_huit_texted_with_the_digit_is_a_week_on(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("The 2nd week of January please", "en_CA", "d=2027-01-11..2027-01-15"),
    ("third week of jan, mornings", "en_CA", "d=2027-01-18..2027-01-22 h=8-12"),
    ("La deuxième semaine de février", "fr_CA", "d=2027-02-08..2027-02-12"),
    ("la 3e semaine de janvier en après-midi", "fr_CA", "d=2027-01-18..2027-01-22 h=12-17"),
])
def test_the_nth_week_of_a_month_counts_from_its_first_monday(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, label", [
    ("jeudi 17 à midi", "d=2026-12-17 h=11-14"),
    ("Mercredi 16 a midi svp", "d=2026-12-16 h=11-14"),
    ("mardi 15 à midi si ça adonne", "d=2026-12-15 h=11-14"),
])
def test_a_weekday_and_its_date_at_noon_is_the_meal_not_a_span(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("friday pm not before 2", "en_CA", "d=2026-12-11 h=14-17"),
    ("jeudi pm pas avant 15 h", "fr_CA", "d=2026-12-10 h=15-17"),
    ("mercredi pm après 3h", "fr_CA", "d=2026-12-09 h=15-17"),
    ("I am free after 10 on Thursday", "en_CA", "d=2026-12-10 h=10-20"),
])
def test_am_or_pm_said_alone_is_the_part_of_day_a_bound_narrows(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, label", [
    ("wed at 11 fifteen", "d=2026-12-09 h=10.75-13.25"),
    ("Friday at 1 thirty works", "d=2026-12-11 h=13-15.5"),
    ("at 9 forty-five on thursday", "d=2026-12-10 h=9.25-11.75"),
])
def test_an_hour_in_digits_with_its_minutes_spelled_is_a_clock_time(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text", ["have 2 change tues apt", "Hi, need 2 change the apt", "we want 2 move moms apt"])
def test_a_dictated_2_and_a_short_apt_ask_to_move_the_appointment(text: str) -> None:
    assert understand(text, NOW, "en_CA").intent == "reschedule"


def test_an_apartment_number_stays_an_address() -> None:
    assert reads_as("apt 12, wed pm", "en_CA", "d=2026-12-09 h=12-17")


@pytest.mark.parametrize("text, label", [
    ("de mardi à jeudi la semaine prochaine", "d=2026-12-15..2026-12-17"),
    ("de mercredi a vendredi cette semaine", "d=2026-12-09..2026-12-11"),
    ("la semaine prochaine de lundi jusqu'à mercredi, en après-midi", "d=2026-12-14..2026-12-16 h=12-17"),
])
def test_de_one_weekday_a_another_is_every_day_between(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label)


@pytest.mark.parametrize("text, label", [
    ("thursday at quarter after 1", "d=2026-12-10 h=12.75-15.25"),
    ("a quarter after nine tomorrow", "d=2026-12-09 h=8.75-11.25"),
])
def test_quarter_after_an_hour_is_a_quarter_past_it(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, label", [
    ("thurs 11 30", "d=2026-12-10 h=11-13.5"),
    ("tmrw 1 15", "d=2026-12-09 h=12.75-15.25"),
    ("friday 2 45 pm", "d=2026-12-11 h=14.25-16.75"),
    ("wed 10 15 please", "d=2026-12-09 h=9.75-12.25"),
])
def test_an_hour_and_minutes_typed_apart_after_the_day_is_a_clock_time(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("My sister will let you in, she's there Tues and Thurs", "en_CA", "d=2026-12-08,2026-12-10,2026-12-15,2026-12-17"),
    ("Ma fille est là lundi et mercredi pour vous ouvrir", "fr_CA", "d=2026-12-09,2026-12-14,2026-12-16,2026-12-21"),
    ("She's there Tuesday and Thursday this week", "en_CA", "d=2026-12-08,2026-12-10"),
])
def test_someone_there_on_listed_weekdays_is_there_every_one(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Wednesday or Friday this week or next, mornings", "en_CA", "d=2026-12-09,2026-12-11,2026-12-16,2026-12-18 h=8-12"),
    ("Mercredi ou jeudi cette semaine ou la semaine prochaine, après 13 h", "fr_CA", "d=2026-12-09,2026-12-10,2026-12-16,2026-12-17 h=13-20"),
    ("Le mieux c'est un mercredi ou un vendredi", "fr_CA", "d=2026-12-09,2026-12-11,2026-12-16,2026-12-18"),
    ("It's a Monday or a Friday that suits Dad best", "en_CA", "d=2026-12-11,2026-12-14,2026-12-18,2026-12-21"),
    ("The 17th, that's a Thursday, works for us", "en_CA", "d=2026-12-17"),
])
def test_weekdays_listed_with_this_week_or_next_or_said_as_any_one_are_wished(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Between Wednesday and Friday next week works for Mom", "en_CA", "d=2026-12-16..2026-12-18"),
    ("entre lundi pis mercredi la semaine prochaine, en avant-midi", "fr_CA", "d=2026-12-14..2026-12-16 h=8-12"),
    ("De mardi à jeudi la semaine prochaine, après le dîner", "fr_CA", "d=2026-12-15..2026-12-17 h=13-17"),
])
def test_a_span_between_two_weekdays_wishes_the_days_between_them(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Our daughter drops by on Saturdays. Any day next week after 10", "en_CA", "d=NW h=10-20"),
    ("Mon gars vient me voir le samedi. La semaine prochaine, l'après-midi", "fr_CA", "d=NW h=12-17"),
    ("Our grandkids come to see us on Saturdays. Sometime next week before 2", "en_CA", "d=NW h=8-14"),
])
def test_family_visits_told_before_a_week_wished_are_no_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("N'importe quel jour la semaine prochaine, mais seulement entre 10 h et 14 h à cause de mon transport adapté", "fr_CA", "d=NW h=10-14"),
    ("La semaine prochaine, juste l'après-midi à cause des soins du matin", "fr_CA", "d=NW h=12-17"),
    ("Any day next week but only between 10 and 2 due to the paratransit", "en_CA", "d=NW h=10-14"),
])
def test_the_hours_said_with_because_of_a_busy_reason_are_the_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Après-demain de bonne heure si possible", "fr_CA", "d=2026-12-10 h=8-10"),
    ("De bonne heure après-demain ça ferait mon affaire", "fr_CA", "d=2026-12-10 h=8-10"),
    ("Samedi de bonne heure, mon gars travaille pas", "fr_CA", "d=2026-12-12 h=8-10"),
    ("Dimanche de bonne heure ça serait l'idéal", "fr_CA", "d=2026-12-13 h=8-10"),
])
def test_de_bonne_heure_by_the_day_after_tomorrow_or_a_weekend_day_is_first_thing(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Reportez ça s'il vous plaît, mon mari est malade", "fr_CA", "reschedule"),
    ("Remettez le rendez-vous, on a un empêchement", "fr_CA", "reschedule"),
    ("Reportez mon rendez-vous, chu à l'hôpital", "fr_CA", "reschedule"),
    ("Déplacez ça à plus tard svp", "fr_CA", "reschedule"),
    ("Remettez ça à une autre fois, merci", "fr_CA", "reschedule"),
])
def test_a_french_imperative_that_puts_the_visit_off_is_a_reschedule(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Remettez-la à vendredi après-midi svp", "fr_CA", "d=2026-12-11 h=12-17"),
    ("Reportez-le au lundi 14", "fr_CA", "d=2026-12-14"),
])
def test_a_french_imperative_that_moves_the_visit_to_a_time_wishes_that_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("On a pu mon lit électrique depuis l'automne", "fr_CA", "no_longer_has_unit"),
    ("J'ai redonné mon quadriporteur au CLSC", "fr_CA", "no_longer_has_unit"),
    ("Ma fille a retourné mon monte-escalier au fournisseur", "fr_CA", "no_longer_has_unit"),
    ("On a donné mon fauteuil à la paroisse", "fr_CA", "no_longer_has_unit"),
])
def test_my_unit_given_back_or_gone_in_french_is_no_longer_had(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Wednesday works, before or after lunch, doesn't matter", "en_CA", "d=2026-12-09"),
    ("Thursday or Friday, before or after noon is fine with us", "en_CA", "d=2026-12-10,2026-12-11"),
    ("Mercredi prochain, avant ou après le dîner, c'est pareil", "fr_CA", "d=2026-12-16"),
    ("Jeudi ou vendredi, avant ou après le dîner ça change rien", "fr_CA", "d=2026-12-10,2026-12-11"),
])
def test_before_or_after_a_meal_is_any_time_of_the_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("Ma mère peut plus venir au téléphone, elle entend mal. Jeudi matin ce serait bien.", "fr_CA"),
    ("Papa peut pas répondre au téléphone, c'est moi qui s'en occupe. Mardi prochain après 13 h.", "fr_CA"),
    ("Dad can't get to the phone these days, his hands shake. Friday afternoon works.", "en_CA"),
])
def test_a_client_who_cannot_come_to_the_phone_still_gives_a_time(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "when"


@pytest.mark.parametrize("text, locale, label", [
    ("Mercredi c'est plus possible, son rendez-vous a changé. Jeudi plutôt.", "fr_CA", "d=2026-12-10 x=2026-12-09"),
    ("Lundi prochain c'est plus bon pour nous, mardi prochain en après-midi", "fr_CA", "d=2026-12-15 h=12-17 x=2026-12-14"),
])
def test_a_day_no_longer_possible_is_ruled_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("She's in rehab until at least Thursday, so Friday afternoon", "en_CA", "d=2026-12-11 h=12-17 x=2026-12-08..2026-12-10"),
    ("Mom's away till at least the 15th, anytime after that", "en_CA", "d=2026-12-16..2026-12-29 x=2026-12-08..2026-12-15"),
    ("Papa reste à l'hôpital au moins jusqu'au 11. La semaine d'après, le matin", "fr_CA", "d=NW h=8-12 x=2026-12-08..2026-12-11"),
])
def test_away_until_at_least_a_day_is_away_until_that_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Elle a son bain les lundis matin pis l'épicerie avec ma sœur les jeudis. Mercredi ce serait bien.", "fr_CA",
     "d=2026-12-09 x=2026-12-14@8-12,2026-12-21@8-12,2026-12-10,2026-12-17"),
    ("Il a son ergo les vendredis après-midi pis ses cartes les mardis. Jeudi prochain, n'importe quand.", "fr_CA",
     "d=2026-12-17 x=2026-12-11@12-17,2026-12-18@12-17,2026-12-08,2026-12-15"),
])
def test_a_habit_with_its_part_then_another_habit_leaves_the_second_day_out_whole(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Maurice a son test d'audition jeudi. Mercredi ou vendredi, n'importe quand.", "fr_CA", "d=2026-12-09,2026-12-11 x=2026-12-10"),
    ("Sa sœur arrive de Gaspé vendredi. Mercredi ou jeudi ça irait.", "fr_CA", "d=2026-12-09,2026-12-10 x=2026-12-11"),
    ("Son frère vient de Montréal mercredi. Jeudi en avant-midi.", "fr_CA", "d=2026-12-10 h=8-12 x=2026-12-09"),
    ("Son fils vient jeudi pour lui ouvrir. Jeudi ce serait parfait.", "fr_CA", "d=2026-12-10"),
])
def test_a_relative_visiting_or_a_hearing_test_on_a_day_rules_it_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, intent", [
    ("Votre technicien est venu y'a trois semaines, tout marche", "already_serviced"),
    ("Ils sont passés y'a un mois pour ça", "already_serviced"),
    ("On l'a fait faire ailleurs, on a fait faire l'entretien en octobre", "already_serviced"),
    ("Pas pour astheure, merci ben", "no"),
    ("Pas tout de suite merci", "no"),
    ("Qui vous a donné mon numéro de cell?", "help"),
    ("Y'a personne ici qui a un quadriporteur", "wrong_number"),
    ("Papa est pu chez lui, il reste avec ma soeur à Laval maintenant", "no_longer_has_unit"),
])
def test_french_intents_said_the_way_people_talk(text: str, intent: str) -> None:
    assert understand(text, NOW, "fr_CA").intent == intent


@pytest.mark.parametrize("text, label", [
    ("friday, quarter past 2 or later", "d=2026-12-11 h=14.25-20"),
    ("half past nine or later any day", "h=9.5-20"),
    ("quarter after eleven and later on wednesday", "d=2026-12-09 h=11.25-20"),
])
def test_a_quarter_or_half_past_or_later_bounds_from_that_minute(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, intent", [
    ("I have to change the wednesday appointment", "reschedule"),
    ("need to change our tues appt", "reschedule"),
    ("Could we change my Friday visit", "reschedule"),
    ("Can we change the appointment to Thursday morning", "when"),
])
def test_changing_a_visit_named_by_its_weekday_is_a_reschedule(text: str, intent: str) -> None:
    assert understand(text, NOW, "en_CA").intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("I'm sick today. Tomorrow or Thursday", "en_CA", "d=2026-12-09,2026-12-10 x=2026-12-08"),
    ("Dad has the flu this week, next week any day", "en_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("Je suis malade aujourd'hui, demain peut-être", "fr_CA", "d=2026-12-09 x=2026-12-08"),
    ("Ma mère a la grippe cette semaine, la semaine prochaine n'importe quand", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
])
def test_being_ill_on_a_day_rules_it_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Plus tard dans la semaine, en après-midi", "fr_CA", "d=2026-12-10,2026-12-11 h=12-17"),
    ("Pas demain, plus tard cette semaine", "fr_CA", "d=2026-12-10,2026-12-11 x=2026-12-09"),
    ("Plutôt plus tard la semaine prochaine", "fr_CA", "d=2026-12-17,2026-12-18"),
])
def test_later_in_the_week_in_french_is_its_end(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Mom is in respite from the 14th for two weeks", "en_CA", "x=2026-12-14..2026-12-25"),
    ("We're away starting the 10th for a week, tomorrow works", "en_CA", "d=2026-12-09 x=2026-12-10..2026-12-16"),
    ("Papa est en répit à partir du 14 pour une semaine", "fr_CA", "x=2026-12-14..2026-12-18"),
    ("She'll be at my sister's from Monday for ten days", "en_CA", "x=2026-12-14..2026-12-23"),
])
def test_a_stay_from_a_day_for_a_length_rules_that_stretch_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("in a couple of days, afternoon", "en_CA", "d=2026-12-10 h=12-17"),
    ("Dans une couple de jours", "fr_CA", "d=2026-12-10"),
])
def test_a_couple_of_days_is_two(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("I'm pretty flexible", "en_CA", "d=H"),
    ("We're flexible, whatever you have first", "en_CA", "d=H"),
    ("Mon horaire est flexible, mais pas les lundis", "fr_CA", "d=2026-12-08..2026-12-11,2026-12-15..2026-12-18 x=2026-12-14,2026-12-21"),
])
def test_being_flexible_is_any_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("I work Monday to Friday until 4 but my son can be there on Thursday", "en_CA", "d=2026-12-10"),
    ("Je travaille jusqu'à 5 h mais ma fille peut être là mercredi", "fr_CA", "d=2026-12-09"),
])
def test_a_relative_who_can_be_there_frees_the_writers_work_hours(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Dad's in hospital, they think he'll be discharged around the 16th", "en_CA", "d=2026-12-17..2026-12-30 x=2026-12-08..2026-12-16"),
    ("Elle sort de l'hôpital environ le 15", "fr_CA", "d=2026-12-16..2026-12-29 x=2026-12-08..2026-12-15"),
])
def test_a_return_day_said_roughly_is_still_that_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("this week or the other, mornings", "en_CA", "d=2026-12-08..2026-12-18 h=8-12"),
    ("next week or else the other one", "en_CA", "d=2026-12-14..2026-12-25"),
    ("Cette semaine ou ben l'autre", "fr_CA", "d=2026-12-08..2026-12-18"),
    ("la semaine prochaine ou l'autre semaine, l'après-midi", "fr_CA", "d=2026-12-14..2026-12-25 h=12-17"),
])
def test_a_week_or_the_other_is_both_weeks(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("next week, but only from Thursday on", "en_CA", "d=2026-12-17..2026-12-18"),
    ("In two weeks, starting Wednesday", "en_CA", "d=2026-12-23..2026-12-25"),
    ("La semaine prochaine, à partir du mercredi", "fr_CA", "d=2026-12-16..2026-12-18"),
    ("semaine prochaine à partir de mardi svp", "fr_CA", "d=2026-12-15..2026-12-18"),
    ("n'importe quel jour après mercredi", "fr_CA", "d=2026-12-10..2026-12-23"),
    ("dès jeudi, le matin", "fr_CA", "d=2026-12-10..2026-12-23 h=8-12"),
    ("next week from Thursday onward is best", "en_CA", "d=2026-12-17..2026-12-18"),
])
def test_a_start_day_bounds_the_week_it_is_said_with(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, intent", [
    ("Laissez tomber mon rendez-vous de jeudi svp", "cancel"),
    ("Oubliez ça pour mon rdv", "cancel"),
    ("Mon gendre a fait démonter mon lit électrique", "no_longer_has_unit"),
    ("Je préfère passer mon tour cette année", "no"),
    ("Pouvez-vous rappeler mon fils ce soir?", "human"),
    ("Merci de me le rappeler. Mon mari a eu 90 ans le 2. Mercredi le 16 en avant-midi", "when"),
])
def test_french_possessive_mon_reads_as_my_in_every_reader(text: str, intent: str) -> None:
    assert understand(text, NOW, "fr_CA").intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("um not this week maybe next thursday", "en_CA", "d=2026-12-17 x=2026-12-08..2026-12-11"),
    ("not tomorrow perhaps friday", "en_CA", "d=2026-12-11 x=2026-12-09"),
    ("pas demain peut-être vendredi", "fr_CA", "d=2026-12-11 x=2026-12-09"),
    ("euh pas lundi peut-être mardi prochain", "fr_CA", "d=2026-12-15 x=2026-12-14"),
])
def test_a_maybe_after_a_refusal_said_without_a_pause_is_a_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("wednesday is no good I have my eye appointment thursday afternoon is better", "en_CA", "d=2026-12-10 h=12-17 x=2026-12-09"),
    ("not the 14th the 15th is fine", "en_CA", "d=2026-12-15 x=2026-12-14"),
    ("mercredi je peux pas j'ai la physio jeudi matin ça serait mieux", "fr_CA", "d=2026-12-10 h=8-12 x=2026-12-09"),
    ("demain ça marche pas que diriez-vous de vendredi", "fr_CA", "d=2026-12-11 x=2026-12-09"),
    ("every day but Thursday is fine", "en_CA", "d=2026-12-08..2026-12-09,2026-12-11,2026-12-14..2026-12-16,2026-12-18,2026-12-21 x=2026-12-10,2026-12-17"),
])
def test_a_wish_after_a_refusal_in_an_unpunctuated_text_is_its_own_sentence(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("He's in rehab until the 11th, then at my brother's till the 16th", "en_CA", "d=2026-12-17..2026-12-30 x=2026-12-08..2026-12-16"),
    ("She is at the hospital till Thursday and then with us until the 15th", "en_CA", "d=2026-12-16..2026-12-29 x=2026-12-08..2026-12-15"),
    ("Papa est en convalescence jusqu'au 9 puis chez ma soeur jusqu'au 14", "fr_CA", "d=2026-12-15..2026-12-28 x=2026-12-08..2026-12-14"),
    ("Elle est à l'hôpital jusqu'à mercredi pis après chez son fils jusqu'au 15", "fr_CA", "d=2026-12-16..2026-12-29 x=2026-12-08..2026-12-15"),
])
def test_a_chain_of_stays_is_away_until_the_last(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("any weekday but fri, 10-2", "en_CA", "h=10-14 x=2026-12-11,2026-12-18"),
    ("anything except Monday, 9 am", "en_CA", "h=8.5-11 x=2026-12-14,2026-12-21"),
    ("tous les jours sauf le lundi, de 10 h à midi", "fr_CA", "h=10-12 x=2026-12-14,2026-12-21"),
])
def test_hours_after_a_weekday_ruled_out_are_the_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Tout est beau de notre bord, merci", "fr_CA", "no"),
    ("Non merci, tout va bien", "fr_CA", "no"),
    ("All good on our end", "en_CA", "no"),
    ("Everything is working fine, thanks", "en_CA", "no"),
    ("Everything's fine except Monday", "en_CA", "when"),
])
def test_all_is_well_declines_and_names_no_time(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale", [
    ("Parfait, on se voit vendredi", "fr_CA"),
    ("Great, see you Wednesday morning", "en_CA"),
    ("Merci, à lundi!", "fr_CA"),
    ("Ça nous va", "fr_CA"),
    ("On confirme", "fr_CA"),
])
def test_a_farewell_naming_the_offered_day_confirms_it(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "yes"


@pytest.mark.parametrize("text, locale, intent", [
    ("Mom is in rehab, please cancel Friday. We'll call you once she's home.", "en_CA", "cancel"),
    ("Cancel the visit for now, I'll contact you when my father is out of hospital.", "en_CA", "cancel"),
    ("Annulez la visite de lundi svp, on va vous appeler quand papa sera sorti de l'hôpital.", "fr_CA", "cancel"),
    ("My son will call you to book it", "en_CA", "human"),
])
def test_promising_to_call_once_the_client_is_back_wants_no_call_now(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text", [
    "Hi, I'm his niece. What exactly is this visit for?",
    "what exactly are you coming to check",
])
def test_asking_what_exactly_this_is_asks_for_help(text: str) -> None:
    assert understand(text, NOW, "en_CA").intent == "help"


@pytest.mark.parametrize("text, locale, label", [
    ("My sister is off Thursday. Thursday or Friday, either week.", "en_CA", "d=2026-12-10,2026-12-11,2026-12-17,2026-12-18"),
    ("Ma fille est libre le lundi. Lundi ou jeudi, n'importe quelle semaine", "fr_CA", "d=2026-12-10,2026-12-14,2026-12-17,2026-12-21"),
    ("Tuesday or Wednesday, either week is fine", "en_CA", "d=2026-12-08,2026-12-09,2026-12-15,2026-12-16"),
])
def test_weekdays_in_any_week_are_every_one_even_after_a_day_wished(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Next Thursday or later, any afternoon", "en_CA", "d=2026-12-17..2026-12-30 h=12-17"),
    ("Elle revient de répit dimanche. Lundi prochain ou plus tard, n'importe quand", "fr_CA", "d=2026-12-14..2026-12-27 x=2026-12-08..2026-12-11"),
    ("jeudi prochain ou après, en avant-midi", "fr_CA", "d=2026-12-17..2026-12-30 h=8-12"),
])
def test_a_pinned_weekday_or_later_wishes_the_horizon_from_that_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Ideally this week, otherwise next, mornings", "en_CA", "d=2026-12-08..2026-12-18 h=8-12"),
    ("Cette semaine si ça se peut, sinon la prochaine", "fr_CA", "d=2026-12-08..2026-12-18"),
    ("Cette semaine de préférence, ou bien la suivante, l'après-midi", "fr_CA", "d=2026-12-08..2026-12-18 h=12-17"),
])
def test_this_week_otherwise_next_wishes_both_weeks(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Non merci, papa a tout ce qu'il lui faut maintenant", "fr_CA", "no"),
    ("No thank you, Mom has everything she needs at the residence", "en_CA", "no"),
    ("Tout me va la semaine prochaine", "fr_CA", "when"),
])
def test_having_all_one_needs_is_no_wish_for_any_time(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("any day between nine and eleven", "en_CA", "h=9-11"),
    ("thursday from one until four", "en_CA", "d=2026-12-10 h=13-16"),
    ("mornings between ten and noon", "en_CA", "h=10-12"),
    ("vendredi entre huit et dix heures", "fr_CA", "d=2026-12-11 h=8-10"),
    ("n'importe quel jour de deux a quatre", "fr_CA", "h=14-16"),
])
def test_hours_spelled_out_bound_a_span(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("we could do it in roughly three weeks", "en_CA", "d=2026-12-28..2027-01-01"),
    ("Maybe in a week or two, mornings", "en_CA", "d=2026-12-14..2026-12-25 h=8-12"),
    ("dans à peu près deux semaines", "fr_CA", "d=2026-12-21..2026-12-25"),
    ("Plutôt dans une semaine ou deux", "fr_CA", "d=2026-12-14..2026-12-25"),
    ("La semaine après la prochaine, en après-midi", "fr_CA", "d=2026-12-21..2026-12-25 h=12-17"),
])
def test_a_rough_count_of_weeks_ahead_is_those_weeks(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, label", [
    ("Le trois février en après-midi", "d=2027-02-03 h=12-17"),
    ("ça irait le neuf décembre", "d=2026-12-09"),
    ("plutôt le quatre janvier", "d=2027-01-04"),
])
def test_a_small_french_day_number_before_its_month_is_a_date(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label)


@pytest.mark.parametrize("text", [
    "N'importe quand à partir de la semaine prochaine",
    "à partir de la semaine prochaine, ça m'adonne",
])
def test_from_next_week_on_is_the_fortnight_from_its_monday(text: str) -> None:
    assert reads_as(text, "fr_CA", "d=2026-12-14..2026-12-25")


@pytest.mark.parametrize("text, label", [
    ("monday 3 o clock please", "d=2026-12-14 h=14.5-17"),
    ("Wednesday around eleven o clock", "d=2026-12-09 h=10-13"),
])
def test_o_clock_typed_apart_is_still_the_clock(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("Friday is her better day", "en_CA", "d=2026-12-11"),
    ("any time but afternoons would be better", "en_CA", "h=12-17"),
    ("whenever but mornings are easier", "en_CA", "h=8-12"),
    ("n'importe quand mais l'après-midi c'est mieux", "fr_CA", "h=12-17"),
])
def test_a_better_day_or_part_is_a_wish_not_a_busy_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, label", [
    ("Ma femme a des rendez vous lundi pis mercredi la semaine prochaine, faque mardi ou jeudi ce serait mieux", "d=2026-12-15,2026-12-17 x=2026-12-14,2026-12-16"),
    ("Papa est à la maison la plupart des jours sauf le jeudi", "d=H x=2026-12-10,2026-12-17"),
])
def test_french_appointments_and_most_days_typed_plainly(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label)


@pytest.mark.parametrize("text, label", [
    ("two weeks from the 10th, in the afternoon", "d=2026-12-24 h=12-17"),
    ("Maybe a week from the 9th?", "d=2026-12-16"),
    ("Fri., Dec. 18 after 1", "d=2026-12-18 h=13-20"),
    ("Thursday, December 17 around 10", "d=2026-12-17 h=9-12"),
    ("Morning of the 17th if you can", "d=2026-12-17 h=8-12"),
])
def test_dates_typed_with_their_weekday_offset_or_part(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, label", [
    ("we are snowed in today. tomorrow then?", "d=2026-12-09 x=2026-12-08"),
    ("My mother is snowed in today, Friday would be better", "d=2026-12-11 x=2026-12-08"),
])
def test_snowed_in_is_now_not_past_news(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale, intent", [
    ("What does the maintenance involve?", "en_CA", "help"),
    ("What will the tech do when he comes?", "en_CA", "help"),
    ("Qu'est-ce qu'il vient faire exactement?", "fr_CA", "help"),
    ("En quoi ça consiste?", "fr_CA", "help"),
    ("Will we get charged for the visit?", "en_CA", "price_question"),
    ("La garantie couvre-tu ça?", "fr_CA", "price_question"),
    ("Free?", "en_CA", "price_question"),
    ("Mon gars l'a faite vérifier en octobre", "fr_CA", "already_serviced"),
    ("Our rental chair went back in October", "en_CA", "no_longer_has_unit"),
    ("Mon fauteuil arrête plus, aidez-moi", "fr_CA", "urgent"),
    ("What does the yearly inspection include?", "en_CA", "help"),
    ("Le monsieur a fait l'inspection en septembre", "fr_CA", "already_serviced"),
    ("We don't need anything right now", "en_CA", "no"),
    ("Tout marche super bien, merci", "fr_CA", "no"),
    ("Super, à mardi alors", "fr_CA", "yes"),
])
def test_questions_news_and_answers_in_more_wordings(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, label", [
    ("the week after next on thursday", "d=2026-12-24"),
    ("The week after next on Monday or Tuesday, mornings", "d=2026-12-21,2026-12-22 h=8-12"),
])
def test_a_weekday_of_the_week_after_next_is_no_day_after(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, label", [
    ("Any time next week after Tuesday is fine", "d=2026-12-16,2026-12-17,2026-12-18"),
    ("next week after wednesday works", "d=2026-12-17,2026-12-18"),
])
def test_a_week_then_after_a_weekday_starts_the_day_after(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale", [
    ("Hi, Vera's son here. Just confirming that yes, my brother will be there to let your tech in", "en_CA"),
    ("The time you sent works, my sister will be with Dad", "en_CA"),
    ("Bonjour, l'heure que vous avez proposée nous convient, ma fille va être là", "fr_CA"),
])
def test_taking_the_time_offered_in_a_sentence_is_a_yes(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "yes"


@pytest.mark.parametrize("text, locale, label", [
    ("not Wednesdays, 10-12", "en_CA", "d=2026-12-08,2026-12-10,2026-12-11,2026-12-14,2026-12-15,2026-12-17,2026-12-18,2026-12-21 h=10-12 x=2026-12-09,2026-12-16"),
    ("pas les mercredis, 9-11", "fr_CA", "d=2026-12-08,2026-12-10,2026-12-11,2026-12-14,2026-12-15,2026-12-17,2026-12-18,2026-12-21 h=9-11 x=2026-12-09,2026-12-16"),
])
def test_hours_after_plural_weekdays_refused_are_the_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, label", [
    ("December sixteen", "d=2026-12-16"),
    ("dec seventeen in the afternoon", "d=2026-12-17 h=12-17"),
    ("December eleven at ten", "d=2026-12-11 h=9.5-12"),
])
def test_a_day_said_as_a_number_after_its_month_is_that_date(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("within a week please", "en_CA", "d=2026-12-08..2026-12-14"),
    ("in the next 8 days, afternoons", "en_CA", "d=2026-12-08..2026-12-15 h=12-17"),
    ("d'ici dix jours si possible", "fr_CA", "d=2026-12-08..2026-12-17"),
    ("au cours des 5 prochains jours", "fr_CA", "d=2026-12-08..2026-12-11"),
])
def test_within_some_days_is_every_weekday_until_then(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("any day by the end of the week", "en_CA", "d=2026-12-08..2026-12-11"),
    ("avant la fin de cette semaine", "fr_CA", "d=2026-12-08..2026-12-11"),
])
def test_by_the_end_of_the_week_is_every_day_until_then(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, label", [
    ("three weeks on Monday", "d=2027-01-04"),
    ("2 weeks on wed in the morning", "d=2026-12-23 h=8-12"),
])
def test_weeks_on_a_weekday_are_counted_from_it(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, label", [
    ("no pm's", "h=8-12"),
    ("no tuesday's", "x=2026-12-08,2026-12-15"),
    ("not am's", "h=12-20"),
])
def test_a_plural_written_with_an_apostrophe_is_every_one(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("a fortnight tomorrow", "en_CA", "d=2026-12-23"),
    ("dans une quinzaine de jours, le matin", "fr_CA", "d=2026-12-21..2026-12-25 h=8-12"),
])
def test_a_fortnight_and_une_quinzaine_are_two_weeks(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("the second week in January", "en_CA", "d=2027-01-11..2027-01-15"),
    ("first week of the new year please", "en_CA", "d=2027-01-04..2027-01-08"),
    ("la deuxième semaine de l'année", "fr_CA", "d=2027-01-11..2027-01-15"),
])
def test_the_nth_week_in_a_month_or_of_the_year_is_that_week(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


def test_tomm_is_tomorrow() -> None:
    assert reads_as("tomm after 3", "en_CA", "d=2026-12-09 h=15-20")


@pytest.mark.parametrize("text, label", [
    ("he plays darts tuesday nights", "x=2026-12-08@17-20,2026-12-15@17-20"),
    ("Mom's euchre is Thursday nights so not then", "x=2026-12-10@17-20,2026-12-17@17-20"),
])
def test_weekday_nights_are_those_evenings(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("in twenty-three days", "en_CA", "d=2026-12-31"),
    ("dans vingt-trois jours", "fr_CA", "d=2026-12-31"),
])
def test_a_count_of_days_past_fifteen_is_read(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, label", [
    ("thurdsay, december 17 works", "d=2026-12-17"),
    ("wedensday, dec 16", "d=2026-12-16"),
])
def test_a_misspelt_weekday_before_its_date_is_that_date(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, label", [
    ("monday 1p", "d=2026-12-14 h=12.5-15"),
    ("wed 9:30a please", "d=2026-12-09 h=9-11.5"),
])
def test_an_hour_typed_with_a_or_p_is_am_or_pm(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


def test_taking_back_what_was_said_about_a_day_rules_nothing_out() -> None:
    hearing = understand("oubliez ce que je vous ai dit pour vendredi", NOW, "fr_CA")
    assert hearing.intent != "when" or not hearing.excluded
    assert reads_as("oubliez ce que j'ai dit pour vendredi, lundi c'est mieux", "fr_CA", "d=2026-12-14")


@pytest.mark.parametrize("text, locale, label", [
    ("She'll be at my brother's from Wednesday for two weeks, after that any time", "en_CA", "d=2026-12-23..2027-01-05 x=2026-12-09..2026-12-22"),
    ("Elle est en répit à partir de jeudi pour une semaine, après ça n'importe quand", "fr_CA", "d=2026-12-17..2026-12-30 x=2026-12-10..2026-12-16"),
])
def test_a_wish_after_a_stay_of_some_length_starts_when_it_ends(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("mon père a eu le message lundi en après-midi ça lui va", "fr_CA", "d=2026-12-14 h=12-17"),
    ("dad got your text friday at 3 thanks", "en_CA", "d=2026-12-11 h=14.5-17"),
])
def test_a_wish_right_after_the_message_came_is_the_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


def test_a_name_after_cest_is_no_wedding_news() -> None:
    assert reads_as("bonjour c'est Marie la fille de Mme Roy demain c'est pas bon lundi plutôt", "fr_CA", "d=2026-12-14 x=2026-12-09")


@pytest.mark.parametrize("text, locale, label", [
    ("Maman pis papa rentrent de Floride jeudi. Vendredi ça serait parfait.", "fr_CA", "d=2026-12-11 x=2026-12-08..2026-12-10"),
    ("Mes parents reviennent du chalet lundi, mardi après-midi ça irait.", "fr_CA", "d=2026-12-15 h=12-17 x=2026-12-08..2026-12-14"),
    ("Dad is expected home from rehab on the 15th.", "en_CA", "d=2026-12-16..2026-12-29 x=2026-12-08..2026-12-15"),
])
def test_parents_coming_back_or_expected_home_are_away_until_then(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, label", [
    ("She can't make any day this week. Monday works.", "d=2026-12-14 x=2026-12-08..2026-12-11"),
    ("we can't do any day this week sorry, next Tuesday?", "d=2026-12-15 x=2026-12-08..2026-12-11"),
])
def test_any_day_after_cant_do_is_what_is_refused(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("he's not home this week he's at my sister's next week is good", "en_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("elle est pas là cette semaine elle est au chalet la semaine prochaine c'est parfait", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
])
def test_next_week_found_fine_after_an_unpunctuated_refusal_is_the_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Mom has her bath every morning and the foot clinic on Fridays. Monday afternoon please", "en_CA", "d=2026-12-14 h=12-17 x=2026-12-11,2026-12-18"),
    ("Maman a la préposée tous les matins pis la physio les jeudis. Mardi après-midi svp", "fr_CA", "d=2026-12-15 h=12-17 x=2026-12-10,2026-12-17"),
])
def test_a_second_habit_on_weekdays_after_every_morning_is_all_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("Is the scooter still under warranty?", "en_CA"),
    ("Est-il toujours sous garantie?", "fr_CA"),
    ("Est-ce que la RAMQ paie pour l'entretien?", "fr_CA"),
    ("Can you bill ODSP for it?", "en_CA"),
])
def test_warranty_and_who_pays_asked_are_price_questions(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "price_question"


@pytest.mark.parametrize("text, locale", [
    ("Sorry, there's nobody called Irene at this number", "en_CA"),
    ("I don't know anybody by that name", "en_CA"),
    ("Y'a personne icitte qui s'appelle comme ça", "fr_CA"),
    ("Vous textez la mauvaise personne, désolé", "fr_CA"),
    ("Ce cellulaire n'appartient plus à M. Pelletier", "fr_CA"),
])
def test_no_one_by_the_name_written_to_is_a_wrong_number(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "wrong_number"


@pytest.mark.parametrize("text, locale", [
    ("Le quadriporteur avance de lui-même", "fr_CA"),
    ("The sling on the hoyer ripped", "en_CA"),
    ("La toile du lève-personne est déchirée", "fr_CA"),
    ("His wheelchair took off on him in the mall", "en_CA"),
    ("Y'a des flammèches qui sortent du chargeur", "fr_CA"),
    ("Le scooter s'emballe dans les descentes", "fr_CA"),
    ("Le siège est bloqué en bas, il peut pas remonter", "fr_CA"),
])
def test_a_runaway_unit_a_torn_sling_or_sparks_are_urgent(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "urgent"


@pytest.mark.parametrize("text, locale", [
    ("Vous êtes passés il y a trois semaines", "fr_CA"),
    ("Vous êtes déjà venus en septembre", "fr_CA"),
    ("You folks inspected it in October", "en_CA"),
    ("Your technician repaired it on Monday", "en_CA"),
    ("The lift had its inspection last month", "en_CA"),
])
def test_a_visit_told_as_done_by_you_is_already_serviced(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "already_serviced"


def test_a_repair_told_as_background_is_not_a_service() -> None:
    assert reads_as("Running fine since you fixed the wheel. Any afternoon next week", "en_CA", "d=NW h=12-17")


@pytest.mark.parametrize("text", ["gimme a call after supper", "We would appreciate a call"])
def test_gimme_a_call_and_appreciating_one_ask_for_a_call(text: str) -> None:
    assert understand(text, NOW, "en_CA").intent == "human"


@pytest.mark.parametrize("text, locale", [
    ("We sent her chair back to the Red Cross", "en_CA"),
    ("Le lit a été renvoyé au CLSC", "fr_CA"),
    ("Dad was put into a home", "en_CA"),
])
def test_a_unit_sent_back_or_a_client_gone_into_a_home_is_no_longer_had(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "no_longer_has_unit"


def test_de_quoi_s_agit_il_asks_what_this_is() -> None:
    assert understand("Bonjour, de quoi s'agit-il exactement?", NOW, "fr_CA").intent == "help"


@pytest.mark.parametrize("text, locale", [
    ("Mom's funeral will be on Monday", "en_CA"),
    ("Les funérailles de ma mère seront samedi", "fr_CA"),
    ("Sadly Grandpa is not with us anymore", "en_CA"),
])
def test_a_funeral_to_come_or_not_with_us_anymore_is_a_death(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "bereaved"


@pytest.mark.parametrize("text", ["The chair started rolling and it just wouldn't stop", "Her bed keeps going down, it couldn't stop"])
def test_a_unit_that_would_not_stop_is_urgent_never_an_opt_out(text: str) -> None:
    assert understand(text, NOW, "en_CA").intent == "urgent"


@pytest.mark.parametrize("text, locale", [
    ("Dad's scooter swerved into the street", "en_CA"),
    ("Le lit électrique donne des chocs électriques", "fr_CA"),
    ("Mom is sitting on the lift and it won't move", "en_CA"),
])
def test_swerving_shocks_and_a_unit_that_will_not_move_under_someone_are_urgent(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "urgent"


@pytest.mark.parametrize("text", ["Votre technicien a passé en octobre", "Vous avez fait l'entretien au printemps"])
def test_a_passe_and_vous_avez_fait_tell_a_visit_done(text: str) -> None:
    assert understand(text, NOW, "fr_CA").intent == "already_serviced"


@pytest.mark.parametrize("text, locale", [("May I have a call this afternoon", "en_CA"), ("Faites-nous rappeler svp", "fr_CA")])
def test_getting_a_call_or_having_someone_call_asks_for_a_call(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "human"


def test_remboursé_par_asks_who_pays() -> None:
    assert understand("Est-ce que ça va être remboursé par la RAMQ?", NOW, "fr_CA").intent == "price_question"


def test_a_ressource_intermédiaire_is_care_away_from_home() -> None:
    assert understand("Papa demeure en ressource intermédiaire depuis l'été", NOW, "fr_CA").intent == "no_longer_has_unit"


@pytest.mark.parametrize("text", ["Arrêtez-vous mardi en après-midi", "Arrêtez-vous demain si vous passez dans le coin"])
def test_arretez_vous_with_a_day_is_a_visit_never_an_opt_out(text: str) -> None:
    assert understand(text, NOW, "fr_CA").intent == "when"


def test_call_me_on_arrival_is_how_to_come_not_a_call_now() -> None:
    assert reads_as("Vendredi matin, téléphonez-moi en chemin", "fr_CA", "d=2026-12-11 h=8-12")


def test_a_unit_that_would_not_stop_told_in_the_imperfect_is_urgent() -> None:
    assert understand("Le lit arrêtait plus de monter, j'ai eu peur", NOW, "fr_CA").intent == "urgent"


@pytest.mark.parametrize("text, label", [
    ("lundi ça lui dérange pas, elle est toujours là", "d=2026-12-14"),
    ("jeudi ça nous dérange pas, on est là toute la journée", "d=2026-12-10"),
])
def test_ca_derange_pas_without_me_is_no_refusal(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label)


def test_a_weekday_after_qu_un_is_any_of_them() -> None:
    assert reads_as("c'est sûr qu'un vendredi ça serait mieux", "fr_CA", "d=2026-12-11,2026-12-18")


@pytest.mark.parametrize("text, locale", [
    ("Fine by us", "en_CA"),
    ("alright", "en_CA"),
    ("That day works for her", "en_CA"),
    ("suits me fine", "en_CA"),
    ("we'll be there", "en_CA"),
    ("ça nous adonne bien", "fr_CA"),
    ("Ça fait notre affaire", "fr_CA"),
])
def test_plain_agreement_to_the_offer_is_a_yes(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "yes"


@pytest.mark.parametrize("text, locale", [
    ("Those don't suit us", "en_CA"),
    ("I'm afraid none of these", "en_CA"),
    ("We can't do any of those days", "en_CA"),
    ("Those won't work for dad", "en_CA"),
    ("Ça marche pas pour nous", "fr_CA"),
    ("Sorry we can't make those", "en_CA"),
    ("Les deux marchent pas", "fr_CA"),
])
def test_turning_down_every_offered_time_is_a_no(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "no"


def test_an_option_number_with_would_be_is_chosen() -> None:
    assert understand("3 would be good", NOW, "en_CA").choice == 3


@pytest.mark.parametrize("text, locale, label", [
    ("Tuesday afternoons and Thursday afternoons are no good for us", "en_CA", "x=2026-12-08@12-17,2026-12-15@12-17,2026-12-10@12-17,2026-12-17@12-17"),
    ("Friday morning and Monday evening won't work", "en_CA", "x=2026-12-11@8-12,2026-12-18@8-12,2026-12-14@17-20,2026-12-21@17-20"),
    ("the 16th in the afternoon and the 18th in the morning are out", "en_CA", "x=2026-12-16@12-17,2026-12-18@8-12"),
    ("jeudi soir pis vendredi soir c'est pas bon", "fr_CA", "x=2026-12-10@17-20,2026-12-17@17-20,2026-12-11@17-20,2026-12-18@17-20"),
])
def test_a_refusal_ending_a_list_of_days_with_their_hours_rules_out_each(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


def test_a_french_can_not_ending_a_list_of_days_with_their_hours_rules_out_each() -> None:
    assert reads_as("mardi après-midi pis jeudi après-midi, elle peut pas", "fr_CA", "x=2026-12-08@12-17,2026-12-15@12-17,2026-12-10@12-17,2026-12-17@12-17")


@pytest.mark.parametrize("text, label", [
    ("Thursday at 11 won't work for him", "x=2026-12-10@10.5-13,2026-12-17@10.5-13"),
    ("Friday at 1 isn't good, Monday is", "d=2026-12-14 x=2026-12-11@12.5-15"),
])
def test_a_clock_time_refused_stays_that_time(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text", [
    "any time but not from 12 to 2, she has lunch in the dining room",
    "anytime except 12 to 2, lunch at the residence",
])
def test_a_meal_told_after_refused_hours_only_says_why(text: str) -> None:
    assert reads_as(text, "en_CA", "d=H x=2026-12-08@12-14,2026-12-09@12-14,2026-12-10@12-14,2026-12-11@12-14,2026-12-14@12-14,2026-12-15@12-14,2026-12-16@12-14,2026-12-17@12-14,2026-12-18@12-14,2026-12-21@12-14")


@pytest.mark.parametrize("text, label", [
    ("Wednesday before noon would be good, he is tired in the afternoons", "d=2026-12-09 h=8-12"),
    ("Monday morning would suit, she is very tired in the afternoons", "d=2026-12-14 h=8-12"),
])
def test_tired_in_the_afternoons_is_a_reason_not_a_habit(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("any time the week after next, but not that Thursday", "en_CA", "d=2026-12-21,2026-12-22,2026-12-23,2026-12-25 x=2026-12-24"),
    ("n'importe quel jour la semaine prochaine sauf ce mardi-là", "fr_CA", "d=2026-12-14,2026-12-16,2026-12-17,2026-12-18 x=2026-12-15"),
])
def test_that_weekday_after_a_week_wished_is_the_one_in_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("Either one is fine with us", "en_CA"),
    ("any of those would work thanks", "en_CA"),
    ("Doesn't matter, either works", "en_CA"),
    ("N'importe lequel, merci", "fr_CA"),
    ("Peu importe laquelle, merci", "fr_CA"),
    ("L'un ou l'autre me va", "fr_CA"),
])
def test_taking_any_offered_time_is_a_yes(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "yes"


@pytest.mark.parametrize("text, locale, option", [
    ("2 or 3, whichever suits you", "en_CA", 2),
    ("either 1 or 3 is good", "en_CA", 1),
    ("Le 1 ou le 3, peu importe", "fr_CA", 1),
])
def test_two_options_either_of_which_will_do_choose_the_first(text: str, locale: str, option: int) -> None:
    heard = understand(text, NOW, locale)
    assert (heard.intent, heard.choice) == ("choose", option)


@pytest.mark.parametrize("text, locale, option", [
    ("no 3 thanks", "en_CA", 3),
    ("n° 1 merci", "fr_CA", 1),
    ("1er choix svp", "fr_CA", 1),
    ("1er option svp", "fr_CA", 1),
])
def test_a_number_sign_or_a_first_choice_picks_the_option(text: str, locale: str, option: int) -> None:
    heard = understand(text, NOW, locale)
    assert (heard.intent, heard.choice) == ("choose", option)


@pytest.mark.parametrize("text, locale, option", [
    ("3 but he has to phone ahead", "en_CA", 3),
    ("1 please but ring twice, she's deaf", "en_CA", 1),
    ("Le 3 mais sonnez fort svp", "fr_CA", 3),
    ("2 mais pas trop de bonne heure", "fr_CA", 2),
])
def test_an_option_with_more_said_after_it_is_still_chosen(text: str, locale: str, option: int) -> None:
    heard = understand(text, NOW, locale)
    assert (heard.intent, heard.choice) == ("choose", option)


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday is fine, call us before", "en_CA", "d=2026-12-10"),
    ("Monday works, give us a ring before please", "en_CA", "d=2026-12-14"),
    ("Friday afternoon, phone me the night before", "en_CA", "d=2026-12-11 h=12-17"),
    ("Mercredi c'est parfait, téléphonez-moi avant", "fr_CA", "d=2026-12-09"),
    ("Jeudi matin, appelez-nous la veille svp", "fr_CA", "d=2026-12-10 h=8-12"),
])
def test_a_call_before_the_visit_beside_a_time_is_how_to_come(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [("Call me before Thursday please", "en_CA"), ("Téléphonez-moi avant midi", "fr_CA")])
def test_a_call_asked_before_a_time_is_a_call(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "human"


@pytest.mark.parametrize("text, locale", [
    ("The lift didn't stop at the bottom", "en_CA"),
    ("It didn't stop until the top", "en_CA"),
    ("Le lit s'est pas arrêté en haut", "fr_CA"),
    ("ça s'est pas arrêté en bas", "fr_CA"),
])
def test_a_unit_that_did_not_stop_is_urgent(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "urgent"


@pytest.mark.parametrize("text, locale", [
    ("the tech didn't stop by", "en_CA"),
    ("it kept going to voicemail when I called", "en_CA"),
    ("Il a pas arrêté de pleuvoir, lundi ça va", "fr_CA"),
])
def test_not_stopping_by_or_raining_is_not_urgent(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent != "urgent"


@pytest.mark.parametrize("text, locale, label", [
    ("Not Thurs. the 17th, she has the dentist. Any other day next week", "en_CA", "d=NW x=2026-12-17"),
    ("Mon.'s out, Wed. works", "en_CA", "d=2026-12-09 x=2026-12-14"),
    ("Mon. no, Wed. and Thurs. after 1", "en_CA", "d=2026-12-09,2026-12-10 h=13-20 x=2026-12-14"),
    ("She's free Mon. the 14th or Tues. the 15th, first thing in the morning", "en_CA", "d=2026-12-14,2026-12-15 h=8-10"),
    ("Pas Jeu. le 10, Ven. ça va", "fr_CA", "d=2026-12-11 x=2026-12-10"),
    ("Dad is in respite until Fri. Whatever day suits you next week.", "en_CA", "d=NW x=2026-12-08..2026-12-11"),  # a capital after it: the sentence ended
])
def test_a_weekday_abbreviated_with_a_full_stop_is_that_day_not_a_sentence_end(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("les mercredis matins pis les jeudis matins, non", "fr_CA", "x=2026-12-09@8-12,2026-12-10@8-12,2026-12-16@8-12,2026-12-17@8-12"),
    ("Lundi à 10 h pis mercredi à 14 h, non", "fr_CA", "x=2026-12-14@9.5-12,2026-12-21@9.5-12,2026-12-09@13.5-16,2026-12-16@13.5-16"),
    ("Wednesday mornings and Friday mornings, no", "en_CA", "x=2026-12-09@8-12,2026-12-11@8-12,2026-12-16@8-12,2026-12-18@8-12"),
    ("Mercredi à 14 h pis vendredi à 14 h, non, elle est en réadaptation", "fr_CA",
     "x=2026-12-09@13.5-16,2026-12-16@13.5-16,2026-12-11@13.5-16,2026-12-18@13.5-16"),
    ("Friday the 11th, no. Friday the 18th", "en_CA", "d=2026-12-18 x=2026-12-11"),
    ("Thursday? No. Friday", "en_CA", "d=2026-12-11 x=2026-12-10"),
])
def test_a_bare_no_after_a_list_refuses_every_item(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("the PSW is there every morning until 10, any day after that works", "en_CA", "d=H h=10-20"),
    ("La préposée est là tous les matins jusqu'à 10 h", "fr_CA", "d=H h=10-20"),
    ("La préposée est là jusqu'à 11 h tous les matins, jeudi à 11 h 30", "fr_CA", "d=2026-12-10 h=11-13.5"),
    ("the worker is there every morning until 10, Wednesday at 10:30?", "en_CA", "d=2026-12-09 h=10-12.5"),
    ("Her PSW is there Monday morning until 11, she can let you in", "en_CA", "d=2026-12-14 h=8-11"),
    ("La préposée est là jeudi jusqu'à 11 h, elle peut vous ouvrir", "fr_CA", "d=2026-12-10 h=8-11"),
])
def test_a_helper_there_until_a_time_keeps_those_hours_unless_she_opens_the_door(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("the scooter died on me at the mall today", "en_CA"),
    ("the battery died on me halfway to the store", "en_CA"),
    ("my scooter quit on me crossing the street", "en_CA"),
])
def test_a_unit_that_died_on_someone_is_urgent(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "urgent"


@pytest.mark.parametrize("text, locale, intent", [
    ("the scooter died", "en_CA", "unknown"),
    ("my husband died", "en_CA", "bereaved"),
    ("my phone died on me so I missed your text, Thursday works", "en_CA", "when"),
])
def test_a_unit_that_died_is_no_death(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale", [
    ("I don't own a scooter", "en_CA"),
    ("not me, I don't have any of that equipment", "en_CA"),
    ("j'ai pas de fauteuil roulant moi", "fr_CA"),
])
def test_no_unit_ever_owned_is_a_wrong_number(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "wrong_number"


@pytest.mark.parametrize("text, locale, intent", [
    ("I don't have the scooter anymore", "en_CA", "no_longer_has_unit"),
    ("j'ai pu de fauteuil", "fr_CA", "no_longer_has_unit"),
    ("I don't use a wheelchair, just the scooter", "en_CA", "unknown"),
    ("I don't have a scooter, I have a power chair. Tuesday?", "en_CA", "when"),
])
def test_a_unit_not_owned_any_more_or_another_one_is_no_wrong_number(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale", [
    ("He's in the hospital permanently now and won't be coming home", "en_CA"),
    ("he won't be coming back home, he's in palliative care", "en_CA"),
    ("elle reviendra pu chez elle", "fr_CA"),
    ("Mom is moving to a home next month", "en_CA"),
    ("dad's going into a home in January", "en_CA"),
    ("she's gone to live with my brother in Winnipeg", "en_CA"),
])
def test_a_client_leaving_home_for_good_has_no_unit(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "no_longer_has_unit"


@pytest.mark.parametrize("text, locale", [
    ("she won't be home until Friday", "en_CA"),
    ("he's not going home this week, maybe next", "en_CA"),
    ("elle reviendra pas chez elle avant le 15", "fr_CA"),
    ("going to a home show on thursday, friday is better", "en_CA"),
    ("the lift is permanently fixed to the wall", "en_CA"),
])
def test_a_stay_away_for_a_while_keeps_the_unit(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent != "no_longer_has_unit"


@pytest.mark.parametrize("text, locale", [
    ("this is a new number, it's not hers anymore", "en_CA"),
    ("it's not his anymore, it's my number now", "en_CA"),
    ("c'est mon nouveau numero, c'est pu a elle", "fr_CA"),
])
def test_a_number_no_longer_the_clients_is_a_wrong_number(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "wrong_number"


@pytest.mark.parametrize("text, locale, intent", [
    ("the scooter is not hers anymore, she sold it", "en_CA", "no_longer_has_unit"),
    ("I gave her my chair, it's not hers anymore, my number is 555-1234", "en_CA", "no_longer_has_unit"),
])
def test_a_unit_no_longer_hers_is_no_wrong_number(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale", [
    ("the lift isn't safe anymore", "en_CA"),
    ("the scooter feels unsafe on hills", "en_CA"),
    ("le monte-escalier est pu sécuritaire", "fr_CA"),
])
def test_a_unit_told_unsafe_is_urgent(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "urgent"


@pytest.mark.parametrize("text, locale", [
    ("the ramp is fine but the roads are not safe today", "en_CA"),
    ("it's not safe for her to go out in the snow so not tuesday", "en_CA"),
    ("she can't use the lift alone, it's not safe, her aide comes tuesdays", "en_CA"),
])
def test_other_things_unsafe_are_not_urgent(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent != "urgent"


@pytest.mark.parametrize("text, locale", [
    ("her chair is going in circles and wont respond", "en_CA"),
    ("la chaise electrique repond pu, a tourne en rond", "fr_CA"),
    ("the joystick doesn't respond", "en_CA"),
    ("le fauteuil répond plus quand je pousse la manette", "fr_CA"),
])
def test_a_unit_that_no_longer_obeys_is_urgent(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "urgent"


@pytest.mark.parametrize("text, locale", [
    ("mom won't respond to your texts, she's deaf, call my cell", "en_CA"),
    ("elle repond pas au telephone", "fr_CA"),
    ("je tourne en rond avec vos messages", "fr_CA"),
])
def test_a_person_who_does_not_respond_is_not_urgent(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent != "urgent"


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday at 10 is fine, I'll cancel my hairdresser. See you then", "en_CA", "d=2026-12-10 h=9.5-12"),
    ("I cancelled my dentist so the 16th works", "en_CA", "d=2026-12-16"),
    ("Mercredi le 16 à 13 h 30 c'est parfait. Je vais annuler ma coiffeuse", "fr_CA", "d=2026-12-16 h=13-15.5"),
    ("Jeudi à 10 h c'est bon. Est-ce que je dois annuler ma physio?", "fr_CA", "d=2026-12-10 h=9.5-12"),
])
def test_cancelling_ones_own_plans_keeps_the_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("Please cancel my appointment, Thursday is no good anymore", "en_CA"),
    ("cancel my mom's appointment", "en_CA"),
    ("cancel my Thursday visit", "en_CA"),
    ("Finalement je veux canceller, mon gendre va s'en occuper", "fr_CA"),
    ("annulez ma visite de jeudi svp", "fr_CA"),
])
def test_cancelling_the_visit_still_cancels(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "cancel"


@pytest.mark.parametrize("text, label", [
    ("Mardi dernier le fauteuil a fait un drôle de bruit. Jeudi en avant-midi", "d=2026-12-10 h=8-12"),
    ("Jeudi dernier le lit s'est mis à craquer. Lundi après-midi si possible", "d=2026-12-14 h=12-17"),
    ("Lundi dernier mon fils a regardé le scooter. Vendredi matin ce serait bien", "d=2026-12-11 h=8-12"),
    ("Mardi passé le fauteuil a fait un bruit. Jeudi en avant-midi", "d=2026-12-10 h=8-12"),
])
def test_a_weekday_gone_by_is_news_not_a_wish(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("Friday morning works. The buzzer doesn't work so please knock loudly", "en_CA", "d=2026-12-11 h=8-12"),
    ("Friday works. My phone doesn't work well so text me", "en_CA", "d=2026-12-11"),
    ("Monday is good, the elevator isn't working so take the stairs", "en_CA", "d=2026-12-14"),
    ("Friday works, but Thursday doesn't work", "en_CA", "d=2026-12-11 x=2026-12-10"),
])
def test_a_broken_buzzer_or_phone_refuses_no_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Je vais être là jeudi, venez quand vous voulez. Au fond, vendredi serait mieux", "fr_CA", "d=2026-12-11"),
    ("Thursday is fine for me. Hmm, Friday would be better for my son", "en_CA", "d=2026-12-11"),
    ("Lundi ou vendredi serait mieux", "fr_CA", "d=2026-12-11,2026-12-14"),
    ("Monday or Friday would be better for us", "en_CA", "d=2026-12-11,2026-12-14"),
])
def test_a_later_day_that_would_be_better_corrects_the_first(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, label", [
    ("la prochaine semaine", "d=NW"),
    ("Prochaine semaine en am svp", "d=NW h=8-12"),
    ("La prochaine semaine sauf mardi, j'ai la dialyse", "d=NW x=2026-12-15"),
    ("Pas la prochaine semaine, celle d'après", "d=2026-12-21..2026-12-25 x=NW"),
])
def test_la_prochaine_semaine_is_next_week(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label)


@pytest.mark.parametrize("text, locale, label", [
    ("jeu 17 pm", "fr_CA", "d=2026-12-17 h=12-17"),
    ("ven 18 am svp", "fr_CA", "d=2026-12-18 h=8-12"),
    ("merc 16 pm", "fr_CA", "d=2026-12-16 h=12-17"),
    ("thrusday 17 pm", "en_CA", "d=2026-12-17 h=12-17"),
    ("wensday 16 am works", "en_CA", "d=2026-12-16 h=8-12"),
    ("wed 16 pm", "en_CA", "d=2026-12-16 h=12-17"),  # guard: a day spelled right already read so
])
def test_a_day_typed_short_or_slipped_then_a_date_and_am_pm(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("à compter du 15", "fr_CA", "d=2026-12-15..2026-12-28"),
    ("À compter de lundi prochain, en après-midi", "fr_CA", "d=2026-12-14..2026-12-25 h=12-17"),
    ("as of the 15th", "en_CA", "d=2026-12-15..2026-12-28"),
    ("As of Monday, mornings please", "en_CA", "d=2026-12-14..2026-12-25 h=8-12"),
    ("beginning the 15th", "en_CA", "d=2026-12-15..2026-12-28"),
    ("commencing Monday", "en_CA", "d=2026-12-14..2026-12-25"),
    ("As of now she's in hospital until the 15th", "en_CA", "d=2026-12-16..2026-12-29 x=2026-12-08..2026-12-15"),  # guard: 'as of now' is no day
    ("J'ai mes pilules à compter, mardi ça va", "fr_CA", "d=2026-12-15"),  # guard: counting, no 'from'
])
def test_as_of_or_a_compter_de_a_day_is_from_it_on(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("tomorrow or later", "en_CA", "d=2026-12-09..2026-12-22"),
    ("The day after tomorrow or later, afternoons", "en_CA", "d=2026-12-10..2026-12-23 h=12-17"),
    ("day after tomorrow onwards", "en_CA", "d=2026-12-10..2026-12-23"),
    ("Not before the day after tomorrow", "en_CA", "d=2026-12-10..2026-12-23"),
    ("demain ou après", "fr_CA", "d=2026-12-09..2026-12-22"),
    ("Après-demain ou après, le matin", "fr_CA", "d=2026-12-10..2026-12-23 h=8-12"),
    ("à partir d'après-demain", "fr_CA", "d=2026-12-10..2026-12-23"),
    ("pas avant après-demain", "fr_CA", "d=2026-12-10..2026-12-23"),
    ("Demain ou après-demain", "fr_CA", "d=2026-12-09,2026-12-10"),  # guard: two days, not from one on
    ("tomorrow or the day after", "en_CA", "d=2026-12-09,2026-12-10"),  # guard: two days, not from one on
])
def test_tomorrow_or_later_is_from_it_on(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Dad is visiting my brother from Wednesday to Friday, Monday would suit", "en_CA", "d=2026-12-14 x=2026-12-09..2026-12-11"),
    ("We're on a cruise from the 12th to the 19th, tomorrow works", "en_CA", "d=2026-12-09 x=2026-12-14..2026-12-18"),
    ("Ma mère part en voyage du 14 au 17, le 18 en après-midi", "fr_CA", "d=2026-12-18 h=12-17 x=2026-12-14..2026-12-17"),
    ("Grand-maman s'en va à Québec de jeudi à lundi, mardi le 15 ça irait", "fr_CA", "d=2026-12-15 x=2026-12-10,2026-12-11,2026-12-14"),
    ("We were visiting my son from the 1st to the 5th, Thursday is good", "en_CA", "d=2026-12-10"),  # guard: a trip told as past
])
def test_a_trip_over_a_span_rules_its_days_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("lundi dans lpm svp", "fr_CA", "d=2026-12-14 h=12-17"),
    ("mercredi ds lam si possible", "fr_CA", "d=2026-12-09 h=8-12"),
    ("ds lpm vendredi", "fr_CA", "d=2026-12-11 h=12-17"),
    ("dans l'am jeudi", "fr_CA", "d=2026-12-10 h=8-12"),  # guard: the apostrophe already typed
])
def test_lam_and_lpm_are_l_am_and_l_pm(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("all week except thursday", "en_CA", "d=2026-12-08..2026-12-11 x=2026-12-10"),
    ("I'm here all week except Friday", "en_CA", "d=2026-12-08..2026-12-10 x=2026-12-11"),
    ("All week but not Wednesday", "en_CA", "d=2026-12-08..2026-12-11 x=2026-12-09"),
    ("chu là toute la semaine sauf jeudi", "fr_CA", "d=2026-12-08..2026-12-11 x=2026-12-10"),
    ("on est ici toute la semaine sauf mercredi", "fr_CA", "d=2026-12-08..2026-12-11 x=2026-12-09"),
    ("all week works", "en_CA", "d=H"),  # guard: no week said, the horizon
    ("toute la semaine c'est bon", "fr_CA", "d=H"),  # guard: no week said, the horizon
    ("toute la semaine prochaine sauf jeudi", "fr_CA", "d=NW x=2026-12-17"),  # guard: next week named
])
def test_all_week_except_a_day_is_this_week_without_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("15 or 16 December", "en_CA", "d=2026-12-15,2026-12-16"),
    ("14 and 15 January work", "en_CA", "d=2027-01-14,2027-01-15"),
    ("14 or 15 jan in the morning", "en_CA", "d=2027-01-14,2027-01-15 h=8-12"),
    ("15, 16 or 17 Dec", "en_CA", "d=2026-12-15..2026-12-17"),
    ("17 et 18 decembre en pm", "fr_CA", "d=2026-12-17,2026-12-18 h=12-17"),
    ("15 pis 16 décembre", "fr_CA", "d=2026-12-15,2026-12-16"),
    ("at 2 or 3, december 15", "en_CA", "d=2026-12-15 h=13.5-17"),  # guard: a clock time before the date
    ("vers 2 ou 3 le 15 décembre", "fr_CA", "d=2026-12-15 h=13-17"),  # guard: a clock time before the date
    ("15 or 16 May please", "en_CA", "d=2027-05-15,2027-05-16"),  # May the month when no verb follows
])
def test_days_listed_before_a_month_are_each_of_that_month(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We're away from Thursday to Sunday. Monday or Tuesday after we get back works", "en_CA", "d=2026-12-14,2026-12-15 x=2026-12-10,2026-12-11"),
    ("She's away Thursday to Sunday. Monday after she gets home is fine", "en_CA", "d=2026-12-14 x=2026-12-10,2026-12-11"),
    ("We're at the cottage Thursday to Sunday. Tuesday morning after we get home?", "en_CA", "d=2026-12-15 h=8-12 x=2026-12-10,2026-12-11"),
    ("We're away Thursday to Sunday. Any morning after we get home", "en_CA", "d=2026-12-14..2026-12-27 h=8-12 x=2026-12-10,2026-12-11"),
    ("On est au chalet de jeudi à dimanche. Mardi quand on revient", "fr_CA", "d=2026-12-15 x=2026-12-10,2026-12-11"),
    ("Ils sont au chalet de jeudi à dimanche. Le mardi après qu'ils reviennent", "fr_CA", "d=2026-12-15 x=2026-12-10,2026-12-11"),
    ("We're away Thursday to Sunday. Once we're back, Tuesday", "en_CA", "d=2026-12-15 x=2026-12-10,2026-12-11"),  # guard: read before too
    ("On est au chalet de jeudi à dimanche. Après notre retour, mardi", "fr_CA", "d=2026-12-15 x=2026-12-10,2026-12-11"),  # guard: read before too
    ("We're away Thursday to Sunday. Any afternoon after she gets home from work", "en_CA",
     "d=H h=12-17 x=2026-12-10,2026-12-11"),  # guard: home from work is a daily hour, not the trip's end
    ("He comes home Sunday", "en_CA", "d=2026-12-14..2026-12-27 x=2026-12-08..2026-12-11"),  # guard: back on a day is away until it
    ("She gets back Sunday, Monday works", "en_CA", "d=2026-12-14 x=2026-12-08..2026-12-11"),  # guard
])
def test_a_wish_said_with_after_we_get_back_is_kept(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("we keep going in circles with this booking, just send someone thursday", "en_CA", "when"),
    ("Sorry, my mind keeps going in circles, Wednesday afternoon is fine", "en_CA", "when"),
    ("We keep going back and forth on this, Thursday morning works", "en_CA", "when"),
    ("Mom keeps going on about it, she'd like Friday", "en_CA", "when"),
    ("These texts keep going in circles. Just call me", "en_CA", "human"),
    ("the chair keeps going even when I let go", "en_CA", "urgent"),  # guard: the unit keeps going
    ("it just keeps going, I had to unplug it", "en_CA", "urgent"),  # guard
    ("the scooter keeps going in circles and won't stop", "en_CA", "urgent"),  # guard
    ("mon fauteuil tourne en rond", "fr_CA", "urgent"),  # guard
    ("On tourne en rond avec ce rendez-vous, venez jeudi", "fr_CA", "when"),  # guard: people going in circles, read right before too
])
def test_only_a_unit_that_keeps_going_is_danger(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Do I need to move the furniture?", "en_CA", "unknown"),
    ("Should I move the table out of the way before he comes?", "en_CA", "unknown"),
    ("We'll move the couch so he can get to the lift, Thursday works", "en_CA", "when"),
    ("My son will move the boxes out of the hallway, any afternoon next week", "en_CA", "when"),
    ("move my appointment", "en_CA", "reschedule"),  # guard
    ("Can we move the visit?", "en_CA", "reschedule"),  # guard
    ("Is it possible to move the date", "en_CA", "reschedule"),  # guard
    ("I need to move Thursday's appointment", "en_CA", "reschedule"),  # guard
    ("Can we move that?", "en_CA", "reschedule"),  # guard
    ("can we move it to Friday", "en_CA", "when"),  # guard
])
def test_only_moving_the_visit_is_a_reschedule(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("jeudi je dois aller à la pharmacie", "fr_CA", "x=2026-12-10,2026-12-17"),
    ("Thursday I have to go to the pharmacy, Friday works", "en_CA", "d=2026-12-11 x=2026-12-10"),
    ("lundi faut que j'aille à la banque", "fr_CA", "x=2026-12-14,2026-12-21"),
    ("Thursday she has to go to the hospital, Friday is fine", "en_CA", "d=2026-12-11 x=2026-12-10"),
    ("Mercredi elle doit aller chez le dentiste, jeudi c'est correct", "fr_CA", "d=2026-12-10 x=2026-12-09"),
    ("Thursday works, I have to go to the bathroom a lot so call before", "en_CA", "d=2026-12-10"),  # guard: no errand
    ("Thursday is good, you have to go to the back door", "en_CA", "d=2026-12-10"),  # guard: told to the technician
    ("I don't have to go anywhere Thursday", "en_CA", "d=2026-12-10"),  # guard: free
])
def test_having_to_go_somewhere_on_a_day_makes_it_busy(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Wednesday after lunch, she has therapy in the mornings", "en_CA", "d=2026-12-09 h=13-17"),
    ("Wednesday afternoon, he has his exercises in the mornings", "en_CA", "d=2026-12-09 h=12-17"),
    ("Thursday after 1, I have therapy in the mornings", "en_CA", "d=2026-12-10 h=13-20"),
    ("Wednesdays after lunch, she has therapy in the mornings", "en_CA", "d=2026-12-09,2026-12-16 h=13-17"),  # guard: a habit
    ("mercredis après-midi, elle a sa thérapie les matins", "fr_CA", "d=2026-12-09,2026-12-16 h=12-17"),  # guard: a habit
    ("Wednesday, mornings", "en_CA", "d=2026-12-09,2026-12-16 h=8-12"),  # guard: the wish's own plural
])
def test_a_routine_told_in_plural_parts_leaves_the_wish_one_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


def test_a_long_message_of_clauses_after_commas_is_not_read_again_clause_by_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    readings = []
    whole = reader.understand

    def counted(*args: object) -> object:
        readings.append(args[0])
        return whole(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(reader, "understand", counted)
    assert counted("I am not sure what this is about, " * 40, NOW, "en_CA").intent == "unknown"  # type: ignore[attr-defined]
    assert len(readings) <= 3  # the whole, and at most its first and last sentences
    assert counted("Margaret here: 1 is good", NOW, "en_CA").choice == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, locale, label", [
    ("They go back to Halifax on the 14th, so Thursday or Friday please", "en_CA", "d=2026-12-10,2026-12-11"),
    ("My son is heading back to Sudbury Monday, so Wednesday afternoon", "en_CA", "d=2026-12-09 h=12-17"),
    ("Mom is driving back to Kingston on Friday; Wednesday morning is good", "en_CA", "d=2026-12-09 h=8-12"),
    ("My daughter flies back to Vancouver on the 18th, Thursday works", "en_CA", "d=2026-12-10"),
    ("She's going back home on the 14th, any day after that", "en_CA", "d=2026-12-15..2026-12-28 x=2026-12-08..2026-12-14"),  # guard: home again
    ("He comes back on the 14th", "en_CA", "d=2026-12-15..2026-12-28 x=2026-12-08..2026-12-14"),  # guard: a return
    ("We drive back to our place on the 14th, any day after that", "en_CA", "d=2026-12-15..2026-12-28 x=2026-12-08..2026-12-14"),  # guard: home
    ("I fly back from Florida on the 14th, any day after that", "en_CA", "d=2026-12-15..2026-12-28 x=2026-12-08..2026-12-14"),  # guard: a return
    ("I'm back on Friday, Monday works", "en_CA", "d=2026-12-14 x=2026-12-08..2026-12-11"),  # guard: a return
])
def test_going_back_somewhere_on_a_day_is_a_departure_not_a_return(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Monday's taken, Tuesday works", "en_CA", "d=2026-12-15 x=2026-12-14"),
    ("Thursday and Friday are already taken, so Monday", "en_CA", "d=2026-12-14 x=2026-12-10,2026-12-11"),
    ("jeudi pis vendredi sont déjà pris, lundi ça irait", "fr_CA", "d=2026-12-14 x=2026-12-10,2026-12-11"),
    ("She's got appointments all next week, so the week after", "en_CA", "d=2026-12-21..2026-12-25 x=2026-12-14..2026-12-18"),
    ("I have appointments all this week, next week is better", "en_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("Le rendez-vous est pris pour jeudi, merci", "fr_CA", "d=2026-12-10"),  # guard: the visit booked
    ("Thursday is all taken care of, so Friday", "en_CA", "d=2026-12-11"),  # guard: taken care of
    ("If Thursday is taken, Friday works", "en_CA", "d=2026-12-11"),  # guard: a condition
])
def test_a_day_taken_or_a_week_of_appointments_is_busy(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Dad fell ill last week, next week would be better", "en_CA", "when"),
    ("Mom has fallen sick, can we do Friday?", "en_CA", "when"),
    ("Papa est tombé malade la semaine passée, la semaine prochaine svp", "fr_CA", "when"),
    ("Ma mère est tombée malade, jeudi ça irait", "fr_CA", "when"),
    ("Elle est tombée en amour avec son nouveau fauteuil, jeudi c'est correct", "fr_CA", "when"),
    ("Dad fell in the bathroom this morning", "en_CA", "urgent"),  # guard: a fall
    ("Ma mère est tombée en sortant du lit", "fr_CA", "urgent"),  # guard: a fall
    ("Il est tombé malade pis après il est tombé dans la douche", "fr_CA", "urgent"),  # guard: a fall after the illness
])
def test_falling_ill_is_not_a_fall(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Could we move Mom's visit from Thursday to next Monday morning?", "en_CA", "d=2026-12-14 h=8-12"),
    ("Can you move Dad's appointment from the 10th to the 14th?", "en_CA", "d=2026-12-14"),
    ("Can we change it from Friday to Tuesday afternoon", "en_CA", "d=2026-12-15 h=12-17"),
    ("Est-ce qu'on peut déplacer la visite de mon père à vendredi matin?", "fr_CA", "d=2026-12-11 h=8-12"),
    ("Pouvez-vous déplacer le rendez-vous de jeudi à lundi prochain?", "fr_CA", "d=2026-12-14"),
    ("Changer le rendez-vous de jeudi pour vendredi après-midi", "fr_CA", "d=2026-12-11 h=12-17"),
    ("Could you move it to Thursday from 1 to 3?", "en_CA", "d=2026-12-10 h=13-15"),  # guard: hours after the new day
    ("I'm free Thursday from 1 to 3", "en_CA", "d=2026-12-10 h=13-15"),  # guard: no move
])
def test_a_move_wishes_its_new_time_not_the_old_one(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("I need to move Mom's visit from Thursday", "en_CA"),  # guard: no new time
    ("Je voudrais déplacer le rendez-vous de ma mère", "fr_CA"),  # guard
    ("Pouvez-vous reporter la visite de jeudi à une autre journée?", "fr_CA"),  # guard
])
def test_a_move_from_an_old_time_alone_is_a_reschedule(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "reschedule"


@pytest.mark.parametrize("text, locale, intent", [
    ("Dad's appointment on Friday has to change, I can't take him", "en_CA", "reschedule"),
    ("The appointment on Friday has to change", "en_CA", "reschedule"),
    ("Friday's appointment has to be changed", "en_CA", "reschedule"),
    ("Le rendez-vous de vendredi doit être déplacé", "fr_CA", "reschedule"),
    ("Mom's visit needs to be moved, can you do Monday afternoon instead?", "en_CA", "when"),  # guard: the new time named
    ("My physio appointment on Thursday has to change, so Friday works", "en_CA", "when"),  # guard: another appointment
    ("The visit needs to be on a weekday", "en_CA", "unknown"),  # guard: no move
])
def test_a_visit_that_has_to_change_is_a_reschedule(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Her PSW says Mrs. Lee would prefer late afternoon on Thursday", "en_CA", "d=2026-12-10 h=15-17"),
    ("The PSW says Thursday afternoon", "en_CA", "d=2026-12-10 h=12-17"),
    ("Her nurse told me Friday morning is good", "en_CA", "d=2026-12-11 h=8-12"),
    ("La préposée dit que jeudi après-midi ça irait", "fr_CA", "d=2026-12-10 h=12-17"),
    ("Son infirmière me dit que vendredi matin c'est correct", "fr_CA", "d=2026-12-11 h=8-12"),
    ("The PSW comes Thursday afternoon, Friday works", "en_CA", "d=2026-12-11 x=2026-12-10@12-17"),  # guard: the helper's visit
    ("La préposée vient jeudi après-midi, vendredi c'est beau", "fr_CA", "d=2026-12-11 x=2026-12-10@12-17"),  # guard
])
def test_a_helper_relaying_the_clients_words_is_no_busy_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("My father-in-law passed in November. You can pick up the bed anytime.", "en_CA", "bereaved"),
    ("Dad passed away in November. Can someone come get the scooter, any day next week", "en_CA", "bereaved"),
    ("Mom died in October, please come pick up the stairlift whenever", "en_CA", "bereaved"),
    ("Ma belle-mère est décédée en novembre. Vous pouvez venir chercher le lit n'importe quand.", "fr_CA", "bereaved"),
    ("My husband died in 2019, Friday would be fine", "en_CA", "when"),  # guard: a death long past, then a booking
    ("My wife died in March. Friday would be fine for the lift.", "en_CA", "when"),  # guard
    ("Mon mari est décédé en 2019, vendredi ça irait", "fr_CA", "when"),  # guard
])
def test_a_death_told_with_the_unit_to_collect_is_the_news(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Ma mère pis mon père ont chacun un rendez-vous jeudi, faque n'importe quel autre jour cette semaine", "fr_CA", "d=2026-12-08..2026-12-11 x=2026-12-10"),
    ("Nous avons un rendez-vous jeudi, vendredi ça irait", "fr_CA", "d=2026-12-11 x=2026-12-10"),
    ("Mes parents ont leur rendez-vous jeudi, vendredi ça irait", "fr_CA", "d=2026-12-11 x=2026-12-10"),
    ("Ma mère a un rendez-vous jeudi, vendredi ça irait", "fr_CA", "d=2026-12-11 x=2026-12-10"),  # guard: one person, read right before too
    ("Mes parents ont hâte, jeudi ça irait", "fr_CA", "d=2026-12-10"),  # guard: no appointment
])
def test_an_appointment_several_people_have_rules_the_day_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Le fauteuil de ma mère arrête pas de monter pis descendre, elle a peur", "fr_CA", "urgent"),
    ("Le monte-escalier de papa arrête pas de descendre tout seul", "fr_CA", "urgent"),
    ("Le lit arrête plus de monter", "fr_CA", "urgent"),  # guard: a unit named right before it, read right before too
    ("Ma mère arrête pas de monter pis descendre les marches, jeudi ça irait", "fr_CA", "when"),  # guard: a person
    ("Mon fils arrête pas de monter me voir, jeudi c'est beau", "fr_CA", "when"),  # guard: a person
])
def test_a_unit_that_wont_stop_moving_is_danger_in_french_too(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Papa demande si la visite est payante", "fr_CA", "price_question"),
    ("Maman veut savoir si le service est payant", "fr_CA", "price_question"),
    ("L'entretien va être payant?", "fr_CA", "price_question"),
    ("Le stationnement est payant, jeudi ça irait", "fr_CA", "when"),  # guard: not the visit
    ("Mon père dit que l'entretien est pas payant, il a la garantie, jeudi", "fr_CA", "when"),  # guard: told, not asked
])
def test_asking_whether_the_visit_is_paid_asks_its_price(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("My mother says Fridayis fine", "en_CA", "d=2026-12-11"),  # a day glued to the next word, inside a sentence
    ("the weekof the 14th please", "en_CA", "d=2026-12-14..2026-12-18"),
    ("Thursdayat 2 if you can", "en_CA", "d=2026-12-10 h=13.5-16"),
    ("any time nextwk", "en_CA", "d=NW"),
    ("la semainedu 14", "fr_CA", "d=2026-12-14..2026-12-18"),
    ("Jeudic'est pas bon, vendredi oui", "fr_CA", "d=2026-12-11 x=2026-12-10"),
    ("Mercrediaprès-midi ce serait parfait", "fr_CA", "d=2026-12-09 h=12-17"),
    ("Tuesday afteronon works", "en_CA", "d=2026-12-15 h=12-17"),  # guard: a slip in 'afternoon', no 'after on on'
])
def test_a_time_word_typed_without_the_space_after_it_is_read(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("c'est tu payant?", "fr_CA", "price_question"),
    ("C'est tu pour le lit?", "fr_CA", "help"),
    ("c'est tu vous autres qui m'écrivez? c'est tu une arnaque", "fr_CA", "help"),
    ("c'est-tu payant?", "fr_CA", "price_question"),  # guard: the particle joined, read right before too
    ("c'est payant", "fr_CA", "price_question"),  # guard: no particle
    ("Mardi à 10 h, c'est tu correct?", "fr_CA", "when"),  # guard: a wish asked with the particle
])
def test_the_question_particle_typed_apart_still_asks(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Vous êtes déjà venus", "fr_CA", "already_serviced"),
    ("Vous êtes déjà venus le vérifier", "fr_CA", "already_serviced"),
    ("Votre technicienne est déjà venue", "fr_CA", "already_serviced"),
    ("Ils sont déjà venus", "fr_CA", "already_serviced"),
    ("Vos techniciennes sont déjà passées", "fr_CA", "already_serviced"),
    ("Vous êtes déjà venus l'an passé, faut le refaire", "fr_CA", "unknown"),  # guard: last year's visit
    ("Le technicien est pas encore venu", "fr_CA", "unknown"),  # guard: not yet
])
def test_a_visit_already_made_is_told_in_any_gender_and_number(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("ouin pas vraiment", "fr_CA", "no"),
    ("Ouais pas vraiment", "fr_CA", "no"),
    ("Pas vraiment non", "fr_CA", "no"),
    ("Ben pas vraiment, merci", "fr_CA", "no"),
    ("Yeah not really", "en_CA", "no"),
    ("Well not really, thanks", "en_CA", "no"),
    ("Not really sure what this is", "en_CA", "unknown"),  # guard: unsure, no answer
    ("pas vraiment sûr", "fr_CA", "unknown"),  # guard
    ("Yes, not really a problem", "en_CA", "yes"),  # guard: no trouble is a yes
    ("ouin", "fr_CA", "yes"),  # guard: the yes-word alone
    ("I don't think so", "en_CA", "no"),
    ("ben je pense pas", "fr_CA", "no"),
    ("je crois pas", "fr_CA", "no"),
    ("I don't think so, Thursday is better", "en_CA", "when"),  # guard: a wish after it
    ("je pense pas être là jeudi", "fr_CA", "when"),  # guard: a day ruled out
])
def test_a_no_said_softly_declines(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent, choice", [
    ("on a pas d'ascenseur, c'est au 3e", "fr_CA", "unknown", None),
    ("je reste au 2e", "fr_CA", "unknown", None),
    ("le 3e étage", "fr_CA", "unknown", None),
    ("2nd floor apartment", "en_CA", "unknown", None),
    ("on est au 3e, sonnez au 304", "fr_CA", "unknown", None),
    ("le 2e", "fr_CA", "choose", 2),  # guard: the option
    ("au 2e choix", "fr_CA", "choose", 2),  # guard: an option said with 'au'
    ("la 3e svp", "fr_CA", "choose", 3),  # guard
    ("the 2nd one, we're on the 2nd floor", "en_CA", "choose", 2),  # guard: the option beside the floor
])
def test_a_floor_of_the_house_is_no_option(text: str, locale: str, intent: str, choice: int | None) -> None:
    heard = understand(text, NOW, locale)
    assert (heard.intent, heard.choice) == (intent, choice), text


@pytest.mark.parametrize("text, locale, intent", [
    ("Est-ce que je dois déplacer les meubles?", "fr_CA", "unknown"),
    ("Il faut reporter le fauteuil au garage?", "fr_CA", "unknown"),
    ("je dois remettre mes clés au concierge", "fr_CA", "unknown"),
    ("Faut-tu déplacer mon auto?", "fr_CA", "unknown"),
    ("I need to move my car out of the driveway first", "en_CA", "unknown"),
    ("Pouvez-vous déplacer le rendez-vous?", "fr_CA", "reschedule"),  # guard: the visit
    ("Pouvez-vous reporter la visite?", "fr_CA", "reschedule"),  # guard
    ("faudrait changer l'heure", "fr_CA", "reschedule"),  # guard
    ("on peu tu remettre sa a plus tard", "fr_CA", "reschedule"),  # guard: 'ça' typed 'sa'
    ("can we move my Thursday appointment", "en_CA", "reschedule"),  # guard: a day before the visit
    ("need to change mom's appointment", "en_CA", "reschedule"),  # guard: whose visit
    ("Faut changer, mon fils peut pas", "fr_CA", "reschedule"),  # guard: who is next is no thing moved
])
def test_moving_a_thing_is_no_move_of_the_visit(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Les batteries du quadri sont mortes", "fr_CA", "unknown"),
    ("la pile de la manette est morte", "fr_CA", "unknown"),
    ("Mon cell est mort hier, je viens de voir votre message", "fr_CA", "unknown"),
    ("The remote for the bed died", "en_CA", "unknown"),
    ("Mon père est mort en fin de semaine", "fr_CA", "bereaved"),  # guard: a person
    ("Pour le lit, mon père est mort", "fr_CA", "bereaved"),  # guard: the unit named, then the death
    ("My phone died yesterday, sorry. Mom died on Sunday", "en_CA", "bereaved"),  # guard: both
    ("Le lit est encore là mais papa est mort", "fr_CA", "bereaved"),  # guard
])
def test_a_thing_that_died_is_no_death(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Qui paye pour ça?", "fr_CA", "price_question"),
    ("Who pays for it?", "en_CA", "price_question"),
    ("Is this going to be on my bill?", "en_CA", "price_question"),
    ("Will it go on my account?", "en_CA", "price_question"),
    ("C'est tu compris dans la garantie?", "fr_CA", "price_question"),
    ("Will Medicare pay for it", "en_CA", "price_question"),
    ("Est-ce que la SAAQ paye pour ça?", "fr_CA", "price_question"),
    ("Medicare card is in the drawer, Thursday works", "en_CA", "when"),  # guard: named, nothing paid
    ("Qui va payer la visite", "fr_CA", "price_question"),  # guard: read right before too
    ("I'll be on the porch, Thursday works", "en_CA", "when"),  # guard: on, no bill
])
def test_who_pays_and_what_goes_on_the_bill_ask_a_price(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Y marche pu le lit, pouvez-vous envoyer quelqu'un", "fr_CA", "unknown"),
    ("Ça fonctionne pu le fauteuil", "fr_CA", "unknown"),
    ("ça charge pu le quadri, pouvez-vous venir voir", "fr_CA", "unknown"),
    ("On l'a pu le lit, on l'a retourné", "fr_CA", "no_longer_has_unit"),  # guard: had no more
    ("Maman a pu le lève-personne", "fr_CA", "no_longer_has_unit"),  # guard
    ("jai pu le quadriporteur", "fr_CA", "no_longer_has_unit"),  # guard
])
def test_a_unit_that_no_longer_works_is_still_had(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Is this a real company?", "en_CA", "help"),
    ("Is this a real message from Fusion?", "en_CA", "help"),
    ("I have no idea what you're on about", "en_CA", "help"),
    ("This is a real pain, Thursday works", "en_CA", "when"),  # guard: real, not of the sender
    ("Is this about the lift?", "en_CA", "help"),  # guard: read right before too
])
def test_doubting_the_sender_asks_who_it_is(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("The lift gave her a shock when she touched it", "en_CA", "urgent"),
    ("The charger gave me a little shock", "en_CA", "urgent"),
    ("Le fauteuil m'a donné un choc", "fr_CA", "urgent"),
    ("Le lit lui a donné une petite décharge", "fr_CA", "urgent"),
    ("It gave me a shock how fast you answered, Thursday works", "en_CA", "when"),  # guard: a surprise
    ("Your text gave me a shock, who is this?", "en_CA", "help"),  # guard
])
def test_a_unit_that_gives_a_shock_is_danger(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("They came and did it on the 2nd", "en_CA", "already_serviced"),
    ("Vous l'avez fait au printemps", "fr_CA", "already_serviced"),
    ("vous l'avez vérifié le 3 novembre", "fr_CA", "already_serviced"),
    ("Vous l'avez fait le rendez-vous?", "fr_CA", "unknown"),  # guard: the booking asked about
    ("Can he come and do it Thursday", "en_CA", "when"),  # guard: a visit to come
])
def test_a_visit_told_as_done_with_its_time_is_already_made(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, stops", [
    ("Je veux pu de ce service, merci", "fr_CA", False),
    ("je veux plus de visite", "fr_CA", False),
    ("Je veux pu de messages", "fr_CA", True),  # guard: the messages refused
    ("je veux pus de textos", "fr_CA", True),  # guard
    ("je veux plus de vos rappels", "fr_CA", True),  # guard
])
def test_only_messages_refused_opt_out(text: str, locale: str, stops: bool) -> None:
    assert (understand(text, NOW, locale).intent == "stop") is stops, text


@pytest.mark.parametrize("text, locale, intent", [
    ("The bed was serviced in October when she was still at home, but she's been in long-term care since November", "en_CA", "no_longer_has_unit"),
    ("Dad was still at home last spring, he has been in a nursing home since September", "en_CA", "no_longer_has_unit"),
    ("Le lit a été vérifié quand elle était encore chez elle, mais elle est en CHSLD depuis novembre", "fr_CA", "no_longer_has_unit"),
    ("She's in long-term care for respite but still at home most of the time, Tuesday works", "en_CA", "when"),  # guard: at home now
    ("She is in the nursing home until Friday, still at home after that, Monday is good", "en_CA", "when"),  # guard: a stay
])
def test_a_home_told_in_the_past_does_not_keep_the_unit(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("The insurance replaced it with another brand, so we don't have your bed anymore", "en_CA", "no_longer_has_unit"),
    ("We don't have our scooter anymore, thanks anyway", "en_CA", "no_longer_has_unit"),
    ("Les assurances l'ont remplacé par une autre marque. On a pu votre lit. Merci", "fr_CA", "no_longer_has_unit"),
    ("On a plus notre fauteuil depuis l'été, merci", "fr_CA", "no_longer_has_unit"),
    ("We don't have your number anymore, Tuesday works", "en_CA", "when"),  # guard: not the unit
    ("On a pu votre numéro, mardi ça marche", "fr_CA", "when"),  # guard: not the unit
])
def test_a_unit_no_longer_had_is_heard_with_your_or_our(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("I had the stairlift repaired on November 15 by your company so it's all good for now. Talk to you next year", "en_CA", "already_serviced"),
    ("Friday morning is good. Talk to you soon!", "en_CA", "when"),
    ("Thursday after 2 works for us, thanks and talk to you later", "en_CA", "when"),
    ("I'd like to talk to you soon about the battery", "en_CA", "human"),  # guard: asked for
    ("Can I speak to you next week about it?", "en_CA", "human"),  # guard: asked for
    ("Could someone talk to me about the warranty? Talk to you soon", "en_CA", "human"),  # guard: asked for before the sign-off
])
def test_talk_to_you_soon_signs_off_and_asks_for_no_person(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("The tenant moved out in November and the unit was removed. Please update your records", "en_CA", "no_longer_has_unit"),
    ("The unit was returned to the store in October, thanks", "en_CA", "no_longer_has_unit"),
    ("The units were taken away last month", "en_CA", "no_longer_has_unit"),
    ("The unit was checked last week by your guy", "en_CA", "already_serviced"),  # guard: still had
    ("The unit was repaired, Tuesday is fine for the next visit", "en_CA", "when"),  # guard: still had
])
def test_the_unit_taken_away_is_no_longer_had(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Could we do the week of the 11th of January?", "en_CA", "d=2027-01-11..2027-01-15"),
    ("the week of the 18th of January, any time", "en_CA", "d=2027-01-18..2027-01-22"),
    ("On pourrait faire la semaine du 11 janvier?", "fr_CA", "d=2027-01-11..2027-01-15"),
    ("La semaine du 15 février ça serait parfait", "fr_CA", "d=2027-02-15..2027-02-19"),
    ("the week of the 14th", "en_CA", "d=2026-12-14..2026-12-18"),  # guard: no month, the next 14th
    ("la semaine du 14 décembre", "fr_CA", "d=2026-12-14..2026-12-18"),  # guard: this month named
    ("the week of January 11th", "en_CA", "d=2027-01-11..2027-01-15"),  # guard: the month first
])
def test_the_week_of_a_date_with_its_month_is_that_week_only(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("The week of the 14th, in the afternoon so I can rest in the mornings", "en_CA", "d=2026-12-14..2026-12-18 h=12-17"),
    ("Tuesday after lunch, she rests in the mornings", "en_CA", "d=2026-12-15 h=13-17"),
    ("Mornings please, she rests in the afternoons", "en_CA", "h=8-12"),  # guard: the wish first
    ("Thursday morning, he lies down in the afternoons", "en_CA", "d=2026-12-10 h=8-12"),
    ("Lundi, en après-midi pour que je puisse me reposer le matin", "fr_CA", "d=2026-12-14 h=12-17"),  # guard: the purpose apart from the wish
    ("Un avant-midi svp, elle se repose l'après-midi", "fr_CA", "h=8-12"),  # guard: the wish first
    ("Mardi matin pour que mon fils puisse ouvrir", "fr_CA", "d=2026-12-15 h=8-12"),  # guard: a purpose with no busy time
    ("Mardi pour que mon fils soit là", "fr_CA", "d=2026-12-15"),  # guard: a purpose with no busy time
])
def test_a_rest_at_a_part_of_day_is_busy_and_a_purpose_is_its_own_clause(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("The lift was working fine until Sunday. Could someone look at it Wednesday?", "en_CA", "d=2026-12-09"),
    ("It worked fine until Monday, now it squeaks. Wednesday please", "en_CA", "d=2026-12-09"),
    ("Everything was fine until Monday, it beeps now. Thursday afternoon?", "en_CA", "d=2026-12-10 h=12-17"),
    ("Le lit marchait bien jusqu'à lundi. Mercredi svp", "fr_CA", "d=2026-12-09"),
    ("Monday is fine until 2", "en_CA", "d=2026-12-14 h=8-14"),  # guard: a wish with its bound
    ("Tuesday works fine until noon", "en_CA", "d=2026-12-15 h=8-12"),  # guard: a wish with its bound
])
def test_a_unit_that_worked_fine_until_a_day_tells_the_past(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Ma chirurgie était le 1er, la semaine du 14 en après-midi", "fr_CA", "d=2026-12-14..2026-12-18 h=12-17"),
    ("Son opération était le 3, jeudi ça irait", "fr_CA", "d=2026-12-10"),
    ("Son rendez-vous était le 4 pis ça a ben été. Vendredi matin svp", "fr_CA", "d=2026-12-11 h=8-12"),
    ("Le mieux c'était le 15", "fr_CA", "d=2026-12-15"),  # guard: a wish said in the past tense
    ("Le 15 était bon pour moi mais finalement non, le 16", "fr_CA", "d=2026-12-16"),  # guard: corrected
])
def test_a_french_event_that_was_on_a_date_is_not_a_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Monday works. Make that Friday.", "en_CA", "d=2026-12-11"),
    ("Hi, Monday works. Actually, make that Friday, my nephew can only drive over on Friday. Morning if you can", "en_CA", "d=2026-12-11 h=8-12"),
    ("Monday the 14th is good. Let's make that Thursday instead", "en_CA", "d=2026-12-10"),
    ("Home Thursday, so not that Friday", "en_CA", "d=2026-12-10 x=2026-12-11"),  # guard: the Friday after the day named
])
def test_make_that_a_weekday_names_the_next_one(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Notre fille se marie le 12 donc toute cette semaine c'est fou. N'importe quel jour la semaine prochaine", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("Cette semaine c'est la course, la semaine prochaine n'importe quand", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("Lundi ça va être fou, mardi plutôt", "fr_CA", "d=2026-12-15 x=2026-12-14"),
    ("C'est fou comme le temps passe! Mardi svp", "fr_CA", "d=2026-12-15"),  # guard: an exclamation
    ("C'est fou que ça fasse déjà un an, jeudi matin ça irait", "fr_CA", "d=2026-12-10 h=8-12"),  # guard: an exclamation
])
def test_a_crazy_time_in_french_is_busy(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Le 9 c'est les 80 ans de mon mari pis on a de la famille toute la journée, pis le 10 ça marche pas non plus. Le 11 en avant-midi ça irait", "fr_CA", "d=2026-12-11 h=8-12 x=2026-12-09,2026-12-10"),
    ("Jeudi on a de la famille, vendredi c'est correct", "fr_CA", "d=2026-12-11 x=2026-12-10"),
    ("J'ai de la famille qui arrive jeudi, mercredi svp", "fr_CA", "d=2026-12-09"),  # guard: family arriving after the wish
    ("On a de la famille à Québec, mardi svp", "fr_CA", "d=2026-12-15"),  # guard: no day held
])
def test_family_over_on_a_day_in_french_makes_it_busy(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("The seat belt on mom's stair lift ripped this morning while she was on it", "en_CA", "urgent"),
    ("The seat belt on my mother's stair lift broke yesterday, Friday please", "en_CA", "urgent"),
    ("Her belt is fine, the seat slipped a bit last year, Monday works", "en_CA", "when"),
    ("I bought a new belt and then the old one broke my heart lol, Tuesday works", "en_CA", "when"),  # guard: another clause
    ("The strap on dad's Hoyer sling came loose", "en_CA", "urgent"),  # guard: close by
])
def test_a_belt_that_broke_is_heard_across_the_words_naming_its_unit(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("entre 14 et 18 décembre", "fr_CA", "d=2026-12-14..2026-12-18"),
    ("between 14 and 18 December", "en_CA", "d=2026-12-14..2026-12-18"),
    ("between December 14 and 18", "en_CA", "d=2026-12-14..2026-12-18"),
    ("entre 9 et 11 décembre, le matin", "fr_CA", "d=2026-12-09..2026-12-11 h=8-12"),
    ("between 10 and 12 of December", "en_CA", "d=2026-12-10,2026-12-11"),
    ("entre le 14 et le 18", "fr_CA", "d=2026-12-14..2026-12-18"),  # guard: dates already
    ("entre 14 et 18 h", "fr_CA", "h=14-18"),  # guard: hours
    ("between 2 and 4", "en_CA", "h=14-16"),  # guard: hours
    ("between 9 and 11 on December 16", "en_CA", "d=2026-12-16 h=9-11"),  # guard: hours, then the date
])
def test_two_day_numbers_before_a_month_are_dates_not_hours(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Mondays after 1, he has physio in the mornings", "en_CA", "d=2026-12-14,2026-12-21 h=13-20"),
    ("Thursdays after 1, I have physio in the mornings", "en_CA", "d=2026-12-10,2026-12-17 h=13-20"),
    ("les lundis après 13 h, il a sa physio le matin", "fr_CA", "d=2026-12-14,2026-12-21 h=13-20"),
    ("Thursdays before 11, she naps in the afternoons", "en_CA", "d=2026-12-10,2026-12-17 h=8-11"),
    ("Mondays, he has physio in the mornings", "en_CA", "x=2026-12-14@8-12,2026-12-21@8-12"),  # guard: no hours wished, the mornings are out
])
def test_a_busy_part_beside_a_habit_wished_at_other_hours_only_explains_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("chu pas dispo avant le 14", "fr_CA", "d=2026-12-14..2026-12-27 x=2026-12-08..2026-12-11"),
    ("I'm not available before the 14th", "en_CA", "d=2026-12-14..2026-12-27 x=2026-12-08..2026-12-11"),
    ("je suis pas disponible avant lundi", "fr_CA", "d=2026-12-14..2026-12-27 x=2026-12-08..2026-12-11"),
    ("We're not home before Monday, after that any morning", "en_CA", "d=2026-12-14..2026-12-27 h=8-12 x=2026-12-08..2026-12-11"),
    ("I'm not free before 2", "en_CA", "h=14-20"),  # guard: an hour
    ("chu pas dispo avant 14 h", "fr_CA", "h=14-20"),  # guard: an hour
])
def test_unavailable_before_a_day_is_away_until_then(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("On est partis de jeudi à dimanche", "fr_CA", "x=2026-12-10,2026-12-11"),
    ("On est partis la semaine prochaine", "fr_CA", "x=NW"),
    ("On est partis du 14 au 18", "fr_CA", "x=2026-12-14..2026-12-18"),
    ("On est partis la semaine prochaine, celle d'après c'est correct", "fr_CA", "d=2026-12-21..2026-12-25 x=NW"),
])
def test_away_told_in_the_past_form_for_days_ahead_rules_them_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("On est partis la semaine passée", "fr_CA"),  # guard: past news
    ("on est partis à Toronto le 2", "fr_CA"),  # guard: past news
])
def test_a_trip_told_as_past_is_no_time(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "unknown"


@pytest.mark.parametrize("text, locale, label", [
    ("A week from Friday in the afternoon, this Friday is taken", "en_CA", "d=2026-12-18 h=12-17 x=2026-12-11"),
    ("Vendredi prochain l'après-midi, ce vendredi-ci c'est pris", "fr_CA", "d=2026-12-18 h=12-17 x=2026-12-11"),
    ("Vendredi c'est pris, lundi ça va", "fr_CA", "d=2026-12-14 x=2026-12-11"),
    ("Friday is already taken, Monday works", "en_CA", "d=2026-12-14 x=2026-12-11"),
    ("Jeudi c'est booké, vendredi ça va", "fr_CA", "d=2026-12-11 x=2026-12-10"),
    ("Friday works, c'est pris en note", "fr_CA", "d=2026-12-11"),  # guard: noted
    ("Monday is taken care of, Tuesday works", "en_CA", "d=2026-12-14,2026-12-15"),  # guard: handled, not busy
])
def test_a_day_said_to_be_taken_is_ruled_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("We're at the cottage Thursday to Sunday. After we get home, any morning", "en_CA", "d=2026-12-14..2026-12-27 h=8-12 x=2026-12-10,2026-12-11"),
    ("We're at the lake Thursday to Sunday. After we're back, any afternoon", "en_CA", "d=2026-12-14..2026-12-27 h=12-17 x=2026-12-10,2026-12-11"),
    ("Away Thursday to Sunday, after we get home any morning", "en_CA", "d=2026-12-14..2026-12-27 h=8-12 x=2026-12-10,2026-12-11"),  # guard: one clause already
    ("We're at the cottage Thursday to Sunday. After we get home, Tuesday the 15th", "en_CA", "d=2026-12-15 x=2026-12-10,2026-12-11"),  # guard: a day of its own
    ("We're at the cottage Thursday to Sunday. Any morning", "en_CA", "h=8-12 x=2026-12-10,2026-12-11"),  # guard: no return said
])
def test_a_wish_after_the_return_cut_at_its_comma_counts_from_the_return(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("My grandson looked at it on the weekend", "en_CA"),
    ("My son looked it over on Saturday", "en_CA"),
    ("Mon petit-fils l'a regardé en fin de semaine", "fr_CA"),
    ("Mon gendre l'a vérifié samedi", "fr_CA"),
])
def test_someone_having_looked_at_the_unit_on_a_day_is_no_wish(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent != "when"


@pytest.mark.parametrize("text, locale, label", [
    ("My son looked at it Saturday, Thursday works for the visit", "en_CA", "d=2026-12-10"),
    ("I looked at my calendar and Thursday works", "en_CA", "d=2026-12-10"),  # guard: the wish beside it
    ("J'ai regardé mon calendrier, jeudi c'est correct", "fr_CA", "d=2026-12-10"),  # guard: the wish beside it
    ("Could you have someone look at it on Friday", "en_CA", "d=2026-12-11"),  # guard: a look to come
    ("Pouvez-vous le vérifier vendredi", "fr_CA", "d=2026-12-11"),  # guard: a check to come
])
def test_a_look_told_as_past_leaves_the_wish_beside_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Arrêtez les textos pis appeleez-moi, c'est plus simple", "fr_CA", "human"),  # a key pressed twice, never an opt-out
    ("Arrêtez les textos, appelz-moi plutôt", "fr_CA", "human"),  # a key missed, never an opt-out
    ("appeleez ma fille", "fr_CA", "human"),
    ("pouvez-vous m'appelr demain", "fr_CA", "human"),
    ("mom passeed away in march", "en_CA", "bereaved"),
    ("my husband passeed last week", "en_CA", "bereaved"),
    ("is there a chafge for the visit", "en_CA", "price_question"),  # 'f' is beside 'r', far from 'n'
    ("je veux chahger mon rendez-vous", "fr_CA", "reschedule"),
    ("la derrnière", "fr_CA", "choose"),
    ("arrêtez les rappels", "fr_CA", "stop"),  # guard: a word, no slip
    ("please stop sending thesee", "en_CA", "stop"),  # guard
    ("I passed by your store, Thursday works", "en_CA", "when"),  # guard
    ("la derrière du fauteuil est brisée", "fr_CA", "unknown"),  # guard: a word, no slip of 'dernière'
])
def test_a_slip_near_two_words_means_the_one_the_fingers_more_likely_missed(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("est-ce que ça cooute quelque chose", "fr_CA", "price_question"),  # 'cout(?:e|er)?' spells 'coute'
    ("ça va coûuter quelque chose?", "fr_CA", "price_question"),
    ("est-ce que ça va cotuer quelque chose", "fr_CA", "price_question"),
    ("the chair is sparkng", "en_CA", "urgent"),
    ("ça coûte cher?", "fr_CA", "price_question"),  # guard: no slip
    ("la côte est glissante, jeudi svp", "fr_CA", "when"),  # guard: a word, no slip of 'coute'
    ("Court date Thursday, Friday works", "en_CA", "when"),  # guard
    ("je suis couchée le matin, jeudi après-midi svp", "fr_CA", "when"),  # guard
])
def test_a_slip_of_a_word_a_pattern_ends_a_stem_with_is_put_right(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("mon mari est décéder", "fr_CA", "bereaved"),
    ("ma mère est décéder la semaine passée", "fr_CA", "bereaved"),
    ("il a déjà été réparer", "fr_CA", "already_serviced"),
    ("ça a déjà été vérifier", "fr_CA", "already_serviced"),
    ("le technicien est déjà passer", "fr_CA", "already_serviced"),
    ("c'est cher?", "fr_CA", "price_question"),  # guard: an adjective in -er
    ("c'est super, jeudi", "fr_CA", "when"),  # guard
    ("le technicien peut passer jeudi", "fr_CA", "when"),  # guard: an infinitive after a verb that takes one
    ("il faut annuler", "fr_CA", "cancel"),  # guard
])
def test_a_french_participle_spelled_as_its_infinitive_after_etre_or_avoir_is_heard(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Arrêtez les textos pis qu'on m'appekle", "fr_CA", "human"),  # 'appelle' or 'appele': one verb, so a call, never an opt-out
    ("qu'on m'appeple svp", "fr_CA", "human"),
    ("Arrêtez les textos, j'aimerais mieux qu'on m'appekle", "fr_CA", "human"),
    ("Arrêtez les textos", "fr_CA", "stop"),  # guard: the opt-out alone
])
def test_a_slip_tied_between_two_spellings_of_one_word_means_that_word(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("annuez le rendez-vous de jeudi svp", "fr_CA", "cancel"),  # 'annulez': a word the pattern's stem 'annul' begins
    ("Celui de jeudi le 10, annuez-le svp", "fr_CA", "cancel"),
    ("annukez svp", "fr_CA", "cancel"),
    ("On annlue, merci", "fr_CA", "cancel"),
    ("c'est un entretien annuel?", "fr_CA", "unknown"),  # guard: a real word the stem does not begin is no slip
    ("j'annule ma physio, jeudi ça marche", "fr_CA", "when"),  # guard: the client's own plans
])
def test_a_slip_of_a_common_word_a_stem_begins_reads_as_the_stem(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("he keeps faling out of his chair", "en_CA", "urgent"),  # 'falling' with its double l typed once, not 'failing' missing its i
    ("Mom is faling out of the lift chair", "en_CA", "urgent"),
    ("anule le rendez-vous svp", "fr_CA", "cancel"),  # 'annule', not 'anulez' missing its z
])
def test_a_doubled_letter_typed_once_is_the_likeliest_slip(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("annule mon rendevous svp", "fr_CA", "cancel"),  # the appointment however 'rendez-vous' is spelled
    ("annule mon rendezvous", "fr_CA", "cancel"),
    ("annulez mon rendez vous", "fr_CA", "cancel"),
    ("annule ma physio, jeudi ça marche", "fr_CA", "when"),  # guard: another appointment of the client's own
])
def test_rendez_vous_spelled_any_way_is_the_appointment(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("My husband psssed away in January. Thank you for all your help", "en_CA", "bereaved"),  # 'passed': a slip, no key held
    ("Mom psssed away on Sunday", "en_CA", "bereaved"),
    ("ma mère est décééédée", "fr_CA", "bereaved"),  # guard: a key held in a word that is one with a single letter
    ("noooo", "en_CA", "no"),  # guard: a key held down
    ("calll me", "en_CA", "human"),  # guard: a double letter pressed once too often
])
def test_a_tripled_letter_that_makes_no_word_is_read_as_a_slip(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Please don't text after 8pm", "en_CA", "unknown"),  # when to write, not an opt-out
    ("Can you stop texting so early in the morning", "en_CA", "unknown"),  # and no wish for a morning visit
    ("Please don't send messages late at night", "en_CA", "unknown"),
    ("Pas de textos après 20 h svp", "fr_CA", "unknown"),
    ("Arrêtez de m'écrire si tôt le matin", "fr_CA", "unknown"),
    ("Écrivez-moi pas avant 9 h svp, je dors", "fr_CA", "unknown"),
    ("Stop texting me on weekends", "en_CA", "unknown"),
    ("Stop texting me so late. Actually just stop texting me", "en_CA", "stop"),  # guard: one opt-out left unlimited
    ("Stop texting me before I block you", "en_CA", "stop"),  # guard
    ("Don't text me anymore after today", "en_CA", "stop"),  # guard
    ("Please stop texting me late at night, remove me from your list", "en_CA", "stop"),  # guard
    ("Don't text. Early next week works", "en_CA", "stop"),  # guard: 'early' says when the visit is
    ("Stop texting me", "en_CA", "stop"),  # guard
    ("Ne m'écrivez plus, merci", "fr_CA", "stop"),  # guard
    ("Pas de textos svp", "fr_CA", "stop"),  # guard
])
def test_an_opt_out_limited_to_some_hours_asks_when_to_write(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("cwll me", "en_CA", "human"),  # as near 'call' as 'cell': the far more common word is meant
    ("stop texting, cwll me", "en_CA", "human"),  # so the call is read, and the opt-out yields to it
    ("Stop texting me, csll me", "en_CA", "human"),
    ("Arrêtez les textos, aplez-moi", "fr_CA", "human"),  # shorthand before the pronoun an imperative is joined to
    ("aplez-moi", "fr_CA", "human"),
    ("nobody hre has a wheelchair, take this number off your list", "en_CA", "wrong_number"),  # 'hre': here
    ("nobody hre has a wheelchair", "en_CA", "wrong_number"),
    ("stop texting", "en_CA", "stop"),  # guard
    ("Arrêtez les textos", "fr_CA", "stop"),  # guard
    ("take this number off your list", "en_CA", "stop"),  # guard
    ("jeudi à 1 hre", "fr_CA", "when"),  # guard: in French, 'hre' is an hour
])
def test_a_slipped_word_beside_an_opt_out_is_read_before_only_stop_is_left(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Je veux parler au boss", "fr_CA", "human"),
    ("J'aimerais parler à votre patron", "fr_CA", "human"),
    ("Je veux parler au gérant", "fr_CA", "human"),  # guard
    ("Y'a pas moyen d'arrêter le lit", "fr_CA", "urgent"),  # a unit that won't stop, said of the client's hands
    ("Je suis pas capable d'arrêter le quadriporteur", "fr_CA", "urgent"),
    ("There's no way to stop the chair", "en_CA", "urgent"),
    ("I can't stop the scooter", "en_CA", "urgent"),
    ("the chair won't stop", "en_CA", "urgent"),  # guard
    ("can't stop the chair from beeping", "en_CA", "unknown"),  # guard: a noise, no danger
    ("I can't stop by Thursday", "en_CA", "when"),  # guard
    ("Y'a pas moyen d'arrêter les textos?", "fr_CA", "stop"),  # guard: the messages, not a unit
])
def test_a_boss_asked_for_and_a_unit_no_one_can_stop_are_heard(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("third floor, no elevator", "en_CA", "unknown"),  # the way in, not a refusal
    ("I live on the third floor. No elevator", "en_CA", "unknown"),
    ("no elevator", "en_CA", "unknown"),
    ("No", "en_CA", "no"),  # guard
    ("No thanks", "en_CA", "no"),  # guard
    ("Sorry for the late reply. No", "en_CA", "no"),  # guard
    ("Non merci", "fr_CA", "no"),  # guard
])
def test_no_before_a_thing_at_the_home_declines_nothing(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday is good, I'm leaving Friday", "en_CA", "d=2026-12-10 x=2026-12-11"),  # gone that day: out, never wished
    ("Jeudi c'est bon, je pars vendredi", "fr_CA", "d=2026-12-10 x=2026-12-11"),
    ("Friday is good, we're heading out Thursday", "en_CA", "d=2026-12-11 x=2026-12-10"),
    ("I'm leaving Friday", "en_CA", "x=2026-12-11,2026-12-18"),
    ("My wife retired on Friday, so any morning next week works", "en_CA", "d=NW h=8-12"),  # a past event rules out nothing
    ("Ma femme a pris sa retraite vendredi, n'importe quel matin la semaine prochaine", "fr_CA", "d=NW h=8-12"),
    ("Friday works", "en_CA", "d=2026-12-11"),  # guard
    ("I'm retired, Thursday is good", "en_CA", "d=2026-12-10"),  # guard: retired as a state, not news of a day
])
def test_a_departure_day_is_out_and_a_past_retirement_is_news(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("She retired on Friday", "en_CA"),
    ("Ma femme a pris sa retraite vendredi", "fr_CA"),
    ("Je pars en Floride le 20 pis je reviens en janvier", "fr_CA"),  # guard: a trip told as news
])
def test_a_past_retirement_or_a_trip_told_as_news_wishes_nothing(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "unknown"


@pytest.mark.parametrize("text, locale, label", [
    ("at 2 or 3 december 15", "en_CA", "d=2026-12-15 h=13.5-17"),  # the hours, then the date they are on
    ("at 2 december 15", "en_CA", "d=2026-12-15 h=13.5-16"),
    ("at 10 or 11 december 16", "en_CA", "d=2026-12-16 h=9.5-13"),
    ("december 15 at 2 or 3", "en_CA", "d=2026-12-15 h=13.5-17"),  # guard
    ("at 2 or 3 on december 15", "en_CA", "d=2026-12-15 h=13.5-17"),  # guard
])
def test_a_clock_time_before_a_date_keeps_the_date(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Late morning or early afternoon (11 to 2)", "en_CA", "h=11-14"),  # the hours in brackets say what the parts mean
    ("Morning or afternoon (11 to 2)", "en_CA", "h=11-14"),
    ("Early afternoon (1 to 3) works best", "en_CA", "h=13-15"),
    ("Fin d'avant-midi ou début d'après-midi (11 h à 14 h)", "fr_CA", "h=11-14"),
    ("L'après-midi (13 h à 15 h) c'est mieux", "fr_CA", "h=13-15"),
    ("(11 to 2)", "en_CA", "h=11-14"),  # guard
    ("Early afternoon, between 1 and 3, works best", "en_CA", "h=13-15"),  # guard
])
def test_hours_in_brackets_after_a_part_of_the_day_restate_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("She's at dialysis till about 1 on Mondays, Tuesday is free", "en_CA", "d=2026-12-15 x=2026-12-14@8-13,2026-12-21@8-13"),  # busy until then
    ("He's at physio until around 11 on Thursdays, Friday morning works", "en_CA", "d=2026-12-11 h=8-12 x=2026-12-10@8-11,2026-12-17@8-11"),
    ("She's at dialysis till 1 on Mondays, Tuesday is free", "en_CA", "d=2026-12-15 x=2026-12-14@8-13,2026-12-21@8-13"),  # guard
    ("Thursday around 11", "en_CA", "d=2026-12-10 h=10-13"),  # guard: an approximate time alone
])
def test_busy_until_about_a_time_is_busy_until_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Friday between 10 and noon please, her homecare worker leaves at 12", "en_CA", "d=2026-12-11 h=10-12"),  # why the wish ends, no time of its own
    ("Vendredi entre 10 h et midi, la préposée part à midi", "fr_CA", "d=2026-12-11 h=10-12"),
    ("Thursday at 12", "en_CA", "d=2026-12-10 h=11.5-14"),  # guard
])
def test_a_helper_leaving_at_a_time_is_the_reason_not_a_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Any day next week, mornings or afternoons, doesn't matter", "en_CA", "d=NW"),  # either part, in the plural too: any time
    ("N'importe quel jour la semaine prochaine, les matins ou les après-midis, ça me dérange pas", "fr_CA", "d=NW"),
    ("Any day next week, morning or afternoon, doesn't matter", "en_CA", "d=NW"),  # guard
    ("Mornings, not afternoons", "en_CA", "h=8-12"),  # guard
])
def test_either_part_of_the_day_in_the_plural_is_any_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, choice", [
    ("J'prendrais la 1", "fr_CA", 1),  # a take-verb said softly, in the conditional or the spoken future
    ("on prendrait la 3 svp", "fr_CA", 3),
    ("m'as prendre la 2", "fr_CA", 2),
    ("Je prendrai la 2, merci", "fr_CA", 2),
    ("I'd take 2", "en_CA", 2),
    ("we would take the 3", "en_CA", 3),
    ("je vais prendre la 1", "fr_CA", 1),  # guard: the plain future still picks
])
def test_an_option_taken_in_the_conditional_is_chosen(text: str, locale: str, choice: int) -> None:
    heard = understand(text, NOW, locale)
    assert (heard.intent, heard.choice) == ("choose", choice)


@pytest.mark.parametrize("text, locale, intent", [
    ("je prendrais le 1er", "fr_CA", "when"),  # guard: a date, no option
    ("I'd take 2pm", "en_CA", "when"),  # guard: a time
    ("I'd take the 2nd", "en_CA", "when"),  # guard: a date
])
def test_a_date_or_time_taken_in_the_conditional_stays_a_time(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Morning is bad, what about 1:30?", "en_CA", "h=13-15.5"),  # 'how about T' proposes T itself, not a time near it
    ("how about 11?", "en_CA", "h=10.5-13"),
    ("What about Thursday at 2", "en_CA", "d=2026-12-10 h=13.5-16"),
    ("Thursday about 2", "en_CA", "d=2026-12-10 h=13-16"),  # guard: 'about T' alone is rough
    ("how about around 2", "en_CA", "h=13-16"),  # guard: rough when said so
])
def test_a_time_proposed_with_how_about_is_that_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Friday, no way. Monday?", "en_CA", "d=2026-12-14 x=2026-12-11"),  # a flat refusal after a day refuses that day
    ("The 24th is Christmas Eve, no way lol. 22nd or 23rd?", "en_CA", "d=2026-12-22,2026-12-23 x=2026-12-24"),
    ("Friday, not a chance. Monday?", "en_CA", "d=2026-12-14 x=2026-12-11"),
    ("Friday is out of the question. Monday?", "en_CA", "d=2026-12-14 x=2026-12-11"),
    ("Vendredi, pas question. Lundi?", "fr_CA", "d=2026-12-14 x=2026-12-11"),
    ("Vendredi, jamais de la vie. Lundi?", "fr_CA", "d=2026-12-14 x=2026-12-11"),
    ("No way! Friday is perfect", "en_CA", "d=2026-12-11"),  # guard: surprise before a wish
    ("Thursday works, no way I'd miss it", "en_CA", "d=2026-12-10"),  # guard: the phrase does not end the clause
    ("Vendredi, pas question de manquer ça, c'est parfait", "fr_CA", "d=2026-12-11"),  # guard
])
def test_a_day_met_with_no_way_is_ruled_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Next week is bad except Friday", "en_CA", "x=2026-12-14,2026-12-15,2026-12-16,2026-12-17"),  # the exception is spared, not refused
    ("La semaine prochaine c'est impossible sauf le vendredi", "fr_CA", "x=2026-12-14,2026-12-15,2026-12-16,2026-12-17"),
    ("Next week is no good except Friday. Friday the 18th in the afternoon", "en_CA", "d=2026-12-18 h=12-17 x=2026-12-14,2026-12-15,2026-12-16,2026-12-17"),
    ("Not next week, except Friday", "en_CA", "x=2026-12-14,2026-12-15,2026-12-16,2026-12-17"),
    ("Any day next week except Friday", "en_CA", "d=NW x=2026-12-18"),  # guard: an exception to a wish is refused
    ("N'importe quand la semaine prochaine sauf le vendredi", "fr_CA", "d=NW x=2026-12-18"),  # guard
])
def test_a_day_excepted_from_a_refused_week_is_not_refused(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("This week is out, next week too. The 21st?", "en_CA", "d=2026-12-21 x=2026-12-08..2026-12-11,2026-12-14..2026-12-18"),  # a week refused as well
    ("Cette semaine c'est impossible, la semaine prochaine aussi. Le 21?", "fr_CA", "d=2026-12-21 x=2026-12-08..2026-12-11,2026-12-14..2026-12-18"),
    ("This week is no good, next week as well. The 21st?", "en_CA", "d=2026-12-21 x=2026-12-08..2026-12-11,2026-12-14..2026-12-18"),
    ("This week works, next week too", "en_CA", "d=2026-12-08..2026-12-18"),  # guard: a wish as well
    ("Cette semaine c'est correct, la semaine prochaine aussi", "fr_CA", "d=2026-12-08..2026-12-18"),  # guard
])
def test_a_week_said_too_after_a_refused_week_is_refused(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Tuesday. 11 would be ok", "en_CA", "d=2026-12-15 h=10.5-13"),  # a morning hour as the subject of an assent is that clock time
    ("Mardi. 10 c'est correct", "fr_CA", "d=2026-12-15 h=9.5-12"),
    ("Thursday morning, 9 would be best", "en_CA", "d=2026-12-10 h=8.5-11"),
    ("Friday. 11 works for us", "en_CA", "d=2026-12-11 h=10.5-13"),
    ("Tuesday. 10 is too early", "en_CA", "d=2026-12-15"),  # guard: no assent, no wished hour
])
def test_a_bare_morning_hour_said_as_fine_is_that_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, choice", [
    ("9 is good", "en_CA", 9),  # guard: alone, the option
    ("2 works for us", "en_CA", 2),  # guard
])
def test_a_bare_number_said_as_fine_alone_is_still_an_option(text: str, locale: str, choice: int) -> None:
    heard = understand(text, NOW, locale)
    assert (heard.intent, heard.choice) == ("choose", choice)


@pytest.mark.parametrize("text, locale, label", [
    ("Monday the 14th or any day after that", "en_CA", "d=2026-12-14..2026-12-25"),  # 'or any day after' is 'or after': from then on
    ("the 15th or any time after", "en_CA", "d=2026-12-15..2026-12-28"),
    ("le 15 ou n'importe quand après", "fr_CA", "d=2026-12-15..2026-12-28"),
    ("mardi prochain ou n'importe quel jour après", "fr_CA", "d=2026-12-15..2026-12-28"),
    ("Thursday or any time after 2", "en_CA", "h=14-20"),  # guard: an hour bound, not a day
    ("Thursday, any time after lunch", "en_CA", "d=2026-12-10 h=13-17"),  # guard
])
def test_a_day_or_any_day_after_it_is_from_that_day_on(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday? Never mind. Friday", "en_CA", "d=2026-12-11"),  # a day taken back, like 'scratch that': replaced, not refused
    ("Thursday at 10. Never mind, Friday at 10", "en_CA", "d=2026-12-11 h=9.5-12"),
    ("Thursday. Hmm never mind. Friday morning", "en_CA", "d=2026-12-11 h=8-12"),
    ("Jeudi... laisse faire, vendredi", "fr_CA", "d=2026-12-11"),
    ("Jeudi? Oublie ça. Vendredi", "fr_CA", "d=2026-12-11 x=2026-12-10"),  # 'oublie ça' refuses as 'oubliez ça' does
    ("Jeudi? Oubliez ça. Vendredi", "fr_CA", "d=2026-12-11 x=2026-12-10"),  # guard
    ("Lundi. J'ai oublié ça. Mardi", "fr_CA", "d=2026-12-14,2026-12-15"),  # guard: something forgotten, no day taken back
    ("never mind the mess, Thursday is fine", "en_CA", "d=2026-12-10"),  # guard
])
def test_a_day_taken_back_with_never_mind_is_replaced(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Rather Friday than Thursday", "en_CA", "d=2026-12-11"),  # the day chosen first, the one given up after 'than'
    ("Plutôt vendredi que jeudi", "fr_CA", "d=2026-12-11"),
    ("Plutôt vendredi pm que jeudi", "fr_CA", "d=2026-12-11 h=12-17"),
    ("rather the 15th than the 16th", "en_CA", "d=2026-12-15"),
    ("Friday rather than Thursday", "en_CA", "d=2026-12-11"),  # guard: the order already read
    ("plutôt le matin que l'après-midi, jeudi", "fr_CA", "d=2026-12-10 h=8-12"),  # guard: parts, no day given up
])
def test_a_day_preferred_with_plutot_before_it_replaces_the_other(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("in a couple of weeks", "en_CA", "d=2026-12-21..2026-12-25"),  # 'a couple' of weeks is two: that week
    ("in a couple weeks, mornings", "en_CA", "d=2026-12-21..2026-12-25 h=8-12"),
    ("dans une couple de semaines", "fr_CA", "d=2026-12-21..2026-12-25"),
    ("in a week", "en_CA", "d=2026-12-14..2026-12-18"),  # guard: 'a' is one
    ("in a week or two", "en_CA", "d=2026-12-14..2026-12-25"),  # guard
])
def test_in_a_couple_of_weeks_is_the_week_two_weeks_ahead(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("la semaine du 14 ou celle du 21", "fr_CA", "d=2026-12-14..2026-12-25"),  # two weeks offered: each one
    ("la semaine du 14 ou du 21", "fr_CA", "d=2026-12-14..2026-12-25"),
    ("the week of the 14th or the week of the 21st", "en_CA", "d=2026-12-14..2026-12-25"),
    ("the week of the 14th or of the 21st", "en_CA", "d=2026-12-14..2026-12-25"),
    ("the week of the 14th", "en_CA", "d=2026-12-14..2026-12-18"),  # guard: one week
    ("le 14 ou du 21", "fr_CA", "d=2026-12-14,2026-12-21"),  # guard: no week named, two days
])
def test_a_second_week_of_a_date_said_after_or_is_wished_too(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent, choice", [
    ("Papa prendrait la 1", "fr_CA", "choose", 1),
    ("je prendrais la 2 svp", "fr_CA", "choose", 2),
    ("Maman dit d'y aller avec la 3", "fr_CA", "choose", 3),
    ("on va aller avec la 2", "fr_CA", "choose", 2),
    ("j'irais avec la 1", "fr_CA", "choose", 1),
    ("on prendrait le 15", "fr_CA", "when", None),  # guard: a date, not an option
    ("je prendrais le 2 décembre", "fr_CA", "unknown", None),  # guard: the 2nd of a month is no option
    ("on va aller avec mardi", "fr_CA", "when", None),  # guard: a day
])
def test_an_option_taken_in_the_french_conditional_or_gone_with_is_chosen(text: str, locale: str, intent: str, choice: int | None) -> None:
    heard = understand(text, NOW, locale)
    assert (heard.intent, heard.choice) == (intent, choice)


@pytest.mark.parametrize("text, locale, intent", [
    ("My husband had a fall in the bathroom yesterday and is at the hospital", "en_CA", "urgent"),
    ("Mom had a fall in the kitchen this morning", "en_CA", "urgent"),
    ("Dad had a fall on the stairs", "en_CA", "urgent"),
    ("He had a fall in the spring, Monday is good", "en_CA", "when"),  # guard: a fall told as history
    ("I had a fall on January 14th, so I'm mostly in bed. Thursday works", "en_CA", "when"),  # guard
    ("She had a fall back in March, next week works", "en_CA", "when"),  # guard
])
def test_a_fall_told_with_where_it_happened_is_urgent_and_one_told_with_when_is_history(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Son quadri arrête pu, a l'a dû le débrancher pour qu'y arrête! Envoyez quelqu'un svp", "fr_CA", "urgent"),
    ("son triporteur arrête pas", "fr_CA", "urgent"),
    ("le fauteuil arrête pas d'avancer", "fr_CA", "urgent"),
    ("mon fauteuil arrête pas de biper depuis hier, jeudi ça irait", "fr_CA", "when"),  # guard: a beep that won't stop is no danger
    ("mon quadri arrête pas de biper", "fr_CA", "unknown"),  # guard
])
def test_any_unit_that_will_not_stop_is_urgent_in_french(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


NOW_JAN = datetime(2027, 1, 12, 8, 40, tzinfo=TORONTO)  # a Tuesday


@pytest.mark.parametrize("text, label", [
    ("Could someone come out Thursday or Friday next week, in the afternoon?", "d=2027-01-21,2027-01-22 h=12-17"),
    ("can your guy come out Friday afternoon", "d=2027-01-15 h=12-17"),
    ("Thursday is out, can someone come out Friday?", "d=2027-01-15 x=2027-01-14"),
    ("Thursday is out", "x=2027-01-14,2027-01-21"),  # guard: 'out' alone still rules the day out
    ("I'm out Thursday", "x=2027-01-14,2027-01-21"),  # guard
    ("can't come out Thursday, Friday works", "d=2027-01-15 x=2027-01-14"),  # guard: the negation still rules it out
])
def test_a_technician_asked_to_come_out_on_a_day_is_a_wish_for_it(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label, NOW_JAN)


@pytest.mark.parametrize("text, locale, intent", [
    ("Chu la préposée de M. Bouchard. Y demande que vous appeliez son garçon, y texte pas", "fr_CA", "human"),
    ("j'aimerais que vous appeliez ma fille", "fr_CA", "human"),
    ("pouvez-vous appeler son gars?", "fr_CA", "human"),
    ("son garçon va être là jeudi", "fr_CA", "when"),  # guard: the son named, no call asked
    ("y texte pas", "fr_CA", "unknown"),  # guard
])
def test_a_call_asked_for_a_son_in_spoken_french_or_the_subjunctive_wants_a_person(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Faut que j'annule. Chu déménagée chez mon garçon à Gatineau la semaine passée pis le monte-escalier est resté à l'ancienne maison", "fr_CA", "no_longer_has_unit"),
    ("nous sommes déménagés à Québec", "fr_CA", "no_longer_has_unit"),
    ("je suis déménagé à Laval l'an passé, mais j'ai toujours mon quadri", "fr_CA", "unknown"),  # guard: the unit came along
    ("faut que j'annule", "fr_CA", "cancel"),  # guard
])
def test_a_client_who_says_they_moved_with_etre_in_the_first_person_no_longer_has_the_unit(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


NOW_DEC_18 = datetime(2026, 12, 18, 11, 0, tzinfo=TORONTO)  # a Friday


@pytest.mark.parametrize("text, label", [
    ("chu en répit jusqu'au 8 janvier pendant que ma fille est partie. N'importe quand après.", "d=2027-01-09..2027-01-22 x=2026-12-18..2027-01-08"),
    ("je suis en répit jusqu'au 8 janvier tant qu'elle est partie", "d=2027-01-09..2027-01-22 x=2026-12-18..2027-01-08"),
    ("ma fille est partie la semaine passée, jeudi ça irait", "d=2026-12-24"),  # guard: a departure told as news
    ("elle est partie le 3, mardi c'est correct", "d=2026-12-22"),  # guard
])
def test_an_absence_told_while_someone_is_away_is_not_past_news(text: str, label: str) -> None:
    assert reads_as(text, "fr_CA", label, NOW_DEC_18)


@pytest.mark.parametrize("text, locale, intent", [
    ("Mother says no thank you, she doesn't use it much anymore", "en_CA", "no"),
    ("she doesn't use it much anymore, but Thursday is fine", "en_CA", "when"),
    ("she doesn't use it anymore", "en_CA", "no_longer_has_unit"),  # guard: not at all is a unit out of use
    ("Dad doesn't use the scooter anymore", "en_CA", "no_longer_has_unit"),  # guard
])
def test_a_unit_used_less_is_still_the_clients(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent, choice", [
    ("Maman aimerait la 2", "fr_CA", "choose", 2),
    ("J'aimerais la 1 svp", "fr_CA", "choose", 1),
    ("Papa voudrait la 3", "fr_CA", "choose", 3),
    ("Ma mère préférerait la 2", "fr_CA", "choose", 2),
    ("she'd prefer the 2", "en_CA", "choose", 2),
    ("Je voudrais le 2", "fr_CA", "when", None),  # guard: 'le 2' is a date
    ("J'aimerais la 2e semaine de janvier", "fr_CA", "when", None),  # guard: a week of a month
    ("she would prefer the 3rd", "en_CA", "when", None),  # guard
])
def test_an_option_wished_in_the_conditional_is_chosen(text: str, locale: str, intent: str, choice: int | None) -> None:
    heard = understand(text, NOW, locale)
    assert (heard.intent, heard.choice) == (intent, choice)


@pytest.mark.parametrize("text, intent, choice", [
    ("la 1 ferait son affaire", "choose", 1),
    ("la 3 serait parfaite", "choose", 3),
    ("la 2 fait mon affaire", "choose", 2),
    ("oui la 2 irait mieux pour maman", "choose", 2),
    ("la 2 fait pas mon affaire", "unknown", None),  # guard: the option refused
    ("la 2 est trop tôt", "unknown", None),  # guard
    ("le 2 serait parfait", "when", None),  # guard: 'le 2' is a date
])
def test_an_option_named_first_then_approved_in_french_is_chosen(text: str, intent: str, choice: int | None) -> None:
    heard = understand(text, NOW, "fr_CA")
    assert (heard.intent, heard.choice) == (intent, choice)


@pytest.mark.parametrize("text, intent", [
    ("Il faudrait appeler mon garçon", "human"),
    ("il faudrait m'appeler svp", "human"),
    ("faut m'appeler, je texte pas", "human"),
    ("faut pas l'appeler, textez-moi plutôt", "unknown"),  # guard: no call wanted
    ("ça sert à rien de m'appeler, je réponds pas", "unknown"),  # guard
])
def test_a_call_said_to_be_needed_in_french_wants_a_person(text: str, intent: str) -> None:
    assert understand(text, NOW, "fr_CA").intent == intent


@pytest.mark.parametrize("text, label", [
    ("Could someone come over Thursday?", "d=2026-12-10"),
    ("Could you send someone out Thursday?", "d=2026-12-10"),
    ("can you send the tech out Monday morning", "d=2026-12-14 h=8-12"),
    ("my daughter is coming over Thursday, Friday works", "d=2026-12-11 x=2026-12-10"),  # guard: a visitor that day is busy
    ("the kids come over Thursday so Friday", "d=2026-12-11 x=2026-12-10"),  # guard
])
def test_someone_asked_to_come_over_or_be_sent_out_on_a_day_is_a_wish_for_it(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, intent", [
    ("arrêtez donc jeudi en après-midi", "when"),
    ("arrêtez donc faire un tour jeudi", "when"),
    ("Arrêtez faire un tour mardi matin", "when"),
    ("arrêtez chez nous jeudi", "when"),
    ("arrêtez donc", "stop"),  # guard: the opt-out alone
    ("arrêtez jeudi", "stop"),  # guard: a day alone after the keyword is no visit asked for
    ("arrêtez donc de m'écrire", "stop"),  # guard
    ("arrêtez en passant de m'envoyer des textos", "stop"),  # guard: 'en passant' is also 'by the way'
])
def test_arretez_asking_the_technician_to_drop_by_is_no_opt_out(text: str, intent: str) -> None:
    assert understand(text, NOW, "fr_CA").intent == intent


@pytest.mark.parametrize("text, label", [
    ("Dad is being discharged on the 14th, so anytime after that", "d=2026-12-15..2026-12-28 x=2026-12-08..2026-12-14"),
    ("She gets released on the 11th. Any morning after that", "d=2026-12-12..2026-12-25 h=8-12 x=2026-12-08..2026-12-11"),
    ("Dad was discharged on the 3rd, anytime next week", "d=NW"),  # guard: a discharge told as past news
    ("Mom got discharged on the 1st, Thursday works", "d=2026-12-10"),  # guard
])
def test_a_discharge_coming_on_a_date_ends_an_absence(text: str, label: str) -> None:
    assert reads_as(text, "en_CA", label)


@pytest.mark.parametrize("text, locale, intent", [
    ("je peux pas, annuler svp", "fr_CA", "cancel"),  # the excuse, then the cancel: no 'pas annuler'
    ("jpeux pas, annuler svp", "fr_CA", "cancel"),
    ("Elle peut pas, faut annuler", "fr_CA", "cancel"),
    ("Je veux pas annuler", "fr_CA", "yes"),  # guard: the visit stays
    ("I don't want to cancel, just move it", "en_CA", "reschedule"),  # guard
    ("Monday works, or tomorrow if you have a cancellation", "en_CA", "when"),  # guard
])
def test_a_negation_keeps_the_visit_only_in_the_clause_of_its_cancel(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent, choice", [
    ("noo thanks", "en_CA", "no", None),  # a doubled key in a short word
    ("nn merci", "fr_CA", "no", None),  # texting's 'non'
    ("Hoe much is it", "en_CA", "price_question", None),  # the key beside the w
    ("last 1 pls", "en_CA", "choose", -1),  # 'last 1' alone is 'the last one'
    ("the last 1 week was hectic, thursday works", "en_CA", "when", None),  # guard: a span of time, no option
    ("Noon works", "en_CA", "when", None),  # guard
    ("first 1", "en_CA", "choose", 1),  # guard
])
def test_texting_shorthand_for_no_how_and_the_last_one_is_read(text: str, locale: str, intent: str, choice: int | None) -> None:
    heard = understand(text, NOW, locale)
    assert (heard.intent, heard.choice) == (intent, choice)


@pytest.mark.parametrize("text, locale, intent", [
    ("whose this", "en_CA", "help"),  # 'whose' typed for "who's"
    ("whose texting me?", "en_CA", "help"),
    ("whose scooter is this", "en_CA", "unknown"),  # guard: a real 'whose'
    ("stop txt", "en_CA", "stop"),  # a singular 'text'
    ("please stop text", "en_CA", "stop"),
    ("tell him to stop texting me lol", "en_CA", "stop"),  # guard
    ("Don't stop the texts, they help me remember", "en_CA", "unknown"),  # guard: no opt-out
])
def test_whose_for_whos_asks_who_writes_and_stop_text_opts_out(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("No need, Jeff from your shop looked at it Monday", "en_CA", "already_serviced"),  # someone of the dealer's, by name
    ("C'est déjà réparé, non merci", "fr_CA", "already_serviced"),
    ("C'est déjà entretenu", "fr_CA", "already_serviced"),
    ("Can someone from your shop look at it Monday?", "en_CA", "when"),  # guard: asked, not done
    ("I spoke to Jeff from your shop, Friday works", "en_CA", "when"),  # guard
    ("C'est pas encore réparé, jeudi svp", "fr_CA", "when"),  # guard
])
def test_a_unit_seen_by_someone_from_the_shop_or_already_repaired_was_serviced(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Vous pouvez me rejoindre au 613-555-0188 après 4 h", "fr_CA", "human"),  # where to reach the client: a call
    ("Rejoignez-moi au 613-555-0188", "fr_CA", "human"),
    ("You can reach my son at 416-555-0112", "en_CA", "human"),
    ("You can reach me at 705-555-0134 after 4", "en_CA", "human"),
    ("On peut pas me rejoindre lundi, mardi ça va", "fr_CA", "when"),  # guard: no number, a day ruled out
    ("I can't be reached on Monday, Tuesday works", "en_CA", "when"),  # guard
])
def test_a_number_to_reach_someone_at_asks_for_a_call(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Hello, this is Dorothy's PSW. Dorothy moved to Extendicare last month. Her son's number is 905-555-0147", "en_CA", "no_longer_has_unit"),
    ("Margaret moved into Chartwell in October", "en_CA", "no_longer_has_unit"),  # a person by name, a move with its date
    ("Grandma moved to Ottawa in the spring", "en_CA", "no_longer_has_unit"),
    ("My physio moved to Thursdays last month, so Friday works", "en_CA", "when"),  # guard: a thing moved
    ("The tech moved to the Barrie store last month? Anyway Thursday", "en_CA", "when"),  # guard: the dealer's own staff
    ("Our neighbour moved away two years ago, anyway Tuesday works", "en_CA", "when"),  # guard: someone else's move, told in passing
])
def test_a_person_named_as_moved_with_a_date_no_longer_has_the_unit(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("pls stop msging me", "en_CA", "stop"),  # texting's 'messaging'
    ("how mich is it", "en_CA", "price_question"),  # the key beside the u
    ("is ther a charge", "en_CA", "price_question"),
    ("dad pasted away", "en_CA", "bereaved"),  # what autocorrect makes of 'passed'
    ("wi merci", "fr_CA", "yes"),  # texting's 'oui'
    ("Stop messaging me", "en_CA", "stop"),  # guard
    ("Thurday after supper pls, my daughter will be ther then", "en_CA", "when"),  # guard
])
def test_more_texting_shorthand_and_autocorrect_slips_are_read(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("stop sms", "en_CA", "stop"),  # the carriers' word for the texts
    ("stop les messages", "fr_CA", "stop"),  # the keyword, then French words for what to stop
    ("stop vos textos svp", "fr_CA", "stop"),
    ("Don't stop the reminders", "en_CA", "unknown"),  # guard: no opt-out
    ("stop the texts", "en_CA", "stop"),  # guard
])
def test_stop_before_sms_or_a_french_word_for_the_texts_opts_out(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Bob from Fusion came out Tuesday and fixed it", "en_CA", "already_serviced"),  # the day of the visit, without 'on'
    ("The tech came Friday and fixed it", "en_CA", "already_serviced"),
    ("My son came over and fixed my phone, Thursday works", "en_CA", "when"),  # guard: something else fixed
    ("My son came over Sunday and fixed the wifi so I can text you, Thursday works", "en_CA", "when"),  # guard
    ("Can he come out Tuesday and fix it?", "en_CA", "when"),  # guard: asked for
    ("came out and fixed the brakes", "en_CA", "already_serviced"),  # guard
])
def test_a_visit_on_a_named_day_that_fixed_the_unit_serviced_it(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("c'est pu le numéro de Bill", "fr_CA", "wrong_number"),  # no longer the client's number
    ("c'est plus le cell de ma mère, elle a changé", "fr_CA", "wrong_number"),
    ("c'est pas le numéro de Bill", "fr_CA", "wrong_number"),  # guard
    ("c'est plus le numéro de mon père qu'il faut appeler, c'est celui de ma soeur", "fr_CA", "unknown"),  # guard: which number to use
])
def test_no_longer_the_number_of_in_french_is_a_wrong_number(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("giv me a call", "en_CA", "human"),  # a dropped letter in 'give'
    ("parlez à mon fils", "fr_CA", "human"),  # staff told whom to talk to
    ("Parlez avec ma fille, c'est elle qui s'occupe de ça", "fr_CA", "human"),
    ("je vais parler à mon fils, je vous reviens", "fr_CA", "unknown"),  # guard: the client will talk to him
    ("I'll talk to my son first", "en_CA", "unknown"),  # guard
])
def test_a_call_asked_with_a_slip_or_staff_told_to_talk_to_a_relative_wants_a_person(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("a wk from turs", "en_CA", "d=2026-12-17"),  # 'thurs', though 'turns' is far commoner in print
    ("wed or turs mornin", "en_CA", "d=2026-12-09,2026-12-10 h=8-12"),
])
def test_a_short_slip_tied_with_a_time_word_is_never_read_as_a_commoner_word(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Not Monday or Tuesday next week, rest of the week works", "en_CA", "d=2026-12-16..2026-12-18 x=2026-12-14,2026-12-15"),  # no 'the': that week still
    ("Friday's out, rest of the week is fine", "en_CA", "d=2026-12-08..2026-12-10 x=2026-12-11"),
    ("Pas lundi prochain, le reste de la semaine c'est correct", "fr_CA", "d=2026-12-15..2026-12-18 x=2026-12-14"),  # one sentence: that Monday's week
    ("Pas mardi prochain, le reste de la semaine ça adonne", "fr_CA", "d=2026-12-14,2026-12-16..2026-12-18 x=2026-12-15"),
    ("Mondays no, Tuesdays no. Rest of the week is fine", "en_CA", "d=H x=2026-12-08,2026-12-14,2026-12-15,2026-12-21"),  # after a habit: every week
    ("Mondays no, Tuesdays no. The rest of the week is fine", "en_CA", "d=H x=2026-12-08,2026-12-14,2026-12-15,2026-12-21"),
    ("Not Monday next week, the rest of the week works", "en_CA", "d=2026-12-15..2026-12-18 x=2026-12-14"),  # guard
    ("Pas lundi la semaine prochaine, le reste de la semaine c'est correct", "fr_CA", "d=2026-12-15..2026-12-18 x=2026-12-14"),  # guard
    ("Not Thursday, the rest of the week is fine", "en_CA", "d=2026-12-08,2026-12-09,2026-12-11 x=2026-12-10"),  # guard
    ("je peux pas les vendredis, le reste de la semaine c'est correct", "fr_CA", "d=H x=2026-12-11,2026-12-18"),  # guard
])
def test_rest_of_the_week_is_the_refused_days_week_unless_they_are_a_habit(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("wemoved to an apartment and the lift stayed in the house", "en_CA", "no_longer_has_unit"),  # 'we' typed against 'moved'
    ("mompassed away last week", "en_CA", "bereaved"),
    ("shepassed in november", "en_CA", "bereaved"),
    ("ondemenage en residence le mois passé", "fr_CA", "no_longer_has_unit"),  # read as a move either way
    ("pouvez vous mapeler svp", "fr_CA", "human"),  # guard: no subject, a call asked
    ("heres the thing, thursday works", "en_CA", "when"),  # guard: a short rest is no verb
    ("my iphone is broken, please call me", "en_CA", "human"),  # guard: a word of its own
    ("hebert here, thursday is fine", "en_CA", "when"),  # guard: a name
])
def test_a_subject_typed_against_its_verb_is_read_as_two_words(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("wrongnumber", "en_CA", "wrong_number"),  # two intent words typed without their space
    ("mauvaisnumero", "fr_CA", "wrong_number"),
    ("Wrong number", "en_CA", "wrong_number"),  # guard: spaced
    ("we bought a secondhand scooter, thursday works", "en_CA", "when"),  # guard: a word of its own
])
def test_intent_words_typed_without_their_space_are_split(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Mom had a bad fall Sunday and is in hospital", "en_CA", "urgent"),  # a fall told by its size
    ("Dad took a nasty tumble off the scooter last night", "en_CA", "urgent"),
    ("He had a really bad fall on the ice this morning", "en_CA", "urgent"),
    ("Mom had a bad fall last winter. Thursday is fine", "en_CA", "when"),  # guard: long ago, as without the size
    ("had a bad fall last year but she's fine now, Friday works", "en_CA", "when"),  # guard
    ("we had a bad fall season, Friday works", "en_CA", "when"),  # guard: the autumn
    ("It was a bad fall for us, Friday works", "en_CA", "when"),  # guard
    ("Mom took a bad fall back in 2019, Thursday works", "en_CA", "when"),  # guard: a year told
])
def test_a_fall_told_by_its_size_is_urgent(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


SAT_EVENING = datetime(2026, 12, 12, 19, 30, tzinfo=TORONTO)  # a Saturday


@pytest.mark.parametrize("text, locale, label", [
    ("sorry for the late text on a Saturday night, Tuesday is good", "en_CA", "when d=2026-12-15"),  # the apology's day is when it is sent
    ("Sorry for my late message on a Sunday, Tuesday works", "en_CA", "when d=2026-12-15"),
    ("Désolée pour le message un samedi soir, mardi ça adonne", "fr_CA", "when d=2026-12-15"),
    ("sorry for the late text, on Saturday my son can be here", "en_CA", "when d=2026-12-19"),  # guard: the day is the wish
    ("sorry for the late reply, Friday night works", "en_CA", "when d=2026-12-18 h=17-20"),  # guard
])
def test_an_apology_for_a_late_text_names_no_wished_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label, SAT_EVENING)


@pytest.mark.parametrize("text, locale, label", [
    ("Sorry for texting so late on a Sunday night. Thursday morning works", "en_CA", "when d=2026-12-10 h=8-12"),  # the day the text is sent
    ("Désolée de vous écrire si tard un samedi soir, jeudi ça adonne", "fr_CA", "when d=2026-12-10"),
    ("sorry for texting so late, Sunday evening works", "en_CA", "when d=2026-12-13 h=17-20"),  # guard: a wish after the apology
    ("Sorry to text so late, on Friday my son is home", "en_CA", "when d=2026-12-11"),  # guard
])
def test_an_apology_for_texting_so_late_on_a_day_names_no_wished_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Il n'a pas de téléphone fixe. Vous pouvez passer lundi le 14 entre 9 h et 11 h.", "fr_CA", "when"),  # why the text, no call asked
    ("Mom has no landline so text me. Thursday works", "en_CA", "when"),
    ("She doesn't have a home phone, Friday afternoon is good", "en_CA", "when"),
    ("Ma mère a pu de ligne fixe, jeudi matin c'est correct", "fr_CA", "when"),
    ("Il n'a pas de cellulaire, appelez sur le fixe", "fr_CA", "human"),  # guard: the landline is the way to call
    ("Please call the landline, she doesn't text", "en_CA", "human"),  # guard
    ("Pas de ligne fixe, appelez mon cell au 514-555-0101", "fr_CA", "human"),  # guard: a call asked all the same
])
def test_a_client_without_a_landline_asks_no_call(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Tuesday, 10 is good", "en_CA", "d=2026-12-15 h=9.5-12"),  # the hour: a date says 'the 10th' or its month
    ("Thursday, 2 works", "en_CA", "d=2026-12-10 h=13.5-16"),
    ("Wednesday, 11 would be great", "en_CA", "d=2026-12-09 h=10.5-13"),
    ("mardi, 10 c'est correct", "fr_CA", "d=2026-12-15 h=9.5-12"),
    ("jeudi, 2 ça m'irait", "fr_CA", "d=2026-12-10 h=13.5-16"),
    ("Tuesday the 10th is good", "en_CA", "d=2026-12-10"),  # guard: a date
    ("Friday, 11 December", "en_CA", "d=2026-12-11"),  # guard
    ("Friday, the 18th works", "en_CA", "d=2026-12-18"),  # guard
    ("vendredi, le 11", "fr_CA", "d=2026-12-11"),  # guard
    ("Monday, 14 is good", "en_CA", "d=2026-12-14"),  # guard: no hour of the day
    ("Wednesday, 1 o'clock", "en_CA", "d=2026-12-09 h=12.5-15"),  # guard
])
def test_a_bare_number_after_a_weekday_and_a_comma_is_the_hour(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Can we push Mom's appointment? She's not feeling well.", "en_CA", "reschedule"),  # a move without back
    ("Could you bump Dad's Thursday visit? He has the flu", "en_CA", "reschedule"),
    ("we need to push the appointment, my car broke down", "en_CA", "reschedule"),
    ("Can you bump her appointment to next Friday?", "en_CA", "when"),  # guard: the new day is the wish
    ("Push the button on the left and the lift goes down, Thursday works", "en_CA", "when"),  # guard: no visit pushed
    ("He can't push the chair himself anymore, Friday is good", "en_CA", "when"),  # guard
])
def test_pushing_or_bumping_a_visit_moves_it(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("apres le souper seulement je travaille de jour", "fr_CA", "when h=17-20"),  # the reason after the wish, unpunctuated
    ("le soir seulement je travaille de jour", "fr_CA", "when h=17-20"),
    ("jeudi seulement je travaille les autres jours", "fr_CA", "when d=2026-12-10"),
    ("after supper only i work days", "en_CA", "when h=17-20"),
    ("Thursday only I work the other days", "en_CA", "when d=2026-12-10,2026-12-17"),
    ("mornings only she has dialysis after lunch", "en_CA", "when h=8-12"),  # guard
    ("I can only do Thursday", "en_CA", "when d=2026-12-10"),  # guard: no subject after it
    ("Thursday only please", "en_CA", "when d=2026-12-10,2026-12-17"),  # guard
])
def test_a_wish_ends_at_its_only_before_a_subject(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("On est partis à Sherbrooke jusqu'à jeudi", "fr_CA", "d=2026-12-11..2026-12-24 x=2026-12-08..2026-12-10"),  # away until then
    ("Elles sont parties chez leur soeur jusqu'au 11", "fr_CA", "d=2026-12-12..2026-12-25 x=2026-12-08..2026-12-11"),
    ("Je serai absente jusqu'au 14, après ça les après-midis", "fr_CA", "d=2026-12-15..2026-12-28 h=12-17 x=2026-12-08..2026-12-14"),
    ("je pars jusqu'à jeudi", "fr_CA", "d=2026-12-11..2026-12-24 x=2026-12-08..2026-12-10"),
    ("Elle part jusqu'à 3 h, jeudi après-midi c'est mieux", "fr_CA", "d=2026-12-10 h=12-17"),  # guard: until a clock time
    ("Ils sont partis en voyage le 2, jeudi ça adonne", "fr_CA", "d=2026-12-10"),  # guard: no end named
])
def test_someone_away_in_plural_or_feminine_is_away_until_that_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Le monte-escalier fait un bruit de métal et s'arrête tout seul pendant que ma mère est dessus, elle a peur.", "fr_CA", "urgent"),
    ("Le lève-personne bloque quand mon père est dedans", "fr_CA", "urgent"),
    ("Le fauteuil s'arrête tout seul des fois", "fr_CA", "urgent"),  # like 'stops on its own'
    ("The stairlift stops while she's on it, every time", "en_CA", "urgent"),
    ("The lift chair won't go back down and my dad is stuck standing in it, he can't sit", "en_CA", "urgent"),
    ("Le technicien peut s'arrêter chez ma mère quand elle est là, jeudi", "fr_CA", "when"),  # guard: no one on a unit
    ("Elle s'arrête au dépanneur quand elle est dehors, vendredi c'est correct", "fr_CA", "when"),  # guard
    ("He stops by when she is in it... Thursday works", "en_CA", "when"),  # guard: a visit by someone
    ("She won't go back to the clinic, Thursday works", "en_CA", "when"),  # guard
])
def test_a_unit_failing_with_someone_on_it_is_urgent(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Tuesday afternoon would be good. She naps so after 2 please.", "en_CA", "d=2026-12-15 h=14-17"),  # a part of day with a bound is both
    ("Any afternoon next week works, she naps, so after 2:30", "en_CA", "d=2026-12-14..2026-12-18 h=14.5-17"),
    ("Any morning works. She's slow to get going so after 10 please", "en_CA", "d=H h=10-12"),
    ("Lundi après-midi c'est correct, donc après 15 h", "fr_CA", "d=2026-12-14 h=15-17"),
    ("Meals come around noon, so from 1:30", "en_CA", "d=H h=13.5-20"),  # guard: a meal is no part of day wished
    ("Meals come around noon, so after 1:30", "en_CA", "d=H h=13.5-20"),  # guard
    ("Thursday morning is good. Lunch is at noon so after 1:30", "en_CA", "d=2026-12-10 h=13.5-20"),  # guard: no overlap, the later hours
])
def test_so_after_a_clock_time_bounds_the_part_of_day_wished(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("jcomprends pas votre message", "fr_CA", "help"),  # je run into its verb, no apostrophe
    ("jcomprends rien", "fr_CA", "help"),
    ("jlai pu ce scooter la", "fr_CA", "no_longer_has_unit"),  # and the l' after it
    ("jlai pu", "fr_CA", "no_longer_has_unit"),
    ("jmappelle Louise, jveux annuler", "fr_CA", "cancel"),
    ("jai vendu le quadriporteur", "fr_CA", "no_longer_has_unit"),  # guard: j'ai
    ("jusqua jeudi", "fr_CA", "when"),  # guard: jusqu'à
])
def test_spoken_je_run_into_its_verb_is_read(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("jtravaille le matin", "fr_CA", "when h=12-20"),
    ("jsors de lhopital jeudi", "fr_CA", "when d=2026-12-11..2026-12-24 x=2026-12-08..2026-12-10"),
    ("jreviens de floride le 15", "fr_CA", "when d=2026-12-16..2026-12-29 x=2026-12-08..2026-12-15"),
    ("je sors de l'hopital jeudi", "fr_CA", "when d=2026-12-11..2026-12-24 x=2026-12-08..2026-12-10"),  # guard
    ("jeudi matin", "fr_CA", "when d=2026-12-10 h=8-12"),  # guard: a weekday
])
def test_spoken_je_run_into_its_verb_tells_the_reason(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Vendredi ou ben la semaine prochaine", "fr_CA", "d=2026-12-11,NW"),  # both: this Friday, and next week
    ("Vendredi ou bien la semaine prochaine, n'importe quel avant-midi", "fr_CA", "d=2026-12-11,NW h=8-12"),
    ("Vendredi ou peut-être la semaine prochaine", "fr_CA", "d=2026-12-11,NW"),
    ("Friday or else next week", "en_CA", "d=2026-12-11,NW"),
    ("Friday or if not next week, mornings", "en_CA", "d=2026-12-11,NW h=8-12"),
    ("Vendredi la semaine prochaine", "fr_CA", "d=2026-12-18"),  # guard: that week's Friday
    ("Friday next week or else Monday", "en_CA", "d=2026-12-14,2026-12-18"),  # guard
    ("Vendredi ou ben lundi prochain", "fr_CA", "d=2026-12-11,2026-12-14"),  # guard: a weekday after it
])
def test_a_weekday_or_else_next_week_is_both(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Friday is tricky", "en_CA", "x=2026-12-11,2026-12-18"),  # a day said to be hard rules it out
    ("Friday's a bust", "en_CA", "x=2026-12-11,2026-12-18"),
    ("Thursday is a bit tricky for us", "en_CA", "x=2026-12-10,2026-12-17"),
    ("Thursdays are complicated, she has her bridge club", "en_CA", "x=2026-12-10,2026-12-17"),
    ("vendredi c'est compliqué", "fr_CA", "x=2026-12-11,2026-12-18"),
    ("mardi c'est difficile", "fr_CA", "x=2026-12-08,2026-12-15"),
    ("le jeudi c'est compliqué pour maman", "fr_CA", "x=2026-12-10,2026-12-17"),
    ("Friday is tricky but Monday works", "en_CA", "d=2026-12-14 x=2026-12-11"),
    ("jeudi c'est un peu compliqué, vendredi plutôt", "fr_CA", "d=2026-12-11 x=2026-12-10"),
    ("the lift is tricky to use, Friday works", "en_CA", "d=2026-12-11"),  # guard: the unit is hard, not the day
    ("c'est compliqué à expliquer, mais vendredi ça adonne", "fr_CA", "d=2026-12-11"),  # guard
    ("Friday is not a problem", "en_CA", "d=2026-12-11"),  # guard
])
def test_a_weekday_called_tricky_or_complicated_is_ruled_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("à la fin du mois de janvier", "fr_CA", "d=2027-01-25..2027-01-31"),  # that month's end, not this one's
    ("fin du mois de février, l'après-midi", "fr_CA", "d=2027-02-22..2027-02-28 h=12-17"),
    ("au début du mois de janvier", "fr_CA", "d=2027-01-01..2027-01-10"),
    ("au milieu du mois de janvier", "fr_CA", "d=2027-01-10..2027-01-20"),
    ("au milieu du mois", "fr_CA", "d=2026-12-10..2026-12-20"),
    ("end of the month of January", "en_CA", "d=2027-01-25..2027-01-31"),
    ("the beginning of the month of February", "en_CA", "d=2027-02-01..2027-02-10"),
    ("à la fin du mois", "fr_CA", "d=2026-12-25..2026-12-31"),  # guard: this month
    ("vers la mi-janvier", "fr_CA", "d=2027-01-10..2027-01-20"),  # guard
])
def test_the_month_of_a_month_is_that_month(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Mom had a bad fall on Sunday and is in hospital", "en_CA", "urgent"),  # a weekday tells a fall of these days
    ("Dad had a fall on Friday", "en_CA", "urgent"),
    ("She had a fall on Monday and hurt her hip", "en_CA", "urgent"),
    ("had quite a bad fall", "en_CA", "urgent"),  # its size said with 'quite', 'such'
    ("she had such a bad fall yesterday", "en_CA", "urgent"),
    ("She had a fall in March, Thursday is fine", "en_CA", "when"),  # guard: a month tells history
    ("had a fall on the 3rd but she's fine now, Thursday works", "en_CA", "when"),  # guard
    ("he had quite a bad fall season at work, Friday works", "en_CA", "when"),  # guard: the autumn
])
def test_a_fall_on_a_weekday_or_quite_a_bad_one_is_urgent(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Pas cette semaine-ci, l'autre", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),  # the week after the one refused
    ("Pas cette semaine, la prochaine", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("Cette semaine ça adonne pas, l'autre oui", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("La semaine prochaine c'est pas bon, l'autre oui", "fr_CA", "d=2026-12-21..2026-12-25 x=NW"),
    ("Pas cette semaine mais la prochaine, le matin", "fr_CA", "d=NW h=8-12 x=2026-12-08..2026-12-11"),
    ("not this week but the next one", "en_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("Not this week, the next", "en_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("Pas vendredi cette semaine, l'autre", "fr_CA", "d=2026-12-18 x=2026-12-11"),  # guard: the other Friday
    ("Pas ce vendredi, l'autre", "fr_CA", "d=2026-12-18 x=2026-12-11"),  # guard
    ("Pas cette semaine, la prochaine fois peut-être", "fr_CA", "x=2026-12-08..2026-12-11"),  # guard: next time
])
def test_the_other_one_after_a_refused_week_is_the_week_after(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Le personnel du centre de jour dit que le mieux c'est entre 13 h et 15 h, n'importe quel jour sauf le vendredi.", "fr_CA", "d=H h=13-15 x=2026-12-11,2026-12-18"),  # who relays the wish
    ("Le personnel du centre de jour dit que le mieux c'est entre 13 h et 15 h", "fr_CA", "d=H h=13-15"),
    ("Her home care worker says mornings are best for her", "en_CA", "d=H h=8-12"),
    ("The staff at the residence say Tuesday afternoon is best", "en_CA", "d=2026-12-15 h=12-17"),
    ("The nurse says Friday works", "en_CA", "d=2026-12-11"),  # guard: as before
    ("La préposée dit qu'elle est au centre de jour le mercredi", "fr_CA", "x=2026-12-09,2026-12-16"),  # what she tells is still busy
    ("The PSW says she goes to the day program Wednesdays", "en_CA", "x=2026-12-09,2026-12-16"),
    ("This is her PSW, she is at the day program Mondays, Tuesday works", "en_CA", "d=2026-12-15 x=2026-12-14,2026-12-21"),  # guard
])
def test_a_helper_relaying_a_wish_is_not_the_busy_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Tomorrow is too short notice, Thursday works", "en_CA", "d=2026-12-10 x=2026-12-09"),
    ("This Friday is too short notice, so next Friday, any time before noon.", "en_CA", "d=2026-12-18 h=8-12 x=2026-12-11"),
    ("Tomorrow's a bit short notice, Thursday works", "en_CA", "d=2026-12-10 x=2026-12-09"),
    ("Ce vendredi c'est trop court, vendredi prochain plutôt", "fr_CA", "d=2026-12-18 x=2026-12-11"),
    ("Demain c'est un peu trop juste, jeudi ça irait", "fr_CA", "d=2026-12-10 x=2026-12-09"),
    ("Short notice is fine, tomorrow works", "en_CA", "d=2026-12-09"),  # guard: short notice welcome
    ("Tomorrow works, I know it's short notice", "en_CA", "d=2026-12-09"),  # guard
    ("Demain vers 11 h si c'est pas trop court", "fr_CA", "d=2026-12-09 h=10-13"),  # guard: a hope, not a refusal
])
def test_too_short_notice_rules_the_day_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Stop period", "en_CA", "stop"),  # dictation spelled the full stop out
    ("STOP PERIOD", "en_CA", "stop"),
    ("Who is this question mark", "en_CA", "help"),
    ("Qui est-ce point d'interrogation", "fr_CA", "help"),
    ("Qui parle point d’interrogation", "fr_CA", "help"),
    ("Appelez-moi point", "fr_CA", "human"),
    ("I have a point to make, what is this about", "en_CA", "help"),  # guard: a point is a word
])
def test_dictated_punctuation_is_read_as_its_mark(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Tuesday at 2 period", "en_CA", "when d=2026-12-15 h=13.5-16"),
    ("Tuesday at 2 period Thanks", "en_CA", "when d=2026-12-15 h=13.5-16"),
    ("oui virgule jeudi ca marche", "fr_CA", "when d=2026-12-10"),
    ("the waiting period is long, Friday works", "en_CA", "when d=2026-12-11"),  # guard: a period of time
])
def test_dictated_full_stop_ends_the_clock_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("cxl", "en_CA", "cancel"),  # texting shorthand
    ("canx pls", "en_CA", "cancel"),
    ("i need to move thursdays apptmt", "en_CA", "reschedule"),
    ("need to change my appmt", "en_CA", "reschedule"),
    ("dacc", "fr_CA", "yes"),
    ("d'acc merci", "fr_CA", "yes"),
    ("i need to move thursdays appt", "en_CA", "reschedule"),  # guard
])
def test_texting_shorthand_of_intent_words_is_read(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("dem1 matin", "fr_CA", "when d=2026-12-09 h=8-12"),
    ("pas dem1, jeudi cé mieux", "fr_CA", "when d=2026-12-10 x=2026-12-09"),
    ("ds 2 semaines", "fr_CA", "when d=2026-12-21..2026-12-25"),
    ("la fds", "fr_CA", "when d=2026-12-12,2026-12-13"),
    ("wed eve", "en_CA", "when d=2026-12-09 h=17-20"),
    ("tmrw eve", "en_CA", "when d=2026-12-09 h=17-20"),
    ("christmas eve is bad", "en_CA", "when x=2026-12-24"),  # guard: a day, not an evening
])
def test_texting_shorthand_of_time_words_is_read(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("ya de la boucane", "fr_CA", "urgent"),  # Quebec French's smoke, told as there being some
    ("il y a de la boucane", "fr_CA", "urgent"),
    ("ya d'la boucane en arriere du fauteuil", "fr_CA", "urgent"),
    ("y'a pas de boucane, jeudi ca marche", "fr_CA", "when"),  # guard: none
    ("on a fait boucaner du saumon, jeudi ca marche", "fr_CA", "when"),  # guard: smoking fish
])
def test_smoke_told_as_boucane_there_is_urgent(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("he doesn't use it that often anymore so no thanks", "en_CA", "no"),  # the answer after 'so', its reason first
    ("we don't need it so no thanks", "en_CA", "no"),
    ("so no thanks", "en_CA", "no"),
    ("il s'en sert pu vraiment faque non merci", "fr_CA", "no"),
    ("elle l'utilise presque plus donc non merci", "fr_CA", "no"),
    ("My son will be here so 2 is best", "en_CA", "choose"),
    ("I'm not sure so I'll ask my daughter", "en_CA", "unknown"),  # guard: no answer after it
    ("it's working fine so far", "en_CA", "unknown"),  # guard
])
def test_an_answer_after_so_or_donc_ends_a_reason(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("callme please", "en_CA", "human"),  # a verb typed against its object
    ("pls callme", "en_CA", "human"),
    ("hespassed", "en_CA", "bereaved"),  # 'he's' typed without its apostrophe, then against the verb
    ("shespassed away", "en_CA", "bereaved"),
    ("onlavendu", "fr_CA", "no_longer_has_unit"),  # an object or auxiliary between subject and verb
    ("ilestdecede", "fr_CA", "bereaved"),
    ("awesome, Thursday works", "en_CA", "when"),  # guard: a word of its own
    ("Seamus here, Thursday works", "en_CA", "when"),  # guard: a name
])
def test_pronouns_typed_against_their_verb_are_split(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Mom's in the hospital right now but they're sending her home on Friday. Next week any afternoon is good, not Monday though, I want her to settle in first.", "en_CA", "d=2026-12-14..2026-12-18 h=12-17 x=2026-12-08..2026-12-11,2026-12-14"),
    ("Dad's in rehab, they're sending him home Thursday. Friday works", "en_CA", "d=2026-12-11 x=2026-12-08..2026-12-10"),  # home on a day: away until it
    ("Mom's in the hospital but she comes home Friday. Next week any afternoon is good", "en_CA", "d=2026-12-14..2026-12-18 h=12-17 x=2026-12-08..2026-12-11"),  # guard: as before
])
def test_a_patient_sent_home_on_a_day_is_away_until_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("the end of the week after next", "en_CA", "d=2026-12-24,2026-12-25"),  # that week's Thursday and Friday
    ("early the week after next", "en_CA", "d=2026-12-21,2026-12-22"),
    ("à la fin de la semaine d'après la prochaine", "fr_CA", "d=2026-12-24,2026-12-25"),
    ("au début de la semaine après la prochaine", "fr_CA", "d=2026-12-21,2026-12-22"),
    ("end of next week", "en_CA", "d=2026-12-17,2026-12-18"),  # guard
    ("end of the week", "en_CA", "d=2026-12-10,2026-12-11"),  # guard
    ("la semaine d'après la prochaine", "fr_CA", "d=2026-12-21..2026-12-25"),  # guard
])
def test_the_end_or_start_of_the_week_after_next_is_that_weeks(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Tuesday, no wait, Wednesday. No actually Tuesday was right", "en_CA", "d=2026-12-15"),  # a correction taken back wishes the first day
    ("Thursday... actually no, Friday. Sorry, Thursday was right", "en_CA", "d=2026-12-10"),
    ("jeudi, non vendredi. Ah non, jeudi c'était le bon", "fr_CA", "d=2026-12-10"),
    ("Tuesday, no wait, Wednesday", "en_CA", "d=2026-12-09"),  # guard: the correction stands
    ("He was right about the battery, Friday works", "en_CA", "d=2026-12-11"),  # guard
    ("Mardi c'était la fête de ma fille, jeudi ça adonne", "fr_CA", "d=2026-12-10"),  # guard: news
])
def test_a_day_that_was_right_after_a_correction_is_wished_again(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("je vais appeler mon fils pis je vous reviens", "fr_CA", "unknown"),  # the client will call someone else, then write
    ("I'll call my son and get back to you", "en_CA", "unknown"),
    ("I need to call my daughter first and I'll get back to you", "en_CA", "unknown"),
    ("let me call my husband and I'll get back to you", "en_CA", "unknown"),
    ("can you call my son", "en_CA", "human"),  # guard: a call asked for
    ("pouvez-vous appeler ma fille", "fr_CA", "human"),  # guard
    ("I'll call my son, he will call you", "en_CA", "human"),  # guard
])
def test_a_call_the_client_will_make_to_family_asks_for_no_call(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("they sold the lift", "en_CA", "no_longer_has_unit"),  # the family sold it
    ("They sold it last month", "en_CA", "no_longer_has_unit"),
    ("they sold her scooter when she moved", "en_CA", "no_longer_has_unit"),
    ("they sold her the lift two years ago, Thursday works", "en_CA", "when"),  # guard: the store sold it to her
    ("they sold the lift to my dad in 2019, Friday works", "en_CA", "when"),  # guard
])
def test_they_sold_the_unit_is_no_longer_having_it(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Whi is this", "en_CA", "help"),  # who or this mistyped by a key
    ("who is tis", "en_CA", "help"),
    ("wat is this", "en_CA", "help"),
    ("whi is this Thursday? the 10th works", "en_CA", "when"),  # guard: more than the question
])
def test_who_is_this_mistyped_asks_for_help(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Any day next week but Fri. After 2 is best", "en_CA", "d=2026-12-14..2026-12-17 h=14-20 x=2026-12-18"),  # a capital after the stop starts anew
    ("Any day next week works except Wed. Afternoons only please, she's at the day program mornings.", "en_CA", "d=2026-12-14,2026-12-15,2026-12-17,2026-12-18 h=12-17 x=2026-12-16"),
    ("Any day next week but Thurs. Mornings are better for Dad", "en_CA", "d=2026-12-14,2026-12-15,2026-12-16,2026-12-18 h=8-12 x=2026-12-17"),
    ("Mon. Wed. or Fri. mornings", "en_CA", "d=2026-12-09,2026-12-11,2026-12-14,2026-12-16,2026-12-18,2026-12-21 h=8-12"),  # guard: one list
    ("Mon. Or Tues. next week", "en_CA", "d=2026-12-14,2026-12-15"),  # guard: a list's connective
    ("next wed. afternoon", "en_CA", "d=2026-12-16 h=12-17"),  # guard: lower case goes on
])
def test_a_capital_after_an_abbreviated_weekday_starts_a_sentence(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Monday the 14th or Wednesday the 16th? Not too early please, she's slow in the mornings - 10:30 or later.", "en_CA", "d=2026-12-14,2026-12-16 h=10.5-20"),  # the dash ends the reason
    ("Thursday works, she has her bath early \u2013 10:30 or later", "en_CA", "d=2026-12-10 h=10.5-20"),
    ("Le matin c'est dur pour elle - 13 h ou plus tard, jeudi", "fr_CA", "d=2026-12-10 h=13-20"),
    ("Tuesday 10 - 12", "en_CA", "d=2026-12-15 h=10-12"),  # guard: a dash between numbers is a span
    ("Thursday between 1 - 3 pm", "en_CA", "d=2026-12-10 h=13-15"),  # guard
])
def test_a_spaced_dash_after_a_word_ends_a_clause_before_a_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Mon père dit que c'est mieux le matin, avant que l'aide-ménagère arrive à 10 h. Mardi prochain ou mercredi prochain.", "fr_CA", "d=2026-12-15,2026-12-16 h=8-10"),  # a helper named in two words
    ("avant que la femme de ménage arrive à 10 h, mardi", "fr_CA", "d=2026-12-15 h=8-10"),
    ("avant que l'auxiliaire familiale arrive à 11 h, jeudi", "fr_CA", "d=2026-12-10 h=8-11"),
    ("Tuesday before the cleaner comes at 11", "en_CA", "d=2026-12-15 h=8-11"),
    ("jeudi vers 10 h, la préposée arrive à 13 h", "fr_CA", "d=2026-12-10 h=9-12"),  # guard: no 'before', the wish is its own hour
])
def test_a_helper_named_in_more_words_bounds_the_hours_before_they_come(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday is fine no rush", "en_CA", "d=2026-12-10"),
    ("Mid-January would be good no hurry", "en_CA", "d=2027-01-11..2027-01-15,2027-01-18..2027-01-20"),
    ("next week is fine not in a hurry", "en_CA", "d=NW"),
    ("Thursday afternoon nothing urgent", "en_CA", "d=2026-12-10 h=12-17"),
    ("jeudi ça va pas pressé", "fr_CA", "d=2026-12-10"),
    ("Avant les Fêtes c'est correct y'a pas de presse", "fr_CA", "d=2026-12-08..2026-12-23"),
    ("jeudi c'est beau y a rien qui presse", "fr_CA", "d=2026-12-10"),
    ("not Thursday no rush", "en_CA", "x=2026-12-10,2026-12-17"),  # guard: the refusal stays
    ("pas jeudi pas de presse", "fr_CA", "x=2026-12-10,2026-12-17"),  # guard
])
def test_no_rush_said_without_a_comma_refuses_nothing(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("L'après-midi non le matin oui", "fr_CA", "h=8-12"),
    ("le soir non l'avant-midi oui jeudi", "fr_CA", "d=2026-12-10 h=8-12"),
    ("Mornings are no good afternoons ok", "en_CA", "h=12-17"),
    ("evenings are bad mornings fine", "en_CA", "h=8-12"),
    ("afternoons ok mornings no", "en_CA", "h=12-17"),
    ("Thursday morning is fine", "en_CA", "d=2026-12-10 h=8-12"),  # guard
])
def test_a_verdict_on_one_part_of_the_day_ends_before_the_next_part(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("vendredi pas possible lundi correct", "fr_CA", "d=2026-12-14 x=2026-12-11"),
    ("demain pas possible jeudi ok", "fr_CA", "d=2026-12-10 x=2026-12-09"),
    ("Lundi en avant-midi ça marche pas mardi oui", "fr_CA", "d=2026-12-15 x=2026-12-14@8-12"),
    ("pas avant jeudi correct", "fr_CA", "d=2026-12-10..2026-12-23"),  # guard: a bound, not a refusal of its own
    ("not before Monday ok", "en_CA", "d=2026-12-14..2026-12-25"),  # guard
])
def test_a_day_with_a_bare_verdict_after_a_refusal_is_a_wish_of_its_own(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday morning works no need to call", "en_CA", "d=2026-12-10 h=8-12"),
    ("jeudi matin ça va pas besoin de m'appeler", "fr_CA", "d=2026-12-10 h=8-12"),
    ("Thursday morning no", "en_CA", "x=2026-12-10@8-12,2026-12-17@8-12"),  # guard: a bare 'no' still refuses
])
def test_no_need_to_call_refuses_no_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Next Thursday please not this one", "en_CA", "d=2026-12-17 x=2026-12-10"),
    ("next Thursday not this one", "en_CA", "d=2026-12-17 x=2026-12-10"),
    ("Not this Friday the next one", "en_CA", "d=2026-12-18 x=2026-12-11"),
    ("Pas ce vendredi le prochain", "fr_CA", "d=2026-12-18 x=2026-12-11"),
    ("Vendredi prochain pas ce vendredi-ci", "fr_CA", "d=2026-12-18 x=2026-12-11"),
    ("jeudi prochain svp pas cette semaine", "fr_CA", "d=2026-12-17 x=2026-12-08..2026-12-11"),
    ("Thursday not Friday", "en_CA", "d=2026-12-10 x=2026-12-11"),  # guard
])
def test_this_one_refused_beside_the_next_one_wished(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("She has a hair appointment this Thursday any other day is fine", "en_CA", "d=H x=2026-12-10"),
    ("We're out Wednesday mornings for groceries other times are fine", "en_CA", "d=H x=2026-12-09@8-12,2026-12-16@8-12"),
    ("Not Monday or Tuesday next week rest of the week works", "en_CA", "d=2026-12-16..2026-12-18 x=2026-12-14,2026-12-15"),
    ("Le jeudi elle a son bain les autres jours c'est correct", "fr_CA", "d=H x=2026-12-10,2026-12-17"),
    ("I can't do any day this week", "en_CA", "x=2026-12-08..2026-12-11"),  # guard: the refusal leads into it
])
def test_the_other_days_after_a_busy_day_are_a_wish_of_their_own(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("the 22nd doesn't work anymore can we do the 29th", "en_CA", "d=2026-12-29 x=2026-12-22"),
    ("Thursday is no good could you come Friday", "en_CA", "d=2026-12-11 x=2026-12-10"),
    ("jeudi ça marche pas pouvez-vous venir vendredi", "fr_CA", "d=2026-12-11 x=2026-12-10"),
    ("le 22 marche pu est-ce qu'on peut faire le 29", "fr_CA", "d=2026-12-29 x=2026-12-22"),
    ("Thursday could you come in the morning", "en_CA", "d=2026-12-10 h=8-12"),  # guard: no refusal before it
])
def test_a_time_asked_for_after_a_refusal_is_a_wish_of_its_own(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Lundi matin. Finalement prenez mercredi, c'est plus simple, n'importe quand après 14 h", "fr_CA", "d=2026-12-09 h=14-20"),  # the morning was Monday's
    ("Monday morning. Actually Wednesday is easier, anytime after 2", "en_CA", "d=2026-12-09 h=14-20"),
    ("Tuesday afternoon. No wait, Thursday works better, any time after 10", "en_CA", "d=2026-12-10 h=10-20"),
    ("Afternoons are best. Thursday, after 3", "en_CA", "d=2026-12-10 h=15-17"),  # guard: hours of no day bound the day named
    ("Mornings are best. Wednesday or Thursday", "en_CA", "d=2026-12-09,2026-12-10 h=8-12"),  # guard
])
def test_a_corrected_days_part_of_day_gives_way_to_the_correction_hours(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Monday morning. Take Wednesday, it's simpler, any time after 2", "en_CA", "d=2026-12-09 h=14-20"),  # the day taken instead
    ("Lundi matin. Prenez le 16, après 14 h", "fr_CA", "d=2026-12-16 h=14-20"),
    ("It will take 2 hours? Thursday morning then", "en_CA", "d=2026-12-10 h=8-12"),  # guard: a length, no day
    ("Not Monday. Take Tuesday", "en_CA", "d=2026-12-15 x=2026-12-14"),  # guard: the day ruled out stays out
])
def test_taking_a_day_corrects_the_wish_before_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Tuesday the 15th or later that week is fine", "en_CA", "d=2026-12-15..2026-12-18"),  # the rest of that one week
    ("Wednesday the 16th or later that week", "en_CA", "d=2026-12-16..2026-12-18"),
    ("mercredi le 16 ou plus tard cette semaine-là", "fr_CA", "d=2026-12-16..2026-12-18"),
    ("mardi le 15 ou plus tard dans la semaine", "fr_CA", "d=2026-12-15..2026-12-18"),
    ("Tuesday the 15th or later", "en_CA", "d=2026-12-15..2026-12-28"),  # guard: from then on
    ("later in the week", "en_CA", "d=2026-12-10,2026-12-11"),  # guard
])
def test_a_day_or_later_that_week_is_the_rest_of_its_week(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("le mercredi de la semaine du 21", "fr_CA", "d=2026-12-23"),  # that week's Wednesday
    ("the Wednesday of the week of the 21st", "en_CA", "d=2026-12-23"),
    ("Le mercredi de la semaine du 14, en après-midi", "fr_CA", "d=2026-12-16 h=12-17"),
    ("le lundi 14 ou le mercredi de la semaine du 21", "fr_CA", "d=2026-12-14,2026-12-23"),
    ("la semaine du 21", "fr_CA", "d=2026-12-21..2026-12-25"),  # guard: the whole week
    ("le mardi ou le mercredi de la semaine du 21", "fr_CA", "d=2026-12-22,2026-12-23"),  # guard
])
def test_a_weekday_of_a_dated_week_is_that_weeks(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("il est à la dialyse jusqu'à environ 13 h les lundis", "fr_CA", "x=2026-12-14@8-13,2026-12-21@8-13"),  # a habit's busy morning
    ("Les lundis il est à la dialyse jusqu'à environ 13 h", "fr_CA", "x=2026-12-14@8-13,2026-12-21@8-13"),
    ("il est au centre de jour jusqu'à 15 h les mercredis", "fr_CA", "x=2026-12-09@8-15,2026-12-16@8-15"),
    ("il est à sa dialyse jusqu'à environ 13 h les lundis", "fr_CA", "x=2026-12-14@8-13,2026-12-21@8-13"),  # guard
    ("les lundis après 13 h", "fr_CA", "d=2026-12-14,2026-12-21 h=13-20"),  # guard: a wish
])
def test_busy_until_an_hour_on_a_weekday_habit_rules_those_hours_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("wrong no", "en_CA", "wrong_number"),  # 'no' for the number, said alone
    ("Wrong no!! sorry", "en_CA", "wrong_number"),
    ("wrong nbr", "en_CA", "wrong_number"),
    ("mauvais no", "fr_CA", "wrong_number"),
    ("nothing wrong no", "en_CA", "unknown"),  # guard: no number meant
    ("something wrong no thanks", "en_CA", "unknown"),  # guard
])
def test_wrong_number_abbreviated_is_a_wrong_number(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("wht is this", "en_CA", "help"),  # 'what' typed without its vowel
    ("wut is this?", "en_CA", "help"),
    ("wht day works? Thursday", "en_CA", "when"),  # guard: more than the question
])
def test_what_is_this_in_shorthand_asks_for_help(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Papa reste chez mon frère toute la semaine prochaine", "fr_CA", "x=2026-12-14..2026-12-18"),  # a stay at a relative's, said as to come
    ("Dad will be at my brother's all next week", "en_CA", "x=2026-12-14..2026-12-18"),
    ("Mom will be staying with my sister next week, so this Thursday", "en_CA", "d=2026-12-10 x=2026-12-14..2026-12-18"),
    ("Ma fille sera là toute la semaine prochaine, n'importe quel jour", "fr_CA", "d=NW"),  # guard: a helper there
    ("Papa reste chez nous, jeudi c'est bon", "fr_CA", "d=2026-12-10"),  # guard: lives with the writer
])
def test_a_stay_at_a_relatives_to_come_rules_its_days_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("She naps from 1 to 2, Thursday after 2 then", "en_CA", "d=2026-12-10 h=14-20"),  # a nap's span, not from 1 on
    ("He naps from 1 to 2 so anything after 2", "en_CA", "h=14-20"),
    ("she naps from 2, Thursday", "en_CA", "d=2026-12-10 h=8-14"),  # guard: from then on
    ("Thursday, she naps from 1 to 2", "en_CA", "d=2026-12-10 x=2026-12-10@13-14"),  # guard
])
def test_a_nap_from_one_hour_to_another_rules_out_that_span_only(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Papa aimerait mieux au début de janvier si ça vous dérange pas", "fr_CA", "d=2027-01-01..2027-01-10"),
    ("mardi prochain si ça vous dérange pas trop", "fr_CA", "d=2026-12-15"),
    ("jeudi si ça vous fait rien", "fr_CA", "d=2026-12-10"),
    ("Thursday if it isn't too much trouble", "en_CA", "d=2026-12-10"),
    ("Thursday if it's no bother", "en_CA", "d=2026-12-10"),
    ("mardi ça me dérange pas mais jeudi non", "fr_CA", "d=2026-12-15 x=2026-12-10"),  # guard: a refusal after it still rules out
    ("not Thursday, it's a bother", "en_CA", "x=2026-12-10,2026-12-17"),  # guard
])
def test_if_its_no_trouble_is_politeness_not_a_refusal(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Cette semaine c'est trop chargé avec les médecins. La semaine prochaine ça marche", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("lundi on est débordés, mardi ok", "fr_CA", "d=2026-12-15 x=2026-12-14"),
    ("this week is packed, next week", "en_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("thursday we're slammed, friday ok", "en_CA", "d=2026-12-11 x=2026-12-10"),
    ("la batterie est chargée, jeudi c'est correct", "fr_CA", "d=2026-12-10"),  # guard: a charged battery
    ("Tuesday, her bags are packed for the trip", "en_CA", "d=2026-12-15"),  # guard
])
def test_a_week_too_full_is_busy(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Ils ont leurs affaires à l'église tous les mercredis. Sinon ils sont libres.", "fr_CA", "d=H x=2026-12-09,2026-12-16"),
    ("Elle a l'église tous les mercredis. Sinon elle est libre.", "fr_CA", "d=H x=2026-12-09,2026-12-16"),
    ("Les lundis ils ont leurs cours de danse, sinon libres", "fr_CA", "d=H x=2026-12-14,2026-12-21"),
    ("mercredi, ils ont leurs petits-enfants le matin", "fr_CA", "d=2026-12-09 h=12-20"),  # that morning only
    ("Ils sont libres tous les mercredis", "fr_CA", "d=2026-12-09,2026-12-16"),  # guard
])
def test_church_and_their_own_plans_take_a_day_in_french(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Mom says the chair is fine and she doesn't need anyone coming. Thanks anyway", "en_CA", "no"),
    ("he doesn't need a visit this year", "en_CA", "no"),
    ("she doesn't need anyone coming Tuesday, Wednesday is better", "en_CA", "when"),  # guard: a day said
])
def test_someone_who_does_not_need_anyone_coming_declines(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("My mom's lift won't go up. She's not on it, she's fine. Tomorrow or Thursday.", "en_CA", "when"),
    ("the lift won't go up, nobody is on it. tomorrow?", "en_CA", "when"),
    ("le monte-escalier monte pu, elle est pas dessus, demain?", "fr_CA", "when"),
    ("the lift won't go up, she's on it", "en_CA", "urgent"),  # guard
    ("she fell, she's not on it anymore", "en_CA", "urgent"),  # guard: a fall is urgent all the same
])
def test_a_unit_failing_with_nobody_on_it_is_no_emergency(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Elle est libre le 11 après sa coiffeuse, donc à partir de midi.", "fr_CA", "d=2026-12-11 h=12-20"),
    ("le 11 après la physio", "fr_CA", "d=2026-12-11"),
    ("free the 11th after her hairdresser", "en_CA", "d=2026-12-11"),
    ("Thursday after her physio", "en_CA", "d=2026-12-10"),
    ("Thursday he has dialysis", "en_CA", "x=2026-12-10,2026-12-17"),  # guard
    ("jeudi c'est sa physio, vendredi après la physio c'est correct", "fr_CA", "d=2026-12-11 x=2026-12-10"),
    ("not Thursday, after physio he's too tired", "en_CA", "x=2026-12-10,2026-12-17"),  # guard
])
def test_a_day_after_an_appointment_is_wished(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Mom's birthday is on the 14th and family is coming so not that day. Tuesday or Wednesday after that is fine.", "en_CA", "d=2026-12-15,2026-12-16 x=2026-12-14"),
    ("pas le 14. Mardi ou mercredi après ça c'est correct", "fr_CA", "d=2026-12-15,2026-12-16 x=2026-12-14"),
    ("busy on the 17th, Monday after that works", "en_CA", "d=2026-12-21 x=2026-12-17"),
    ("Monday after that", "en_CA", "d=2026-12-14"),  # guard: nothing named before
    ("busy on the 17th, the Monday after works", "en_CA", "d=2026-12-21 x=2026-12-17"),  # guard
])
def test_weekdays_after_that_follow_the_day_named_before(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Dad's not home from the hospital yet. They said maybe Thursday.", "en_CA", "d=2026-12-11..2026-12-24 x=2026-12-08..2026-12-10"),
    ("Papa est encore à l'hôpital. Ils ont dit peut-être jeudi.", "fr_CA", "d=2026-12-11..2026-12-24 x=2026-12-08..2026-12-10"),
    ("Dad's still in the hospital, they said Thursday", "en_CA", "d=2026-12-11..2026-12-24 x=2026-12-08..2026-12-10"),
    ("He's home from the hospital now. Maybe Thursday or Friday, first thing?", "en_CA", "d=2026-12-10,2026-12-11 h=8-10"),  # guard: back already
])
def test_the_day_the_hospital_gives_ends_the_stay(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Papa sort de l'hôpital jeudi. Je vais vous texter quand il va être revenu.", "fr_CA", "x=2026-12-08..2026-12-10"),
    ("Dad gets out of the hospital Thursday. I'll text you when he's home.", "en_CA", "x=2026-12-08..2026-12-10"),  # guard: said in English
    ("mardi, je vais vous texter avant", "fr_CA", "d=2026-12-15"),  # guard: a wish beside it
])
def test_je_vais_vous_texter_leaves_the_wish_for_later(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("psw here she's free wed after 2", "en_CA", "d=2026-12-09 h=14-20"),
    ("her nurse here she can do thursday morning", "en_CA", "d=2026-12-10 h=8-12"),
    ("la préposée ici elle est libre jeudi matin", "fr_CA", "d=2026-12-10 h=8-12"),
    ("the psw comes wed after 2", "en_CA", "x=2026-12-09@14-20,2026-12-16@14-20"),  # guard: the helper's visit is busy
])
def test_the_helper_who_writes_unpunctuated_is_not_a_busy_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("friday is out now something came up, could u do monday", "en_CA", "d=2026-12-14 x=2026-12-11"),  # a refusal run on into its reason
    ("thursday doesnt work anymore we had a family thing come up, friday then", "en_CA", "d=2026-12-11 x=2026-12-10"),
    ("jeudi c'est pu bon ma fille a été appelée au travail, vendredi à la place", "fr_CA", "d=2026-12-11 x=2026-12-10"),
    ("jeudi marche pas finalement mon fils a eu un empêchement, vendredi ça irait", "fr_CA", "d=2026-12-11 x=2026-12-10"),
    ("friday is out my son is visiting, could u do monday", "en_CA", "d=2026-12-14 x=2026-12-11"),  # guard
    ("friday is no good for me, monday works", "en_CA", "d=2026-12-14 x=2026-12-11"),  # guard
])
def test_a_refusal_run_on_into_its_reason_keeps_the_day_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Jeudi je peux pas finalement, j'ai oublié mon rendez-vous d'yeux. On peut-tu faire ça vendredi à la place vers 13 h?", "fr_CA", "d=2026-12-11 h=12-15 x=2026-12-10"),  # an appointment forgotten, told
    ("ma mère avait oublié son rendez-vous chez le médecin jeudi, vendredi ça irait", "fr_CA", "d=2026-12-11 x=2026-12-10"),
])
def test_an_appointment_told_as_forgotten_is_no_cancel(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("oubliez le rendez-vous", "fr_CA", "cancel"),  # guard: forget the visit
    ("oubliez mon rendez-vous svp", "fr_CA", "cancel"),  # guard
])
def test_forget_the_appointment_still_cancels(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Il est au foyer de jour les lundis pis les jeudis, les autres jours il est à la maison", "fr_CA", "d=H x=2026-12-10,2026-12-14,2026-12-17,2026-12-21"),  # a day centre, not a home
    ("il va au foyer de jour le mardi", "fr_CA", "x=2026-12-08,2026-12-15"),
])
def test_a_day_centre_called_foyer_de_jour_is_a_busy_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Mon père est rendu en foyer", "fr_CA", "no_longer_has_unit"),  # guard
    ("ma mère est au foyer depuis octobre", "fr_CA", "no_longer_has_unit"),  # guard
])
def test_a_foyer_alone_is_still_a_care_home(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("its not a good week for us, next week is better", "en_CA", "d=NW x=2026-12-08..2026-12-11"),  # this week, refused
    ("it's a bad week, she has chemo. next week?", "en_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("c'est pas une bonne semaine pour nous, la semaine prochaine", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("c'est une mauvaise semaine, on verra la semaine prochaine", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("next week is not a good week, the week after", "en_CA", "d=2026-12-21..2026-12-25 x=2026-12-14..2026-12-18"),  # guard: the week named
    ("jeudi ça marche, bonne semaine!", "fr_CA", "d=2026-12-10"),  # guard: a sign-off
])
def test_not_a_good_week_refuses_this_week(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Bonjour, je serais disponible jeudi le 10 vers 9 h, mon fils part travailler à 11 h", "fr_CA", "d=2026-12-10 h=8-11"),  # someone leaving for work: before then
    ("thursday morning, my son leaves for work at 11", "en_CA", "d=2026-12-10 h=8-11"),
    ("jeudi, ma fille part pour la job à 13 h", "fr_CA", "d=2026-12-10 h=8-13"),
    ("jeudi vers 9 h, je pars à 11 h", "fr_CA", "d=2026-12-10 h=8-11"),  # guard
    ("the PSW leaves at 11 so anytime after that thursday", "en_CA", "d=2026-12-10 h=11-20"),  # guard: a helper leaving frees the day
])
def test_someone_leaving_for_work_bounds_the_hours_before(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("not early morning please", "en_CA", "h=10-20"),  # the first hours out, the rest of the day left
    ("thursday, not early mornings", "en_CA", "d=2026-12-10 h=10-20"),
    ("any day, just not early mornings", "en_CA", "h=10-20"),
    ("jeudi, mais pas de bonne heure le matin", "fr_CA", "d=2026-12-10 h=10-20"),  # guard
    ("thursday first thing", "en_CA", "d=2026-12-10 h=8-10"),  # guard
    ("no early mornings please, thursday", "en_CA", "d=2026-12-10 h=10-20"),  # guard
])
def test_not_early_morning_rules_out_the_first_hours_only(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Dans l'avant-midi mercredi le 16, de bonne heure si possible", "fr_CA", "d=2026-12-16 h=8-10"),  # early, asked as a preference
    ("jeudi matin, de bonne heure svp", "fr_CA", "d=2026-12-10 h=8-10"),
    ("jeudi, pas trop de bonne heure si possible", "fr_CA", "d=2026-12-10 h=10-20"),  # guard
    ("jeudi matin pas de bonne heure svp", "fr_CA", "d=2026-12-10 h=10-12"),  # guard
])
def test_de_bonne_heure_asked_politely_is_early_morning(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Mon garçon s'occupe de tout ça astheure", "fr_CA", "unknown"),
    ("my son takes care of everything", "en_CA", "unknown"),
    ("she handles everything for mom", "en_CA", "unknown"),
    ("He looks after everything for me", "en_CA", "unknown"),
    ("ma fille s'occupe de tout, elle est libre lundi", "fr_CA", "when"),  # guard: the day still wished
    ("anytime, everything works", "en_CA", "when"),  # guard
])
def test_a_relative_who_handles_everything_names_no_day(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Mon garçon s'occupe de tout ça astheure, son numero c'est 450 555 0123", "fr_CA", "human"),
    ("my son handles all that, his number is 905 555 0187", "en_CA", "human"),
    ("voici le numéro de ma fille 819-555-0199", "fr_CA", "human"),
    ("Monday works, my cell is 613 555 0199", "en_CA", "when"),  # guard: a number beside a wish is how to reach the client
    ("my account number is 1234567890", "en_CA", "unknown"),  # guard: no phone number
])
def test_a_phone_number_given_alone_asks_for_a_call(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("okey dokey", "en_CA", "yes"),
    ("Okie doke thanks", "en_CA", "yes"),
    ("you bet", "en_CA", "yes"),
    ("certainly", "en_CA", "yes"),
    ("by all means", "en_CA", "yes"),
    ("you bet, Thursday after 2", "en_CA", "when"),  # guard: the time said with it
])
def test_an_old_fashioned_yes_is_a_yes(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("mom pass away", "en_CA", "bereaved"),
    ("my husband pass away in october", "en_CA", "bereaved"),
    ("the funeral was last week", "en_CA", "bereaved"),
    ("ma mere es morte", "fr_CA", "bereaved"),
    ("before i pass away i want the lift fixed, monday works", "en_CA", "when"),  # guard: no one died
    ("the funeral is friday so next week please", "en_CA", "when"),  # guard: whose funeral is not said
])
def test_a_death_told_with_a_slip_in_the_verb_is_a_bereavement(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("telephoner moi svp", "fr_CA", "human"),
    ("rappeler moi", "fr_CA", "human"),
    ("contacter moi a la maison", "fr_CA", "human"),
    ("telephoner nous", "fr_CA", "human"),
    ("je vais vous appeler moi-même", "fr_CA", "unknown"),  # guard: the client calls
])
def test_a_call_asked_with_the_infinitive_for_the_imperative_is_human(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("you were here last month", "en_CA", "already_serviced"),
    ("you guys were just here", "en_CA", "already_serviced"),
    ("you already came", "en_CA", "already_serviced"),
    ("you came by two weeks ago", "en_CA", "already_serviced"),
    ("you were here last year, monday works", "en_CA", "when"),  # guard: last year's visit
])
def test_you_were_here_lately_is_already_serviced(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("je vous appelle demain", "fr_CA", "human"),
    ("jvous appelle demain", "fr_CA", "human"),
    ("je vous téléphone lundi", "fr_CA", "human"),
    ("on vous rappelle cet après-midi", "fr_CA", "human"),
    ("je vous rappelle que ma mère est en fauteuil, mardi pm", "fr_CA", "when"),  # guard: 'rappeler que' reminds
])
def test_i_call_you_tomorrow_in_the_french_present_is_human(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("no brakes", "en_CA", "urgent"),
    ("the scooter has no brakes", "en_CA", "urgent"),
    ("chair has no brake going down the ramp", "en_CA", "urgent"),
    ("no brake issues, all good", "en_CA", "no"),  # guard
])
def test_no_brakes_in_english_is_urgent(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("it got done in october by your guy", "en_CA", "already_serviced"),
    ("the maintenance was done in september", "en_CA", "already_serviced"),
    ("we had someone look at it last week", "en_CA", "already_serviced"),
    ("lentretien est fait", "fr_CA", "already_serviced"),
    ("it was done last year, monday works", "en_CA", "when"),  # guard: due again
])
def test_the_service_was_done_is_already_serviced(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("certainement pas", "fr_CA", "no"),
    ("Certainement pas, merci", "fr_CA", "no"),
    ("absolument pas", "fr_CA", "no"),
    ("ouais non", "fr_CA", "no"),
    ("yeah no", "en_CA", "no"),
    ("absolutely not thanks", "en_CA", "no"),
    ("certainement", "fr_CA", "yes"),  # guard
    ("yeah no problem", "en_CA", "yes"),  # guard
])
def test_a_yes_word_leading_into_a_no_is_a_no(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("hubby has drs appt wed morning so any other time", "en_CA", "d=H x=2026-12-09@8-12,2026-12-16@8-12"),
    ("Le jeudi elle a son bain toutes les autres journées c'est correct", "fr_CA", "d=H x=2026-12-10,2026-12-17"),
    ("she has physio thursdays all the other days work", "en_CA", "d=H x=2026-12-10,2026-12-17"),
])
def test_the_rest_is_one_phrase_after_any_or_all(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("thursday is a write off but friday is fine", "en_CA", "d=2026-12-11 x=2026-12-10"),  # spelled with a space
    ("Friday's a write-off, monday then", "en_CA", "d=2026-12-14 x=2026-12-11"),  # guard
])
def test_a_write_off_spelled_with_a_space_refuses_the_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("friday is out now somethin came up, could u do the monday after instead around 2", "en_CA", "d=2026-12-14 h=13-16 x=2026-12-11"),  # a dropped g
    ("friday is out now something came up, could u do the monday after instead around 2", "en_CA", "d=2026-12-14 h=13-16 x=2026-12-11"),  # guard
])
def test_somethin_with_its_g_dropped_is_something(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Not today tomorrow morning", "en_CA", "d=2026-12-09 h=8-12 x=2026-12-08"),
    ("Not today, tomorrow morning", "en_CA", "d=2026-12-09 h=8-12 x=2026-12-08"),  # guard: with its comma
    ("chu pas là demain jeudi si possible", "fr_CA", "d=2026-12-10 x=2026-12-09"),
    ("not the 10th the 11th", "en_CA", "d=2026-12-11 x=2026-12-10"),
    ("Not next week the week after", "en_CA", "d=2026-12-21..2026-12-25 x=NW"),
    ("not next mon tues the 15th ok", "en_CA", "d=2026-12-15 x=2026-12-14"),
    ("not tomorrow or thursday", "en_CA", "x=2026-12-09,2026-12-10,2026-12-17"),  # guard: one list refused
])
def test_a_refused_day_then_a_wished_one_without_a_comma(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("chu pas là mardi pis mercredi jeudi ok", "fr_CA", "d=2026-12-10 x=2026-12-15,2026-12-09"),
    ("jpeux pas demain pis jeudi vendredi ok", "fr_CA", "d=2026-12-11 x=2026-12-09,2026-12-10"),
    ("not tuesday or wednesday thursday is fine", "en_CA", "d=2026-12-10 x=2026-12-15,2026-12-09"),
    ("not tuesday wednesday or thursday", "en_CA", "x=2026-12-08..2026-12-10,2026-12-15..2026-12-17"),  # guard: one list
])
def test_a_day_found_fine_after_a_list_its_and_closed_is_wished(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Mercredi ça adonne mal jeudi plutôt", "fr_CA", "d=2026-12-10 x=2026-12-09"),
    ("ça adonne pas demain jeudi oui", "fr_CA", "d=2026-12-10 x=2026-12-09"),
    ("Demain non après-demain oui l'après-midi", "fr_CA", "d=2026-12-10 h=12-17 x=2026-12-09"),
    ("Ça adonne mal lundi le 14 pis mardi le 15", "fr_CA", "x=2026-12-14,2026-12-15"),  # guard: a weekday with its date
])
def test_a_verdict_on_one_day_ends_before_the_next_day_named(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale", [
    ("Monday, not good.", "en_CA"),
    ("Monday, can't make it.", "en_CA"),
    ("Monday, not available.", "en_CA"),
    ("Monday, I have plans.", "en_CA"),
    ("Monday, that's a no.", "en_CA"),
    ("Lundi, pas libre.", "fr_CA"),
    ("Lundi, je serai pas là.", "fr_CA"),
    ("Lundi, pas une bonne journée.", "fr_CA"),
    ("Lundi, difficile.", "fr_CA"),
    ("Lundi, nenon.", "fr_CA"),
    ("Lundi, y'a pas moyen.", "fr_CA"),
    ("Lundi, pas de bon sens.", "fr_CA"),
])
def test_a_short_verdict_after_a_day_named_alone_refuses_it(text: str, locale: str) -> None:
    assert reads_as(text, locale, "x=2026-12-14,2026-12-21")


@pytest.mark.parametrize("text, locale, label", [
    ("Monday, not good. Tuesday afternoon", "en_CA", "d=2026-12-15 h=12-17 x=2026-12-14"),
    ("Lundi, pas dispo. Mardi après-midi", "fr_CA", "d=2026-12-15 h=12-17 x=2026-12-14"),
    ("Monday, not too late.", "en_CA", "d=2026-12-14"),  # guard: a wish about the hours, no verdict on the day
    ("Lundi, pas trop tard.", "fr_CA", "d=2026-12-14"),  # guard
    ("Monday, not before 10.", "en_CA", "d=2026-12-14 h=10-20"),  # guard
    ("Mardi, euh non, mercredi prochain en avant-midi", "fr_CA", "d=2026-12-16 h=8-12"),  # guard: a correction, not a refusal
])
def test_a_short_verdict_after_a_day_leaves_the_next_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("This Friday please not next Friday", "en_CA", "d=2026-12-11 x=2026-12-18"),
    ("Tuesdays and Wednesdays are out the other days are ok", "en_CA", "d=H x=2026-12-08,2026-12-09,2026-12-15,2026-12-16"),
    ("Pas mardi matin mardi après-midi vers 3 h oui", "fr_CA", "d=2026-12-15 h=14-17 x=2026-12-15@8-12"),
    ("Ma fille dit cette semaine c'est non la semaine prochaine n'importe quand", "fr_CA", "d=NW x=2026-12-08..2026-12-11"),
    ("Lundi y'a pas moyen mardi pm", "fr_CA", "d=2026-12-15 h=12-17 x=2026-12-14"),
])
def test_a_refusal_then_a_wish_with_no_comma_between_keeps_the_wish(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Faut que je déplace mon rendez-vous de vendredi", "fr_CA", "reschedule"),
    ("il faut que je reporte ma visite de jeudi", "fr_CA", "reschedule"),
    ("je déplace mes meubles vendredi", "fr_CA", "when"),  # guard: no visit moved
])
def test_a_french_move_verb_in_any_person_moves_the_visit(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("anytime up to the 18th", "en_CA", "d=2026-12-08..2026-12-18"),
    ("any day until the 16th, mornings", "en_CA", "d=2026-12-08..2026-12-16 h=8-12"),
    ("n'importe quel jour jusqu'au 15", "fr_CA", "d=2026-12-08..2026-12-15"),
    ("any time until 3", "en_CA", "h=8-15"),  # guard: a clock, not the 3rd
    ("Elle est en répit jusqu'au 15", "fr_CA", "d=2026-12-16..2026-12-29 x=2026-12-08..2026-12-15"),  # guard: away
])
def test_any_day_up_to_a_date_wishes_every_day_until_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Tuesday after 4. If that doesn't work we'll figure it out.", "en_CA", "d=2026-12-15 h=16-20"),
    ("the 22nd or 23rd, after 4. If not let me know and we'll sort something out", "en_CA", "d=2026-12-22,2026-12-23 h=16-20"),
    ("Tuesday after 4. Wednesday is out.", "en_CA", "d=2026-12-15 h=16-20 x=2026-12-09"),  # guard
])
def test_figuring_it_out_rules_nothing_out(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Next week, not good.", "en_CA", "x=NW"),
    ("La semaine prochaine, pas libre.", "fr_CA", "x=NW"),
    ("Mornings, not good.", "en_CA", "h=12-20"),
    ("Les matins, non.", "fr_CA", "h=12-20"),
    ("Les matins, pas capable.", "fr_CA", "h=12-20"),
    ("Mornings, no rush.", "en_CA", "h=8-12"),  # guard: no verdict
    ("Mornings, not too early.", "en_CA", "h=10-12"),  # guard: a wish about the hours
    ("Next week, not Monday.", "en_CA", "d=2026-12-15..2026-12-18 x=2026-12-14"),  # guard: a time of its own
])
def test_a_short_verdict_after_a_week_or_part_named_alone_refuses_it(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("howmuch for the visit?", "en_CA", "price_question"),
    ("whatsthecost for a tech to come", "en_CA", "price_question"),
    ("my wife passedaway in june", "en_CA", "bereaved"),
    ("it was alreadydone last week", "en_CA", "already_serviced"),
    ("c'est dejafait depuis lundi", "fr_CA", "already_serviced"),
    ("faut que je cancelle, ma fille peut pas venir", "fr_CA", "cancel"),  # guard: a stem conjugated, not 'can celle'
])
def test_an_intent_word_typed_against_another_word_is_split_off(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Le lit électrique descend pu pis ma mère est coincée en position assise", "fr_CA", "urgent"),
    ("Le monte-escalier ne monte plus, ma mère est en haut", "fr_CA", "urgent"),
    ("Le lit remonte pas pis il est couché à plat", "fr_CA", "urgent"),
    ("le lit descend pu, mais elle est pas dedans", "fr_CA", "unknown"),  # guard: no one on it
    ("Le quadri monte pas les côtes comme avant", "fr_CA", "unknown"),  # guard: a weak climb, no failure
])
def test_a_unit_that_no_longer_goes_down_or_up_in_french_is_urgent(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("I never subscribed to this", "en_CA", "unknown"),
    ("Did I subscribe to something?", "en_CA", "unknown"),
    ("unsubscibe", "en_CA", "stop"),  # guard: a slip of the opt-out word
    ("unsubscribe pls", "en_CA", "stop"),  # guard
])
def test_a_real_word_near_an_intent_word_is_not_that_intent(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Avec plaisir, merci!", "fr_CA", "yes"),
    ("oui volontiers", "fr_CA", "yes"),
    ("Volontiers", "fr_CA", "yes"),
    ("with pleasure", "en_CA", "yes"),
    ("Gladly, thank you", "en_CA", "yes"),
])
def test_gladly_and_with_pleasure_are_a_yes(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("avec plaisir jeudi", "fr_CA", "d=2026-12-10"),  # guard: the day is the wish
])
def test_gladly_with_a_day_is_that_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("J'aime mieux me faire appeler", "fr_CA", "human"),
    ("Pouvez-vous parler à ma fille? Elle s'occupe de tout", "fr_CA", "human"),
    ("Can you talk to my daughter? She handles everything", "en_CA", "human"),
    ("Could someone speak with my son about it", "en_CA", "human"),
    ("I'll talk to my daughter and get back to you", "en_CA", "unknown"),  # guard: the client asks the family, not the dealer
    ("je vais parler à ma fille", "fr_CA", "unknown"),  # guard
])
def test_asking_the_dealer_to_speak_with_a_relative_or_to_be_called_is_human(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("his brother passed on the 1st and the funeral was Saturday. Next week is better, Tuesday afternoon", "en_CA", "when"),
    ("Her sister died last week so Friday would be better", "en_CA", "when"),
    ("Son frère est décédé le 1er et les funérailles ont eu lieu samedi. Mardi prochain?", "fr_CA", "when"),
    ("My husband passed on the 1st and the funeral was Saturday. Next week is better", "en_CA", "bereaved"),  # guard
])
def test_a_relatives_death_told_beside_a_wish_is_background(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Il est sourd, il faut m'appeler en arrivant au 613-555-0177. Il est là tous les jours, le matin surtout.", "fr_CA", "when"),
    ("Je viens de parler à ma mère au téléphone, elle aimerait jeudi prochain.", "fr_CA", "when"),
    ("Pouvez-vous m'appeler svp? Jeudi prochain peut-être", "fr_CA", "human"),  # guard
    ("Je voudrais parler à quelqu'un au téléphone", "fr_CA", "human"),  # guard
])
def test_a_call_on_arrival_or_just_made_asks_for_no_call(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Mon père travaille encore (oui à 78 ans!) le lundi. Mardi prochain.", "fr_CA", "d=2026-12-15 x=2026-12-14,2026-12-21"),
    ("My dad works (yes, at 78 years old!) on Mondays. Next Tuesday.", "en_CA", "d=2026-12-15 x=2026-12-14,2026-12-21"),
    ("Late morning or early afternoon (11 to 2) on Thursday", "en_CA", "d=2026-12-10 h=11-14"),  # guard
])
def test_an_age_aside_in_brackets_leaves_its_sentence_whole(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("She has her hair Thursday, Friday then", "en_CA", "d=2026-12-11 x=2026-12-10"),
    ("I have my hair Friday morning, any other time", "en_CA", "d=H x=2026-12-11@8-12,2026-12-18@8-12"),
    ("He has his hair cut short, Friday is fine", "en_CA", "d=2026-12-11"),  # guard
])
def test_having_ones_hair_on_a_day_is_busy_then(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Can we have the appointment on Thursday?", "en_CA", "d=2026-12-10"),
    ("Do you have an appointment Thursday?", "en_CA", "d=2026-12-10"),
    ("Have you got any appts next week", "en_CA", "d=NW"),
    ("I have an appointment Thursday", "en_CA", "x=2026-12-10,2026-12-17"),  # guard: the client's own appointment
])
def test_an_appointment_asked_for_is_no_busy_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("C'est pas mon numéro, c'est celui de mon voisin", "fr_CA", "wrong_number"),
    ("ce n'est pas mon numéro", "fr_CA", "wrong_number"),
    ("c'est pas mon numéro de dossier ça", "fr_CA", "unknown"),  # guard: a file number
    ("c'est pas mon numéro, c'est celui de ma mère, elle est libre demain", "fr_CA", "when"),  # guard: the client's family
])
def test_c_est_pas_mon_numero_is_a_wrong_number(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("No don't cancel, we still want the visit", "en_CA", "yes"),
    ("Non, annulez pas, on le veut toujours", "fr_CA", "yes"),
    ("je veux pas canceller", "fr_CA", "yes"),
    ("don't cancel, just move it", "en_CA", "reschedule"),  # guard
    ("j'peux pas, annulez", "fr_CA", "cancel"),  # guard
])
def test_a_refusal_to_cancel_keeps_the_visit(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Not the 14th-16th, any other day is ok", "en_CA", "d=H x=2026-12-14..2026-12-16"),
    ("the 14th - 16th works", "en_CA", "d=2026-12-14..2026-12-16"),
    ("the 14-16th works", "en_CA", "d=2026-12-14..2026-12-16"),
])
def test_a_dash_between_ordinal_dates_is_a_span(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)



@pytest.mark.parametrize("text, locale, label", [
    ("Can't do the 14th or 15th. 16th on is fine", "en_CA", "d=2026-12-16..2026-12-29 x=2026-12-14,2026-12-15"),
    ("the 16th on works", "en_CA", "d=2026-12-16..2026-12-29"),
    ("the 16th on wednesday", "en_CA", "d=2026-12-09,2026-12-16"),  # guard: 'on' before a day
    ("from Monday the 21st on is fine", "en_CA", "d=2026-12-21..2027-01-03"),  # guard: 'from' said already
])
def test_a_date_then_on_is_from_that_date_on(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, intent", [
    ("Non, pas de rendez-vous, le lit est retourné chez le fournisseur", "no_longer_has_unit"),
    ("Les quadriporteurs sont repartis au magasin le mois passé", "no_longer_has_unit"),
    ("Le fauteuil est retourné au magasin pour réparation", "unknown"),  # guard: back for a repair, still the client's
])
def test_a_unit_gone_back_to_the_supplier_is_no_longer_had(text: str, intent: str) -> None:
    assert understand(text, NOW, "fr_CA").intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Pas le 15 à matin, mais le 15 l'après-midi ça adonne", "fr_CA", "d=2026-12-15 h=12-17 x=2026-12-15@8-12"),
    ("Pas demain à matin, demain après-midi", "fr_CA", "d=2026-12-09 h=12-17 x=2026-12-09@8-12"),  # guard: the older form
])
def test_a_date_a_matin_is_that_days_morning(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Lundi difficile, mercredi sans problème", "fr_CA", "d=2026-12-09 x=2026-12-14"),
    ("Lundi nenon mais mercredi parfait", "fr_CA", "d=2026-12-09 x=2026-12-14"),
    ("Monday is a problem but Wednesday works", "en_CA", "d=2026-12-09 x=2026-12-14"),
    ("Monday I have plans, Wednesday is good", "en_CA", "d=2026-12-09 x=2026-12-14"),
    ("Monday no problem", "en_CA", "d=2026-12-14"),  # guard: an idiom that agrees
])
def test_a_verdict_without_a_negation_word_refuses_the_day_it_follows(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Lundi ça va, mais le matin difficile.", "fr_CA", "d=2026-12-14 h=12-20"),
    ("Lundi le matin difficile, l'après-midi ok", "fr_CA", "d=2026-12-14 h=12-17 x=2026-12-14@8-12"),
    ("Lundi ça va, mais le matin pas libre.", "fr_CA", "d=2026-12-14 h=12-20"),  # guard: with a negation word
])
def test_a_verdict_without_a_negation_word_refuses_the_part_it_follows(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, start, end", [
    ("Thursday at twenty past one", (12, 50), (15, 20)),
    ("Thursday at ten to two", (13, 20), (15, 50)),
])
def test_minutes_in_words_give_the_clock_time(text: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    heard = understand(text, NOW, "en_CA")
    assert [(a.date(), (a.hour, a.minute), (b.hour, b.minute)) for a, b in heard.windows] == [(NOW.date() + timedelta(days=2), start, end)]


@pytest.mark.parametrize("text, locale, label", [
    ("Thursday at 11 or so", "en_CA", "d=2026-12-10 h=10-13"),
    ("Thursday 2 pm-ish", "en_CA", "d=2026-12-10 h=13-16"),
    ("Thursday from ten to two", "en_CA", "d=2026-12-10 h=10-14"),  # guard: hours, not a clock time
])
def test_or_so_and_pm_ish_give_an_approximate_time(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("middle of next week", "en_CA", "d=2026-12-15..2026-12-17"),
    ("the middle of next week, afternoons", "en_CA", "d=2026-12-15..2026-12-17 h=12-17"),
    ("au milieu de la semaine prochaine", "fr_CA", "d=2026-12-15..2026-12-17"),
    ("end of next week", "en_CA", "d=2026-12-17,2026-12-18"),  # guard
])
def test_the_middle_of_next_week_is_its_tuesday_to_thursday(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, same_as", [
    ("Thursday at 1400", "en_CA", "Thursday at 2 pm"),
    ("jeudi vers 1330", "fr_CA", "jeudi vers 13 h 30"),
    ("Thursday at 0930", "en_CA", "Thursday at 9:30"),
])
def test_a_clock_time_in_four_digits_reads_as_that_time(text: str, locale: str, same_as: str) -> None:
    heard, meant = understand(text, NOW, locale), understand(same_as, NOW, locale)
    assert (heard.intent, heard.windows) == (meant.intent, meant.windows) and len(meant.windows) == 1


@pytest.mark.parametrize("text, locale, intent", [
    ("Her lift chair hums but won't move and she's stuck reclined in it right now", "en_CA", "urgent"),
    ("he is stuck reclined", "en_CA", "urgent"),
    ("Mom's stuck lying flat in the bed, the motor died", "en_CA", "urgent"),
    ("she's stuck in it until her hip heals, come Tuesday", "en_CA", "when"),  # guard: a chair she lives in
    ("I'm stuck in traffic, can we do Thursday", "en_CA", "when"),  # guard
])
def test_someone_the_unit_holds_reclined_or_flat_is_urgent(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale", [
    ("Is there a number she can call?", "en_CA"), ("Is there a number my son can call?", "en_CA"), ("what number can Dad call", "en_CA"),
    ("Y a-t-il un numéro qu'elle peut appeler?", "fr_CA"), ("C'est quoi le numéro que mon fils peut appeler?", "fr_CA"),
])
def test_a_number_someone_of_the_client_can_call_asks_for_a_person(text: str, locale: str) -> None:
    assert understand(text, NOW, locale).intent == "human"


@pytest.mark.parametrize("text, locale, label", [
    ("Friday is better, Thursday she's got the grandkids.", "en_CA", "d=2026-12-11 x=2026-12-10"),
    ("Friday is better, Thursday Mom has the grandkids.", "en_CA", "d=2026-12-11 x=2026-12-10"),
    ("Le 22 à 13 h... Non attendez, sa fille travaille ce jour-là. Le 23 à la même heure.", "fr_CA", "d=2026-12-23 h=12.5-15 x=2026-12-22"),
    ("Son mari travaille toute la semaine prochaine, faque demain ou vendredi svp", "fr_CA", "d=2026-12-09,2026-12-11 x=2026-12-14..2026-12-18"),
    ("Sa fille travaille pas le mardi, venez mardi", "fr_CA", "d=2026-12-15"),  # guard: she is free then
])
def test_a_relative_of_the_client_named_by_her_or_his_is_busy_as_by_my(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, label", [
    ("Merry almost Christmas! Any day next week", "en_CA", "d=NW"),
    ("Happy early New Year, any day next week but Monday", "en_CA", "d=NW x=2026-12-14"),
    ("Joyeux presque Noël! La semaine prochaine n'importe quand", "fr_CA", "d=NW"),
    ("Bonne année en avance! La semaine prochaine en avant-midi", "fr_CA", "d=NW h=8-12"),
    ("early Christmas Eve works", "en_CA", "d=2026-12-24"),  # guard: no greeting, the holiday wished
])
def test_a_holiday_greeting_with_a_qualifier_wishes_no_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, intent", [
    ("J'ai un rendez-vous à l'hôpital qui vient de tomber jeudi, vendredi c'est mieux", "when"),
    ("Ma réunion est tombée à l'eau, jeudi c'est correct", "when"),
    ("Mon shift est tombé à l'eau, mercredi je suis libre", "when"),
    ("Ma mère qui vient de tomber dans l'escalier!", "urgent"),  # guard: a person fell
    ("Ma mère a un rendez-vous, elle vient de tomber", "urgent"),  # guard: the plans named, then a fall
    ("Mon père est tombé en sortant du lift", "urgent"),  # guard
])
def test_plans_that_fell_are_no_fall(text: str, intent: str) -> None:
    assert understand(text, NOW, "fr_CA").intent == intent


@pytest.mark.parametrize("text, intent", [
    ("Je vous écris de mon iPad que mon fils m'a donné à Noël. Le lift va bien. Jeudi matin", "when"),
    ("Mes enfants m'ont donné le quadriporteur l'an passé, il marche bien. Jeudi matin", "when"),
    ("Ma fille nous a donné son vieux scooter, jeudi matin ça marche", "when"),
    ("J'ai donné le quadriporteur à mon voisin", "no_longer_has_unit"),  # guard: given away
    ("Ma mère a donné son scooter à l'Armée du Salut", "no_longer_has_unit"),  # guard
])
def test_a_gift_received_is_no_unit_given_away(text: str, intent: str) -> None:
    assert understand(text, NOW, "fr_CA").intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("I am available every day but mornings are best", "en_CA", "h=8-12"),
    ("Free every day next week but afternoons are better", "en_CA", "d=NW h=12-17"),
    ("Je suis là tous les jours mais le matin c'est mieux", "fr_CA", "h=8-12"),
    ("I'm home every day but mornings", "en_CA", "h=12-20"),  # guard: an exception
    ("Tous les jours mais pas le matin", "fr_CA", "h=12-20"),  # guard
])
def test_every_day_but_a_part_that_is_best_prefers_that_part(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("Was in emergency last night with chest pain, turned out to be nothing. Thursday morning works", "en_CA", "when"),
    ("Mom was in the ER Sunday, turned out to be nothing serious. Thursday morning is fine", "en_CA", "when"),
    ("Ma mère est allée à l'urgence hier, c'était rien de grave. Jeudi matin", "fr_CA", "when"),
    ("Was in emergency last night, the chair dropped her and she's hurting", "en_CA", "urgent"),  # guard: the unit hurt her
    ("She's in emergency now, the lift dropped her", "en_CA", "urgent"),  # guard
])
def test_an_emergency_visit_that_was_nothing_is_background(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, label", [
    ("Je suis à Rimouski jusqu'au 11. Après ça en après-midi", "fr_CA", "d=2026-12-12..2026-12-25 h=12-17 x=2026-12-08..2026-12-11"),
    ("Je m'en vais aux funérailles à Rimouski jusqu'au 13. Après, en après-midi", "fr_CA", "d=2026-12-14..2026-12-27 h=12-17 x=2026-12-08..2026-12-13"),
    ("Ma mère s'en va chez ma soeur jusqu'au 16, après ça n'importe quel matin", "fr_CA", "d=2026-12-17..2026-12-30 h=8-12 x=2026-12-08..2026-12-16"),
])
def test_at_a_place_or_going_away_until_a_day_is_away(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text", ["Je suis à la maison jusqu'au 18", "Je suis à votre disposition jusqu'au 18"])
def test_at_home_or_at_your_service_until_a_day_is_not_away(text: str) -> None:
    assert not understand(text, NOW, "fr_CA").excluded  # guard: there, not away


@pytest.mark.parametrize("text, locale, label", [
    ("We'd love the 17th. Oh wait, that's Mom's eye appointment. The 18th then", "en_CA", "d=2026-12-18 x=2026-12-17"),
    ("The 17th is Dad's physio, the 18th works", "en_CA", "d=2026-12-18 x=2026-12-17"),
    ("Oh non, le 17 c'est le rendez-vous de maman. Le 18 alors", "fr_CA", "d=2026-12-18 x=2026-12-17"),
    ("Le 17 c'est la physio de papa, le 18 ça va", "fr_CA", "d=2026-12-18 x=2026-12-17"),
    ("Mom's free the 17th", "en_CA", "d=2026-12-17"),  # guard: Mom is free
    ("The 17th is Mom's day off, that works", "en_CA", "d=2026-12-17"),  # guard: a free day of hers
])
def test_a_family_members_appointment_takes_the_day(text: str, locale: str, label: str) -> None:
    assert reads_as(text, locale, label)


@pytest.mark.parametrize("text, locale, intent", [
    ("I don't want to stop the messages, I just can't do Monday. Tuesday instead", "en_CA", "when"),
    ("I'm not asking you to stop texting me, Thursday is fine", "en_CA", "when"),
    ("Je veux pas arrêter les messages, c'est juste que lundi marche pas. Mardi plutôt", "fr_CA", "when"),
    ("je vous demande pas d'arrêter de m'écrire, jeudi ça va", "fr_CA", "when"),
    ("I don't want these texts anymore, stop", "en_CA", "stop"),  # guard: the wish not to get them is an opt-out
    ("Please stop the messages, I don't need them", "en_CA", "stop"),  # guard: the negation comes after
    ("je veux pas de vos messages, arrêtez de m'écrire", "fr_CA", "stop"),  # guard
])
def test_an_opt_out_the_client_says_they_do_not_want_is_none(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Bill is no longer with us. This is his wife Joan.", "en_CA", "bereaved"),
    ("She's not with us anymore. This is her son Paul, what do we do with the lift?", "en_CA", "bereaved"),
    ("Papa est pu avec nous. Ce serait pour annuler la visite.", "fr_CA", "bereaved"),
    ("Maman est plus parmi nous. Cette visite sert plus à rien.", "fr_CA", "bereaved"),
    ("Mom is not with us this weekend, Monday is good", "en_CA", "when"),  # guard: away for a time
    ("mom's not with us next week, she's at my sister's", "en_CA", "when"),  # guard
    ("Maman est plus avec nous cette semaine, elle est chez ma soeur", "fr_CA", "when"),  # guard
])
def test_no_longer_with_us_then_a_new_sentence_is_a_death(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Mom says she doesn't want anyone coming in the house right now", "en_CA", "no"),
    ("Dad doesn't want anybody to come to the house", "en_CA", "no"),
    ("Mom doesn't want anyone in the house right now", "en_CA", "no"),
    ("Maman veut personne dans la maison pour l'instant", "fr_CA", "no"),
    ("Mom doesn't want anyone coming in the morning, afternoons are fine", "en_CA", "when"),  # guard: a time ruled out
    ("we don't want anyone coming in the house until after Christmas", "en_CA", "when"),  # guard
    ("I don't want someone to come without me there, next Tuesday I'm home", "en_CA", "when"),  # guard
    ("Papa veut personne chez lui le matin, mardi après-midi ok", "fr_CA", "when"),  # guard
])
def test_not_wanting_anyone_in_the_house_declines_the_visit(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Mom's sister died so we're in Sudbury for the funeral until Friday", "en_CA", "when"),
    ("moms sister passed away, we're at the funeral thursday, friday is fine", "en_CA", "when"),
    ("La soeur de maman est décédée, on est à Rimouski pour les funérailles jusqu'à vendredi", "fr_CA", "when"),
    ("Le frère de papa est mort la semaine passée, la semaine prochaine c'est mieux", "fr_CA", "when"),
    ("Mom died, her sister is writing. Next week is fine", "en_CA", "bereaved"),  # guard: the client's own death
    ("Le frère de papa est mort", "fr_CA", "bereaved"),  # guard: nothing else is said, a person reads it
])
def test_a_relatives_death_named_by_whose_kin_beside_a_wish_is_background(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent


@pytest.mark.parametrize("text, locale, intent", [
    ("Non c'est pas un mauvais numéro, c'est bien chez ma mère. Elle est libre jeudi", "fr_CA", "when"),
    ("vous vous trompez pas, c'est bien chez Gagnon. Jeudi", "fr_CA", "when"),
    ("No this is not the wrong number, it's her daughter. Thursday works", "en_CA", "when"),
    ("mauvais numéro, c'est pas ma mère", "fr_CA", "wrong_number"),  # guard: the negation is about someone else
    ("c'est pas le bon numéro", "fr_CA", "wrong_number"),  # guard: 'not the right number' is a wrong one
    ("Not sure who this is for, you have the wrong number", "en_CA", "wrong_number"),  # guard
])
def test_a_wrong_number_denied_is_none(text: str, locale: str, intent: str) -> None:
    assert understand(text, NOW, locale).intent == intent
