"""Every DLL, .pyd and .exe in a Windows bundle must find the DLLs it imports.

A Qt plugin whose Qt library was left out of the bundle (``imageformats/qpdf.dll`` without
``Qt6Pdf.dll``) fails to load on the owner's PC with nothing but a log line; this check finds it
at build time. Imports are read with mingw's objdump; a DLL resolves when it is in the bundle,
in the Windows system folder given, or is an API set (``api-ms-win-*``, ``ext-ms-*``) that the
loader maps itself.

    python check_dll_imports.py BUNDLE_DIR SYSTEM32_DIR
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

OBJDUMP = "x86_64-w64-mingw32-objdump"
BINARY_SUFFIXES = {".dll", ".pyd", ".exe"}


def imports_of(path: Path) -> list[str]:
    out = subprocess.run([OBJDUMP, "-p", str(path)], capture_output=True, text=True, check=True)
    return [
        line.split("DLL Name:", 1)[1].strip()
        for line in out.stdout.splitlines()
        if "DLL Name:" in line
    ]


def unresolved(bundle: Path, system32: Path) -> dict[str, list[str]]:
    binaries = [p for p in bundle.rglob("*") if p.suffix.lower() in BINARY_SUFFIXES]
    available = {p.name.lower() for p in binaries}
    available |= {p.name.lower() for p in system32.iterdir()}
    problems: dict[str, list[str]] = {}
    for binary in binaries:
        missing = [
            name
            for name in imports_of(binary)
            if name.lower() not in available
            and not name.lower().startswith(("api-ms-win-", "ext-ms-"))
        ]
        if missing:
            problems[str(binary.relative_to(bundle))] = missing
    return problems


def main(argv: list[str]) -> int:
    bundle, system32 = Path(argv[0]), Path(argv[1])
    problems = unresolved(bundle, system32)
    for binary, missing in sorted(problems.items()):
        print(f"{binary}: cannot load, missing {', '.join(missing)}")
    count = sum(1 for p in bundle.rglob("*") if p.suffix.lower() in BINARY_SUFFIXES)
    print(f"checked {count} binaries: {len(problems)} with missing imports")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
