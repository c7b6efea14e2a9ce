"""Contract 10: working hours and time off as the integration user reads them (resource.calendar.attendance,
resource.calendar.leaves), and the domain Odoo itself uses for time off."""
from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from app.odoo.gateway import OdooGateway

from .conftest import TORONTO, Cleanup, Found, far_future_weekday, tag

LEAVES = "resource.calendar.leaves"


def time_off_domain(calendar_id: int, resource_id: int, start: datetime, end: datetime) -> list:
    """Time off as Odoo computes it: leaves of type 'leave' of the resource or of no resource, on its calendar or on
    none."""
    return [
        ("time_type", "=", "leave"), ("calendar_id", "in", [False, calendar_id]), ("resource_id", "in", [False, resource_id]),
        ("date_from", "<", end), ("date_to", ">", start),
    ]


def test_c10_leaves_fields(gateway: OdooGateway) -> None:
    fields = gateway.call(LEAVES, "fields_get", allfields=["time_type", "calendar_id", "resource_id", "date_from", "date_to"], attributes=["type", "selection", "relation"])
    assert fields["time_type"]["type"] == "selection"
    assert [value for value, _ in fields["time_type"]["selection"]] == ["leave", "other"]
    assert (fields["calendar_id"]["type"], fields["calendar_id"]["relation"]) == ("many2one", "resource.calendar")
    assert (fields["resource_id"]["type"], fields["resource_id"]["relation"]) == ("many2one", "resource.resource")
    assert (fields["date_from"]["type"], fields["date_to"]["type"]) == ("datetime", "datetime")


def test_c10_calendar_leaves_readable_and_matched_as_odoo_does(gateway: OdooGateway, admin: OdooGateway | None, found: Found, cleanup: Cleanup) -> None:
    """A holiday of the technician's working calendar (no resource) is read by the integration user with Odoo's
    time-off domain; one of type 'other' is not matched. Made by an administrator (the service only reads leaves; Odoo
    lets only Settings administrators make leaves without a resource)."""
    technician = found.technician
    if technician.resource_id is None or technician.calendar_id is None:
        pytest.fail(f"{technician.login} has no resource with a working calendar")
    if admin is None:
        pytest.skip("a calendar-wide leave is made by an administrator: set FUSION_TEST_ODOO_ADMIN_LOGIN/PASSWORD")
    start = datetime.combine(far_future_weekday(weeks=59), time(0), tzinfo=TORONTO)
    made = {}  # apart: with the Time Off app, two leaves of one calendar may not overlap, nor touch
    for key, (begin, end), extra in (("holiday", (0, 10), {}), ("other", (12, 20), {"time_type": "other"})):
        made[key] = admin.create(LEAVES, {
            "name": f"{key} ({tag()})", "date_from": start + timedelta(hours=begin), "date_to": start + timedelta(hours=end),
            "resource_id": False, "calendar_id": technician.calendar_id, **extra,
        })
        cleanup.unlink(admin, LEAVES, [made[key]])
    leaves = gateway.search_read(
        LEAVES, time_off_domain(technician.calendar_id, technician.resource_id, start, start + timedelta(days=1)),
        ["time_type", "calendar_id", "resource_id", "date_from", "date_to"],
    )
    by_id = {leave["id"]: leave for leave in leaves}
    assert made["holiday"] in by_id and made["other"] not in by_id
    holiday = by_id[made["holiday"]]
    assert holiday["time_type"] == "leave"  # the default
    assert holiday["resource_id"] is None and holiday["calendar_id"][0] == technician.calendar_id
    assert (holiday["date_from"], holiday["date_to"]) == (start, start + timedelta(hours=10))


def test_c10_calendar_wide_leaves_may_not_overlap_with_the_time_off_app(gateway: OdooGateway, admin: OdooGateway | None, found: Found, cleanup: Cleanup) -> None:
    """hr_holidays refuses a second leave for the whole calendar that overlaps or touches the first (Odoo 19,
    `_check_compare_dates`); without the app both are kept."""
    from app.odoo.errors import OdooNotFound, OdooValidationError

    technician = found.technician
    if admin is None:
        pytest.skip("a calendar-wide leave is made by an administrator: set FUSION_TEST_ODOO_ADMIN_LOGIN/PASSWORD")
    try:
        time_off_app = bool(gateway.field_types("hr.leave"))
    except OdooNotFound:
        time_off_app = False
    start = datetime.combine(far_future_weekday(weeks=63), time(0), tzinfo=TORONTO)

    def leave(begin: int, end: int, **extra: object) -> int:
        made = admin.create(LEAVES, {"name": f"holiday ({tag()})", "date_from": start + timedelta(hours=begin),
                                     "date_to": start + timedelta(hours=end), "calendar_id": technician.calendar_id, **extra})
        cleanup.unlink(admin, LEAVES, [made])
        return made

    leave(0, 10)
    leave(12, 20)  # apart: always kept
    if time_off_app:
        for begin, end in ((5, 15), (10, 11)):  # overlapping, and touching the first one's end
            with pytest.raises(OdooValidationError, match="cannot overlap"):
                leave(begin, end)
    else:
        leave(5, 15)


def test_c10_technicians_own_leave_is_seen_only_with_the_time_off_app(
    gateway: OdooGateway, as_technician: OdooGateway | None, found: Found, cleanup: Cleanup,
) -> None:
    """Odoo 19's record rules on resource.calendar.leaves (resource module, base.group_user): an internal user reads
    only leaves without a resource or of a resource that is theirs or no one's. Without the Time Off app (hr_holidays)
    a technician's own leave is left out of the integration user's searches (silently) and refused on read
    (AccessError); hr_holidays adds a rule that lets every internal user read every leave."""
    from app.odoo.errors import OdooAccessError, OdooNotFound

    technician = found.technician
    if as_technician is None:
        pytest.skip("only the technician may make their own leave: set FUSION_TEST_ODOO_TECHNICIAN_PASSWORD")
    try:
        time_off_app = bool(gateway.field_types("hr.leave"))
    except OdooNotFound:
        time_off_app = False
    start = datetime.combine(far_future_weekday(weeks=61), time(0), tzinfo=TORONTO)
    leave_id = as_technician.create(LEAVES, {
        "name": f"Vacation ({tag()})", "date_from": start, "date_to": start + timedelta(days=2),
        "resource_id": technician.resource_id, "calendar_id": technician.calendar_id,
    })
    cleanup.unlink(as_technician, LEAVES, [leave_id])
    assert as_technician.search_read(LEAVES, [("id", "=", leave_id)], ["time_type"]) == [{"id": leave_id, "time_type": "leave"}]
    seen = gateway.search_read(LEAVES, time_off_domain(technician.calendar_id, technician.resource_id, start, start + timedelta(days=2)), ["id"])
    if time_off_app:
        assert leave_id in [leave["id"] for leave in seen]
        assert gateway.call(LEAVES, "read", [leave_id], fields=["time_type"]) == [{"id": leave_id, "time_type": "leave"}]
        return
    assert leave_id not in [leave["id"] for leave in seen]
    with pytest.raises(OdooAccessError):
        gateway.call(LEAVES, "read", [leave_id], fields=["time_type"])


def test_c10_integration_user_may_not_change_a_technicians_leave(gateway: OdooGateway, as_technician: OdooGateway | None, found: Found, cleanup: Cleanup) -> None:
    """Only its resource's user changes a leave (resource's modify rule); hr_holidays' rule lets others read it only."""
    from app.odoo.errors import OdooAccessError

    technician = found.technician
    if as_technician is None:
        pytest.skip("only the technician may make their own leave: set FUSION_TEST_ODOO_TECHNICIAN_PASSWORD")
    start = datetime.combine(far_future_weekday(weeks=63), time(0), tzinfo=TORONTO)
    leave_id = as_technician.create(LEAVES, {
        "name": f"Vacation ({tag()})", "date_from": start, "date_to": start + timedelta(days=1),
        "resource_id": technician.resource_id, "calendar_id": technician.calendar_id,
    })
    cleanup.unlink(as_technician, LEAVES, [leave_id])
    with pytest.raises(OdooAccessError):
        gateway.call(LEAVES, "write", [leave_id], vals={"name": "changed"})


def test_c10_attendance_readable(gateway: OdooGateway, found: Found) -> None:
    """Working hours: `dayofweek` counts '0' = Monday, hours are floats in the calendar's time zone."""
    calendar_id = found.technician.calendar_id
    assert calendar_id is not None
    spec = gateway.call("resource.calendar.attendance", "fields_get", allfields=["dayofweek", "day_period"], attributes=["selection"])
    assert spec["dayofweek"]["selection"][0] == ["0", "Monday"]
    assert [value for value, _ in spec["dayofweek"]["selection"]] == [str(d) for d in range(7)]
    assert {"morning", "lunch", "afternoon"} <= {value for value, _ in spec["day_period"]["selection"]}
    rows = gateway.search_read(
        "resource.calendar.attendance", [("calendar_id", "=", calendar_id), ("day_period", "!=", "lunch")],
        ["calendar_id", "dayofweek", "hour_from", "hour_to", "day_period"],
    )
    assert rows
    for row in rows:
        assert row["dayofweek"] in {str(d) for d in range(7)}
        assert isinstance(row["hour_from"], float) and isinstance(row["hour_to"], float) and row["hour_from"] < row["hour_to"]
    [calendar] = gateway.call("resource.calendar", "read", [calendar_id], fields=["tz"])
    assert calendar["tz"]
