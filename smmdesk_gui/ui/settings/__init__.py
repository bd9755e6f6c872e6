"""Settings dialogs opened from the Settings page (and from the screens that need them)."""
