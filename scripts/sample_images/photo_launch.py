"""The May 2025 sample's launch photo: a Long March 3B rising at night on its flame, over a column
of exhaust and a lit ground cloud, with dark mountains and the service tower (Xichang launches
at night from a mountain valley). Everything is procedural: no photograph is used."""

import numpy as np

from . import raster as r

WIDTH, HEIGHT = 1600, 1067
CX = 800.0         # the rocket's axis
NOSE_Y, BASE_Y = 150.0, 575.0
FLAME_COLOUR = (1.0, 0.62, 0.28)


def ridge(rng, base_y, amplitude, cells):
    """A mountain skyline: y of the ridge for each column."""
    profile = r.fractal_noise(rng, WIDTH, 2, cells=cells, octaves=6, persistence=0.5)[0]
    return base_y - amplitude * profile


def below(ys, edge):
    return np.clip(ys - edge[None, :] + 0.5, 0.0, 1.0)


def smoke_envelope(rng, ys, xs):
    """Where the smoke is: > 0 inside. The column of exhaust under the flame widens as it falls
    and spreads into a ground cloud of billows (soft ellipses) across the pad."""
    top, bottom = BASE_Y + 150.0, HEIGHT * 0.86
    t = np.clip((ys - top) / (bottom - top), 0.0, 1.0)
    half_width = 26.0 + 150.0 * t ** 1.4
    field = np.where(ys > top - 30.0, 1.0 - np.abs(xs - CX) / half_width, -1.0)
    field = np.minimum(field, (ys - (top - 30.0)) / 60.0)
    for _ in range(70):
        cx = CX + rng.normal(0.0, 330.0)
        spread = min(1.0, abs(cx - CX) / 650.0)
        cy = HEIGHT * (0.86 + 0.06 * spread) + rng.normal(0.0, 20.0)
        rx = rng.uniform(50.0, 140.0) * (1.0 - 0.4 * spread)
        ry = rx * rng.uniform(0.55, 0.8)
        field = np.maximum(field, 1.0 - np.sqrt(((xs - cx) / rx) ** 2 + ((ys - cy) / ry) ** 2))
    return field


def paint_smoke(image, rng, ys, xs, flame_y):
    """Billowing smoke: the envelope roughened by noise; its relief (the gradient of the smoothed
    density) is lit by the flame above, so the billows' tops glow orange and their undersides
    stay dark."""
    billows = r.fractal_noise(rng, WIDTH, HEIGHT, cells=16, octaves=5, persistence=0.6)
    density = smoke_envelope(rng, ys, xs) + 0.45 * (billows - 0.5)
    alpha = np.clip(density / 0.06, 0.0, 1.0)
    relief = r.blur_mask(np.clip(density, 0.0, 0.5), 5.0)
    gy, gx = np.gradient(relief)
    nx, ny, nz = -gx * 70.0, -gy * 70.0, np.ones_like(gx)
    norm = np.sqrt(nx * nx + ny * ny + nz * nz)
    lx, ly, lz = CX - xs, flame_y - ys, np.full_like(xs, 120.0)
    distance = np.sqrt(lx * lx + ly * ly + lz * lz)
    diffuse = np.clip((nx * lx + ny * ly + nz * lz) / (norm * distance), 0.0, 1.0)
    strength = 1.25 * np.exp(-distance / 330.0)
    light = 0.035 + strength * (0.25 + 0.75 * diffuse) * (0.7 + 0.3 * billows)
    colour = light[..., None] * np.array([1.0, 0.66, 0.42], np.float32)
    r.paint(image, alpha, colour)


def tower(ys, xs):
    """The service tower on the right, a lattice silhouette."""
    left, right, top, foot = 1150.0, 1215.0, HEIGHT * 0.50, HEIGHT * 0.90
    segments = [(left, top, left, foot), (right, top, right, foot)]
    y = top
    while y < foot:
        segments += [(left, y, right, y), (left, y, right, y + 32.0), (right, y, left, y + 32.0)]
        y += 32.0
    segments += [(left - 10, top, right + 10, top), (left + 30, top - 40, left + 32, top)]
    return r.lines_mask(WIDTH, HEIGHT, segments, 2.2)


def rocket_masks():
    """(body, bands): the core with its wider payload fairing, and two strap-on boosters."""
    core, fairing = 17.0, 20.0
    outline = [(CX - fairing, 205), (CX - 14, 160), (CX - 5, 136), (CX, NOSE_Y - 18),
               (CX + 5, 136), (CX + 14, 160), (CX + fairing, 205), (CX + fairing, 262),
               (CX + core, 276), (CX + core, BASE_Y), (CX - core, BASE_Y), (CX - core, 276),
               (CX - fairing, 262)]
    boosters = []
    for side in (-1.0, 1.0):
        inner = CX + side * core
        outer = inner + side * 24.0
        middle = (inner + outer) / 2.0
        boosters.append([(inner, 420), (middle, 392), (outer, 420), (outer, BASE_Y + 8),
                         (inner, BASE_Y + 8)])
    body = r.polygon_mask(WIDTH, HEIGHT, [outline] + boosters)
    band_rows = [(CX - core, 330, CX + core, 336), (CX - core, 445, CX + core, 449)]
    bands = r.polygon_mask(WIDTH, HEIGHT, [[(a, b), (c, b), (c, d), (a, d)]
                                           for a, b, c, d in band_rows])
    return body, bands


def rocket_colour(ys, xs):
    """White paint lit from below by the flame: bright at the base, dim at the nose."""
    across = (xs - CX) / 44.0
    shade = r.cylinder_shade(across, light=(-0.4, 0.92), ambient=0.12, specular=0.3)
    flame_light = 0.12 + 0.8 * np.exp(-(BASE_Y - ys) / 200.0)
    tint = np.array([1.0, 0.86, 0.72], np.float32)
    return (shade * flame_light)[..., None] * tint


def flame(ys, xs):
    """(core, outer): the white-hot plume leaving the nozzles, tapering to a point, and the
    orange flame around it."""
    core = r.polygon_mask(WIDTH, HEIGHT, [[(CX - 34, BASE_Y), (CX + 34, BASE_Y),
                                           (CX + 26, BASE_Y + 60), (CX + 8, BASE_Y + 150),
                                           (CX, BASE_Y + 175), (CX - 8, BASE_Y + 150),
                                           (CX - 26, BASE_Y + 60)]])
    outer = r.polygon_mask(WIDTH, HEIGHT, [[(CX - 40, BASE_Y), (CX + 40, BASE_Y),
                                            (CX + 48, BASE_Y + 90), (CX + 22, BASE_Y + 210),
                                            (CX, BASE_Y + 250), (CX - 22, BASE_Y + 210),
                                            (CX - 48, BASE_Y + 90)]])
    return r.blur_mask(core, 2.0), r.blur_mask(outer, 9.0)


def make(rng):
    ys, xs = r.grid(WIDTH, HEIGHT)
    image = r.vertical_gradient(HEIGHT, WIDTH, [
        (0.0, (0.015, 0.02, 0.06)), (0.5, (0.05, 0.05, 0.11)),
        (0.8, (0.13, 0.08, 0.11)), (1.0, (0.16, 0.10, 0.09))])
    haze = r.fractal_noise(rng, WIDTH, HEIGHT, cells=3, octaves=6, stretch=0.5)
    flame_y = BASE_Y + 80.0
    r.add_light(image, 0.10 * haze * r.glow(ys, xs, CX, flame_y, 520.0), FLAME_COLOUR)
    r.add_light(image, 0.45 * r.glow(ys, xs, CX, flame_y, 260.0), FLAME_COLOUR)

    far = below(ys, ridge(rng, HEIGHT * 0.80, 110.0, 4))
    glow_on_hills = 0.05 + 0.12 * r.glow(ys, xs, CX, flame_y, 420.0)
    r.paint(image, far, np.stack([glow_on_hills * 0.9, glow_on_hills * 0.6,
                                  glow_on_hills * 0.55 + 0.02], axis=2))
    near = below(ys, ridge(rng, HEIGHT * 0.90, 70.0, 3))
    r.paint(image, near, (0.02, 0.018, 0.02))
    r.paint(image, tower(ys, xs), (0.03, 0.025, 0.03))
    r.add_light(image, 0.9 * r.glow(ys, xs, 1181.0, HEIGHT * 0.50 - 42.0, 2.5), (1.0, 0.15, 0.1))

    paint_smoke(image, rng, ys, xs, flame_y)
    r.paint(image, below(ys, ridge(rng, HEIGHT * 0.985, 45.0, 40)), (0.01, 0.01, 0.012))

    body, bands = rocket_masks()
    colour = rocket_colour(ys, xs)
    r.paint(image, body, colour)
    r.paint(image, bands * body, colour * 0.25)
    core, outer = flame(ys, xs)
    r.add_light(image, 1.2 * outer, FLAME_COLOUR)
    r.paint(image, core, (1.0, 0.97, 0.88))
    image = r.bloom(image, 0.75, 22.0, 0.9)
    return r.camera_finish(image, rng, softness=0.8, vignette=0.3, grain=0.02)
