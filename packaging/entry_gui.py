"""Frozen entry point of the desktop app (``smmdesk``; ``smmdesk --self-test`` smoke-tests it)."""

import sys

from smmdesk_gui.app import main

if __name__ == "__main__":
    sys.exit(main())
