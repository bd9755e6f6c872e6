"""Names, definitions and number formats of the KPIs, in the UI language (dashboard and PDF)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from smmdesk_gui.services.stats.kpis import DashboardData
from smmdesk_gui.services.stats.period import Period
from smmdesk_gui.services.stats.report import HeadlineRow
from smmdesk_gui.ui.formatting import percent_suffix
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP, arg

CTX = "Stats"

LABELS: dict[str, str] = {
    "followers": QT_TRANSLATE_NOOP("Stats", "Followers"),
    "growth": QT_TRANSLATE_NOOP("Stats", "New followers"),
    "growth_rate": QT_TRANSLATE_NOOP("Stats", "Growth"),
    "posts": QT_TRANSLATE_NOOP("Stats", "Posts published"),
    "reach": QT_TRANSLATE_NOOP("Stats", "Reach"),
    "interactions": QT_TRANSLATE_NOOP("Stats", "Interactions"),
    "er_reach": QT_TRANSLATE_NOOP("Stats", "Engagement rate (by reach)"),
    "er_followers": QT_TRANSLATE_NOOP("Stats", "Engagement rate (by followers)"),
    "reach_rate": QT_TRANSLATE_NOOP("Stats", "Reach rate"),
    "ctr": QT_TRANSLATE_NOOP("Stats", "Click-through rate"),
    "ad_spend": QT_TRANSLATE_NOOP("Stats", "Ad spend"),
    "cpm": QT_TRANSLATE_NOOP("Stats", "Cost per 1,000 impressions (CPM)"),
    "cpc": QT_TRANSLATE_NOOP("Stats", "Cost per click (CPC)"),
    "cpl": QT_TRANSLATE_NOOP("Stats", "Cost per lead (CPL)"),
    "cost_per_follower": QT_TRANSLATE_NOOP("Stats", "Cost per new follower"),
}

DEFINITIONS: dict[str, str] = {
    "followers": QT_TRANSLATE_NOOP(
        "Stats", "Followers at the end of the period, all chosen accounts together."
    ),
    "growth": QT_TRANSLATE_NOOP(
        "Stats", "Followers at the end minus followers at the start of the period."
    ),
    "growth_rate": QT_TRANSLATE_NOOP(
        "Stats", "Growth: (followers at the end − followers at the start) / followers at the start."
    ),
    "posts": QT_TRANSLATE_NOOP("Stats", "Posts published in the period, per account."),
    "reach": QT_TRANSLATE_NOOP(
        "Stats", "Reach: the people who saw the period's posts, added up over the posts."
    ),
    "interactions": QT_TRANSLATE_NOOP(
        "Stats",
        "Interactions: likes + comments + shares + saves, counting those the platform reports.",
    ),
    "er_reach": QT_TRANSLATE_NOOP(
        "Stats", "Engagement rate by reach: interactions / reach, over posts that have a reach."
    ),
    "er_followers": QT_TRANSLATE_NOOP(
        "Stats", "Engagement rate by followers: interactions per post / followers."
    ),
    "reach_rate": QT_TRANSLATE_NOOP("Stats", "Reach rate: reach per post / followers."),
    "ctr": QT_TRANSLATE_NOOP(
        "Stats", "Click-through rate: clicks / impressions (or reach, without impressions)."
    ),
    "ad_spend": QT_TRANSLATE_NOOP("Stats", "Money spent on ads in the period, as entered."),
    "cpm": QT_TRANSLATE_NOOP("Stats", "CPM: ad spend per 1,000 ad impressions."),
    "cpc": QT_TRANSLATE_NOOP("Stats", "CPC: ad spend / ad clicks."),
    "cpl": QT_TRANSLATE_NOOP("Stats", "CPL: ad spend / leads."),
    "cost_per_follower": QT_TRANSLATE_NOOP(
        "Stats", "Cost per new follower: ad spend / new followers in the period."
    ),
}

PARTS: dict[str, str] = {
    "likes": QT_TRANSLATE_NOOP("Stats", "likes"),
    "comments": QT_TRANSLATE_NOOP("Stats", "comments"),
    "shares": QT_TRANSLATE_NOOP("Stats", "shares"),
    "saves": QT_TRANSLATE_NOOP("Stats", "saves"),
    "impressions": QT_TRANSLATE_NOOP("Stats", "impressions"),
    "reach": QT_TRANSLATE_NOOP("Stats", "reach"),
    "clicks": QT_TRANSLATE_NOOP("Stats", "clicks"),
    "followers": QT_TRANSLATE_NOOP("Stats", "followers"),
    "daily_reach": QT_TRANSLATE_NOOP("Stats", "reach of the day"),
    "daily_impressions": QT_TRANSLATE_NOOP("Stats", "views of the day"),
    "new_followers": QT_TRANSLATE_NOOP("Stats", "new followers"),
    "lost_followers": QT_TRANSLATE_NOOP("Stats", "lost followers"),
}


def part(name: str) -> str:
    """A figure's name in the UI language (likes, reach, ...)."""
    return tr(PARTS.get(name, name))


WEEKDAYS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Stats", "Mon"),
    QT_TRANSLATE_NOOP("Stats", "Tue"),
    QT_TRANSLATE_NOOP("Stats", "Wed"),
    QT_TRANSLATE_NOOP("Stats", "Thu"),
    QT_TRANSLATE_NOOP("Stats", "Fri"),
    QT_TRANSLATE_NOOP("Stats", "Sat"),
    QT_TRANSLATE_NOOP("Stats", "Sun"),
)


class Stats:
    """``Stats.tr("...")``: pyside6-lupdate files these strings under the context "Stats", the
    one they are looked up in (a plain ``tr()`` or ``lbl.tr()`` would land elsewhere)."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Translate in the "Stats" context; ``n`` picks the plural form of a ``%n`` text."""
        return QCoreApplication.translate(CTX, str(text), disambiguation, n)


def tr(text: Any) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Stats", ...)."""
    return QCoreApplication.translate(CTX, str(text))


def label(key: str) -> str:
    """The KPI's name in the owner's language (a key without one is shown as it is, and not
    looked up: the translators never see it)."""
    text = LABELS.get(key)
    return tr(text) if text is not None else key


def not_enough() -> str:
    return Stats.tr("not enough data")


def definition(row_key: str, inputs: tuple[str, ...] = ()) -> str:
    text = tr(DEFINITIONS.get(row_key, ""))
    if inputs:
        used = ", ".join(tr(PARTS.get(p, p)) for p in inputs)
        text += "\n" + arg(Stats.tr("Counted here: %1."), used)
    return text


def fmt_value(value: float | None, unit: str, currency: str = "") -> str:
    """A figure in the UI locale; ``None`` is "not enough data", never 0."""
    if value is None:
        return not_enough()
    loc = QLocale()
    if unit == "percent":
        return loc.toString(value * 100.0, "f", 1) + percent_suffix()
    if unit == "money":
        text = loc.toString(value, "f", 2)
        return f"{text}\u00a0{currency}" if currency else text
    return loc.toString(float(round(value)), "f", 0)


def fmt_change(row: HeadlineRow) -> str:
    """ "+12.5 %" against the previous period ("+0.4 pp" for a percentage), or ""."""
    ch = row.change
    if ch.value is None:
        return ""
    loc = QLocale()
    sign = "+" if ch.value > 0 else ("−" if ch.value < 0 else "±")
    if row.unit == "percent":
        return f"{sign}{loc.toString(abs(ch.value) * 100.0, 'f', 1)}\u00a0" + Stats.tr("pp")
    return f"{sign}{loc.toString(abs(ch.value) * 100.0, 'f', 1)}{percent_suffix()}"


def weekday(i: int) -> str:
    """Short weekday name (Monday = 0) in the UI locale."""
    name = QLocale().dayName(i + 1, QLocale.FormatType.ShortFormat)
    return name or tr(WEEKDAYS[i])


def hour(h: int) -> str:
    """An hour of the day in the locale's short time ("9:00 AM", "۹:۰۰")."""
    from smmdesk_gui.ui.formatting import format_clock

    return format_clock(h)


def slot(weekday_index: int, h: int) -> str:
    """ "Thu 18:00" in the UI locale."""
    from smmdesk_gui.ui.formatting import format_clock

    return f"{weekday(weekday_index)} {format_clock(h)}"


def weekday_long(i: int) -> str:
    """Full weekday name (Monday = 0) in the UI locale."""
    return QLocale().dayName(i + 1, QLocale.FormatType.LongFormat) or tr(WEEKDAYS[i])


def platform_name(key: str) -> str:
    """A platform's display name ("Instagram"), or its key when unknown."""
    from smmdesk_gui.domain.platforms import PLATFORMS

    return PLATFORMS[key].name if key in PLATFORMS else key


def account_text(platform: str, handle: str) -> str:
    """ "Instagram · bakery": an account in a picker or a table, its platform by name."""
    return arg(Stats.tr("%1 · %2"), platform_name(platform), handle)


def period_label(period: Period) -> str:
    """A period in the UI's calendar: a whole month by its name ("October 2026", "Mehr 1405"),
    else its first and last day in the locale's short date style."""
    from smmdesk_gui.ui.calendars import period_label as calendar_period_label

    return calendar_period_label(period.first, period.last)


def report_title(period: Period) -> str:
    """The report's title from its period: "Monthly report" only for a whole calendar month."""
    from smmdesk_gui.ui.calendars import is_whole_month, month_year
    from smmdesk_gui.ui.formatting import format_date, format_range

    if is_whole_month(period.first, period.last):  # a month of the UI's calendar
        return arg(Stats.tr("Monthly report: %1"), month_year(period.first))
    if period.days == 7:
        return arg(Stats.tr("Weekly report: %1"), format_range(period.first, period.last))
    if period.days == 1:
        return arg(Stats.tr("Report for %1"), format_date(period.first, long=True))
    return arg(
        Stats.tr("Report on %1: %2"),
        Stats.tr("%n days", "", period.days),
        format_range(period.first, period.last),
    )


def summary_sentences(data: DashboardData) -> list[str]:
    """A short written summary composed from the numbers; each sentence is one tr string.

    Only what the figures support is said: a missing comparison or a thin heatmap leaves its
    sentence out rather than guessing.
    """
    out: list[str] = []
    cur, prev = data.current, data.previous
    if cur.reach is not None and prev.reach:
        change = (cur.reach - prev.reach) / prev.reach
        sign = "+" if change >= 0 else "−"
        text = f"{sign}{QLocale().toString(abs(change) * 100.0, 'f', 0)}{percent_suffix()}"
        out.append(arg(Stats.tr("Reach %1 on the period before."), text))
    elif cur.reach is not None:
        out.append(
            arg(Stats.tr("Reach: %1 (nothing to compare with yet)."), fmt_value(cur.reach, "count"))
        )
    if data.platforms and len(data.platforms) > 1:
        lead = max(data.platforms, key=lambda f: (f.er_reach.value or -1.0, f.reach or 0.0))
        if lead.er_reach.ok:
            out.append(
                arg(
                    Stats.tr("%1 engaged best (%2 engagement rate)."),
                    platform_name(lead.platform),
                    fmt_value(lead.er_reach.value, "percent"),
                )
            )
    rated = [r for r in data.rubrics if r.engagement.ok and r.posts and r.rubric != "—"]
    if len(rated) > 1:
        best = max(rated, key=lambda r: r.engagement.value or 0.0)
        out.append(
            arg(
                Stats.tr("Posts in “%1” did best (%2 engagement rate)."),
                best.rubric,
                fmt_value(best.engagement.value, "percent"),
            )
        )
    tip = data.heatmap.best(1)
    if tip:
        out.append(
            arg(
                Stats.tr("Post more on %1 around %2: your posts at that time did best."),
                weekday_long(tip[0].weekday),
                slot_time(tip[0].hour),
            )
        )
    elif data.posts:
        out.append(
            arg(
                Stats.tr(
                    "Too few posts yet to say which day works best: an hour needs "
                    "%1 posts before it counts."
                ),
                count(data.heatmap.min_samples),
            )
        )
    return out


def slot_time(h: int) -> str:
    """An hour of the day in the locale's short time ("6:00 PM")."""
    from smmdesk_gui.ui.formatting import format_clock

    return format_clock(h)


def count(n: int) -> str:
    return QLocale().toString(n)
