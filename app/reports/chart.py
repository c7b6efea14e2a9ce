"""The funnel as pictures, drawn on the server as SVG by pygal (pure Python, no browser code): units per due month at
each stage, and the quotations' value per month by category."""
from __future__ import annotations

from typing import Any

import pygal
from pygal.style import Style

from app.reports.funnel import FunnelRow, total

STAGES = {"due": "Due", "reminded": "Reminded", "booked": "Booked", "attended": "Attended"}
STYLE = Style(
    background="white", plot_background="white", foreground="#1d2430", foreground_strong="#1d2430", foreground_subtle="#667085",
    colors=("#98a2b3", "#1f5fbf", "#067647", "#b54708", "#7a5af8", "#b42318", "#0e9384"),
    font_family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
)


def _without_scripts(root: Any) -> Any:
    """pygal embeds a script for its tooltips; the inbox shows a static picture and runs no chart code."""
    for parent in list(root.iter()):
        for child in list(parent):
            if str(child.tag).rsplit("}", 1)[-1] == "script":
                parent.remove(child)
    return root


def _chart(kind: type[pygal.graph.graph.Graph], title: str, months: list[str], **options: Any) -> Any:
    chart = kind(
        title=title, style=STYLE, height=320, width=800, legend_at_bottom=True, disable_xml_declaration=True, js=[],
        print_values=True, print_zeroes=False, **options,
    )
    chart.add_xml_filter(_without_scripts)
    chart.x_labels = months
    return chart


def stages_svg(rows: list[FunnelRow]) -> str:
    """Units due, reminded, booked and attended, side by side for each due month (each stage a subset of the one before)."""
    months = sorted({row.month for row in rows})
    chart = _chart(pygal.Bar, "Units by due month", months)
    per_month = [total([row for row in rows if row.month == month], month) for month in months]
    for field, label in STAGES.items():
        chart.add(label, [getattr(row, field) for row in per_month])
    return chart.render(is_unicode=True)


def quoted_svg(rows: list[FunnelRow], currency: str) -> str:
    """The quotations' value for each due month, stacked by category."""
    months = sorted({row.month for row in rows})
    chart = _chart(pygal.StackedBar, f"Quotations ({currency}) by due month", months, value_formatter=lambda v: f"{v:,.0f}")
    for category in sorted({row.category for row in rows if row.quoted}):
        value = {row.month: row.quoted for row in rows if row.category == category}
        chart.add(category, [value.get(month) or None for month in months])
    return chart.render(is_unicode=True)
