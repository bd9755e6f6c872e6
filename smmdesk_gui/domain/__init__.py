"""Pure Python: no Qt, no SQLAlchemy, no I/O. Imports nothing else of the project."""
