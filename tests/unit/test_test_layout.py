"""The test tree's own rules (README, "Where the tests are"), checked by reading the files.

pytest only collects ``tests/unit`` and ``tests/integration`` (``testpaths``), so a test module
left anywhere else would silently never run; a unit test that starts a process belongs in
integration; and a test module imported by another is a fake or a fixture in disguise.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
TREES = ("unit", "integration")
# Importing these, or calling these, is starting or killing another process.
PROCESS_MODULES = {"subprocess", "multiprocessing"}
PROCESS_CALLS = {"os.kill", "os.killpg", "os.fork", "os.system", "os.popen", "sys.executable"}


def _python_files(tests: Path) -> list[Path]:
    return sorted(p for p in tests.rglob("*.py") if "node_modules" not in p.parts)


def _is_test_module(path: Path) -> bool:
    return path.name.startswith("test_") or path.name.endswith("_test.py")


def misplaced(tests: Path) -> list[str]:
    """Test modules outside ``unit/`` and ``integration/``: pytest would never run them."""
    return [
        str(p.relative_to(tests))
        for p in _python_files(tests)
        if _is_test_module(p) and p.relative_to(tests).parts[0] not in TREES
    ]


def _imported(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def imports_of_test_modules(tests: Path) -> list[str]:
    """``file: module`` for each import of a test module or a conftest by any file."""
    found = []
    for p in _python_files(tests):
        for name in _imported(p):
            last = name.rsplit(".", 1)[-1]
            if name.startswith("tests.") and (last.startswith("test_") or last == "conftest"):
                found.append(f"{p.relative_to(tests)}: {name}")
    return found


def unit_processes(tests: Path) -> list[str]:
    """``file: what`` for each unit test module that starts or kills another process."""
    found = []
    for p in _python_files(tests / "unit"):
        tree = ast.parse(p.read_text(encoding="utf-8"))
        used = {n.split(".")[0] for n in _imported(p)} & PROCESS_MODULES
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and ast.unparse(node) in PROCESS_CALLS:
                used.add(ast.unparse(node))
        found.extend(f"{p.relative_to(tests)}: {what}" for what in sorted(used))
    return found


def test_every_test_module_is_in_unit_or_integration() -> None:
    assert misplaced(TESTS) == []


def test_no_test_module_imports_another() -> None:
    assert imports_of_test_modules(TESTS) == []


def test_unit_tests_start_no_process() -> None:
    assert unit_processes(TESTS) == []


def test_the_checkers_see_each_violation(tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    for folder in ("unit/ui", "integration", "ui", "fakes", "pds/node_modules/x"):
        (tests / folder).mkdir(parents=True)
    (tests / "unit/ui/test_ok.py").write_text("import os\n")
    (tests / "ui/test_stray.py").write_text("")  # a module left at an old path by a merge
    (tests / "pds/node_modules/x/test_vendored.py").write_text("import subprocess\n")
    (tests / "unit/ui/test_reuse.py").write_text(
        "from tests.unit.ui.test_ok import helper\nfrom tests.fakes.publish import FakeTelegram\n"
        "from tests.unit.ui import test_ok\n"
    )
    (tests / "integration/conftest_user.py").write_text("import tests.unit.conftest\n")
    (tests / "unit/ui/test_child.py").write_text(
        "import subprocess\nimport os, sys\nos.kill(1, 9)\nprint(sys.executable)\n"
    )
    (tests / "integration/test_child.py").write_text("import subprocess\n")
    assert misplaced(tests) == ["ui/test_stray.py"]
    assert imports_of_test_modules(tests) == [
        "integration/conftest_user.py: tests.unit.conftest",
        "unit/ui/test_reuse.py: tests.unit.ui.test_ok",
        "unit/ui/test_reuse.py: tests.unit.ui.test_ok",  # from tests.unit.ui import test_ok
    ]
    assert unit_processes(tests) == [
        "unit/ui/test_child.py: os.kill",
        "unit/ui/test_child.py: subprocess",
        "unit/ui/test_child.py: sys.executable",
    ]
