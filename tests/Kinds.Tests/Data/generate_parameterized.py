# Regenerates parameterized.csv: exact values (mpmath, 50 digits, printed with 25) of kinds at a
# scaled argument — a β or a Temperature that is not a power of two — and their derivatives.
# The constants are the doubles the generator sees (Temperature = 0.7 is the double nearest 0.7).
#   swish1.5: x·σ(1.5x)            softplus1.5: ln(1 + e^(1.5x))/1.5
#   sigmoid/0.7: σ(x/0.7)          gelu/0.7: gelu(x/0.7)        log_sigmoid/3: ln σ(x/3)
#   elu0.3: x > 0 ? x : 0.3·(e^x − 1) (0.3 the double)           mish/0.7: mish(x/0.7)
# Rows "name" have float x; rows "name:double" have x that are doubles but not floats.
# Usage: python3 generate_parameterized.py > parameterized.csv
import random
import struct
import mpmath as mp

mp.mp.dps = 50
random.seed(20261122)

def f32(v):
    return struct.unpack('<f', struct.pack('<f', float(v)))[0]

def sig(u):
    return 1 / (1 + mp.exp(-u))

B = mp.mpf(1.5)
T7 = mp.mpf(0.7)  # the double nearest 0.7, exactly
T3 = mp.mpf(3)

def swish(x):
    u = B * x
    return x * sig(u), sig(u) + x * B * sig(u) * sig(-u)
def softplus(x):
    u = B * x
    return mp.log1p(mp.exp(u)) / B, sig(u)
def sigmoid(x):
    u = x / T7
    return sig(u), sig(u) * sig(-u) / T7
def gelu(x):
    u = x / T7
    return u * mp.ncdf(u), (mp.ncdf(u) + u * mp.npdf(u)) / T7
def log_sigmoid(x):
    u = x / T3
    return -mp.log1p(mp.exp(-u)), sig(-u) / T3

A3 = mp.mpf(0.3)  # the double nearest 0.3, exactly
def elu(x):
    return (x, mp.mpf(1)) if x > 0 else (A3 * mp.expm1(x), A3 * mp.exp(x))
def mish(x):
    u = x / T7
    g = mp.tanh(mp.log1p(mp.exp(u)))
    return u * g, (g + u * (1 - g * g) * sig(u)) / T7

FUNCTIONS = {'swish1.5': (swish, -480), 'softplus1.5': (softplus, -60), 'sigmoid/0.7': (sigmoid, -60),
             'gelu/0.7': (gelu, -26), 'log_sigmoid/3': (log_sigmoid, -250),
             'elu0.3': (elu, -40), 'mish/0.7': (mish, -400)}

def fmt(v):
    return '0.0' if v == 0 else mp.nstr(v, 25, strip_zeros=False)

print('function,x,y,dy')
for name, (f, low) in FUNCTIONS.items():
    xs = [random.uniform(-8, 8) for _ in range(300)]
    xs += [random.uniform(low, 0) for _ in range(300)]
    xs += [random.uniform(0, 40) for _ in range(100)]
    for x in xs:
        xf = f32(x)
        y, dy = f(mp.mpf(xf))
        print(f'{name},{xf!r},{fmt(y)},{fmt(dy)}')
        if float(x) != xf:
            y, dy = f(mp.mpf(float(x)))
            print(f'{name}:double,{float(x)!r},{fmt(y)},{fmt(dy)}')
