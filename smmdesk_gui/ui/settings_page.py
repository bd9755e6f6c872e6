"""Settings: the shop's name, UI language, calendar, time zone, where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.ui.calendars import calendar_notifier, choose_ui_calendar, ui_calendar_key
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import LANGUAGES, QT_TRANSLATE_NOOP, arg, language_in_use

ZONE_ROLE = Qt.ItemDataRole.UserRole

# The time-zone list's groups, in the UI language (IANA's areas).
REGIONS: dict[str, str] = {
    "Africa": QT_TRANSLATE_NOOP("SettingsPage", "Africa"),
    "America": QT_TRANSLATE_NOOP("SettingsPage", "Americas"),
    "Antarctica": QT_TRANSLATE_NOOP("SettingsPage", "Antarctica"),
    "Arctic": QT_TRANSLATE_NOOP("SettingsPage", "Arctic"),
    "Asia": QT_TRANSLATE_NOOP("SettingsPage", "Asia"),
    "Atlantic": QT_TRANSLATE_NOOP("SettingsPage", "Atlantic Ocean"),
    "Australia": QT_TRANSLATE_NOOP("SettingsPage", "Australia"),
    "Europe": QT_TRANSLATE_NOOP("SettingsPage", "Europe"),
    "Indian": QT_TRANSLATE_NOOP("SettingsPage", "Indian Ocean"),
    "Pacific": QT_TRANSLATE_NOOP("SettingsPage", "Pacific Ocean"),
}


def country_name(code: str) -> str:
    """A country's name from its ISO code, as Qt's locale data spells it ("" when unknown)."""
    if not code:
        return ""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


def zone_text(name: str, country: str) -> str:
    """ "Amsterdam — Netherlands" for Europe/Amsterdam; "Indianapolis (Indiana) — United States"."""
    parts = name.split("/")
    city = parts[-1].replace("_", " ")
    where = country_name(country)
    middle = " ".join(p.replace("_", " ") for p in parts[1:-1])
    if middle and middle != where:  # "Indiana", but not "Argentina — Argentina"
        city = f"{city} ({middle})"
    return f"{city} — {where}" if where else city


def zone_model(zones: list[tuple[str, str]], current: str) -> QStandardItemModel:
    """The grouped list: UTC, then a heading per region with its cities sorted by name.

    Headings are not selectable. A current zone missing from the list (an old alias the
    computer reports) is kept at the top so the box never shows a zone that is not in use.
    """
    model = QStandardItemModel()
    known = {name for name, _ in zones}
    top = ["UTC"] + ([current] if current not in known and current != "UTC" else [])
    for name in top:
        item = QStandardItem(name)
        item.setData(name, ZONE_ROLE)
        model.appendRow(item)
    groups: dict[str, list[tuple[str, str]]] = {}
    for name, country in zones:
        groups.setdefault(name.split("/", 1)[0], []).append((zone_text(name, country), name))
    for region in sorted(groups, key=lambda r: tr_region(r).casefold()):
        heading = QStandardItem(tr_region(region))
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        model.appendRow(heading)
        for text, name in sorted(groups[region], key=lambda t: t[0].casefold()):
            item = QStandardItem(text)
            item.setData(name, ZONE_ROLE)
            item.setToolTip(name)
            model.appendRow(item)
    return model


def tr_region(region: str) -> str:
    return QCoreApplication.translate("SettingsPage", REGIONS.get(region, region))


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

        shop = QGroupBox(self.tr("Your shop"))
        shop_form = QFormLayout(shop)
        from smmdesk_gui.services.workspace import shop_name

        self.shop_name = QLineEdit(shop_name(ctx.store))
        self.shop_name.setObjectName("shop_name")
        self.shop_name.setPlaceholderText(self.tr("e.g. Bakery Zoet"))
        self.shop_name.editingFinished.connect(self._shop_name_changed)
        shop_form.addRow(self.tr("Shop name"), self.shop_name)
        shop_note = QLabel(
            self.tr(
                "Printed at the top of your reports, with the logo you chose "
                "for your photos (Media)."
            )
        )
        shop_note.setWordWrap(True)
        shop_form.addRow("", shop_note)
        outer.addWidget(shop)

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
        # Started with --lang: the saved language is the next start's; say so at once.
        self._say_next_language(str(ctx.settings().value("ui/language", self.language_in_use)))

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
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zone_edit = self.timezone.lineEdit()
        assert zone_edit is not None  # an editable combo box has one
        zone_edit.setPlaceholderText(self.tr("Type a city or a country"))
        self.timezone.setMinimumContentsLength(28)
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
        photos = QGroupBox(self.tr("Photo hosting"))
        photos_row = QHBoxLayout(photos)
        self.photo_hosting_state = QLabel()
        self.photo_hosting_state.setWordWrap(True)
        photos_row.addWidget(self.photo_hosting_state, 1)
        self.photo_hosting_button = QPushButton(self.tr("Set up…"))
        self.photo_hosting_button.setObjectName("photoHosting")
        self.photo_hosting_button.clicked.connect(self._open_photo_hosting)
        photos_row.addWidget(self.photo_hosting_button)
        outer.addWidget(photos)
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
        self._show_photo_hosting()
        if self._timezones_loaded:
            return
        self._timezones_loaded = True
        from smmdesk_gui.services.workspace import workspace_zone

        store = self.ctx.store

        def load() -> tuple[list[tuple[str, str]], str]:
            from smmdesk_gui.services.workspace import canonical_zones

            return canonical_zones(), workspace_zone(store).key

        self.ctx.tasks.run(load, self._fill_timezones)

    def _fill_timezones(self, result: tuple[list[tuple[str, str]], str]) -> None:
        zones, current = result
        self.timezone.blockSignals(True)
        model = zone_model(zones, current)
        model.setParent(self.timezone)
        self.timezone.setModel(model)
        # Typing finds a city or a country anywhere in the name ("dam", "Netherlands").
        completer = QCompleter(model, self.timezone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone.setCompleter(completer)
        index = self.timezone.findData(current, ZONE_ROLE)
        if index >= 0:
            self.timezone.setCurrentIndex(index)
        self.timezone.blockSignals(False)
        self.timezone.currentIndexChanged.connect(self._timezone_picked)
        zone_edit = self.timezone.lineEdit()
        assert zone_edit is not None
        zone_edit.editingFinished.connect(self._timezone_typed)

    def zone(self) -> str | None:
        """The zone name of the current choice (None while the list loads)."""
        data = self.timezone.currentData(ZONE_ROLE)
        return str(data) if data else None

    def _timezone_typed(self) -> None:
        index = self.timezone.findText(self.timezone.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.timezone.itemData(index, ZONE_ROLE):
            self.timezone.setCurrentIndex(index)
        else:
            self.timezone_note.setText(self.tr("Unknown time zone: pick one from the list."))

    def _timezone_picked(self, _index: int) -> None:
        from smmdesk_gui.services.workspace import set_workspace_zone

        name = self.zone()
        if name is None:
            return
        try:
            set_workspace_zone(self.ctx.store, name)
        except ValueError:
            self.timezone_note.setText(self.tr("Unknown time zone: pick one from the list."))
            return
        self.timezone_note.setText(
            self.tr("Posting times are shown and scheduled in this time zone.")
        )

    def _shop_name_changed(self) -> None:
        from smmdesk_gui.services.workspace import set_shop_name

        set_shop_name(self.ctx.store, self.shop_name.text())

    def _language_changed(self, _index: int) -> None:
        code = str(self.language.currentData())
        self.ctx.settings().setValue("ui/language", code)
        self._say_next_language(code)

    def _say_next_language(self, code: str) -> None:
        """The note under the Language box: the language of the next start, and Restart now."""
        changed = code != self.language_in_use and code in LANGUAGES
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

    def _show_photo_hosting(self) -> None:
        from smmdesk_gui.services.publish.hosting import hosting_place

        place = hosting_place(self.ctx.store)
        self.photo_hosting_state.setText(
            self.tr("Not set up: Instagram posts, and Threads posts with photos, are assisted.")
            if place is None
            else arg(self.tr("Instagram and Threads photos go through bucket %1."), place.bucket)
        )

    def _open_photo_hosting(self) -> None:
        from smmdesk_gui.ui.settings.photo_hosting import PhotoHostingDialog

        PhotoHostingDialog(self.ctx, self).exec()
        self._show_photo_hosting()

    def _show_about(self) -> None:
        from smmdesk_gui.ui.about import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def _open(self, path: object) -> None:
        from pathlib import Path

        folder = Path(str(path))
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
