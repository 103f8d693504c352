# Regenerates selu.csv: exact values (mpmath, 50 digits, printed with 25) of PyTorch's selu,
# λ·x for x > 0 and λα·(e^x − 1) otherwise, with λ and α the exact decimal constants PyTorch uses.
# Points: uniform on [-6, 2] and [-45, 0], log-spaced negatives from -1e-300 to -40, the doubles
# around -0.82 (where the rounded constant times a rounded expm1 reached 3 ULP). Rows "selu" have
# float x; rows "selu:double" have x that are doubles but not floats.
# Usage: python3 generate_selu.py > selu.csv
import random
import struct
import mpmath as mp

mp.mp.dps = 50
random.seed(20261122)
ALPHA = mp.mpf('1.6732632423543772848170429916717')
SCALE = mp.mpf('1.0507009873554804934193349852946')

def f32(v):
    return struct.unpack('<f', struct.pack('<f', float(v)))[0]

def selu(x):
    x = mp.mpf(x)
    return SCALE * x if x > 0 else SCALE * ALPHA * mp.expm1(x)

def fmt(v):
    return '0.0' if v == 0 else mp.nstr(v, 25, strip_zeros=False)

xs = [random.uniform(-6, 2) for _ in range(1200)]
xs += [random.uniform(-45, 0) for _ in range(600)]
xs += [-10 ** random.uniform(-300, 1.6) for _ in range(400)]
xs += [random.uniform(-0.83, -0.81) for _ in range(300)]
print('function,x,y')
for x in xs:
    xf = f32(x)
    print(f'selu,{xf!r},{fmt(selu(xf))}')
    if float(x) != xf:
        print(f'selu:double,{float(x)!r},{fmt(selu(float(x)))}')
