"""What opening a device profile is busy with, for a front end to show while it waits.

Opening a profile reads the device's keys from the keyring, checks the replica, may
update it to this version and may rebuild a damaged one; each of these can take a
while. Whoever opens it may pass an `OnStep` callback: it is called (on the opening
thread) with each step as it begins. The codes are plain strings; a front end words them.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class OpeningStep(StrEnum):
    KEYS = "keys"  # reading this device's token and the replica's key from the keyring
    CHECK = "check"  # checking the replica file is sound
    MIGRATE = "migrate"  # updating the replica to this version (encrypting, migrating)
    RECOVER = "recover"  # saving a damaged replica's unsent changes and rebuilding it


OnStep = Callable[[OpeningStep], None]


def quietly(step: OpeningStep) -> None:
    """An `OnStep` that reports nowhere."""
