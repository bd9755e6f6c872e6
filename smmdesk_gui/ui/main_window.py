"""The main window: a navigation rail, the current screen, and a status bar.

Screens are built lazily, the first time the user opens them, from ``SCREEN_FACTORIES``. Until the
workspace is open (the store is opened off the GUI thread after the first paint) the window shows
a short "opening" page.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.ui.accounts.expiry import ReconnectSoonButton
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg, join_parts
from smmdesk_gui.ui.rail import RAIL, NavigationRail

if TYPE_CHECKING:
    from smmdesk_gui.ui.dashboard.live_bar import StatsRefresher
    from smmdesk_gui.ui.publishing.publisher import GuiPublisher

log = logging.getLogger(__name__)

ScreenFactory = Callable[[AppContext], QWidget]


def _lazy(target: str) -> ScreenFactory:
    """A factory that imports the screen's module on first use: screens pull in SQLAlchemy,
    Pillow and the like, which must not slow down the first paint."""

    def build(ctx: AppContext) -> QWidget:
        import importlib

        module, _, name = target.partition(":")
        page: QWidget = getattr(importlib.import_module(module), name)(ctx)
        return page

    return build


SCREEN_FACTORIES: dict[str, ScreenFactory] = {
    "plan": _lazy("smmdesk_gui.ui.calendar.page:PlanPage"),
    "compose": _lazy("smmdesk_gui.ui.composer.page:ComposePage"),
    "dashboard": _lazy("smmdesk_gui.ui.dashboard.page:DashboardPage"),
    "media": _lazy("smmdesk_gui.ui.media.page:MediaPage"),
    "accounts": _lazy("smmdesk_gui.ui.accounts.page:AccountsPage"),
    "settings": _lazy("smmdesk_gui.ui.settings_page:SettingsPage"),
}

DEFAULT_SCREEN = "plan"
# The publisher's and the stats refresher's modules, imported off the GUI thread at start.
_SERVICE_MODULES = ("smmdesk_gui.ui.dashboard.live_bar", "smmdesk_gui.ui.publishing.publisher")
# Start them then at the latest (ms after the workspace opened), even if the screen never loaded.
SERVICES_AT_LATEST_MS = 3_000


class _NextPaint(QObject):
    """Calls ``callback`` from the event loop after ``widget``'s next paint, once."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.widget, self.callback)
            self.deleteLater()
        return False


def _after_next_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    _NextPaint(widget, callback)
    widget.update()  # a hidden or already painted widget: ask for one


class MainWindow(QMainWindow):
    """Rail + stacked screens + status bar. Geometry and last screen are remembered."""

    screen_changed = Signal(str)
    first_screen_shown = Signal()  # the first screen painted its data (or 3 s passed): once

    def __init__(self, paths: AppPaths, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.ui_settings = settings
        self.ctx: AppContext | None = None
        self.screens: dict[str, QWidget] = {}
        self.restart_pending = False  # closed to start again (app.py relaunches after the lock)
        self.current = str(settings.value("window/screen", DEFAULT_SCREEN))
        if self.current not in SCREEN_FACTORIES:
            self.current = DEFAULT_SCREEN

        self.setWindowTitle(self.tr("SMM Desk"))
        self.setMinimumSize(QSize(760, 520))
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.rail = NavigationRail(central)
        self.rail.selected.connect(self.navigate)
        row.addWidget(self.rail)
        line = QFrame(central)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        self.stack = QStackedWidget(central)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.opening = QLabel(self.tr("Opening your workspace…"), self.stack)
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.rail.set_current(self.current)
        self.rail.setEnabled(False)

        self.queue_label = QLabel(self.tr("Opening…"))
        self.queue_label.setObjectName("queueStatus")
        # The status is a way in: a click (or Enter with the focus on it) goes to what needs the
        # owner, else to today's plan. A plain QLabel with an event filter, so it reads as text.
        self.queue_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.queue_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.queue_label.installEventFilter(self)
        self.status_summary: object | None = None  # the last QueueSummary shown
        self.network_label = QLabel()
        self.network_label.setObjectName("networkStatus")
        self.statusBar().addWidget(self.queue_label, 1)
        self.reconnect_soon = ReconnectSoonButton()  # a login that expires within a week
        self.statusBar().addPermanentWidget(self.reconnect_soon)
        self.statusBar().addPermanentWidget(self.network_label)

        for key, _icon, _label, shortcut in RAIL:
            sc = QShortcut(QKeySequence(shortcut), self)
            sc.activated.connect(lambda k=key: self.navigate(k))

        self._status_timer = QTimer(self)
        self._status_timer.setInterval(60_000)
        self._status_timer.timeout.connect(self.refresh_status)
        self.publisher: GuiPublisher | None = None
        self.stats_refresher: StatsRefresher | None = None
        self._services_loading = False
        self._first_screen_hook: Callable[[QWidget], None] | None = None
        self._restore_geometry()

    # ----- workspace ---------------------------------------------------------------------------
    def attach(self, ctx: AppContext, *, defer_services: bool = False) -> None:
        """The store is open: enable navigation and show the remembered screen.

        Args:
            ctx: the open workspace.
            defer_services: start the status bar's queries, the publisher and the stats
                refresher only once the first screen has shown its data (the app's start: they
                cost a quarter of a second of imports and queries the Plan should not wait
                for); the services come earlier when another screen is opened or the publisher
                is asked for. Tests leave it off unless they test this.
        """
        self.ctx = ctx
        # The one place the window's parts are wired to each other (ARCHITECTURE.md: screens
        # reach each other through the navigator, never through this window's attributes).
        nav = ctx.navigator
        nav.screen_requested.connect(self.navigate)
        nav.compose_requested.connect(self.open_draft)
        nav.account_requested.connect(self.show_account)
        nav.plan_changed.connect(self.refresh_status)
        nav.plan_day_requested.connect(self.show_plan_day)
        nav.restart_requested.connect(self.close_for_restart)
        # The publisher answers "see why" and "publish now" (it may not exist yet, see above).
        nav.problem_requested.connect(self._show_problem)
        nav.publish_requested.connect(self._publish_now)
        self.rail.load_icons()
        if ctx.demo:
            self.setWindowTitle(self.tr("SMM Desk — demo workspace"))
        self.rail.setEnabled(True)
        if not defer_services or self.current == "dashboard":
            # before any screen is built: the Dashboard follows the app's refresher
            self._start_services()
        if defer_services:
            # the status bar's queries and the network watcher wait for the first screen too
            self._first_screen_hook = self._after_first_screen
        self.navigate(self.current)
        if not defer_services:
            self._start_status()

    def _start_status(self) -> None:
        """The status bar's queue summary (now and every minute) and network state (once)."""
        if self._status_timer.isActive():
            return
        self.refresh_status()
        self._status_timer.start()
        self._watch_network()

    def _start_services(self) -> None:
        """Make and start the publisher and the stats refresher (once)."""
        ctx = self.ctx
        if ctx is None or self.publisher is not None:
            return
        from smmdesk_gui.ui.dashboard.live_bar import StatsRefresher
        from smmdesk_gui.ui.publishing.publisher import GuiPublisher

        # live figures at start, every hour, and on the Dashboard's Refresh (never in the demo);
        # on the context before any other screen is built, so the Dashboard follows this one
        self.stats_refresher = ctx.stats_refresher = StatsRefresher(ctx, parent=self)
        self.publisher = GuiPublisher(ctx, self)  # sends due posts off the GUI thread
        self.publisher.start()
        self.stats_refresher.start()

    def _publisher(self) -> GuiPublisher:
        self._start_services()
        assert self.publisher is not None
        return self.publisher

    def _show_problem(self, target_id: int) -> None:
        self._publisher().show_problem_for(target_id)

    def _publish_now(self) -> None:
        self._publisher().tick()

    def _after_first_screen(self, page: QWidget) -> None:
        """Once ``page``, the first screen, has painted its data: the status bar, then the
        services, their modules imported on a worker (the GUI thread stays free)."""
        ctx = self.ctx
        assert ctx is not None
        loaded = getattr(page, "loaded", None)

        def load_modules() -> None:
            import importlib

            for module in _SERVICE_MODULES:
                importlib.import_module(module)

        def begin() -> None:
            if not self._status_timer.isActive():  # the first of the two calls below
                self.first_screen_shown.emit()
            self._start_status()
            if self.publisher is None and not self._services_loading:
                self._services_loading = True
                ctx.tasks.run(
                    load_modules,
                    on_done=lambda _: self._start_services(),
                    on_error=lambda _exc: self._start_services(),  # it says itself, here
                )

        if loaded is not None:
            # a paint request waits behind timers: begin after the paint of the loaded data
            loaded.connect(
                lambda: _after_next_paint(page, begin), Qt.ConnectionType.SingleShotConnection
            )
        else:
            _after_next_paint(page, begin)
        QTimer.singleShot(SERVICES_AT_LATEST_MS, self, begin)  # a screen whose load failed

    def show_error(self, message: str) -> None:
        """The workspace could not be opened: say why, in place of the screens."""
        self.opening.setText(message)
        self.opening.setWordWrap(True)
        self.queue_label.setText(self.tr("Workspace not open"))

    def navigate(self, key: str) -> None:
        """Show the screen ``key`` (building it the first time)."""
        if key not in SCREEN_FACTORIES:
            return
        self.current = key
        self.rail.set_current(key)
        if self.ctx is None:
            return
        page = self.screens.get(key)
        if page is None and self.screens:
            self._start_services()  # another screen: the services come first (see attach)
        if page is None:
            page = SCREEN_FACTORIES[key](self.ctx)
            page.setObjectName(f"screen-{key}")
            self.screens[key] = page
            self.stack.addWidget(page)
            hook, self._first_screen_hook = self._first_screen_hook, None
            if hook is not None:
                hook(page)  # before it loads: see attach
        self.stack.setCurrentWidget(page)
        on_shown = getattr(page, "on_shown", None)
        if callable(on_shown):
            on_shown()
        self.ui_settings.setValue("window/screen", key)
        self.screen_changed.emit(key)

    def open_draft(self, draft: object) -> None:
        """The navigator's ``show_compose``: the Compose screen with ``draft`` in it."""
        from smmdesk_gui.services.compose.drafts import Draft
        from smmdesk_gui.ui.composer.page import ComposePage

        assert isinstance(draft, Draft)
        self.navigate("compose")
        page = self.screens.get("compose")
        if isinstance(page, ComposePage):
            page.open_draft(draft)

    def show_plan_day(self, day: object) -> None:
        """The navigator's ``show_plan_day``: the Plan screen at that day."""
        from smmdesk_gui.ui.calendar.models import qdate
        from smmdesk_gui.ui.calendar.page import PlanPage

        assert isinstance(day, dt.date)
        self.navigate("plan")
        page = self.screens.get("plan")
        if isinstance(page, PlanPage):
            page.go_to(qdate(day))

    def show_account(self, account_id: int, reconnect: bool = False) -> None:
        """The navigator's ``show_account``: the Accounts screen with that account selected."""
        from smmdesk_gui.ui.accounts.page import AccountsPage

        self.navigate("accounts")
        page = self.screens.get("accounts")
        if isinstance(page, AccountsPage):
            page.focus_account(account_id, reconnect=reconnect)

    # ----- status bar --------------------------------------------------------------------------
    def refresh_status(self) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        from smmdesk_gui.services.publish.overview import queue_summary
        from smmdesk_gui.services.workspace import workspace_zone

        store = ctx.store

        def job() -> tuple[object, dt.tzinfo]:
            tz = workspace_zone(store)
            return queue_summary(store, dt.datetime.now(dt.UTC), tz), tz

        ctx.tasks.run(job, self._show_status, lambda exc: log.warning("status: %s", exc))
        self.reconnect_soon.refresh(ctx)

    def _show_status(self, result: tuple[object, dt.tzinfo]) -> None:
        from smmdesk_gui.services.publish.overview import QueueSummary
        from smmdesk_gui.ui.formatting import format_time

        summary, tz = result
        assert isinstance(summary, QueueSummary)
        self.status_summary = summary
        parts: list[str] = []
        if summary.accounts == 0:
            parts.append(self.tr("No accounts connected yet"))
        elif summary.scheduled_today == 0:
            parts.append(self.tr("No posts scheduled today"))
        else:
            parts.append(self.tr("%n post(s) scheduled today", "", summary.scheduled_today))
        if summary.next_at is not None:
            parts.append(arg(self.tr("next at %1"), format_time(summary.next_at, tz)))
        if summary.failed:
            parts.append(self.tr("%n failed", "", summary.failed))
        if summary.needs_you:
            parts.append(self.tr("%n need(s) you", "", summary.needs_you))
        self.queue_label.setText(join_parts(parts))  # each phrase isolated: "1 failed · 1 …"
        tip = (
            self.tr("Click to see the posts that need you")
            if summary.failed or summary.needs_you
            else self.tr("Click to see today's plan")
        )
        self.queue_label.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on the queue status (or Enter / Space while it has the focus) opens it."""
        if watched is self.queue_label:
            kind = event.type()
            if (
                kind == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
            ) or (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            ):
                self.open_status()
                return True
        return super().eventFilter(watched, event)

    def open_status(self) -> None:
        """Where the status bar points: the Plan's list of posts that need the owner (failed,
        due by hand, to check), in the month of the earliest, and when there is just one, its
        window; else today in the Plan."""
        from smmdesk_gui.services.publish.overview import QueueSummary
        from smmdesk_gui.ui.calendar.page import PlanPage

        if self.ctx is None:
            return
        self.navigate("plan")
        page = self.screens.get("plan")
        if not isinstance(page, PlanPage):
            return
        summary = self.status_summary
        if isinstance(summary, QueueSummary) and (summary.failed or summary.needs_you):
            page.show_needing_action(summary.attention_at)
            publisher = getattr(self, "publisher", None)
            if summary.attention_target is not None and publisher is not None:
                # Just one: its own window too ("ready to post", or what went wrong).
                if summary.attention_state == "due":
                    publisher.show_ready(summary.attention_target)
                else:
                    publisher.show_problem_for(summary.attention_target)
        else:
            page.go_today()

    def _watch_network(self) -> None:
        from smmdesk_gui.ui.network_status import NetworkWatcher

        self.network_watcher = NetworkWatcher(self)
        self.network_watcher.changed.connect(self._show_network)
        self.network_watcher.start()  # never blocks: the OS service may not answer (issue 16)

    def _show_network(self, reach: object) -> None:
        from smmdesk_gui.ui.network_status import Reach

        if reach is Reach.ONLINE:
            self.network_label.setText(self.tr("Online"))
        elif reach is Reach.OFFLINE:
            self.network_label.setText(self.tr("Offline — posts wait until you are back online"))
        else:
            self.network_label.setText(self.tr("Network status unknown"))

    # ----- geometry ----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.ui_settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 760)

    def save_state(self) -> None:
        self.ui_settings.setValue("window/geometry", self.saveGeometry())
        self.ui_settings.setValue("window/screen", self.current)
        self.ui_settings.sync()

    def close_for_restart(self) -> None:
        """Close as on a quit (drafts saved, this screen remembered) and have app.py start the
        app again once it has let go of the data folder."""
        self.restart_pending = True
        if not self.close():
            self.restart_pending = False

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.screens.values():
            before_close = getattr(page, "before_close", None)
            if callable(before_close):
                before_close()  # e.g. the composer saves its draft
        self.save_state()
        self._status_timer.stop()
        if self.publisher is not None:
            self.publisher.stop()
        if self.stats_refresher is not None:
            self.stats_refresher.stop()
        super().closeEvent(event)
