"""Imports every command module so that each registers its handlers."""

from sync.commands import (  # noqa: F401
    application_checks,
    application_files,
    application_signing,
    applications,
    carts,
    catalogue,
    contact,
    customers,
    notes,
    order_changes,
    orders,
    returns,
    sales,
    staff,
)
