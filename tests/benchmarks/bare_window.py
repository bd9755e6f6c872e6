"""The reference for the start-up benchmark: a bare PySide6 QMainWindow, first paint, quit.

Prints ``painted:bare <CPU seconds of this process so far>``, like ``smmdesk --quit-after-paint``.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class PaintWatcher(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            print(f"painted:bare {time.process_time():.4f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1180, 760)
watcher = PaintWatcher()
app.installEventFilter(watcher)
window.show()
app.exec()
