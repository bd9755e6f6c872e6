"""The direction of imports (ARCHITECTURE.md), enforced by reading every module's imports.

Absolute and relative imports are read (``from ..store import models`` counts like the absolute
form), at module level and inside functions. Every top-level module and package of
``smmdesk_gui`` has its own rule below: a new, renamed or missing one fails the test, so a rule
cannot silently stop applying.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "smmdesk_gui"

LOWER = {
    "domain",
    "store",
    "media",
    "connectors",
    "paths",
    "credentials",
    "logs",
    "errors",
    "private_files",
}

# unit -> what it may import besides itself and ``smmdesk_gui.__version__``. A unit is a
# top-level package (``ui``) or module (``cli``) of smmdesk_gui. An entry names a unit or, dotted,
# a part of one (``store.db`` allows ``smmdesk_gui.store.db`` and nothing else of ``store``).
RULES: dict[str, set[str]] = {
    # packages (the layers)
    "domain": set(),
    "store": {"domain", "private_files"},
    "media": {"domain", "store", "paths"},
    "connectors": {"domain", "credentials", "logs"},
    "services": LOWER,
    # The demo seeders fill a workspace through the same services the screens use.
    "demo": LOWER | {"services"},
    # The screens reach the data through services only: the ``Store`` type is all they may
    # name of the store (no models, no sessions; see KNOWN_OFFENDERS for what still does).
    "ui": (LOWER - {"store"}) | {"store.db", "services", "self_test", "licenses"},
    # Headless commands: services and below; ``app`` to open the demo, the report renderer and
    # the language setup of ``ui`` for ``report`` (a PDF is painted with Qt), never a screen.
    "commands": LOWER
    | {"services", "demo", "self_test", "licenses", "app", "ui.i18n", "ui.report"},
    # modules
    "__init__": set(),
    "__main__": {"app"},
    "app": LOWER | {"services", "demo", "self_test", "licenses", "ui"},
    "cli": {"commands", "errors", "logs", "paths"},
    "errors": {"domain", "store", "media", "connectors", "credentials"},
    "self_test": LOWER | {"services", "demo", "ui"},
    "paths": {"private_files"},
    "logs": {"paths", "private_files"},
    # owner-only modes for the data folder's files: plain ``os``, imported at start-up
    "private_files": set(),
    "credentials": {"logs"},
    "licenses": set(),
}

# Units that import no Qt at all (house rule: Qt stays out of the core, which the OS scheduler
# runs headless); ``ui``, ``app`` and ``self_test`` are the Qt side.
QT_FREE = set(RULES) - {"ui", "app", "self_test", "__main__", "__init__"}

# Files that still break a rule, named one by one so that any NEW offender fails. This list only
# shrinks: an entry that no longer offends fails too, so remove it when the file is fixed.
KNOWN_OFFENDERS: dict[str, set[str]] = {
    # ``stats report`` paints the PDF with Qt from the command line.
    "commands/stats.py": {"PySide6"},
}


def module_name(root: Path, path: Path) -> str:
    """``smmdesk_gui.ui.main_window`` for ``<root>/ui/main_window.py`` (root named the package)."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(root: Path, path: Path) -> Iterator[tuple[int, str]]:
    """``(line, absolute name)`` of every import in ``path``, relative ones resolved.

    ``from a.b import c`` gives ``a.b.c`` (what is taken from ``a.b``), ``import a.b`` gives
    ``a.b``; ``from a.b import *`` gives ``a.b``.
    """
    module = module_name(root, path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    return iter(_imports_in(package, path.read_text(encoding="utf-8")))


@functools.cache  # every test reads the same ~170 files; parse each text once
def _imports_in(package: str, text: str) -> tuple[tuple[int, str], ...]:
    return tuple(_walk_imports(package, text))


def _walk_imports(package: str, text: str) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                if node.level - 1 >= len(base):
                    yield node.lineno, "<relative import above the package>"
                    continue
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                yield node.lineno, source if alias.name == "*" else f"{source}.{alias.name}"


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def unit_of(root: Path, path: Path) -> str:
    """The unit (top-level package or module) a file belongs to."""
    rel = path.relative_to(root)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _target(name: str) -> str | None:
    """``ui.main_window`` for ``smmdesk_gui.ui.main_window``; None outside the project."""
    if not _under(name, "smmdesk_gui"):
        return None
    rel = name.partition(".")[2]
    return "__init__" if rel in ("", "__version__") else rel


def _known(root: Path, path: Path, name: str) -> bool:
    allowed = KNOWN_OFFENDERS.get(path.relative_to(root).as_posix(), set())
    return any(_under(name, prefix) for prefix in allowed)


def layer_problems(root: Path) -> list[str]:
    """Imports of project modules against RULES."""
    problems = []
    for path in sorted(root.rglob("*.py")):
        unit = unit_of(root, path)
        allowed = RULES.get(unit)
        if allowed is None:
            continue  # layout_problems reports it
        for line, name in imported_names(root, path):
            if name.startswith("<"):
                problems.append(f"{path.relative_to(root)}:{line}: {name}")
                continue
            target = _target(name)
            if target is None:
                continue
            if target == "__init__" or _under(target, unit):
                continue
            if any(_under(target, entry) for entry in allowed) or _known(root, path, name):
                continue
            problems.append(f"{path.relative_to(root)}:{line} ({unit}) imports {name}")
    return problems


def banned_import_problems(root: Path, units: set[str], banned: tuple[str, ...]) -> list[str]:
    """Imports of the ``banned`` libraries (prefixes) by files of ``units``."""
    return [
        f"{path.relative_to(root)}:{line} imports {name}"
        for path in sorted(root.rglob("*.py"))
        if unit_of(root, path) in units
        for line, name in imported_names(root, path)
        if any(_under(name, b) for b in banned) and not _known(root, path, name)
    ]


def layout_problems(root: Path) -> list[str]:
    """Every unit with a rule exists; every top-level module or package has a rule."""
    problems = []
    for unit in sorted(RULES):
        if not ((root / f"{unit}.py").is_file() or (root / unit / "__init__.py").is_file()):
            problems.append(f"{unit}: has a rule but no module or package (renamed? removed?)")
    for item in sorted(root.iterdir()):
        name = item.stem if item.suffix == ".py" else item.name
        is_code = item.suffix == ".py" or (item.is_dir() and any(item.rglob("*.py")))
        if is_code and name not in RULES and name != "__pycache__":
            problems.append(f"{item.name}: no import rule (add one to RULES)")
    return problems


def stale_offenders(root: Path) -> list[str]:
    """KNOWN_OFFENDERS entries that no longer offend (the list only shrinks)."""
    stale = []
    for rel, prefixes in sorted(KNOWN_OFFENDERS.items()):
        path = root / rel
        names = [n for _, n in imported_names(root, path)] if path.is_file() else []
        for prefix in sorted(prefixes):
            if not any(_under(n, prefix) for n in names):
                stale.append(f"{rel}: no longer imports {prefix}; remove it from KNOWN_OFFENDERS")
    return stale


def _ui_orm_problems(root: Path) -> list[str]:
    return banned_import_problems(root, {"ui"}, ("sqlalchemy", "smmdesk_gui.store.models"))


# --- the rules, applied to smmdesk_gui -----------------------------------------------------------


def test_every_unit_has_a_rule_and_every_rule_a_unit() -> None:
    problems = layout_problems(PACKAGE)
    assert not problems, "\n".join(problems)


def test_layers_import_only_downwards() -> None:
    problems = layer_problems(PACKAGE)
    assert not problems, "imports against ARCHITECTURE.md:\n" + "\n".join(problems)


def test_commands_and_cli_do_not_import_each_other_back() -> None:
    """``cli`` registers the commands; a command importing ``cli`` would make a cycle."""
    problems = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / "commands").rglob("*.py"))
        for _, name in imported_names(PACKAGE, path)
        if _under(name, "smmdesk_gui.cli")
    ]
    assert not problems, "\n".join(problems)


def test_ui_uses_no_orm() -> None:
    """Screens read and write through services: no models, no SQLAlchemy in ``ui``."""
    problems = _ui_orm_problems(PACKAGE)
    assert not problems, "\n".join(problems)


def test_core_is_free_of_qt() -> None:
    problems = banned_import_problems(PACKAGE, QT_FREE, ("PySide6", "shiboken6"))
    assert not problems, "\n".join(problems)


def test_domain_does_no_io_and_has_no_orm() -> None:
    banned = ("sqlalchemy", "requests", "PySide6", "keyring", "PIL", "os", "pathlib", "socket")
    problems = banned_import_problems(PACKAGE, {"domain"}, banned)
    assert not problems, "\n".join(problems)


def test_only_credentials_imports_keyring() -> None:
    problems = banned_import_problems(PACKAGE, set(RULES) - {"credentials"}, ("keyring",))
    assert not problems, "\n".join(problems)


def test_known_offenders_still_offend() -> None:
    stale = stale_offenders(PACKAGE)
    assert not stale, "\n".join(stale)


MAX_SERVICE_LINES = 500
# Service modules still over the limit (another engineer is splitting it); only shrinks.
LONG_SERVICE_MODULES: set[str] = set()


def long_modules(root: Path, limit: int = MAX_SERVICE_LINES) -> list[str]:
    """Modules of ``services`` longer than ``limit`` lines, not in LONG_SERVICE_MODULES."""
    return [
        f"{rel}: {n} lines"
        for path in sorted((root / "services").rglob("*.py"))
        if (rel := path.relative_to(root).as_posix()) not in LONG_SERVICE_MODULES
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > limit
    ]


def test_no_service_module_over_500_lines() -> None:
    """A use-case module past 500 lines holds two features: split it along the seam."""
    problems = long_modules(PACKAGE)
    stale = [
        f"{rel}: no longer over {MAX_SERVICE_LINES} lines; remove it from LONG_SERVICE_MODULES"
        for rel in sorted(LONG_SERVICE_MODULES)
        if not (PACKAGE / rel).is_file()
        or len((PACKAGE / rel).read_text(encoding="utf-8").splitlines()) <= MAX_SERVICE_LINES
    ]
    assert not problems + stale, "\n".join(problems + stale)


# Use cases are functions taking the ``Store`` first and owning their session; stateful services
# are classes holding the store. Only these modules hand sessions in; only shrinks.
SESSION_TAKING_MODULES = {
    # row helpers used inside the publishing service's own transactions (claim, record, recover),
    # never by a screen or a command
    "services/publish/queue.py",
}


def _annotation(arg: ast.arg) -> str:
    text = ast.unparse(arg.annotation) if arg.annotation is not None else ""
    return text.strip("'\"")  # a quoted annotation names the same type


def convention_problems(root: Path) -> list[str]:
    """Public service functions that take a ``Session``, or take the ``Store`` but not first."""
    problems = []
    for path in sorted((root / "services").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            args = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
            kinds = [_annotation(a).rpartition(".")[2] for a in args]
            if "Session" in kinds and rel not in SESSION_TAKING_MODULES:
                problems.append(f"{rel}:{node.lineno} {node.name}() takes a Session")
            if "Store" in kinds[1:]:
                problems.append(f"{rel}:{node.lineno} {node.name}() takes the Store, not first")
    return problems


def test_services_take_the_store_first_and_own_their_sessions() -> None:
    problems = convention_problems(PACKAGE)
    stale = [
        f"{rel}: hands in no Session any more; remove it from SESSION_TAKING_MODULES"
        for rel in sorted(SESSION_TAKING_MODULES)
        if not (PACKAGE / rel).is_file()
        or not any(
            _annotation(a).rpartition(".")[2] == "Session"
            for node in ast.walk(ast.parse((PACKAGE / rel).read_text(encoding="utf-8")))
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
            for a in node.args.args
        )
    ]
    assert not problems + stale, "\n".join(problems + stale)


# --- the checker can fail: planted violations in a tmp tree are all reported -------------------


def _clean_tree(tmp_path: Path) -> Path:
    root = tmp_path / "smmdesk_gui"
    for unit in RULES:
        if (PACKAGE / unit).is_dir():
            (root / unit).mkdir(parents=True)
            (root / unit / "__init__.py").write_text('"""A layer."""\n')
        else:
            root.mkdir(exist_ok=True)
            (root / f"{unit}.py").write_text('"""A module."""\n')
    return root


def _next_unit(unit: str) -> str:
    """A unit ``unit`` may not import (there is one for every rule)."""
    forbidden = [u for u in RULES if u not in (unit, "__init__") and u not in RULES[unit]]
    assert forbidden, f"{unit} may import everything: the rule is no rule"
    return min(forbidden, key=lambda u: (u.startswith("_"), u))


PLANTED_BY_RULE: dict[str, tuple[str, str]] = {
    # unit -> (file, source) with a relative import; every other unit gets an absolute one
    "store": ("store/bad.py", "from ..services import publish\n"),
    "ui": ("ui/screen/bad.py", "from ...store.models import Post\n"),
    "commands": ("commands/bad.py", "def f():\n    from .. import cli\n"),
}


def test_the_checker_reports_a_planted_import_for_every_rule(tmp_path: Path) -> None:
    root = _clean_tree(tmp_path)
    assert layout_problems(root) == []
    assert layer_problems(root) == []
    planted: dict[str, str] = {}
    for unit in RULES:
        if unit in PLANTED_BY_RULE:
            rel, source = PLANTED_BY_RULE[unit]
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).parent.joinpath("__init__.py").touch()
        elif (root / unit).is_dir():
            rel, source = f"{unit}/bad.py", f"from smmdesk_gui.{_next_unit(unit)} import x\n"
        else:  # a module: the planted import goes into the module itself
            rel, source = f"{unit}.py", f"import smmdesk_gui.{_next_unit(unit)}.x\n"
        (root / rel).write_text(source)
        planted[unit] = rel
    reported = "\n".join(layer_problems(root))
    missed = [f"{unit}: {rel}" for unit, rel in planted.items() if f"{rel}:" not in reported]
    assert not missed, "planted imports not reported:\n" + "\n".join(missed)


def test_the_checker_reports_planted_qt_orm_and_keyring(tmp_path: Path) -> None:
    root = _clean_tree(tmp_path)
    (root / "services" / "qt.py").write_text("from PySide6.QtCore import QObject\n")
    (root / "ui" / "orm.py").write_text("def f():\n    from sqlalchemy import select\n")
    (root / "ui" / "model.py").write_text("from ..store import models\n")
    (root / "errors.py").write_text("import keyring\n")
    assert banned_import_problems(root, QT_FREE, ("PySide6",)) == [
        "services/qt.py:1 imports PySide6.QtCore.QObject"
    ]
    assert _ui_orm_problems(root) == [
        "ui/model.py:1 imports smmdesk_gui.store.models",
        "ui/orm.py:2 imports sqlalchemy.select",
    ]
    assert banned_import_problems(root, set(RULES) - {"credentials"}, ("keyring",)) == [
        "errors.py:1 imports keyring"
    ]


def test_the_store_type_is_all_the_ui_may_name_of_the_store(tmp_path: Path) -> None:
    root = _clean_tree(tmp_path)
    (root / "ui" / "ok.py").write_text("from smmdesk_gui.store.db import Store\n")
    (root / "ui" / "bad.py").write_text("from smmdesk_gui.store import db, models\n")
    assert layer_problems(root) == ["ui/bad.py:1 (ui) imports smmdesk_gui.store.models"]


@pytest.mark.parametrize("change", ["rename", "remove", "add"])
def test_a_renamed_missing_or_new_unit_fails(tmp_path: Path, change: str) -> None:
    root = _clean_tree(tmp_path)
    if change == "rename":
        (root / "services").rename(root / "usecases")
        expected = {"services: ", "usecases: "}
    elif change == "remove":
        (root / "connectors" / "__init__.py").unlink()
        (root / "connectors").rmdir()
        expected = {"connectors: "}
    else:
        (root / "helpers.py").write_text("import os\n")
        expected = {"helpers.py: "}
    problems = layout_problems(root)
    assert {p.split(" ", 1)[0] + " " for p in problems} == expected, problems


def test_the_size_check_reports_a_long_module(tmp_path: Path) -> None:
    root = _clean_tree(tmp_path)
    (root / "services" / "long.py").write_text("x = 1\n" * 501)
    (root / "services" / "fine.py").write_text("x = 1\n" * 500)
    assert long_modules(root) == ["services/long.py: 501 lines"]


def test_the_convention_check_reports_a_session_taking_use_case(tmp_path: Path) -> None:
    root = _clean_tree(tmp_path)
    (root / "services" / "cases.py").write_text(
        "from sqlalchemy.orm import Session\n"
        "from smmdesk_gui.store.db import Store\n"
        "def fine(store: Store, n: int) -> None: ...\n"
        "def _helper(s: Session) -> None: ...\n"
        "def bad(s: Session, n: int) -> None: ...\n"
        "def late(n: int, store: 'Store') -> None: ...\n"
    )
    assert convention_problems(root) == [
        "services/cases.py:5 bad() takes a Session",
        "services/cases.py:6 late() takes the Store, not first",
    ]


REACH_UP = re.compile(r"\.window\(\)|\.parentWidget\(\)")
NAVIGATED = ("ui/calendar", "ui/publishing")  # screens that reach others through the navigator


def _reach_ups(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        f"{path.name}:{n}: {line.strip()}"
        for n, line in enumerate(lines, 1)
        if REACH_UP.search(line.split("#")[0])
    ]


def test_screens_reach_each_other_through_the_navigator(tmp_path: Path) -> None:
    """No walking up the widget tree to find another screen or the main window's attributes
    (a renamed attribute there fails silently); ``ctx.navigator`` and signals instead."""
    problems = [
        problem
        for folder in NAVIGATED
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        for problem in _reach_ups(path)
    ]
    assert not problems, "\n".join(problems)
    planted = tmp_path / "planted.py"
    planted.write_text("page = self.window().screens['plan']\nw = w.parentWidget()\n")
    assert len(_reach_ups(planted)) == 2  # the check itself can fail
