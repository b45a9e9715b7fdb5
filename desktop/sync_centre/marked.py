"""Tables of texts marked for translation where they are written and translated where
they are shown.

`QT_TRANSLATE_NOOP` marks a text for Qt's translation tools and returns it unchanged;
PySide6 types what it returns as `object`. A table built with `marked` is typed as the
text it holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

K = TypeVar("K")


def marked(texts: Mapping[K, object]) -> dict[K, str]:
    """`texts` (values from `QT_TRANSLATE_NOOP`), typed as text."""
    return {key: str(text) for key, text in texts.items()}
