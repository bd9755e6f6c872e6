"""Build the connector for an account from plain values (no database, no keyring here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from smmdesk_gui.connectors.base import Connector, TokenCache
from smmdesk_gui.connectors.bluesky import DEFAULT_PDS, BlueskyAccount, BlueskyConnector
from smmdesk_gui.connectors.facebook import DEFAULT_GRAPH, FacebookAccount, FacebookConnector
from smmdesk_gui.connectors.instagram import DEFAULT_API as INSTAGRAM_API
from smmdesk_gui.connectors.instagram import InstagramAccount, InstagramConnector
from smmdesk_gui.connectors.mastodon import MastodonAccount, MastodonConnector
from smmdesk_gui.connectors.telegram import DEFAULT_API, TelegramAccount, TelegramConnector
from smmdesk_gui.connectors.threads import DEFAULT_API as THREADS_API
from smmdesk_gui.connectors.threads import ThreadsAccount, ThreadsConnector
from smmdesk_gui.connectors.vk import DEFAULT_API as VK_API
from smmdesk_gui.connectors.vk import VKAccount, VKConnector

#: Platforms SMM Desk publishes to by itself; every other platform is assisted.
CONNECTED_PLATFORMS = ("bluesky", "mastodon", "telegram", "vk", "facebook", "threads")
#: Platforms whose login SMM Desk can check and keep, although it cannot publish there by
#: itself yet (Instagram: photos need a web address SMM Desk does not have; it stays assisted).
CHECKED_PLATFORMS = (*CONNECTED_PLATFORMS, "instagram")


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


def has_connector(platform: str) -> bool:
    return platform in CONNECTED_PLATFORMS


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
            ThreadsAccount(config.handle, secret, config.base_url or THREADS_API)
        )
    if config.platform == "instagram":
        return InstagramConnector(
            InstagramAccount(config.handle, secret, config.base_url or INSTAGRAM_API)
        )
    raise ValueError(f"SMM Desk has no connector for {config.platform}")
