"""What happens on the timeline tab: the customer's events read page by page, filtered
by channel, a note added (a change op: on the replica at once, queued for the server,
shown on top), and the events read again when a sync touched them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject

from desktop.customers import queries
from desktop.customers.data import TimelineEvent
from desktop.customers.timeline_model import TimelineModel
from desktop.customers.timeline_view import TimelinePanel
from desktop.services.ops import ChangeOp
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.i18n import tr

MAX_NOTE_LENGTH = 4000


class TimelineController(QObject):
    """Drives `view` (the timeline tab) for the customer shown."""

    def __init__(self, workspace: Workspace, view: TimelinePanel) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self.customer_id: uuid.UUID | None = None
        self._saving = False
        self.model = TimelineModel(workspace, self)
        view.set_model(self.model)
        view.channel_changed.connect(self.model.set_channel)
        view.notes.submit_requested.connect(self.add_note)
        self.model.loading_changed.connect(lambda _: self._show_status())
        self.model.answered.connect(lambda _: self._show_status())
        self.model.rowsInserted.connect(lambda *_: self._show_status())
        self.model.failed.connect(view.show_status)
        self._ready()

    def show_customer(self, customer_id: uuid.UUID | None) -> None:
        """The timeline of `customer_id` (None: nothing), with the channel chosen."""
        if customer_id != self.customer_id:
            self.view.notes.start_over()
        self.customer_id = customer_id
        self._ready()
        self.model.show(customer_id, self.view.chosen_channel())

    def refresh(self) -> None:
        """Read the events listed again, keeping the one selected and the scroll."""
        if self.customer_id is not None:
            self.model.refresh()

    def _show_status(self) -> None:
        if self.model.loading:
            text = tr("Loading…")
        elif self.model.rowCount() == 0 and self.model.customer_id is not None:
            text = tr("Nothing on the timeline yet")
        else:
            text = ""
        self.view.show_status(text)

    # -- adding a note --------------------------------------------------------------------

    def _ready(self) -> None:
        self.view.notes.set_ready(self.customer_id is not None and not self._saving)

    def add_note(self) -> None:
        kind, text = self.view.notes.written()
        customer_id = self.customer_id
        if customer_id is None or not text or self._saving:
            return
        if len(text) > MAX_NOTE_LENGTH:
            self.view.notes.show_error(
                tr("A note can be at most %n character(s) long.", "", MAX_NOTE_LENGTH)
            )
            return
        interaction_id, workspace = uuid.uuid4(), self.workspace

        def add() -> TimelineEvent | None:
            workspace.apply(
                "interaction.add",
                {
                    "interaction_id": str(interaction_id),
                    "customer_id": str(customer_id),
                    "kind": kind,
                    "text": text,
                },
            )
            with workspace.read() as session:
                return queries.timeline_event(session, interaction_id)

        self._saving = True
        self._ready()
        self.view.notes.hide_error()
        ChangeOp(
            parent=self, op=add, success=lambda event: self._added(customer_id, event)
        ).failure(self._refused).start()

    def _added(self, customer_id: uuid.UUID, event: TimelineEvent | None) -> None:
        self._saving = False
        if customer_id == self.customer_id:
            self.view.notes.clear_text()
        self._ready()
        if event is not None:
            self.model.add_event(customer_id, event)

    def _refused(self, error: BaseException) -> None:
        self._saving = False
        self._ready()
        self.view.notes.show_error(explain(error))
