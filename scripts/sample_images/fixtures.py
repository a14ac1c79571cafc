"""Small image files for folio's image tests (tests/fixtures/images/): one per format and
colour space folio reads, and the broken and unsupported files its errors must name.

The pixels follow formulas (written in the fixtures' README.md) so that a test can assert exact
decoded values: 64 x 48 pixels, x = column, y = row, counted from the top left."""

import os
import struct
import zlib

import numpy as np
from PIL import Image

from . import chart_style as style
from . import files

WIDTH, HEIGHT = 64, 48
BOMB_SIDE = 100_000


def ramps():
    ys, xs = np.mgrid[0:HEIGHT, 0:WIDTH]
    return ys, xs


def rgb():
    """R = 4x, G = 5y, B = 128."""
    ys, xs = ramps()
    return np.stack([4 * xs, 5 * ys, np.full_like(xs, 128)], axis=2).astype(np.uint8)


def grey():
    """L = 4x."""
    ys, xs = ramps()
    return (4 * xs).astype(np.uint8)


def grey16():
    """L = 1024y + 16x (16 bits; the high byte is 4y + x // 16)."""
    ys, xs = ramps()
    return (1024 * ys + 16 * xs).astype(np.uint16)


def rgba():
    """RGB as rgb(), A = 255 - 5y: opaque at the top, 20 on the bottom row."""
    ys, _ = ramps()
    alpha = (255 - 5 * ys).astype(np.uint8)
    return np.concatenate([rgb(), alpha[..., None]], axis=2)


def cmyk():
    """Ink: C = 4x, M = 5y, Y = 64, K = 32 (stored inverted, see files.save_cmyk_jpeg)."""
    ys, xs = ramps()
    return np.stack([4 * xs, 5 * ys, np.full_like(xs, 64), np.full_like(xs, 32)],
                    axis=2).astype(np.uint8)


def palette_with_transparency():
    """Four vertical stripes 16 px wide, index = x // 16: 0 transparent white, 1 brand red,
    2 opaque white, 3 mid grey at half opacity (tRNS 0, 255, 255, 128)."""
    _, xs = ramps()
    image = Image.fromarray((xs // 16).astype(np.uint8), "P")
    image.putpalette([255, 255, 255, 0xA6, 0x19, 0x2E, 255, 255, 255, 128, 128, 128])
    return image


def png_chunk(kind, data):
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def decompression_bomb():
    """A well-formed PNG (signature, IHDR, IDAT, IEND, every CRC right) whose header claims
    100,000 x 100,000 RGB pixels, 30 GB decoded. Its IDAT holds the first row only: a real
    bomb's data would compress to about 30 MB, and folio must refuse the file from its header,
    before reading any pixel."""
    header = struct.pack(">IIBBBBB", BOMB_SIDE, BOMB_SIDE, 8, 2, 0, 0, 0)
    first_row = zlib.compress(b"\x00" * (1 + 3 * BOMB_SIDE), 9)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", first_row)
            + png_chunk(b"IEND", b""))


def with_bad_idat_crc(png):
    """The same PNG with its first IDAT chunk's CRC inverted: the header reads fine, the
    pixel data fails its checksum."""
    at = 8
    while True:
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        if kind == b"IDAT":
            crc_at = at + 8 + length
            crc = struct.unpack(">I", png[crc_at:crc_at + 4])[0] ^ 0xFFFFFFFF
            return png[:crc_at] + struct.pack(">I", crc) + png[crc_at + 4:]
        at += 12 + length


def truncated(jpeg):
    """Cut in the middle of the entropy-coded data: the header is complete, the end of image
    marker (FF D9) is missing."""
    scan = jpeg.index(b"\xff\xda")
    return jpeg[:scan + (len(jpeg) - scan) // 2]


SVG = """<?xml version="1.0" encoding="UTF-8"?>
<!-- A vector chart in SVG: folio does not read SVG; its error says to convert it to PDF. -->
<svg xmlns="http://www.w3.org/2000/svg" width="64mm" height="48mm" viewBox="0 0 64 48">
  <rect x="8" y="28" width="10" height="16" fill="#8C8C8C"/>
  <rect x="27" y="16" width="10" height="28" fill="#8C8C8C"/>
  <rect x="46" y="6" width="10" height="38" fill="#A6192E"/>
  <line x1="4" y1="44" x2="60" y2="44" stroke="#555555" stroke-width="0.5"/>
</svg>
"""


def vector_chart(path):
    """A one-page vector PDF (three bars and a label, the font embedded), 60 x 40 mm."""
    fig = style.figure(60, 40)
    ax = fig.add_subplot()
    ax.bar([1, 2, 3], [16, 28, 38], color=[style.RULE_GREY, style.RULE_GREY, style.BRAND_RED])
    ax.set_xticks([1, 2, 3], ["A", "B", "C"])
    style.save_pdf(fig, path)


def write_bytes(path, data):
    files.ensure_folder(path)
    with open(path, "wb") as f:
        f.write(data)


def make(folder):
    """Writes every fixture into folder (its README.md, written by hand, stays)."""
    out = lambda name: os.path.join(folder, name)
    colour = Image.fromarray(rgb(), "RGB")
    files.save_jpeg(colour, out("rgb-baseline.jpg"), quality=90)
    files.save_jpeg(colour, out("rgb-progressive.jpg"), quality=90, progressive=True)
    files.save_jpeg(Image.fromarray(grey(), "L"), out("grey.jpg"), quality=90)
    files.save_cmyk_jpeg(Image.fromarray(cmyk(), "CMYK"), out("cmyk-adobe.jpg"), quality=90)
    files.save_png(Image.fromarray(grey(), "L"), out("grey.png"))
    files.save_png(Image.fromarray(grey16(), "I;16"), out("grey16.png"))
    files.save_png(colour, out("rgb.png"))
    files.save_png(Image.fromarray(rgba(), "RGBA"), out("rgba.png"))
    palette = palette_with_transparency()
    files.ensure_folder(out("palette-trns.png"))
    palette.save(out("palette-trns.png"), "PNG", optimize=False,
                 transparency=bytes([0, 255, 255, 128]), dpi=(files.PPI, files.PPI))
    vector_chart(out("vector-chart.pdf"))
    with open(out("rgb-baseline.jpg"), "rb") as f:
        write_bytes(out("truncated.jpg"), truncated(f.read()))
    with open(out("rgb.png"), "rb") as f:
        write_bytes(out("bad-crc.png"), with_bad_idat_crc(f.read()))
    write_bytes(out("bomb-100000x100000.png"), decompression_bomb())
    colour.save(out("unsupported.webp"), "WEBP", lossless=True)
    colour.save(out("unsupported.tiff"), "TIFF", compression="tiff_deflate")
    write_bytes(out("unsupported.svg"), SVG.encode("utf-8"))
