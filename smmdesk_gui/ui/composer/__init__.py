"""The Compose screen (issue 4)."""
