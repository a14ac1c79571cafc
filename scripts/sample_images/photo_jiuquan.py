"""2023-03's photo: a Long March 2D on the pad at Jiuquan before a night launch. A slender white
rocket beside a tall steel service tower, lit by floodlights against a dark blue sky, with desert
ground in the foreground. Procedural, like every sample photo."""

import numpy as np

from . import raster as r

WIDTH, HEIGHT = 1800, 1200
HORIZON = 840.0
ROCKET_X, ROCKET_TOP, ROCKET_BASE, RADIUS = 760.0, 165.0, 862.0, 28.0
TOWER_LEFT, TOWER_RIGHT, TOWER_TOP = 850.0, 1010.0, 105.0
LAMP = (1.0, 0.86, 0.64)  # warm white floodlights
PLATFORM_LEVELS = (250.0, 420.0, 560.0, 700.0)
LIGHTS = [(215.0, 300.0), (245.0, 300.0), (1600.0, 330.0), (1630.0, 330.0)]


def stars(rng, ys):
    field = np.zeros((HEIGHT, WIDTH), np.float32)
    count = 260
    rows = (rng.random(count) ** 1.6 * HORIZON * 0.75).astype(int)
    cols = rng.integers(0, WIDTH, count)
    field[rows, cols] = rng.exponential(0.5, count).astype(np.float32)
    return r.blur_mask(field, 0.7) * 3.0 * np.clip(1.0 - ys / HORIZON, 0.0, 1.0)


def ground(rng, ys, xs):
    """Gravel desert: streaky at a distance, coarse nearby, lit in a pool around the pad."""
    far = r.fractal_noise(rng, WIDTH, HEIGHT, cells=10, octaves=6, stretch=0.25)
    near = r.fractal_noise(rng, WIDTH, HEIGHT, cells=90, octaves=3)
    depth = np.clip((ys - HORIZON) / (HEIGHT - HORIZON), 0.0, 1.0)
    pebbles = r.blur_mask((rng.random((HEIGHT, WIDTH)) > 0.985).astype(np.float32), 0.8)
    texture = 0.45 + 0.55 * far + depth * (0.6 * (near - 0.5) + 2.0 * pebbles)
    pool = np.exp(-((xs - ROCKET_X - 60.0) / 650.0) ** 2 - ((ys - ROCKET_BASE - 20.0) / 120.0) ** 2)
    light = (0.10 + 0.9 * pool) * (1.0 - 0.35 * depth) * texture
    return light[..., None] * np.array([0.52, 0.42, 0.31], np.float32)


def tower_segments():
    """The lattice: four columns, a floor every 46 px with X bracing, and a jib at the top."""
    columns = np.linspace(TOWER_LEFT, TOWER_RIGHT, 4)
    segments = [(x, TOWER_TOP, x, ROCKET_BASE + 10.0) for x in columns]
    y = TOWER_TOP
    while y < ROCKET_BASE:
        segments.append((TOWER_LEFT, y, TOWER_RIGHT, y))
        for a, b in zip(columns[:-1], columns[1:]):
            segments += [(a, y, b, y + 46.0), (b, y, a, y + 46.0)]
        y += 46.0
    segments += [(TOWER_LEFT - 60.0, TOWER_TOP - 20.0, TOWER_RIGHT, TOWER_TOP - 20.0),
                 (TOWER_RIGHT, TOWER_TOP - 20.0, TOWER_RIGHT - 40.0, TOWER_TOP),
                 (TOWER_LEFT + 50.0, TOWER_TOP - 60.0, TOWER_LEFT + 50.0, TOWER_TOP)]
    return segments


def platforms():
    """Work platforms swung out from the tower to the rocket, and the launch table."""
    boxes = [(ROCKET_X + RADIUS - 2.0, y, TOWER_LEFT, y + 9.0) for y in PLATFORM_LEVELS]
    boxes.append((ROCKET_X - 95.0, ROCKET_BASE - 8.0, ROCKET_X + 95.0, ROCKET_BASE + 34.0))
    return [[(a, b), (c, b), (c, d), (a, d)] for a, b, c, d in boxes]


def rocket(ys, xs):
    """(mask, colour): white paint, floodlit from the front left, with an ogive nose."""
    nose = ROCKET_TOP + 95.0
    outline = [(ROCKET_X - RADIUS, ROCKET_BASE), (ROCKET_X - RADIUS, nose)]
    for t in np.linspace(0.0, 1.0, 24):
        half_width = RADIUS * np.cos(t * np.pi / 2) ** 0.7
        outline.append((ROCKET_X - half_width, nose - t * (nose - ROCKET_TOP)))
    outline += [(2 * ROCKET_X - x, y) for x, y in reversed(outline)]
    mask = r.polygon_mask(WIDTH, HEIGHT, [outline])
    shade = r.cylinder_shade((xs - ROCKET_X) / RADIUS, light=(-0.55, 0.83), ambient=0.18,
                             specular=0.45, shininess=30.0)
    falloff = 0.55 + 0.45 * np.clip((ys - ROCKET_TOP) / (ROCKET_BASE - ROCKET_TOP), 0.0, 1.0)
    colour = (shade * falloff)[..., None] * np.array([0.98, 0.95, 0.9], np.float32)
    for top, bottom, tone in ((470.0, 482.0, 0.18), (262.0, 268.0, 0.35), (610.0, 640.0, 0.8)):
        band = (ys >= top) & (ys < bottom)
        colour[band] *= tone
    flag = (ys > 520.0) & (ys < 532.0) & (xs > ROCKET_X - 21.0) & (xs < ROCKET_X - 3.0)
    colour[flag] = colour[flag] * np.array([0.75, 0.12, 0.1], np.float32)
    return mask, colour


def make(rng):
    ys, xs = r.grid(WIDTH, HEIGHT)
    image = r.vertical_gradient(HEIGHT, WIDTH, [
        (0.0, (0.008, 0.015, 0.06)), (0.45, (0.03, 0.06, 0.15)),
        (HORIZON / HEIGHT, (0.11, 0.12, 0.19)), (1.0, (0.1, 0.1, 0.12))])
    r.add_light(image, stars(rng, ys), (0.85, 0.9, 1.0))
    haze = r.fractal_noise(rng, WIDTH, HEIGHT, cells=3, octaves=5, stretch=0.4)
    r.add_light(image, 0.22 * (0.6 + 0.4 * haze) * r.glow(ys, xs, ROCKET_X + 80, HORIZON, 420.0),
                LAMP)

    hills = r.fractal_noise(rng, WIDTH, 2, cells=5, octaves=6)[0]
    r.paint(image, np.clip(ys - (HORIZON - 8.0 - 34.0 * hills)[None, :] + 0.5, 0.0, 1.0),
            (0.05, 0.055, 0.08))
    r.paint(image, np.clip(ys - HORIZON + 0.5, 0.0, 1.0), ground(rng, ys, xs))

    steel = np.clip(0.10 + 0.55 * np.exp(-(xs - TOWER_LEFT) / 90.0), 0.0, 1.0)
    steel_colour = steel[..., None] * np.array([0.75, 0.62, 0.5], np.float32)
    r.paint(image, r.lines_mask(WIDTH, HEIGHT, tower_segments(), 3.2), steel_colour)
    r.paint(image, r.polygon_mask(WIDTH, HEIGHT, platforms()), steel_colour * 0.8)

    mask, colour = rocket(ys, xs)
    r.paint(image, mask, colour)

    poles = [(x + 15.0, y, x + 15.0, HORIZON + 6.0) for x, y in LIGHTS[::2]]
    poles += [(x - 4.0, y, x + 34.0, y) for x, y in LIGHTS[::2]]
    r.paint(image, r.lines_mask(WIDTH, HEIGHT, poles, 3.0), (0.04, 0.04, 0.05))
    beams = np.zeros((HEIGHT, WIDTH), np.float32)
    for x, y in LIGHTS:
        r.add_light(image, 2.5 * r.glow(ys, xs, x, y, 4.0), LAMP)
        beam = [(x, y - 4.0), (x, y + 4.0), (ROCKET_X + 10.0, 720.0), (ROCKET_X, 340.0)]
        beams += r.polygon_mask(WIDTH, HEIGHT, [beam])
    r.add_light(image, 0.018 * r.blur_mask(beams, 30.0) * (0.5 + haze), LAMP)
    for y in PLATFORM_LEVELS:
        r.add_light(image, 1.6 * r.glow(ys, xs, TOWER_LEFT - 6.0, y - 4.0, 2.5), LAMP)
    image = r.bloom(image, 0.7, 12.0, 0.8)
    return r.camera_finish(image, rng, softness=0.7, vignette=0.35, grain=0.022)
