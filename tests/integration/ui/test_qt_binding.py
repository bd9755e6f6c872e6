"""Guards against known defects of the Qt binding that would crash a long session."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_void_qt_calls_keep_none_alive() -> None:
    """PySide6 6.12.0 dropped a reference to None per void call; after a few thousand calls
    (typing, painting) the process aborted with "none_dealloc". Checked in a fresh process,
    since a failure kills the interpreter."""
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        before = sys.getrefcount(None)
        for i in range(2000):
            label.setText(str(i))
        print(sys.getrefcount(None) - before)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 50
