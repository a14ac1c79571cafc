"""2024-06's photo: the Chang'e-6 return capsule on the grassland of Siziwang Banner after
landing. A blackened, bell-shaped capsule about a metre across on green-brown grass under a pale
sky, a recovery team member in a bright orange suit standing beside it. Procedural."""

import numpy as np

from . import raster as r

WIDTH, HEIGHT = 1800, 1200
HORIZON = 470.0
CAPSULE_X, CAPSULE_BASE = 760.0, 765.0
PERSON_X, PERSON_FEET, PERSON_HEIGHT = 1085.0, 735.0, 420.0
ORANGE = (0.96, 0.42, 0.07)
LIGHT = (-0.5, 0.86)  # soft daylight from the upper left, (across, towards the viewer)


def grass(rng, ys, xs):
    """Grass seen at a grazing angle: isotropic texture in the foreground, squeezed into
    horizontal streaks towards the horizon, fading into haze."""
    depth = np.clip((ys - HORIZON) / (HEIGHT - HORIZON), 0.0, 1.0)
    near = r.fractal_noise(rng, WIDTH, HEIGHT, cells=40, octaves=4)
    far = r.fractal_noise(rng, WIDTH, HEIGHT, cells=12, octaves=6, stretch=4.0)
    patches = r.fractal_noise(rng, WIDTH, HEIGHT, cells=4, octaves=4, stretch=2.5)
    detail = depth * near + (1.0 - depth) * far
    green = np.array([0.33, 0.42, 0.18], np.float32)
    straw = np.array([0.62, 0.56, 0.36], np.float32)
    mix = np.clip((patches - 0.35) * 2.2, 0.0, 1.0)[..., None]
    colour = (green + mix * (straw - green)) * (0.7 + 0.55 * detail)[..., None]
    haze = np.exp(-(ys - HORIZON).clip(0.0) / 90.0)[..., None]
    return colour * (1.0 - haze) + haze * np.array([0.66, 0.68, 0.62], np.float32)


def blades(rng, count, top, length):
    """Short strokes leaning this way and that, longer nearer the camera."""
    segments = []
    for _ in range(count):
        y = top + (HEIGHT + 20.0 - top) * rng.random() ** 0.7
        x = rng.uniform(-20.0, WIDTH + 20.0)
        size = length * (0.4 + 0.9 * (y - top) / (HEIGHT - top)) * rng.uniform(0.5, 1.2)
        lean = rng.normal(0.0, 0.35)
        segments.append((x, y, x + size * np.sin(lean), y - size * np.cos(lean)))
    return segments


def capsule_outline():
    """A bell: a blunt, wide heat shield at the bottom, sides narrowing to a rounded top;
    tilted a little, as it came to rest."""
    half_base, half_top, height = 140.0, 78.0, 215.0
    points = [(-half_base, 0.0)]
    for t in np.linspace(0.0, 1.0, 16):
        points.append((-half_base + (half_base - half_top) * t ** 0.8, -height * t))
    for t in np.linspace(np.pi, 0.0, 16):
        points.append((half_top * np.cos(t), -height - 38.0 * np.sin(t)))
    for t in np.linspace(1.0, 0.0, 16):
        points.append((half_base - (half_base - half_top) * t ** 0.8, -height * t))
    for t in np.linspace(0.0, np.pi, 16):
        points.append((half_base * np.cos(t), 26.0 * np.sin(t)))
    tilt = np.radians(7.0)
    c, s = np.cos(tilt), np.sin(tilt)
    return [(CAPSULE_X + c * x - s * y, CAPSULE_BASE + s * x + c * y) for x, y in points]


def capsule_colour(rng, ys, xs):
    """Charred ablator: near-black with rust-brown streaks running down from the heat, a few
    lighter patches where the char flaked."""
    streaks = r.fractal_noise(rng, WIDTH, HEIGHT, cells=40, octaves=4, stretch=0.12)
    flakes = r.fractal_noise(rng, WIDTH, HEIGHT, cells=30, octaves=4)
    base = np.array([0.10, 0.085, 0.075], np.float32)
    rust = np.array([0.36, 0.22, 0.13], np.float32)
    colour = base + np.clip(streaks - 0.4, 0.0, 1.0)[..., None] * 2.2 * (rust - base)
    colour += np.clip(flakes - 0.72, 0.0, 1.0)[..., None] * 2.5 * np.array([0.5, 0.46, 0.42])
    rim = np.clip(1.0 - np.abs(ys - CAPSULE_BASE - 4.0 - 0.12 * (xs - CAPSULE_X)) / 9.0, 0.0, 1.0)
    colour += rim[..., None] * np.array([0.16, 0.12, 0.09], np.float32)
    shade = r.cylinder_shade((xs - CAPSULE_X) / 150.0, light=LIGHT, ambient=0.35,
                             specular=0.3, shininess=10.0)
    return colour * shade[..., None]


def person_parts():
    """(orange suit polygons, boot polygons, helmet centre, face centre) for a figure standing
    with arms at the sides. Points are offsets from the middle of the feet."""
    h = PERSON_HEIGHT
    hip, shoulder, neck, waist = -0.50 * h, -0.80 * h, -0.84 * h, -0.60 * h
    half = 0.13 * h
    ankle = -20.0
    torso = [(-half, shoulder), (half, shoulder), (half * 0.78, waist), (half * 0.85, hip),
             (-half * 0.85, hip), (-half * 0.78, waist)]
    left_leg = [(-half * 0.85, hip), (-4.0, hip), (-8.0, ankle), (-half * 0.8, ankle)]
    left_arm = [(-half - 4.0, shoulder + 2.0), (-half + 14.0, shoulder), (-half - 6.0, hip + 30.0),
                (-half - 24.0, hip + 24.0)]
    collar = [(-16.0, neck), (16.0, neck), (half * 0.9, shoulder + 8.0),
              (-half * 0.9, shoulder + 8.0)]
    left_boot = [(-half * 0.82, -22.0), (-6.0, -22.0), (-4.0, 0.0), (-half * 0.95, 0.0)]
    mirror = lambda points: [(-dx, dy) for dx, dy in points]
    place = lambda points: [(PERSON_X + dx, PERSON_FEET + dy) for dx, dy in points]
    suit = [place(p) for p in (torso, left_leg, mirror(left_leg), left_arm, mirror(left_arm),
                               collar)]
    boots = [place(left_boot), place(mirror(left_boot))]
    helmet = (PERSON_X, PERSON_FEET + neck - 0.06 * h)
    face = (PERSON_X, PERSON_FEET + neck - 0.035 * h)
    return suit, boots, helmet, face


def paint_person(image, ys, xs):
    suit, boots, helmet, face = person_parts()
    shade = r.cylinder_shade((xs - PERSON_X) / (0.16 * PERSON_HEIGHT), light=LIGHT,
                             ambient=0.4, specular=0.1)[..., None]
    suit_mask = r.polygon_mask(WIDTH, HEIGHT, suit)
    r.paint(image, suit_mask, shade * np.array(ORANGE, np.float32))
    stripes = ((np.abs(ys - (PERSON_FEET - 0.62 * PERSON_HEIGHT)) < 5.0)
               | (np.abs(ys - (PERSON_FEET - 0.16 * PERSON_HEIGHT)) < 5.0))
    r.paint(image, stripes * suit_mask, shade * 0.85)  # reflective bands
    r.paint(image, r.polygon_mask(WIDTH, HEIGHT, boots), (0.07, 0.07, 0.07))
    skin = np.array([0.66, 0.48, 0.36], np.float32)
    r.paint(image, r.ellipse_mask(ys, xs, face[0], face[1], 21.0, 26.0), shade * skin)
    hard_hat = r.ellipse_mask(ys, xs, helmet[0], helmet[1], 25.0, 19.0) * (ys < helmet[1] + 6.0)
    r.paint(image, hard_hat, shade * 0.95)


def make(rng):
    ys, xs = r.grid(WIDTH, HEIGHT)
    haze = (0.86, 0.88, 0.88)
    image = r.vertical_gradient(HEIGHT, WIDTH, [
        (0.0, (0.60, 0.70, 0.80)), (HORIZON / HEIGHT, haze), (1.0, haze)])
    clouds = r.fractal_noise(rng, WIDTH, HEIGHT, cells=4, octaves=6, stretch=0.6)
    r.add_light(image, 0.12 * np.clip(clouds - 0.45, 0.0, 1.0) * (ys < HORIZON), (1.0, 1.0, 1.0))
    hills = r.fractal_noise(rng, WIDTH, 2, cells=4, octaves=6)[0]
    r.paint(image, np.clip(ys - (HORIZON - 4.0 - 16.0 * hills)[None, :] + 0.5, 0.0, 1.0),
            (0.63, 0.66, 0.64))
    r.paint(image, np.clip(ys - HORIZON + 0.5, 0.0, 1.0), grass(rng, ys, xs))

    shadows = (r.ellipse_mask(ys, xs, CAPSULE_X + 70.0, CAPSULE_BASE + 14.0, 190.0, 34.0)
               + r.ellipse_mask(ys, xs, PERSON_X + 60.0, PERSON_FEET + 2.0, 80.0, 12.0))
    image *= (1.0 - 0.45 * r.blur_mask(np.clip(shadows, 0.0, 1.0), 9.0))[..., None]
    for shade, segments in ((0.55, blades(rng, 2600, HORIZON + 160.0, 26.0)),
                            (1.35, blades(rng, 1800, HORIZON + 200.0, 22.0))):
        mask = r.lines_mask(WIDTH, HEIGHT, segments, 1.4)
        r.paint(image, mask * 0.55, image * shade)

    r.paint(image, r.polygon_mask(WIDTH, HEIGHT, [capsule_outline()]), capsule_colour(rng, ys, xs))
    paint_person(image, ys, xs)
    front = blades(rng, 500, CAPSULE_BASE - 10.0, 18.0)
    r.paint(image, r.lines_mask(WIDTH, HEIGHT, front, 1.3) * 0.7, image * 0.6)
    return r.camera_finish(image, rng, softness=0.75, vignette=0.22, grain=0.016)
