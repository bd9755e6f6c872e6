"""The media library: content-addressed photos and the logo overlay."""
