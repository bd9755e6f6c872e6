"""Build the connector for an account from plain values (no database, no keyring here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from smmdesk_gui.connectors.base import Connector, TokenCache
from smmdesk_gui.connectors.bluesky import DEFAULT_PDS, BlueskyAccount, BlueskyConnector
from smmdesk_gui.connectors.facebook import DEFAULT_GRAPH, FacebookAccount, FacebookConnector
from smmdesk_gui.connectors.instagram import DEFAULT_API as INSTAGRAM_API
from smmdesk_gui.connectors.instagram import InstagramAccount, InstagramConnector
from smmdesk_gui.connectors.mastodon import MastodonAccount, MastodonConnector
from smmdesk_gui.connectors.photo_host import PhotoHost
from smmdesk_gui.connectors.telegram import DEFAULT_API, TelegramAccount, TelegramConnector
from smmdesk_gui.connectors.threads import DEFAULT_API as THREADS_API
from smmdesk_gui.connectors.threads import ThreadsAccount, ThreadsConnector
from smmdesk_gui.connectors.vk import DEFAULT_API as VK_API
from smmdesk_gui.connectors.vk import VKAccount, VKConnector

#: Platforms SMM Desk publishes to by itself; every other platform is assisted.
CONNECTED_PLATFORMS = ("bluesky", "mastodon", "telegram", "vk", "facebook", "threads")
#: Platforms whose login SMM Desk can check and keep, although it cannot publish there by
#: itself without more (Instagram: photos need a web address; see HOSTED_PLATFORMS).
CHECKED_PLATFORMS = (*CONNECTED_PLATFORMS, "instagram")
#: Platforms SMM Desk publishes to by itself only when the owner set up a photo host (their
#: own S3-compatible bucket, connectors/photo_host.py): Instagram takes no post without a photo
#: and fetches every photo from a web address. Without a host, their posts stay assisted.
HOSTED_PLATFORMS = ("instagram",)


@dataclass(frozen=True)
class AccountConfig:
    """What a connector needs to know about an account, besides the secret."""

    platform: str
    handle: str
    base_url: str | None = None
    channel: str | None = None
    #: A second, optional secret (VK: an administrator's user token for photos). Read from the
    #: keyring with the account's secret; never stored in the database.
    user_token: str | None = field(default=None, repr=False)
    #: Where Instagram and Threads fetch this post's photos from (the owner's bucket), if set up.
    photo_host: PhotoHost | None = field(default=None, repr=False, compare=False)
    #: Why the photo host set up in Settings cannot be used now (its keys are missing), or "".
    photo_host_problem: str = ""


def has_connector(platform: str, *, photo_hosting: bool = False) -> bool:
    """Whether SMM Desk publishes to ``platform`` by itself.

    Args:
        photo_hosting: a photo host is set up and the account's login is kept (Instagram).
    """
    return platform in CONNECTED_PLATFORMS or (photo_hosting and platform in HOSTED_PLATFORMS)


def build_connector(
    config: AccountConfig, secret: str, tokens: TokenCache | None = None
) -> Connector:
    """The connector for ``config``; ``tokens`` keeps a login session between runs (Bluesky)."""
    if config.platform == "bluesky":
        return BlueskyConnector(
            BlueskyAccount(config.handle, secret, config.base_url or DEFAULT_PDS), tokens
        )
    if config.platform == "mastodon":
        if not config.base_url:
            raise ValueError("a Mastodon account needs its server address")
        return MastodonConnector(MastodonAccount(config.base_url, secret, config.handle))
    if config.platform == "telegram":
        channel = config.channel or config.handle
        return TelegramConnector(TelegramAccount(secret, channel, config.base_url or DEFAULT_API))
    if config.platform == "vk":
        return VKConnector(
            VKAccount(secret, config.handle, config.base_url or VK_API, config.user_token)
        )
    if config.platform == "facebook":
        return FacebookConnector(
            FacebookAccount(config.handle, secret, config.base_url or DEFAULT_GRAPH)
        )
    if config.platform == "threads":
        return ThreadsConnector(
            ThreadsAccount(config.handle, secret, config.base_url or THREADS_API),
            photo_host=config.photo_host,
            host_problem=config.photo_host_problem,
        )
    if config.platform == "instagram":
        return InstagramConnector(
            InstagramAccount(config.handle, secret, config.base_url or INSTAGRAM_API),
            photo_host=config.photo_host,
            host_problem=config.photo_host_problem,
        )
    raise ValueError(f"SMM Desk has no connector for {config.platform}")
