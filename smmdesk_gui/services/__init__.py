"""Use cases, Qt-free: planning, composing, publishing, stats, demo. Used by the GUI and the CLI."""
