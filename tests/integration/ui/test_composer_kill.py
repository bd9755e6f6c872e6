"""The gold standard for autosave: kill -9 the app mid-typing; the draft is there on the next
start, with at most the last 2 seconds of typing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from smmdesk_gui.services.compose import drafts
from smmdesk_gui.ui.composer.page import ComposePage

ROOT = Path(__file__).resolve().parents[3]
TYPIST = Path(__file__).with_name("composer_typist.py")
sys.path.insert(0, str(TYPIST.parent))
from composer_typist import TEXT  # noqa: E402

KILL_AFTER = 120  # characters typed (about 3 s of typing)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_mid_typing_loses_at_most_two_seconds(
    ctx: Any, qtbot: QtBot, smm_home: Path
) -> None:
    env = {**os.environ, "SMMDESK_HOME": str(smm_home), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(TYPIST)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    progress: list[tuple[int, float]] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            _word, n, t = line.split()
            progress.append((int(n), float(t)))
            if int(n) >= KILL_AFTER:
                proc.send_signal(signal.SIGKILL)
                killed_at = time.monotonic()
                break
    finally:
        proc.kill()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert progress and progress[-1][0] >= KILL_AFTER

    draft = drafts.latest_draft(ctx.store)
    assert draft is not None, "nothing was saved before the kill"
    saved = draft.text
    assert TEXT.startswith(saved)
    # everything typed up to 2 seconds before the kill must be there
    typed_two_seconds_before = max((n for n, t in progress if t <= killed_at - 2.0), default=0)
    assert len(saved) >= typed_two_seconds_before, (len(saved), typed_two_seconds_before)
    saved_at = next((t for n, t in progress if n >= len(saved)), killed_at)
    print(
        f"kill test: typed {progress[-1][0]}, saved {len(saved)}, "
        f"lost {killed_at - saved_at:.2f} s of typing"
    )

    page = ComposePage(ctx)  # the next start
    qtbot.addWidget(page)
    assert page.editor.toPlainText() == saved
    assert page.post_id == draft.post_id
