"""The customer's details, segment and consents, as a card of the 360."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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


class _OneLine(QLabel):
    """A value on one line, shortened with "…" when narrow; the whole value as tooltip."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._whole = ""

    def set_value(self, text: str) -> None:
        self._whole = text
        self.setToolTip(text)
        self._elide()

    def value(self) -> str:
        return self._whole

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._whole, Qt.TextElideMode.ElideMiddle, self.width()))


def _caption(text: str) -> QLabel:
    caption = QLabel(text)
    caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return caption


class ProfileCard(QFrame):
    """Name, number, segment; contact and tax data; address; consents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileCard")
        self.setProperty("kind", "card")
        self.name = _label("customerName", "title")
        self.number = _label("customerNumber", "muted")
        self.segment = _label("customerSegment", "badge")
        self.email = _OneLine("customerEmail")
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
        # Two pairs of columns for the short values, the whole width for the long ones:
        # the card stays low above the history.
        details = QGridLayout()
        details.setVerticalSpacing(2)
        details.setHorizontalSpacing(10)
        pairs = [
            (tr("E-mail"), self.email, tr("Phone"), self.phone),
            (tr("Loyalty card"), self.card, tr("Tax number"), self.tax_id),
            (tr("Served by"), self.home, tr("Customer since"), self.since),
        ]
        for row, (left, left_value, right, right_value) in enumerate(pairs):
            details.addWidget(_caption(left), row, 0)
            details.addWidget(left_value, row, 1)
            details.addWidget(_caption(right), row, 2)
            details.addWidget(right_value, row, 3)
        for row, (caption, value) in enumerate(
            ((tr("Address"), self.address), (tr("Consents"), self.consents)), len(pairs)
        ):
            details.addWidget(_caption(caption), row, 0)
            details.addWidget(value, row, 1, 1, 3)
        for short in (self.phone, self.tax_id, self.since):  # whole, never wrapped
            short.setWordWrap(False)
        details.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(heading)
        layout.addLayout(details)

    def show_profile(self, profile: CustomerProfile) -> None:
        none = "—"
        self.name.setText(profile.name)
        self.number.setText(tr("Customer {number}").format(number=profile.number))
        self.segment.setText(labels.segment(profile.segment))
        self.email.set_value(profile.email or none)
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
        return " · ".join(lines)
