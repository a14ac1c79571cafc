"""The May 2025 sample's chart: asteroid sample-return missions and the mass they brought back,
on a logarithmic axis (a milligram to a hundred grams). Written twice from one figure: a vector
PDF (what the issue uses) and a PNG of the same chart, to compare the two in print.

The masses are rounded public figures where a mission has returned, and a planning value for
Tianwen-2; the chart says so in its note."""

import numpy as np

from . import chart_style as style

MISSIONS = [  # name, year of return, asteroid, grams, returned?
    ("Hayabusa", 2010, "Itokawa", 0.0006, True),  # "well under a milligram"
    ("Hayabusa2", 2020, "Ryugu", 5.4, True),
    ("OSIRIS-REx", 2023, "Bennu", 121.6, True),
    ("Tianwen-2", 2027, "Kamo\u02bboalewa", 100.0, False),
]
WIDTH_MM, HEIGHT_MM = 160, 100
PNG_WIDTH = 1890  # 160 mm at 300 ppi


def mass_label(grams):
    if grams < 0.01:
        return "< 1 mg"
    return f"{grams:,.1f} g" if grams < 10 else f"{grams:,.0f} g"


def draw():
    fig = style.figure(WIDTH_MM, HEIGHT_MM)
    ax = fig.add_subplot()
    x = np.arange(len(MISSIONS))
    for k, (name, year, target, grams, returned) in enumerate(MISSIONS):
        if returned:
            bar = ax.bar(k, grams, width=0.58, color=style.RULE_GREY)
        else:  # a target, not a result: outlined and hatched
            bar = ax.bar(k, grams, width=0.58, facecolor="none", edgecolor=style.BRAND_RED,
                         hatch="////", linewidth=1.0)
        label = mass_label(grams) + ("" if returned else "\n(target)")
        ax.bar_label(bar, labels=[label], padding=3, fontsize=7.5)
    ax.set_xticks(x, [f"{name}\n{target}, {year}" + ("" if returned else " (planned)")
                      for name, year, target, _, returned in MISSIONS])
    ax.set_yscale("log")
    ax.set_ylim(1e-4, 3e3)
    ticks = [1e-3, 1e-2, 1e-1, 1.0, 10.0, 100.0, 1000.0]
    ax.set_yticks(ticks, ["1 mg", "10 mg", "100 mg", "1 g", "10 g", "100 g", "1 kg"])
    ax.minorticks_off()
    ax.set_ylabel("Sample mass returned to Earth (log scale)")
    ax.text(1.0, 0.98, "Returned masses rounded; Tianwen-2: planning target, not a result.",
            transform=ax.transAxes, ha="right", va="top", fontsize=6.5, color=style.RULE_GREY)
    return fig


def make(pdf_path, png_path):
    style.save_pdf(draw(), pdf_path)
    style.save_rgb_png(draw(), png_path, PNG_WIDTH)
