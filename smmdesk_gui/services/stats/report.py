"""The numbers of a report as rows (Qt-free): the dashboard cards, the PDF and the CSV export
all read them from here, so they always agree."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from smmdesk_gui.domain import metrics as m
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.stats.kpis import DashboardData, Kpis
from smmdesk_gui.store.db import Store


@dataclass(frozen=True)
class Branding:
    """Who the report is for: the shop's name (Settings) and its logo (the photo overlay's)."""

    shop_name: str
    logo: Path | None


def report_branding(store: Store, paths: AppPaths) -> Branding:
    """The shop's name and the workspace logo file, when there is one on disk.

    The logo is the one chosen for the photo overlay (Media), whether or not the overlay is
    switched on: it is the owner's logo either way.
    """
    from smmdesk_gui.services.library import overlay
    from smmdesk_gui.services.workspace import shop_name

    chosen = overlay.load(store).logo
    logo = overlay.logos_dir(paths) / chosen if chosen else None
    return Branding(shop_name(store), logo if logo is not None and logo.is_file() else None)


@dataclass(frozen=True)
class HeadlineRow:
    key: str  # stable name (CSV, JSON); the UI translates its label
    value: float | None
    previous: float | None
    unit: str  # "count", "percent" (value 0..1), "money"
    currency: str = ""
    inputs: tuple[str, ...] = ()  # which interactions or base went in

    @property
    def change(self) -> m.Figure:
        """Relative change against the previous period (percent points for percentages)."""
        if self.value is None or self.previous is None:
            return m.missing()
        if self.unit == "percent":
            return m.Figure(self.value - self.previous)
        return m.change(m.Figure(self.value), m.Figure(self.previous))


def headline_rows(cur: Kpis, prev: Kpis) -> list[HeadlineRow]:
    def fig(key: str, a: m.Figure, b: m.Figure, unit: str, cur_code: str = "") -> HeadlineRow:
        return HeadlineRow(key, a.value, b.value, unit, cur_code, a.inputs)

    rows = [
        HeadlineRow("followers", cur.followers_end, prev.followers_end, "count"),
        fig("growth", cur.growth, prev.growth, "count"),
        fig("growth_rate", cur.growth_rate, prev.growth_rate, "percent"),
        HeadlineRow("posts", float(cur.posts), float(prev.posts), "count"),
        HeadlineRow("reach", cur.reach, prev.reach, "count"),
        HeadlineRow(
            "interactions",
            cur.interactions.total,
            prev.interactions.total,
            "count",
            inputs=cur.interactions.parts,
        ),
        fig("er_reach", cur.er_reach, prev.er_reach, "percent"),
        fig("er_followers", cur.er_followers, prev.er_followers, "percent"),
        fig("reach_rate", cur.reach_rate, prev.reach_rate, "percent"),
        fig("ctr", cur.ctr, prev.ctr, "percent"),
    ]
    currencies = sorted(set(cur.spend) | set(prev.spend))
    for code in currencies:
        rows.append(
            HeadlineRow("ad_spend", cur.spend.get(code), prev.spend.get(code), "money", code)
        )
    code = currencies[0] if len(currencies) == 1 else ""
    if len(cur.spend) <= 1:
        rows += [
            fig("cpm", cur.cpm, prev.cpm, "money", code),
            fig("cpc", cur.cpc, prev.cpc, "money", code),
            fig("cpl", cur.cpl, prev.cpl, "money", code),
            fig("cost_per_follower", cur.cost_per_follower, prev.cost_per_follower, "money", code),
        ]
    return rows


def _num(v: float | None) -> str:
    if v is None:
        return ""
    return f"{v:.6g}" if v != int(v) else str(int(v))


def write_report_csv(data: DashboardData, path: Path) -> None:
    """The report's numbers as one CSV (UTF-8 with BOM, so Excel opens it right)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["section", "name", "value", "previous", "unit", "detail"])
        period = data.current.period
        w.writerow(["period", "first_day", period.first.isoformat(), "", "date", ""])
        w.writerow(["period", "last_day", period.last.isoformat(), "", "date", ""])
        for row in headline_rows(data.current, data.previous):
            detail = row.currency or "+".join(row.inputs)
            w.writerow(["headline", row.key, _num(row.value), _num(row.previous), row.unit, detail])
        for day, followers in data.followers_series:
            w.writerow(["followers", day.isoformat(), _num(followers), "", "count", ""])
        for r in data.rubrics:
            w.writerow(
                [
                    "rubric",
                    r.rubric,
                    _num(r.engagement.value),
                    "",
                    "percent",
                    f"posts={r.posts};share={_num(r.share_of_posts.value)};"
                    f"planned={_num(r.planned_share)}",
                ]
            )
        w.writerow([])
        w.writerow(
            [
                "post",
                "published_at",
                "account",
                "title",
                "rubric",
                "reach",
                "impressions",
                "likes",
                "comments",
                "shares",
                "saves",
                "clicks",
                "interactions",
                "er_reach",
            ]
        )
        for p in data.posts:
            f = p.figures
            w.writerow(
                [
                    "post",
                    p.published_at.isoformat(),
                    f"{p.platform} · {p.handle}",
                    p.title,
                    p.rubric,
                    *(
                        _num(f.get(k))
                        for k in (
                            "reach",
                            "impressions",
                            "likes",
                            "comments",
                            "shares",
                            "saves",
                            "clicks",
                        )
                    ),
                    _num(p.interactions.total),
                    _num(p.er_reach.value),
                ]
            )
