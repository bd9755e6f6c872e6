"""Why an image was refused, in words a shop owner understands.

Every refusal is a :class:`MediaError` whose message says what happened and what to do; the
pipeline raises nothing else for bad input, so callers (the library, the CLI, the Media screen)
can show ``str(exc)`` as it is.
"""

from __future__ import annotations


class MediaError(Exception):
    """An image SMM Desk cannot use; ``str()`` is a one-line message for the user."""


class EmptyFileError(MediaError):
    """The file has no bytes."""


class NotAnImageError(MediaError):
    """The file is not a picture SMM Desk can read (whatever its extension says)."""


class CorruptImageError(MediaError):
    """The picture is damaged or cut short."""


class ImageTooLargeError(MediaError):
    """The picture has more pixels than SMM Desk will decode (decompression bomb guard)."""


class TooBigForPlatformError(MediaError):
    """Even at the lowest decent quality the output is over the platform's file-size limit."""
