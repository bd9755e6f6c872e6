"""Media subcommands: ``presets`` (the image presets) and ``render`` (photos -> platform files).

``render`` checks every input before it writes anything: one refused input stops the run with
exit code 2 and a one-line reason, and no file is written.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any

from smmdesk_gui.commands.common import EXIT_OK, UserError, emit_json
from smmdesk_gui.domain.platforms import PRESETS, CropMode, ImagePreset


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("presets", help="list the image presets (platform.shape)")
    p.add_argument("--json", action="store_true", help="print the presets as JSON")
    p.set_defaults(handler=_presets)

    p = sub.add_parser(
        "render",
        help="turn photos into files ready for each platform (upright, sRGB, no metadata)",
    )
    p.add_argument("images", nargs="+", metavar="IMAGE", help="photos to render")
    p.add_argument(
        "--preset",
        action="append",
        required=True,
        metavar="NAME",
        help="a preset name such as instagram.portrait (repeat for several)",
    )
    p.add_argument(
        "--focus",
        metavar="X,Y",
        default="0.5,0.5",
        help="focal point as fractions of the photo, 0,0 top-left to 1,1 bottom-right",
    )
    p.add_argument(
        "--fit",
        action="store_true",
        help="show the whole photo on a blurred background instead of cropping",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the output files")
    p.add_argument("--json", action="store_true", help="print one JSON record per output file")
    p.set_defaults(handler=_render)


def preset_record(p: ImagePreset) -> dict[str, Any]:
    def finite(v: float) -> float | None:
        return None if math.isinf(v) else round(v, 4)

    return {
        "name": p.name,
        "platform": p.platform,
        "shape": p.shape,
        "mode": p.mode.value,
        "width": p.width or None,
        "height": p.height or None,
        "long_side": p.long_side or None,
        "formats": list(p.formats),
        "max_bytes": p.max_bytes,
        "min_aspect": finite(p.min_aspect) if p.min_aspect else None,
        "max_aspect": finite(p.max_aspect),
        "animated": p.animated,
        "source": p.source,
    }


def _size_text(p: ImagePreset) -> str:
    if p.mode is CropMode.LONG_SIDE:
        return f"long side {p.long_side}"
    return f"{p.width}x{p.height}"


def _presets(args: argparse.Namespace) -> int:

    if args.json:
        emit_json([preset_record(p) for p in PRESETS.values()])
        return EXIT_OK
    for p in PRESETS.values():
        mib = p.max_bytes / (1024 * 1024)
        limit = f"{mib:g} MB" if mib >= 1 else f"{p.max_bytes // 1000} KB"
        gif = ", animated GIF" if p.animated else ""
        print(f"{p.name:22} {_size_text(p):16} {'/'.join(p.formats):20} up to {limit}{gif}")
    return EXIT_OK


def _parse_focus(text: str) -> tuple[float, float]:

    try:
        x_text, y_text = text.split(",")
        x, y = float(x_text), float(y_text)
    except ValueError:
        raise UserError(f"--focus must be X,Y such as 0.5,0.4 (got {text!r})") from None
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
        raise UserError(f"--focus values must be between 0 and 1 (got {text!r})")
    return x, y


def _output_paths(out_dir: Path, results: list[tuple[Path, Any]]) -> list[Path]:
    """A free file name per output: ``photo_<preset>.jpg``, else ``photo-2_<preset>.jpg``...

    Issue 15 (12): two inputs named ``photo.jpg`` in different folders wrote one file while
    ``--json`` listed two. Each input gets one suffix shared by all its outputs, chosen so that no
    name is used twice in this run nor taken by a file already in ``out_dir``.
    """
    taken: set[Path] = set()
    stems: dict[Path, str] = {}
    paths: list[Path] = []
    for image, out in results:
        names = [(o.preset, o.ext) for i, o in results if i == image]
        stem = stems.get(image)
        if stem is None:
            n = 1
            while True:
                stem = image.stem if n == 1 else f"{image.stem}-{n}"
                wanted = [out_dir / f"{stem}_{preset}.{ext}" for preset, ext in names]
                if not any(p in taken or p.exists() for p in wanted):
                    break
                n += 1
            stems[image] = stem
            taken.update(wanted)
        paths.append(out_dir / f"{stem}_{out.preset}.{out.ext}")
    return paths


def _render(args: argparse.Namespace) -> int:
    from smmdesk_gui.media import render
    from smmdesk_gui.media.errors import MediaError

    unknown = [n for n in args.preset if n not in PRESETS]
    if unknown:
        raise UserError(f"unknown preset {unknown[0]!r}; see `smmdesk-cli presets` for the names")
    presets = [PRESETS[n] for n in dict.fromkeys(args.preset)]
    spec = render.CropSpec(_parse_focus(args.focus), fit=args.fit)
    out_dir = Path(args.out).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"--out {out_dir} is a file, not a folder")
    results: list[tuple[Path, render.Output]] = []
    # The same photo named twice is rendered once (its files would be the same).
    images = {Path(n).expanduser().resolve(): Path(n).expanduser() for n in args.images}
    for image in images.values():
        try:
            outputs = render.render(image, presets, spec)
        except MediaError as exc:
            raise UserError(str(exc)) from None
        results.extend((image, o) for o in outputs)
    out_dir.mkdir(parents=True, exist_ok=True)
    records = []
    paths = _output_paths(out_dir, results)
    for (image, out), path in zip(results, paths, strict=True):
        with path.open("xb") as fh:  # "x": a file that appeared meanwhile is never overwritten
            fh.write(out.encoded.data)
        records.append(
            {
                "input": str(image),
                "preset": out.preset,
                "path": str(path),
                "width": out.width,
                "height": out.height,
                "bytes": out.encoded.bytes,
                "format": out.format,
            }
        )
    if args.json:
        emit_json(records)
    else:
        for r in records:
            print(f"{r['path']}  {r['width']}x{r['height']}  {r['bytes']} bytes")
    return EXIT_OK
