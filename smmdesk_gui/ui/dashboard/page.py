"""The Dashboard screen: headline cards, charts and top/bottom posts for a period.

All queries run off the GUI thread through ``ctx.tasks``; the page only paints the
``DashboardData`` that comes back. A newer request makes an older answer stale: it is dropped.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.stats import kpis
from smmdesk_gui.services.stats.report import headline_rows, write_report_csv
from smmdesk_gui.services.workspace import workspace_zone
from smmdesk_gui.store.db import Store
from smmdesk_gui.ui.calendars import calendar_notifier
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.dashboard.cards import KpiCard, PlatformTable
from smmdesk_gui.ui.dashboard.charts import (
    EngagementChart,
    FollowersChart,
    HeatmapChart,
    RubricChart,
)
from smmdesk_gui.ui.dashboard.live_bar import LiveFiguresBar
from smmdesk_gui.ui.dashboard.period_picker import PeriodPicker, previous_period
from smmdesk_gui.ui.dashboard.posts_model import COL_ACCOUNT, COL_POST, PostsModel
from smmdesk_gui.ui.empty_state import EmptyState
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon
from smmdesk_gui.ui.report import labels as lbl
from smmdesk_gui.ui.report.labels import Stats

CARD_KEYS = ("followers", "reach", "er_reach", "posts", "best_post")


THUMB = 40


def load_thumbnails(
    store: Store, paths: AppPaths, posts: list[kpis.PostFigures], size: int = THUMB
) -> dict[int, QImage]:
    """Small pictures of the posts' first images (worker thread: QImage, never QPixmap)."""
    from smmdesk_gui.media.errors import MediaError
    from smmdesk_gui.services.library.assets import MediaLibrary

    library = MediaLibrary(store, paths)
    out: dict[int, QImage] = {}
    for post in posts:
        asset_id = post.first_asset_id
        if asset_id is None or asset_id in out:
            continue
        try:
            path = library.thumbnail(library.get(asset_id))
        except (MediaError, OSError):
            continue  # a missing picture only loses its thumbnail
        image = QImage(str(path))
        if not image.isNull():
            out[asset_id] = image.scaled(
                size,
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
    return out


def _bold_label(text: str, scale: float = 1.0) -> QLabel:
    """A heading: ``text`` as plain text, bold, ``scale`` times the normal size."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class DashboardPage(QWidget):
    """The Dashboard (SCREEN_FACTORIES["dashboard"])."""

    loaded = Signal()  # emitted after a result was painted (tests, benchmark)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz: dt.tzinfo = workspace_zone(ctx.store)
        self.data: kpis.DashboardData | None = None
        self.timings: dict[str, float] = {}
        self._generation = 0
        self.notice = ""  # said after the period in the status line (e.g. a failed refresh)
        self._build()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        # Plain text in a bigger font, not "<h2>" around the translation: a translated title
        # holding "&" or "<" stays as written.
        title = _bold_label(Stats.tr("Dashboard"), 1.5)
        header.addWidget(title)
        header.addStretch(1)
        self.account = QComboBox()
        self.account.setObjectName("account")
        self.account.setToolTip(Stats.tr("Show one account or all of them together"))
        header.addWidget(self.account)
        self.picker = PeriodPicker(dt.datetime.now(self.tz).date())
        header.addWidget(self.picker)
        self.import_button = QToolButton()
        self.import_button.setText(Stats.tr("Add figures"))
        self.import_button.setIcon(icon("fa6s.file-import"))
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_button.setToolTip(Stats.tr("Import a stats file, or enter figures by hand"))
        menu = QMenu(self.import_button)
        self.import_action = menu.addAction(Stats.tr("Import a stats file…"), self.open_import)
        self.figures_action = menu.addAction(
            Stats.tr("Enter a post's figures…"), self.open_post_figures
        )
        self.ad_action = menu.addAction(Stats.tr("Add ad spend…"), self.open_ad_spend)
        self.ad_list_action = menu.addAction(Stats.tr("Ad spend entries…"), self.open_ad_spend_list)
        self.import_button.setMenu(menu)
        self.report_button = QPushButton(icon("fa6s.file-pdf"), Stats.tr("Report…"))
        self.report_button.setToolTip(
            Stats.tr("Save this period as a PDF report, with its numbers as CSV beside it")
        )
        self.refresh_button = QPushButton(icon("fa6s.rotate"), Stats.tr("Refresh"))
        self.refresh_button.setToolTip(Stats.tr("Fetch the latest figures from the platforms"))
        for b in (self.import_button, self.report_button, self.refresh_button):
            header.addWidget(b)
        outer.addLayout(header)
        self.status = QLabel("")
        self.status.setForegroundRole(self.status.foregroundRole())
        # a refresh's notice (one sentence per failed account) wraps instead of running off
        self.status.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        # "Report saved": the PDF opens in the computer's viewer from here.
        self.saved_report: Path | None = None
        self.open_report_button = QPushButton(icon("fa6s.file-pdf"), Stats.tr("Open"))
        self.open_report_button.setObjectName("openReport")
        self.open_report_button.setToolTip(Stats.tr("Open the saved report"))
        self.open_report_button.setVisible(False)
        self.open_report_button.clicked.connect(self.open_saved_report)
        status_row.addWidget(self.open_report_button)
        outer.addLayout(status_row)
        self.live = LiveFiguresBar(self.ctx, self.refresh_button)
        outer.addWidget(self.live)

        self.stack = QStackedWidget()
        self.empty = EmptyState(
            "fa6s.chart-line",
            Stats.tr("See what works"),
            Stats.tr(
                "Your followers, reach and best posts appear here once there are figures: "
                "connect an account, or import the stats file a platform lets you download."
            ),
            Stats.tr("Import a stats file"),
            self.open_import,
        )
        self.stack.addWidget(self.empty)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        grid = QVBoxLayout(body)
        cards = QHBoxLayout()
        self.cards = {key: KpiCard(key) for key in CARD_KEYS}
        self.cards["best_post"].title.setText(Stats.tr("Best post"))
        for card in self.cards.values():
            cards.addWidget(card)
        grid.addLayout(cards)
        charts = QGridLayout()
        self.followers_chart = FollowersChart()
        self.engagement_chart = EngagementChart()
        self.heatmap_chart = HeatmapChart()
        self.rubric_chart = RubricChart()
        charts.addWidget(self.followers_chart, 0, 0)
        charts.addWidget(self.engagement_chart, 0, 1)
        charts.addWidget(self.heatmap_chart, 1, 0)
        charts.addWidget(self.rubric_chart, 1, 1)
        grid.addLayout(charts)
        self.platform_table = PlatformTable()
        grid.addWidget(self.platform_table)
        tables = QHBoxLayout()
        self.top_model = PostsModel(self.tz, self)
        self.bottom_model = PostsModel(self.tz, self)
        for heading, model in (
            (Stats.tr("Top posts"), self.top_model),
            (Stats.tr("Posts that worked least"), self.bottom_model),
        ):
            box = QVBoxLayout()
            box.addWidget(_bold_label(heading))
            view = QTableView()
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.setWordWrap(False)
            view.verticalHeader().setDefaultSectionSize(THUMB + 6)
            view.setIconSize(QSize(THUMB, THUMB))
            head = view.horizontalHeader()
            head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            head.setSectionResizeMode(COL_POST, QHeaderView.ResizeMode.Stretch)
            head.setSectionResizeMode(COL_ACCOUNT, QHeaderView.ResizeMode.Interactive)
            head.resizeSection(COL_ACCOUNT, 130)
            view.setFixedHeight(  # five posts, no scrolling
                5 * (THUMB + 6)
                + view.horizontalHeader().sizeHint().height()
                + 2 * view.frameWidth()
                + 2
            )
            view.doubleClicked.connect(lambda index, m=model: self._open_post(m, index))
            box.addWidget(view)
            tables.addLayout(box)
        grid.addLayout(tables)
        grid.addStretch(1)
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        outer.addWidget(self.stack, 1)

        self.picker.changed.connect(self.reload)
        calendar_notifier().changed.connect(self._calendar_switched)
        self.account.currentIndexChanged.connect(self.reload)
        self.report_button.clicked.connect(self._ask_report)
        self.refresh_button.clicked.connect(self.refresh_live)
        self.live.message.connect(self.status.setText)
        self.live.finished.connect(self._live_done)

    # --- loading ---------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.live.hook()  # show a scheduled refresh's progress too
        self._fill_accounts()
        self.reload()

    def _fill_accounts(self) -> None:
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(Stats.tr("All accounts"), None)
        for pick in kpis.account_picks(self.ctx.store):
            self.account.addItem(lbl.account_text(pick.platform, pick.handle), pick.id)
        i = self.account.findData(current)
        self.account.setCurrentIndex(max(i, 0))
        self.account.blockSignals(False)

    def account_id(self) -> int | None:
        data = self.account.currentData()
        return int(data) if data is not None else None

    def _calendar_switched(self, _key: str) -> None:
        """Settings switched the calendar: "this month" and every date label change with it."""
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        period, account_id, store, tz = (
            self.picker.period(),
            self.account_id(),
            self.ctx.store,
            self.tz,
        )
        paths = self.ctx.paths
        previous = previous_period(period)  # in the UI's calendar: read here, on the GUI thread
        self.status.setText(Stats.tr("Loading…"))
        self.open_report_button.setVisible(False)

        def work() -> tuple[bool, kpis.DashboardData | None, dict[int, QImage]]:
            if not kpis.has_figures(store):
                return False, None, {}
            data = kpis.dashboard_data(store, period, account_id, tz, previous)
            return True, data, load_thumbnails(store, paths, data.top + data.bottom)

        self.ctx.tasks.run(work, lambda result: self._loaded(generation, result), self._failed)

    def _failed(self, exc: BaseException) -> None:
        from smmdesk_gui.errors import describe_exception

        _known, message = describe_exception(exc)
        self.status.setText(arg(Stats.tr("The figures could not be loaded: %1"), message))

    def _loaded(
        self,
        generation: int,
        result: tuple[bool, kpis.DashboardData | None, dict[int, QImage]],
    ) -> None:
        if generation != self._generation:
            return  # a newer period was chosen meanwhile
        has_data, data, thumbs = result
        self.top_model.set_thumbnails(thumbs)
        self.bottom_model.set_thumbnails(thumbs)
        if not has_data or data is None:
            self.stack.setCurrentWidget(self.empty)
            self.status.setText(self.notice)
            self.loaded.emit()
            return
        self.stack.setCurrentIndex(1)
        self.show_data(data)
        self.loaded.emit()

    def show_data(self, data: kpis.DashboardData) -> None:
        """Paint ``data`` (cards, charts, tables); times itself in ``timings['charts_ms']``."""
        t0 = time.perf_counter()
        self.data = data
        rows = {r.key: r for r in headline_rows(data.current, data.previous)}
        growth = rows["growth"]
        extra = ""
        if growth.value is not None:
            sign = "+" if growth.value >= 0 else "−"
            extra = arg(Stats.tr("%1 new"), sign + lbl.fmt_value(abs(growth.value), "count"))
        self.cards["followers"].show_row(rows["followers"], extra)
        self.cards["followers"].setToolTip(
            lbl.definition("followers") + "\n" + lbl.definition("growth_rate")
        )
        self.cards["reach"].show_row(rows["reach"])
        self.cards["er_reach"].show_row(rows["er_reach"])
        self.cards["posts"].show_row(rows["posts"])
        best = data.current.best_post
        if best is None:
            self.cards["best_post"].show_text(
                lbl.not_enough(),
                "",
                Stats.tr("The post with the highest engagement rate by reach in the period."),
            )
        else:
            self.cards["best_post"].show_text(
                lbl.fmt_value(best.er_reach.value, "percent")
                if best.er_reach.ok
                else lbl.fmt_value(best.interactions.total, "count"),
                best.title,
                Stats.tr("The post with the highest engagement rate by reach in the period.")
                + "\n"
                + best.title,
                elide=True,
            )
        self.followers_chart.update_series(data.followers_series)
        self.engagement_chart.update_posts(data.posts)
        self.heatmap_chart.update_heatmap(data.heatmap, data.heatmap_period.days)
        self.rubric_chart.update_rubrics(data.rubrics)
        self.platform_table.show_platforms(data.platforms)
        self.top_model.set_posts(data.top, self.tz)
        self.bottom_model.set_posts(data.bottom, self.tz)
        said = arg(
            Stats.tr("%1, compared with %2"),
            lbl.period_label(data.current.period),
            lbl.period_label(data.previous.period),
        )
        self.status.setText(f"{said}. {self.notice}" if self.notice else said)
        self.timings = dict(data.timings)
        self.timings["charts_ms"] = (time.perf_counter() - t0) * 1000.0

    # --- actions ---------------------------------------------------------------------------

    def _open_post(self, model: PostsModel, index: QModelIndex) -> None:
        post = model.post(index.row())
        if post.remote_url and post.remote_url.startswith("https://"):
            QDesktopServices.openUrl(QUrl(post.remote_url))

    def open_import(self) -> None:
        from smmdesk_gui.ui.dashboard.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.imported.connect(self.on_shown)
        dialog.open()

    def open_post_figures(self) -> None:
        from smmdesk_gui.ui.dashboard.entry_dialogs import PostFiguresDialog

        posts = self.data.posts if self.data is not None else []  # the period's posts
        dialog = PostFiguresDialog(self.ctx, posts, self)
        dialog.saved.connect(self.reload)
        dialog.open()

    def open_ad_spend(self) -> None:
        from smmdesk_gui.ui.dashboard.entry_dialogs import AdSpendDialog

        dialog = AdSpendDialog(self.ctx, kpis.account_picks(self.ctx.store), self)
        dialog.saved.connect(self.reload)
        dialog.open()

    def _ask_report(self) -> None:
        if self.data is None:
            return
        default = str(self.ctx.paths.exports / f"report-{self.data.current.period.first}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, Stats.tr("Save the report"), default, Stats.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_report(Path(path))

    def export_report(self, path: Path) -> tuple[Path, Path] | None:
        """Write the current period's PDF report and its numbers as CSV beside it."""
        from smmdesk_gui.ui.report.monthly import render_monthly_report

        if self.data is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        from smmdesk_gui.services.stats.report import report_branding

        who = self.account.currentText() if self.account_id() is not None else ""
        try:
            branding = report_branding(self.ctx.store, self.ctx.paths)
            thumbs = load_thumbnails(
                self.ctx.store,
                self.ctx.paths,
                [p for f in self.data.platforms for p in f.top],
                size=96,
            )
            render_monthly_report(self.data, path, who, self.tz, branding, thumbs)
            csv_path = path.with_suffix(".csv")
            write_report_csv(self.data, csv_path)
        except OSError as exc:
            from smmdesk_gui.errors import describe_exception

            self.status.setText(describe_exception(exc)[1])
            return None
        self.status.setText(arg(Stats.tr("Report saved: %1"), path))
        self.saved_report = path
        self.open_report_button.setVisible(True)
        return path, csv_path

    def open_saved_report(self) -> None:
        """The report just saved, in the computer's PDF viewer."""
        if self.saved_report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_report)))

    def open_ad_spend_list(self) -> None:
        from smmdesk_gui.ui.dashboard.ad_spend_list import AdSpendListDialog

        dialog = AdSpendListDialog(self.ctx, self)
        dialog.changed.connect(self.reload)
        dialog.open()

    def _live_done(self, notice: str) -> None:
        self.notice = notice
        # the service's English (the platform's own words) behind the translated notice
        self.status.setToolTip(self.live.details)
        self.reload()  # the new figures

    def refresh_live(self) -> None:
        """The Refresh button: fetch the latest figures now, off the GUI thread."""
        self.live.refresh()
