"""The house look for charts (the newsletter's Noto Sans and brand colours) and the three ways a
chart is written: vector PDF, RGB or palette PNG, and RGBA PNG with a transparent background.

Reproducible output: no creation date in the PDF, the SVG hash salt fixed, fonts subset the
same way every run (the subset's name derives from the glyphs used), PNGs without text chunks.
Figures are made with matplotlib.figure.Figure, not pyplot, so no global state leaks between
charts."""

import os

import matplotlib
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

from . import files

BRAND_RED = "#A6192E"   # colors.brand-red in styles/default.yaml
BRAND_BLUE = "#1F4E9A"  # colors.brand-blue
RULE_GREY = "#8C8C8C"   # colors.rule-grey in layout/default.yaml
INK = "#222222"
MM = 1.0 / 25.4

PDF_METADATA = {"Creator": "folio scripts/make-sample-images", "CreationDate": None}


def use_house_style(repo):
    """Registers the bundled Noto Sans (so charts match the newsletter, whatever fonts the
    machine has) and sets matplotlib's defaults for every chart."""
    for face in ("Regular", "Bold"):
        font_manager.fontManager.addfont(os.path.join(repo, "fonts", f"NotoSans-{face}.ttf"))
    matplotlib.rcParams.update({
        "font.family": "Noto Sans",
        "font.size": 8.0,
        "text.color": INK,
        "axes.labelcolor": INK,
        "axes.edgecolor": "#555555",
        "axes.linewidth": 0.6,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "xtick.color": "#555555",
        "ytick.color": "#555555",
        "xtick.labelcolor": INK,
        "ytick.labelcolor": INK,
        "xtick.major.width": 0.6,
        "ytick.major.width": 0.6,
        "legend.frameon": False,
        "pdf.fonttype": 42,          # TrueType: text stays text (searchable), the font embedded
        "pdf.compression": 9,
        "svg.hashsalt": "folio-sample-images",
        "svg.fonttype": "none",
        "path.simplify": False,      # keep every vertex: the same path on every machine
    })


def figure(width_mm, height_mm):
    fig = Figure(figsize=(width_mm * MM, height_mm * MM), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def figure_px(width_px, height_px):
    """A figure that rasters at exactly width_px x height_px at the files' 300 ppi."""
    return figure(width_px / files.PPI / MM, height_px / files.PPI / MM)


def save_pdf(fig, path):
    """One page, vectors only, the fonts embedded as subsets."""
    files.ensure_folder(path)
    fig.savefig(path, format="pdf", metadata=PDF_METADATA)


def raster(fig, width_px):
    """The figure drawn at the resolution that makes it width_px wide, as RGBA."""
    dpi = width_px / fig.get_figwidth()
    fig.set_dpi(dpi)
    fig.canvas.draw()
    return Image.frombuffer("RGBA", fig.canvas.get_width_height(),
                            fig.canvas.buffer_rgba(), "raw", "RGBA", 0, 1).copy()


def save_rgb_png(fig, path, width_px):
    files.save_png(raster(fig, width_px).convert("RGB"), path)


def save_palette_png(fig, path, width_px, colours=32):
    """An 8-bit indexed PNG: a few flat fills plus the antialiasing shades of the text, chosen
    by median cut, without dithering (dither noise would show on flat fills)."""
    image = raster(fig, width_px).convert("RGB")
    files.save_png(image.quantize(colors=colours, method=Image.Quantize.MEDIANCUT,
                                  dither=Image.Dither.NONE), path)


def save_rgba_png(fig, path, width_px):
    """Transparent background (figure and axes unfilled), so the PNG's alpha channel carries
    real coverage values: folio must turn it into an SMask."""
    fig.patch.set_alpha(0.0)
    for ax in fig.axes:
        ax.patch.set_alpha(0.0)
    files.save_png(raster(fig, width_px), path)
