"""The Pillow image pipeline (Qt-free): checks, decoding, crops, colour, encoding, cache."""
