"""Building blocks for the procedural photos: noise, antialiased shape masks, shading, and the
camera finish (lens softness, vignette, grain) that makes flat shapes read as a photograph.

Images are float32 arrays in [0, 1], shape (height, width, 3); masks are (height, width).
Every random number comes from a numpy Generator passed in, so a fixed seed gives the same
pixels on every run.
"""

import numpy as np
from PIL import Image, ImageDraw

SUPERSAMPLE = 4  # shapes are drawn at 4x and box-filtered down: antialiased edges


def grid(width, height):
    """Pixel-centre coordinates: (ys, xs), each (height, width)."""
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    return ys + 0.5, xs + 0.5


def resize_float(array, width, height):
    return np.asarray(Image.fromarray(array.astype(np.float32), "F").resize(
        (width, height), Image.BICUBIC))


def fractal_noise(rng, width, height, cells=6, octaves=5, persistence=0.55, stretch=1.0):
    """Value noise in [0, 1]: random grids resized bicubically and summed over octaves.
    `cells` is the number of cells across the width at the coarsest octave; `stretch` > 1
    makes the cells wider than tall (a surface seen at a grazing angle)."""
    total = np.zeros((height, width), np.float32)
    amplitude, weight = 1.0, 0.0
    for octave in range(octaves):
        across = cells * 2 ** octave
        down = max(2, int(round(across * height / width * stretch)))
        layer = rng.random((down + 1, across + 1)).astype(np.float32)
        total += amplitude * resize_float(layer, width, height)
        weight += amplitude
        amplitude *= persistence
    total /= weight
    return (total - total.min()) / (total.max() - total.min())


def drawn_mask(width, height, draw):
    """A mask in [0, 1] from `draw(pen, scale)`, which draws with ImageDraw in white on a
    canvas `scale` times larger than the image (coordinates are multiplied by scale)."""
    canvas = Image.new("L", (width * SUPERSAMPLE, height * SUPERSAMPLE), 0)
    draw(ImageDraw.Draw(canvas), SUPERSAMPLE)
    return np.asarray(canvas.resize((width, height), Image.BOX), np.float32) / 255.0


def polygon_mask(width, height, polygons):
    def draw(pen, s):
        for points in polygons:
            pen.polygon([(x * s, y * s) for x, y in points], fill=255)
    return drawn_mask(width, height, draw)


def lines_mask(width, height, segments, thickness):
    """Straight strokes [(x0, y0, x1, y1), ...] of the given width in pixels."""
    def draw(pen, s):
        for x0, y0, x1, y1 in segments:
            pen.line([(x0 * s, y0 * s), (x1 * s, y1 * s)], fill=255,
                     width=max(1, int(round(thickness * s))))
    return drawn_mask(width, height, draw)


def ellipse_mask(ys, xs, cx, cy, rx, ry):
    """An antialiased filled ellipse, computed from the distance to its edge."""
    radial = np.sqrt(((xs - cx) / rx) ** 2 + ((ys - cy) / ry) ** 2)
    return np.clip((1.0 - radial) * min(rx, ry) + 0.5, 0.0, 1.0)


def glow(ys, xs, cx, cy, radius):
    """A Gaussian light falloff around a point, 1 at the centre."""
    return np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / (2.0 * radius ** 2))


def cylinder_shade(across, light, ambient=0.25, specular=0.35, shininess=18.0):
    """Brightness across a cylinder seen side-on. `across` runs from -1 (one edge) to +1 (the
    other); `light` is a unit (across, towards-viewer) direction of the light."""
    u = np.clip(across, -1.0, 1.0)
    normal_out = np.sqrt(1.0 - u * u)
    lx, lz = light
    diffuse = np.maximum(0.0, u * lx + normal_out * lz)
    half_x, half_z = lx, lz + 1.0  # halfway between the light and the viewer (0, 1)
    norm = np.hypot(half_x, half_z)
    highlight = np.maximum(0.0, (u * half_x + normal_out * half_z) / norm) ** shininess
    return ambient + (1.0 - ambient) * diffuse + specular * highlight


def vertical_gradient(height, width, stops):
    """Colours interpolated down the image: stops are (fraction of height, (r, g, b))."""
    fractions = np.array([f for f, _ in stops], np.float32)
    colours = np.array([c for _, c in stops], np.float32)
    t = (np.arange(height, dtype=np.float32) + 0.5) / height
    column = np.stack([np.interp(t, fractions, colours[:, k]) for k in range(3)], axis=1)
    return np.repeat(column[:, None, :], width, axis=1)


def paint(image, mask, colour):
    """Lays `colour` (an (r, g, b) or a per-pixel (h, w, 3) array) over image where mask is 1."""
    m = mask[..., None]
    image *= 1.0 - m
    image += m * np.asarray(colour, np.float32)
    return image


def add_light(image, amount, colour):
    """Adds light (screen-free additive, as a glow or a beam in haze)."""
    image += amount[..., None] * np.asarray(colour, np.float32)
    return image


def blur_mask(mask, sigma):
    """Gaussian blur of one channel, in the frequency domain (Pillow's blur takes 8-bit images
    only), with the edges mirrored so that light does not wrap around."""
    pad = int(3 * sigma) + 1
    padded = np.pad(mask.astype(np.float32), pad, mode="reflect")
    fy = np.fft.fftfreq(padded.shape[0])[:, None]
    fx = np.fft.rfftfreq(padded.shape[1])[None, :]
    transfer = np.exp(-2.0 * np.pi ** 2 * sigma ** 2 * (fx ** 2 + fy ** 2))
    spectrum = np.fft.rfft2(padded) * transfer
    out = np.fft.irfft2(spectrum, s=padded.shape)
    return out[pad:-pad, pad:-pad].astype(np.float32)


def blur(image, sigma):
    return np.stack([blur_mask(image[..., k], sigma) for k in range(3)], axis=2)


def bloom(image, threshold, radius, strength):
    """Bright areas bleed light around them, as they do through a real lens."""
    bright = np.clip(image - threshold, 0.0, None)
    return image + strength * blur(bright, radius)


def camera_finish(image, rng, softness=0.7, vignette=0.25, grain=0.012, grain_size=0.8):
    """Lens softness, darker corners, and sensor grain (stronger in the shadows, as in a photo
    taken at high ISO). Returns 8-bit RGB."""
    height, width, _ = image.shape
    image = blur(image, softness)
    ys, xs = grid(width, height)
    r2 = ((xs / width - 0.5) ** 2 + (ys / height - 0.5) ** 2) / 0.5
    image *= (1.0 - vignette * r2)[..., None]
    luma_noise = rng.normal(0.0, 1.0, (height, width)).astype(np.float32)
    colour_noise = rng.normal(0.0, 0.35, (height, width, 3)).astype(np.float32)
    noise = blur(luma_noise[..., None] + colour_noise, grain_size)
    shadow_weight = 1.6 - np.clip(image.mean(axis=2, keepdims=True), 0.0, 1.0)
    image = image + grain * noise * shadow_weight
    return to_rgb8(image)


def to_rgb8(image):
    # Gamma-free on purpose: the scenes are painted directly in display (sRGB) values.
    return Image.fromarray((np.clip(image, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8), "RGB")
