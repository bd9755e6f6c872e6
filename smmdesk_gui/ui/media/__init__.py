"""The Media screen: the photo library, focal point and per-platform previews."""
