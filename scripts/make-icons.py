"""Draws Sidenote's toolbar icons (a page with a side margin note) as PNGs, without image libraries."""
import struct, zlib, os

def png(size, pixel):
    rows = b''.join(b'\x00' + b''.join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + \
        chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')

def pixel(x, y, s):
    u, v = (x + 0.5) / s, (y + 0.5) / s
    r = 0.18
    cx, cy = min(max(u, r), 1 - r), min(max(v, r), 1 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    if 0.16 < u < 0.58 and 0.18 < v < 0.82:           # the page
        line = int((v - 0.26) / 0.12)
        if v > 0.26 and (v - 0.26) % 0.12 < 0.05 and 0.22 < u < 0.52 and line < 5:
            return (31, 111, 235, 255)
        return (255, 255, 255, 255)
    if 0.64 < u < 0.86 and 0.18 < v < 0.56:           # the side note
        return (255, 209, 102, 255)
    return (31, 111, 235, 255)

os.makedirs('public/icons', exist_ok=True)
for s in (16, 32, 48, 128):
    with open(f'public/icons/icon-{s}.png', 'wb') as f:
        f.write(png(s, pixel))
