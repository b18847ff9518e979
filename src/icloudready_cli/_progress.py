"""A progress bar on stderr whose ETA knows the client's pacing, not only the recent rate."""

from __future__ import annotations

import math
import time
from types import TracebackType
from typing import Self

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
)
from rich.text import Text


def pacing_floor(
    requests_left: float, requests_done: int, per_minute: int | None, per_hour: int | None
) -> float:
    """The least time ``requests_left`` more requests take under the client's limits.

    Sustained, a sliding window lets ``per_minute`` through per minute, and once the hour's
    budget is spent only ``per_hour`` per hour: 100,000 records at 100 a page are 1,000
    requests, fine per hour, while 1,000,000 records would take over two hours.
    """
    if requests_left <= 0:
        return 0.0
    per_request = 60.0 / per_minute if per_minute else 0.0
    if per_hour and requests_done + requests_left > per_hour:
        per_request = max(per_request, 3600.0 / per_hour)
    # The minute window starts empty: its first `per_minute` requests go at once.
    paced = max(0.0, requests_left - max(0, (per_minute or 0) - requests_done))
    return paced * per_request


class _Eta(ProgressColumn):
    def render(self, task: Task) -> Text:
        eta = task.fields.get("eta")
        if eta is None or task.finished:
            return Text("")
        minutes, seconds = divmod(math.ceil(eta), 60)
        hours, minutes = divmod(minutes, 60)
        label = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
        return Text(f"ETA {label}", style="progress.remaining")


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f}/s" if speed else "", style="progress.data.speed")


class Bar:
    """``with Bar(...) as bar: bar.update(done, total, requests_left)``."""

    def __init__(
        self,
        description: str,
        *,
        console: Console,
        per_minute: int | None,
        per_hour: int | None,
        enabled: bool = True,
    ) -> None:
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _Rate(),
            _Eta(),
            console=console,
            disable=not enabled,
            refresh_per_second=4,
        )
        self._task = self._progress.add_task(description, total=None, eta=None)
        self._per_minute = per_minute
        self._per_hour = per_hour
        self._started = time.monotonic()
        self._requests = 0
        self._last = 0.0

    def __enter__(self) -> Self:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def request_done(self) -> None:
        self._requests += 1

    def update(
        self, done: int, total: int | None, requests_left: float, requests_done: int | None = None
    ) -> None:
        if requests_done is not None:
            self._requests = requests_done
        now = time.monotonic()
        if now - self._last < 0.1 and (total is None or done < total):
            return  # updating Rich per record would cost more than the work
        self._last = now
        elapsed = now - self._started
        observed = elapsed / self._requests * requests_left if self._requests else 0.0
        floor = pacing_floor(requests_left, self._requests, self._per_minute, self._per_hour)
        self._progress.update(self._task, completed=done, total=total, eta=max(observed, floor))

    def finish(self, done: int) -> None:
        self._progress.update(self._task, completed=done, total=done, eta=None)
