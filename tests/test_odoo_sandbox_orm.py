"""The sandbox's ORM follows Odoo: domains, value shapes, x2many commands, attendees, chatter, and realistic seed data."""
from __future__ import annotations

from datetime import date, timedelta

import odoorpc
import odoorpc.error
import phonenumbers
import pytest

from odoo_sandbox import SandboxOdoo
from odoo_sandbox.errors import InvalidValue, MissingError, ValidationError
from tests.conftest import TODAY

CONTRACT = "fusion.repair.maintenance.contract"


def ids(sandbox: SandboxOdoo, model: str, domain: list, **kw: object) -> list[int]:
    return sandbox.env.call(model, "search", [domain], dict(kw))


def names(sandbox: SandboxOdoo, domain: list) -> set[str]:
    return {p["name"] for p in sandbox.env.search_read("res.partner", domain, ["name"])}


def test_domain_operators_and_prefix_logic(sandbox: SandboxOdoo) -> None:
    assert names(sandbox, [("name", "=", "Marc Tremblay")]) == {"Marc Tremblay"}
    assert names(sandbox, [("name", "ilike", "GAGNON")]) == {"Sophie Gagnon", "Réjean Gagnon"}
    assert names(sandbox, [("name", "like", "gagnon")]) == set()  # like is case-sensitive
    assert names(sandbox, ["|", ("name", "=", "Marc Tremblay"), ("name", "=", "Priya Sharma")]) == {"Marc Tremblay", "Priya Sharma"}
    assert names(sandbox, ["&", ("name", "ilike", "gagnon"), "!", ("lang", "=", "fr_CA")]) == {"Sophie Gagnon"}
    assert names(sandbox, [("name", "in", ["Marc Tremblay", "Nobody"])]) == {"Marc Tremblay"}
    everyone = ids(sandbox, "res.partner", [])
    assert len(ids(sandbox, "res.partner", [("name", "not in", ["Marc Tremblay"])])) == len(everyone) - 1
    assert ids(sandbox, "res.partner", [("phone", "=?", False)]) == everyone  # =? with False is always true
    no_phone = ids(sandbox, "res.partner", [("phone", "=", False)])
    assert no_phone and set(no_phone).isdisjoint(ids(sandbox, "res.partner", [("phone", "!=", False)]))
    assert ids(sandbox, CONTRACT, [("next_due_date", "<", TODAY.isoformat())])  # some units are overdue
    with pytest.raises(InvalidValue):
        ids(sandbox, "res.partner", [("name", "~=", "x")])
    with pytest.raises(InvalidValue):
        ids(sandbox, "res.partner", ["|", ("name", "=", "x")])


def test_dotted_paths_and_active_records(sandbox: SandboxOdoo) -> None:
    marc_events = ids(sandbox, "calendar.event", [("user_id.name", "=", "Marc Tremblay")])
    assert marc_events and all(
        e["user_id"][1] == "Marc Tremblay" for e in sandbox.env.search_read("calendar.event", [("id", "in", marc_events)], ["user_id"])
    )
    attendees = ids(sandbox, "calendar.attendee", [("event_id.start", ">=", f"{TODAY} 00:00:00"), ("partner_id.name", "=", "Marc Tremblay")])
    assert len(attendees) == len(marc_events)
    assert ids(sandbox, "calendar.event", [("partner_ids.name", "=", "Marc Tremblay")]) == sorted(marc_events)
    assert ids(sandbox, "res.users", [("login", "=", "__system__")]) == []  # inactive: hidden
    assert ids(sandbox, "res.users", [("login", "=", "__system__"), ("active", "=", False)]) == [1]


def test_value_shapes_many2one_dates_false(sandbox: SandboxOdoo) -> None:
    [contract] = sandbox.env.search_read(CONTRACT, [], ["partner_id", "next_due_date", "product_id", "display_name"], limit=1)
    partner_id, partner_name = contract["partner_id"]
    assert isinstance(partner_id, int) and partner_name == sandbox.env.search_read("res.partner", [("id", "=", partner_id)], ["name"])[0]["name"]
    assert date.fromisoformat(contract["next_due_date"])
    [event] = sandbox.env.search_read("calendar.event", [], ["start", "location", "appointment_type_id"], limit=1)
    assert len(event["start"]) == 19 and event["location"] is False and event["appointment_type_id"] is False
    assert sandbox.env.call("res.partner", "read", [[424242]], {"fields": ["name"]}) == []  # Odoo 19 leaves a missing id out
    with pytest.raises(MissingError):
        sandbox.env.call("res.partner", "write", [[424242], {"name": "x"}], {})


def test_x2many_commands(sandbox: SandboxOdoo) -> None:
    env = sandbox.env
    a, b, c = (env.create("res.partner", {"name": n}) for n in ("A", "B", "C"))
    event = env.create("calendar.event", {"name": "x", "start": "2026-12-01 15:00:00", "stop": "2026-12-01 16:00:00", "partner_ids": [(6, 0, [a, b])]}, {"no_mail_to_attendees": True})
    partners = lambda: env.search_read("calendar.event", [("id", "=", event)], ["partner_ids"])[0]["partner_ids"]  # noqa: E731
    env.write("calendar.event", [event], {"partner_ids": [(4, c)]})
    assert partners() == [a, b, c]
    env.write("calendar.event", [event], {"partner_ids": [(4, a)]})  # linking an id already linked changes nothing
    assert partners() == [a, b, c]
    env.write("calendar.event", [event], {"partner_ids": [(3, a)]})
    assert partners() == [b, c]
    env.write("calendar.event", [event], {"partner_ids": [(0, 0, {"name": "D"})]})
    assert len(partners()) == 3
    env.write("calendar.event", [event], {"partner_ids": [(5,)]})
    assert partners() == []
    calendar = env.create("resource.calendar", {"name": "Part time", "attendance_ids": [(0, 0, {"name": "Mon", "dayofweek": "0", "hour_from": 9, "hour_to": 13})]})
    [row] = env.search_read("resource.calendar", [("id", "=", calendar)], ["attendance_ids"])
    assert len(row["attendance_ids"]) == 1


def test_attendees_follow_partner_ids_and_invitations_follow_the_context(sandbox: SandboxOdoo) -> None:
    env = sandbox.env
    a, b = (env.create("res.partner", {"name": n, "email": f"{n}@example.ca"}) for n in ("Alice", "Bob"))
    quiet = env.create("calendar.event", {"name": "quiet", "start": "2026-12-01 15:00:00", "stop": "2026-12-01 16:00:00", "partner_ids": [(6, 0, [a, b])]}, {"no_mail_to_attendees": True})
    loud = env.create("calendar.event", {"name": "loud", "start": "2026-12-01 15:00:00", "stop": "2026-12-01 16:00:00", "partner_ids": [(6, 0, [a])]})
    attendees = env.search_read("calendar.attendee", [("event_id", "=", quiet)], ["partner_id", "state"])
    assert sorted(x["partner_id"][0] for x in attendees) == [a, b] and {x["state"] for x in attendees} == {"needsAction"}
    env.write("calendar.event", [quiet], {"partner_ids": [(6, 0, [b])]})
    assert [x["partner_id"][0] for x in env.search_read("calendar.attendee", [("event_id", "=", quiet)], ["partner_id"])] == [b]
    assert env.call("mail.message", "search_count", [[("model", "=", "calendar.event"), ("res_id", "=", quiet)]], {}) == 0
    assert env.call("mail.message", "search_count", [[("model", "=", "calendar.event"), ("res_id", "=", loud)]], {}) == 1


def test_required_fields_selection_values_and_unknown_fields(sandbox: SandboxOdoo) -> None:
    with pytest.raises(ValidationError):
        sandbox.env.create("calendar.event", {"name": "no start"})
    with pytest.raises(InvalidValue):
        sandbox.env.create("calendar.event", {"name": "x", "start": "2026-12-01 15:00:00", "stop": "2026-12-01 16:00:00", "show_as": "maybe"})
    with pytest.raises(InvalidValue):
        sandbox.env.create("res.partner", {"name": "x", "mobile": "+14165550000"})  # Odoo 19 has no res.partner.mobile
    before = sandbox.env.call("res.partner", "search_count", [[]], {})
    with pytest.raises(ValidationError):
        sandbox.env.call("res.partner", "create", [[{"name": "ok"}, {"name": "bad", "user_ids": [(0, 0, {"name": "No Login"})]}]], {})
    assert sandbox.env.call("res.partner", "search_count", [[]], {}) == before  # the failed call rolled back whole


def test_message_post_name_search_fields_get(sandbox: SandboxOdoo) -> None:
    partner = sandbox.env.search_read("res.partner", [("name", "=", "Marc Tremblay")], ["id"])[0]["id"]
    [message] = sandbox.env.call("res.partner", "message_post", [[partner]], {"body": "<p>Transcript</p>", "message_type": "comment", "subtype_xmlid": "mail.mt_note"})
    [stored] = sandbox.env.search_read("mail.message", [("id", "=", message)], ["model", "res_id", "body", "message_type", "subtype_id"])
    assert (stored["model"], stored["res_id"], stored["message_type"], stored["subtype_id"][1]) == ("res.partner", partner, "comment", "Note")
    assert sandbox.env.call("res.partner", "name_search", [], {"name": "tremblay"}) == [[partner, "Marc Tremblay"]]
    fields = sandbox.env.call("calendar.event", "fields_get", [], {"attributes": ["type", "relation"]})
    assert fields["partner_ids"] == {"type": "many2many", "relation": "res.partner"} and fields["start"] == {"type": "datetime"}


def test_seed_is_realistic_and_relative_to_today(sandbox: SandboxOdoo) -> None:
    env = sandbox.env
    clients = env.search_read("res.partner", [("lang", "in", ["en_CA", "fr_CA"]), ("user_ids", "=", False)], ["phone", "email", "lang"])
    assert len(clients) == 40
    phones = [c["phone"] for c in clients if c["phone"]]
    assert 30 <= len(phones) < 40 and all(phonenumbers.is_valid_number(phonenumbers.parse(p, "CA")) for p in phones)
    assert {p[3:6] for p in phones} <= {"416", "647", "905", "613"} and len({p[3:6] for p in phones}) == 4
    assert all(c["email"] for c in clients if not c["phone"])
    units = env.search_read(CONTRACT, [], ["next_due_date", "device_type", "state"])
    assert len(units) == 80
    due = [date.fromisoformat(u["next_due_date"]) for u in units]
    assert all(TODAY - timedelta(days=20) <= d <= TODAY + timedelta(days=60) for d in due)
    assert {u["device_type"] for u in units} >= {"Power Wheelchair", "Power Base", "Scooter 4-Wheel", "Rollator Walker", "Seating System"}
    [kind] = env.search_read("appointment.type", [], ["appointment_duration", "staff_user_ids", "appointment_tz", "slot_ids"])
    assert kind["appointment_duration"] == 1.0 and len(kind["staff_user_ids"]) == 4 and kind["appointment_tz"] == "America/Toronto"
    weekdays = {s["weekday"] for s in env.search_read("appointment.slot", [], ["weekday"])}
    assert weekdays == {"1", "2", "3", "4", "5"}  # '1' = Monday in appointment.slot
    attendance = env.search_read("resource.calendar.attendance", [("day_period", "!=", "lunch")], ["dayofweek", "hour_from", "hour_to"])
    assert {a["dayofweek"] for a in attendance} == {"0", "1", "2", "3", "4"}  # '0' = Monday in resource.calendar.attendance
    assert min(a["hour_from"] for a in attendance) == 8.0 and max(a["hour_to"] for a in attendance) == 17.0


def test_a_file_database_keeps_its_data_and_is_seeded_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "odoo.sqlite")
    first = SandboxOdoo(path=path, today=TODAY)
    new_id = first.env.create("res.partner", {"name": "Persisted"})
    second = SandboxOdoo(path=path, today=TODAY + timedelta(days=3))
    assert second.env.search_read("res.partner", [("id", "=", new_id)], ["name"]) == [{"id": new_id, "name": "Persisted"}]
    assert second.env.call(CONTRACT, "search_count", [[]], {}) == 80


def test_paged_searches_see_every_change_as_odoo_would(sandbox: SandboxOdoo) -> None:
    """Search results are remembered between pages for speed; a change to any model the answer reads from is seen."""
    domain = [("order_id.state", "=", "sale"), ("x_fc_adp_approved", "=", True)]
    everything = ids(sandbox, "sale.order.line", domain, order="order_partner_id")
    pages = [ids(sandbox, "sale.order.line", domain, order="order_partner_id", offset=o, limit=7) for o in range(0, len(everything) + 7, 7)]
    assert [i for page in pages for i in page] == everything
    first = sandbox.env.search_read("sale.order.line", [("id", "=", everything[0])], ["order_id"])[0]
    sandbox.env.write("sale.order", [first["order_id"][0]], {"state": "cancel"})  # another model, through the path
    after = ids(sandbox, "sale.order.line", domain, order="order_partner_id")
    assert everything[0] not in after and set(after) < set(everything)
    sandbox.env.write("sale.order.line", [everything[1]], {"x_fc_adp_approved": False})  # the model itself
    assert everything[1] not in ids(sandbox, "sale.order.line", domain, order="order_partner_id")
    with pytest.raises(ValidationError):  # a failed call rolls back whole, and searches see the rollback
        sandbox.env.call("sale.order.line", "write", [[everything[2]], {"x_fc_adp_approved": False, "order_id": False}], {})
    assert everything[2] in ids(sandbox, "sale.order.line", domain, order="order_partner_id")


def test_ids_are_never_reused(sandbox: SandboxOdoo) -> None:
    first = sandbox.env.create("res.partner", {"name": "Temporary"})
    sandbox.env.call("res.partner", "unlink", [[first]], {})
    assert sandbox.env.create("res.partner", {"name": "Next"}) == first + 1  # a PostgreSQL sequence moves on


def test_message_post_over_rpc_behaves_as_odoo_19(sandbox: SandboxOdoo, odoo: odoorpc.ODOO) -> None:
    """A str body is escaped unless body_is_html; the default type is a notification and the subtype a note; the author
    is the caller; the answer is a list of ids; a user notification or a field that is no parameter is refused."""
    partner = sandbox.env.search_read("res.partner", [("name", "=", "Marc Tremblay")], ["id"])[0]["id"]
    admin_partner = odoo.env["res.users"].read([odoo.env.uid], ["partner_id"])[0]["partner_id"][0]
    escaped = odoo.execute_kw("res.partner", "message_post", [[partner]], {"body": "<b>5 < 6</b>"})
    html = odoo.execute_kw("res.partner", "message_post", [[partner]], {"body": "<b>bold</b>", "body_is_html": True, "message_type": "comment",
                                                                        "subtype_xmlid": "mail.mt_comment"})
    assert isinstance(escaped, list) and len(escaped) == 1
    first, second = odoo.env["mail.message"].read(escaped + html, ["body", "message_type", "subtype_id", "author_id"])
    assert first["body"] == "<p>&lt;b&gt;5 &lt; 6&lt;/b&gt;</p>" and first["message_type"] == "notification" and first["subtype_id"][1] == "Note"
    assert second["body"] == "<b>bold</b>" and second["message_type"] == "comment" and second["subtype_id"][1] == "Discussions"
    assert first["author_id"][0] == admin_partner
    with pytest.raises(odoorpc.error.RPCError, match="message_notify"):
        odoo.execute_kw("res.partner", "message_post", [[partner]], {"body": "x", "message_type": "user_notification"})
    with pytest.raises(odoorpc.error.RPCError, match="not supported"):
        odoo.execute_kw("res.partner", "message_post", [[partner]], {"body": "x", "res_id": 3})
    with pytest.raises(odoorpc.error.RPCError, match="External ID not found"):
        odoo.execute_kw("res.partner", "message_post", [[partner]], {"body": "x", "subtype_xmlid": "mail.mt_nothing"})


def test_an_activity_created_over_rpc_is_for_the_caller_by_default(odoo: odoorpc.ODOO) -> None:
    partner = odoo.env["res.partner"].search([("name", "=", "Marc Tremblay")])[0]
    model_id = odoo.env["ir.model"].search([("model", "=", "res.partner")])[0]
    activity = odoo.env["mail.activity"].create({"res_model_id": model_id, "res_id": partner, "summary": "Call back", "date_deadline": "2026-11-24"})
    [read] = odoo.env["mail.activity"].read([activity], ["user_id", "res_model"])
    assert read["user_id"][0] == odoo.env.uid and read["res_model"] == "res.partner"


def test_quotations_are_named_priced_and_totalled_as_odoo_does(sandbox: SandboxOdoo, odoo: odoorpc.ODOO) -> None:
    """sale.order takes the next reference of its sequence and the company's currency; a line without a price or a
    description gets the product's (lst_price, '[code] name'), its sales taxes and a subtotal; notes count for nothing."""
    partner = odoo.env["res.partner"].search([("name", "=", "Marc Tremblay")])[0]
    [service] = odoo.env["product.product"].search([("default_code", "=", "SRV-SC")])
    assert odoo.env["product.product"].read([service], ["lst_price", "type"])[0] == {"id": service, "lst_price": 149.0, "type": "service"}
    order = odoo.env["sale.order"].create({"partner_id": partner, "order_line": [
        (0, 0, {"product_id": service}),
        (0, 0, {"product_id": service, "name": "Second scooter", "price_unit": 100.0, "product_uom_qty": 2.0}),
        (0, 0, {"display_type": "line_note", "name": "Bring the charger"}),
    ]})
    [read] = odoo.env["sale.order"].read([order], ["name", "state", "currency_id", "amount_untaxed", "amount_tax", "amount_total", "date_order"])
    assert read["name"] == "S00031" and read["state"] == "draft" and read["currency_id"][1] == "CAD" and read["date_order"]
    assert (read["amount_untaxed"], read["amount_tax"], read["amount_total"]) == (349.0, 45.37, 394.37)  # 13% HST per line
    first, second, note = odoo.env["sale.order.line"].read(odoo.env["sale.order.line"].search([("order_id", "=", order)]),
                                                           ["name", "price_unit", "price_subtotal", "tax_ids", "product_uom_qty"])
    assert first["name"].startswith("[SRV-SC] Scooter annual maintenance") and first["price_unit"] == 149.0 and first["tax_ids"]
    assert (second["name"], second["price_subtotal"]) == ("Second scooter", 200.0)
    assert (note["price_unit"], note["product_uom_qty"], note["price_subtotal"]) == (0.0, 0.0, 0.0)
    odoo.env["sale.order.line"].unlink([second["id"]])
    assert odoo.env["sale.order"].read([order], ["amount_untaxed"])[0]["amount_untaxed"] == 149.0
    assert odoo.env["sale.order"].fields_get(["amount_total"], ["type"])["amount_total"]["type"] == "monetary"
    with pytest.raises(odoorpc.error.RPCError, match="accountable"):
        odoo.env["sale.order.line"].create({"order_id": order, "name": "no product"})


def test_action_cancel_and_action_confirm_behave_as_in_odoo_17_to_19(sandbox: SandboxOdoo, odoo: odoorpc.ODOO) -> None:
    """A draft is cancelled at once; a sent quotation answers the cancellation wizard and stays, unless the context
    disables the warning; a locked order is refused; confirming wants a quotation."""
    partner = odoo.env["res.partner"].search([("name", "=", "Marc Tremblay")])[0]
    [service] = odoo.env["product.product"].search([("default_code", "=", "SRV-WK")])
    Order = odoo.env["sale.order"]
    draft, sent, confirmed = (Order.create({"partner_id": partner, "order_line": [(0, 0, {"product_id": service})]}) for _ in range(3))
    assert odoo.execute_kw("sale.order", "action_cancel", [[draft]]) is True
    Order.write([sent], {"state": "sent"})
    wizard = odoo.execute_kw("sale.order", "action_cancel", [[sent]])
    assert wizard["res_model"] == "sale.order.cancel" and wizard["target"] == "new"
    assert Order.read([sent], ["state"])[0]["state"] == "sent"
    assert odoo.execute_kw("sale.order", "action_cancel", [[sent]], {"context": {"disable_cancel_warning": True}}) is True
    assert odoo.execute_kw("sale.order", "action_confirm", [[confirmed]]) is True
    assert [o["state"] for o in Order.read([draft, sent, confirmed], ["state"])] == ["cancel", "cancel", "sale"]
    with pytest.raises(odoorpc.error.RPCError, match="not in a state requiring confirmation"):
        odoo.execute_kw("sale.order", "action_confirm", [[draft]])
    Order.write([confirmed], {"locked": True})
    with pytest.raises(odoorpc.error.RPCError, match="locked"):
        odoo.execute_kw("sale.order", "action_cancel", [[confirmed]], {"context": {"disable_cancel_warning": True}})
    with pytest.raises(odoorpc.error.RPCError, match="The method 'res.partner.action_cancel' does not exist"):
        odoo.execute_kw("res.partner", "action_cancel", [[partner]])


def test_appointment_status_follows_the_appointment_module(sandbox: SandboxOdoo) -> None:
    """Computed 'booked' on an appointment, kept in step with `active` (archive = cancelled), refused without a type."""
    [kind] = sandbox.env.search_read("appointment.type", [], ["id"], limit=1)
    times = {"start": f"{TODAY} 15:00:00", "stop": f"{TODAY} 16:00:00"}
    event = sandbox.env.create("calendar.event", {"name": "Visit", **times, "appointment_type_id": kind["id"]})

    def status() -> tuple[str, bool]:
        [read] = sandbox.env.search_read("calendar.event", [("id", "=", event), ("active", "in", [True, False])], ["appointment_status", "active"])
        return read["appointment_status"], read["active"]

    assert status() == ("booked", True)
    sandbox.env.write("calendar.event", [event], {"appointment_status": "no_show"})
    assert status() == ("no_show", True)
    sandbox.env.write("calendar.event", [event], {"active": False})
    assert status() == ("cancelled", False)
    sandbox.env.write("calendar.event", [event], {"appointment_status": "attended"})
    assert status() == ("attended", True)
    plain = sandbox.env.create("calendar.event", {"name": "Lunch", **times})
    assert sandbox.env.search_read("calendar.event", [("id", "=", plain)], ["appointment_status"])[0]["appointment_status"] is False
    with pytest.raises(ValidationError):
        sandbox.env.write("calendar.event", [plain], {"appointment_status": "attended"})
    labels = dict(sandbox.env.call("calendar.event", "fields_get", [], {"attributes": ["selection"]})["appointment_status"]["selection"])
    assert labels == {"request": "Request", "booked": "Booked", "attended": "Checked-In", "no_show": "No Show", "cancelled": "Cancelled"}


def test_the_seed_holds_a_visit_checked_in_last_week_and_one_missed_weeks_ago(sandbox: SandboxOdoo) -> None:
    past = sandbox.env.search_read("calendar.event", [("res_model", "=", CONTRACT), ("start", "<", f"{TODAY} 00:00:00")], ["appointment_status", "start"])
    assert sorted(e["appointment_status"] for e in past) == ["attended", "no_show"]
    assert all(e["start"] >= f"{TODAY - timedelta(days=25)}" for e in past)
