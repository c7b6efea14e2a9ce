"""What Odoo 19's `stock` module computes over the sandbox's records: a serial number's customers."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Records = dict[str, dict[int, dict[str, Any]]]


def lot_customers(records: Records, move_line_ids: Iterable[int]) -> list[int]:
    """`stock.lot.partner_ids`: the partners of the done outgoing transfers among the lot's move lines, the latest
    transfer first and each partner once (a unit sold, returned and sold again lists its current owner first)."""
    lines = [records["stock.move.line"][i] for i in move_line_ids]
    picking_ids = {line["picking_id"] for line in lines if line.get("state") == "done" and line.get("picking_code") == "outgoing"}
    pickings = sorted((records["stock.picking"][i] for i in picking_ids if i), key=lambda p: p.get("date_done") or "", reverse=True)
    return list(dict.fromkeys(p["partner_id"] for p in pickings if p.get("partner_id")))
