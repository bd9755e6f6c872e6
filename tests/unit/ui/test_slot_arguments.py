"""No button or action hands its ``checked`` flag to a method's optional parameter (issue 12).

``button.clicked.connect(self.open_connect)`` with ``def open_connect(self, account=None)``
calls ``open_connect(False)``: PySide passes the signal's argument whenever the slot can take
it. The walker (test_every_button.py) catches it for every button on screen; this reads the
code, so a button that only shows up later (a selection, a state) is covered too.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "smmdesk_gui" / "ui"
# Signals that carry a bool a person did not mean as an argument.
BOOL_SIGNALS = {"clicked", "triggered", "toggled"}


def _optional_params(func: ast.FunctionDef) -> list[str]:
    args = func.args.args[1:]  # after self
    defaults = func.args.defaults
    return [a.arg for a in args[len(args) - len(defaults) :]] if defaults else []


def risky_connections(source: str) -> list[str]:
    """``line: signal -> method(optional...)`` for each bool signal wired straight to a method
    of this module whose optional parameters would receive the flag."""
    tree = ast.parse(source)
    methods: dict[str, list[ast.FunctionDef]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            methods.setdefault(node.name, []).append(node)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        slots: list[ast.expr] = []
        signal = node.func.value
        if node.func.attr == "connect" and isinstance(signal, ast.Attribute):
            if signal.attr in BOOL_SIGNALS:
                slots = node.args[:1]
        elif node.func.attr == "addAction":  # QMenu/QToolBar.addAction(text, slot)
            slots = [a for a in node.args if isinstance(a, ast.Attribute)]
        for slot in slots:
            if isinstance(slot, ast.Attribute) and isinstance(slot.value, ast.Name):
                for func in methods.get(slot.attr, []):
                    optional = _optional_params(func)
                    if optional:
                        found.append(f"{node.lineno}: {slot.attr}({', '.join(optional)}=...)")
    return found


def test_no_bool_signal_reaches_an_optional_parameter() -> None:
    problems = [
        f"{path.relative_to(UI)}:{item}"
        for path in sorted(UI.rglob("*.py"))
        for item in risky_connections(path.read_text(encoding="utf-8"))
    ]
    assert problems == [], "wire these through a lambda: " + "; ".join(problems)


def test_the_check_finds_the_connect_button_of_issue_12() -> None:
    before_the_fix = (
        "class AccountsPage:\n"
        "    def __init__(self):\n"
        "        self.connect_button.clicked.connect(self.open_connect)\n"
        "        menu.addAction('Connect', self.open_connect)\n"
        "        self.other.clicked.connect(lambda: self.open_connect())\n"
        "    def open_connect(self, account=None):\n"
        "        pass\n"
    )
    assert risky_connections(before_the_fix) == [
        "3: open_connect(account=...)",
        "4: open_connect(account=...)",
    ]
