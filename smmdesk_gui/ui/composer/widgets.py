"""Small widgets of the Compose screen: the text editor, account chips and per-account counters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QMimeData, QSize, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QImage,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QWidget,
)

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.text_rules import CountResult
from smmdesk_gui.services.compose.checks import AccountInfo
from smmdesk_gui.services.compose.photos import IMAGE_SUFFIXES
from smmdesk_gui.services.plan.rubrics import RubricInfo
from smmdesk_gui.ui.calendars import follow_ui_calendar
from smmdesk_gui.ui.formatting import format_number
from smmdesk_gui.ui.i18n import arg, bidi
from smmdesk_gui.ui.icons import platform_icon
from smmdesk_gui.ui.problem_words import words

OVER_COLOUR = QColor("#d93025")
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


def setup_date_time_edit(edit: QDateTimeEdit) -> None:
    """Date and time in reading order (year first) in every language.

    A QDateTimeEdit that is right-to-left when its format is set reverses the format's sections,
    so in Persian or Arabic "yyyy-MM-dd HH:mm" came out as "mm:HH dd-MM-yyyy" and 18:00 read
    "00:18" (seen on the Compose screen, Qt 6.11). Laid out left to right like its digits
    before the format is set, the field shows "2026-11-22 18:00" (in Persian digits in Persian).
    """
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(DATE_TIME_FORMAT)
    # The field holds a wall-clock time of the workspace's zone, not of the computer's: kept in
    # UTC, a zone without gaps, so a time the computer's zone skips (02:30 on the night its
    # clocks go forward) is not moved an hour. Values are set through ``wall_clock``.
    edit.setTimeZone(QTimeZone.utc())
    # Persian owners read Jalali dates (or whatever calendar Settings says), popup included.
    follow_ui_calendar(edit)


def wall_clock(date: QDate, time: QTime) -> QDateTime:
    """A wall-clock date and time as the composer's time fields hold it (see
    ``setup_date_time_edit``)."""
    return QDateTime(date, time, QTimeZone.utc())


class PostEditor(QTextEdit):
    images_pasted = Signal(list)  # list[Path]: photo files pasted or dropped onto the text
    image_data_pasted = Signal(QImage)  # a picture from the clipboard (a screenshot, a copy)

    """Plain text with each paragraph's direction taken from its first strong character,
    and a marker over the part that does not fit.

    A QTextEdit in plain-text mode rather than a QPlainTextEdit: the latter orders right-to-left
    text correctly but keeps every paragraph left-aligned; QTextEdit aligns each paragraph to its
    own start (checked by screenshot, Qt 6.12).
    """

    images_pasted = Signal(list)  # list[Path]: photo files pasted or dropped onto the text
    image_data_pasted = Signal(QImage)  # a picture from the clipboard (a screenshot, a copy)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(140)

    @staticmethod
    def _photo_files(source: QMimeData) -> list[Path]:
        if not source.hasUrls():
            return []
        files = [Path(u.toLocalFile()) for u in source.urls() if u.isLocalFile()]
        return [f for f in files if f.suffix.lower() in IMAGE_SUFFIXES]

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (
            bool(self._photo_files(source))
            or source.hasImage()
            or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Photos pasted or dropped onto the text join the post's photos, not the text."""
        files = self._photo_files(source)
        if files:
            self.images_pasted.emit(files)
            return
        if source.hasImage() and not source.hasText():
            image = QImage(source.imageData())
            if not image.isNull():
                self.image_data_pasted.emit(image)
            return
        super().insertFromMimeData(source)

    def set_marker(self, start: int | None) -> None:
        """Colour the text from ``start`` (a Python string index) to the end; None clears."""
        if start is None or start >= len(self.toPlainText()):
            self.setExtraSelections([])
            return
        text = self.toPlainText()
        # QTextCursor positions count UTF-16 units; Python indexes count code points
        pos = len(text[:start].encode("utf-16-le")) // 2
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        bg = QColor(OVER_COLOUR)
        bg.setAlpha(60)
        fmt.setBackground(bg)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(OVER_COLOUR)
        selection.format = fmt
        self.setExtraSelections([selection])


class AccountChips(QScrollArea):
    """A row of toggle chips, one per account: platform mark + handle."""

    toggled = Signal(int, bool)  # account id, on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        inner = QWidget()
        self.row = QHBoxLayout(inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.row.addStretch(1)
        self.setWidget(inner)
        # the row sits on the window background, not in a grey box
        self.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)
        self.chips: dict[int, QToolButton] = {}
        self.setFixedHeight(46)

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        for chip in self.chips.values():
            self.row.removeWidget(chip)
            chip.hide()  # deleteLater waits for the event loop; hide it at once
            chip.deleteLater()
        self.chips.clear()
        for i, account in enumerate(accounts):
            chip = QToolButton()
            chip.setObjectName(f"chip-{account.id}")
            chip.setCheckable(True)
            chip.setIcon(platform_icon(account.platform))
            chip.setIconSize(QSize(18, 18))
            chip.setText(account.handle or account.info.name)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setToolTip(self._tooltip(account))
            if account.state != "ok":
                chip.setText(chip.text() + " ⚠")
            chip.toggled.connect(lambda on, aid=account.id: self.toggled.emit(aid, on))
            self.row.insertWidget(i, chip)
            self.chips[account.id] = chip

    def _tooltip(self, account: AccountInfo) -> str:
        text = account.label
        if account.state == "needs_reconnect":
            text += "\n" + self.tr("Needs reconnecting (Accounts screen)")
        return text

    def set_checked(self, account_ids: set[int]) -> None:
        for aid, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(aid in account_ids)
            chip.blockSignals(False)


class CounterBar(QWidget):
    """``used/limit`` per selected account; red when over. A click opens that account's version."""

    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.row.addStretch(1)
        self.buttons: dict[int, QToolButton] = {}

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        for b in self.buttons.values():
            self.row.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.buttons.clear()
        for i, account in enumerate(accounts):
            b = QToolButton(self)
            b.setObjectName(f"counter-{account.id}")
            b.setAutoRaise(True)
            b.setIcon(platform_icon(account.platform))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.clicked.connect(lambda _=False, aid=account.id: self.activated.emit(aid))
            self.row.insertWidget(i, b)
            self.buttons[account.id] = b

    def show_count(self, account: AccountInfo, result: CountResult) -> None:
        b = self.buttons.get(account.id)
        if b is None:
            return
        # "83/300" as one piece: beside the platform's icon it keeps its order in Persian
        b.setText(
            bidi(
                f"{format_number(result.length, grouped=False)}/"
                f"{format_number(result.limit, grouped=False)}"
            )
        )
        name = PLATFORMS[account.platform].name
        if result.valid:
            b.setToolTip(arg(self.tr("%1: %2 characters left"), name, result.remaining))
            b.setPalette(self.palette())
        else:
            b.setToolTip("\n".join(words(p) for p in result.problems))
            palette = b.palette()
            palette.setColor(QPalette.ColorRole.ButtonText, OVER_COLOUR)
            b.setPalette(palette)
        b.setProperty("over", not result.valid)


class RubricCombo(QComboBox):
    """The post's rubric: "No rubric", then the workspace's rubrics with their colours.

    A post whose rubric the list does not have (deleted meanwhile, or the list not read yet)
    keeps it until the owner picks another one: saving never clears it behind their back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rubricCombo")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._kept: int | None = None
        self.set_rubrics([])
        self.activated.connect(lambda _i: self._forget_kept())

    def _forget_kept(self) -> None:
        self._kept = None

    def set_rubrics(self, rubrics: list[RubricInfo]) -> None:
        """Fill the list; the choice stays where it was when that rubric is still there."""
        current = self.current_id()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("No rubric"), None)
        for r in rubrics:
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(r.colour))
            self.addItem(QIcon(swatch), r.name, r.id)
        self.blockSignals(False)
        self.set_current(current)

    def set_current(self, rubric_id: int | None) -> None:
        """Show ``rubric_id`` (None: no rubric) without a change signal."""
        index = self.findData(rubric_id) if rubric_id is not None else 0
        self._kept = rubric_id if rubric_id is not None and index < 0 else None
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def current_id(self) -> int | None:
        """The chosen rubric's id (a kept unknown one too); None for no rubric."""
        if self._kept is not None:
            return self._kept
        value = self.currentData()
        return value if isinstance(value, int) else None


class ShapeCombo(QComboBox):
    """Instagram's shape for the post's photos: square 1:1, portrait 4:5 or landscape 1.91:1
    (the image presets of ``domain.platforms``, which publishing crops to).

    A post that never chose keeps "no choice" (the platform's default, the square) until the
    owner picks one, so opening and saving it stores nothing new.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instagramShape")
        self.addItem(self.tr("Square 1:1"), "instagram.square")
        self.addItem(self.tr("Portrait 4:5"), "instagram.portrait")
        self.addItem(self.tr("Landscape 1.91:1"), "instagram.landscape")
        self._value: str | None = None
        self.activated.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        value = self.currentData()
        self._value = value if isinstance(value, str) else None

    def set_current(self, preset: str | None) -> None:
        """Show ``preset`` (None or another platform's: the default) without a change signal."""
        index = self.findData(preset) if preset is not None else -1
        self._value = preset if index >= 0 else None
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def current_preset(self) -> str | None:
        """The chosen preset's name; None while the post has made no choice."""
        return self._value
