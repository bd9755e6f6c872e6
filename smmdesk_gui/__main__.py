"""``python -m smmdesk_gui`` starts the desktop app."""

from smmdesk_gui.app import main

raise SystemExit(main())
