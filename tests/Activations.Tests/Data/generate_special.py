# Regenerates special.csv: exact values (mpmath, 80 digits, printed with 25) for the primitives and
# composite kinds built on tanh, the normal distribution and softplus:
#   tanh, tanh' (sech^2), normal_cdf (Phi), normal_pdf (phi), gelu = x*Phi(x), gelu' = Phi + x*phi,
#   gelu_tanh = x*sigmoid(2*sqrt(2/pi)*(x + 0.044715 x^3)) and its derivative, mish = x*tanh(softplus x)
#   and its derivative.
# Rows "f" have float x (usable by float and double tests); rows "f:double" have x that are doubles
# but not floats (double tests only).
# gelu/gelu_tanh are evaluated through erfc / sigmoid directly (no 1 + erf cancellation): the shared
# tests/reference/activations.csv loses them in the left tail (x < -14.9 for gelu, x < -10.7 for
# gelu_tanh), where 1 + erf(x/sqrt 2) and 1 + tanh(...) cancel at 60 digits.
# Usage: python3 generate_special.py ../../reference/activations.csv > special.csv
import csv
import random
import struct
import sys
import mpmath as mp

mp.mp.dps = 80
random.seed(20250101)

def f32(v):
    return struct.unpack('<f', struct.pack('<f', float(v)))[0]

S2 = mp.sqrt(2)
SQ2PI = mp.sqrt(2 * mp.pi)
GT_C = mp.sqrt(2 / mp.pi)
GT_A = mp.mpf(44715) / 10**6

def sigmoid(u):
    return 1 / (1 + mp.exp(-u))

def gt_u(x):
    return GT_C * (x + GT_A * x**3)

F = {
    'tanh': lambda x: mp.tanh(x),
    "tanh'": lambda x: 1 / mp.cosh(x)**2,
    'normal_cdf': lambda x: mp.erfc(-x / S2) / 2,
    'normal_pdf': lambda x: mp.exp(-x * x / 2) / SQ2PI,
    'gelu': lambda x: x * mp.erfc(-x / S2) / 2,
    "gelu'": lambda x: mp.erfc(-x / S2) / 2 + x * mp.exp(-x * x / 2) / SQ2PI,
    'gelu_tanh': lambda x: x * sigmoid(2 * gt_u(x)),
    "gelu_tanh'": lambda x: sigmoid(2 * gt_u(x)) + x * 2 * GT_C * (1 + 3 * GT_A * x * x) * sigmoid(2 * gt_u(x)) * sigmoid(-2 * gt_u(x)),
    'mish': lambda x: x * mp.tanh(mp.log1p(mp.exp(x))),
    "mish'": lambda x: mp.tanh(mp.log1p(mp.exp(x))) + x * (1 - mp.tanh(mp.log1p(mp.exp(x)))**2) * sigmoid(x),
}

# Where the functions stop being representable: evaluating far beyond only costs time.
LIMIT = {'tanh': 1e6, "tanh'": 800, 'normal_cdf': 60, 'normal_pdf': 60, 'gelu': 60, "gelu'": 60,
         'gelu_tanh': 1e6, "gelu_tanh'": 1e6, 'mish': 1e6, "mish'": 1e6}

def fmt(v):
    if mp.isinf(v):
        return 'inf' if v > 0 else '-inf'
    if v == 0:
        return '0.0'
    return mp.nstr(v, 25, strip_zeros=False)

shared = set()
with open(sys.argv[1]) as f:
    for r in csv.DictReader(f):
        if r['x'] != 'nan':
            shared.add(float(r['x']))

def extra_floats():
    xs = set()
    specials = [0.0, 0.5493061443340549, 0.55, 0.5, 0.625, 0.67448975, 0.6744897, 0.7, 1.0, 2.0, 5.656854, 5.6568546,
                8.0, 9.01, 9.1, 13.0, 13.2, 14.0, 14.1, 14.2, 18.5, 19.06, 19.1, 20.0, 26.5, 37.5, 38.0, 38.4, 38.5,
                38.6, 40.0, 1e-3, 1e-8, 1e-20, 1e-40, 1e-45]
    for v in specials:
        xs.add(f32(v)); xs.add(f32(-v))
    for lo, hi, n in [(-1, 1, 150), (-6, 6, 150), (-40, 12, 200), (-20, 20, 100)]:
        for _ in range(n):
            xs.add(f32(random.uniform(lo, hi)))
    for _ in range(200):
        m = 10 ** random.uniform(-45, 1.6)
        xs.add(f32(m)); xs.add(f32(-m))
    return xs - shared

def extra_doubles():
    xs = set()
    for lo, hi, n in [(-1, 1, 120), (-6, 6, 120), (-40, 12, 120), (-20, 20, 60)]:
        for _ in range(n):
            xs.add(random.uniform(lo, hi))
    for _ in range(120):
        m = 10 ** random.uniform(-300, 1.6)
        xs.add(m); xs.add(-m)
    return sorted(v for v in xs if f32(v) != v)

floats = sorted(shared | extra_floats())
doubles = extra_doubles()

print('function,x,y')
for name, fn in F.items():
    for suffix, xs in (('', floats), (':double', doubles)):
        for x in xs:
            if abs(x) > LIMIT[name]:
                continue
            print(f'{name}{suffix},{x!r},{fmt(fn(mp.mpf(x)))}')
