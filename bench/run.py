"""Benchmarks, one command: `.venv/bin/python -m bench.run`. Prints figures and ratios measured in one run.

The machine is small and noisy, so each figure is a median over repeats and compared only with figures
from the same run.
"""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from app.odoo.availability import AppointmentRules, Technician, candidate_slots, free_slots, pick_spread

TZ = ZoneInfo("America/Toronto")
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)


def timed(label: str, fn: Callable[[], object], repeats: int = 30) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    median = statistics.median(samples)
    p95 = sorted(samples)[int(0.95 * (len(samples) - 1))]
    print(f"{label:<58} median {median * 1000:8.3f} ms   p95 {p95 * 1000:8.3f} ms")
    return median


def slot_rules(technicians: int) -> AppointmentRules:
    hours = {d: [(8.0, 12.0), (13.0, 17.0)] for d in range(5)}
    techs = [Technician(i, 100 + i, f"Tech {i}", "America/Toronto", hours) for i in range(technicians)]
    return AppointmentRules(1, timedelta(hours=1), "America/Toronto", timedelta(hours=24), 60, {d: [(8.0, 17.0)] for d in range(5)}, techs)


def busy_for(rules: AppointmentRules, days: int) -> dict[int, list[tuple[datetime, datetime]]]:
    busy: dict[int, list[tuple[datetime, datetime]]] = {}
    for tech in rules.technicians:
        busy[tech.user_id] = [
            (NOW.replace(hour=9) + timedelta(days=d, hours=2 * (tech.user_id % 3)), NOW.replace(hour=10) + timedelta(days=d, hours=2 * (tech.user_id % 3)))
            for d in range(days)
        ]
    return busy


def bench_slots() -> None:
    print("free-slot computation (pure, no Odoo)")
    results = {}
    for technicians, days in ((4, 14), (4, 60), (16, 60)):
        rules = slot_rules(technicians)
        busy = busy_for(rules, days)
        window = [(NOW, NOW + timedelta(days=days))]

        def run() -> None:
            cands = candidate_slots(rules, NOW, NOW, NOW + timedelta(days=days))
            pick_spread(free_slots(cands, busy, window, []), 3, "America/Toronto")

        results[(technicians, days)] = timed(f"  {technicians} technicians, {days} days", run)
    base = results[(4, 14)]
    print(f"  ratio 60 days / 14 days (4 technicians): {results[(4, 60)] / base:.1f}x (the window is 4.3x longer)")
    print(f"  ratio 16 / 4 technicians (60 days): {results[(16, 60)] / results[(4, 60)]:.1f}x")


def main() -> None:
    bench_slots()


if __name__ == "__main__":
    main()
