"""What happens at the prices page: reading the price lists staff may change, finding
products, showing the price in force, setting a new one — and reading again what a sync
changed, keeping the product and list chosen and the amount being typed.

Reads run as query ops, each showing only its latest answer; the new price is a change
op. A read that fails says so in the page's status line.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.prices import queries
from desktop.prices.queries import ListChoice
from desktop.services.ops import ChangeOp, QueryOp, drop_answers
from desktop.services.workspace import Workspace
from desktop.shared.amounts import AmountProblem, parse_money
from desktop.shared.errors import explain
from desktop.shared.formatting import money
from desktop.shared.i18n import tr
from desktop.shared.products import ProductChoice, find_products
from sync.client.local import LocalResult
from sync.client.touched import Touched

if TYPE_CHECKING:
    from desktop.prices.page import PricesPage

AMOUNT = re.compile(r"^\d{1,10}(\.\d{1,2})?$")
# What each read depends on (slots of the latest answer shown, too).
LISTS, PRODUCTS, PRICE = "lists", "products", "price"
READS: dict[str, tuple[str, ...]] = {
    LISTS: ("price_lists", "staff_users", "stores"),
    PRODUCTS: ("products", "barcodes"),
    PRICE: ("prices",),
}


def parse_amount(text: str) -> Decimal | None:
    """The amount typed as the locale writes it ("1299", "1 299,90"), or None if it is not
    one (negative, or more than ten digits before the decimals)."""
    try:
        amount = parse_money(text)
    except AmountProblem:
        return None
    return amount if AMOUNT.match(f"{amount:f}") else None


class PricesController(QObject):
    """Reacts to what staff ask for on `view` and to the replica changing."""

    def __init__(self, workspace: Workspace, view: PricesPage) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self._lists: dict[uuid.UUID, ListChoice] = {}
        self._setting = False  # a new price is being recorded
        view.search_requested.connect(self.find)
        view.choice_changed.connect(self.show_price)
        view.amount_edited.connect(self._update)
        view.submit_requested.connect(self.submit)

    # -- reading ------------------------------------------------------------------------

    def read_lists(self) -> None:
        staff = self.workspace.staff
        if staff is None:
            return
        workspace = self.workspace

        def load() -> list[ListChoice]:
            with workspace.read() as session:
                return queries.lists_to_change(session, staff.id)

        QueryOp(parent=self, op=load, success=self._lists_ready).failure(self._failed).latest_only(
            LISTS
        ).start()

    def _lists_ready(self, lists: list[ListChoice]) -> None:
        self._lists = {choice.id: choice for choice in lists}
        self.view.show_lists(
            [
                (
                    tr("{code} — {name} ({currency}, {where})").format(
                        code=choice.code,
                        name=choice.name,
                        currency=choice.currency,
                        where=choice.country or tr("whole company"),
                    ),
                    choice.id,
                )
                for choice in lists
            ]
        )
        if not lists:
            self.view.show_status(tr("You are not responsible for any price list."))
        self.show_price()
        self.view.lists_loaded.emit()

    def find(self, text: str, keep: uuid.UUID | None = None) -> None:
        """Products matching `text`; `keep` stays chosen if found again."""
        workspace = self.workspace

        def search() -> list[ProductChoice]:
            if not text:
                return []
            with workspace.read() as session:
                return find_products(session, text)

        QueryOp(parent=self, op=search, success=lambda hits: self._found(hits, keep)).failure(
            self._failed
        ).latest_only(PRODUCTS).start()

    def _found(self, hits: list[ProductChoice], keep: uuid.UUID | None) -> None:
        self.view.show_products([(f"{hit.sku} — {hit.name}", hit.product_id) for hit in hits], keep)
        self.show_price()
        self.view.products_found.emit()

    def _chosen_list(self) -> ListChoice | None:
        list_id = self.view.list_id()
        return self._lists.get(list_id) if list_id is not None else None

    def show_price(self) -> None:
        """The chosen product's price in the chosen list now (read in the background)."""
        product_id, choice = self.view.product_id(), self._chosen_list()
        workspace = self.workspace
        self._update()
        if product_id is None or choice is None:
            drop_answers(self, PRICE)  # an older price must not come back over this
            self.view.show_price("")
            return

        def read() -> Decimal | None:
            with workspace.read() as session:
                return queries.price_in_force(session, choice.id, product_id, datetime.now(UTC))

        QueryOp(
            parent=self, op=read, success=lambda amount: self._price_ready(choice, amount)
        ).failure(self._failed).latest_only(PRICE).start()

    def _price_ready(self, choice: ListChoice, amount: Decimal | None) -> None:
        self.view.show_price(tr("no price") if amount is None else money(amount, choice.currency))
        self.view.price_shown.emit()

    def replica_changed(self, touched: Touched) -> None:
        """Read again only what `touched` concerns; the amount typed is left alone."""
        if touched.concerns(*READS[LISTS]):
            self.read_lists()  # then the price, for the list still chosen
        elif touched.concerns(*READS[PRICE]):
            self.show_price()
        if touched.concerns(*READS[PRODUCTS]) and self.view.search_text():
            self.find(self.view.search_text(), keep=self.view.product_id())

    # -- changing -----------------------------------------------------------------------

    def _update(self) -> None:
        self.view.set_can_submit(
            not self._setting
            and self.view.product_id() is not None
            and self._chosen_list() is not None
            and parse_amount(self.view.amount_text()) is not None
        )

    def submit(self) -> None:
        product_id, choice = self.view.product_id(), self._chosen_list()
        amount = parse_amount(self.view.amount_text())
        if self._setting:
            return
        if product_id is None or choice is None or amount is None:
            self.view.show_status(
                tr("Choose a product and a price list, and type the new price (e.g. 1299.00).")
            )
            return
        args: dict[str, Any] = {
            "price_id": str(uuid.uuid4()),
            "price_list_id": str(choice.id),
            "product_id": str(product_id),
            "amount": f"{amount:.2f}",
            "valid_from": self.view.starts().isoformat(),
        }
        workspace = self.workspace
        self._setting = True
        self._update()

        def set_price() -> LocalResult:
            return workspace.apply("price.set", args)

        ChangeOp(
            parent=self,
            op=set_price,
            success=lambda result: self._done(choice, amount, result.result),
        ).failure(self._refused).start()

    def _done(self, choice: ListChoice, amount: Decimal, result: dict[str, Any]) -> None:
        self._setting = False
        self.view.show_status(
            tr(
                "{amount} set in {code}. Every till and the web shop charge it from "
                "its start, after the next sync."
            ).format(amount=money(amount, choice.currency), code=choice.code)
        )
        self.view.clear_amount()
        self.show_price()
        self.view.price_set.emit(str(result.get("price_id", "")))

    def _refused(self, error: BaseException) -> None:
        self._setting = False
        message = explain(error)
        self.view.show_status(message)
        self._update()
        self.view.refused.emit(message)

    def _failed(self, error: BaseException) -> None:
        self.view.show_status(explain(error))
