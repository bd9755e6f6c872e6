"""Publishing in the window: the timer-driven publisher, missed posts, ready-to-post reminders."""
