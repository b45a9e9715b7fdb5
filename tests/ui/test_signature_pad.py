"""The signature pad driven by real mouse events: a signature is kept with its timing, a
click is refused with a message, Delete clears."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.shared.signature_pad import SignaturePad
from sync.rules.signatures import check_strokes


def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(600, 200)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def draw(widget: SignaturePad, points: list[QPoint], step_ms: int = 5) -> None:
    QTest.mousePress(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0], step_ms
    )
    for point in points[1:]:
        QTest.mouseMove(widget, point, step_ms)
    QTest.mouseRelease(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1], step_ms
    )


def name_points(x0: int, width: int) -> list[QPoint]:
    return [QPoint(x0 + width * i // 24, 100 + int(40 * math.sin(i / 2))) for i in range(25)]


def test_a_drawn_signature_is_kept_with_its_timing(qtbot: QtBot) -> None:
    widget = pad(qtbot)
    assert widget.accessibleName()
    with qtbot.waitSignal(widget.changed):
        draw(widget, name_points(60, 300))
    with qtbot.waitSignal(widget.changed):
        draw(widget, name_points(380, 150))

    ok, message = widget.is_acceptable()
    assert ok and message == ""
    strokes = widget.strokes()
    assert len(strokes) == 2
    assert all(0 <= x <= 1000 and 0 <= y <= 1000 for stroke in strokes for x, y, _ in stroke)
    times = [t for stroke in strokes for _, _, t in stroke]
    assert times[0] == 0
    assert all(later > earlier for earlier, later in itertools.pairwise(times))
    # 60 px of a 600-px pad is 100 units
    assert strokes[0][0][0] == 100
    check_strokes(strokes)

    image = QImage.fromData(widget.to_png(300, 100))
    assert (image.width(), image.height()) == (300, 100)
    assert any(image.pixelColor(x, y).alpha() for x in range(300) for y in range(100))

    page = QImage(200, 80, QImage.Format.Format_ARGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    widget.render_into(painter, QRectF(0, 0, 200, 80))
    painter.end()
    assert any(page.pixelColor(x, y) != Qt.GlobalColor.white for x in range(200) for y in range(80))


def test_a_click_is_refused_with_a_message(qtbot: QtBot) -> None:
    widget = pad(qtbot)
    ok, message = widget.is_acceptable()
    assert not ok and message

    with qtbot.waitSignal(widget.changed):
        QTest.mouseClick(
            widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 100)
        )
    assert len(widget.strokes()) == 1
    ok, too_small = widget.is_acceptable()
    assert not ok and too_small and too_small != message


def test_clear_and_the_delete_key_empty_the_pad(qtbot: QtBot) -> None:
    widget = pad(qtbot)
    draw(widget, name_points(60, 400))
    assert widget.strokes()
    with qtbot.waitSignal(widget.changed):
        widget.clear()
    assert widget.strokes() == [] and widget.is_empty()

    draw(widget, name_points(60, 400))
    widget.setFocus()
    with qtbot.waitSignal(widget.changed):
        QTest.keyClick(widget, Qt.Key.Key_Delete)
    assert widget.strokes() == []
    draw(widget, name_points(60, 400))
    QTest.keyClick(widget, Qt.Key.Key_Backspace)
    assert widget.strokes() == []
