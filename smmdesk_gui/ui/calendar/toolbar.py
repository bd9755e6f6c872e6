"""The Plan screen's bars: navigation and view switch on top, filters and search below."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.plan.rows import AccountChoice, PlanFilter
from smmdesk_gui.ui.calendar.visible_range import CALENDARS, VIEWS
from smmdesk_gui.ui.icons import icon, platform_icon

STATE_FILTERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("scheduled", frozenset({"scheduled"})),
    ("draft", frozenset({"draft"})),
    ("published", frozenset({"published"})),
    ("failed", frozenset({"failed"})),
    ("attention", frozenset({"due", "unconfirmed", "retry_wait"})),
    ("needs_you", frozenset({"failed", "due", "unconfirmed"})),  # the status bar's count
)
NO_RUBRIC = -1


class NavigationBar(QWidget):
    """◀ Today ▶, the range title, Month / Week / Agenda, and the calendar system."""

    previous = Signal()
    next = Signal()
    today = Signal()
    view_changed = Signal(str)
    calendar_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.prev_button = QToolButton(self)
        # icon() turns the chevrons round in a right-to-left UI (back points right there)
        self.prev_button.setIcon(icon("fa6s.chevron-left"))
        self.prev_button.setToolTip(self.tr("Previous (Page Up)"))
        self.prev_button.clicked.connect(self.previous)
        self.today_button = QToolButton(self)
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (Ctrl+T)"))
        self.today_button.clicked.connect(self.today)
        self.next_button = QToolButton(self)
        self.next_button.setIcon(icon("fa6s.chevron-right"))
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.next_button.clicked.connect(self.next)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        for w in (self.prev_button, self.today_button, self.next_button):
            row.addWidget(w)
        row.addSpacing(8)
        row.addWidget(self.title, 1)
        self.view_group = QButtonGroup(self)
        self.view_buttons: dict[str, QToolButton] = {}
        labels = {"month": self.tr("Month"), "week": self.tr("Week"), "agenda": self.tr("List")}
        icons = {"month": "fa6s.calendar-days", "week": "fa6s.calendar-week", "agenda": "fa6s.list"}
        for key in VIEWS:
            b = QToolButton(self)
            b.setText(labels[key])
            b.setIcon(icon(icons[key]))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setCheckable(True)
            b.setObjectName(f"view-{key}")
            b.clicked.connect(lambda _=False, k=key: self.view_changed.emit(k))
            self.view_group.addButton(b)
            self.view_buttons[key] = b
            row.addWidget(b)
        row.addSpacing(8)
        self.calendar_combo = QComboBox(self)
        self.calendar_combo.setToolTip(self.tr("Calendar system"))
        names = {
            "gregorian": self.tr("Gregorian"),
            "jalali": self.tr("Persian (Jalali)"),
            "islamic": self.tr("Islamic (civil)"),
        }
        for key, _system in CALENDARS:
            self.calendar_combo.addItem(names[key], key)
        self.calendar_combo.currentIndexChanged.connect(
            lambda _i: self.calendar_changed.emit(str(self.calendar_combo.currentData()))
        )
        row.addWidget(self.calendar_combo)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """In a narrow window the view buttons show only their icons (the title stays whole)."""
        super().resizeEvent(event)
        buttons = list(self.view_buttons.values())
        if not hasattr(self, "_full_width"):
            self._full_width = self.sizeHint().width() + 80  # room for a longer title
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if event.size().width() >= self._full_width
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        for b in buttons:
            b.setToolButtonStyle(style)
            b.setToolTip(b.text())

    def set_view(self, key: str) -> None:
        self.view_buttons[key].setChecked(True)

    def set_calendar(self, key: str) -> None:
        i = self.calendar_combo.findData(key)
        self.calendar_combo.blockSignals(True)
        self.calendar_combo.setCurrentIndex(max(0, i))
        self.calendar_combo.blockSignals(False)


class FilterBar(QWidget):
    """Account, platform, rubric and state filters and a search box (debounced)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.account = QComboBox(self)
        self.platform = QComboBox(self)
        self.rubric = QComboBox(self)
        self.state = QComboBox(self)
        for combo, name in (
            (self.account, "filter-account"),
            (self.platform, "filter-platform"),
            (self.rubric, "filter-rubric"),
            (self.state, "filter-state"),
        ):
            combo.setObjectName(name)
            # Shrink with the window (a long handle is elided, its full text in the popup).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
            combo.setMaximumWidth(260)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            row.addWidget(combo)
        self.state.addItem(self.tr("All states"), "")
        state_names = {
            "scheduled": self.tr("Scheduled"),
            "draft": self.tr("Drafts"),
            "published": self.tr("Published"),
            "failed": self.tr("Failed"),
            "attention": self.tr("Needs attention"),
            "needs_you": self.tr("Needs you"),
        }
        for key, _states in STATE_FILTERS:
            self.state.addItem(state_names[key], key)
        self.search = QLineEdit(self)
        self.search.setObjectName("filter-search")
        self.search.setPlaceholderText(self.tr("Search posts (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icon("fa6s.magnifying-glass"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search.setMinimumWidth(120)
        row.addWidget(self.search, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self._filling = False
        self._filled: tuple[object, ...] | None = None

    def fill(self, accounts: list[AccountChoice], rubrics: list[tuple[int, str, str]]) -> None:
        """(Re)fill the choices, keeping what is selected (nothing to do when unchanged)."""
        key = (tuple(accounts), tuple(rubrics))
        if key == self._filled:
            return
        self._filled = key
        self._filling = True
        for combo in (self.account, self.platform, self.rubric):
            combo.blockSignals(True)
        keep = (self.account.currentData(), self.platform.currentData(), self.rubric.currentData())
        self.account.clear()
        self.account.addItem(icon("fa6s.users"), self.tr("All accounts"), 0)
        for a in accounts:
            self.account.addItem(platform_icon(a.platform), f"@{a.handle}", a.id)
        self.platform.clear()
        self.platform.addItem(icon("fa6s.globe"), self.tr("All platforms"), "")
        for pid in sorted({a.platform for a in accounts}):
            name = PLATFORMS[pid].name if pid in PLATFORMS else pid
            self.platform.addItem(platform_icon(pid), name, pid)
        self.rubric.clear()
        self.rubric.addItem(self.tr("All rubrics"), 0)
        for rid, name, colour in rubrics:
            self.rubric.addItem(_swatch(colour), name, rid)
        self.rubric.addItem(self.tr("No rubric"), NO_RUBRIC)
        for combo, value in zip((self.account, self.platform, self.rubric), keep, strict=True):
            i = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)
        self._filling = False

    def current_filter(self) -> PlanFilter:
        account = self.account.currentData()
        platform = self.platform.currentData()
        rubric = self.rubric.currentData()
        state_key = self.state.currentData()
        states = next((s for k, s in STATE_FILTERS if k == state_key), frozenset())
        rubric_ids: frozenset[int | None] = frozenset()
        if rubric == NO_RUBRIC:
            rubric_ids = frozenset({None})
        elif rubric:
            rubric_ids = frozenset({int(rubric)})
        return PlanFilter(
            account_ids=frozenset({int(account)}) if account else frozenset(),
            platforms=frozenset({str(platform)}) if platform else frozenset(),
            rubric_ids=rubric_ids,
            states=states,
            text=self.search.text(),
        )

    def set_state(self, key: str) -> None:
        """Show only the posts in one of ``STATE_FILTERS`` ("" for all states)."""
        i = self.state.findData(key)
        self.state.setCurrentIndex(max(0, i))

    def flush(self) -> None:
        """Apply a pending search now (Enter in the search box, tests)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.changed.emit()


def _swatch(colour: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QIcon, QPixmap

    pix = QPixmap(12, 12)
    pix.fill(QColor(colour))
    return QIcon(pix)
