"""The Compose screen's previews: every chosen account's post side by side, as its feed shows it.

Each card looks like a post on its platform: an avatar circle with the account's initials, its
name and handle, the first photo as the media pipeline shapes it for that platform (made on a
worker by ``preview_images``; the plain thumbnail meanwhile) and the text as the feed cuts it,
"… more" where the platform folds it and the part past the limit struck out in red. Instagram
puts the photo above the words, the others below. The row scrolls sideways when the cards do
not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.text_preview import preview_parts
from smmdesk_gui.domain.text_rules import CountResult
from smmdesk_gui.services.compose.checks import AccountInfo, MediaInfo, posted_size
from smmdesk_gui.ui.composer.panels import text_html
from smmdesk_gui.ui.i18n import arg

CARD_WIDTH = 250  # about a phone's feed column, two and more beside the editor
AVATAR = 36
PHOTO_FIRST = frozenset({"instagram"})  # the photo above the words, as that feed shows it


def initials(account: AccountInfo) -> str:
    """One or two letters for the avatar: the first letters of the name's first two words."""
    name = account.display_name or account.handle or PLATFORMS[account.platform].name
    words = ["".join(ch for ch in w if ch.isalnum()) for w in _words(name)]
    letters = [w[0] for w in words if w][:2]
    return "".join(letters).upper() or "?"


def _words(name: str) -> list[str]:
    # handles split on their separators: "bakery_news" is two words, "bakery@mastodon.example"
    # is the user part only
    user = name.split("@")[0] if "@" in name.lstrip("@") else name.lstrip("@")
    for sep in "._-":
        user = user.replace(sep, " ")
    return user.split()


def avatar_pixmap(text: str, colour: str, size: int = AVATAR) -> QPixmap:
    """A circle in ``colour`` with ``text`` in white (GUI thread: it is a QPixmap)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.4))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pix


def feed_html(text: str, result: CountResult, more: str) -> str:
    """``text`` as the feed shows it: the start, then "… more" where the platform folds it;
    without a fold, the part past the limit struck out in red."""
    parts = preview_parts(text, result)
    if parts.folded:
        shown = parts.shown.rstrip()
        html = text_html(shown, len(shown), len(shown), more)
        marker = f' <b style="color:#8a8a8a;">… {more}</b></p>'
        return html[: -len("</p>")] + marker if html.endswith("</p>") else html
    return text_html(text, len(parts.shown), len(parts.shown), more)


class PostCard(QFrame):
    """One account's post as its feed shows it."""

    def __init__(self, account: AccountInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.setObjectName(f"previewCard-{account.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.avatar = QLabel(self)
        self.avatar.setObjectName("previewAvatar")
        self.avatar.setFixedSize(QSize(AVATAR, AVATAR))
        info = PLATFORMS[account.platform]
        self.avatar.setPixmap(avatar_pixmap(initials(account), info.colour))
        head.addWidget(self.avatar)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.name = QLabel(account.display_name or account.handle, self)
        self.name.setObjectName("previewName")
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        self.handle = QLabel(arg(self.tr("@%1 · %2"), account.handle, info.name), self)
        self.handle.setEnabled(False)  # the secondary grey of the style
        for label in (self.name, self.handle):
            # a long handle wraps instead of widening the card past its column
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        names.addWidget(self.name)
        names.addWidget(self.handle)
        head.addLayout(names, 1)
        layout.addLayout(head)

        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_caption = QLabel(self)
        self.image_caption.setObjectName("previewImageCaption")
        self.image_caption.setWordWrap(True)
        self.image_caption.setEnabled(False)
        self.image_caption.setVisible(False)
        self.text = QLabel(self)
        self.text.setObjectName("previewText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        photo_first = account.platform in PHOTO_FIRST
        for w in (
            (self.image, self.image_caption, self.text)
            if photo_first
            else (
                self.text,
                self.image,
                self.image_caption,
            )
        ):
            layout.addWidget(w)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._shown_key: int | None = None

    def caption(self, first: MediaInfo | None, photos: int) -> str:
        """What the picture is: which photo, and the size this platform gets."""
        size = ""
        if first is not None and first.width > 0 and first.height > 0:
            (w, h), _kept = posted_size(
                self.account.platform, first.width, first.height, first.preset
            )
            size = arg(self.tr("%1 gets it as %2 × %3 pixels."), self.account.info.name, w, h)
        if photos <= 1:
            return size
        return f"{arg(self.tr('Photo 1 of %1.'), photos)} {size}".strip()

    def show_post(
        self, text: str, result: CountResult, image: QImage | None, caption: str = ""
    ) -> None:
        """The text as the feed cuts it; ``image`` the first photo as the platform gets it."""
        parts = preview_parts(text, result)
        self.text.setText(feed_html(text, result, self.tr("more")))
        notes = []
        if parts.folded:
            notes.append(self.tr("The feed shows the start; the rest sits behind “more”."))
        if parts.cut:
            notes.append(arg(self.tr("The red part does not fit on %1."), self.account.info.name))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self._show_image(image, caption)

    def _show_image(self, image: QImage | None, caption: str) -> None:
        """``image`` is already shaped for the platform (``preview_images``): only scale it."""
        self.image_caption.setText(caption)
        self.image_caption.setVisible(bool(caption))
        if image is None or image.isNull():
            self._shown_key = None
            self.image.clear()
            self.image.setVisible(False)
            return
        self.image.setVisible(True)
        if image.cacheKey() == self._shown_key:
            return  # the same picture: no rescale on every keystroke
        self._shown_key = image.cacheKey()
        side = CARD_WIDTH - 24
        pix = QPixmap.fromImage(image).scaled(
            side,
            side * 2,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.image.setPixmap(pix)


class PreviewStrip(QScrollArea):
    """One ``PostCard`` per chosen account, side by side, scrolling sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previews")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setMinimumWidth(CARD_WIDTH + 24)
        inner = QWidget()
        self.row = QHBoxLayout(inner)
        self.row.setContentsMargins(4, 4, 4, 4)
        self.row.setSpacing(10)
        self.empty = QLabel(self.tr("Choose an account above to see how the post will look there."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.row.addWidget(self.empty, 1)
        self.row.addStretch(1)
        self.setWidget(inner)
        self.cards: dict[int, PostCard] = {}

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        """A card per account, in this order; cards of accounts left out go."""
        wanted = [a.id for a in accounts]
        for aid in [a for a in self.cards if a not in wanted]:
            gone = self.cards.pop(aid)
            self.row.removeWidget(gone)
            gone.hide()  # deleteLater waits for the event loop
            gone.deleteLater()
        for position, account in enumerate(accounts):
            card: PostCard | None = self.cards.get(account.id)
            if card is not None:
                self.row.removeWidget(card)  # put back in order below
                if card.account != account:  # renamed, reconnected: a new card
                    card.hide()
                    card.deleteLater()
                    card = None
            if card is None:
                card = PostCard(account)
                self.cards[account.id] = card
            self.row.insertWidget(position, card)
        self.empty.setVisible(not accounts)

    def show_account(self, aid: int) -> None:
        """Scroll the card of ``aid`` into view."""
        card = self.cards.get(aid)
        if card is not None:
            self.ensureWidgetVisible(card)
