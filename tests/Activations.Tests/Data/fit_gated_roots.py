# Fits the polynomials Q of the gated derivatives near their zeros (ActivationMath.Gated.cs and
# Kernels/GatedMath.cs): f'(x) = (x - x0)*Q(x), x0 = the zero to 50 digits split into two doubles,
# Q a Chebyshev fit (mpmath.chebyfit) in h = x - center on the interval, then checked in double.
# Usage: python3 fit_gated_roots.py NAME A B DEGREE [CENTER]; the shipped fits:
#   silu -2.0 -0.8 17 -1.4 | gelu -1.5 -0.35 16 | gelu_tanh -1.5 -0.35 19 | mish -1.9 -0.7 19
# (CENTER defaults to the interval's midpoint rounded to a multiple of 1/64).
import mpmath as mp, sys
mp.mp.dps = 60
sig = lambda x: 1/(1+mp.exp(-x))
C1 = 2*mp.sqrt(2/mp.pi)
def silu_d(x): return sig(x)*(1 + x*sig(-x))
def gelu_d(x): return mp.ncdf(x) + x*mp.npdf(x)
def gt_d(x):
    u = C1*(x + mp.mpf('0.044715')*x**3); up = C1*(1 + 3*mp.mpf('0.044715')*x**2)
    return sig(u) + x*sig(u)*sig(-u)*up
def mish_d(x):
    sp = mp.log1p(mp.exp(x)); g = mp.tanh(sp); return g + x*(1-g*g)*sig(x)
F = dict(silu=(silu_d,-1.28), gelu=(gelu_d,-0.75), gelu_tanh=(gt_d,-0.75), mish=(mish_d,-1.19))

def fit(name, a, b, deg, center=None):
    f, guess = F[name]
    x0 = mp.findroot(f, guess)
    x0h = float(x0); x0l = float(x0 - x0h)
    c = center if center is not None else round(float((a+b)/2)*64)/64
    da, db = mp.mpf(a) - c, mp.mpf(b) - c
    def Q(h):
        d = c + h - x0
        return f(x0 + d)/d if abs(d) > mp.mpf(10)**-30 else mp.diff(f, x0)
    poly, err = mp.chebyfit(lambda h: Q(h), [da, db], deg+1, error=True)
    # poly: coefficients highest degree first, in d
    coeffs = [float(c) for c in poly]
    # evaluate in double on many points, measure relative error of f' = d*Q(d)
    worst = 0; worstx = None
    N = 4000
    for i in range(N+1):
        x = a + (b - a)*i/N
        x = float(x)
        d = (x - x0h) - x0l
        h = x - c
        q = coeffs[0]
        for cc in coeffs[1:]:
            q = q*h + cc
        got = d*q
        ex = f(mp.mpf(x))
        rel = abs((got - ex)/ex) if ex != 0 else 0
        if rel > worst: worst, worstx = float(rel), x
    print('center', c); return x0, x0h, x0l, coeffs, float(err), worst/2**-53, worstx

if __name__ == '__main__':
    name, a, b, deg = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    x0, x0h, x0l, coeffs, err, worst, wx = fit(name, a, b, deg, float(sys.argv[5]) if len(sys.argv) > 5 else None)
    print(name, 'x0', mp.nstr(x0, 25), repr(x0h), repr(x0l))
    print('cheb abs err of Q', err, 'worst ulp', worst, 'at', wx)
    for c in coeffs: print(repr(c))
