"""Column mappings for stats CSV files: the ready ones and the ones a user saved.

A mapping names, for each field SMM Desk understands, the column headers that may hold it (the
first header found in the file wins; matching ignores case and surrounding spaces). Ready
mappings follow the exports shop owners have:

- ``meta-instagram``: Meta Business Suite > Insights > Content > Export, Instagram posts.
  Columns "Post ID", "Account username", "Description", "Publish time" (``MM/DD/YYYY HH:MM``),
  "Permalink", "Post type", "Reach", "Impressions" (newer files: "Views"), "Likes", "Comments",
  "Shares", "Saves", "Follows".
- ``meta-facebook``: the same export for a Facebook Page: "Reactions" count as likes,
  "Total clicks" / "Link clicks" as clicks.
- ``x-posts``: X (Twitter) post analytics: the classic "Tweet activity" file ("Tweet id",
  "Tweet permalink", "Tweet text", "time" as ``2026-08-15 13:12 +0000``, "impressions",
  "likes", "replies", "retweets", "url clicks") and the 2024+ file ("Post id", "Date" as
  ``Fri, Nov 15, 2024``, "Post text", "Post Link", "Impressions", "Likes", "Replies",
  "Reposts", "Bookmarks", "URL Clicks").
- ``vk-community``: VK community statistics exported per day (Russian or English headers;
  ``DD.MM.YYYY`` dates, decimal commas): subscribers, reach, views, new and lost subscribers.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from smmdesk_gui.domain.csv_values import DATE_FORMATS
from smmdesk_gui.domain.metrics import POST_METRICS
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Setting

SETTING_KEY = "stats.mappings"

POST_FIELDS: tuple[str, ...] = ("remote_id", "url", "published_at", "text", *POST_METRICS)
ACCOUNT_FIELDS: tuple[str, ...] = (
    "date",
    "followers",
    "reach",
    "impressions",
    "new_followers",
    "lost_followers",
)
METRIC_FIELDS: frozenset[str] = frozenset(
    {
        "reach",
        "impressions",
        "likes",
        "comments",
        "shares",
        "saves",
        "clicks",
        "followers",
        "new_followers",
        "lost_followers",
    }
)
KINDS = ("posts", "account")


@dataclass(frozen=True)
class ColumnMapping:
    """How the columns of one kind of export file map to SMM Desk's figures."""

    name: str
    label: str
    kind: str  # "posts": one row per post; "account": one row per day of an account
    columns: dict[str, tuple[str, ...]]
    platform: str | None = None
    decimal_comma: bool = False
    date_formats: tuple[str, ...] = DATE_FORMATS
    builtin: bool = False

    def problems(self) -> list[str]:
        """What is wrong with this mapping (an empty list: usable)."""
        out = []
        if self.kind not in KINDS:
            out.append(f"kind must be one of {', '.join(KINDS)}")
        allowed = POST_FIELDS if self.kind == "posts" else ACCOUNT_FIELDS
        unknown = sorted(set(self.columns) - set(allowed))
        if unknown:
            out.append("unknown fields: " + ", ".join(unknown))
        if self.kind == "posts" and not ({"remote_id", "url"} & set(self.columns)):
            out.append("a post file needs a post id or link column")
        if self.kind == "account" and "date" not in self.columns:
            out.append("a daily file needs a date column")
        if not (METRIC_FIELDS & set(self.columns)):
            out.append("no figure column is mapped")
        return out

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["columns"] = {k: list(v) for k, v in self.columns.items()}
        data["date_formats"] = list(self.date_formats)
        data.pop("builtin")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ColumnMapping:
        return cls(
            name=str(data["name"]),
            label=str(data.get("label") or data["name"]),
            kind=str(data["kind"]),
            columns={str(k): tuple(str(x) for x in v) for k, v in data["columns"].items()},
            platform=data.get("platform"),
            decimal_comma=bool(data.get("decimal_comma", False)),
            date_formats=tuple(data.get("date_formats") or DATE_FORMATS),
        )


_META_COMMON: dict[str, tuple[str, ...]] = {
    "remote_id": ("Post ID",),
    "url": ("Permalink",),
    "published_at": ("Publish time",),
    "reach": ("Reach",),
    "impressions": ("Impressions", "Views"),
    "comments": ("Comments",),
    "shares": ("Shares",),
}

READY: dict[str, ColumnMapping] = {
    m.name: m
    for m in (
        ColumnMapping(
            name="meta-instagram",
            label="Instagram posts (Meta Business Suite export)",
            kind="posts",
            platform="instagram",
            columns={
                **_META_COMMON,
                "text": ("Description", "Caption"),
                "likes": ("Likes",),
                "saves": ("Saves",),
            },
            builtin=True,
        ),
        ColumnMapping(
            name="meta-facebook",
            label="Facebook Page posts (Meta Business Suite export)",
            kind="posts",
            platform="facebook",
            columns={
                **_META_COMMON,
                "text": ("Title", "Description"),
                "likes": ("Reactions", "Likes"),
                "clicks": ("Total clicks", "Link clicks"),
            },
            builtin=True,
        ),
        ColumnMapping(
            name="x-posts",
            label="X posts (X analytics export)",
            kind="posts",
            platform="x",
            columns={
                "remote_id": ("Tweet id", "Post id"),
                "url": ("Tweet permalink", "Post Link"),
                "published_at": ("time", "Date"),
                "text": ("Tweet text", "Post text"),
                "impressions": ("impressions",),
                "likes": ("likes",),
                "comments": ("replies",),
                "shares": ("retweets", "Reposts"),
                "saves": ("Bookmarks",),
                "clicks": ("url clicks",),
            },
            builtin=True,
        ),
        ColumnMapping(
            name="vk-community",
            label="VK community statistics (daily export)",
            kind="account",
            platform="vk",
            decimal_comma=True,
            columns={
                "date": ("Дата", "День", "Date", "Day"),
                "followers": (
                    "Подписчики",
                    "Участники",
                    "Всего подписчиков",
                    "Subscribers",
                    "Members",
                    "Followers",
                ),
                "reach": ("Охват", "Полный охват", "Reach", "Total reach"),
                "impressions": ("Просмотры", "Views"),
                "new_followers": (
                    "Подписавшиеся",
                    "Новые участники",
                    "Новые подписчики",
                    "Subscribed",
                    "New members",
                    "New subscribers",
                ),
                "lost_followers": (
                    "Отписавшиеся",
                    "Вышедшие участники",
                    "Unsubscribed",
                    "Members lost",
                    "Unsubscribers",
                ),
            },
            builtin=True,
        ),
    )
}


def saved_mappings(store: Store) -> dict[str, ColumnMapping]:
    with store.session_scope() as s:
        row = s.get(Setting, SETTING_KEY)
        raw = list(row.value) if row is not None and isinstance(row.value, list) else []
    out = {}
    for item in raw:
        try:
            mapping = ColumnMapping.from_json(item)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # a damaged entry is skipped, never fatal
        out[mapping.name] = mapping
    return out


def all_mappings(store: Store) -> dict[str, ColumnMapping]:
    """Ready mappings and the saved ones (a saved mapping cannot hide a ready one)."""
    out = dict(saved_mappings(store))
    out.update(READY)
    return out


def get_mapping(store: Store, name: str) -> ColumnMapping | None:
    return all_mappings(store).get(name)


def save_mapping(store: Store, mapping: ColumnMapping) -> None:
    """Save (or replace) a user mapping.

    Raises:
        ValueError: the name is a ready mapping's, or the mapping is unusable.
    """
    if mapping.name in READY:
        raise ValueError(f"{mapping.name!r} is a ready mapping: choose another name")
    problems = mapping.problems()
    if problems:
        raise ValueError("; ".join(problems))
    current = saved_mappings(store)
    current[mapping.name] = mapping
    with store.session_scope() as s:
        data = [m.to_json() for m in current.values()]
        row = s.get(Setting, SETTING_KEY)
        if row is None:
            s.add(Setting(key=SETTING_KEY, value=data))
        else:
            row.value = data


def delete_mapping(store: Store, name: str) -> bool:
    current = saved_mappings(store)
    if name not in current:
        return False
    del current[name]
    with store.session_scope() as s:
        row = s.get(Setting, SETTING_KEY)
        if row is not None:
            row.value = [m.to_json() for m in current.values()]
    return True


@dataclass
class HeaderMatch:
    """Which file column each mapped field came from, and which required ones are missing.

    The missing ones are kept as names and flags, not as an English phrase, so the window can
    word them ("Post ID or Permalink", "any figure column") in the owner's language.
    """

    columns: dict[str, int] = field(default_factory=dict)  # field -> column index
    # the post's identity is missing: the headers that could hold it (one is enough)
    missing_id: tuple[str, ...] | None = None
    missing_date: str = ""  # the date column's header, when an account file has none
    missing_figures: bool = False  # not a single column of figures

    @property
    def missing_required(self) -> list[str]:
        """The missing columns in English, as the command line names them."""
        out = []
        if self.missing_id is not None:
            out.append(" or ".join(self.missing_id) or "post id")
        if self.missing_date:
            out.append(self.missing_date)
        if self.missing_figures:
            out.append("any figure column")
        return out


def match_headers(mapping: ColumnMapping, header: list[str]) -> HeaderMatch:
    index = {h.strip().lower(): i for i, h in reversed(list(enumerate(header)))}
    result = HeaderMatch()
    for field_name, aliases in mapping.columns.items():
        for alias in aliases:
            i = index.get(alias.strip().lower())
            if i is not None:
                result.columns[field_name] = i
                break
    if mapping.kind == "posts" and not ({"remote_id", "url"} & set(result.columns)):
        result.missing_id = tuple(
            a for f in ("remote_id", "url") for a in mapping.columns.get(f, ())[:1]
        )
    if mapping.kind == "account" and "date" not in result.columns:
        result.missing_date = mapping.columns.get("date", ("date",))[0]
    if not (METRIC_FIELDS & set(result.columns)):
        result.missing_figures = True
    return result
