"""Photo intake through the one thread helper: batches, Cancel, and the real thread pool."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from smmdesk_gui.ui.media.page import MediaPage
from smmdesk_gui.ui.tasks import TaskRunner
from tests.fakes.imagegen import oriented_jpeg, textured


def _photos(tmp_path: Path, n: int, first: int = 0) -> list[Path]:
    return [
        oriented_jpeg(tmp_path / f"loaf{i}.jpg", textured((300, 200), seed=i), 1)
        for i in range(first, first + n)
    ]


def test_photos_added_while_importing_join_the_same_count(
    ctx: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    page = MediaPage(ctx)
    qtbot.addWidget(page)
    later = _photos(tmp_path, 2, first=5)
    seen: list[str] = []
    original = page.intake._show_progress

    def spy() -> None:
        original()
        seen.append(page.progress.format())
        if len(seen) == 2:
            page.import_paths(later)  # dropped while the first photo is being imported

    page.intake._show_progress = spy  # type: ignore[method-assign]
    page.import_paths(_photos(tmp_path, 2))
    assert seen[:3] == ["Importing 1 of 2…", "Importing 2 of 2…", "Importing 2 of 4…"]
    assert seen[-1] == "Importing 4 of 4…"
    assert page.model.rowCount() == 4 and not page.importing and page.progress_row.isHidden()
    assert page.banner_text() == "4 photos added."


def test_import_runs_on_the_thread_pool(
    ctx: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    from smmdesk_gui.services.library.assets import MediaLibrary

    ctx.tasks = TaskRunner()
    page = MediaPage(ctx)
    qtbot.addWidget(page)
    threads: list[threading.Thread] = []
    real_import = MediaLibrary.import_file

    def import_file(self: MediaLibrary, path: Path) -> Any:
        threads.append(threading.current_thread())
        return real_import(self, path)

    monkeypatch.setattr(MediaLibrary, "import_file", import_file)
    with qtbot.waitSignal(page.intake.finished, timeout=10_000) as got:
        page.import_paths(_photos(tmp_path, 3))
        assert page.importing and page.progress_row.isVisibleTo(page)
    assert len(got.args[0].done) == 3 and not page.importing
    assert page.banner_text() == "3 photos added."
    assert threads and all(t is not threading.main_thread() for t in threads)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10_000)  # thumbnails, previews
