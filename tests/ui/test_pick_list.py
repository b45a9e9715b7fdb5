"""Paper and folders: the pick list prints and saves on A4 portrait, and a receipt saved as
a PDF is offered the user's documents folder first, then the folder chosen last."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize
from pytestqt.qtbot import QtBot

from desktop.orders.pick_list import save_pick_list
from desktop.orders.records import DetailLine, Identity, OrderDetail
from desktop.shared.receipt import save_folder, sheet
from desktop.shared.receipt.document import Header, ReceiptDocument, item, separator
from desktop.shared.receipt.panel import ReceiptPanel

DIALOG = "desktop.shared.receipt.panel.QFileDialog.getSaveFileName"


def order() -> OrderDetail:
    lines = tuple(
        DetailLine(uuid.uuid4(), f"SKU-{n:03}", f"Product {n}", 2, 0, Decimal("10.00"), "PLN")
        for n in range(40)  # more than one A4 page
    )
    return OrderDetail(
        order_id=uuid.uuid4(),
        number="O-7K3M9Q2XBT",
        status="placed",
        channel="web",
        fulfilment="pickup",
        payment_mode="pay_at_pickup",
        payment_state="unpaid",
        currency="PLN",
        total=Decimal("800.00"),
        held=Decimal("0.00"),
        placed_at=datetime(2026, 12, 7, 10, 0, tzinfo=UTC),
        expires_at=None,
        pickup_store="WAW-1",
        here=True,
        customer=Identity("Ala Nowak", "C-1", "***", "***", "***"),
        lines=lines,
    )


def media_boxes(pdf: Path) -> list[tuple[float, float]]:
    found = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf.read_bytes())
    return [(float(width), float(height)) for width, height in found]


def test_a_pick_list_saved_as_pdf_is_on_a4_portrait(qapp: object, tmp_path: Path) -> None:
    pdf = save_pick_list(order(), tmp_path / "pick.pdf")
    boxes = media_boxes(pdf)
    assert len(boxes) >= 2  # every page, not only the first
    for width, height in boxes:
        assert abs(width - 595) <= 1 and abs(height - 842) <= 1


def test_the_pick_list_printer_is_set_to_a4_portrait(qapp: object) -> None:
    printer = sheet.printer("Pick list O-1")
    layout = printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    sides = (margins.left(), margins.top(), margins.right(), margins.bottom())
    assert all(10 <= side <= 25 for side in sides)


class Panel(ReceiptPanel[str]):
    def describe(self, receipt: str) -> tuple[str, str]:
        return receipt, ""

    def document(self, receipt: str) -> ReceiptDocument:
        return ReceiptDocument(
            name=f"Receipt {receipt}",
            file_name=f"{receipt}.pdf",
            header=Header(place=("Warszawa",), title=f"Sale {receipt}"),
            rows=(separator(), item("Kettle", "SKU-KETTLE")),
        )


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[Panel]:
    save_folder.forget()
    widget = Panel("receipt", "Print")
    qtbot.addWidget(widget)
    widget.show_receipt("S-1")
    yield widget
    save_folder.forget()


def offered(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[str]:
    """Patch the save dialog: record the path it is offered, answer `answer` (or cancel)."""
    seen: list[str] = []

    def dialog(parent: object, caption: str, suggested: str, *rest: Any) -> tuple[str, str]:
        seen.append(suggested)
        return (str(answer) if answer else "", "PDF documents (*.pdf)")

    monkeypatch.setattr(DIALOG, dialog)
    return seen


def test_a_receipt_is_offered_the_documents_folder_then_the_folder_chosen_last(
    panel: Panel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert documents  # the offscreen platform names one
    chosen = tmp_path / "elsewhere" / "mine.pdf"
    chosen.parent.mkdir()
    seen = offered(monkeypatch, chosen)
    panel.save_receipt()
    assert Path(seen[0]).parent == Path(documents) and Path(seen[0]).name == "S-1.pdf"
    assert chosen.read_bytes().startswith(b"%PDF")

    seen = offered(monkeypatch, None)
    panel.show_receipt("S-2")
    panel.save_receipt()
    assert Path(seen[0]) == chosen.parent / "S-2.pdf"


def test_without_a_documents_folder_the_home_folder_is_offered(
    panel: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "desktop.shared.receipt.save_folder.QStandardPaths.writableLocation", lambda _where: ""
    )
    seen = offered(monkeypatch, None)
    panel.save_receipt()
    assert Path(seen[0]) == Path.home() / "S-1.pdf"
