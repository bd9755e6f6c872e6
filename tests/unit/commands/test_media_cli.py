"""``smmdesk-cli presets`` and ``smmdesk-cli render``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from smmdesk_gui.cli import main
from smmdesk_gui.domain.platforms import PRESETS
from tests.fakes.imagegen import oriented_jpeg, textured


def test_presets_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["presets", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == list(PRESETS)
    story = next(r for r in rows if r["name"] == "instagram.story")
    assert (story["width"], story["height"], story["formats"]) == (1080, 1920, ["JPEG"])


def test_presets_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["presets"]) == 0
    out = capsys.readouterr().out
    assert "instagram.portrait" in out and "1080x1350" in out


def test_render_json_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = oriented_jpeg(tmp_path / "bun.jpg", textured((800, 600)), 6, gps=True, quality=90)
    b = tmp_path / "logo.png"
    Image.new("RGBA", (300, 300), (0, 0, 0, 0)).save(b)
    out = tmp_path / "out"
    args = ["render", str(a), str(b), "--preset", "instagram.square", "--preset", "x.landscape"]
    assert main([*args, "--focus", "0.5,0.3", "--out", str(out), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 4
    assert set(records[0]) == {"input", "preset", "path", "width", "height", "bytes", "format"}
    first = records[0]
    assert first["path"] == str(out / "bun_instagram.square.jpg")
    assert (first["width"], first["height"], first["format"]) == (600, 600, "JPEG")
    assert Path(first["path"]).stat().st_size == first["bytes"]
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "bun_instagram.square.jpg",
        "bun_x.landscape.jpg",
        "logo_instagram.square.jpg",
        "logo_x.landscape.png",
    ]


def test_render_fit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "wide.jpg"
    textured((1600, 600)).save(a)
    args = ["render", str(a), "--preset", "instagram.story", "--fit"]
    assert main([*args, "--out", str(tmp_path), "--json"]) == 0
    (rec,) = json.loads(capsys.readouterr().out)
    assert (rec["width"], rec["height"]) == (1080, 1920)


@pytest.mark.parametrize(
    ("content", "extra", "message"),
    [
        (b"", [], "empty"),
        (b"hello", [], "not a picture"),
        (None, ["--preset", "myspace.banner"], "unknown preset"),
        (None, ["--focus", "2,0"], "between 0 and 1"),
    ],
)
def test_refused_input_exit_2_one_line_nothing_written(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    extra: list[str],
    message: str,
) -> None:
    good = tmp_path / "good.jpg"
    textured((400, 300)).save(good)
    bad = tmp_path / "bad.jpg"
    if content is not None:
        bad.write_bytes(content)
    inputs = [str(good)] + ([str(bad)] if content is not None else [])
    out = tmp_path / "out"
    code = main(["render", *inputs, "--preset", "x.square", *extra, "--out", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_render_refuses_an_animation_bomb(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.fakes.imagegen import many_frames_gif

    p = many_frames_gif(tmp_path / "bomb.gif", 200)
    args = ["render", str(p), "--preset", "x.square", "--fit", "--out", str(tmp_path / "o")]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "bomb.gif has too many frames" in err and "Traceback" not in err
    assert not (tmp_path / "o").exists()


def test_render_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = oriented_jpeg(tmp_path / "a" / "photo.jpg", textured((800, 600), seed=1), 1)
    b = oriented_jpeg(tmp_path / "b" / "photo.jpg", textured((800, 600), seed=2), 1)
    out = tmp_path / "out"
    out.mkdir()
    (out / "photo-3_x.square.jpg").write_bytes(b"mine")  # an older file of the owner's
    args = ["render", str(a), str(b), str(a), "--preset", "x.square", "--out", str(out), "--json"]
    assert main(args) == 0
    records = json.loads(capsys.readouterr().out)
    paths = [Path(r["path"]) for r in records]
    # The same input twice is rendered once; the second photo.jpg gets its own name.
    assert [p.name for p in paths] == ["photo_x.square.jpg", "photo-2_x.square.jpg"]
    assert [r["input"] for r in records] == [str(a), str(b)]
    assert [p.stat().st_size for p in paths] == [r["bytes"] for r in records]
    assert paths[0].read_bytes() != paths[1].read_bytes()
    assert (out / "photo-3_x.square.jpg").read_bytes() == b"mine"
    assert main(["render", str(b), "--preset", "x.square", "--out", str(out)]) == 0
    assert (out / "photo-4_x.square.jpg").is_file()
