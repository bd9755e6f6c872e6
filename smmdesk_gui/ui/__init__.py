"""PySide6 user interface: the only layer (with app.py) that imports QtWidgets/QtGui."""
