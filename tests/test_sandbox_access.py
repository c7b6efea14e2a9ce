"""The sandbox Odoo refuses what real Odoo 19 refuses: model access rules by group, checked at the RPC entry, over real
HTTP with the unmodified odoorpc (execute_kw: odoorpc's `env[...]` would itself search ir.model) and JSON-2."""
from __future__ import annotations

import httpx
import odoorpc
import odoorpc.error
import pytest

from odoo_sandbox import BOT_API_KEY, BOT_LOGIN, BOT_PASSWORD, SandboxOdoo
from odoo_sandbox.access import ACCESS, GROUPS
from odoo_sandbox.schema import MODELS

IR_MODEL_REFUSED = (
    "You are not allowed to access 'Models' (ir.model) records.\n\n"
    "This operation is allowed for the following groups:\n\t- Access Rights\n\n"
    "Contact your administrator to request access if necessary."
)


def client(odoo_url: str, login: str, password: str) -> odoorpc.ODOO:
    port = int(odoo_url.rsplit(":", 1)[1])
    odoo = odoorpc.ODOO("127.0.0.1", port=port)
    odoo.login("demo", login, password)
    return odoo


@pytest.fixture
def bot(odoo_url: str) -> odoorpc.ODOO:
    """The integration user: internal user, Contact Creation, Sales (all documents), Inventory user."""
    return client(odoo_url, BOT_LOGIN, BOT_PASSWORD)


@pytest.fixture
def technician(odoo_url: str) -> odoorpc.ODOO:
    """An internal user and nothing more."""
    return client(odoo_url, "marc", "marc")


def refusal(call: object) -> dict:
    """Odoo's error object of an RPC refused by the sandbox."""
    with pytest.raises(odoorpc.error.RPCError) as refused:
        call()  # type: ignore[operator]
    return refused.value.info["data"]


def test_the_integration_user_may_not_read_ir_model_but_reads_contacts(bot: odoorpc.ODOO, odoo_url: str) -> None:
    error = refusal(lambda: bot.execute_kw("ir.model", "search_read", [[("model", "=", "res.partner")]], {"fields": ["id"]}))
    assert error["name"] == "odoo.exceptions.AccessError"
    assert error["message"] == IR_MODEL_REFUSED
    partners = bot.execute_kw("res.partner", "search_read", [[("phone", "!=", False)]], {"fields": ["name", "phone"], "limit": 3})
    assert len(partners) == 3 and all(p["phone"] for p in partners)
    over_json2 = httpx.post(
        f"{odoo_url}/json/2/ir.model/search_read", headers={"Authorization": f"bearer {BOT_API_KEY}", "X-Odoo-Database": "demo"},
        json={"domain": [], "fields": ["model"]},
    )
    assert over_json2.status_code == 403
    assert over_json2.json()["name"] == "odoo.exceptions.AccessError" and over_json2.json()["message"] == IR_MODEL_REFUSED


def test_has_access_and_check_access_rights_answer_per_group(bot: odoorpc.ODOO, technician: odoorpc.ODOO, odoo: odoorpc.ODOO) -> None:
    def has_access(user: odoorpc.ODOO, model: str, operation: str) -> bool:
        return user.execute_kw(model, "has_access", [[]], {"operation": operation})

    asked = [("ir.model", "read"), ("res.partner", "read"), ("res.partner", "write"), ("stock.lot", "read"), ("sale.order", "create"),
             ("sale.order", "unlink"), ("resource.calendar.leaves", "read")]
    assert [has_access(bot, *a) for a in asked] == [False, True, True, True, True, False, True]
    assert [has_access(technician, *a) for a in asked] == [False, True, False, False, False, False, True]
    assert [has_access(odoo, *a) for a in asked] == [True] * len(asked)  # the admin, through Settings and the apps' manager groups

    assert bot.execute_kw("stock.lot", "check_access_rights", ["read"], {"raise_exception": False}) is True
    assert technician.execute_kw("stock.lot", "check_access_rights", ["read"], {"raise_exception": False}) is False
    assert bot.execute_kw("stock.lot", "check_access_rights", ["read"]) is None  # check_access's answer: nothing to say
    error = refusal(lambda: technician.execute_kw("stock.lot", "check_access_rights", ["read"]))
    assert error["name"] == "odoo.exceptions.AccessError"
    assert error["message"].startswith("You are not allowed to access 'Lot/Serial' (stock.lot) records.")
    assert "\t- Inventory/User\n" in error["message"]


def test_a_user_without_the_sales_group_cannot_make_a_quotation(bot: odoorpc.ODOO, technician: odoorpc.ODOO, odoo: odoorpc.ODOO) -> None:
    [client_id] = odoo.execute_kw("res.partner", "search", [[("phone", "!=", False)]], {"limit": 1})
    values = {"partner_id": client_id, "origin": "access test"}
    error = refusal(lambda: technician.execute_kw("sale.order", "create", [values]))
    assert error["name"] == "odoo.exceptions.AccessError"
    assert error["message"].startswith("You are not allowed to create 'Sales Order' (sale.order) records.\n\n")
    assert "\t- Sales/User: Own Documents Only\n" in error["message"]
    assert odoo.execute_kw("sale.order", "search_count", [[("origin", "=", "access test")]]) == 0
    order_id = bot.execute_kw("sale.order", "create", [values])
    assert odoo.execute_kw("sale.order", "read", [[order_id], ["name", "origin"]])[0]["origin"] == "access test"


def test_posting_on_a_contact_needs_write_on_it_and_what_odoo_does_itself_is_not_checked(
    bot: odoorpc.ODOO, technician: odoorpc.ODOO, odoo: odoorpc.ODOO
) -> None:
    [partner] = odoo.execute_kw("res.partner", "search_read", [[("email", "!=", False), ("phone", "!=", False)]], {"fields": ["id"], "limit": 1})
    post = {"body": "Transcript", "message_type": "comment", "subtype_xmlid": "mail.mt_comment", "partner_ids": [partner["id"]]}
    error = refusal(lambda: technician.execute_kw("res.partner", "message_post", [[partner["id"]]], post))
    assert error["name"] == "odoo.exceptions.AccessError"
    assert error["message"].startswith("The requested operation cannot be completed due to security restrictions.")
    assert "(Document type: Message, Operation: create)" in error["message"]
    assert odoo.execute_kw("mail.message", "search_count", [[("model", "=", "res.partner"), ("res_id", "=", partner["id"])]]) == 0
    # the integration user may post; the mail Odoo queues for the recipient is the ORM's, though only Settings may touch mail.mail
    [message_id] = bot.execute_kw("res.partner", "message_post", [[partner["id"]]], post)
    assert odoo.execute_kw("mail.mail", "search_count", [[("mail_message_id", "=", message_id)]]) == 1
    assert refusal(lambda: bot.execute_kw("mail.mail", "search", [[]]))["name"] == "odoo.exceptions.AccessError"


def test_a_to_do_on_a_contact_needs_write_on_the_contact(bot: odoorpc.ODOO, technician: odoorpc.ODOO, odoo: odoorpc.ODOO) -> None:
    [partner_id] = odoo.execute_kw("res.partner", "search", [[("phone", "!=", False)]], {"limit": 1})
    todo = {"act_type_xmlid": "mail.mail_activity_data_todo", "summary": "Call the client", "date_deadline": "2026-11-25"}
    error = refusal(lambda: technician.execute_kw("res.partner", "activity_schedule", [[partner_id]], todo))
    assert "(Document type: Activity, Operation: create)" in error["message"]
    assert odoo.execute_kw("mail.activity", "search_count", [[("res_id", "=", partner_id), ("summary", "=", "Call the client")]]) == 0
    [activity_id] = bot.execute_kw("res.partner", "activity_schedule", [[partner_id]], todo)
    assert odoo.execute_kw("mail.activity", "read", [[activity_id], ["res_model", "summary"]])[0]["res_model"] == "res.partner"


def test_has_group_and_the_groups_implied(bot: odoorpc.ODOO, odoo: odoorpc.ODOO) -> None:
    [bot_user] = odoo.execute_kw("res.users", "search_read", [[("login", "=", BOT_LOGIN)]], {"fields": ["group_ids", "all_group_ids", "share"]})
    assert not bot_user["share"] and set(bot_user["group_ids"]) < set(bot_user["all_group_ids"])  # Sales / User: Own Documents Only, implied

    def has_group(xmlid: str) -> bool:
        return bot.execute_kw("res.users", "has_group", [[bot_user["id"]], xmlid])

    assert [has_group(x) for x in ("base.group_user", "sales_team.group_sale_salesman", "base.group_erp_manager", "base.group_system")] == [
        True, True, False, False,
    ]
    # a group given more implications reaches its users at once
    [inventory] = odoo.execute_kw("ir.model.data", "search_read", [[("module", "=", "stock"), ("name", "=", "group_stock_user")]], {"fields": ["res_id"]})
    [access_rights] = odoo.execute_kw("ir.model.data", "search_read", [[("module", "=", "base"), ("name", "=", "group_erp_manager")]], {"fields": ["res_id"]})
    odoo.execute_kw("res.groups", "write", [[inventory["res_id"]], {"implied_ids": [(4, access_rights["res_id"])]}])
    assert has_group("base.group_erp_manager")
    assert bot.execute_kw("ir.model", "search_count", [[("model", "=", "res.partner")]]) == 1


def test_a_portal_user_is_external(odoo: odoorpc.ODOO, sandbox: SandboxOdoo) -> None:
    user_id = odoo.execute_kw("res.users", "create", [{"login": "portal.client", "name": "Portal Client", "share": True}])
    [user] = odoo.execute_kw("res.users", "read", [[user_id], ["share", "all_group_ids"]])
    [portal] = sandbox.env.search_read("ir.model.data", [("module", "=", "base"), ("name", "=", "group_portal")], ["res_id"])
    assert user["share"] and user["all_group_ids"] == [portal["res_id"]]


def test_every_model_of_the_sandbox_has_access_rules_and_they_name_known_groups() -> None:
    assert {rule.model for rule in ACCESS} == set(MODELS)
    assert {rule.group for rule in ACCESS if rule.group} <= {group.xmlid for group in GROUPS}
