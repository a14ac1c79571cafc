"""The five archive charts, with the data from samples/archive/IMAGES.md (keep the two in step).
Each function draws one chart and writes it in the format IMAGES.md asks for."""

import numpy as np

from . import chart_style as style


def joint_call_by_region(path):
    """2023-07: funding by partner region, horizontal bars sorted by value; RGB PNG."""
    regions = [("Asia", 17, 34.3), ("Africa", 10, 20.2), ("Latin America", 7, 15.9),
               ("Europe", 5, 11.2), ("Pacific", 1, 1.8)]
    fig = style.figure_px(1800, 1100)
    ax = fig.add_subplot()
    names = [name for name, _, _ in regions][::-1]
    values = [value for _, _, value in regions][::-1]
    projects = [count for _, count, _ in regions][::-1]
    bars = ax.barh(names, values, color=style.BRAND_RED, height=0.62)
    for bar, value, count in zip(bars, values, projects):
        noun = "project" if count == 1 else "projects"
        ax.text(bar.get_width() + 0.6, bar.get_y() + bar.get_height() / 2,
                f"{value:.1f}  ({count} {noun})", va="center", fontsize=7.5)
    ax.set_xlim(0, 42)
    ax.set_xlabel("Million yuan")
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ax.text(1.0, 0.02, "Total: 83.4 million yuan, 40 projects", transform=ax.transAxes,
            ha="right", fontsize=7, color=style.RULE_GREY)
    style.save_rgb_png(fig, path, 1800)


def rd_spending(path):
    """2023-12: R&D spending, bars (trillion yuan) and share of GDP (line, right axis); vector
    PDF, text kept as text with the font embedded."""
    years = np.arange(2013, 2023)
    amount = [1.18, 1.30, 1.42, 1.57, 1.76, 1.97, 2.21, 2.44, 2.80, 3.08]
    share = [2.01, 2.02, 2.06, 2.10, 2.12, 2.14, 2.24, 2.40, 2.43, 2.54]
    fig = style.figure(160, 100)
    ax = fig.add_subplot()
    bars = ax.bar(years, amount, color=style.BRAND_BLUE, width=0.62, label="Trillion yuan (left)")
    ax.set_ylim(0, 3.5)
    ax.set_ylabel("Trillion yuan")
    ax.set_xticks(years)
    ax.bar_label(bars, fmt="%.2f", fontsize=6.5, padding=2)
    right = ax.twinx()
    right.spines["right"].set_visible(True)
    line, = right.plot(years, share, color=style.BRAND_RED, marker="o", markersize=3.5,
                       linewidth=1.4, label="% of GDP (right)")
    right.set_ylim(1.8, 2.7)
    right.set_ylabel("Percent of GDP")
    ax.legend(handles=[bars, line], loc="upper left")
    style.save_pdf(fig, path)


def results_by_field(path):
    """2023-12: the ten results of the year by field, a donut; 8-bit palette PNG."""
    fields = [("Physical sciences", 4, "items 1, 2, 5, 6", style.BRAND_RED),
              ("Life sciences", 2, "items 4, 7", "#3C8D5A"),
              ("Earth and space sciences", 2, "items 3, 10", style.BRAND_BLUE),
              ("Engineering", 2, "items 8, 9", "#D98E04")]
    fig = style.figure_px(1600, 1000)
    ax, key = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.0, 1.15]})
    wedges, _ = ax.pie([count for _, count, _, _ in fields], colors=[c for *_, c in fields],
                       startangle=90, counterclock=False,
                       wedgeprops={"width": 0.38, "edgecolor": "white", "linewidth": 1.5})
    ax.text(0, 0.06, "10", ha="center", va="center", fontsize=18, fontweight="bold")
    ax.text(0, -0.2, "results", ha="center", va="center", fontsize=8)
    labels = [f"{name}: {count}  ({items})" for name, count, items, _ in fields]
    key.axis("off")
    key.legend(wedges, labels, loc="center left", fontsize=8, handlelength=1.2,
               labelspacing=0.9)
    ax.set_aspect("equal")
    style.save_palette_png(fig, path, 1600)


def robotic_sample_masses(path):
    """2024-06: lunar samples returned by robotic missions, in grams; Chang'e bars in the
    brand colour, Luna bars grey; RGBA PNG with a transparent background."""
    missions = [("Luna 16", 1970, 101.0), ("Luna 20", 1972, 55.0), ("Luna 24", 1976, 170.0),
                ("Chang\u2019e-5", 2020, 1731.0), ("Chang\u2019e-6", 2024, 1935.3)]
    fig = style.figure_px(1800, 1100)
    ax = fig.add_subplot()
    labels = [f"{name}\n{year}" for name, year, _ in missions]
    grams = [value for _, _, value in missions]
    colours = [style.BRAND_RED if name.startswith("Chang") else style.RULE_GREY
               for name, _, _ in missions]
    bars = ax.bar(labels, grams, color=colours, width=0.6)
    ax.bar_label(bars, labels=[f"{g:,.1f} g" if g % 1 else f"{g:,.0f} g" for g in grams],
                 padding=2, fontsize=7.5)
    ax.set_ylim(0, 2200)
    ax.set_ylabel("Grams returned")
    ax.yaxis.set_major_formatter(lambda value, _: f"{value:,.0f}")
    style.save_rgba_png(fig, path, 1800)


def launches_per_year(path):
    """2024-12: orbital launches per year, state-owned and commercial stacked; vector PDF."""
    years = np.arange(2015, 2025)
    total = np.array([19, 22, 18, 39, 34, 39, 55, 64, 67, 68])
    commercial = np.array([1, 1, 2, 5, 8, 10, 14, 17, 22, 24])
    fig = style.figure(170, 95)
    ax = fig.add_subplot()
    ax.bar(years, total - commercial, color=style.BRAND_BLUE, width=0.62,
           label="State-owned providers")
    ax.bar(years, commercial, bottom=total - commercial, color=style.BRAND_RED, width=0.62,
           label="Commercial providers")
    for year, count in zip(years, total):
        ax.text(year, count + 1.0, str(count), ha="center", va="bottom", fontsize=7)
    ax.set_xticks(years)
    ax.set_ylim(0, 78)
    ax.set_ylabel("Orbital launches")
    ax.legend(loc="upper left")
    style.save_pdf(fig, path)


ALL = {
    "2023/images/2023-07-joint-call-by-region.png": joint_call_by_region,
    "2023/images/2023-12-rd-spending.pdf": rd_spending,
    "2023/images/2023-12-results-by-field.png": results_by_field,
    "2024/images/2024-06-robotic-sample-masses.png": robotic_sample_masses,
    "2024/images/2024-12-launches-per-year.pdf": launches_per_year,
}
