"""The library grid's item model: one row per picture, thumbnails filled in as they arrive."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QImage, QPixmap

from smmdesk_gui.services.library.assets import AssetInfo

AssetRole = Qt.ItemDataRole.UserRole + 1
AltTextRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class MediaListModel(QAbstractListModel):
    """Pictures (``AssetInfo``) with their thumbnails; read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._assets: list[AssetInfo] = []
        self._thumbs: dict[str, QPixmap] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._assets)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._assets):
            return None
        asset = self._assets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return asset.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbs.get(asset.sha256)
        if role == Qt.ItemDataRole.ToolTipRole:
            size = f"{asset.width} × {asset.height}"
            return f"{asset.name}\n{size}\n{asset.alt_text}".strip()
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(150, 150)
        if role == AssetRole:
            return asset
        if role == AltTextRole:
            return asset.alt_text
        return None

    def set_assets(self, assets: list[AssetInfo]) -> None:
        self.beginResetModel()
        self._assets = list(assets)
        self.endResetModel()

    def asset(self, row: int) -> AssetInfo:
        return self._assets[row]

    def row_of(self, asset_id: int) -> int:
        for row, a in enumerate(self._assets):
            if a.id == asset_id:
                return row
        return -1

    def update_asset(self, asset: AssetInfo) -> None:
        row = self.row_of(asset.id)
        if row >= 0:
            self._assets[row] = asset
            idx = self.index(row)
            self.dataChanged.emit(idx, idx)

    def needs_thumb(self, sha256: str) -> bool:
        return sha256 not in self._thumbs

    def set_thumbnail(self, sha256: str, image: QImage) -> None:
        """Called on the GUI thread with a QImage made by a worker."""
        self._thumbs[sha256] = QPixmap.fromImage(image)
        for row, a in enumerate(self._assets):
            if a.sha256 == sha256:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])
