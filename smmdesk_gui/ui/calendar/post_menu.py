"""A post's right-click menu on the calendar: edit, duplicate, move to a date, post now, back to
ideas, delete. Every change but "Edit" is a plan command on the page's undo stack (Ctrl+Z takes
it back); "Post now" also asks the window's publisher to run."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCalendar, QDate, QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.services.plan.rows import PlanEntry
from smmdesk_gui.ui.calendar.models import pydate, qdate
from smmdesk_gui.ui.calendars import format_date_long
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon

if TYPE_CHECKING:
    from smmdesk_gui.ui.calendar.page import PlanPage


class MoveToDateDialog(QDialog):
    """Pick the day a post moves to; its time of day stays."""

    def __init__(
        self, day: QDate, calendar: QCalendar | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveToDate")
        self.setWindowTitle(self.tr("Move to a date"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The post keeps its time of day."), self))
        self.calendar = QCalendarWidget(self)
        if calendar is not None:  # the Plan's calendar system (Persian, Islamic, Gregorian)
            self.calendar.setCalendar(calendar)
        self.calendar.setSelectedDate(day)
        self.calendar.activated.connect(lambda _d: self.accept())  # double-click / Enter
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PostMenu(QObject):
    """Builds and runs the menu of one post of the Plan screen."""

    def __init__(self, page: PlanPage) -> None:
        super().__init__(page)
        self.page = page
        self.menu: QMenu | None = None  # the one shown last (tests find its actions)
        self.move_dialog: MoveToDateDialog | None = None

    def build(self, entry: PlanEntry) -> QMenu:
        """The menu for ``entry``; actions a post's state does not allow are disabled."""
        page = self.page
        menu = QMenu(page)
        menu.setObjectName("postMenu")
        movable = entry.movable
        scheduled = movable and "draft" not in entry.states

        def add(name: str, glyph: str, text: str, slot: object, enabled: bool = True) -> QAction:
            action = menu.addAction(icon(glyph), text)
            action.setObjectName(name)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            return action

        add("edit", "fa6s.pen", self.tr("Edit"), lambda: page.open_in_composer(entry.post_id))
        add(
            "duplicate",
            "fa6s.clone",
            self.tr("Duplicate (%n day(s) later)", "", page.actions_bar.days.value()),
            lambda: page.changes.duplicate_selected(),
        )
        add(
            "move",
            "fa6s.calendar-day",
            self.tr("Move to a date…"),
            lambda: self.ask_move(entry),
            movable,
        )
        add(
            "post_now",
            "fa6s.paper-plane",
            self.tr("Post now"),
            lambda: self.post_now(entry),
            scheduled,
        )
        menu.addSeparator()
        add(
            "unschedule",
            "fa6s.lightbulb",
            self.tr("Back to ideas"),
            lambda: page.changes.unschedule_selected(),
            movable,
        )
        add("delete", "fa6s.trash", self.tr("Delete"), lambda: page.changes.delete_selected())
        return menu

    def open(self, entry: PlanEntry, at: QPoint) -> None:
        """Show the menu at ``at`` (global) for ``entry``, which the view has selected."""
        self.menu = self.build(entry)
        self.menu.exec(at)

    def ask_move(self, entry: PlanEntry) -> None:
        """The day the post moves to, from a calendar; then one undoable move."""
        dialog = MoveToDateDialog(qdate(entry.day), self.page.calendar, self.page)
        self.move_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.move(entry, dialog.calendar.selectedDate())

    def move(self, entry: PlanEntry, day: QDate) -> None:
        # imported here: the commands (SQLAlchemy) are not needed for the Plan's first paint
        from smmdesk_gui.services.plan import commands as pc

        ids, target, tz = list(entry.target_ids), pydate(day), self.page.tz
        if self.page.changes.push(lambda store: pc.reschedule(store, ids, target, tz)):
            self.page.show_notice(
                arg(
                    self.tr("Moved to %1. Ctrl+Z moves it back."),
                    format_date_long(day),  # in the UI's calendar, as the Plan shows it
                )
            )

    def post_now(self, entry: PlanEntry) -> None:
        """Due now: the publisher sends it (an assisted post becomes the owner's reminder)."""
        from smmdesk_gui.services.assisted import assisted_account_ids
        from smmdesk_gui.services.plan import commands as pc

        ids, now = list(entry.target_ids), dt.datetime.now(dt.UTC)
        if self.page.changes.push(lambda store: pc.post_now(store, ids, now)):
            # the queue's rule (Instagram with a photo host is sent), read before it runs
            by_hand = assisted_account_ids(self.page.ctx.store) & set(entry.account_ids)
            self.page.ctx.navigator.publish_now()
            if not by_hand:
                self.page.show_notice(self.tr("It goes out now. Ctrl+Z takes it back until then."))
            else:  # an account posted by hand: SMM Desk can only remind the owner
                self.page.show_notice(
                    self.tr("It is ready to post now: SMM Desk shows you the text and photos.")
                )
