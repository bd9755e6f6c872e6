"""The list of bundled components and their licenses comes from real installed metadata."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from smmdesk_gui.licenses import bundled_components, license_name, license_text


def _dist(tmp_path: Path, meta: str, files: dict[str, str] | None = None) -> metadata.Distribution:
    info = tmp_path / "demo-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(meta, encoding="utf-8")
    record = []
    for rel, text in (files or {}).items():
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        record.append(f"{rel},,")
    (info / "RECORD").write_text("\n".join(record) + "\n", encoding="utf-8")
    return metadata.PathDistribution(info)


def test_runtime_dependency_tree_is_listed_with_licenses() -> None:
    components = {c.name.lower().replace("_", "-"): c for c in bundled_components()}
    for name in ("sqlalchemy", "alembic", "keyring", "pyside6-essentials", "pillow", "python"):
        assert name in components, name
    # transitive: alembic -> Mako; test-only extras and the app itself are not "bundled"
    assert "mako" in components
    assert "pytest" not in components and "hypothesis" not in components
    assert "smmdesk" not in components
    assert components["sqlalchemy"].license == "MIT"
    assert "LGPL-3.0" in components["pyside6-essentials"].license
    assert all(c.license and c.version for c in components.values())


def test_license_name_prefers_spdx_then_field_then_classifier(tmp_path: Path) -> None:
    spdx = _dist(tmp_path / "a", "Name: a\nVersion: 1\nLicense-Expression: Apache-2.0\n")
    assert license_name(spdx) == "Apache-2.0"
    field = _dist(tmp_path / "b", "Name: b\nVersion: 1\nLicense: BSD\n")
    assert license_name(field) == "BSD"
    classifier = _dist(
        tmp_path / "c",
        "Name: c\nVersion: 1\nLicense: UNKNOWN\n"
        "Classifier: License :: OSI Approved :: MIT License\n",
    )
    assert license_name(classifier) == "MIT License"


def test_license_text_reads_the_shipped_file(tmp_path: Path) -> None:
    dist = _dist(
        tmp_path,
        "Name: demo\nVersion: 1.0\nLicense: MIT\n",
        {"demo-1.0.dist-info/licenses/LICENSE": "Permission is hereby granted", "demo/x.py": ""},
    )
    texts = [f.read_text() for f in dist.files or [] if "LICENSE" in str(f)]
    assert texts == ["Permission is hereby granted"]


def test_qt_for_python_gets_the_lgpl_text_its_wheel_lacks() -> None:
    text = license_text("shiboken6")
    assert text is not None
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text


def test_every_component_has_a_license_text() -> None:
    missing = [c.name for c in bundled_components() if not license_text(c.name)]
    assert missing == []
