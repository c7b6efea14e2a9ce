"""The sandbox's models, declared as data: adding a model is adding an entry here, not writing code."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Field:
    type: str  # char, text, html, integer, float, monetary, boolean, date, datetime, selection, many2one, one2many, many2many
    string: str = ""
    relation: str | None = None
    inverse: str | None = None  # one2many: the many2one on `relation` pointing back
    selection: tuple[tuple[str, str], ...] = ()
    required: bool = False
    default: Any = None
    related: str | None = None  # stored related value, 'many2one_field.field'
    readonly: bool = False  # computed by the ORM (a user's implied groups), whatever a caller writes
    computed: bool = False  # not stored: computed on every read and search (`stock.lot.partner_ids`), never written

    def describe(self, name: str) -> dict[str, Any]:
        """What `fields_get` tells about the field."""
        info: dict[str, Any] = {
            "type": self.type, "string": self.string or name.replace("_", " ").title(), "required": self.required,
            "readonly": self.related is not None or self.readonly or self.computed, "store": not self.computed, "name": name,
        }
        if self.relation:
            info["relation"] = self.relation
        if self.selection:
            info["selection"] = [list(option) for option in self.selection]
        return info


def char(string: str = "", **kw: Any) -> Field:
    return Field("char", string, **kw)


def m2o(relation: str, string: str = "", **kw: Any) -> Field:
    return Field("many2one", string, relation=relation, **kw)


def o2m(relation: str, inverse: str, string: str = "") -> Field:
    return Field("one2many", string, relation=relation, inverse=inverse)


def m2m(relation: str, string: str = "", **kw: Any) -> Field:
    return Field("many2many", string, relation=relation, **kw)


def sel(*options: str, **kw: Any) -> Field:
    return Field("selection", selection=tuple((o, o.replace("_", " ").title()) for o in options), **kw)


SALE_ORDER_STATE = (("draft", "Quotation"), ("sent", "Quotation Sent"), ("sale", "Sales Order"), ("cancel", "Cancelled"))  # Odoo 17+
DAYS_0_MONDAY = tuple((str(i), d) for i, d in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
DAYS_1_MONDAY = tuple((str(i + 1), d) for i, (_, d) in enumerate(DAYS_0_MONDAY))

MODELS: dict[str, dict[str, Field]] = {
    "ir.model": {"name": char("Model Description", required=True), "model": char("Model", required=True)},
    "ir.model.data": {  # external ids ('mail.mt_note' is module 'mail', name 'mt_note')
        "name": char("External Identifier", required=True), "module": char("Module", required=True),
        "model": char("Model Name", required=True), "res_id": Field("integer", "Record ID"), "noupdate": Field("boolean", default=False),
    },
    "res.company": {
        "name": char("Company Name", required=True), "partner_id": m2o("res.partner", "Partner", required=True),
        "currency_id": m2o("res.currency", "Currency"),
    },
    "res.partner": {
        # Odoo 19 has no `mobile` on res.partner (removed in 18.2): one `phone` field
        "name": char("Name"), "phone": char("Phone"), "email": char("Email"), "lang": char("Language"),
        "tz": char("Timezone"), "street": char(), "city": char(), "zip": char(), "comment": Field("html", "Notes"),
        "active": Field("boolean", default=True), "user_ids": o2m("res.users", "partner_id", "Users"),
        "user_id": m2o("res.users", "Salesperson"),
    },
    "res.users": {
        "login": char("Login", required=True), "name": char("Name", related="partner_id.name"),
        "partner_id": m2o("res.partner", "Related Partner", required=True), "active": Field("boolean", default=True),
        "tz": char("Timezone"), "lang": char("Language"), "share": Field("boolean", "Share User", default=False, readonly=True),
        "group_ids": m2m("res.groups", "Groups"),  # Odoo 19's name (groups_id before)
        "all_group_ids": Field("many2many", "Groups and implied groups", relation="res.groups", readonly=True),
        "totp_enabled": Field("boolean", "Two-factor authentication", default=False),  # auth_totp
    },
    "resource.calendar": {
        "name": char("Name", required=True), "tz": char("Timezone", default="UTC"),
        "attendance_ids": o2m("resource.calendar.attendance", "calendar_id", "Working Time"),
        "active": Field("boolean", default=True), "flexible_hours": Field("boolean", "Flexible Hours", default=False),  # Odoo 18+
    },
    "resource.calendar.attendance": {
        "name": char("Name", required=True), "calendar_id": m2o("resource.calendar", required=True),
        "dayofweek": Field("selection", "Day of Week", selection=DAYS_0_MONDAY, required=True),
        "hour_from": Field("float", "Work from", required=True), "hour_to": Field("float", "Work to", required=True),
        "day_period": sel("morning", "lunch", "afternoon", required=True, default="morning"),
    },
    "resource.calendar.leaves": {
        "name": char("Reason"), "calendar_id": m2o("resource.calendar", "Working Hours"), "resource_id": m2o("resource.resource", "Resource"),
        "date_from": Field("datetime", "Start Date", required=True), "date_to": Field("datetime", "End Date", required=True),
        "time_type": sel("leave", "other", default="leave"),
    },
    "hr.leave": {  # hr_holidays: the sandbox keeps leaves as resource.calendar.leaves only, as validated time off is
        "name": char("Description"), "date_from": Field("datetime", "Start Date"), "date_to": Field("datetime", "End Date"),
        "state": sel("confirm", "refuse", "validate1", "validate", "cancel", default="confirm"),
    },
    "resource.resource": {
        "name": char("Name", required=True), "user_id": m2o("res.users", "User"), "calendar_id": m2o("resource.calendar", "Working Time"),
        "tz": char("Timezone", default="UTC"), "resource_type": sel("user", "material", default="user"), "active": Field("boolean", default=True),
    },
    "calendar.event": {
        "name": char("Meeting Subject", required=True), "start": Field("datetime", "Start", required=True),
        "stop": Field("datetime", "Stop", required=True), "allday": Field("boolean", "All Day", default=False),
        "start_date": Field("date", "Start Date"), "stop_date": Field("date", "End Date"),  # an all-day event's days
        "duration": Field("float", "Duration"), "user_id": m2o("res.users", "Organizer"),
        "partner_ids": m2m("res.partner", "Attendees"), "attendee_ids": o2m("calendar.attendee", "event_id", "Participant"),
        "show_as": sel("free", "busy", default="busy"), "res_model_id": m2o("ir.model", "Document Model"),
        "res_model": char("Document Model Name", related="res_model_id.model"), "res_id": Field("many2one_reference", "Document ID"),
        "appointment_type_id": m2o("appointment.type", "Appointment"), "description": Field("html", "Description"),
        "booking_line_ids": o2m("appointment.booking.line", "calendar_event_id", "Booking Lines"),
        # its inverse (re)makes the booking lines as the ORM's superuser: internal users may only read booking lines
        "total_capacity_reserved": Field("integer", "Total Capacity Reserved", default=0),
        # the appointment module's: stored, computed 'booked' once an appointment type is set, kept in step with `active`
        "appointment_status": Field("selection", "Appointment Status", selection=(
            ("request", "Request"), ("booked", "Booked"), ("attended", "Checked-In"), ("no_show", "No Show"), ("cancelled", "Cancelled"),
        )),
        "location": char("Location"), "active": Field("boolean", default=True),
    },
    "calendar.attendee": {
        "event_id": m2o("calendar.event", "Meeting linked", required=True), "partner_id": m2o("res.partner", "Contact", required=True),
        "state": sel("needsAction", "tentative", "declined", "accepted", default="needsAction"),
        "common_name": char("Common name"), "email": char("Email"),
    },
    "mail.message": {
        "model": char("Related Document Model"), "res_id": Field("integer", "Related Document ID"), "body": Field("html", "Contents"),
        "subject": char("Subject"), "date": Field("datetime", "Date"), "partner_ids": m2m("res.partner", "Recipients"),
        "message_type": sel("email", "comment", "email_outgoing", "notification", "auto_comment", "user_notification", string="Type", required=True, default="comment"),
        "subtype_id": m2o("mail.message.subtype", "Subtype"), "author_id": m2o("res.partner", "Author"), "email_from": char("From"),
        "message_id": char("Message-Id"),
    },
    "mail.message.subtype": {
        "name": char("Message Type", required=True), "description": Field("text", "Description"),
        "internal": Field("boolean", "Internal Only", default=False), "res_model": char("Model"),
    },
    # what Odoo's email notification of a message leaves behind: the queued mail, and one notification per recipient
    "mail.mail": {
        "mail_message_id": m2o("mail.message", "Message", required=True), "subject": char("Subject", related="mail_message_id.subject"),
        "body_html": Field("text", "Text Contents"), "references": Field("text", "References"),
        "recipient_ids": m2m("res.partner", "To (Partners)"), "email_to": Field("text", "To"),
        "state": sel("outgoing", "sent", "received", "exception", "cancel", string="Status", default="outgoing"),
        "auto_delete": Field("boolean", "Auto Delete", default=True), "is_notification": Field("boolean", "Notification Email", default=False),
    },
    "mail.notification": {
        "mail_message_id": m2o("mail.message", "Message", required=True), "mail_mail_id": m2o("mail.mail", "Mail"),
        "res_partner_id": m2o("res.partner", "Recipient"),
        "notification_type": sel("inbox", "email", string="Notification Type", required=True, default="inbox"),
        "notification_status": sel("ready", "process", "pending", "sent", "bounce", "exception", "canceled", string="Status", default="ready"),
        "failure_type": sel("mail_email_invalid", "mail_email_missing", "mail_from_invalid", "mail_from_missing", "mail_smtp", "unknown", string="Failure type"),
    },
    "mail.activity.type": {"name": char("Name", required=True), "category": sel("default", "upload_file", "phonecall", "meeting", default="default")},
    "mail.activity": {
        "res_model": char("Related Document Model", related="res_model_id.model"), "res_model_id": m2o("ir.model", "Document Model", required=True),
        "res_id": Field("integer", "Related Document ID", required=True), "activity_type_id": m2o("mail.activity.type", "Activity Type"),
        "summary": char("Summary"), "note": Field("html", "Note"), "user_id": m2o("res.users", "Assigned to"),
        "date_deadline": Field("date", "Due Date", required=True),
        "calendar_event_id": m2o("calendar.event", "Calendar Meeting"),  # calendar's: the meeting a 'Meeting' activity stands for
    },
    # Odoo 19 names a category by its full path ('Goods / Walkers'; the roots are Goods, Services, Expenses, no 'All')
    "product.category": {"name": char("Name", required=True), "parent_id": m2o("product.category", "Parent Category"), "complete_name": char("Complete Name")},
    "product.product": {
        # list_price is the template's, lst_price the variant's (the template's plus attribute extras; the sandbox has none)
        "name": char("Name", required=True), "default_code": char("Internal Reference"), "list_price": Field("float", "Sales Price"),
        "lst_price": Field("float", "Sales Price"), "description_sale": Field("text", "Sales Description"),
        "categ_id": m2o("product.category", "Product Category"), "type": sel("consu", "service", "combo", default="consu"),
        "taxes_id": m2m("account.tax", "Sales Taxes"), "sale_ok": Field("boolean", "Can be Sold", default=True),
        "active": Field("boolean", default=True),
    },
    "sale.order": {
        "name": char("Order Reference", required=True), "partner_id": m2o("res.partner", "Customer", required=True),
        "state": Field("selection", "Status", selection=SALE_ORDER_STATE, default="draft"), "locked": Field("boolean", "Locked", default=False),
        "date_order": Field("datetime", "Order Date", required=True), "commitment_date": Field("datetime", "Delivery Date"),
        "origin": char("Source Document"), "note": Field("html", "Terms and conditions"), "currency_id": m2o("res.currency", "Currency"),
        "order_line": o2m("sale.order.line", "order_id", "Order Lines"),
        "amount_untaxed": Field("monetary", "Untaxed Amount"), "amount_tax": Field("monetary", "Taxes"), "amount_total": Field("monetary", "Total"),
        # the dealer's claims module (ADP funding): delivery date, else the date service started
        "x_fc_adp_delivery_date": Field("date", "ADP Delivery Date"), "x_fc_service_start_date": Field("date", "Service Start Date"),
    },
    "sale.order.line": {
        "order_id": m2o("sale.order", "Order Reference", required=True), "product_id": m2o("product.product", "Product"),
        "display_type": Field("selection", "Display Type", selection=(("line_section", "Section"), ("line_note", "Note"))),
        "name": Field("text", "Description", required=True), "product_uom_qty": Field("float", "Quantity", default=1.0),
        "price_unit": Field("float", "Unit Price"), "discount": Field("float", "Discount (%)"), "tax_ids": m2m("account.tax", "Taxes"),
        "price_subtotal": Field("monetary", "Subtotal"), "price_tax": Field("float", "Total Tax"), "price_total": Field("monetary", "Total"),
        "currency_id": m2o("res.currency", "Currency", related="order_id.currency_id"),
        "order_partner_id": m2o("res.partner", "Customer", related="order_id.partner_id"),
        "x_fc_serial_number": char("Serial Number"), "x_fc_adp_device_type": char("ADP Device Type"),
        "x_fc_adp_approved": Field("boolean", "ADP Approved", default=False),
    },
    "stock.location": {"name": char("Location Name", required=True), "usage": sel("supplier", "view", "internal", "customer", "inventory", "transit", default="internal")},
    "stock.lot": {
        "name": char("Lot/Serial Number", required=True), "product_id": m2o("product.product", "Product", required=True),
        # Odoo 19 (17/18 had last_delivery_partner_id): the customers of the lot's done deliveries, newest first
        "partner_ids": m2m("res.partner", "Customers", computed=True),
    },
    "stock.picking": {
        "name": char("Reference"), "partner_id": m2o("res.partner", "Contact"), "date_done": Field("datetime", "Date of Transfer"),
        "state": sel("draft", "waiting", "confirmed", "assigned", "done", "cancel", default="draft"),
        "picking_type_code": sel("incoming", "outgoing", "internal", "mrp_operation", required=True),  # Odoo: related to the type
    },
    "stock.move.line": {
        "picking_id": m2o("stock.picking", "Transfer"),
        "picking_code": sel("incoming", "outgoing", "internal", "mrp_operation", related="picking_id.picking_type_code"),
        "picking_partner_id": m2o("res.partner", "Transfer Contact", related="picking_id.partner_id"),
        "lot_id": m2o("stock.lot", "Lot/Serial Number"), "product_id": m2o("product.product", "Product"),
        "location_id": m2o("stock.location", "From", required=True), "location_dest_id": m2o("stock.location", "To", required=True),
        "date": Field("datetime", "Date", required=True), "state": sel("draft", "assigned", "done", "cancel", default="draft"),
    },
    "appointment.type": {
        "name": char("Appointment Title", required=True), "appointment_duration": Field("float", "Duration", default=1.0),
        "appointment_tz": char("Timezone", default="UTC"), "staff_user_ids": m2m("res.users", "Users"),
        "min_schedule_hours": Field("float", "Schedule before (hours)", default=1.0),
        "max_schedule_days": Field("integer", "Schedule not after (days)", default=15),
        "slot_ids": o2m("appointment.slot", "appointment_type_id", "Availabilities"),
        "schedule_based_on": sel("users", "resources", default="users"), "active": Field("boolean", default=True),
        # working hours cut the type's hours only when on (off by default); a slot starts every interval
        "work_hours_activated": Field("boolean", "Limit to Work Hours", default=False),
        "slot_creation_interval": Field("float", "Create slot every", default=1.0),
        "category": sel("recurring", "punctual", "custom", "anytime", default="recurring"),
        "start_datetime": Field("datetime", "Start Datetime"), "end_datetime": Field("datetime", "End Datetime"),  # punctual
        # bookings a staff member takes at once: user_capacity when capacities are managed, else max_bookings (1 each)
        "manage_capacity": Field("boolean", "Manage Capacities", default=False), "user_capacity": Field("integer", "User Capacity", default=1),
        "max_bookings": Field("integer", "Total Bookings", default=1),
    },
    # a shareable link to book one of these types (short_code unique); book_url is computed from the base URL
    "appointment.invite": {
        "short_code": char("Short Code", required=True), "appointment_type_ids": m2m("appointment.type", "Appointment Types"),
        "book_url": char("Link URL"),
    },
    # what makes a staff member busy for a type in Odoo's own booking page: a line per booked user, with its capacity
    "appointment.booking.line": {
        "calendar_event_id": m2o("calendar.event", "Booking", required=True),
        "appointment_user_id": m2o("res.users", "Appointment User"),
        "appointment_type_id": m2o("appointment.type", "Appointment Type", related="calendar_event_id.appointment_type_id"),
        "capacity_reserved": Field("integer", "Capacity Reserved", default=1, required=True),
        "capacity_used": Field("integer", "Capacity Used", default=1),
        "event_start": Field("datetime", "Booking Start", related="calendar_event_id.start"),
        "event_stop": Field("datetime", "Booking End", related="calendar_event_id.stop"),
    },
    "appointment.slot": {
        "appointment_type_id": m2o("appointment.type", "Appointment Type", required=True),
        "weekday": Field("selection", "Week Day", selection=DAYS_1_MONDAY, required=True),
        "start_hour": Field("float", "Starting Hour", required=True), "end_hour": Field("float", "Ending Hour", required=True),
        "slot_type": sel("recurring", "unique", default="recurring"),
        "restrict_to_user_ids": m2m("res.users", "Restrict to Users"),
        "start_datetime": Field("datetime", "From"), "end_datetime": Field("datetime", "To"),  # a 'unique' slot's
    },
    "fusion.repair.maintenance.contract": {
        "name": char("Reference", required=True), "partner_id": m2o("res.partner", "Customer", required=True),
        "product_id": m2o("product.product", "Product"), "serial_number": char("Serial Number"), "device_type": char("Device Type"),
        "interval_months": Field("integer", "Interval (months)", default=12), "last_service_date": Field("date", "Last Service"),
        "next_due_date": Field("date", "Next Due Date"), "state": sel("draft", "active", "expired", "cancelled", default="active"),
        "active": Field("boolean", default=True),
    },
    "res.currency": {"name": char("Currency", required=True), "symbol": char("Symbol", required=True), "active": Field("boolean", default=True)},
    "account.tax": {
        "name": char("Tax Name", required=True), "amount": Field("float", "Amount", required=True),
        "amount_type": Field("selection", "Tax Computation", selection=(
            ("group", "Group of Taxes"), ("fixed", "Fixed"), ("percent", "Percentage"), ("division", "Percentage Tax Included"),
        ), required=True, default="percent"),
        "type_tax_use": Field("selection", "Tax Type", selection=(("sale", "Sales"), ("purchase", "Purchases"), ("none", "None")), required=True, default="sale"),
        "active": Field("boolean", default=True),
    },
    "ir.sequence": {  # number_next kept on the record, as Odoo's 'no_gap' implementation does
        "name": char("Name", required=True), "code": char("Sequence Code"), "prefix": char("Prefix"),
        "padding": Field("integer", "Sequence Size", required=True, default=0), "number_next": Field("integer", "Next Number", required=True, default=1),
        "number_increment": Field("integer", "Step", required=True, default=1), "active": Field("boolean", default=True),
    },
    "res.groups.privilege": {"name": char("Name", required=True)},
    "res.groups": {
        "name": char("Name", required=True), "privilege_id": m2o("res.groups.privilege", "Privilege"),
        "full_name": Field("char", "Group Name", readonly=True), "implied_ids": m2m("res.groups", "Implied Groups"),
        "all_implied_ids": Field("many2many", "Transitively Implied Groups", relation="res.groups", readonly=True),
    },
}
# each model's `_description`, what ir.model names it (and access errors quote)
DESCRIPTIONS = {
    "ir.model": "Models", "ir.model.data": "Model Data", "res.company": "Companies", "res.partner": "Contact", "res.users": "User",
    "resource.calendar": "Resource Working Time", "resource.calendar.attendance": "Work Detail",
    "resource.calendar.leaves": "Resource Time Off Detail", "hr.leave": "Time Off", "resource.resource": "Resources", "calendar.event": "Calendar Event",
    "calendar.attendee": "Calendar Attendee Information", "mail.message": "Message", "mail.message.subtype": "Message subtypes",
    "mail.mail": "Outgoing Mails", "mail.notification": "Message Notifications", "mail.activity.type": "Activity Type",
    "mail.activity": "Activity", "product.category": "Product Category", "product.product": "Product Variant", "sale.order": "Sales Order",
    "sale.order.line": "Sales Order Line", "stock.location": "Inventory Locations", "stock.lot": "Lot/Serial", "stock.picking": "Transfer",
    "stock.move.line": "Product Moves (Stock Move Line)", "appointment.type": "Appointment Type", "appointment.slot": "Appointment Slot", "appointment.booking.line": "Appointment Booking Line", "appointment.invite": "Appointment Invite",
    "fusion.repair.maintenance.contract": "Maintenance Contract", "res.currency": "Currency", "account.tax": "Tax", "ir.sequence": "Sequence",
    "res.groups.privilege": "Privileges", "res.groups": "Access Groups",
}

# models whose records carry a chatter (message_post)
MAIL_THREAD = {"res.partner", "calendar.event", "fusion.repair.maintenance.contract", "product.product", "sale.order", "stock.lot"}
# what message_post passes on to the notification of followers rather than to the message (mail.thread's list)
NOTIFY_PARAMETERS = {
    "force_email_company", "force_email_lang", "force_send", "mail_auto_delete", "model_description", "notify_author",
    "notify_author_mention", "notify_skip_followers", "resend_existing", "scheduled_date", "send_after_commit", "skip_existing",
    "subtitles",
}

# the Enterprise appointment module: its models, and the fields it adds to calendar.event
APPOINTMENT_MODELS = {"appointment.type", "appointment.slot", "appointment.booking.line", "appointment.invite"}
TIME_OFF_MODELS = {"hr.leave"}
APPOINTMENT_EVENT_FIELDS = {"appointment_type_id", "appointment_status", "booking_line_ids", "total_capacity_reserved"}


def installed(appointment: bool, time_off: bool = True) -> dict[str, dict[str, Field]]:
    """The models of a database with or without the Enterprise appointment module and the Time Off app (hr_holidays,
    whose record rule lets every internal user read every leave)."""
    left_out = (set() if appointment else APPOINTMENT_MODELS) | (set() if time_off else TIME_OFF_MODELS)
    models = {name: fields for name, fields in MODELS.items() if name not in left_out}
    if not appointment:
        models["calendar.event"] = {name: f for name, f in MODELS["calendar.event"].items() if name not in APPOINTMENT_EVENT_FIELDS}
    return models
