"""The logo overlay settings: one for the workspace, optionally replaced per account.

The logo file is checked (it must be a readable picture) and copied into ``media/logos/`` by its
SHA-256, so the original may move. The overlay changes outputs only, never the stored originals;
it is part of the rendition cache key, so changing it re-renders what is posted next.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from smmdesk_gui.media import overlay
from smmdesk_gui.media.errors import MediaError
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, Setting

SETTING_KEY = "media.overlay"
ACCOUNT_KEY = "overlay"


@dataclass(frozen=True)
class OverlaySettings:
    """What the owner chose: whether to add the logo, which logo, where, how big, how visible."""

    enabled: bool = False
    logo: str = ""  # file name inside media/logos/ ("<sha256>.png"), "" for none yet
    corner: str = overlay.Corner.BOTTOM_RIGHT.value
    size: float = 0.2  # share of the output's shorter side
    opacity: float = 0.85

    @classmethod
    def from_json(cls, data: Any) -> OverlaySettings:
        if not isinstance(data, dict):
            return cls()
        known = {k: data[k] for k in ("enabled", "logo", "corner", "size", "opacity") if k in data}
        s = cls(**known)
        corner = s.corner if s.corner in {c.value for c in overlay.Corner} else cls.corner
        return replace(
            s,
            corner=corner,
            size=min(max(float(s.size), 0.05), 0.5),
            opacity=min(max(float(s.opacity), 0.1), 1.0),
        )


def logos_dir(paths: AppPaths) -> Path:
    return paths.media / "logos"


def import_logo(paths: AppPaths, source: Path) -> str:
    """Check ``source`` and copy it into the logo store; returns its stored file name."""
    overlay.load_logo(source)  # raises MediaError for a bad file
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    name = f"{digest}{source.suffix.lower() or '.png'}"
    target = logos_dir(paths) / name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return name


def load(store: Store) -> OverlaySettings:
    with store.session_scope() as s:
        row = s.get(Setting, SETTING_KEY)
        return OverlaySettings.from_json(row.value if row is not None else None)


def save(store: Store, settings: OverlaySettings) -> None:
    with store.session_scope() as s:
        row = s.get(Setting, SETTING_KEY)
        if row is None:
            s.add(Setting(key=SETTING_KEY, value=asdict(settings)))
        else:
            row.value = asdict(settings)


def save_for_account(store: Store, account_id: int, settings: OverlaySettings | None) -> None:
    """Give one account its own overlay (``None``: follow the workspace setting)."""
    with store.session_scope() as s:
        account = s.get(Account, account_id)
        if account is None:
            raise MediaError("That account no longer exists.")
        data = dict(account.settings or {})
        if settings is None:
            data.pop(ACCOUNT_KEY, None)
        else:
            data[ACCOUNT_KEY] = asdict(settings)
        account.settings = data


def to_overlay(paths: AppPaths, settings: OverlaySettings) -> overlay.Overlay | None:
    """The pipeline's overlay for these settings, or None when off or the logo is missing."""
    if not settings.enabled or not settings.logo:
        return None
    logo = logos_dir(paths) / settings.logo
    if not logo.is_file():
        return None
    return overlay.Overlay(logo, overlay.Corner(settings.corner), settings.size, settings.opacity)


def overlay_for(
    store: Store, paths: AppPaths, account_id: int | None = None
) -> overlay.Overlay | None:
    """The overlay to apply for ``account_id`` (its own setting, else the workspace's)."""
    if account_id is not None:
        with store.session_scope() as s:
            account = s.get(Account, account_id)
            own = (account.settings or {}).get(ACCOUNT_KEY) if account is not None else None
        if own is not None:
            return to_overlay(paths, OverlaySettings.from_json(own))
    return to_overlay(paths, load(store))
