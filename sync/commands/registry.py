"""Imports every command module so that each registers its handlers."""

from sync.commands import (  # noqa: F401
    applications,
    carts,
    catalogue,
    customers,
    notes,
    orders,
    returns,
    sales,
)
