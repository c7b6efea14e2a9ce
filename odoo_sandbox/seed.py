"""Realistic demo data for an Ontario mobility dealer, relative to `today` so the demo always has due units."""
from __future__ import annotations

import itertools
import random
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from .access import ADMIN_GROUPS, GROUPS
from .env import Env
from .orm import DATETIME
from .schema import DESCRIPTIONS

ADMIN_API_KEY = "sandbox-admin-api-key"
# the integration user a dealer should give the service: least privilege, never Access Rights or Settings
BOT_LOGIN = "fusion-bot"
BOT_PASSWORD = "fusion-bot"
BOT_API_KEY = "sandbox-fusion-bot-api-key"
BOT_GROUPS = (
    "base.group_user", "base.group_partner_manager", "sales_team.group_sale_salesman_all_leads", "stock.group_stock_user",
)
TORONTO = ZoneInfo("America/Toronto")

FIRST = ["Margaret", "Robert", "Dorothy", "William", "Helen", "George", "Ruth", "Frank", "Shirley", "Harold", "Joan", "Kenneth",
         "Barbara", "Donald", "Patricia", "Walter", "Evelyn", "Raymond", "Gloria", "Arthur", "Irene", "Stanley", "Doris", "Gordon",
         "Marion", "Lloyd", "Audrey", "Norman", "Beverly", "Ernest", "Lorraine", "Clifford", "Wilma", "Howard"]
LAST = ["Thompson", "MacDonald", "Wilson", "Campbell", "Anderson", "Stewart", "Taylor", "Brown", "Morrison", "Fraser", "Patel",
        "Singh", "Chen", "Nguyen", "Kowalski", "Rossi", "Murphy", "O'Brien", "Henderson", "Grant", "Sinclair", "Lam", "Baker", "Hughes"]
FRENCH = [("Jeanne", "Lefebvre"), ("Réjean", "Gagnon"), ("Thérèse", "Bouchard"), ("Gilles", "Côté"), ("Huguette", "Pelletier"), ("Lucien", "Bélanger")]
CITIES = [("Toronto", "416"), ("Toronto", "647"), ("Mississauga", "905"), ("Brampton", "905"), ("Oakville", "905"), ("Ottawa", "613"), ("Kingston", "613")]
PRODUCTS = [
    ("Permobil M3 Corpus", "PWC-M3", "Power Wheelchair", 12, 6490.0),
    ("Quantum Q6 Edge 3", "PWC-Q6E3", "Power Wheelchair", 12, 5890.0),
    ("Pride Jazzy Elite HD", "PWC-JEHD", "Power Wheelchair", 12, 3990.0),
    ("Quantum 4Front 2 Power Base", "PB-4F2", "Power Base", 6, 7250.0),
    ("Permobil F5 Corpus VS Base", "PB-F5VS", "Power Base", 6, 9800.0),
    ("Pride Go-Go Elite Traveller", "SC-GGET", "Scooter 4-Wheel", 12, 1690.0),
    ("Pride Victory 10 Scooter", "SC-V10", "Scooter 3-Wheel", 12, 2790.0),
    ("Shoprider Sprinter XL4", "SC-SXL4", "Scooter 4-Wheel", 12, 3290.0),
    ("Evolution Trillium Rollator", "WK-TRIL", "Rollator Walker", 12, 649.0),
    ("Drive Nitro Rollator", "WK-NITRO", "Rollator Walker", 12, 399.0),
    ("Ki Mobility Tilt-in-Space Seating System", "ST-KITS", "Seating System", 6, 2450.0),
    ("ROHO High Profile Cushion", "ST-ROHO", "Cushion", 12, 520.0),
]
# the product category a dealer without the claims module files each device type under
CATEGORY_OF = {"Power Wheelchair": "Power Wheelchairs", "Power Base": "Power Bases", "Scooter 4-Wheel": "Scooters",
               "Scooter 3-Wheel": "Scooters", "Rollator Walker": "Walkers", "Seating System": "Seating", "Cushion": "Seating Cushions"}
# what a visit is billed as: one service product per policy category (app/reminders/policies.toml), Ontario prices in CAD
SERVICES = [
    ("Power wheelchair annual maintenance", "SRV-PWC", 189.0, "Battery load test, motors, brakes, joystick and electronics, tires and casters."),
    ("Power base semi-annual maintenance", "SRV-PB", 129.0, "Power base drive train, actuators, wiring and battery check."),
    ("Scooter annual maintenance", "SRV-SC", 149.0, "Battery load test, brakes, steering, tires and lights."),
    ("Seating system inspection", "SRV-ST", 95.0, "Tilt and recline, cushion, positioning hardware and upholstery check."),
    ("Walker tune-up", "SRV-WK", 49.0, "Brakes, wheels, frame, seat and folding mechanism."),
    ("Mobility equipment service visit", "SRV-VISIT", 119.0, "Inspection and adjustment of the equipment serviced."),
]
HST_ONTARIO = 13.0
TECHNICIANS = [("Marc Tremblay", "marc"), ("Priya Sharma", "priya"), ("Daniel Okafor", "daniel"), ("Sophie Gagnon", "sophie")]


def _phone(rng: random.Random, area: str) -> str:
    return f"+1 {area}-{rng.randint(720, 989)}-{rng.randint(1000, 9999)}"


def _utc(day: date, hour: float) -> str:
    local = datetime.combine(day, time(int(hour), int(round(hour % 1 * 60))), tzinfo=TORONTO)
    return local.astimezone(timezone.utc).strftime(DATETIME)


def _months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, 28))


def seed(env: Env, today: date) -> None:
    rng = random.Random(19)
    for model in env.models:
        env.create("ir.model", {"model": model, "name": DESCRIPTIONS[model]})
    groups = _seed_groups(env)
    managers = [(6, 0, [groups[xmlid] for xmlid in ADMIN_GROUPS])]
    bot = env.create("res.users", {"login": "__system__", "name": "OdooBot", "active": False, "group_ids": managers})
    admin = env.create("res.users", {"login": "admin", "name": "Mitchell Admin", "tz": "America/Toronto", "lang": "en_US", "group_ids": managers})
    if (bot, admin) != (1, 2):  # uid 2 is the admin in every Odoo database
        raise RuntimeError(f"the seed expects an empty database: OdooBot and admin got ids {bot} and {admin}")
    env.add_credential(admin, "password", "admin")
    env.add_credential(admin, "apikey", ADMIN_API_KEY)
    coordinator = env.create("res.users", {"login": "coordinator", "name": "Karen Lewis", "tz": "America/Toronto", "lang": "en_US"})
    env.add_credential(coordinator, "password", "coordinator")
    [staff] = env.search_read("res.users", [("id", "=", coordinator)], ["partner_id"])
    env.write("res.partner", [staff["partner_id"][0]], {"phone": "+1 416-555-0142"})  # the phone RingOut rings first
    for name, xmlid, category in (("To-Do", "mail_activity_data_todo", "default"), ("Call", "mail_activity_data_call", "phonecall"),
                                  ("Email", "mail_activity_data_email", "default"), ("Meeting", "mail_activity_data_meeting", "meeting")):
        kind = env.create("mail.activity.type", {"name": name, "category": category})
        env.create("ir.model.data", {"module": "mail", "name": xmlid, "model": "mail.activity.type", "res_id": kind})
    for name, xmlid, internal in (("Discussions", "mt_comment", False), ("Note", "mt_note", True), ("Activities", "mt_activities", False)):
        subtype = env.create("mail.message.subtype", {"name": name, "internal": internal})
        env.create("ir.model.data", {"module": "mail", "name": xmlid, "model": "mail.message.subtype", "res_id": subtype})

    calendar = env.create("resource.calendar", {"name": "Standard 40 hours/week", "tz": "America/Toronto", "attendance_ids": [
        (0, 0, {"name": f"{day} {period}", "dayofweek": str(index), "hour_from": start, "hour_to": end, "day_period": period})
        for index, day in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        for period, start, end in (("morning", 8.0, 12.0), ("lunch", 12.0, 13.0), ("afternoon", 13.0, 17.0))
    ]})
    technicians = []
    for name, login in TECHNICIANS:
        partner = env.create("res.partner", {"name": name, "email": f"{login}@fusionmobility.example", "phone": _phone(rng, "416"), "tz": "America/Toronto"})
        user = env.create("res.users", {"login": login, "partner_id": partner, "tz": "America/Toronto", "lang": "en_US"})
        env.add_credential(user, "password", login)
        resource = env.create("resource.resource", {"name": name, "user_id": user, "calendar_id": calendar, "tz": "America/Toronto", "resource_type": "user"})
        technicians.append((user, partner))
        if login == "priya":  # a few days off next week
            off = today + timedelta(days=7 - today.weekday() + 2)
            env.create("resource.calendar.leaves", {"name": "Vacation", "resource_id": resource, "calendar_id": calendar,
                                                     "date_from": _utc(off, 0), "date_to": _utc(off + timedelta(days=2), 0)})
    for holiday in (date(today.year, 12, 25), date(today.year, 12, 26), date(today.year + 1, 1, 1)):
        if today <= holiday <= today + timedelta(days=60):
            env.create("resource.calendar.leaves", {"name": "Public holiday", "calendar_id": calendar, "date_from": _utc(holiday, 0),
                                                     "date_to": _utc(holiday, 23 + 59 / 60)})  # Odoo refuses holidays that touch
    appointment_type = env.create("appointment.type", {
        "name": "Equipment maintenance visit", "appointment_duration": 1.0, "appointment_tz": "America/Toronto",
        "staff_user_ids": [(6, 0, [u for u, _ in technicians])], "min_schedule_hours": 24.0, "max_schedule_days": 60,
        "schedule_based_on": "users", "work_hours_activated": True,
        "slot_ids": [(0, 0, {"weekday": str(d), "start_hour": 8.0, "end_hour": 17.0, "slot_type": "recurring"}) for d in range(1, 6)],
    }) if "appointment.type" in env.models else None

    goods = env.create("product.category", {"name": "Goods"})
    categories = {name: env.create("product.category", {"name": name, "parent_id": goods}) for name in sorted(set(CATEGORY_OF.values()))}
    products = [
        (env.create("product.product", {"name": n, "default_code": c, "list_price": p, "categ_id": categories[CATEGORY_OF[t]], "type": "consu"}), n, t, i)
        for n, c, t, i, p in PRODUCTS
    ]

    clients = []
    names = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(34)]
    for index, (first, last) in enumerate(FRENCH + names):
        french = index < len(FRENCH)
        city, area = ("Ottawa", "613") if french else rng.choice(CITIES)
        values = {"name": f"{first} {last}", "city": city, "lang": "fr_CA" if french else "en_CA", "tz": "America/Toronto",
                  "street": f"{rng.randint(10, 999)} {rng.choice(['King', 'Queen', 'Bank', 'Main', 'Elm', 'Maple'])} St"}
        if index % 13 == 5:  # a few clients have no phone, only an email
            values["email"] = f"{first.lower()}.{last.lower().replace(chr(39), '')}@example.ca"
        elif index % 11 == 7:  # landline only: Odoo 19 keeps one phone field, the note tells staff
            values["phone"] = _phone(rng, area)
            values["comment"] = "<p>Landline only: prefers a phone call.</p>"
        else:
            values["phone"] = _phone(rng, area)
            if rng.random() < 0.4:
                values["email"] = f"{first.lower()}.{last.lower().replace(chr(39), '')}@example.ca"
        clients.append(env.create("res.partner", values))

    for number in range(80):
        partner = clients[number % len(clients)] if number < len(clients) else rng.choice(clients)
        product, product_name, device_type, interval = rng.choice(products)
        due = today + timedelta(days=rng.randint(-10, 60) if number % 16 else rng.randint(-20, -1))
        env.create("fusion.repair.maintenance.contract", {
            "name": f"MC/{today.year}/{number + 1:04d}", "partner_id": partner, "product_id": product,
            "serial_number": f"{product_name.split()[0][:3].upper()}{rng.randint(100000, 999999)}", "device_type": device_type,
            "interval_months": interval, "last_service_date": _months_before(due, interval).isoformat(), "next_due_date": due.isoformat(),
            "state": "expired" if number % 37 == 36 else "active",
        })

    cad = env.create("res.currency", {"name": "CAD", "symbol": "$"})
    env.create("ir.sequence", {"name": "Sales Order", "code": "sale.order", "prefix": "S", "padding": 5})  # the sale module's own
    _seed_sales(env, rng, today, clients, products, cad)
    _seed_deliveries(env, rng, today, clients, products)

    for offset in range(0, 15):
        day = today + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for user, partner in technicians:
            for hour in sorted(rng.sample([8.0, 9.0, 10.0, 11.0, 13.0, 14.0, 15.0, 16.0], rng.randint(2, 3))):
                client = rng.choice(clients)
                env.create("calendar.event", {
                    "name": "Service call", "start": _utc(day, hour), "stop": _utc(day, hour + 1), "user_id": user,
                    "partner_ids": [(6, 0, [partner, client])], "show_as": "busy",
                }, context={"no_mail_to_attendees": True})
    hst = env.create("account.tax", {"name": "HST 13%", "amount": HST_ONTARIO, "amount_type": "percent", "type_tax_use": "sale"})
    services = env.create("product.category", {"name": "Services"})
    for name, code, price, description in SERVICES:
        env.create("product.product", {"name": name, "default_code": code, "list_price": price, "type": "service", "categ_id": services,
                                       "description_sale": description, "taxes_id": [(6, 0, [hst])]})
    _seed_past_visits(env, today, appointment_type, technicians[2])
    # the dealer itself, last so every other record keeps its id
    env.create("res.company", {"name": "Fusion Mobility", "currency_id": cad,
                               "partner_id": env.create("res.partner", {"name": "Fusion Mobility", "email": "service@fusionmobility.example"})})
    integration = env.create("res.users", {
        "login": BOT_LOGIN, "name": "Fusion Assistant", "tz": "America/Toronto", "lang": "en_US",
        "group_ids": [(6, 0, [groups[xmlid] for xmlid in BOT_GROUPS])],
    })
    env.add_credential(integration, "password", BOT_PASSWORD)
    env.add_credential(integration, "apikey", BOT_API_KEY)


def _seed_groups(env: Env) -> dict[str, int]:
    """Odoo 19's groups the sandbox's access rules name, with their privileges, external ids and implications; their
    ids by external id."""
    privileges: dict[str, int] = {}
    ids: dict[str, int] = {}
    for group in GROUPS:
        if group.privilege and group.privilege not in privileges:
            privileges[group.privilege] = env.create("res.groups.privilege", {"name": group.privilege})
        ids[group.xmlid] = env.create("res.groups", {"name": group.name, "privilege_id": privileges.get(group.privilege or "", False)})
        module, _, name = group.xmlid.partition(".")
        env.create("ir.model.data", {"module": module, "name": name, "model": "res.groups", "res_id": ids[group.xmlid], "noupdate": True})
    for group in GROUPS:
        if group.implied:
            env.write("res.groups", [ids[group.xmlid]], {"implied_ids": [(6, 0, [ids[xmlid] for xmlid in group.implied])]})
    return ids


PARTS = [("Group 24 AGM Battery", "PT-BAT24", "Battery", 289.0), ("VR2 Joystick Module", "PT-VR2", "Joystick", 640.0)]


def _seed_sales(env: Env, rng: random.Random, today: date, clients: list[int], products: list[tuple[int, str, str, int]], currency: int) -> None:
    """Sold units as the dealer's claims module keeps them: ADP-approved sale lines with serials, plus parts."""
    parts = [(env.create("product.product", {"name": n, "default_code": c, "list_price": p, "type": "consu"}), n, t) for n, c, t, p in PARTS]
    for number, partner in enumerate(clients[:30]):
        delivered = today - timedelta(days=rng.randint(120, 1200))
        order = env.create("sale.order", {  # named S00001... by the sequence
            "partner_id": partner, "state": "sale", "date_order": f"{delivered - timedelta(days=30)} 15:00:00", "currency_id": currency,
            "x_fc_adp_delivery_date": delivered.isoformat() if number % 7 else False,
            "x_fc_service_start_date": (delivered + timedelta(days=3)).isoformat(),
        })
        product, name, device_type, _ = rng.choice(products)
        env.create("sale.order.line", {
            "order_id": order, "product_id": product, "name": name, "price_unit": 0.0,
            "x_fc_serial_number": f"{name.split()[0][:3].upper()}{rng.randint(100000, 999999)}", "x_fc_adp_device_type": device_type,
            "x_fc_adp_approved": number % 9 != 4,  # a few claims not (yet) approved
        })
        part, part_name, part_type = rng.choice(parts)
        env.create("sale.order.line", {
            "order_id": order, "product_id": part, "name": part_name, "x_fc_adp_device_type": part_type, "x_fc_adp_approved": True,
            "x_fc_serial_number": f"P{rng.randint(10000, 99999)}",
        })


def _seed_deliveries(env: Env, rng: random.Random, today: date, clients: list[int], products: list[tuple[int, str, str, int]]) -> None:
    """Serial numbers received, then delivered to customers by done outgoing transfers, as standard Odoo inventory
    keeps them (for dealers without the modules); Odoo computes each lot's customers from those transfers."""
    stock = env.create("stock.location", {"name": "WH/Stock", "usage": "internal"})
    customers = env.create("stock.location", {"name": "Partners/Customers", "usage": "customer"})
    moves = itertools.count(1)

    def move(lot: int, product: int, partner: int | None, day: date, code: str) -> None:
        number = next(moves)
        done = f"{day} {'14:00:00' if code == 'incoming' else '15:30:00'}"
        picking = env.create("stock.picking", {
            "name": f"WH/{'IN' if code == 'incoming' else 'OUT'}/{number:05d}", "partner_id": partner or False, "date_done": done,
            "state": "done", "picking_type_code": code,
        })
        source, destination = (customers, stock) if code == "incoming" else (stock, customers)
        env.create("stock.move.line", {"lot_id": lot, "product_id": product, "picking_id": picking, "location_id": source,
                                       "location_dest_id": destination, "date": done, "state": "done"})

    for number, partner in enumerate(clients[:25]):
        product, name, _, _ = rng.choice(products)
        received = today - timedelta(days=rng.randint(400, 900))
        delivered = today - timedelta(days=rng.randint(30, 380))
        lot = env.create("stock.lot", {"name": f"LOT-{name.split()[0][:3].upper()}{rng.randint(10000, 99999)}", "product_id": product})
        if number == 0:  # sold before to another client, returned, and sold again: both customers, the newest first
            first_sale = delivered - timedelta(days=200)
            move(lot, product, None, min(received, first_sale - timedelta(days=30)), "incoming")
            move(lot, product, clients[-1], first_sale, "outgoing")
            move(lot, product, clients[-1], delivered - timedelta(days=100), "incoming")
        else:
            move(lot, product, None, received, "incoming")
        move(lot, product, partner, delivered, "outgoing")


def _seed_past_visits(env: Env, today: date, appointment_type: int | None, technician: tuple[int, int]) -> None:
    """Two maintenance visits that already happened, booked on units under contract: one the technician checked in
    last week (the contract not updated since, as often), one the client missed three weeks ago (older than a scan
    follows up, so the demo's first scan stays reminders only; tests make their own recent ones)."""
    contract_model = env.search_read("ir.model", [("model", "=", "fusion.repair.maintenance.contract")], ["id"])[0]["id"]
    due = env.search_read("fusion.repair.maintenance.contract", [
        ("state", "=", "active"), ("next_due_date", "<=", (today + timedelta(days=7)).isoformat()), ("partner_id.phone", "!=", False),
    ], ["partner_id"], order="id desc")
    chosen: list[dict] = []
    for contract in due:
        if contract["partner_id"][0] not in {c["partner_id"][0] for c in chosen}:
            chosen.append(contract)
    user, technician_partner = technician
    for contract, days_ago, status in zip(chosen, (7, 21), ("attended", "no_show")):
        day = today - timedelta(days=days_ago)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        env.create("calendar.event", {
            "name": f"Maintenance visit - {contract['partner_id'][1]}", "start": _utc(day, 10.0), "stop": _utc(day, 11.0), "user_id": user,
            "partner_ids": [(6, 0, [technician_partner, contract["partner_id"][0]])], "show_as": "busy",
            "res_model_id": contract_model, "res_id": contract["id"],
            **({"appointment_type_id": appointment_type, "appointment_status": status} if appointment_type else {}),
        }, context={"no_mail_to_attendees": True})
