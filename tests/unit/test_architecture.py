"""The direction of imports (ARCHITECTURE.md), enforced by reading every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "smmdesk_gui"

# layer -> project packages it may import (besides itself)
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "store": {"domain"},
    "media": {"domain", "store", "paths"},
    "connectors": {"domain", "credentials", "logs"},
    "services": {
        "domain",
        "store",
        "media",
        "connectors",
        "paths",
        "credentials",
        "logs",
        "errors",
    },
    "ui": {
        "domain",
        "store",
        "media",
        "connectors",
        "services",
        "paths",
        "credentials",
        "logs",
        "errors",
        "self_test",
        "licenses",
    },
}
QT_GUI = ("PySide6.QtWidgets", "PySide6.QtGui")
QT_FREE_LAYERS = ("domain", "store", "media", "connectors", "services")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_layers_import_only_downwards() -> None:
    problems = []
    for layer, allowed in ALLOWED.items():
        for path in _modules(layer):
            for name in _imports(path):
                if not name.startswith("smmdesk_gui."):
                    continue
                target = name.split(".")[1]
                if target in (layer, "__init__", "__version__") or target in allowed:
                    continue
                if target == "smmdesk_gui":
                    continue
                problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not problems, "imports against ARCHITECTURE.md:\n" + "\n".join(sorted(set(problems)))


def test_core_is_free_of_qt_widgets_and_gui() -> None:
    problems = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for layer in QT_FREE_LAYERS
        for path in _modules(layer)
        for name in _imports(path)
        if name.startswith(QT_GUI)
    ]
    assert not problems, "\n".join(problems)


def test_domain_does_no_io_and_has_no_orm() -> None:
    banned = ("sqlalchemy", "requests", "PySide6", "keyring", "PIL", "os", "pathlib", "socket")
    problems = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules("domain")
        for name in _imports(path)
        if name.split(".")[0] in banned
    ]
    assert not problems, "\n".join(problems)


def test_only_credentials_imports_keyring() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "credentials.py"
        and any(n.split(".")[0] == "keyring" for n in _imports(path))
    ]
    assert offenders == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    """Guard against a checker that can't fail: a planted bad import is found."""
    bad = tmp_path / "bad.py"
    bad.write_text("from smmdesk_gui.ui.main_window import MainWindow\nimport PySide6.QtWidgets\n")
    names = _imports(bad)
    assert "smmdesk_gui.ui.main_window" in names
    assert any(n.startswith(QT_GUI) for n in names)
