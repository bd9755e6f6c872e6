"""Composing: drafts with per-account versions, their checks, their photos."""
