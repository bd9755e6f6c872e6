"""Click or drag on the photo to set its focal point: the spot every crop keeps in view."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class FocalPointWidget(QWidget):
    """Shows a photo with a ring at the focal point.

    ``focus_moving`` fires while the user drags (for live previews), ``focus_changed`` once when
    the button is released (to save it). Coordinates are fractions of the photo, 0..1.
    """

    focus_moving = Signal(float, float)
    focus_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._focus = (0.5, 0.5)
        self._dragging = False
        self.setMinimumSize(QSize(220, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Click the most important spot (the product): every crop keeps it"))

    def set_image(self, image: QImage, focus: tuple[float, float]) -> None:
        self._image = image
        self._focus = focus
        self.update()

    def clear(self) -> None:
        self._image = QImage()
        self.update()

    @property
    def focus(self) -> tuple[float, float]:
        return self._focus

    def image_rect(self) -> QRectF:
        """Where the photo is drawn (scaled to fit, centred)."""
        if self._image.isNull():
            return QRectF()
        iw, ih = self._image.width(), self._image.height()
        scale = min(self.width() / iw, self.height() / ih)
        w, h = iw * scale, ih * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def point_for(self, focus: tuple[float, float]) -> QPointF:
        r = self.image_rect()
        return QPointF(r.left() + focus[0] * r.width(), r.top() + focus[1] * r.height())

    def _focus_at(self, pos: QPointF) -> tuple[float, float] | None:
        r = self.image_rect()
        if r.isEmpty():
            return None
        x = min(max((pos.x() - r.left()) / r.width(), 0.0), 1.0)
        y = min(max((pos.y() - r.top()) / r.height(), 0.0), 1.0)
        return (round(x, 3), round(y, 3))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            f = self._focus_at(event.position())
            if f is not None:
                self._dragging = True
                self._move(f)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            f = self._focus_at(event.position())
            if f is not None:
                self._move(f)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = False
            self.focus_changed.emit(*self._focus)

    def _move(self, f: tuple[float, float]) -> None:
        if f != self._focus:
            self._focus = f
            self.update()
            self.focus_moving.emit(*f)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._image.isNull():
            return
        p.drawImage(self.image_rect(), self._image)
        c = self.point_for(self._focus)
        for colour, width in ((QColor(0, 0, 0, 160), 5.0), (QColor("white"), 2.5)):
            p.setPen(QPen(colour, width))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(c, 16.0, 16.0)
            p.drawLine(QPointF(c.x() - 6, c.y()), QPointF(c.x() + 6, c.y()))
            p.drawLine(QPointF(c.x(), c.y() - 6), QPointF(c.x(), c.y() + 6))
