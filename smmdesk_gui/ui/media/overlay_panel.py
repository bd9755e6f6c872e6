"""'Your logo on every photo': choose the logo, its corner, size and opacity."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from smmdesk_gui.media.overlay import Corner
from smmdesk_gui.services.library.overlay import OverlaySettings
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP

CORNERS = (  # marked for lupdate: translated where the list is filled
    (Corner.BOTTOM_RIGHT, QT_TRANSLATE_NOOP("OverlayPanel", "Bottom right")),
    (Corner.BOTTOM_LEFT, QT_TRANSLATE_NOOP("OverlayPanel", "Bottom left")),
    (Corner.TOP_RIGHT, QT_TRANSLATE_NOOP("OverlayPanel", "Top right")),
    (Corner.TOP_LEFT, QT_TRANSLATE_NOOP("OverlayPanel", "Top left")),
)


class OverlayPanel(QGroupBox):
    """Edits :class:`OverlaySettings`; ``changed`` fires with the new settings."""

    changed = Signal(object)
    logo_chosen = Signal(str)  # a file path the user picked; the page imports it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your logo on the photos you post"))
        self.settings = OverlaySettings()
        self.choose_file: Callable[[], str] = self._file_dialog
        form = QFormLayout(self)
        self.enabled = QCheckBox(
            self.tr("Add my logo (the photos in your library stay as they are)")
        )
        form.addRow(self.enabled)
        row = QHBoxLayout()
        self.logo_label = QLabel(self.tr("No logo chosen yet"))
        self.logo_button = QPushButton(self.tr("Choose logo…"))
        self.logo_button.clicked.connect(self._choose)
        row.addWidget(self.logo_label, 1)
        row.addWidget(self.logo_button)
        form.addRow(self.tr("Logo"), row)
        self.corner = QComboBox()
        for corner, label in CORNERS:
            self.corner.addItem(QCoreApplication.translate("OverlayPanel", label), corner.value)
        form.addRow(self.tr("Corner"), self.corner)
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(5, 50)
        form.addRow(self.tr("Size"), self.size_slider)
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal)
        self.opacity_slider.setRange(10, 100)
        form.addRow(self.tr("Visibility"), self.opacity_slider)
        self.enabled.toggled.connect(self._emit)
        self.corner.currentIndexChanged.connect(self._emit)
        self.size_slider.valueChanged.connect(self._emit)
        self.opacity_slider.valueChanged.connect(self._emit)
        self.set_settings(self.settings)

    def set_settings(self, settings: OverlaySettings) -> None:
        self.settings = settings
        widgets = (self.enabled, self.corner, self.size_slider, self.opacity_slider)
        for w in widgets:
            w.blockSignals(True)
        self.enabled.setChecked(settings.enabled)
        self.corner.setCurrentIndex(max(0, self.corner.findData(settings.corner)))
        self.size_slider.setValue(round(settings.size * 100))
        self.opacity_slider.setValue(round(settings.opacity * 100))
        for w in widgets:
            w.blockSignals(False)
        self.logo_label.setText(
            self.tr("Logo chosen") if settings.logo else self.tr("No logo chosen yet")
        )
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        on = self.enabled.isChecked()
        for w in (self.corner, self.size_slider, self.opacity_slider):
            w.setEnabled(on and bool(self.settings.logo))

    def _emit(self, *_args: object) -> None:
        self.settings = replace(
            self.settings,
            enabled=self.enabled.isChecked(),
            corner=str(self.corner.currentData()),
            size=self.size_slider.value() / 100,
            opacity=self.opacity_slider.value() / 100,
        )
        self._sync_enabled()
        self.changed.emit(self.settings)

    def _file_dialog(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose your logo"),
            "",
            self.tr("Pictures") + " (*.png *.jpg *.jpeg *.webp)",
        )
        return str(path)

    def _choose(self) -> None:
        path = self.choose_file()
        if path:
            self.logo_chosen.emit(path)
