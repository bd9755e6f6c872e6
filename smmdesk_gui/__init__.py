"""SMM Desk: a desktop social-media desk for small businesses."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("smmdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
