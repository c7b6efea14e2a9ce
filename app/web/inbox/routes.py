"""The staff inbox's pages and actions. Every page needs a signed-in staff member, every form its CSRF token; each action
is one method of the assistant's staff desk, then a redirect back to the conversation (post/redirect/get)."""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from app.assistant import NotFound, StaffActionRefused
from app.container import Services
from app.odoo.errors import OdooError
from app.odoo.staff_login import SignInRefused, StaffLogin
from app.phones import normalise
from app.reports import chart, funnel
from app.rendering import format_day, format_time
from app.web.inbox import board
from app.web.inbox.throttle import SignInThrottle
from app.web.inbox.security import (
    LOGIN_PATH,
    checked_form,
    csrf_token,
    current_staff,
    end_session,
    remember_phone,
    safe_next,
    signed_in,
    start_session,
    user_stamp,
)
from dialogs.model import DialogState

log = logging.getLogger(__name__)

router = APIRouter(prefix="/inbox", tags=["inbox"])
actions = APIRouter(prefix="/inbox", tags=["inbox"], dependencies=[Depends(signed_in), Depends(checked_form)])  # staff actions
SIGN_IN_STATUS = {"credentials": 401, "two_factor": 401, "not_internal": 403, "unavailable": 503, "throttled": 429}


def _services(request: Request) -> Services:
    return request.app.state.services


def make_templates(tz: str) -> Jinja2Templates:
    """The inbox's pages (English, for staff) with filters that show times in the dealer's zone."""
    zone = ZoneInfo(tz)
    pages = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
    pages.env.filters.update(
        when=lambda moment: f"{format_day(moment.astimezone(zone).date(), 'en_CA')}, {format_time(moment.astimezone(zone), 'en_CA')}",
        day=lambda day: format_day(day, "en_CA"), phone=_national, span=_span, author=board.author,
    )
    return pages


def _render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    base = {"staff": current_staff(request), "csrf": csrf_token(request), "flash": request.session.pop("flash", None)}
    pages: Jinja2Templates = request.app.state.inbox_templates
    return pages.TemplateResponse(request, name, {**base, **context}, status_code=status_code)


def _national(address: str) -> str:
    """(416) 555-0142 for a phone; an email-only client's address as it is."""
    try:
        return phonenumbers.format_number(phonenumbers.parse(address), phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return address


def _span(delta: timedelta | None) -> str:
    """'4 min', '3 h', '2 d' (staff read it at a glance)."""
    if delta is None:
        return ""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 0)} min"
    return f"{minutes // 60} h" if minutes < 48 * 60 else f"{minutes // 1440} d"


# sign-in ----------------------------------------------------------------------------------------------------
@router.get("/login")
def login_page(request: Request, target: str | None = Query(None, alias="next")) -> Response:
    if current_staff(request):
        return RedirectResponse(safe_next(target), status_code=303)
    return _render(request, "login.html", {"next": safe_next(target), "refused": None, "login": ""})


@router.post("/login")
def login(request: Request, form: FormData = Depends(checked_form)) -> Response:
    login_name, password, target = str(form.get("login", "")).strip(), str(form.get("password", "")), safe_next(str(form.get("next", "")))
    staff_login: StaffLogin = request.app.state.staff_login
    throttle: SignInThrottle = request.app.state.sign_in_throttle
    address = request.client.host if request.client else ""
    try:
        if throttle.blocked(login_name, address):  # Odoo is not asked: its own cooldown would lock everyone out
            raise SignInRefused("throttled")
        user = staff_login.authenticate(login_name, password)
        stamp = user_stamp(_services(request).gateway, user.uid)
        if stamp is None:  # signed in, but the user cannot be read: the session could never be checked
            raise SignInRefused("unavailable")
    except SignInRefused as refused:
        log.info("inbox sign-in refused: %s", refused.reason)
        if refused.reason == "credentials":
            throttle.failed(login_name, address)
        context = {"next": target, "refused": refused.reason, "login": login_name}
        return _render(request, "login.html", context, status_code=SIGN_IN_STATUS[refused.reason])
    throttle.succeeded(login_name)
    start_session(request, user.uid, user.name, user.login, _staff_phone(request, user.partner_id), stamp)
    log.info("inbox sign-in by Odoo user %s", user.uid)
    return RedirectResponse(target, status_code=303)


def _staff_phone(request: Request, partner_id: int | None) -> str:
    """The staff member's own phone from Odoo, for RingOut to ring first; they may type another."""
    if partner_id is None:
        return ""
    try:
        client = _services(request).partners.by_ids([partner_id]).get(partner_id)
    except OdooError:
        return ""
    return client.phone or "" if client else ""


@router.post("/logout")
def logout(request: Request, staff: dict = Depends(signed_in), form: FormData = Depends(checked_form)) -> Response:
    end_session(request)
    return RedirectResponse(LOGIN_PATH, status_code=303)


# pages ------------------------------------------------------------------------------------------------------
@router.get("")
def conversations(request: Request, partial: bool = False, staff: dict = Depends(signed_in)) -> Response:
    services = _services(request)
    stalled_after = timedelta(hours=services.settings.inbox_stalled_after_hours)
    with services.sessions() as session:
        groups = board.board(session, services.assistant.now(), stalled_after)
        mark = board.mark(session)
    return _render(request, "_board.html" if partial else "board.html", {"groups": groups, "mark": mark})


@router.get("/pulse")
async def pulse(request: Request, staff: dict = Depends(signed_in)) -> JSONResponse:
    """What the pages poll every second: a mark that changes whenever anything shown changes."""
    services = _services(request)

    def read() -> str:
        with services.sessions() as session:
            return board.mark(session)

    return JSONResponse({"mark": await run_in_threadpool(read)}, headers={"Cache-Control": "no-store"})


@router.get("/c/{conversation_id}")
def conversation(request: Request, conversation_id: int, day: date | None = None, partial: bool = False, staff: dict = Depends(signed_in)) -> Response:
    services = _services(request)
    now = services.assistant.now()
    with services.sessions() as session:
        shown = board.detail(session, conversation_id, now, timedelta(hours=services.settings.inbox_stalled_after_hours))
        mark = board.mark(session)
    if shown is None:
        raise HTTPException(status_code=404, detail="No such conversation")
    context: dict[str, Any] = {"c": shown, "mark": mark}
    if partial:
        return _render(request, "_conversation.html", context)
    day = day or (now + timedelta(days=1)).date()
    context.update(day=day, free=None, dialer=request.app.state.dialer is not None)
    if shown.conversation.partner_id is not None:
        start = datetime.combine(day, time(0), tzinfo=ZoneInfo(services.settings.timezone))
        try:
            units = DialogState.from_json(shown.conversation.state).units  # a power base visit is longer than a walker's
            context["free"] = services.assistant.staff.free_times(start, start + timedelta(days=1), units)
        except OdooError:
            log.warning("free times unavailable for conversation %s: Odoo error", conversation_id)
    return _render(request, "conversation.html", context)


@router.get("/report")
def report(request: Request, since: str | None = None, until: str | None = None, staff: dict = Depends(signed_in)) -> Response:
    """The funnel from due units to paid visits for managers: the table and two charts drawn on the server."""
    try:
        first, end = funnel.month_bounds(since or None, until or None)
    except ValueError:
        raise HTTPException(status_code=422, detail="Give months as YYYY-MM") from None
    with _services(request).sessions() as session:
        rows, currency = funnel.funnel(session, first, end), funnel.currency(session)
    context = {
        "rows": funnel.with_totals(rows), "headings": [funnel.heading(name, currency) for name in funnel.HEADINGS], "counts": funnel.COUNTS[:-1],
        "all": funnel.ALL_CATEGORIES, "note": funnel.COHORT_NOTE, "since": since or "", "until": until or "",
        "stages": Markup(chart.stages_svg(rows)) if rows else None, "quoted": Markup(chart.quoted_svg(rows, currency)) if rows else None,
    }
    return _render(request, "report.html", context)


# actions ----------------------------------------------------------------------------------------------------
def _act(request: Request, conversation_id: int, done: str, action: Any, *args: Any) -> Response:
    """Run one staff action; what happened goes back to the conversation page as a one-time notice."""
    try:
        action(conversation_id, *args)
        request.session["flash"] = {"kind": "ok", "code": done}
    except NotFound:
        raise HTTPException(status_code=404, detail="No such conversation") from None
    except StaffActionRefused as refused:
        request.session["flash"] = {"kind": "error", "code": refused.reason}
    except OdooError:
        log.warning("staff action %s on conversation %s: Odoo error", done, conversation_id)
        request.session["flash"] = {"kind": "error", "code": "odoo"}
    return RedirectResponse(f"/inbox/c/{conversation_id}", status_code=303)


def _slot(value: Any) -> tuple[int, datetime]:
    """A slot as the form names it: '<technician id>@<ISO start>'."""
    try:
        technician, start = str(value).split("@", 1)
        moment = datetime.fromisoformat(start)
        if moment.tzinfo is None:
            raise ValueError(start)
        return int(technician), moment
    except ValueError:
        raise HTTPException(status_code=422, detail="Unknown slot") from None


class Refused(Exception):
    """A staff action refused before it runs, shown as a notice on the conversation page (its code)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _text(request: Request, form: FormData) -> tuple[Any, ...]:
    return (str(form.get("text", "")),)


def _booked_slot(request: Request, form: FormData) -> tuple[Any, ...]:
    return _slot(form.get("book"))


def _offered_slots(request: Request, form: FormData) -> tuple[Any, ...]:
    choices = [_slot(value) for value in form.getlist("offer")]
    if not 1 <= len(choices) <= 5:
        raise Refused("offer_count")
    return (choices,)


def _call(request: Request, form: FormData) -> tuple[Any, ...]:
    dialer = request.app.state.dialer
    if dialer is None:
        raise HTTPException(status_code=404, detail="Calls need RingCentral")
    number = normalise(str(form.get("staff_number", "")), _services(request).settings.default_region)
    if number is None:
        raise Refused("staff_number")
    remember_phone(request, number)  # for the next call
    return dialer, number


def _nothing(request: Request, form: FormData) -> tuple[Any, ...]:
    return ()


Arguments = Callable[[Request, FormData], tuple[Any, ...]]
ACTIONS: dict[str, tuple[str, Arguments, str]] = {  # path: the staff desk's method, its arguments from the form, the notice after it
    "take-over": ("take_over", _nothing, "taken_over"),
    "hand-back": ("hand_back", _nothing, "handed_back"),
    "reply": ("reply", _text, "replied"),
    "book": ("book", _booked_slot, "booked"),
    "offer": ("offer", _offered_slots, "offered"),
    "cancel": ("cancel", _nothing, "cancelled"),
    "resolve": ("resolve", _nothing, "resolved"),
    "opt-out": ("record_opt_out", _nothing, "opted_out"),
    "call": ("call_client", _call, "called"),
}


@actions.post("/c/{conversation_id}/{action}")  # `form`: the one the router checked (a dependency runs once a request)
def act(request: Request, conversation_id: int, action: str, form: FormData = Depends(checked_form)) -> Response:
    """Every staff action on a conversation (`ACTIONS`), signed in and CSRF-checked by the router itself."""
    if action not in ACTIONS:
        raise HTTPException(status_code=404, detail="No such action")
    method, arguments, done = ACTIONS[action]
    try:
        values = arguments(request, form)
    except Refused as refused:
        request.session["flash"] = {"kind": "error", "code": refused.code}
        return RedirectResponse(f"/inbox/c/{conversation_id}", status_code=303)
    return _act(request, conversation_id, done, getattr(_services(request).assistant.staff, method), *values)
