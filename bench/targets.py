"""Targets and their verdicts: every goal of `make bench` judged from the rounds of one run.

A target holds its samples (one per round, or per run), so the table shows the median and the
min-max over the rounds next to the goal. The verdict is read from the median, so that one round
disturbed by the machine's load neither passes nor fails a target alone; the async rows also
demand a steady spread, as issue 20 asks.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass


def ratio(value: float) -> str:
    return f"{value:.2f}x"


def percent(value: float) -> str:
    return f"{value:.0%}"


def count(value: float) -> str:
    return f"{value:,.0f}"


def seconds(value: float) -> str:
    return f"{value:.2f} s"


def milliseconds(value: float) -> str:
    return f"{value:,.0f} ms"


def megabytes(value: float) -> str:
    return f"{value:.1f} MB"


@dataclass(frozen=True)
class Target:
    name: str
    goal: str
    samples: tuple[float, ...]
    met: bool
    show: Callable[[float], str] = ratio
    detail: str = ""  # what the figures are, e.g. the absolute numbers behind a ratio

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def verdict(self) -> str:
        return "met" if self.met else "not met"

    def cells(self) -> list[str]:
        low, high = min(self.samples), max(self.samples)
        spread = f"{self.show(low)} - {self.show(high)}" if len(self.samples) > 1 else "one run"
        measured = self.show(self.median) + (f" ({self.detail})" if self.detail else "")
        verdict = self.verdict if self.met else f"**{self.verdict}**"
        return [self.name, self.goal, measured, spread, str(len(self.samples)), verdict]


def at_most(
    name: str,
    goal: float,
    samples: Sequence[float],
    show: Callable[[float], str] = ratio,
    detail: str = "",
) -> Target:
    """Met when the median of the rounds is at most `goal`."""
    return Target(
        name, f"<= {show(goal)}", tuple(samples), statistics.median(samples) <= goal, show, detail
    )


def at_least(
    name: str,
    goal: float,
    samples: Sequence[float],
    show: Callable[[float], str] = ratio,
    detail: str = "",
) -> Target:
    """Met when the median of the rounds is at least `goal`."""
    return Target(
        name, f">= {show(goal)}", tuple(samples), statistics.median(samples) >= goal, show, detail
    )


def steady_at_least(
    name: str,
    goal: float,
    spread: float,
    samples: Sequence[float],
    detail: str = "",
    steady: Sequence[float] | None = None,
) -> Target:
    """Met when every round is at least `goal` and `steady` (the samples themselves unless
    given) lies within +-`spread` of its median.

    The async rows give ours' own mints/s as `steady`: their reference, raw httpx on
    httpcore's unfixed pool, swings 71-415/s between rounds at concurrency 64, so a ratio to it
    cannot be steady; ours' own rate is the steadiness a user feels.
    """
    judged = samples if steady is None else steady
    middle = statistics.median(judged)
    within = all(abs(value - middle) <= spread * middle for value in judged)
    whose = "" if steady is None else "ours "
    return Target(
        name,
        f">= {percent(goal)} every round, {whose}within +-{percent(spread)}",
        tuple(samples),
        min(samples) >= goal and within,
        percent,
        detail,
    )


def spread_around_median(values: Sequence[float]) -> str:
    """The lowest and highest value as shares off the median, e.g. `-4% +7% of its median 300`."""
    middle = statistics.median(values)
    low, high = min(values) / middle - 1, max(values) / middle - 1
    return f"{low:+.0%} {high:+.0%} of its median {middle:,.0f}"


def per_round(ours: Sequence[float], reference: Sequence[float]) -> list[float]:
    """`ours` over `reference`, round by round (both measured in the same interleaved round)."""
    return [mine / theirs for mine, theirs in zip(ours, reference, strict=True)]


HEADER = ["target", "goal", "median", "min - max", "rounds", "verdict"]


def table(found: Sequence[Target]) -> str:
    """The targets as a markdown table."""
    align = ["---", "---", "---:", "---:", "---:", "---"]
    rows = [HEADER, align, *(target.cells() for target in found)]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in rows)
