"""PyInstaller runtime hook: the bundle never writes next to itself.

Alembic loads the migration scripts by path (``SourceFileLoader``), which would cache
``__pycache__/*.pyc`` inside the installed bundle (a per-user Windows install is writable).
All data goes to the user's data folder (``smmdesk_gui.paths``), never to the install folder.
"""

import os
import sys

sys.dont_write_bytecode = True
os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
