"""The customer's details, segment and consents, as a card of the 360."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.customers.data import CustomerProfile
from desktop.shared import labels
from desktop.shared.formatting import local_time
from desktop.shared.i18n import tr


def _label(name: str, kind: str | None = None) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if kind is not None:
        label.setProperty("kind", kind)
    return label


class ProfileCard(QFrame):
    """Name, number, segment; contact and tax data; address; consents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileCard")
        self.setProperty("kind", "card")
        self.name = _label("customerName", "title")
        self.number = _label("customerNumber", "muted")
        self.segment = _label("customerSegment", "badge")
        self.email = _label("customerEmail")
        self.phone = _label("customerPhone")
        self.card = _label("customerCard")
        self.tax_id = _label("customerTaxId")
        self.address = _label("customerAddress")
        self.home = _label("customerHome")
        self.since = _label("customerSince")
        self.consents = _label("customerConsents")
        heading = QHBoxLayout()
        heading.addWidget(self.name)  # the number beside the name: the card stays low
        heading.addWidget(self.number, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.segment, 0, Qt.AlignmentFlag.AlignTop)
        contact = QFormLayout()  # two columns: the card is wide and low, above the history
        contact.addRow(tr("E-mail"), self.email)
        contact.addRow(tr("Phone"), self.phone)
        contact.addRow(tr("Loyalty card"), self.card)
        contact.addRow(tr("Tax number"), self.tax_id)
        more = QFormLayout()
        more.addRow(tr("Address"), self.address)
        more.addRow(tr("Served by"), self.home)
        more.addRow(tr("Customer since"), self.since)
        more.addRow(tr("Consents"), self.consents)
        for form in (contact, more):
            form.setVerticalSpacing(2)
        details = QHBoxLayout()
        details.addLayout(contact, 1)
        details.addLayout(more, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(heading)
        layout.addLayout(details)

    def show_profile(self, profile: CustomerProfile) -> None:
        none = "—"
        self.name.setText(profile.name)
        self.number.setText(tr("Customer {number}").format(number=profile.number))
        self.segment.setText(labels.segment(profile.segment))
        self.email.setText(profile.email or none)
        self.phone.setText(profile.phone or none)
        self.card.setText(profile.loyalty_card or none)
        self.tax_id.setText(profile.tax_id or none)
        town = " ".join(part for part in (profile.postal_code, profile.city) if part)
        address = ", ".join(part for part in (profile.street, town) if part)
        self.address.setText(f"{address} ({profile.country})" if address else profile.country)
        self.home.setText(profile.home or none)
        self.since.setText(local_time(profile.created_at))
        self.consents.setText(self._consents(profile))

    def _consents(self, profile: CustomerProfile) -> str:
        if not profile.consents:
            return tr("None given")
        lines = []
        for consent in profile.consents:
            answer = tr("yes") if consent.granted else tr("no")
            line = f"{labels.consent(consent.name)}: {answer}"
            if consent.at is not None:
                where = labels.channel(consent.channel) if consent.channel else ""
                line += " " + tr("({when}, {where})").format(
                    when=local_time(consent.at), where=where
                )
            lines.append(line)
        return "\n".join(lines)
