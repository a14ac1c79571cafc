"""Writing image files the same way every run, and the CMYK JPEG convention folio must handle."""

import os
import struct

import numpy as np
from PIL import Image

PPI = 300  # stored in the files' density fields; folio computes effective ppi from placed size


def ensure_folder(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)


def save_jpeg(image, path, quality=85, progressive=False):
    """Baseline (or progressive) JPEG, 4:2:0, optimised Huffman tables, JFIF density 300 ppi."""
    ensure_folder(path)
    image.save(path, "JPEG", quality=quality, optimize=True, progressive=progressive,
               subsampling="4:2:0", dpi=(PPI, PPI))


def rgb_to_cmyk(image):
    """Naive separation without an ICC profile, with maximum grey component replacement:
    K = 1 - max(R, G, B) and C, M, Y = 1 - R, G, B less K, so black space prints with K alone.
    (The textbook variant divides C, M, Y by 1 - K: exact for a naive viewer, but in the
    shadows it magnifies the grain into colour noise and doubles the file.)"""
    inks = 1.0 - np.asarray(image, np.float32) / 255.0
    black = inks.min(axis=2, keepdims=True)
    cmyk = np.concatenate([inks - black, black], axis=2)
    return Image.fromarray((np.clip(cmyk, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8), "CMYK")


def save_cmyk_jpeg(cmyk, path, quality=85):
    """A CMYK JPEG as Photoshop writes it: an Adobe APP14 marker (transform 0: the four
    channels are stored as they are, not as YCCK) and the channel values inverted (255 means no
    ink). Pillow writes exactly this: it hands libjpeg the image in raw mode "CMYK;I" (inverted),
    and libjpeg adds the Adobe marker to every CMYK file. A reader that ignores the convention
    shows a negative, which is the case folio's /Decode [1 0 1 0 1 0 1 0] handles. The function
    checks the file after writing, so a change in Pillow cannot silently break the sample."""
    ensure_folder(path)
    cmyk.save(path, "JPEG", quality=quality, optimize=True, dpi=(PPI, PPI))
    check_adobe_inverted_cmyk(path, cmyk)


def adobe_app14(path):
    """The Adobe APP14 segment's (version, flags0, flags1, transform), or None."""
    with open(path, "rb") as f:
        data = f.read()
    at = 2  # after SOI
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        length = struct.unpack(">H", data[at + 2:at + 4])[0]
        body = data[at + 4:at + 2 + length]
        if marker == 0xEE and body.startswith(b"Adobe"):
            return struct.unpack(">HHHB", body[5:12])
        if marker == 0xDA:  # start of scan: no more headers
            return None
        at += 2 + length
    return None


def check_adobe_inverted_cmyk(path, cmyk):
    app14 = adobe_app14(path)
    if app14 is None or app14[3] != 0:
        raise SystemExit(f"{path}: no Adobe APP14 marker with transform 0 (got {app14})")
    # Decode the stored samples without Pillow's inversion: they must be 255 - ink.
    raw = Image.open(path)
    decoder, box, offset, (_, jpeg_mode) = raw.tile[0]
    raw.tile = [(decoder, box, offset, ("CMYK", jpeg_mode))]
    stored = np.asarray(raw, np.float64).mean(axis=(0, 1))
    ink = np.asarray(cmyk, np.float64).mean(axis=(0, 1))
    if not np.allclose(stored, 255.0 - ink, atol=3.0):  # compression moves the means a little
        raise SystemExit(f"{path}: stored CMYK means {stored} are not 255 - ink, {255.0 - ink}")


def save_png(image, path):
    """PNG at maximum compression, with the density chunk and no text chunks (no dates)."""
    ensure_folder(path)
    image.save(path, "PNG", optimize=True, dpi=(PPI, PPI))
