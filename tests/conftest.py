"""Fixtures shared by the tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from realtime_sessions_emulator import Emulator, FaultPlan


@pytest.fixture(scope="session")
def emulator_server() -> Iterator[Emulator]:
    """One emulator for the whole run (127.0.0.1, a free port); starting one per test is waste."""
    with Emulator(faults=FaultPlan()) as emulator:
        yield emulator


@pytest.fixture
def emulator(emulator_server: Emulator) -> Iterator[Emulator]:
    """The shared local emulator, without faults when the test starts and after it ends."""
    emulator_server.faults = FaultPlan()
    yield emulator_server
    emulator_server.faults = FaultPlan()
