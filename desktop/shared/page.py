"""A work area of the main window (customers, sale, pickup, ...), and what the main
window and its pages say to each other.

The main window knows pages only through this class: their navigation entry, the
tables they show (to refresh them when a sync touches those), where another page asks
to go (`navigate`), a count to show (`badge_changed`), and what the shell offers them
(`attach`). No page imports another.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.services.workspace import Workspace
from sync.client.touched import Touched

if TYPE_CHECKING:
    from sync.client.engine import EngineStatus
    from sync.client.staff import StaffSignIn


@dataclass(frozen=True)
class ShowCustomer:
    """Open the customer's 360."""

    customer_id: uuid.UUID
    page: str = "customers"


@dataclass(frozen=True)
class StartSale:
    """Start a sale (for a customer, or resuming a saved cart)."""

    customer_id: uuid.UUID | None = None
    cart_id: uuid.UUID | None = None
    page: str = "sale"


@dataclass(frozen=True)
class OpenOrder:
    """Open an order on the page that acts on it ("pickup" hands it over, "returns"
    takes it back)."""

    page: str
    order_id: uuid.UUID


@dataclass(frozen=True)
class OpenApplication:
    """Open an application at the applications desk."""

    application_id: uuid.UUID
    page: str = "applications"


Destination = ShowCustomer | StartSale | OpenOrder | OpenApplication


@dataclass(frozen=True)
class Shell:
    """What the main window offers its pages."""

    sync_now: Callable[[], None]  # send and fetch changes now
    sign_in: StaffSignIn  # to have a manager sign for one change


class Page(QWidget):
    """One entry of the main window's navigation.

    Subclasses set `key` (stable id), `icon_name` and give their translated `title()`;
    `roles` lists the staff roles that see the page (None: everyone); `home_for` the roles
    that start on it after signing in (else the first page they may see); `watches` names
    the replica tables whose rows the page shows.
    """

    key: str = ""
    icon_name: str = ""  # a file in resources/icons without ".svg"
    roles: frozenset[str] | None = None
    home_for: frozenset[str] = frozenset()
    watches: frozenset[str] = frozenset()

    navigate = Signal(object)  # a Destination: the main window shows that page
    badge_changed = Signal(int)  # a count staff should notice (0: none)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def title(self) -> str:
        raise NotImplementedError

    def attach(self, shell: Shell) -> None:
        """Called once the main window is built, with what it offers."""

    def activated(self) -> None:
        """The page is shown: refresh what it displays (in the background)."""

    def replica_changed(self, touched: Touched) -> None:
        """A sync changed `touched`, some of it in `watches`, while the page is on screen.
        Refresh what may have changed, keeping the selection and scroll."""
        self.activated()

    def sync_status_changed(self, status: EngineStatus) -> None:
        """The sync engine's state changed (sent to every page)."""

    def open(self, destination: Destination) -> None:
        """Show what another page asked for (only destinations naming this page)."""

    def focus_main(self) -> None:
        """Put the cursor where work on this page starts (its function key)."""

    def signed_out(self) -> None:
        """The person left (lock or sign-out): forget what they had on screen, and drop
        answers still in flight for them."""
