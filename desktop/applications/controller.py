"""What happens at the applications desk: the queue read in the background and narrowed
by the filter and the search, one application opened, and the changes staff make to it
(each a shared command in a ChangeOp), then both read again. Only the latest answer of
each read is shown."""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from desktop.applications import actions, queries
from desktop.applications.documents_data import DocumentItem, documents_of
from desktop.applications.documents_panel import DocumentsPanel
from desktop.applications.fields_dialog import ApplicantFieldsDialog
from desktop.applications.filters import application_number_in, select_rows
from desktop.applications.offer_dialog import ChangeOfferDialog
from desktop.applications.reason_dialog import ReasonDialog
from desktop.applications.records import ApplicationDetail, QueueRow
from desktop.applications.settings import stall_days
from desktop.applications.watched import detail_concerned, queue_concerned
from desktop.services.ops import ChangeOp, QueryOp, drop_answers
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.shared.new_application import NewApplication, may_start
from desktop.shared.page import ShowCustomer
from sync.client.touched import Touched
from sync.model.types import utcnow
from sync.rules.credit_products import products_for
from sync.rules.errors import RuleViolation
from sync.rules.offers import Offer, quote

if TYPE_CHECKING:
    from desktop.applications.page import ApplicationsPage

QUEUE, DETAIL, DOCUMENTS = "queue", "detail", "documents"
OPEN_STATUSES = ("draft", "signed", "submitted", "in_review")


def _checks_controller(parent: Any, workspace: Workspace) -> Any:
    """The identity, consents, signing and file dialogs, where this build has them."""
    try:
        module = importlib.import_module("desktop.applications.checks_controller")
    except ImportError:
        return None
    return module.ChecksController(parent, workspace)


class ApplicationsController(QObject):
    """Drives the desk's `view` (the page) from the replica and what staff ask for."""

    detail_shown = Signal(object)  # ApplicationDetail, once on screen
    queue_shown = Signal()

    def __init__(self, workspace: Workspace, view: ApplicationsPage) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self.rows: list[QueueRow] = []
        self.application_id: uuid.UUID | None = None
        self.detail: ApplicationDetail | None = None
        self._reading = 0
        self._changing = 0
        self._dialog: Any = None
        self.checks = _checks_controller(view, workspace)
        self.documents = DocumentsPanel()
        self.documents.setObjectName("applicationDocumentsPanel")
        view.detail.set_documents_panel(self.documents)
        self.documents.attach_requested.connect(self._attach)
        self.documents.check_requested.connect(self._check_file)
        self.documents.view_requested.connect(self._view_file)
        if self.checks is not None:
            self.checks.changed.connect(self.reload)
            self.checks.refused.connect(self.view.detail.show_error)
        queue, detail = view.queue, view.detail
        queue.filter_changed.connect(lambda _f: self._show_queue())
        queue.search_changed.connect(lambda _t: self._show_queue())
        queue.search_entered.connect(self.search_entered)
        queue.open_requested.connect(self.open_application)
        self.new_application = NewApplication(workspace, view)
        self.new_application.started.connect(self._started)
        self.new_application.failed.connect(self.view.detail.show_error)
        queue.new_requested.connect(self.new_application.choose_customer)
        detail.action_requested.connect(self._action)
        detail.change_offer_requested.connect(self.change_offer)
        detail.identity_requested.connect(lambda: self._check("open_identity"))
        detail.consents_requested.connect(lambda: self._check("open_consents"))
        detail.sign_requested.connect(lambda: self._check("open_signing"))
        detail.fields_requested.connect(self.edit_fields)
        detail.customer_requested.connect(self._show_customer)

    # -- reading ------------------------------------------------------------------------

    def activated(self) -> None:
        self.view.queue.new_button.setVisible(may_start(self.workspace))
        self.reload()

    def replica_changed(self, touched: Touched) -> None:
        if queue_concerned(touched):
            self.read_queue()
        if detail_concerned(touched, self.application_id):
            self.read_detail()

    def reload(self) -> None:
        self.read_queue()
        self.read_detail()

    def read_queue(self) -> None:
        workspace, days = self.workspace, stall_days()

        def read() -> list[QueueRow]:
            with workspace.read() as session:
                return queries.load_queue(session, utcnow(), days)

        self._start_read(read, self._queue_read, QUEUE)

    def read_detail(self) -> None:
        application_id = self.application_id
        if application_id is None:
            return
        workspace, days = self.workspace, stall_days()

        def read() -> ApplicationDetail | None:
            with workspace.read() as session:
                return queries.load_detail(session, application_id, utcnow(), days)

        self._start_read(read, self._detail_read, DETAIL)
        files = getattr(workspace.profile, "files", None)

        def read_documents() -> list[DocumentItem]:
            with workspace.read() as session:
                return documents_of(session, application_id, files)

        self._start_read(read_documents, self._documents_read, DOCUMENTS)

    def _start_read(self, read: Callable[[], Any], done: Callable[[Any], None], slot: str) -> None:
        self._reading += 1

        def answered(result: Any) -> None:
            self._reading -= 1
            done(result)

        def failed(error: BaseException) -> None:
            self._reading -= 1
            self.view.detail.show_error(explain(error))

        QueryOp(parent=self, op=read, success=answered).failure(failed).latest_only(slot).start()

    def _queue_read(self, rows: list[QueueRow]) -> None:
        self.rows = rows
        self._show_queue()

    def _show_queue(self) -> None:
        queue = self.view.queue
        text = queue.search.text()
        shown = select_rows(self.rows, queue.current_filter(), text)
        queue.show_rows(shown, self.application_id, bool(text.strip()))
        self.queue_shown.emit()

    def _documents_read(self, items: list[DocumentItem]) -> None:
        self.documents.show_documents(items)

    def _detail_read(self, detail: ApplicationDetail | None) -> None:
        if detail is None or detail.id != self.application_id:
            return
        self.detail = detail
        self.view.show_detail(detail)
        self._offer_actions(detail)
        self.detail_shown.emit(detail)

    # -- opening ------------------------------------------------------------------------

    def open_application(self, application_id: uuid.UUID) -> None:
        if application_id != self.application_id:
            self.detail = None
            self.view.detail.show_error("")
        self.application_id = application_id
        self.read_detail()

    def search_entered(self, text: str) -> None:
        """Enter in the search: the application whose number was typed or scanned, else
        the one highlighted."""
        number = application_number_in(text)
        if number is None:
            row = self.view.queue.selected()
            if row is not None:
                self.open_application(row.id)
            return
        for row in self.rows:
            if row.number == number:
                self.open_application(row.id)
                return
        workspace = self.workspace

        def find() -> uuid.UUID | None:
            with workspace.read() as session:
                return queries.find_by_number(session, number)

        def found(application_id: uuid.UUID | None) -> None:
            if application_id is None:
                self.view.detail.show_error(
                    tr("No application {number} on this device.").format(number=number)
                )
                self.view.show_placeholder()
            else:
                self.open_application(application_id)

        QueryOp(parent=self, op=find, success=found).latest_only("find").start()

    def signed_out(self) -> None:
        drop_answers(self, DETAIL)
        self.application_id = None
        self.detail = None
        self.view.show_placeholder()

    def is_ready(self) -> bool:
        return self._reading == 0 and self._changing == 0 and self.new_application.busy == 0

    def _started(self, application_id: uuid.UUID) -> None:
        self.open_application(application_id)
        self.read_queue()

    # -- what is offered ----------------------------------------------------------------

    def _offer_actions(self, detail: ApplicationDetail) -> None:
        view = self.view.detail
        status = detail.status
        me = self.workspace.staff.id if self.workspace.staff is not None else None
        deciding = status in ("submitted", "in_review")
        own = me is not None and me in (detail.submitted_by, detail.witness_id)
        why = (
            tr("You signed or submitted this application: someone else must decide on it.")
            if deciding and own
            else ""
        )
        view.set_action("submit", status == "signed")
        view.set_action("approve", deciding, not own, why)
        view.set_action("reject", deciding, not own, why)
        view.set_action("new_version", status in ("signed", "submitted", "in_review"))
        view.set_action("withdraw", status in OPEN_STATUSES)
        view.set_why_not(why)
        draft = status == "draft"
        self.documents.set_read_only(not draft or self.checks is None)
        view.set_checks(draft, draft and not detail.missing and self.checks is not None)

    # -- changes ------------------------------------------------------------------------

    def _change(self, change: Callable[[], None], what: str = "") -> None:
        self._changing += 1
        self.view.detail.show_error("")

        def done(_result: object) -> None:
            self._changing -= 1
            self.reload()

        def refused(error: BaseException) -> None:
            self._changing -= 1
            self._refused(error)
            self.reload()

        ChangeOp(parent=self, op=change, success=done).failure(refused).start()

    def _refused(self, error: BaseException) -> None:
        text = explain(error)
        if isinstance(error, RuleViolation) and error.code == "signed_content_changed":
            text = tr(
                "The application changed after the customer signed it (for example a "
                "document uploaded on the web reached the server first), so it cannot be "
                "approved as signed. Start a new version (New version) and have it "
                "signed again."
            )
            self.view.detail.set_action("new_version", True)
        self.view.detail.show_error(text)

    def _action(self, name: str) -> None:
        detail = self.detail
        if detail is None:
            return
        app_id, workspace = detail.id, self.workspace
        if name == "submit":
            self._change(lambda: actions.submit(workspace, app_id))
        elif name == "approve":
            self._change(lambda: actions.approve(workspace, app_id))
        elif name == "reject":
            self._ask_reason(detail)
        elif name == "new_version":
            self._change(lambda: actions.new_version(workspace, app_id))
        elif name == "withdraw":
            self._confirm_withdraw(detail)

    def approve(self) -> None:
        self._action("approve")

    def submit(self) -> None:
        self._action("submit")

    def _ask_reason(self, detail: ApplicationDetail) -> None:
        dialog = self._dialog = ReasonDialog(detail.number, self.view)
        app_id, workspace = detail.id, self.workspace
        dialog.given.connect(
            lambda reason: self._change(lambda: actions.reject(workspace, app_id, reason))
        )
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _confirm_withdraw(self, detail: ApplicationDetail) -> None:
        box = self._dialog = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Withdraw"),
            tr("Withdraw application {number}? It cannot be reopened.").format(
                number=detail.number
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.view,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        app_id, workspace = detail.id, self.workspace

        def answered(answer: int) -> None:
            self._closed(box)
            if answer == QMessageBox.StandardButton.Yes:
                self._change(lambda: actions.withdraw(workspace, app_id))

        box.finished.connect(answered)
        box.open()

    def _closed(self, dialog: Any) -> None:
        dialog.deleteLater()
        if self._dialog is dialog:
            self._dialog = None
        self.view.focus_main()

    def change_offer(self) -> None:
        detail = self.detail
        if detail is None or detail.status != "draft":
            return
        applicant = detail.applicant
        segment = applicant.segment

        def preview(product: str, amount: Decimal, term: int) -> Offer:
            return quote(product, amount, term, segment, utcnow())

        products = products_for(applicant.country, detail.kind)
        dialog = self._dialog = ChangeOfferDialog(products, detail.offer, preview, self.view)
        app_id, workspace = detail.id, self.workspace
        dialog.chosen.connect(
            lambda product, amount, term: self._change(
                lambda: actions.set_offer(workspace, app_id, product, amount, term)
            )
        )
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def edit_fields(self) -> None:
        """Applicant details…: the changed fields saved in one change; a refusal is said
        on the dialog, which stays open with what was typed."""
        detail = self.detail
        if detail is None or detail.status != "draft":
            return
        dialog = self._dialog = ApplicantFieldsDialog(detail.kind, detail.fields, self.view)
        app_id, workspace = detail.id, self.workspace

        def save(fields: dict[str, str | None]) -> None:
            self._changing += 1

            def done(_result: object) -> None:
                self._changing -= 1
                if self._dialog is dialog:
                    dialog.saved()
                self.reload()

            def refused(error: BaseException) -> None:
                self._changing -= 1
                if self._dialog is dialog:
                    dialog.refused(explain(error))
                else:
                    self.view.detail.show_error(explain(error))

            ChangeOp(
                parent=self,
                op=lambda: actions.update_fields(workspace, app_id, fields),
                success=done,
            ).failure(refused).start()

        dialog.save_requested.connect(save)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    @property
    def dialog(self) -> Any:
        """The dialog open now (tests reach it)."""
        return self._dialog

    # -- the colleague dialogs: identity, consents, signing -----------------------------

    def _check(self, method: str) -> None:
        if self.checks is None or self.application_id is None:
            return
        getattr(self.checks, method)(str(self.application_id))

    def _attach(self, code: str, paths: list[str]) -> None:
        if self.checks is not None and self.application_id is not None:
            self.checks.attach(str(self.application_id), code, [Path(p) for p in paths])

    def _check_file(self, file_id: str, verdict: str, reason: str) -> None:
        if self.checks is not None:
            self.checks.check(file_id, verdict, reason)

    def _view_file(self, file_id: str) -> None:
        if self.checks is not None:
            self.checks.view(file_id)

    def _show_customer(self) -> None:
        if self.detail is not None:
            self.view.navigate.emit(ShowCustomer(self.detail.applicant.customer_id))
