"""First run: register this machine with the central API using a manager's one-time code."""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.ops import NetworkOp
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from sync.addresses import is_loopback
from sync.client.profile import Enrolment

EnrolFn = Callable[[str, str, str, str | None], Enrolment]  # url, code, name, CA bundle


class EnrolDialog(QDialog):
    """Asks for the server address and the code; accepted once enrolment succeeded."""

    def __init__(self, enrol: EnrolFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enrol = enrol
        self.enrolment: Enrolment | None = None
        self.setWindowTitle(tr("Connect this device to Omnidesk"))
        self.setMinimumWidth(520)
        intro = QLabel(
            tr(
                "Ask a manager for a one-time enrolment code for this store or territory "
                "(omnidesk-server enrol-code --store CODE), then enter it with the server's "
                "address."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText("https://omnidesk.example.com")
        self.code = QLineEdit()
        self.code.setObjectName("enrolmentCode")
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self.name = QLineEdit(platform.node() or "till")
        self.name.setObjectName("deviceName")
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setObjectName("caBundle")
        self.ca_bundle.setPlaceholderText(tr("optional: a PEM file of CAs to trust"))
        browse = QPushButton(tr("Browse…"))
        browse.setAutoDefault(False)  # Enter in a field connects, never opens a file chooser
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("Server address"), self.url)
        form.addRow(tr("Enrolment code"), self.code)
        form.addRow(tr("Device name"), self.name)
        form.addRow(tr("CA bundle"), ca_row)
        self.error = QLabel()
        self.error.setObjectName("enrolError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setProperty("kind", "primary")
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.connect_button.setDefault(True)  # Enter connects; it never cancels
        self.buttons.accepted.connect(self.submit)
        for field in (self.url, self.code, self.name, self.ca_bundle):
            field.returnPressed.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("CA bundle"), "", tr("PEM files (*.pem *.crt);;All files (*)")
        )
        if path:
            self.ca_bundle.setText(path)

    def _problem(self) -> str | None:
        url = self.url.text().strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return tr("Enter the server's address, e.g. https://omnidesk.example.com")
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            return tr(
                "Use the server's https:// address: over plain http:// this "
                "device's token and staff PINs would cross the network in clear "
                "(plain http:// is only for a server on this machine)."
            )
        if not self.code.text().strip():
            return tr("Enter the enrolment code.")
        if not self.name.text().strip():
            return tr("Give this device a name managers will recognise.")
        bundle = self.ca_bundle.text().strip()
        if bundle and not Path(bundle).is_file():
            return tr("The CA bundle file does not exist.")
        return None

    def submit(self) -> None:
        if not self.connect_button.isEnabled():
            return  # already connecting
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            return
        self.error.setText(tr("Connecting…"))
        self.connect_button.setEnabled(False)
        url, code = self.url.text().strip(), self.code.text().strip()
        name, bundle = self.name.text().strip(), self.ca_bundle.text().strip() or None
        NetworkOp(
            parent=self, op=lambda: self._enrol(url, code, name, bundle), success=self._done
        ).failure(self._failed).start()

    def _done(self, enrolment: Enrolment) -> None:
        self.enrolment = enrolment
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        self.error.setText(explain(error))
