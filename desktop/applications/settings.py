"""The desk's settings of this device, kept with Qt's settings: after how many days
without progress an open application counts as stalled (7 unless set)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

KEY = "applications/stall_days"
DEFAULT = 7
LIMITS = (1, 365)


def stall_days(settings: QSettings | None = None) -> int:
    """Days without progress before an open application is stalled (7 if unset or odd)."""
    value = (settings or QSettings()).value(KEY, DEFAULT)
    try:
        days = int(str(value))
    except ValueError:
        return DEFAULT
    return days if LIMITS[0] <= days <= LIMITS[1] else DEFAULT


def set_stall_days(days: int, settings: QSettings | None = None) -> None:
    if not LIMITS[0] <= days <= LIMITS[1]:
        raise ValueError(f"stalled after {LIMITS[0]} to {LIMITS[1]} days, not {days}")
    store = settings or QSettings()
    store.setValue(KEY, days)
    store.sync()
