"""The width of this till's receipt roll, a setting of the device kept with Qt's settings
(80 mm unless set to 58 mm): read each time a receipt is printed, saved or previewed."""

from __future__ import annotations

from PySide6.QtCore import QSettings

KEY = "receipt/roll_width_mm"
WIDTHS = (80, 58)  # millimetres
DEFAULT = 80


def roll_width(settings: QSettings | None = None) -> int:
    """The roll's width in millimetres (80 if unset or not a width a till prints on)."""
    value = (settings or QSettings()).value(KEY, DEFAULT)
    try:
        width = int(str(value))
    except ValueError:
        return DEFAULT
    return width if width in WIDTHS else DEFAULT


def set_roll_width(width: int, settings: QSettings | None = None) -> None:
    if width not in WIDTHS:
        raise ValueError(f"a roll is {' or '.join(map(str, WIDTHS))} mm wide, not {width}")
    store = settings or QSettings()
    store.setValue(KEY, width)
    store.sync()
