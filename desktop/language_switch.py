"""Each person works in their own language, switched without a restart.

At sign-in the screens take the person's language (their choice, kept centrally so it
follows them to every till), else the device's (`desktop.services.language`). A person
picks another from the window's language box; the choice is saved as their own change
(`staff.set_language`) and synced. Signing out puts the device's language back for the
sign-in screen. Screens take their texts when they are built, so a switch builds the
main window again, in the same place and size, and shows the person's first work area.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.services import language
from desktop.services.ops import ChangeOp, QueryOp
from desktop.services.place import place_country
from sync.client.engine import EngineStatus
from sync.client.staff import Staff

if TYPE_CHECKING:
    from desktop.app import Desktop
    from desktop.ui.main_window import MainWindow


class LanguageSwitch(QObject):
    """Puts the right language on screen for whoever uses the desktop's window."""

    def __init__(self, desktop: Desktop) -> None:
        super().__init__()
        self._desktop = desktop
        self.country: str | None = None
        self._read_after_sync = True
        self._stopped = False
        self._hook(desktop.window)
        desktop.sync.status_changed.connect(self._synced)
        self._read_country()

    def _hook(self, window: MainWindow) -> None:
        window.before_enter = self._entering
        window.language_chosen.connect(self._chosen)
        window.left.connect(self._left)

    def _synced(self, status: EngineStatus) -> None:
        """A fresh device learns its store, and so its country, with its first sync."""
        if self.country is None and status.last_sync_at is not None and self._read_after_sync:
            self._read_after_sync = False
            self._read_country()

    def _read_country(self) -> None:
        profile = self._desktop.profile
        QueryOp(
            parent=self._desktop.window, op=lambda: place_country(profile), success=self._country
        ).start()

    def _country(self, country: str | None) -> None:
        self.country = country
        window = self._desktop.window
        # Nobody signed in and no sign-in on its way: the device's language now (a sign-in
        # on its way takes the person's language when it is through).
        if window.staff is None and window.sign_in.button.isEnabled():
            self._switch(language.device_language(country), None)

    def _entering(self, staff: Staff) -> bool:
        """Before the window shows `staff`'s work: True if it was built again for them."""
        return self._switch(language.for_person(staff.language, self.country), staff)

    def _left(self) -> None:
        self._switch(language.device_language(self.country), None)

    def _chosen(self, chosen: str) -> None:
        window = self._desktop.window
        staff = window.staff
        if staff is None or chosen == language.current():
            return
        workspace = self._desktop.workspace
        ChangeOp(
            parent=window,
            op=lambda: workspace.apply("staff.set_language", {"language": chosen}),
            success=lambda _: self._saved(chosen, staff),
        ).failure(lambda _: window.languages.show_current()).start()

    def _saved(self, chosen: str, staff: Staff) -> None:
        now = self._desktop.window.staff
        if now is None or now.id != staff.id:  # they locked or left meanwhile: kept for later
            return
        self._switch(chosen, dataclasses.replace(now, language=chosen))

    def stop(self) -> None:
        """The desktop is closing: an answer still on its way changes nothing."""
        self._stopped = True
        self._desktop.sync.status_changed.disconnect(self._synced)

    def _switch(self, wanted: str, staff: Staff | None) -> bool:
        if self._stopped or not language.use(wanted):
            return False
        desktop = self._desktop
        old = desktop.window
        window = desktop.build_window()
        window.setGeometry(old.geometry())
        window.set_place(desktop.place)
        window.place_lookup = old.place_lookup
        desktop.window = window
        desktop.wipe_on_order.setParent(window)
        self._hook(window)
        if staff is None:  # the sign-in screen: the login typed stays
            window.sign_in.login.setText(old.sign_in.login.text())
        if old.isVisible():
            window.setWindowState(old.windowState())
            window.show()
        old.hide()
        old.deleteLater()
        if staff is not None:
            window.enter(staff)
        return True
