"""`fusion-assist`: serve the service, run a scan, or run the whole demo with a sandbox Odoo."""
from __future__ import annotations

import csv
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import astuple
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from typing import Any

import typer
import uvicorn
from pydantic import ValidationError
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

from app import logs, metrics
from app.channels.ringcentral_client import RingCentralError
from app.channels.ringcentral_subscription import SubscriptionState, WebhookSubscription
from app.config import Settings
from app.container import build_services, ringcentral_client, ringcentral_subscription, unit_source
from app.jobs.procrastinate_jobs import QUEUES, ProcrastinateJobs
from app.odoo import preflight
from app.odoo.errors import OdooError
from app.odoo.gateway import OdooGateway
from app.phones import mask
from app.reminders.policy import Policies
from app.reports import funnel
from app.serving import ServerThread, bind_url
from app.store.db import make_engine, session_factory, upgrade
from app.web.app import create_app

cli = typer.Typer(help="Fusion booking assistant: SMS and voice maintenance bookings beside Odoo.", no_args_is_help=True)
console = Console()
DEMO_DEALER_ADDRESS = "1200 Bay St, Toronto ON M5R 2A5"  # the demo dealer's (made-up) mailing address, as CASL wants in its emails


@cli.command()
def serve(
    host: str = "127.0.0.1", port: int = 8000,
    workers: int = typer.Option(1, min=1, help="worker processes; more than one needs PostgreSQL (FUSION_DATABASE_URL)"),
) -> None:
    """Run the service against the Odoo named in the settings (FUSION_* environment variables)."""
    try:
        settings = Settings()
    except ValidationError as exc:  # what to set, said plainly: not a traceback
        console.print("the settings cannot be used:\n" + "\n".join(f"  {error['msg'].removeprefix('Value error, ')}" for error in exc.errors()), soft_wrap=True)
        raise typer.Exit(2) from None
    logs.configure(settings)
    if "public_url" not in settings.model_fields_set:  # the workers build their settings from the environment
        os.environ["FUSION_PUBLIC_URL"] = bind_url(host, port)
        logging.getLogger(__name__).warning("FUSION_PUBLIC_URL unset: links and webhooks use %s; real providers and clients "
                                            "need the public https address", os.environ["FUSION_PUBLIC_URL"])
    if workers > 1 and not settings.database_url.startswith("postgresql"):
        console.print("several workers share their work through PostgreSQL: set FUSION_DATABASE_URL=postgresql+psycopg://...")
        raise typer.Exit(2)
    if workers > 1 and settings.session_secret is None:
        console.print("several workers must sign the staff inbox's cookie with one key: set FUSION_SESSION_SECRET")
        raise typer.Exit(2)
    upgrade(settings.database_url)  # once, before the workers start
    metrics.reset_multiprocess_dir()
    uvicorn.run("app.web.asgi:create", factory=True, host=host, port=port, workers=workers, log_level="info", log_config=None)


@cli.command()
def scan(dry_run: bool = typer.Option(False, "--dry-run", help="print the plan, send nothing")) -> None:
    """Run the due-date scan once: progress over Odoo's pages, the reminders, and a summary."""
    settings = Settings()
    logs.configure(settings)
    services = build_services(settings)
    with Progress(*Progress.get_default_columns(), console=console, transient=True) as progress:
        task = progress.add_task("reading units from Odoo", total=None)
        report = services.scan(dry_run=dry_run, progress=lambda n: progress.advance(task, n), details=dry_run)
    if dry_run:  # the plan as a table; a real scan (cron) prints the summary only and holds no more than a page
        table = Table("client", "phone", "units", "band", "channel", title="plan (dry run: nothing sent)")
        for planned in sorted(report.planned, key=lambda p: p.units[0].unit.due_date):
            units = ", ".join(f"{d.unit.label} ({d.unit.due_date})" for d in planned.units)
            table.add_row(planned.client.name, mask(planned.client.phone), units, str(planned.band), planned.channel)
        console.print(table)
    channels = " ".join(f"{channel} {count}" for channel, count in sorted(report.by_channel.items())) or "none"
    sent = "" if dry_run else f"; messages sent {report.messages_sent} (escalations included)"
    staff = f"{report.unreachable_clients} clients no channel reaches" + ("" if dry_run else f", {report.staff_tasks} new staff to-dos in Odoo")
    console.print(f"units read {report.units_read}; reminders planned {report.reminders}, by channel {channels}{sent}; {staff}; skipped {report.skipped}")
    services.close()  # SQLite: waits for the sends this scan queued; PostgreSQL: the workers send them


@cli.command()
def worker(
    queues: str | None = typer.Option(
        None, "--queues", help=f"comma-separated queues to run, of {', '.join(QUEUES)} (default: all)", show_default=False,
    ),
) -> None:
    """Run the queue's jobs (PostgreSQL): sends, inbound texts, the Odoo trail, the daily scan; as many workers as
    needed, each FUSION_JOB_CONCURRENCY jobs at once, and its metrics on FUSION_WORKER_METRICS_PORT if set. Stops
    after its jobs on SIGTERM; set FUSION_SERVE_RUNS_WORKER=false on serve."""
    chosen = _queues(queues)
    settings = Settings()
    logs.configure(settings)
    services = build_services(settings)
    if not isinstance(services.jobs, ProcrastinateJobs):
        console.print("the worker needs PostgreSQL (FUSION_DATABASE_URL=postgresql+psycopg://…); with SQLite, serve runs the jobs")
        raise typer.Exit(2)
    if settings.worker_metrics_port is not None:
        metrics.reset_multiprocess_dir()  # the files of earlier runs in this worker's directory: counters start at zero
        metrics.serve_http(settings.worker_metrics_port)
    try:
        services.jobs.run_worker(chosen)
    finally:
        services.close()


def _queues(option: str | None) -> list[str] | None:
    """The queues `--queues` names (None: all); an unknown name is refused rather than left to a worker that idles."""
    if option is None:
        return None
    names = [name.strip() for name in option.split(",") if name.strip()]
    unknown = sorted(set(names) - set(QUEUES))
    if not names or unknown:
        problem = f"unknown queue {', '.join(unknown)}" if unknown else "no queue named"
        raise typer.BadParameter(f"{problem}; the queues are {', '.join(QUEUES)}", param_hint="--queues")
    return names


@cli.command()
def report(
    since: str | None = typer.Option(None, "--since", help="first due month, YYYY-MM"),
    until: str | None = typer.Option(None, "--until", help="last due month, YYYY-MM (included)"),
    as_csv: bool = typer.Option(False, "--csv", help="comma-separated values, one row per month and category (no totals)"),
    output: Path | None = typer.Option(None, "--output", help="write the CSV to this file instead of the terminal"),
) -> None:
    """The funnel from due units to paid visits, per due month and category, read from the store (no Odoo)."""
    try:
        first, end = funnel.month_bounds(since, until)
    except ValueError:
        raise typer.BadParameter("give months as YYYY-MM") from None
    settings = Settings()
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        with session_factory(engine)() as session:
            rows = funnel.funnel(session, first, end)
            currency = funnel.currency(session)
    finally:
        engine.dispose()
    if as_csv or output:
        _write_csv(rows, output)
        return
    table = Table(*(funnel.heading(name, currency) for name in funnel.HEADINGS), title="Funnel by due month", caption=funnel.COHORT_NOTE)
    for column in table.columns[:2]:
        column.no_wrap = True
    for column in table.columns[2:]:
        column.justify = "right"
    for row in funnel.with_totals(rows):
        values = [row.month, row.category, *(str(getattr(row, name)) for name in funnel.COUNTS[:-1]), f"{row.quoted:,.2f}"]
        table.add_row(*values, style="bold" if row.category == funnel.ALL_CATEGORIES else None, end_section=row.category == funnel.ALL_CATEGORIES)
    console.print(table)


def _write_csv(rows: list[funnel.FunnelRow], output: Path | None) -> None:
    with output.open("w", newline="") if output else nullcontext(sys.stdout) as handle:
        writer = csv.writer(handle)
        writer.writerow(funnel.HEADINGS)
        writer.writerows(astuple(row) for row in rows)


@cli.command("odoo-check")
def odoo_check(as_json: bool = typer.Option(False, "--json", help="print the results as JSON")) -> None:
    """Check the Odoo the settings name before going live, as the integration user: version and transport, every
    right the service needs, the technicians' working hours, the staff login, the units due and the policies.
    Exits 1 when something the service needs would fail."""
    settings = Settings()
    try:
        gateway = OdooGateway.from_settings(settings)
        policies = Policies.load(settings.policies_file)
        source = unit_source(settings, gateway, policies)
    except (OdooError, OSError, ValueError, TypeError) as exc:  # settings that cannot even make a client or a source
        console.print(f"the settings cannot be used: {exc}")
        raise typer.Exit(2) from None
    results = preflight.run(gateway, settings, policies, source, datetime.now(ZoneInfo(settings.timezone)).date())
    if as_json:
        typer.echo(json.dumps([result.as_dict() for result in results], indent=2, ensure_ascii=False))
    else:
        styles = {"ok": "green", "warn": "yellow", "fail": "bold red"}
        table = Table("check", "status", "detail", "fix", title=f"Odoo check: {settings.odoo_url} ({settings.odoo_db}) as {settings.odoo_login}")
        for result in results:  # Text: what Odoo and the settings say is never read as rich markup
            table.add_row(Text(result.name), Text(result.status, style=styles[result.status]), Text(result.detail), Text(result.fix))
        console.print(table)
    if any(result.status == "fail" for result in results):
        raise typer.Exit(1)


@cli.command("db-upgrade")
def db_upgrade() -> None:
    """Bring the store's schema to the newest migration (on PostgreSQL, the queue's schema too)."""
    upgrade(Settings().database_url)


def _sandbox_odoo(path: Path, **options: object) -> Any:
    """A sandbox Odoo on the SQLite file `path`; only a clone has one: the production image leaves it out."""
    try:
        from odoo_sandbox import SandboxOdoo
    except ModuleNotFoundError:
        console.print("[red]The demo needs the sandbox Odoo (odoo_sandbox/), which the production image leaves out. "
                      "Run it from a clone of the repository, as the README shows.[/]")
        raise typer.Exit(2)
    return SandboxOdoo(path=str(path), **options)


@cli.command()
def demo(
    port: int = typer.Option(8000, help="port of the assistant"),
    odoo_port: int = typer.Option(8069, help="port of the sandbox Odoo"),
    data_dir: Path | None = typer.Option(None, help="keep the store and the sandbox Odoo here across restarts (default: fresh each start)"),
    quiet_hours: bool = typer.Option(False, help="enforce quiet hours in the demo too (console messages reach no one)"),
    verbose: bool = typer.Option(False, "--verbose", help="log migrations and libraries at the settings' level too (default: warnings only)"),
) -> None:
    """Start a sandbox Odoo (db 'demo', admin/admin) and the assistant with console channels."""
    logs.configure(Settings(), libraries_quiet=not verbose)
    folder = data_dir or Path(tempfile.mkdtemp(prefix="fusion-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    # the banner first: where things are, before anything starts and logs
    console.print(f"[bold]Sandbox Odoo[/] http://127.0.0.1:{odoo_port}  (database demo, login admin, password admin)")
    console.print(f"[bold]Assistant[/]    http://127.0.0.1:{port}  POST /console/scan · POST /console/sms · GET /console/outbox")
    console.print(f"[bold]Staff inbox[/]  http://127.0.0.1:{port}/inbox  (sign in as coordinator, password coordinator)")
    console.print(f"state in {folder}")
    sandbox = _sandbox_odoo(folder / "odoo.sqlite", db_name="demo", seed=True)
    with ServerThread(sandbox.app, port=odoo_port):
        settings = Settings(
            odoo_url=f"http://127.0.0.1:{odoo_port}", odoo_db="demo", odoo_login="admin", odoo_password="admin",
            odoo_transport="jsonrpc", database_url=f"sqlite:///{folder / 'fusion.sqlite'}", quiet_hours_enforced=quiet_hours,
            daily_scan_at=None,  # the demo sends nothing by itself: POST /console/scan
            public_url=bind_url("127.0.0.1", port), dealer_address=DEMO_DEALER_ADDRESS,
        )
        services = build_services(settings)
        uvicorn.run(create_app(services), host="127.0.0.1", port=port, log_level="warning", log_config=None)


@cli.command()
def chat(phone: str | None = typer.Option(None, help="text as this number (default: the first client the scan reminds)")) -> None:
    """Talk to the assistant in the terminal, as a client, against a fresh sandbox Odoo (no ports opened)."""
    folder = Path(tempfile.mkdtemp(prefix="fusion-chat-"))
    sandbox = _sandbox_odoo(folder / "odoo.sqlite")
    with ServerThread(sandbox.app) as odoo:
        settings = Settings(
            odoo_url=odoo.url, odoo_password="admin", database_url=f"sqlite:///{folder / 'fusion.sqlite'}", quiet_hours_enforced=False, daily_scan_at=None
        )
        services = build_services(settings)
        reminders = services.scan().sent
        sender = phone or (reminders[0].address if reminders else None)
        if sender is None:
            console.print("no client is due: pass --phone")
            raise typer.Exit(1)
        for message in (m for m in reminders if m.address == sender):
            console.print(f"[bold cyan]assistant[/] {message.body}")
        console.print("[dim]type as the client; an empty line ends the chat[/]")
        for number, line in enumerate(iter(lambda: console.input("[bold]you[/] "), "")):
            for reply in services.assistant.handle_inbound(sender, line, f"chat-{number}"):
                console.print(f"[bold cyan]assistant[/] {reply}")
        services.close()


def _subscription() -> WebhookSubscription:
    settings = Settings()
    client = ringcentral_client(settings)
    if client is None:
        console.print("set FUSION_RINGCENTRAL_CLIENT_ID, FUSION_RINGCENTRAL_CLIENT_SECRET and FUSION_RINGCENTRAL_JWT first")
        raise typer.Exit(2)
    return ringcentral_subscription(settings, client)


def _report(subscription: WebhookSubscription, action: Callable[[], SubscriptionState]) -> None:
    """Print what RingCentral says; exit 1 unless the subscription is active (for cron and monitoring)."""
    try:
        state = action()
    except RingCentralError as exc:
        console.print(f"ringcentral refused: {exc}")
        raise typer.Exit(1) from None
    expiry = f", expires {state.expires_at:%Y-%m-%d %H:%M} UTC" if state.expires_at else ""
    reason = f" ({state.reason})" if state.reason else ""
    console.print(f"ringcentral subscription {state.id or '-'} for {subscription.address}: {state.status}{reason}{expiry}")
    if state.status != "Active":
        raise typer.Exit(1)


@cli.command("ringcentral-subscribe")
def ringcentral_subscribe() -> None:
    """Subscribe FUSION_PUBLIC_URL/webhooks/ringcentral/sms to clients' texts (the service must be running and
    reachable there); keeps an active subscription, replaces a blacklisted one."""
    subscription = _subscription()
    _report(subscription, subscription.create)


@cli.command("ringcentral-subscription")
def ringcentral_subscription_status() -> None:
    """Show the webhook subscription's status (Active, Blacklisted, Suspended or missing) and expiry."""
    subscription = _subscription()
    _report(subscription, subscription.check)


@cli.command("ringcentral-renew")
def ringcentral_renew(force: bool = typer.Option(False, "--force", help="renew now, not only when half its lifetime is left")) -> None:
    """Renew the webhook subscription when close to expiry (`serve` does this by itself; this is for cron)."""
    subscription = _subscription()
    _report(subscription, lambda: subscription.renew(force))


def main() -> None:
    cli()
