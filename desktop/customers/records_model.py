"""Short lists of the 360 (open carts, orders, returns, applications) as table models."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)

from desktop.customers.data import ApplicationSummary, OpenCart, OrderSummary, ReturnSummary
from desktop.shared import labels
from desktop.shared.formatting import local_time, money
from desktop.shared.i18n import tr
from desktop.shared.paged_model import Column
from desktop.shared.records_model import RecordsModel

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


def _cart_total(cart: OpenCart) -> str:
    if cart.total is not None:
        return money(cart.total, cart.currency)
    return tr("not priced") if cart.problem else "—"


def _cart_tip(cart: OpenCart) -> str:
    tip = tr("%n unit(s); last changed {when}", "", cart.units).format(
        when=local_time(cart.updated_at)
    )
    return f"{tip}\n{cart.problem}" if cart.problem else tip


def carts_model(parent: QObject | None = None) -> RecordsModel[OpenCart]:
    return RecordsModel(
        [
            Column(tr("Started in"), lambda c: labels.channel(c.channel), tip=_cart_tip),
            Column(tr("Lines"), lambda c: str(c.lines), align_right=True, tip=_cart_tip),
            Column(tr("Total"), _cart_total, align_right=True, tip=_cart_tip),
        ],
        parent,
    )


def orders_model(parent: QObject | None = None) -> RecordsModel[OrderSummary]:
    return RecordsModel(
        [
            Column(tr("Order"), lambda o: o.number),
            Column(tr("Placed"), lambda o: local_time(o.placed_at)),
            Column(tr("Channel"), lambda o: labels.channel(o.channel)),
            Column(tr("Delivery"), lambda o: labels.status(o.fulfilment)),
            Column(tr("Status"), lambda o: labels.status(o.status)),
            Column(tr("Payment"), lambda o: labels.status(o.payment_state)),
            Column(tr("Total"), lambda o: money(o.total, o.currency), align_right=True),
        ],
        parent,
    )


def returns_model(parent: QObject | None = None) -> RecordsModel[ReturnSummary]:
    return RecordsModel(
        [
            Column(tr("Return"), lambda r: r.number),
            Column(tr("Date"), lambda r: local_time(r.created_at)),
            Column(tr("Order"), lambda r: r.order_number),
            Column(tr("Channel"), lambda r: labels.channel(r.channel)),
            Column(tr("Refund"), lambda r: labels.status(r.refund_method)),
            Column(tr("Amount"), lambda r: money(r.refund_total, r.currency), align_right=True),
        ],
        parent,
    )


def _application_amount(application: ApplicationSummary) -> str:
    if application.amount is None:
        return ""
    return money(application.amount, application.currency or "")


def applications_model(parent: QObject | None = None) -> RecordsModel[ApplicationSummary]:
    return RecordsModel(
        [
            Column(tr("Application"), lambda a: a.number),
            Column(tr("Kind"), lambda a: labels.status(a.kind)),
            Column(tr("Status"), lambda a: labels.status(a.status)),
            Column(tr("Step"), lambda a: a.current_step.replace("_", " ")),
            Column(tr("Channel"), lambda a: labels.channel(a.channel)),
            Column(tr("Amount"), _application_amount, align_right=True),
            Column(tr("Last change"), lambda a: local_time(a.updated_at)),
        ],
        parent,
    )
