"""The live figures sources of the connected platforms (Bluesky, Mastodon, VK, and Meta's
Instagram, Facebook Pages and Threads) for refresh.

Each source builds the account's connector with its secret from the keyring (never from the
database) and reads figures through :mod:`smmdesk_gui.connectors.figures`. Telegram has no
source: the Bot API does not give a channel's follower history or view counts to a bot.

A refresh is bounded: per account one call for followers and, for the newest
``MAX_POSTS_PER_REFRESH`` published posts, one call per 25 (Bluesky) or 20 (Mastodon) posts
(at most 40 single calls on Mastodon servers older than 4.3). VK: one ``groups.getById`` and
at most ``VK_WALL_PAGES`` ``wall.get`` pages of 100 posts. Instagram, Facebook Pages and
Threads: one or two calls for followers and one call per post (their insights endpoints take
one object each), stopping early when Meta's ``X-App-Usage`` nears the limit
(connectors/meta_insights.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from smmdesk_gui import credentials
from smmdesk_gui.connectors import figures, meta_insights
from smmdesk_gui.connectors.base import ConnectorError
from smmdesk_gui.connectors.bluesky import BlueskyConnector
from smmdesk_gui.connectors.facebook import FacebookConnector
from smmdesk_gui.connectors.instagram import InstagramConnector
from smmdesk_gui.connectors.mastodon import MastodonConnector
from smmdesk_gui.connectors.registry import AccountConfig, build_connector
from smmdesk_gui.connectors.threads import ThreadsConnector
from smmdesk_gui.connectors.vk import VKConnector
from smmdesk_gui.domain.problems import Problem, ProblemError
from smmdesk_gui.services.accounts import (
    ConnectorFactory,
    KeyringTokenCache,
    read_user_token,
    secret_ref,
    session_ref,
)
from smmdesk_gui.services.stats.refresh import (
    AccountRef,
    NotConnectedError,
    PostRef,
    StatsSource,
    register_source,
    registered_sources,
)

MAX_POSTS_PER_REFRESH = 200

_OLDEST = dt.datetime.min.replace(tzinfo=dt.UTC)


class SourceError(ProblemError):
    """A plain-words reason the figures of an account could not be read (``str()`` is the
    English sentence, ``problem`` the code the window words)."""


def newest(posts: Sequence[PostRef], limit: int = MAX_POSTS_PER_REFRESH) -> list[PostRef]:
    """The ``limit`` most recently published posts (their figures still move)."""
    ordered = sorted(posts, key=lambda p: p.published_at or _OLDEST, reverse=True)
    return ordered[:limit]


class _ConnectorSource:
    platform = ""
    #: Kept without a login (posted by hand, "assisted") is normal on this platform: such an
    #: account is skipped with this reason instead of being reported as failing at every turn.
    without_login: str | None = None

    def __init__(self, connector_factory: ConnectorFactory = build_connector) -> None:
        self.connector_factory = connector_factory

    def _connector(self, account: AccountRef) -> object:
        if not account.keyring_key and self.without_login:
            raise NotConnectedError(self.without_login)
        if not account.keyring_key:
            raise SourceError(Problem("stats_no_login"))
        try:
            secret = credentials.read_secret(secret_ref(account.platform, account.handle))
        except credentials.SecretMissingError:
            raise SourceError(Problem("stats_secret_missing")) from None
        except credentials.CredentialError as exc:
            raise SourceError(Problem("keyring_failed", reason=str(exc))) from None
        try:
            user_token = read_user_token(account.platform, account.handle)
        except credentials.CredentialError as exc:
            raise SourceError(Problem("keyring_failed", reason=str(exc))) from None
        return self.connector_factory(
            AccountConfig(account.platform, account.handle, account.base_url, None, user_token),
            secret,
            KeyringTokenCache(session_ref(account.platform, account.handle)),
        )


class BlueskySource(_ConnectorSource):
    """Followers and like / repost / reply / quote counts of a Bluesky account's posts."""

    platform = "bluesky"

    def _bsky(self, account: AccountRef) -> BlueskyConnector:
        conn = self._connector(account)
        assert isinstance(conn, BlueskyConnector)
        return conn

    def fetch_account(self, account: AccountRef) -> Mapping[str, float]:
        return figures.bluesky_account_figures(self._bsky(account))

    def fetch_posts(
        self, account: AccountRef, posts: Sequence[PostRef]
    ) -> Mapping[str, Mapping[str, float]]:
        uris = [p.remote_id for p in newest(posts) if p.remote_id.startswith("at://")]
        if not uris:
            return {}
        return figures.bluesky_post_figures(self._bsky(account), uris)


class MastodonSource(_ConnectorSource):
    """Followers and favourite / boost / reply counts of a Mastodon account's statuses."""

    platform = "mastodon"

    def _masto(self, account: AccountRef) -> MastodonConnector:
        conn = self._connector(account)
        assert isinstance(conn, MastodonConnector)
        return conn

    def fetch_account(self, account: AccountRef) -> Mapping[str, float]:
        return figures.mastodon_account_figures(self._masto(account))

    def fetch_posts(
        self, account: AccountRef, posts: Sequence[PostRef]
    ) -> Mapping[str, Mapping[str, float]]:
        ids = [p.remote_id for p in newest(posts) if p.remote_id]
        if not ids:
            return {}
        return figures.mastodon_status_figures(self._masto(account), ids)


class VKSource(_ConnectorSource):
    """Members and view / like / repost / comment counts of a VK community's posts.

    Per refresh: one ``groups.getById`` for the community and its members, and ``wall.get``
    pages of 100 posts, at most ``VK_WALL_PAGES`` of them (the connector keeps to VK's
    requests-per-second limit between calls).
    """

    platform = "vk"

    def _vk(self, account: AccountRef) -> VKConnector:
        conn = self._connector(account)
        assert isinstance(conn, VKConnector)
        return conn

    def fetch_account(self, account: AccountRef) -> Mapping[str, float]:
        try:
            return {"followers": float(self._vk(account).members_count())}
        except ConnectorError as exc:
            raise figures.read_failure("VK", exc) from None

    def fetch_posts(
        self, account: AccountRef, posts: Sequence[PostRef]
    ) -> Mapping[str, Mapping[str, float]]:
        wanted: dict[int, str] = {}
        for p in newest(posts, VK_WALL_PAGES * 100):
            _, _, number = p.remote_id.rpartition("_")
            if p.remote_id.startswith("-") and number.isdigit():
                wanted[int(number)] = p.remote_id
        if not wanted:
            return {}
        try:
            found = self._vk(account).wall_figures(set(wanted), VK_WALL_PAGES)
        except ConnectorError as exc:
            raise figures.read_failure("VK", exc) from None
        return {wanted[pid]: figs for pid, figs in found.items()}


def _media_ids(posts: Sequence[PostRef]) -> list[str]:
    """The newest posts' media ids. A part-way record (``container:{id}:...``, a target
    interrupted between its two steps) is no media; a post settled from its container after a
    lost answer carries the container's id, which Meta refuses: that post is skipped."""
    return [p.remote_id for p in newest(posts) if p.remote_id.isdigit()]


class _MetaSource(_ConnectorSource):
    """Reads an account's followers and then its posts over one connector: the Page token
    found, the user id and the last ``X-App-Usage`` carry over, and no call is repeated."""

    def __init__(self, connector_factory: ConnectorFactory = build_connector) -> None:
        super().__init__(connector_factory)
        self._kept: tuple[AccountRef, object] | None = None

    def _connector(self, account: AccountRef) -> object:
        # fetch_account: always a new one (the owner may have reconnected since last time)
        conn = super()._connector(account)
        self._kept = (account, conn)
        return conn

    def _for_posts(self, account: AccountRef) -> object:
        """The connector fetch_account just used for this account (else a new one)."""
        kept, self._kept = self._kept, None
        if kept is not None and kept[0] == account:
            return kept[1]
        return super()._connector(account)


class InstagramSource(_MetaSource):
    """Followers and views / reach / likes / comments / shares / saves of Instagram posts."""

    platform = "instagram"
    without_login = (
        "not connected; connect it in Accounts for live figures, or import its stats file"
    )

    def _ig(self, account: AccountRef, posts: bool = False) -> InstagramConnector:
        conn = self._for_posts(account) if posts else self._connector(account)
        assert isinstance(conn, InstagramConnector)
        return conn

    def fetch_account(self, account: AccountRef) -> Mapping[str, float]:
        return meta_insights.instagram_account_figures(self._ig(account))

    def fetch_posts(
        self, account: AccountRef, posts: Sequence[PostRef]
    ) -> Mapping[str, Mapping[str, float]]:
        ids = _media_ids(posts)
        return (
            meta_insights.instagram_media_figures(self._ig(account, posts=True), ids) if ids else {}
        )


class FacebookSource(_MetaSource):
    """A Page's followers and its posts' views / reach / reactions / comments / shares."""

    platform = "facebook"
    without_login = InstagramSource.without_login

    def _fb(self, account: AccountRef, posts: bool = False) -> FacebookConnector:
        conn = self._for_posts(account) if posts else self._connector(account)
        assert isinstance(conn, FacebookConnector)
        return conn

    def fetch_account(self, account: AccountRef) -> Mapping[str, float]:
        return meta_insights.facebook_page_figures(self._fb(account))

    def fetch_posts(
        self, account: AccountRef, posts: Sequence[PostRef]
    ) -> Mapping[str, Mapping[str, float]]:
        # Page post ids are "{page-id}_{post-id}" (pages-api/posts).
        ids = [p.remote_id for p in newest(posts) if p.remote_id.replace("_", "").isdigit()]
        return (
            meta_insights.facebook_post_figures(self._fb(account, posts=True), ids) if ids else {}
        )


class ThreadsSource(_MetaSource):
    """Followers and views / likes / replies / reposts / quotes of Threads posts."""

    platform = "threads"
    without_login = "not connected; connect it in Accounts for live figures, or enter them by hand"

    def _threads(self, account: AccountRef, posts: bool = False) -> ThreadsConnector:
        conn = self._for_posts(account) if posts else self._connector(account)
        assert isinstance(conn, ThreadsConnector)
        return conn

    def fetch_account(self, account: AccountRef) -> Mapping[str, float]:
        return meta_insights.threads_account_figures(self._threads(account))

    def fetch_posts(
        self, account: AccountRef, posts: Sequence[PostRef]
    ) -> Mapping[str, Mapping[str, float]]:
        ids = _media_ids(posts)
        return (
            meta_insights.threads_media_figures(self._threads(account, posts=True), ids)
            if ids
            else {}
        )


#: At most this many ``wall.get`` calls (100 posts each) per VK account and refresh.
VK_WALL_PAGES = 3


def platform_sources(
    connector_factory: ConnectorFactory = build_connector,
) -> list[StatsSource]:
    return [
        BlueskySource(connector_factory),
        MastodonSource(connector_factory),
        VKSource(connector_factory),
        InstagramSource(connector_factory),
        FacebookSource(connector_factory),
        ThreadsSource(connector_factory),
    ]


def register_platform_sources(connector_factory: ConnectorFactory = build_connector) -> None:
    """Make every platform source above readable by ``stats_refresh.refresh`` (idempotent)."""
    for source in platform_sources(connector_factory):
        register_source(source)


def live_sources(connector_factory: ConnectorFactory = build_connector) -> dict[str, StatsSource]:
    """The sources a refresh uses: every platform source above, unless another source was registered
    for a platform with ``register_source`` (that one wins)."""
    out: dict[str, StatsSource] = {s.platform: s for s in platform_sources(connector_factory)}
    out.update(registered_sources())
    return out
