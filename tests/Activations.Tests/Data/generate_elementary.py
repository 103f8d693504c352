# Regenerates elementary.csv: exact e^x, e^x - 1, ln(1 + x) and ln x (mpmath, 60 digits, printed with
# 25) for the vector primitives that tests/reference does not cover. Every x is a float.
# Usage: python3 generate_elementary.py > elementary.csv
import random
import struct
import mpmath as mp

mp.mp.dps = 60
random.seed(20240531)

def f32(v):
    return struct.unpack('<f', struct.pack('<f', float(v)))[0]

def points(specials, ranges, n):
    xs = set(f32(v) for v in specials)
    for lo, hi in ranges:
        for _ in range(n):
            xs.add(f32(random.uniform(lo, hi)))
    # log-spaced magnitudes, both signs
    for _ in range(n):
        m = 10 ** random.uniform(-40, 2.5)
        xs.add(f32(m)); xs.add(f32(-m))
    return sorted(xs)

def fmt(v):
    if mp.isinf(v):
        return 'inf' if v > 0 else '-inf'
    if v == 0:
        return '0.0'
    return mp.nstr(v, 25, strip_zeros=False)

rows = []
exp_x = points([0.0, 1.0, -1.0, 0.5, -0.5, 0.34657359, -0.34657359, 88.72, 88.7228, 89.0, -87.3, -103.27, -103.97, -104.0,
                -708.39, -708.4, -740.0, -744.4, -745.13, -745.2, 709.78, 709.7, 700.0, 1e-30, -1e-30],
               [(-110, 90), (-750, 712), (-2, 2)], 300)
for x in exp_x:
    if x < -800 or x > 720: continue
    rows.append(('exp', x, mp.exp(mp.mpf(x))))
em_x = points([0.0, 1e-10, -1e-10, 1e-5, -1e-5, 0.3, -0.3, 0.35, -0.35, 0.5, -0.5, 0.7, -0.7, 1.0, -1.0, 2.0, -2.0,
               20.0, -20.0, 40.0, -40.0, 45.0, -45.0, 88.7, 89.0, 709.78, 700.0, -700.0],
              [(-50, 90), (-1.5, 1.5), (-0.36, 0.36)], 300)
for x in em_x:
    if x > 720: continue
    rows.append(('expm1', x, mp.expm1(mp.mpf(x))))
lp_x = points([0.0, 1e-17, 1e-10, -1e-10, 1e-5, -1e-5, 0.4142135, -0.2928932, 0.5, -0.5, 1.0, 2.0, -0.99999994, -0.9, 1e30, 3e38],
              [(-1, 1), (-1, 10), (0, 1e6)], 300)
for x in lp_x:
    if x <= -1: continue
    rows.append(('log1p', x, mp.log1p(mp.mpf(x))))
lg_x = points([1.0, 2.0, 0.5, 1.4142135, 0.70710677, 0.99999994, 1.0000001, 1e-45, 1.4e-45, 1e-40, 1.17549435e-38,
               3.4e38, 10.0, 0.1, 2.718281828],
              [(0, 2), (0.5, 1.5), (0, 1e6)], 300)
for x in lg_x:
    if x <= 0: continue
    rows.append(('log', x, mp.log(mp.mpf(x))))

print('function,x,y')
for f, x, y in rows:
    print(f'{f},{x!r},{fmt(y)}')
