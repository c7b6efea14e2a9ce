"""The funnel report: every number of a known history (two categories, two due months, every channel and outcome) on
SQLite and PostgreSQL, the same figures from a scan and conversations run through the real service, the command's
table and CSV, and the inbox page with its charts for signed-in staff only."""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import httpx
import odoorpc
import pytest
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from app.cli import cli
from app.container import Services
from app.reports.funnel import ALL_CATEGORIES, ALL_MONTHS, COUNTS, FunnelRow, funnel, with_totals
from app.serving import ServerThread
from app.store import repository as repo
from app.store.db import make_engine, session_factory, upgrade
from app.store.models import Conversation, Message, Reminder
from app.store.trail_entries import add_trail_entry
from app.store.visits import record_visit
from app.web.app import create_app
from dialogs.model import Unit
from tests.conftest import NOW
from tests.test_inbox_http import sign_in

MODEL = "fusion.repair.maintenance.contract"
PW, SC = "Power wheelchairs", "Scooters"


class History:
    """Writes a conversation history through the store's own operations, as the service does."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.events = 0

    def conversation(self, address: str, partner_id: int, status: str = "active", at: datetime = datetime(2026, 9, 1, tzinfo=timezone.utc)) -> Conversation:
        conversation = Conversation(phone=address, partner_id=partner_id, locale="en_CA", status=status, state={}, created_at=at, updated_at=at)
        self.session.add(conversation)
        self.session.flush()
        return conversation

    def remind(
        self, conversation: Conversation | None, partner_id: int, units: list[Unit], at: datetime, channel: str = "sms", band: int = 30,
        status: str = "sent",
    ) -> None:
        """Claim the units' keys and (unless no channel reaches the client) send the reminder in the conversation."""
        keys = [(u.model, u.id, u.due_date, band) for u in units]
        assert repo.claim_reminder_keys(self.session, keys, partner_id, at, channel, units)
        if conversation is not None:
            repo.link_reminder_keys(self.session, keys, conversation.id)
            self.message(conversation, "out", channel, at, status, template="reminder")

    def message(self, conversation: Conversation, direction: str, channel: str, at: datetime, status: str = "processed", template: str | None = None) -> None:
        self.session.add(Message(
            conversation_id=conversation.id, direction=direction, channel=channel, address=conversation.phone, body="…", template=template,
            status=status, created_at=at,
        ))

    def visit(self, conversation: Conversation | None, partner_id: int, units: list[Unit], status: str, amount: float | None) -> None:
        self.events += 1
        start = datetime(2026, 10, 1, 14, tzinfo=timezone.utc)
        visit = record_visit(self.session, self.events, conversation.id if conversation else None, partner_id, start, units, start)
        visit.status, visit.quotation_amount, visit.currency = status, amount, "CAD" if amount is not None else None


def unit(unit_id: int, due: date, category: str | None) -> Unit:
    return Unit(MODEL, unit_id, f"unit {unit_id}", f"SN{unit_id}", due, category)


def at(month: int, day: int, hour: int = 14) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=timezone.utc)


def write_history(sessions: sessionmaker[Session]) -> None:
    """Twelve units due in October and November 2026, one story each (see EXPECTED)."""
    with sessions() as session:
        h = History(session)
        # October. u1 (wheelchair): texted at 30 and 7 days, then called; replies; attended; quoted 300.
        u1 = unit(1, date(2026, 10, 5), PW)
        a = h.conversation("+14165550101", 101)
        h.remind(a, 101, [u1], at(9, 5))
        h.remind(a, 101, [u1], at(9, 28), band=7)
        h.message(a, "out", "voice", at(9, 30), "sent", "reminder")  # the escalation to a call
        h.message(a, "in", "voice", at(9, 30, 15), template="keypress")
        h.visit(a, 101, [u1], "attended", 300.0)
        # u2 (wheelchair) and u3 (scooter), one client, one text; replies; one visit for both, missed; quoted 200 for the two.
        u2, u3 = unit(2, date(2026, 10, 20), PW), unit(3, date(2026, 10, 20), SC)
        b = h.conversation("+14165550102", 102)
        h.remind(b, 102, [u2, u3], at(9, 20))
        h.message(b, "in", "sms", at(9, 20, 16))
        h.visit(b, 102, [u2, u3], "no_show", 200.0)
        # u4 (scooter): email only; unsubscribes, no reply.
        u4 = unit(4, date(2026, 10, 12), SC)
        c = h.conversation("c@example.ca", 104)
        h.remind(c, 104, [u4], at(9, 12), "email")
        repo.record_opt_out(session, "c@example.ca", "email", at(9, 13))
        # u5 (scooter): no phone, no email: a to-do for staff instead of a reminder.
        h.remind(None, 105, [unit(5, date(2026, 10, 28), SC)], at(9, 28), "staff")
        # November. u6 (wheelchair): a landline, called; presses a key; handed to staff, who resolved it since.
        u6 = unit(6, date(2026, 11, 3), PW)
        e = h.conversation("+14165550106", 106, "closed")
        h.remind(e, 106, [u6], at(10, 4), "voice")
        h.message(e, "in", "voice", at(10, 4, 15), template="keypress")
        assert add_trail_entry(session, e.id, "activity", "handoff-1", "client asks for a person", at(10, 4, 15))
        # u7 (wheelchair): the text fails, the call goes through; answers STOP.
        u7 = unit(7, date(2026, 11, 15), PW)
        f = h.conversation("+14165550107", 107, "opted_out")
        h.remind(f, 107, [u7], at(10, 16), status="failed")
        h.message(f, "out", "voice", at(10, 18), "sent", "reminder")
        h.message(f, "in", "voice", at(10, 18, 15))
        repo.record_opt_out(session, f.phone, "voice", at(10, 18, 15))
        # u8 (scooter): texted; replies; booked, then cancelled (its quotation counts no more).
        u8 = unit(8, date(2026, 11, 10), SC)
        g = h.conversation("+14165550108", 108, "closed")
        h.remind(g, 108, [u8], at(10, 11))
        h.message(g, "in", "sms", at(10, 11, 16))
        h.visit(g, 108, [u8], "cancelled", 150.0)
        # u9 (scooter): never reminded: the client wrote first and booked; quoted 120.
        h.visit(h.conversation("+14165550109", 109, "booked"), 109, [unit(9, date(2026, 11, 22), SC)], "booked", 120.0)
        # u10: reminded before reminders kept a category, never booked: uncategorised.
        h.remind(h.conversation("+14165550110", 110), 110, [unit(10, date(2026, 11, 30), None)], at(10, 31))
        # u11: reminded before reminders kept a category; the visit knows it is a wheelchair; replies; attended, no quotation.
        k = h.conversation("+14165550111", 111, "booked")
        u11 = unit(11, date(2026, 11, 25), None)
        h.remind(k, 111, [u11], at(10, 26))
        h.message(k, "in", "sms", at(10, 26, 15))
        h.visit(k, 111, [Unit(MODEL, 11, "unit 11", "SN11", u11.due_date, PW)], "attended", None)
        # u12 (scooter): the client had written before the reminder, and not since: no reply to it.
        m = h.conversation("+14165550112", 112)
        h.message(m, "in", "sms", at(10, 1))
        h.remind(m, 112, [unit(12, date(2026, 11, 18), SC)], at(10, 19))
        session.commit()


EXPECTED = [  # due, sms, voice, email, reminded, replied, booked, attended, no-show, opted out, to staff, unreachable, quoted
    FunnelRow("2026-10", PW, 2, 2, 1, 0, 2, 2, 2, 1, 1, 0, 0, 0, 400.0),
    FunnelRow("2026-10", SC, 3, 1, 0, 1, 2, 1, 1, 0, 1, 1, 0, 1, 100.0),
    FunnelRow("2026-11", PW, 3, 1, 2, 0, 3, 3, 1, 1, 0, 1, 1, 0, 0.0),
    FunnelRow("2026-11", SC, 3, 2, 0, 0, 2, 1, 1, 0, 0, 0, 0, 0, 120.0),
    FunnelRow("2026-11", "uncategorised", 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0.0),
]


@pytest.fixture
def history_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    upgrade(url)
    engine = make_engine(url)
    write_history(session_factory(engine))
    engine.dispose()
    return url


def test_every_number_of_the_funnel_on_each_store(store_url: str) -> None:
    upgrade(store_url)
    engine = make_engine(store_url)
    try:
        sessions = session_factory(engine)
        write_history(sessions)
        with sessions() as session:
            assert funnel(session) == EXPECTED
            assert funnel(session, date(2026, 11, 1), date(2026, 12, 1)) == EXPECTED[2:]
            assert funnel(session, until=date(2026, 11, 1)) == EXPECTED[:2]
    finally:
        engine.dispose()


def test_totals_per_month_and_overall() -> None:
    shown = with_totals(EXPECTED)
    assert [(r.month, r.category) for r in shown] == [
        ("2026-10", PW), ("2026-10", SC), ("2026-10", ALL_CATEGORIES),
        ("2026-11", PW), ("2026-11", SC), ("2026-11", "uncategorised"), ("2026-11", ALL_CATEGORIES), (ALL_MONTHS, ALL_CATEGORIES),
    ]
    assert shown[2] == FunnelRow("2026-10", ALL_CATEGORIES, 5, 3, 1, 1, 4, 3, 3, 1, 2, 1, 0, 1, 500.0)
    assert shown[6] == FunnelRow("2026-11", ALL_CATEGORIES, 7, 4, 2, 0, 6, 4, 2, 1, 0, 1, 1, 0, 120.0)
    assert shown[7] == FunnelRow(ALL_MONTHS, ALL_CATEGORIES, 12, 7, 3, 1, 10, 7, 5, 2, 2, 2, 1, 1, 620.0)


def test_the_real_service_fills_the_funnel(clocked_services: Services, odoo: odoorpc.ODOO) -> None:
    """A scan, then one client books, one stops and one asks for a person: the report agrees with the scan's plan."""
    services = clocked_services
    [contract] = odoo.env["fusion.repair.maintenance.contract"].search_read(
        [("state", "=", "active"), ("next_due_date", "<=", f"{NOW.date() + timedelta(days=7)}")], ["partner_id"], limit=1
    )
    odoo.env["res.partner"].write([contract["partner_id"][0]], {"phone": False, "email": False})  # no channel reaches them
    scan = services.scan()
    assert scan.reminders and scan.unreachable
    by_phone = {p.client.phone: p for p in scan.planned}
    texted = [m.address for m in scan.sent if m.channel == "sms" and not m.body.startswith("Bonjour")]
    booker, stopper, asker = texted[:3]
    say = services.assistant.handle_inbound
    say(booker, "tomorrow afternoon", "f-1")
    say(booker, "1", "f-2")
    say(stopper, "STOP", "f-3")
    say(asker, "can someone call me about my scooter", "f-4")

    expected: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
    for planned in [*scan.planned, *scan.unreachable]:
        for due in planned.units:
            row = expected[(f"{due.unit.due_date:%Y-%m}", due.unit.category)]
            row["due"] += 1
            if planned.channel == "staff":
                row["unreachable"] += 1
            else:
                row[planned.channel] += 1
                row["reminded"] += 1
    for phone, outcomes in ((booker, ("replied", "booked")), (stopper, ("replied", "opted_out")), (asker, ("replied", "handed_to_staff"))):
        for due in by_phone[phone].units:
            for outcome in outcomes:
                expected[(f"{due.unit.due_date:%Y-%m}", due.unit.category)][outcome] += 1
    quoted: dict[tuple[str, str], float] = defaultdict(float)
    [order] = odoo.env["sale.order"].search_read([("partner_id", "=", by_phone[booker].client.partner_id)], ["amount_untaxed"])
    booked_units = by_phone[booker].units
    for due in booked_units:  # the visit's quotation, from Odoo's own total, shared evenly by the units it serves
        quoted[(f"{due.unit.due_date:%Y-%m}", due.unit.category)] += round(order["amount_untaxed"] / len(booked_units), 2)
    with services.sessions() as session:
        rows = funnel(session)
        assert session.query(Reminder).filter(Reminder.category.is_(None)).count() == 0  # every claim kept its category
    assert {(r.month, r.category): {name: getattr(r, name) for name in COUNTS} for r in rows} == {
        key: {**counts, "quoted": pytest.approx(quoted[key])} for key, counts in expected.items()
    }
    assert sum(quoted.values()) > 0
    assert len({r.month for r in rows}) >= 2 and len({r.category for r in rows}) >= 2


@pytest.fixture
def report_env(history_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("FUSION_DATABASE_URL", history_url)
    monkeypatch.setenv("COLUMNS", "240")
    return history_url


def test_the_command_prints_months_by_categories_with_totals(report_env: str) -> None:
    result = CliRunner().invoke(cli, ["report"])
    assert result.exit_code == 0, result.output
    assert "quoted (CAD)" in result.output and "month their service is due" in result.output
    lines = {tuple(cell.strip() for cell in line.strip("│ ").split("│")) for line in result.output.splitlines() if "│" in line}
    for row in with_totals(EXPECTED):
        assert (row.month, row.category, *(str(getattr(row, n)) for n in COUNTS[:-1]), f"{row.quoted:,.2f}") in lines, row
    november = CliRunner().invoke(cli, ["report", "--since", "2026-11", "--until", "2026-11"])
    assert "2026-11" in november.output and "2026-10" not in november.output
    wrong = CliRunner().invoke(cli, ["report", "--since", "November"])
    assert wrong.exit_code == 2 and "YYYY-MM" in wrong.output


def read_csv(text: str) -> list[FunnelRow]:
    rows = list(csv.DictReader(io.StringIO(text)))
    return [FunnelRow(r["month"], r["category"], *(int(r[n]) for n in COUNTS[:-1]), float(r["quoted"])) for r in rows]


def test_the_command_writes_csv_to_stdout_or_a_file(report_env: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", "--csv"])
    assert result.exit_code == 0, result.output
    assert read_csv(result.stdout) == EXPECTED  # the CSV alone on standard output; logs go to standard error
    target = tmp_path / "funnel.csv"
    written = CliRunner().invoke(cli, ["report", "--output", str(target), "--until", "2026-10"])
    assert written.exit_code == 0 and written.output == ""
    assert read_csv(target.read_text()) == EXPECTED[:2]


@pytest.fixture
def inbox(clocked_services: Services) -> Iterator[httpx.Client]:
    write_history(clocked_services.sessions)
    with ServerThread(create_app(clocked_services)) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def test_the_inbox_report_page_shows_the_table_and_charts_to_staff_only(inbox: httpx.Client) -> None:
    refused = inbox.get("/inbox/report")
    assert refused.status_code == 303 and refused.headers["location"] == "/inbox/login?next=%2Finbox%2Freport"
    sign_in(inbox, target="/inbox/report")
    board = inbox.get("/inbox")
    assert 'href="/inbox/report"' in board.text  # the nav links to it
    page = inbox.get("/inbox/report")
    assert page.status_code == 200
    charts = re.findall(r"<svg.*?</svg>", page.text, re.S)
    assert len(charts) == 2 and not any("<script" in svg for svg in charts)  # drawn on the server, no chart code in the browser
    assert all(stage in charts[0] for stage in ("Due", "Reminded", "Booked", "Attended")) and "2026-10" in charts[0]
    assert PW in charts[1] and SC in charts[1] and "Quotations (CAD)" in charts[1]
    cells = [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>.*?</td>", page.text, re.S)]
    grand = with_totals(EXPECTED)[-1]
    assert cells[-15:] == [ALL_MONTHS, ALL_CATEGORIES, *(str(getattr(grand, n)) for n in COUNTS[:-1]), "620.00"]
    november = inbox.get("/inbox/report", params={"since": "2026-11", "until": ""})
    assert ">2026-10<" not in november.text and ">2026-11<" in november.text
    assert inbox.get("/inbox/report", params={"since": "soon"}).status_code == 422
