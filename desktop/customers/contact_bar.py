"""The 360's phone actions: record a call, book a callback, book a branch appointment.
Widgets only: `contact_controller` decides who sees them and what they do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.shared.i18n import tr


class ContactBar(QWidget):
    """Three buttons; a signal each."""

    call_requested = Signal()
    callback_requested = Signal()
    appointment_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactBar")
        self.call_button = QPushButton(tr("Record ca&ll"))
        self.call_button.setObjectName("recordCallButton")
        self.call_button.setToolTip(tr("Record a call with this customer"))
        self.call_button.clicked.connect(self.call_requested)
        self.callback_button = QPushButton(tr("Call &back…"))
        self.callback_button.setObjectName("bookCallbackButton")
        self.callback_button.setToolTip(tr("Book a callback for this customer"))
        self.callback_button.clicked.connect(self.callback_requested)
        self.appointment_button = QPushButton(tr("Appoint&ment…"))
        self.appointment_button.setObjectName("bookAppointmentButton")
        self.appointment_button.setToolTip(tr("Book this customer a visit to a branch"))
        self.appointment_button.clicked.connect(self.appointment_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.call_button)
        row.addWidget(self.callback_button)
        row.addWidget(self.appointment_button)

    def set_bookings_allowed(self, allowed: bool) -> None:
        """Callbacks and appointments only for those who may book them."""
        self.callback_button.setVisible(allowed)
        self.appointment_button.setVisible(allowed)
