from __future__ import annotations

import datetime as dt
from pathlib import Path

from smmdesk_gui.store.db import current_revision, head_revision, open_store
from smmdesk_gui.store.models import Account, Post, PostTarget


def test_open_store_migrates_and_roundtrips_utc(tmp_path: Path) -> None:
    store = open_store(tmp_path / "smmdesk.db", tmp_path / "backups")
    assert current_revision(store.engine) == head_revision()
    when = dt.datetime(2026, 3, 29, 2, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with store.session_scope() as s:
        acc = Account(platform="bluesky", handle="bakery.test")
        post = Post(text="Fresh bread")
        s.add_all([acc, post])
        s.flush()
        s.add(PostTarget(post_id=post.id, account_id=acc.id, scheduled_at=when))
    with store.session_scope() as s:
        target = s.query(PostTarget).one()
        assert target.scheduled_at == when
        assert target.scheduled_at.tzinfo == dt.UTC
    store.dispose()
