"""Settings: UI language, calendar, time zone, where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.ui.calendars import calendar_notifier, choose_ui_calendar, ui_calendar_key
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import LANGUAGES, arg, language_in_use


class SettingsPage(QWidget):
    """Language and time zone choices, and the data folders with buttons to open them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Settings"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)

        general = QGroupBox(self.tr("Language and time"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        # the language in use (``--lang`` may differ from the one saved)
        self.language_in_use = language_in_use()
        self.language.setCurrentIndex(max(0, self.language.findData(self.language_in_use)))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language"), self.language)
        self.language_note = QLabel("")
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.restart_button = QPushButton(self.tr("Restart now"))
        self.restart_button.setObjectName("restartNow")
        self.restart_button.setVisible(False)
        self.restart_button.clicked.connect(self._restart)
        self._note_row = QHBoxLayout()
        self._note_row.addWidget(self.language_note, 1)
        self._note_row.addWidget(self.restart_button)
        self._form = form
        form.addRow("", self._note_row)
        form.setRowVisible(self._note_row, False)  # shown with something to say

        self.calendar = QComboBox()
        self.calendar.setObjectName("calendar")
        for key, name in (
            ("gregorian", self.tr("Gregorian")),
            ("jalali", self.tr("Persian (Jalali)")),
            ("islamic", self.tr("Islamic")),
        ):
            self.calendar.addItem(name, key)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(ui_calendar_key())))
        self.calendar.currentIndexChanged.connect(self._calendar_chosen)
        calendar_notifier().changed.connect(self._calendar_switched)  # the Plan's box
        form.addRow(self.tr("Calendar"), self.calendar)

        self.timezone = QComboBox()
        self.timezone.setObjectName("timezone")
        self.timezone.setEditable(True)
        form.addRow(self.tr("Time zone"), self.timezone)
        self.timezone_note = QLabel(
            self.tr("Posting times are shown and scheduled in this time zone.")
        )
        self.timezone_note.setWordWrap(True)
        form.addRow("", self.timezone_note)
        outer.addWidget(general)

        data = QGroupBox(self.tr("Your data"))
        data_form = QFormLayout(data)
        for label, path in (
            (self.tr("Data folder"), ctx.paths.home),
            (self.tr("Backups"), ctx.paths.backups),
            (self.tr("Log files"), ctx.paths.logs),
        ):
            row = QHBoxLayout()
            shown = QLabel(str(path))
            shown.setWordWrap(True)
            row.addWidget(shown, 1)
            button = QPushButton(self.tr("Open"))
            button.clicked.connect(lambda _=False, p=path: self._open(p))
            row.addWidget(button)
            data_form.addRow(label, row)
        outer.addWidget(data)
        if not ctx.demo:
            from smmdesk_gui.ui.publishing.schedule_box import PublishScheduleBox

            outer.addWidget(PublishScheduleBox(ctx))
        about_row = QHBoxLayout()
        about_row.addStretch(1)
        self.about_button = QPushButton(self.tr("About SMM Desk…"))
        self.about_button.setObjectName("about")
        self.about_button.clicked.connect(self._show_about)
        about_row.addWidget(self.about_button)
        outer.addLayout(about_row)
        outer.addStretch(1)
        self._timezones_loaded = False

    def on_shown(self) -> None:
        if self._timezones_loaded:
            return
        self._timezones_loaded = True
        from smmdesk_gui.services.workspace import workspace_zone

        store = self.ctx.store

        def load() -> tuple[list[str], str]:
            import zoneinfo

            names = sorted(zoneinfo.available_timezones())
            return names, workspace_zone(store).key

        self.ctx.tasks.run(load, self._fill_timezones)

    def _fill_timezones(self, result: tuple[list[str], str]) -> None:
        names, current = result
        self.timezone.blockSignals(True)
        self.timezone.addItems(names)
        index = self.timezone.findText(current)
        if index >= 0:
            self.timezone.setCurrentIndex(index)
        self.timezone.blockSignals(False)
        self.timezone.currentTextChanged.connect(self._timezone_changed)

    def _timezone_changed(self, name: str) -> None:
        from smmdesk_gui.services.workspace import set_workspace_zone

        try:
            set_workspace_zone(self.ctx.store, name)
        except ValueError:
            self.timezone_note.setText(self.tr("Unknown time zone: pick one from the list."))
            return
        self.timezone_note.setText(
            self.tr("Posting times are shown and scheduled in this time zone.")
        )

    def _language_changed(self, _index: int) -> None:
        code = str(self.language.currentData())
        self.ctx.settings().setValue("ui/language", code)
        changed = code != self.language_in_use
        self._form.setRowVisible(self._note_row, changed)
        if not changed:
            self.language_note.setText("")
            self.restart_button.setVisible(False)
            return
        # Screens are translated when built: the new language needs a new start, and the
        # owner decides when (a mistaken choice in the box must not close the window).
        self.language_note.setText(
            arg(self.tr("SMM Desk restarts in %1 — your work is saved."), LANGUAGES[code])
        )
        self.restart_button.setVisible(True)

    def _restart(self) -> None:
        if not self.ctx.navigator.restart_app():  # no window to restart (tests, self-test)
            self.language_note.setText(self.tr("The new language is used from the next start."))
            self.restart_button.setVisible(False)

    def _calendar_chosen(self, _index: int) -> None:
        choose_ui_calendar(str(self.calendar.currentData()), self.ctx.settings())

    def _calendar_switched(self, key: str) -> None:
        self.calendar.blockSignals(True)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(key)))
        self.calendar.blockSignals(False)

    def _show_about(self) -> None:
        from smmdesk_gui.ui.about import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def _open(self, path: object) -> None:
        from pathlib import Path

        folder = Path(str(path))
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
