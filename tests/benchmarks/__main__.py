"""Run the benchmark suite and print a table: ``python -m tests.benchmarks [NAME ...]``.

Each ``bench_<name>.py`` module here exposes ``run() -> list[dict]``; a row has ``benchmark``,
``measure``, ``value``, ``unit`` and optionally ``reference``, ``ratio`` and ``note``. Figures
that matter are ratios against a reference measured in the same run.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"
    return "" if value is None else str(value)


def main(argv: list[str]) -> int:
    as_json = "--json" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    here = Path(__file__).resolve().parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if wanted:
        names = [n for n in names if n.removeprefix("bench_") in wanted or n in wanted]
    rows: list[dict[str, object]] = []
    for name in names:
        started = time.perf_counter()
        module = importlib.import_module(f"tests.benchmarks.{name}")
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows.extend(module.run())
        print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    if as_json:
        json.dump(rows, sys.stdout, indent=2, default=str)
        print()
        return 0
    columns = ("benchmark", "measure", "value", "unit", "reference", "ratio", "note")
    table = [[_fmt(row.get(c)) for c in columns] for row in rows]
    widths = [
        max(len(c), *(len(r[i]) for r in table)) if table else len(c) for i, c in enumerate(columns)
    ]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in table:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
