"""Table model of posts with their figures (top and bottom posts on the dashboard)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage, QPixmap

from smmdesk_gui.services.stats.kpis import PostFigures
from smmdesk_gui.ui.formatting import format_datetime
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP
from smmdesk_gui.ui.report import labels as lbl
from smmdesk_gui.ui.report.labels import Stats

Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_ACCOUNT, COL_POST, COL_ER, COL_INTERACTIONS, COL_REACH = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("Stats", "When"),
    QT_TRANSLATE_NOOP("Stats", "Account"),
    QT_TRANSLATE_NOOP("Stats", "Post"),
    QT_TRANSLATE_NOOP("Stats", "Engagement"),
    QT_TRANSLATE_NOOP("Stats", "Interactions"),
    QT_TRANSLATE_NOOP("Stats", "Reach"),
)


class PostsModel(QAbstractTableModel):
    PostRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, tz: dt.tzinfo = dt.UTC, parent: Any = None) -> None:
        super().__init__(parent)
        self._posts: list[PostFigures] = []
        self.tz = tz
        self._thumbs: dict[int, QImage] = {}
        self._pixmaps: dict[int, QPixmap] = {}

    def set_thumbnails(self, images: dict[int, QImage]) -> None:
        """Pictures by asset id (made off the GUI thread); pixmaps are made here, on demand."""
        self._thumbs = dict(images)
        self._pixmaps.clear()

    def set_posts(self, posts: list[PostFigures], tz: dt.tzinfo | None = None) -> None:
        self.beginResetModel()
        self._posts = list(posts)
        if tz is not None:
            self.tz = tz
        self.endResetModel()

    def post(self, row: int) -> PostFigures:
        return self._posts[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._posts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return Stats.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._posts)):
            return None
        p = self._posts[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_WHEN:
                return format_datetime(p.published_at, self.tz)
            if col == COL_ACCOUNT:
                return lbl.account_text(p.platform, p.handle)
            if col == COL_POST:
                return p.title
            if col == COL_ER:
                return lbl.fmt_value(p.er_reach.value, "percent")
            if col == COL_INTERACTIONS:
                return lbl.fmt_value(p.interactions.total, "count")
            if col == COL_REACH:
                return lbl.fmt_value(p.figures.get("reach"), "count")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_ER:
                return lbl.definition("er_reach", p.interactions.parts)
            if col == COL_POST:
                hint = "\n" + Stats.tr("Double-click to open it") if p.remote_url else ""
                return p.title + hint
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            COL_ER,
            COL_INTERACTIONS,
            COL_REACH,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_POST:
            asset_id = p.first_asset_id
            if asset_id is None or asset_id not in self._thumbs:
                return None
            if asset_id not in self._pixmaps:
                self._pixmaps[asset_id] = QPixmap.fromImage(self._thumbs[asset_id])
            return self._pixmaps[asset_id]
        if role == self.PostRole:
            return p
        return None
