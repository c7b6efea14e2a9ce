"""The sandbox's searches answer as Odoo's would, whichever records its indexes let it test: empty values, negative
operators, SQL LIKE patterns, x2many and dotted paths, ordering and paging, and every change seen at once. A property
test holds any domain's answer to the record-by-record interpretation the sandbox used before (bench/sandbox.py)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from odoo_sandbox import SandboxOdoo
from odoo_sandbox.errors import ValidationError
from bench.sandbox import reference_ids
from tests.conftest import TODAY

CONTRACT = "fusion.repair.maintenance.contract"
EVENT_TIMES = {"start": "2026-12-01 15:00:00", "stop": "2026-12-01 16:00:00"}


def ids(sandbox: SandboxOdoo, model: str, domain: list, **kw: object) -> list[int]:
    return sandbox.env.call(model, "search", [domain], dict(kw))


@pytest.fixture
def people(sandbox: SandboxOdoo) -> dict[str, int]:
    """Partners whose values sit on the operators' edges: an empty string, no value, wildcards and dots in names."""
    create = sandbox.env.create
    return {
        "ann": create("res.partner", {"name": "Ann 100%_Sure", "phone": "+1 416-555-0100", "zip": "", "city": "Zedtown", "user_id": 2}),
        "bob": create("res.partner", {"name": "bob.smith", "phone": False, "city": "Zedtown"}),
        "cy": create("res.partner", {"name": "Cy 100 Xsure", "phone": "+1 (613) 555-0199", "zip": "K1A 0B1"}),
        "dee": create("res.partner", {"name": "bobXsmith", "phone": "", "user_id": 4}),
    }


def among(found: list[int], people: dict[str, int]) -> set[str]:
    return {name for name, partner in people.items() if partner in found}


def test_false_matches_empty_values_as_odoo_does(sandbox: SandboxOdoo, people: dict[str, int]) -> None:
    """`= False` matches no value and an empty string; `in [False]` matches no value only; None is a value of its own."""
    assert among(ids(sandbox, "res.partner", [("zip", "=", False)]), people) == {"ann", "bob", "dee"}
    assert among(ids(sandbox, "res.partner", [("zip", "in", [False])]), people) == {"bob", "dee"}
    assert among(ids(sandbox, "res.partner", [("phone", "in", [False, "+1 416-555-0100"])]), people) == {"ann", "bob"}
    assert among(ids(sandbox, "res.partner", [("zip", "=", None)]), people) == set()
    assert among(ids(sandbox, "res.partner", [("zip", "=?", False)]), people) == set(people)  # =? with False: no condition
    assert among(ids(sandbox, "res.partner", [("user_id", "=", False)]), people) == {"bob", "cy"}
    assert among(ids(sandbox, "res.partner", [("user_id", "in", [False, 4])]), people) == {"bob", "cy", "dee"}
    assert among(ids(sandbox, "res.partner", [("user_id", "in", [2, 4])]), people) == {"ann", "dee"}
    lonely = sandbox.env.create("calendar.event", {"name": "Alone", **EVENT_TIMES})
    assert ids(sandbox, "calendar.event", [("partner_ids", "=", False)]) == [lonely]
    assert ids(sandbox, "calendar.event", [("partner_ids", "in", [False, people["ann"]])]) == [lonely]
    assert lonely not in ids(sandbox, "calendar.event", [("partner_ids", "!=", False)])


def test_negative_operators_hold_for_records_without_a_value(sandbox: SandboxOdoo, people: dict[str, int]) -> None:
    assert among(ids(sandbox, "res.partner", [("city", "!=", "Zedtown")]), people) == {"cy", "dee"}
    assert among(ids(sandbox, "res.partner", [("user_id", "not in", [2])]), people) == {"bob", "cy", "dee"}
    assert among(ids(sandbox, "res.partner", [("phone", "not ilike", "0100")]), people) == {"bob", "cy", "dee"}
    assert among(ids(sandbox, "res.partner", [("zip", "!=", False)]), people) == {"cy"}
    assert ids(sandbox, "res.partner", ["!", ("city", "=", "Zedtown")]) == ids(sandbox, "res.partner", [("city", "!=", "Zedtown")])
    lonely = sandbox.env.create("calendar.event", {"name": "Alone", **EVENT_TIMES})
    assert lonely in ids(sandbox, "calendar.event", [("partner_ids", "not in", [people["ann"]])])


def test_like_patterns_are_sql_like(sandbox: SandboxOdoo, people: dict[str, int]) -> None:
    """`%` and `_` in the value are wildcards, every other character is itself; like minds case, ilike does not; the
    `=` forms are anchored."""
    assert among(ids(sandbox, "res.partner", [("name", "ilike", "100%_sure")]), people) == {"ann", "cy"}
    assert among(ids(sandbox, "res.partner", [("name", "ilike", "100 _sure")]), people) == {"cy"}
    assert among(ids(sandbox, "res.partner", [("name", "like", "Sure")]), people) == {"ann"}
    assert among(ids(sandbox, "res.partner", [("name", "like", "sure")]), people) == {"cy"}
    assert among(ids(sandbox, "res.partner", [("name", "ilike", "bob.smith")]), people) == {"bob"}
    assert among(ids(sandbox, "res.partner", [("name", "ilike", "BOB_SMITH")]), people) == {"bob", "dee"}
    assert among(ids(sandbox, "res.partner", [("name", "=like", "bob%")]), people) == {"bob", "dee"}
    assert among(ids(sandbox, "res.partner", [("name", "=like", "Bob%")]), people) == set()
    assert among(ids(sandbox, "res.partner", [("name", "=ilike", "BOB%")]), people) == {"bob", "dee"}
    assert among(ids(sandbox, "res.partner", [("name", "=ilike", "smith")]), people) == set()
    assert among(ids(sandbox, "res.partner", [("phone", "ilike", "(613) 555")]), people) == {"cy"}
    assert among(ids(sandbox, "res.partner", [("phone", "ilike", "555-01")]), people) == {"ann", "cy"}
    assert among(ids(sandbox, "res.partner", [("phone", "ilike", "555-0_00")]), people) == {"ann"}
    assert among(ids(sandbox, "res.partner", [("phone", "ilike", "416%0100")]), people) == {"ann"}
    assert among(ids(sandbox, "res.partner", [("phone", "ilike", "")]), people) == {"ann", "cy", "dee"}  # any value, even ""


def test_many2many_one2many_and_dotted_paths(sandbox: SandboxOdoo, people: dict[str, int]) -> None:
    env = sandbox.env
    both = env.create("calendar.event", {"name": "Both", **EVENT_TIMES, "partner_ids": [(6, 0, [people["ann"], people["bob"]])]}, {"no_mail_to_attendees": True})
    bob = env.create("calendar.event", {"name": "Bob", **EVENT_TIMES, "partner_ids": [(6, 0, [people["bob"]])]}, {"no_mail_to_attendees": True})
    assert ids(sandbox, "calendar.event", [("partner_ids", "in", [people["ann"]])]) == [both]
    assert ids(sandbox, "calendar.event", [("partner_ids", "=", people["bob"])]) == [both, bob]
    assert ids(sandbox, "calendar.event", [("partner_ids.name", "=", "bob.smith")]) == [both, bob]
    assert ids(sandbox, "calendar.event", [("partner_ids.city", "=", "Zedtown"), ("partner_ids.user_id.login", "=", "admin")]) == [both]
    attendees = ids(sandbox, "calendar.attendee", [("event_id.name", "=", "Both"), ("partner_id.phone", "=", False)])
    assert [a["partner_id"][0] for a in env.call("calendar.attendee", "read", [attendees], {"fields": ["partner_id"]})] == [people["bob"]]
    assert ids(sandbox, "calendar.event", [("attendee_ids.partner_id", "=", people["ann"])]) == [both]
    marc = ids(sandbox, "res.partner", [("user_ids.login", "=", "marc")])
    assert env.call("res.partner", "read", [marc], {"fields": ["name", "user_ids"]})[0]["name"] == "Marc Tremblay"
    assert set(marc).isdisjoint(ids(sandbox, "res.partner", [("user_ids", "=", False)]))


def test_order_offset_and_limit_page_a_narrowed_search(sandbox: SandboxOdoo) -> None:
    """A search the partner's index narrows sorts and pages as the whole table would: by the order, then id."""
    clients = ids(sandbox, "res.partner", [("lang", "=", "fr_CA"), ("user_ids", "=", False)])[:3]
    domain = [("partner_id", "in", clients)]
    rows = sandbox.env.search_read(CONTRACT, domain, ["next_due_date", "partner_id"])
    expected = [r["id"] for r in sorted(sorted(rows, key=lambda r: r["id"]), key=lambda r: r["next_due_date"], reverse=True)]
    assert len(expected) > 4 and ids(sandbox, CONTRACT, domain, order="next_due_date desc") == expected
    pages = [ids(sandbox, CONTRACT, domain, order="next_due_date desc", offset=o, limit=2) for o in range(0, len(expected), 2)]
    assert [i for page in pages for i in page] == expected
    assert ids(sandbox, CONTRACT, domain, order="next_due_date desc", offset=1, limit=3) == expected[1:4]


def test_answers_follow_every_create_write_unlink_and_rollback(sandbox: SandboxOdoo, people: dict[str, int]) -> None:
    env = sandbox.env
    ann, bob = people["ann"], people["bob"]
    [product] = ids(sandbox, "product.product", [("default_code", "=", "SC-V10")])
    unit = env.create(CONTRACT, {"name": "MC/T/1", "partner_id": ann, "product_id": product})
    assert ids(sandbox, CONTRACT, [("partner_id", "=", ann)]) == [unit]
    env.write(CONTRACT, [unit], {"partner_id": bob})
    assert ids(sandbox, CONTRACT, [("partner_id", "=", ann)]) == [] and ids(sandbox, CONTRACT, [("partner_id", "in", [ann, bob])]) == [unit]
    with pytest.raises(ValidationError):  # required: the call fails and rolls back whole
        env.call(CONTRACT, "write", [[unit], {"name": "MC/T/2", "partner_id": False}], {})
    assert ids(sandbox, CONTRACT, [("partner_id", "=", bob)]) == [unit] and ids(sandbox, CONTRACT, [("name", "=", "MC/T/2")]) == []
    second = env.create(CONTRACT, {"name": "MC/T/3", "partner_id": bob})
    assert ids(sandbox, CONTRACT, [("partner_id", "=", bob)]) == [unit, second]
    env.call(CONTRACT, "unlink", [[unit]], {})
    assert ids(sandbox, CONTRACT, [("partner_id", "=", bob)]) == [second] and ids(sandbox, CONTRACT, [("id", "in", [unit, second])]) == [second]

    event = env.create("calendar.event", {"name": "Visit", **EVENT_TIMES, "partner_ids": [(6, 0, [ann])]}, {"no_mail_to_attendees": True})
    attendees = lambda: env.call("calendar.event", "read", [[event]], {"fields": ["attendee_ids"]})[0]["attendee_ids"]  # noqa: E731
    assert ids(sandbox, "calendar.event", [("partner_ids", "in", [bob])]) == [] and len(attendees()) == 1
    env.write("calendar.event", [event], {"partner_ids": [(4, bob)]})
    assert ids(sandbox, "calendar.event", [("partner_ids", "in", [bob])]) == [event] and len(attendees()) == 2
    env.write("calendar.event", [event], {"partner_ids": [(3, ann)]})
    assert ids(sandbox, "calendar.event", [("partner_ids", "in", [ann])]) == []
    assert [a["partner_id"][0] for a in env.call("calendar.attendee", "read", [attendees()], {"fields": ["partner_id"]})] == [bob]
    env.call("res.partner", "unlink", [[bob]], {})  # leaves the event's attendees and its attendee records
    assert ids(sandbox, "calendar.event", [("partner_ids", "in", [bob])]) == [] and attendees() == []
    assert ids(sandbox, "calendar.event", [("partner_ids", "=", False), ("id", "=", event)]) == [event]
    env.write("res.partner", [ann], {"active": False})
    assert ids(sandbox, "res.partner", [("id", "=", ann)]) == [] and ids(sandbox, "res.partner", [("id", "=", ann), ("active", "=", False)]) == [ann]


def test_a_failed_call_leaves_no_trace_even_in_what_it_read_part_way(sandbox: SandboxOdoo, people: dict[str, int]) -> None:
    """Writing three events' attendees where the third refuses: the first two changed attendees and looked them up
    before the failure; after the rollback, searches and one2many reads see the attendees as they were."""
    env = sandbox.env
    [kind] = ids(sandbox, "appointment.type", [])
    quiet = {"no_mail_to_attendees": True}
    visits = [env.create("calendar.event", {"name": "Visit", **EVENT_TIMES, "appointment_type_id": kind, "partner_ids": [(6, 0, [people["ann"]])]}, quiet) for _ in range(2)]
    plain = env.create("calendar.event", {"name": "Lunch", **EVENT_TIMES, "partner_ids": [(6, 0, [people["ann"]])]}, quiet)
    before = ids(sandbox, "calendar.attendee", [("event_id", "=", visits[0])])
    with pytest.raises(ValidationError):  # an appointment status without an appointment type
        env.call("calendar.event", "write", [[*visits, plain], {"partner_ids": [(6, 0, [people["bob"]])], "appointment_status": "booked"}], {"context": quiet})
    assert ids(sandbox, "calendar.attendee", [("event_id", "=", visits[0])]) == before
    assert env.call("calendar.event", "read", [[visits[0]]], {"fields": ["attendee_ids"]})[0]["attendee_ids"] == before
    assert ids(sandbox, "calendar.attendee", [("partner_id", "=", people["bob"])]) == []


# ---- any domain, any changes: the same answer as the record-by-record interpretation ----------------------------------
DATES = ("2026-11-24 15:00:00", "2026-11-26 00:00:00", "2026-12-10 12:00:00")
LEAVES = {  # model -> (path, operators, values); comparisons only against values of the field's own kind
    "res.partner": [
        ("phone", ["=", "!=", "in", "not in", "ilike", "not ilike", "like", "=like", "=ilike", "=?"],
         ["+1 416-555-0142", "0142", "416", "%41_-7", "", False, None, ["+1 416-555-0142", False], ["0142"]]),
        ("lang", ["=", "!=", "in", "not in"], ["fr_CA", "en_CA", False, ["fr_CA", "en_CA"]]),
        ("name", ["<", ">=", "ilike", "=", "in", "=ilike"], ["M", "Marc Tremblay", "gagnon", "Ré%", False]),
        ("user_id", ["=", "!=", "in", "not in"], [False, 2, 4, 0, [2, False], [4, 5]]),
        ("user_ids", ["=", "!=", "in"], [False, 3, [4, 5]]),
        ("user_ids.login", ["=", "ilike", "!="], ["marc", "a", False]),
        ("id", ["=", "in", "not in", "<", ">"], [4, 10, 0, True]),
        ("id", ["in", "not in"], [[4, 10, 999], [], [True, 12.0]]),
        ("active", ["=", "!="], [True, False]),
        ("display_name", ["ilike", "="], ["gagnon", "Marc Tremblay"]),
    ],
    "calendar.event": [
        ("partner_ids", ["in", "not in", "=", "!="], [[4, 5], [4, False], False, 4, 31, []]),
        ("show_as", ["=", "!=", "in"], ["busy", "free", False, ["free"]]),
        ("start", ["<", ">", ">=", "<="], [*DATES, False]),
        ("stop", ["<", ">"], list(DATES)),
        ("user_id.name", ["=", "ilike"], ["Marc Tremblay", "sharma"]),
        ("attendee_ids.state", ["=", "!="], ["accepted", "needsAction"]),
        ("res_id", ["=", "in", "!=", "=?"], [0, False, 5, [5, 6]]),
        ("res_model", ["=", "!="], [CONTRACT, False]),
        ("partner_ids.phone", ["ilike", "=like"], ["0142", "416", "+1 416%"]),
        ("id", ["in", "="], [[1, 2, 3, 200], 7]),
    ],
    "calendar.attendee": [
        ("partner_id", ["in", "=", "not in"], [[4, 5], 4, False, [False, 6]]),
        ("state", ["!=", "="], ["declined", "accepted"]),
        ("event_id.show_as", ["=", "!="], ["busy"]),
        ("event_id.start", ["<", ">"], list(DATES)),
        ("event_id", ["in"], [[1, 2], []]),
    ],
    CONTRACT: [
        ("partner_id", ["=", "in", "!=", "not in"], [8, 9, [8, 9, 10], False]),
        ("next_due_date", ["<", ">="], ["2026-12-01", "2026-11-20"]),
        ("state", ["=", "in", "!="], ["active", ["active", "expired"]]),
        ("partner_id.name", ["ilike", "not ilike"], ["a", "gagnon"]),
        ("id", ["in", "="], [[1, 2, 3], 5]),
    ],
}


def leaves(model: str) -> st.SearchStrategy[list]:
    return st.sampled_from(LEAVES[model]).flatmap(lambda spec: st.tuples(st.just(spec[0]), st.sampled_from(spec[1]), st.sampled_from(spec[2])).map(lambda leaf: [leaf]))


def domains(model: str) -> st.SearchStrategy[list]:
    """Prefix domains: leaves under `!`, `&` and `|`, then an implicit conjunction of a few of them."""
    tree = st.recursive(leaves(model), lambda inner: st.one_of(
        inner.map(lambda d: ["!", *d]), st.tuples(st.sampled_from(["&", "|"]), inner, inner).map(lambda t: [t[0], *t[1], *t[2]])), max_leaves=5)
    return st.lists(tree, min_size=0, max_size=3).map(lambda parts: [term for part in parts for term in part])


searches = st.sampled_from(sorted(LEAVES)).flatmap(lambda model: st.tuples(st.just("search"), st.just(model), domains(model), st.booleans()))
changes = st.one_of(
    st.tuples(st.just("contract client"), st.integers(1, 80), st.integers(8, 47)),
    st.tuples(st.just("event attendee"), st.integers(1, 112), st.sampled_from([4, 3]), st.integers(4, 20)),
    st.tuples(st.just("partner"), st.integers(3, 47), st.sampled_from([{"phone": "+1 416-555-0142"}, {"phone": False}, {"lang": "fr_CA"}, {"active": False}])),
    st.tuples(st.just("unlink"), st.sampled_from(["res.partner", "calendar.event", CONTRACT]), st.integers(4, 40)),
    st.tuples(st.just("new partner"), st.sampled_from(["+1 613-555-0142", "", "x"])),
    st.tuples(st.just("failed write"), st.integers(1, 80)),
)


def change(sandbox: SandboxOdoo, step: tuple) -> None:
    env = sandbox.env
    kind = step[0]
    if kind == "contract client":
        if ids(sandbox, CONTRACT, [("id", "=", step[1])]) and ids(sandbox, "res.partner", [("id", "=", step[2])]):
            env.write(CONTRACT, [step[1]], {"partner_id": step[2]})
    elif kind == "event attendee":
        if ids(sandbox, "calendar.event", [("id", "=", step[1])]) and ids(sandbox, "res.partner", [("id", "=", step[3])]):
            env.write("calendar.event", [step[1]], {"partner_ids": [(step[2], step[3])]})
    elif kind == "partner":
        if ids(sandbox, "res.partner", [("id", "=", step[1]), ("active", "in", [True, False])]):
            env.write("res.partner", [step[1]], step[2])
    elif kind == "unlink":
        if ids(sandbox, step[1], [("id", "=", step[2])], context={"active_test": False}):
            env.call(step[1], "unlink", [[step[2]]], {})
    elif kind == "new partner":
        env.create("res.partner", {"name": "New", "phone": step[1]})
    elif ids(sandbox, CONTRACT, [("id", "=", step[1])]):
        with pytest.raises(ValidationError):
            env.call(CONTRACT, "write", [[step[1]], {"state": "expired", "partner_id": False}], {})


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(st.one_of(searches, searches, changes), min_size=1, max_size=12))
def test_any_domain_after_any_changes_answers_as_the_record_by_record_reference(steps: list[tuple]) -> None:
    sandbox = SandboxOdoo(today=TODAY)
    for step in steps:
        if step[0] != "search":
            change(sandbox, step)
            continue
        _, model, domain, active_test = step
        found = ids(sandbox, model, domain, context={"active_test": active_test})
        assert found == reference_ids(sandbox.env, model, domain, active_test), (model, domain)
