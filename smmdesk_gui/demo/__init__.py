"""The demo workspace's seeders: a believable bakery for every screen (not use cases)."""
