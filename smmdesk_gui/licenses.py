"""The third-party components SMM Desk ships with, and their licenses.

Read from the installed distributions' metadata (the frozen bundle carries the metadata of the
whole dependency tree, see ``packaging/smmdesk.spec``): starting at the ``smmdesk`` distribution,
its runtime requirements are followed recursively. Qt-free, so the CLI and tests use it too.
"""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT_DISTRIBUTION = "smmdesk"
# License texts for components whose wheels carry none (PySide6 and shiboken6: the Qt for Python
# wheels ship no license file). Verbatim FSF texts, kept in resources/licenses/.
LICENSES_DIR = Path(__file__).resolve().parent / "resources" / "licenses"
_FALLBACK_TEXTS = {"LGPL-3.0": ("LGPL-3.0.txt", "GPL-3.0.txt"), "GPL-3.0": ("GPL-3.0.txt",)}
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LICENSE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
_MAX_SHORT_LICENSE = 80  # a longer "License:" field is the full text, not a name


@dataclass(frozen=True)
class Component:
    """One bundled component: what it is, its version and its license name."""

    name: str
    version: str
    license: str
    homepage: str = ""


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(dist: metadata.Distribution) -> list[str]:
    """Names of the runtime requirements (those behind an ``extra`` are left out)."""
    names = []
    for requirement in dist.requires or []:
        spec, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        match = _NAME.match(spec)
        if match:
            names.append(match.group(1))
    return names


def _field(dist: metadata.Distribution, key: str) -> str:
    values = dist.metadata.get_all(key)
    return str(values[0]).strip() if values else ""


def license_name(dist: metadata.Distribution) -> str:
    """The license as a short name: SPDX expression, ``License`` field, or trove classifier."""
    meta = dist.metadata
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    field = _field(dist, "License")
    short = len(field) <= _MAX_SHORT_LICENSE and "\n" not in field
    if field and field.upper() != "UNKNOWN" and short:
        return field
    classifiers = [
        str(c).split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if str(c).startswith("License ::") and str(c).count("::") >= 2
    ]
    if classifiers:
        return ", ".join(classifiers)
    if field:
        return field.splitlines()[0].strip()[:_MAX_SHORT_LICENSE]
    return "see license text"


def _homepage(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    home = _field(dist, "Home-page")
    if home:
        return home
    for url in meta.get_all("Project-URL") or []:
        label, _, link = str(url).partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return link.strip()
    return ""


def _distribution(name: str) -> metadata.Distribution | None:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None


def bundled_components(root: str = ROOT_DISTRIBUTION) -> list[Component]:
    """Every distribution ``root`` depends on at run time (not ``root`` itself), plus Python.

    Sorted by name, case-insensitively. Requirements that are not installed (another platform's,
    such as ``pywin32-ctypes`` on Linux) are skipped.
    """
    seen: dict[str, Component] = {}
    start = _distribution(root)
    pending = _requirement_names(start) if start is not None else []
    while pending:
        name = pending.pop()
        key = _normalise(name)
        if key in seen or key == _normalise(root):
            continue
        dist = _distribution(name)
        if dist is None:
            continue
        seen[key] = Component(
            name=_field(dist, "Name") or name,
            version=str(dist.version),
            license=license_name(dist),
            homepage=_homepage(dist),
        )
        pending.extend(_requirement_names(dist))
    python = Component(
        name="Python",
        version=platform.python_version(),
        license="PSF-2.0",
        homepage="https://www.python.org",
    )
    return sorted([python, *seen.values()], key=lambda c: c.name.lower())


def license_text(name: str) -> str | None:
    """The license file(s) shipped in ``name``'s metadata, joined; None when there are none."""
    if name == "Python":
        for candidate in (
            Path(sys.base_prefix) / "LICENSE.txt",
            Path(sys.base_prefix)
            / "lib"
            / f"python{sys.version_info[0]}.{sys.version_info[1]}"
            / "LICENSE.txt",
        ):
            if candidate.is_file():
                return candidate.read_text(encoding="utf-8", errors="replace")
        return None
    dist = _distribution(name)
    if dist is None:
        return None
    texts = []
    for file in dist.files or []:
        if not _LICENSE_FILE.search(str(file).replace("\\", "/")):
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        texts.append(text.strip())
    if texts:
        return "\n\n".join(texts)
    field = _field(dist, "License")
    if len(field) > _MAX_SHORT_LICENSE:
        return field
    return _fallback_text(license_name(dist))


def _fallback_text(license: str) -> str | None:
    for key, files in _FALLBACK_TEXTS.items():
        if key in license:
            texts = [
                (LICENSES_DIR / f).read_text(encoding="utf-8")
                for f in files
                if (LICENSES_DIR / f).is_file()
            ]
            if texts:
                return "\n\n".join(t.strip() for t in texts)
    return None
