"""About SMM Desk: version, where the data and logs are, and the bundled components' licenses."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui import __version__
from smmdesk_gui.licenses import Component, bundled_components, license_text
from smmdesk_gui.ui.app_icon import app_icon
from smmdesk_gui.ui.i18n import arg

if TYPE_CHECKING:
    from pathlib import Path

    from smmdesk_gui.ui.context import AppContext

_Index = QModelIndex | QPersistentModelIndex


class ComponentsModel(QAbstractTableModel):
    """The bundled components: name, version, license."""

    NAME, VERSION, LICENSE = range(3)

    def __init__(self, components: list[Component], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._components = list(components)
        self._headers = (self.tr("Component"), self.tr("Version"), self.tr("License"))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._components)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._components):
            return None
        component = self._components[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (component.name, component.version, component.license)[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def component(self, row: int) -> Component:
        return self._components[row]


class AboutDialog(QDialog):
    """What this copy of SMM Desk is, where it keeps the user's things, and whose work it uses."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("About SMM Desk"))
        self.setWindowIcon(app_icon())
        self.resize(720, 560)
        outer = QVBoxLayout(self)

        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        name = QLabel(self.tr("SMM Desk"))
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        titles.addWidget(name)
        self.version_label = QLabel(arg(self.tr("Version %1"), __version__))
        self.version_label.setObjectName("version")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(self.version_label)
        tagline = QLabel(self.tr("Plan, write, publish and measure your social media posts."))
        tagline.setWordWrap(True)
        titles.addWidget(tagline)
        header.addLayout(titles, 1)
        outer.addLayout(header)

        folders = QFormLayout()
        self.data_label, self.open_data_button = self._folder_row(
            folders, self.tr("Your data folder"), ctx.paths.home, "open_data"
        )
        self.logs_label, self.open_logs_button = self._folder_row(
            folders, self.tr("Log files"), ctx.paths.logs, "open_logs"
        )
        outer.addLayout(folders)

        credits = QLabel(
            self.tr(
                "SMM Desk is built with the open-source components below. "
                "Select one to read its license."
            )
        )
        credits.setWordWrap(True)
        outer.addWidget(credits)

        self.model = ComponentsModel(bundled_components(), self)
        self.table = QTableView()
        self.table.setObjectName("components")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(
            ComponentsModel.NAME, QHeaderView.ResizeMode.ResizeToContents
        )
        header_view.setSectionResizeMode(
            ComponentsModel.VERSION, QHeaderView.ResizeMode.ResizeToContents
        )
        header_view.setSectionResizeMode(ComponentsModel.LICENSE, QHeaderView.ResizeMode.Stretch)
        self.license_view = QPlainTextEdit()
        self.license_view.setObjectName("license_text")
        self.license_view.setReadOnly(True)
        self.license_view.setPlaceholderText(self.tr("Select a component to read its license."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.license_view)
        splitter.setSizes([260, 160])
        outer.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._show_license)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(
            self.tr("Copy the version and folders, to paste into a message to support.")
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _folder_row(
        self, form: QFormLayout, label: str, folder: Path, name: str
    ) -> tuple[QLineEdit, QPushButton]:
        row = QHBoxLayout()
        # A read-only line: a long path scrolls instead of wrapping mid-name, and can be copied.
        shown = QLineEdit(str(folder))
        shown.setReadOnly(True)
        shown.setToolTip(str(folder))
        shown.setCursorPosition(0)
        row.addWidget(shown, 1)
        button = QPushButton(self.tr("Open folder"))
        button.setObjectName(name)
        button.clicked.connect(lambda _=False, f=folder: self.open_folder(f))
        row.addWidget(button)
        form.addRow(label, row)
        return shown, button

    def open_folder(self, folder: Path) -> bool:
        """Show ``folder`` in the system's file manager (creating it if it is not there yet)."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._cannot_open(folder, exc.strerror or str(exc))
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        self._cannot_open(folder, self.tr("no file manager answered"))
        return False

    def _cannot_open(self, folder: Path, reason: str) -> None:
        QMessageBox.information(
            self,
            self.tr("Could not open the folder"),
            arg(
                self.tr("SMM Desk could not open the folder (%1). You can find it here:\n%2"),
                reason,
                folder,
            ),
        )

    def details(self) -> str:
        """Version, system and folders as plain text (for a message to support)."""
        return "\n".join(
            (
                f"SMM Desk {__version__}",
                f"{platform.system()} {platform.release()} ({platform.machine()}), "
                f"Python {platform.python_version()}",
                f"Data folder: {self.ctx.paths.home}",
                f"Log files: {self.ctx.paths.logs}",
            )
        )

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    def _show_license(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.license_view.clear()
            return
        component = self.model.component(current.row())
        text = license_text(component.name)
        heading = f"{component.name} {component.version} ({component.license})"
        if component.homepage:
            heading += f"\n{component.homepage}"
        if text is None:
            text = arg(
                self.tr("No license text ships with this component; its license is %1."),
                component.license,
            )
        self.license_view.setPlainText(f"{heading}\n\n{text}")
