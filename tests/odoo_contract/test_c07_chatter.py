"""Contracts 7 and 8: the trail a conversation leaves on the client's contact: a To-Do activity for staff
(`activity_schedule`) and the transcript as an internal note (`message_post`)."""
from __future__ import annotations

import pytest

from app.odoo.gateway import OdooGateway

from .conftest import Cleanup, Found, far_future, tag


def test_c07_activity_schedule_returns_ids_and_reads_back(gateway: OdooGateway, found: Found, cleanup: Cleanup) -> None:
    client, technician = found.client, found.technician
    summary, note, deadline = f"Call the client back ({tag()})", "<p>Asked for <b>a person</b>.</p>", far_future(weeks=58).date()
    ids = gateway.call(
        "res.partner", "activity_schedule", [client["id"]], act_type_xmlid="mail.mail_activity_data_todo", summary=summary, note=note,
        date_deadline=deadline, user_id=technician.user_id,
    )
    assert isinstance(ids, list) and len(ids) == 1 and all(type(i) is int for i in ids)
    cleanup.unlink(gateway, "mail.activity", ids)
    [activity] = gateway.call(
        "mail.activity", "read", ids, fields=["res_model", "res_id", "user_id", "activity_type_id", "summary", "note", "date_deadline"],
    )
    assert (activity["res_model"], activity["res_id"]) == ("res.partner", client["id"])
    assert activity["user_id"] == [technician.user_id, technician.name]
    assert activity["activity_type_id"][1] == "To-Do"
    assert (activity["summary"], activity["note"], activity["date_deadline"]) == (summary, note, deadline.isoformat())


def test_c07_activity_schedule_type_is_the_todo_xmlid(gateway: OdooGateway, admin: OdooGateway | None, found: Found, cleanup: Cleanup) -> None:
    """The To-Do type is the record behind `mail.mail_activity_data_todo`, not merely one named 'To-Do' (ir.model.data
    is read as an administrator: the integration user may not)."""
    if admin is None:
        pytest.skip("ir.model.data is for administrators: set FUSION_TEST_ODOO_ADMIN_LOGIN/PASSWORD")
    ids = gateway.call(
        "res.partner", "activity_schedule", [found.client["id"]], act_type_xmlid="mail.mail_activity_data_todo", summary=tag(),
        date_deadline=far_future(weeks=58).date(), user_id=found.technician.user_id,
    )
    cleanup.unlink(gateway, "mail.activity", ids)
    [activity] = gateway.call("mail.activity", "read", ids, fields=["activity_type_id"])
    [xmlid] = admin.search_read("ir.model.data", [("module", "=", "mail"), ("name", "=", "mail_activity_data_todo")], ["model", "res_id"])
    assert (xmlid["model"], xmlid["res_id"]) == ("mail.activity.type", activity["activity_type_id"][0])


def test_c08_message_post_returns_ids_and_keeps_html(gateway: OdooGateway, found: Found, cleanup: Cleanup) -> None:
    body = f"<p>Conversation <b>booked</b> ({tag()})</p><ul><li>Client: yes</li></ul>"
    ids = gateway.call(
        "res.partner", "message_post", [found.client["id"]], body=body, message_type="comment", subtype_xmlid="mail.mt_note",
        body_is_html=True,
    )
    assert isinstance(ids, list) and len(ids) == 1 and type(ids[0]) is int  # Odoo 19: [id] (17 and 18: id)
    cleanup.unlink(gateway, "mail.message", ids)
    [message] = gateway.call("mail.message", "read", ids, fields=["body", "message_type", "subtype_id", "model", "res_id", "author_id", "partner_ids"])
    assert message["body"] == body
    assert (message["message_type"], message["subtype_id"][1]) == ("comment", "Note")
    assert (message["model"], message["res_id"], message["partner_ids"]) == ("res.partner", found.client["id"], [])
    [me] = gateway.call("res.users", "search_read", domain=[("login", "=", _login(gateway))], fields=["partner_id"])
    assert message["author_id"][0] == me["partner_id"][0]


def test_c08_message_post_without_body_is_html_escapes(gateway: OdooGateway, found: Found, cleanup: Cleanup) -> None:
    """Over RPC the body is a str, not Markup: without `body_is_html` Odoo escapes it (staff would see the tags)."""
    mark = tag()
    body = f"<p>plain ({mark})</p>"
    ids = gateway.call("res.partner", "message_post", [found.client["id"]], body=body, message_type="comment", subtype_xmlid="mail.mt_note")
    cleanup.unlink(gateway, "mail.message", ids)
    [message] = gateway.call("mail.message", "read", ids, fields=["body"])
    assert message["body"] == f"<p>&lt;p&gt;plain ({mark})&lt;/p&gt;</p>"  # escaped, then made a paragraph


def _login(gateway: OdooGateway) -> str:
    """The signed-in user's login, as Odoo says it (context_get gives the uid)."""
    uid = gateway.call("res.users", "context_get")["uid"]
    return gateway.call("res.users", "read", [uid], fields=["login"])[0]["login"]
