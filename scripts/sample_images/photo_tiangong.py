"""2023-12's photo: the Tiangong station seen from a departing crewed spacecraft. A T of three
cylindrical modules (the two laboratory modules form the bar, the core module the stem, with a
cargo ship docked at its end) with large solar wings, against black space, the blue curve of the
Earth along the bottom edge. Procedural; saved as CMYK (see files.save_cmyk_jpeg).

The station is described in its own axis-aligned coordinates (the node at the origin, x along
the laboratory modules, y along the core module) and every pixel is mapped back into them, so
each part is a rectangle or a circle there: edges come out antialiased and rotated for free."""

import numpy as np

from . import raster as r

WIDTH, HEIGHT = 2400, 1350
CENTRE = (1230.0, 500.0)
SCALE = 0.64  # image pixels per station unit
TILT = np.radians(-11.0)
SUN = np.array([-0.45, -0.55, 0.70])  # in station coordinates: from the upper left, in front
SUN = SUN / np.linalg.norm(SUN)
EARTH_CENTRE, EARTH_RADIUS = (1000.0, 1085.0 + 2600.0), 2600.0

# (along-axis start, end, radius) in station coordinates.
LAB_SEGMENTS = [(60.0, 420.0, 56.0), (420.0, 650.0, 45.0)]
CORE_SEGMENTS = [(50.0, 140.0, 40.0), (140.0, 520.0, 62.0), (520.0, 560.0, 46.0),
                 (560.0, 700.0, 44.0)]
# Solar wings: (centre x, centre y, half width, half height).
WINGS = [(sx * 545.0, sy * 350.0, 58.0, 285.0) for sx in (-1, 1) for sy in (-1, 1)]
WINGS += [(sx * 240.0, 330.0, 165.0, 34.0) for sx in (-1, 1)]


def station_coordinates(ys, xs):
    dx, dy = xs - CENTRE[0], ys - CENTRE[1]
    c, s = np.cos(TILT), np.sin(TILT)
    return (c * dx + s * dy) / SCALE, (-s * dx + c * dy) / SCALE


def box(lx, ly, cx, cy, half_w, half_h):
    """An antialiased rectangle: the pixel's distance inside its nearest edge, clipped."""
    inside = np.minimum(half_w - np.abs(lx - cx), half_h - np.abs(ly - cy)) * SCALE
    return np.clip(inside + 0.5, 0.0, 1.0)


def line_weight(distance_units, half_width_px=0.7):
    """1 on a thin line, falling to 0 a pixel away: antialiased grid lines and seams."""
    return np.clip(1.0 - (distance_units * SCALE - half_width_px), 0.0, 1.0)


def panel_colour(lx, ly, wing, tone):
    """Dark blue cells in a gold frame, with the sun's sheen sliding across the wing."""
    cx, cy, half_w, half_h = wing
    u = (lx - cx + half_w) / 22.0
    v = (ly - cy + half_h) / 22.0
    to_seam = 22.0 * np.minimum(np.abs(u - np.round(u)), np.abs(v - np.round(v)))
    sheen = 0.5 + 0.5 * np.sin((lx + ly) / 180.0 + tone)
    cell = np.stack([0.06 + 0.10 * sheen, 0.10 + 0.12 * sheen, 0.28 + 0.22 * sheen], axis=2)
    frame = np.array([0.70, 0.58, 0.30], np.float32)
    colour = cell + line_weight(to_seam, 0.3)[..., None] * (frame * 0.7 - cell)
    to_mast = np.abs(lx - cx) if half_h > half_w else np.abs(ly - cy)
    return colour + line_weight(to_mast, 1.0)[..., None] * (frame - colour)


def module_colour(along, across, light_across, texture):
    """White thermal blankets on a cylinder: lit by the sun, with a darker seam every 70 units."""
    shade = r.cylinder_shade(across, light=light_across, ambient=0.14, specular=0.25)
    to_seam = 70.0 * np.abs(along / 70.0 - np.round(along / 70.0))
    tone = (0.86 + 0.14 * texture) * (1.0 - 0.4 * line_weight(to_seam, 0.5))
    return (shade * tone)[..., None] * np.array([0.95, 0.94, 0.9], np.float32)


def paint_station(image, ys, xs, rng):
    lx, ly = station_coordinates(ys, xs)
    texture = r.fractal_noise(rng, WIDTH, HEIGHT, cells=30, octaves=3)
    for k, wing in enumerate(WINGS):
        r.paint(image, box(lx, ly, *wing), panel_colour(lx, ly, wing, k * 1.3))
    booms = [(sx * 545.0, 0.0, 4.0, 640.0) for sx in (-1, 1)] + [(0.0, 330.0, 410.0, 4.0)]
    for boom in booms:
        r.paint(image, box(lx, ly, *boom), (0.55, 0.5, 0.42))

    lab_light = (SUN[1], SUN[2])   # a lab module's "across" direction is station y
    core_light = (SUN[0], SUN[2])  # the core module's is station x
    for side in (-1.0, 1.0):
        for start, end, radius in LAB_SEGMENTS:
            centre = side * (start + end) / 2.0
            mask = box(lx, ly, centre, 0.0, (end - start) / 2.0, radius)
            r.paint(image, mask, module_colour(lx, ly / radius, lab_light, texture))
    for start, end, radius in CORE_SEGMENTS:
        mask = box(lx, ly, 0.0, (start + end) / 2.0, radius, (end - start) / 2.0)
        r.paint(image, mask, module_colour(ly, lx / radius, core_light, texture))
    node = np.sqrt(lx * lx + ly * ly)
    nz = np.sqrt(np.clip(1.0 - (node / 62.0) ** 2, 0.0, 1.0))
    sphere = 0.15 + 0.85 * np.clip((lx * SUN[0] + ly * SUN[1]) / 62.0 + nz * SUN[2], 0.0, 1.0)
    gold = sphere[..., None] * np.array([0.92, 0.78, 0.45], np.float32)
    r.paint(image, np.clip((62.0 - node) * SCALE + 0.5, 0.0, 1.0), gold)


def paint_earth(image, ys, xs, rng):
    """The limb of the Earth: ocean under streaks of cloud, foreshortened towards the horizon,
    with the thin blue glow of the atmosphere above it."""
    distance = np.sqrt((xs - EARTH_CENTRE[0]) ** 2 + (ys - EARTH_CENTRE[1]) ** 2)
    depth = EARTH_RADIUS - distance  # pixels below the horizon
    clouds = r.fractal_noise(rng, WIDTH, HEIGHT, cells=5, octaves=7, stretch=4.0)
    cover = np.clip((clouds - 0.55) * 3.5, 0.0, 1.0)
    ocean = np.array([0.03, 0.14, 0.36], np.float32)
    surface = ocean + cover[..., None] * (np.array([0.85, 0.88, 0.92], np.float32) - ocean)
    haze = np.exp(-np.clip(depth, 0.0, None) / 60.0)[..., None]
    surface = surface * (1.0 - 0.6 * haze) + haze * np.array([0.35, 0.55, 0.9], np.float32) * 0.6
    r.paint(image, np.clip(depth + 0.5, 0.0, 1.0), surface)
    atmosphere = np.exp(-np.clip(-depth, 0.0, None) / 9.0) * (depth < 0.5)
    r.add_light(image, 0.8 * atmosphere, (0.3, 0.55, 1.0))


def make(rng):
    ys, xs = r.grid(WIDTH, HEIGHT)
    image = np.zeros((HEIGHT, WIDTH, 3), np.float32) + 0.008
    paint_earth(image, ys, xs, rng)
    paint_station(image, ys, xs, rng)
    image = r.bloom(image, 0.85, 10.0, 0.4)
    return r.camera_finish(image, rng, softness=0.8, vignette=0.15, grain=0.01)
