# Regenerates gated.csv: exact values (mpmath, 50 digits, printed with 25) of the gated linear units
# and their derivatives, the runtime primitives ActivationMath.Silu/Gelu/GeluTanh/Mish(+Derivative):
#   silu = x*sigmoid(x), gelu = x*Phi(x), gelu_tanh = x*sigmoid(2*sqrt(2/pi)*(x + 0.044715 x^3)),
#   mish = x*tanh(log1p(e^x)), and f' of each ("silu'", ...).
# Points: uniform over the whole range, dense around each derivative's zero, the doubles next to
# the zero and 1e-15..1e-3 away from it, log-spaced tails. Rows "f" have float x; rows "f:double"
# have x that are doubles but not floats.
# Usage: python3 generate_gated.py > gated.csv
import random
import struct
import mpmath as mp

mp.mp.dps = 50
random.seed(20250611)

def f32(v):
    return struct.unpack('<f', struct.pack('<f', float(v)))[0]

def sig(x):
    return 1 / (1 + mp.exp(-x))

C1 = 2 * mp.sqrt(2 / mp.pi)
K = mp.mpf(44715) / 10**6

def silu(x): return x * sig(x), sig(x) * (1 + x * sig(-x))
def gelu(x): return x * mp.ncdf(x), mp.ncdf(x) + x * mp.npdf(x)
def gelu_tanh(x):
    u = C1 * (x + K * x**3)
    return x * sig(u), sig(u) + x * sig(u) * sig(-u) * C1 * (1 + 3 * K * x**2)
def mish(x):
    g = mp.tanh(mp.log1p(mp.exp(x)))
    return x * g, g + x * (1 - g * g) * sig(x)

FUNCTIONS = {'silu': (silu, -1.2784645427610737, -750), 'gelu': (gelu, -0.7517915246935645, -38),
             'gelu_tanh': (gelu_tanh, -0.7524614220710163, -21), 'mish': (mish, -1.1924312145154952, -750)}

def step(x, n):
    b = struct.unpack('<q', struct.pack('<d', x))[0]
    return struct.unpack('<d', struct.pack('<q', b + (n if x > 0 else -n)))[0]

def fmt(v):
    return '0.0' if v == 0 else mp.nstr(v, 25, strip_zeros=False)

print('function,x,y')
for name, (f, root, low) in FUNCTIONS.items():
    xs = [random.uniform(-6, 6) for _ in range(400)]
    xs += [random.uniform(low, 45) for _ in range(200)]
    xs += [-10 ** random.uniform(-3, 2.9) for _ in range(100)]
    xs += [root + random.uniform(-0.9, 0.9) for _ in range(300)]
    xs += [step(root, n) for n in range(-3, 4)]
    xs += [root + random.choice([-1, 1]) * 10 ** random.uniform(-15, -3) for _ in range(60)]
    xs += [0.0, -0.0, 1.0, -1.0, 40.0, -40.0]
    rows = []
    for x in xs:
        for v, suffix in ((f32(x), ''), (x, ':double')):
            if v < low or (suffix and v == f32(v)):
                continue
            y, dy = f(mp.mpf(v))
            rows.append((name + suffix, v, y))
            rows.append((name + "'" + suffix, v, dy))
    for fn, v, y in rows:
        print(f'{fn},{v!r},{fmt(y)}')
