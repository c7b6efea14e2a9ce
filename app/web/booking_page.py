"""Our booking page, for clients reminded by email: the same real free times a text offers, booked the same way.

GET /book/<token> shows free times and changes nothing (mail scanners open links too); POST books one through the
assistant, like a reply choosing it. A POST carries a form id we signed for this conversation (only a page we served
can post, and a form sent twice books once) and the chosen time signed as offered (no other time can be booked).
GET/POST /unsubscribe/<token> stops the reminders. Every sentence comes from prompts/web/<locale>/.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any, TypeVar

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from app.assistant import NotFound, PageTurn
from app.container import Services
from app.odoo.errors import OdooUnavailable
from app.rendering import FALLBACK_LOCALE, LOCALES
from app.web.booking_links import BOOK, STOP, LinkExpired, LinkForged
from dialogs.model import Slot

T = TypeVar("T")

router = APIRouter(tags=["booking page"])
PAGE: dict[str, Any] = {"content": {"text/html": {}}}
LINK: dict[int | str, dict[str, Any]] = {  # every page a link opens, in the OpenAPI document
    403: {**PAGE, "description": "a link nobody signed: opens nothing"},
    410: {**PAGE, "description": "a link past its days"},
}
TURN: dict[int | str, dict[str, Any]] = {404: {**PAGE, "description": "no such booking"}, 503: {**PAGE, "description": "Odoo out of reach"}}
FORM_AGAIN: dict[int | str, dict[str, Any]] = {303: {"description": "a form left open too long: its page, as it is now"}}
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))

PAGE_DAYS, PAGE_MORE_DAYS = 4, 6  # a morning and an afternoon time on the next 4 days with room; the rest behind "more times"
HEADERS = {  # the token is in the address: never cached, never sent on as a referrer, never framed
    "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
}


@dataclass(frozen=True)
class Time:
    """One button: the time it shows under its day's heading, the whole time read aloud, the signed choice."""

    shown: str
    label: str
    value: str


@dataclass(frozen=True)
class Day:
    label: str
    times: list[Time]


@dataclass
class Section:
    lang: str
    title: str
    text: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    choices: list[tuple[str, str]] = field(default_factory=list)
    days: list[Day] = field(default_factory=list)
    more: list[Day] = field(default_factory=list)
    more_label: str = ""
    action: str = ""
    form: str = ""
    footer: str = ""
    stop_url: str = ""
    stop_link: str = ""


class Page:
    """Words for one page in one language, from prompts/web/<locale>/."""

    def __init__(self, services: Services, locale: str) -> None:
        self._services, self.locale = services, locale

    def say(self, name: str, **values: object) -> list[str]:
        return self._services.renderer.render("web", self.locale, name, values).splitlines()

    def section(self, **parts: object) -> Section:
        return Section(lang=self.locale.replace("_", "-"), title=self.say("page_title")[0], footer=self.say("page_footer")[0], **parts)  # type: ignore[arg-type]


def _services(request: Request) -> Services:
    return request.app.state.services


def _respond(request: Request, services: Services, sections: list[Section], status: int = 200) -> HTMLResponse:
    phone = services.settings.dealer_phone
    context = {"pages": sections, "lang": sections[0].lang, "title": sections[0].title, "phone": phone,
               "tel": "".join(c for c in phone if c.isdigit() or c == "+")}
    return templates.TemplateResponse(request, "booking.html.j2", context, status_code=status, headers=HEADERS)


def _unavailable(request: Request, services: Services, reason: str, status: int, locales: tuple[str, ...]) -> HTMLResponse:
    pages = [Page(services, locale) for locale in locales]
    return _respond(request, services, [page.section(text=page.say("page_unavailable", reason=reason)) for page in pages], status)


def _conversation(request: Request, token: str, purpose: str) -> int | HTMLResponse:
    """The conversation a link is for, or the page that explains why the link opens nothing."""
    services = _services(request)
    try:
        return services.links.conversation(token, purpose)
    except LinkExpired as expired:
        return _unavailable(request, services, "expired", 410, (_locale_of(services, expired.conversation_id),))
    except LinkForged:
        return _unavailable(request, services, "forged", 403, LOCALES)  # a link we cannot read says so in both languages


def _posted(request: Request, page_path: str, read: Callable[[], T]) -> T | Response:
    """What a posted form carries, read from its signed fields; a form left open too long shows its page again as it is
    now, and a forged one opens nothing."""
    try:
        return read()
    except LinkExpired:
        return RedirectResponse(page_path, status_code=303)
    except LinkForged:
        return _unavailable(request, _services(request), "forged", 403, LOCALES)


def _locale_of(services: Services, conversation_id: int | None) -> str:
    try:
        return services.assistant.page.open(conversation_id, 0).locale if conversation_id is not None else FALLBACK_LOCALE
    except NotFound:
        return FALLBACK_LOCALE


def _turn(request: Request, conversation_id: int, step: Callable[[], PageTurn]) -> PageTurn | HTMLResponse:
    """The assistant's answer, or the page that says why there is none (an unknown booking, Odoo out of reach)."""
    services = _services(request)
    try:
        return step()
    except NotFound:
        return _unavailable(request, services, "unknown", 404, LOCALES)
    except OdooUnavailable:
        return _unavailable(request, services, "error", 503, (_locale_of(services, conversation_id),))


def _booking(request: Request, token: str, turn: PageTurn | HTMLResponse, conversation_id: int) -> HTMLResponse:
    """Where things stand: the booked visit, the times to choose from, or why the page books nothing."""
    if isinstance(turn, HTMLResponse):
        return turn
    services = _services(request)
    page = Page(services, turn.locale)
    said = turn.said.splitlines() if turn.said else []
    stop = {"stop_url": services.links.unsubscribe(conversation_id), "stop_link": page.say("page_stop_link")[0]}
    if turn.booking is not None:
        text = [] if said else page.say("page_booked", slot=turn.booking.slot)
        return _respond(request, services, [page.section(said=said, text=text, **stop)])
    if turn.status in ("handoff", "opted_out") or not turn.offers:
        reason = turn.status if turn.status in ("handoff", "opted_out") else "no_times"
        return _respond(request, services, [page.section(said=said, text=[] if said else page.say("page_unavailable", reason=reason), **stop)])
    text = [] if said else page.say("page_intro", first_name=turn.first_name, units=turn.units)
    section = page.section(
        said=said, text=text, days=_days(services, page, turn.offers), more=_days(services, page, turn.more), more_label=page.say("page_more")[0],
        action=f"/book/{token}", form=services.links.form(conversation_id), **stop,
    )
    return _respond(request, services, [section])


def _days(services: Services, page: Page, slots: list[Slot]) -> list[Day]:
    """The times under the heading of their day, in the dealer's zone, soonest first (each day named once)."""
    zone = services.assistant.zone
    days = []
    for _, same_day in groupby(sorted(slots, key=lambda s: s.start), key=lambda s: s.start.astimezone(zone).date()):
        slots_of_day = list(same_day)
        times = [Time(page.say("page_time", slot=slot)[0], page.say("page_slot", slot=slot)[0], services.links.slot(slot)) for slot in slots_of_day]
        days.append(Day(page.say("page_day", slot=slots_of_day[0])[0], times))
    return days


@router.get("/book/{token}", response_class=HTMLResponse, responses={**LINK, **TURN})
def show(token: str, request: Request) -> Response:
    conversation_id = _conversation(request, token, BOOK)
    if isinstance(conversation_id, Response):
        return conversation_id
    turn = _turn(request, conversation_id, lambda: _services(request).assistant.page.open(conversation_id, PAGE_DAYS, PAGE_MORE_DAYS))
    return _booking(request, token, turn, conversation_id)


@router.post("/book/{token}", response_class=HTMLResponse, responses={**LINK, **TURN, **FORM_AGAIN})
def book(token: str, request: Request, form: str = Form(max_length=512), choice: str = Form(max_length=1024)) -> Response:
    services = _services(request)
    conversation_id = _conversation(request, token, BOOK)
    if isinstance(conversation_id, Response):
        return conversation_id
    posted = _posted(request, f"/book/{token}", lambda: (services.links.form_id(form, conversation_id), services.links.read_slot(choice)))
    if isinstance(posted, Response):
        return posted
    form_id, slot = posted
    turn = _turn(request, conversation_id, lambda: services.assistant.page.book(conversation_id, slot, form_id))
    return _booking(request, token, turn, conversation_id)


@router.get("/unsubscribe/{token}", response_class=HTMLResponse, responses=LINK)
def ask_to_stop(token: str, request: Request) -> Response:
    services = _services(request)
    conversation_id = _conversation(request, token, STOP)
    if isinstance(conversation_id, Response):
        return conversation_id
    page = Page(services, _locale_of(services, conversation_id))
    section = page.section(
        text=page.say("page_stop"), choices=[(page.say("page_stop_button")[0], "stop")], action=f"/unsubscribe/{token}",
        form=services.links.form(conversation_id),
    )
    return _respond(request, services, [section])


@router.post("/unsubscribe/{token}", response_class=HTMLResponse, responses={**LINK, **TURN, **FORM_AGAIN})
def stop(token: str, request: Request, form: str = Form(max_length=512)) -> Response:
    services = _services(request)
    conversation_id = _conversation(request, token, STOP)
    if isinstance(conversation_id, Response):
        return conversation_id
    form_id = _posted(request, f"/unsubscribe/{token}", lambda: services.links.form_id(form, conversation_id))
    if isinstance(form_id, Response):
        return form_id
    turn = _turn(request, conversation_id, lambda: services.assistant.page.stop(conversation_id, form_id))
    if isinstance(turn, HTMLResponse):
        return turn
    page = Page(services, turn.locale)
    return _respond(request, services, [page.section(said=turn.said.splitlines() if turn.said else page.say("opted_out"))])  # out already: said once
