"""Undoable plan changes: each apply() writes and returns its inverse."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.domain.slots import utc_to_local
from smmdesk_gui.services.plan import commands as pc
from smmdesk_gui.services.plan.queries import PlanError
from smmdesk_gui.services.plan.rubrics import (
    create_rubric,
    delete_rubric,
    list_rubrics,
    update_rubric,
)
from smmdesk_gui.store.models import Post, PostTarget, TargetState
from tests.fakes.plan_workspace import Workspace, local


def _times(ws: Workspace, post_id: int) -> list[tuple[dt.datetime | None, str]]:
    return [(t.scheduled_at, t.state) for t in ws.targets(post_id)]


def test_reschedule_keeps_time_of_day_and_undo_redo(ws: Workspace) -> None:
    pid = ws.post("Croissants", ["instagram:bakery", "x:bakery"], local("2026-03-27 12:30"))
    before = _times(ws, pid)
    ids = [t.id for t in ws.targets(pid)]
    cmd = pc.reschedule(ws.store, ids, dt.date(2026, 3, 31), ws.tz)  # across the DST change
    undo = cmd.apply(ws.store)
    after = _times(ws, pid)
    assert [utc_to_local(t, ws.tz) for t, _ in after if t] == [dt.datetime(2026, 3, 31, 12, 30)] * 2
    redo = undo.apply(ws.store)
    assert _times(ws, pid) == before
    redo.apply(ws.store)
    assert _times(ws, pid) == after
    assert cmd.label == "Move post"


def test_shift_by_days_and_refuse_published(ws: Workspace) -> None:
    a = ws.post("One", ["x:bakery"], local("2026-06-01 09:00"))
    b = ws.post("Two", ["x:bakery"], local("2026-06-02 09:00"))
    done = ws.post("Old", ["x:bakery"], local("2026-05-01 09:00"), state="published")
    ids = [t.id for p in (a, b) for t in ws.targets(p)]
    cmd = pc.shift(ws.store, ids, 7, ws.tz)
    inverse = cmd.apply(ws.store)
    assert _times(ws, a)[0][0] == local("2026-06-08 09:00")
    assert _times(ws, b)[0][0] == local("2026-06-09 09:00")
    inverse.apply(ws.store)
    assert _times(ws, a)[0][0] == local("2026-06-01 09:00")
    with pytest.raises(PlanError, match="duplicate it"):
        pc.shift(ws.store, [ws.targets(done)[0].id], 1, ws.tz)


def test_duplicate_and_undo_removes_the_copy(ws: Workspace) -> None:
    pid = ws.post(
        "Cake",
        ["instagram:bakery", "x:bakery"],
        local("2026-06-02 12:30"),
        rubric="Product",
        state="published",
    )
    cmd = pc.duplicate([pid], ws.tz, to_day=dt.date(2026, 6, 9))
    inverse = cmd.apply(ws.store)
    assert isinstance(inverse, pc.DeletePost)
    copy = ws.targets(inverse.post_id)
    assert {t.scheduled_at for t in copy} == {local("2026-06-09 12:30")}
    assert {t.state for t in copy} == {TargetState.SCHEDULED.value}  # not the published history
    inverse.apply(ws.store)
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 1


def test_duplicate_many_is_one_undo_step(ws: Workspace) -> None:
    a = ws.post("A", ["x:bakery"], local("2026-06-01 09:00"))
    b = ws.post("B", ["x:bakery"], local("2026-06-02 09:00"))
    cmd = pc.duplicate([a, b], ws.tz, day_shift=1)
    inverse = cmd.apply(ws.store)
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 4
    inverse.apply(ws.store)
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 2


def test_delete_and_restore_brings_the_post_back_with_ids(ws: Workspace) -> None:
    pid = ws.post(
        "Bye", ["x:bakery", "mastodon:bakery"], local("2026-06-01 09:00"), rubric="Useful tips"
    )
    before = [(t.id, t.account_id, t.scheduled_at, t.state) for t in ws.targets(pid)]
    restore = pc.delete_posts([pid]).apply(ws.store)
    with ws.store.session_scope() as s:
        assert s.get(Post, pid) is None
    again = restore.apply(ws.store)
    assert [(t.id, t.account_id, t.scheduled_at, t.state) for t in ws.targets(pid)] == before
    assert isinstance(again, pc.DeletePost) and again.post_id == pid


def test_schedule_idea_uses_first_slot_of_the_day(ws: Workspace) -> None:
    idea = ws.post("Idea", ["instagram:bakery"], None)
    ws.add_photo(idea)  # Instagram takes no post without one (see the test after this one)
    cmd = pc.schedule_idea(ws.store, idea, dt.date(2026, 6, 4), ws.tz)  # Thu: slot 12:30
    inverse = cmd.apply(ws.store)
    assert _times(ws, idea) == [(local("2026-06-04 12:30"), "scheduled")]
    inverse.apply(ws.store)
    assert _times(ws, idea) == [(None, "draft")]
    cmd = pc.schedule_idea(ws.store, idea, dt.date(2026, 6, 7), ws.tz)  # Sunday: no slot -> 10:00
    cmd.apply(ws.store)
    assert _times(ws, idea)[0][0] == local("2026-06-07 10:00")


def test_an_idea_the_composer_would_refuse_lands_as_a_draft_saying_why(ws: Workspace) -> None:
    idea = ws.post("Rye is back", ["instagram:bakery", "x:bakery"], None)
    cmd = pc.schedule_idea(ws.store, idea, dt.date(2026, 6, 4), ws.tz)  # Thu: X at 09:00 first
    assert cmd.held == (Problem("needs_image", platform="instagram"),)
    assert cmd.held[0].message == "Instagram needs at least one image: add a photo."
    undo = cmd.apply(ws.store)
    when = local("2026-06-04 09:00")
    assert sorted(_times(ws, idea), key=lambda t: t[1]) == [(when, "draft"), (when, "scheduled")]
    undo.apply(ws.store)
    assert _times(ws, idea) == [(None, "draft"), (None, "draft")]
    # A time already past is refused as the composer refuses it.
    late = pc.schedule_idea(
        ws.store, idea, dt.date(2026, 6, 4), ws.tz, at=dt.time(9, 0), now=local("2026-06-05 08:00")
    )
    assert any("in the past" in reason.message for reason in late.held)
    assert {c.state for c in late.changes} == {"draft"}


def test_add_to_queue_takes_next_free_slot_per_account(ws: Workspace) -> None:
    now = local("2026-06-01 08:00")  # Monday
    ws.post("Taken", ["instagram:bakery"], local("2026-06-02 12:30"))
    idea = ws.post("Queue me", ["instagram:bakery", "x:bakery"], None)
    cmd = pc.add_to_queue(ws.store, idea, ws.tz, now)
    cmd.apply(ws.store)
    times = {t.account_id: t.scheduled_at for t in ws.targets(idea)}
    assert times[ws.accounts["instagram:bakery"]] == local("2026-06-04 12:30")
    assert times[ws.accounts["x:bakery"]] == local("2026-06-01 09:00")
    lonely = ws.post("No slots", ["telegram:bakery_news"], None)
    with pytest.raises(PlanError, match="no posting times"):
        pc.add_to_queue(ws.store, lonely, ws.tz, now)


def test_unschedule_sends_back_to_ideas(ws: Workspace) -> None:
    pid = ws.post("Later", ["x:bakery"], local("2026-06-01 09:00"))
    cmd = pc.unschedule(ws.store, [t.id for t in ws.targets(pid)])
    cmd.apply(ws.store).apply(ws.store)  # apply, undo
    cmd.apply(ws.store)
    assert _times(ws, pid) == [(None, "draft")]


def test_stale_command_fails_in_plain_words(ws: Workspace) -> None:
    pid = ws.post("Gone", ["x:bakery"], local("2026-06-01 09:00"))
    tid = ws.targets(pid)[0].id
    cmd = pc.shift(ws.store, [tid], 1, ws.tz)
    with ws.store.session_scope() as s:
        s.delete(s.get(PostTarget, tid))
    with pytest.raises(PlanError, match="deleted meanwhile"):
        cmd.apply(ws.store)


def test_rubrics_crud_and_validation(ws: Workspace) -> None:
    r = create_rubric(ws.store, "Offers", "#C0392B", 0.1)
    assert r.colour == "#c0392b"
    with pytest.raises(PlanError, match="already"):
        create_rubric(ws.store, "offers")
    with pytest.raises(PlanError, match="100%"):
        create_rubric(ws.store, "Stories", "#123456", 0.2)  # 0.4+0.3+0.2+0.1 already = 1.0
    with pytest.raises(PlanError, match="colour"):
        create_rubric(ws.store, "Stories", "red")
    with pytest.raises(PlanError, match="name"):
        create_rubric(ws.store, "  ")
    update_rubric(ws.store, r.id, name="Special offers", target_share=0.05)
    assert [x.name for x in list_rubrics(ws.store)][-1] == "Special offers"
    pid_rubric = ws.rubrics["Useful tips"]
    pid = ws.post("Tip", ["x:bakery"], None, rubric="Useful tips")
    delete_rubric(ws.store, pid_rubric)
    with ws.store.session_scope() as s:
        post = s.get(Post, pid)
        assert post is not None and post.rubric_id is None


def test_ideas_dropped_together_are_one_step_and_queue_in_distinct_slots(ws: Workspace) -> None:
    a = ws.post("A", ["instagram:bakery"], None)
    b = ws.post("B", ["instagram:bakery"], None)
    ws.add_photo(a)
    ws.add_photo(b)
    both = pc.schedule_ideas(ws.store, [a, b], dt.date(2026, 6, 4), ws.tz)  # Thu: slot 12:30
    assert isinstance(both, pc.CompositeCommand) and both.label == "Schedule ideas"
    undo = both.apply(ws.store)
    assert _times(ws, a) == _times(ws, b) == [(local("2026-06-04 12:30"), "scheduled")]
    undo.apply(ws.store)
    at_three = pc.schedule_ideas(ws.store, [a], dt.date(2026, 6, 4), ws.tz, at=dt.time(15, 0))
    assert isinstance(at_three, pc.SetTimes)  # one idea: no composite around it
    # Queued together, the second idea takes the slot after the first one's (none is written yet).
    queue = pc.queue_posts(ws.store, [a, b], ws.tz, local("2026-06-01 08:00"))
    queue.apply(ws.store)
    assert _times(ws, a)[0][0] == local("2026-06-02 12:30")
    assert _times(ws, b)[0][0] == local("2026-06-04 12:30")


def test_posting_times_are_replaced_all_or_nothing(ws: Workspace) -> None:
    from smmdesk_gui.domain.slots import WeeklySlot
    from smmdesk_gui.services.plan.posting_times import (
        default_time_on,
        list_posting_times,
        set_posting_times,
        slots_of,
    )

    ig, tg = ws.accounts["instagram:bakery"], ws.accounts["telegram:bakery_news"]
    before = slots_of(ws.store, ig)
    with pytest.raises(PlanError, match="removed meanwhile"):
        set_posting_times(ws.store, {ig: [WeeklySlot(0, 480)], 999_999: []})
    assert slots_of(ws.store, ig) == before  # the first account was not changed either
    set_posting_times(ws.store, {ig: [WeeklySlot(0, 480)], tg: [WeeklySlot(4, 1080)]})
    by_id = {a.account_id: a.text() for a in list_posting_times(ws.store)}
    assert by_id[ig] == "Mon 08:00" and by_id[tg] == "Fri 18:00"
    assert default_time_on(ws.store, [tg], dt.date(2026, 6, 5)) == dt.time(18, 0)  # a Friday
    assert default_time_on(ws.store, [tg], dt.date(2026, 6, 6)) == dt.time(10, 0)
