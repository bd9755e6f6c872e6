"""Frozen entry point of the command line (``smmdesk-cli``)."""

import sys

from smmdesk_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
