"""A pad the customer signs on with a mouse, a pen or a finger.

The strokes are kept as `sync.rules.signatures` describes them: points in a 0..1000 box
(whatever the pad's size on screen) with the milliseconds since the first touch. The same
strokes are drawn on the pad, into a PNG and into the signed agreement's PDF.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QElapsedTimer,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.shared.i18n import tr
from sync.rules.errors import RuleViolation
from sync.rules.signatures import BOX, MAX_POINTS, check_strokes

INK = QColor(20, 40, 120)
Point = tuple[int, int, int]


def refusal_text(case: str | int | None) -> str:
    """What the pad says about a signature `check_strokes` refused, by its case."""
    if case == "empty":
        return tr("Nothing is signed yet: please sign on the pad.")
    if case == "too_small":
        return tr("The signature is too small: please sign across the pad.")
    if case == "too_long":
        return tr("The signature is too long: please clear the pad and sign again.")
    return tr("The signature could not be read: please clear the pad and sign again.")


def render_strokes(
    painter: QPainter, rect: QRectF, strokes: Sequence[Sequence[Sequence[float]]]
) -> None:
    """Draw `strokes` (0..1000 box) scaled into `rect`, in ink, with round ends."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    sx, sy = rect.width() / BOX, rect.height() / BOX
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = max(1.0, min(rect.width(), rect.height() * 3) / 250)
    pen = QPen(
        INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for stroke in strokes:
        if not stroke:
            continue
        points = [QPointF(rect.left() + p[0] * sx, rect.top() + p[1] * sy) for p in stroke]
        if len(points) == 1:
            painter.drawPoint(points[0])
            continue
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
    painter.restore()


def strokes_image(strokes: Sequence[Sequence[Sequence[float]]], width: int, height: int) -> QImage:
    """The strokes drawn on a transparent image of `width` x `height` pixels."""
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    render_strokes(painter, QRectF(0, 0, image.width(), image.height()), strokes)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs ask for bytes
    buffer.close()
    return bytes(data.data())


class SignaturePad(QWidget):
    """Draw with the mouse, a pen (tablet events) or a finger (touch); Delete clears."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[Point]] = []
        self._drawing = False
        self._clock = QElapsedTimer()
        self._first_stamp: int | None = None
        self._last_time = 0
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(tr("Signature pad"))
        self.setAccessibleDescription(
            tr("Sign here with the mouse, a pen or a finger; Delete clears the pad.")
        )

    # What the pad holds

    def strokes(self) -> list[list[Point]]:
        """The strokes drawn so far: `[[(x, y, t_ms), ...], ...]`."""
        return [list(stroke) for stroke in self._strokes]

    def set_strokes(self, strokes: Sequence[Sequence[Sequence[int]]]) -> None:
        """Show strokes drawn before (a signature kept)."""
        self._strokes = [[(int(p[0]), int(p[1]), int(p[2])) for p in stroke] for stroke in strokes]
        self._drawing = False
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        self._strokes = []
        self._drawing = False
        self.update()
        self.changed.emit()

    def is_acceptable(self) -> tuple[bool, str]:
        """Whether the signature can be kept, and if not, what to tell the customer."""
        try:
            check_strokes(self._strokes)
        except RuleViolation as refused:
            return False, refusal_text(refused.params.get("case"))
        return True, ""

    def to_png(self, width: int, height: int) -> bytes:
        """The strokes as a PNG of `width` x `height` pixels on a transparent background."""
        return png_bytes(strokes_image(self._strokes, width, height))

    def render_into(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the strokes scaled into `rect` of `painter` (a PDF page, an image)."""
        render_strokes(painter, rect, self._strokes)

    # Input

    def _time(self, stamp: int) -> int:
        """Milliseconds since the first touch: from the input events' own times (when the
        platform gives them), else from the pad's clock; never going back."""
        if self._first_stamp is not None and stamp > 0:
            elapsed = stamp - self._first_stamp
        else:
            elapsed = self._clock.elapsed()
        self._last_time = max(self._last_time, elapsed)
        return self._last_time

    def _point(self, position: QPointF, stamp: int) -> Point:
        width, height = max(1, self.width()), max(1, self.height())
        x = min(BOX, max(0, round(position.x() * BOX / width)))
        y = min(BOX, max(0, round(position.y() * BOX / height)))
        return x, y, self._time(stamp)

    def _press(self, position: QPointF, stamp: int) -> None:
        if not self._strokes:
            self._clock.start()
            self._first_stamp = stamp if stamp > 0 else None
            self._last_time = 0
        if sum(len(stroke) for stroke in self._strokes) >= MAX_POINTS:
            return
        self._strokes.append([self._point(position, stamp)])
        self._drawing = True
        self.update()

    def _move(self, position: QPointF, stamp: int) -> None:
        if not self._drawing or sum(len(stroke) for stroke in self._strokes) >= MAX_POINTS:
            return
        point = self._point(position, stamp)
        if point[:2] != self._strokes[-1][-1][:2]:
            self._strokes[-1].append(point)
            self.update()

    def _release(self, position: QPointF, stamp: int) -> None:
        if not self._drawing:
            return
        self._move(position, stamp)
        self._drawing = False
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press(event.position(), event.timestamp())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._move(event.position(), event.timestamp())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._release(event.position(), event.timestamp())
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._press(event.position(), event.timestamp())
        elif kind == QEvent.Type.TabletMove:
            self._move(event.position(), event.timestamp())
        elif kind == QEvent.Type.TabletRelease:
            self._release(event.position(), event.timestamp())
        event.accept()  # no mouse event made up from it

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        touch = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)
        if kind in touch and isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._press(position, event.timestamp())
                elif kind == QEvent.Type.TouchUpdate:
                    self._move(position, event.timestamp())
                else:
                    self._release(position, event.timestamp())
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._drawing = False
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    # Looks

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(box, self.palette().color(QPalette.ColorRole.Base))
        line = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(line, 1))
        painter.drawRect(box)
        baseline = box.top() + box.height() * 0.75
        painter.setPen(QPen(line, 1.5))
        painter.drawLine(QPointF(box.left() + 24, baseline), QPointF(box.right() - 24, baseline))
        if not self._strokes:
            hint = self.palette().color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(hint)
            above = QRectF(box.left() + 24, box.top(), box.width() - 48, baseline - box.top() - 6)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            painter.drawText(above, int(flags), tr("Sign here"))
        render_strokes(painter, box, self._strokes)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(box.adjusted(1, 1, -1, -1))
        painter.end()
