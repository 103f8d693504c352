# Fits the rational approximation behind ActivationMath.NormalCdf(float) (and so the float gelu):
# r(a) = Phi(-a)·e^(a²/2) ≈ P(a)/Q(a) on [0, 15], degrees 5 and 6, by iteratively reweighted linear
# least squares on Chebyshev nodes (relative error), with mpmath at 50 digits. Prints the coefficients
# as doubles and the maximum relative error of the tail P/Q·e^(−a²/2) evaluated in double
# (1.1e-10, far below a float's 6e-8). Usage: python3 fit_normal_tail_single.py
import mpmath as mp
mp.mp.dps = 50
def f(a):  # r(a) = Phi(-a) * exp(a^2/2)
    return mp.ncdf(-a) * mp.exp(a*a/2)
A, B = mp.mpf(0), mp.mpf(15)
def fit(m, n, N=400, iters=12, var='a'):
    # Chebyshev nodes in [A,B]
    xs = [ (A+B)/2 + (B-A)/2*mp.cos(mp.pi*(2*i+1)/(2*N)) for i in range(N)]
    fs = [f(x) for x in xs]
    qprev = [mp.mpf(1)]*N
    for it in range(iters):
        # unknowns: p0..pm, q1..qn ; minimize sum w (p(x) - f q(x))^2, w = 1/(f qprev)^2
        rows=[]; rhs=[]
        for x, fx, qp in zip(xs, fs, qprev):
            w = 1/(fx*qp)
            row = [w*x**j for j in range(m+1)] + [-w*fx*x**j for j in range(1, n+1)]
            rows.append(row); rhs.append(w*fx)
        M = mp.matrix(rows); R = mp.matrix(rhs)
        sol = mp.qr_solve(M, R)[0]
        p = [sol[j] for j in range(m+1)]; q = [mp.mpf(1)] + [sol[m+j] for j in range(1, n+1)]
        qprev = [sum(q[j]*x**j for j in range(n+1)) for x in xs]
    return p, q
def maxerr(p, q, K=3000):
    worst = 0; wx = 0
    for i in range(K+1):
        x = A + (B-A)*i/K
        v = sum(c*x**j for j,c in enumerate(p)) / sum(c*x**j for j,c in enumerate(q))
        e = abs(v/f(x) - 1)
        if e > worst: worst, wx = e, x
    return worst, wx
import sys
for (m,n) in []:  # other degrees: (6,7) gives 1.5e-12, (7,8) 1.9e-14
    p,q = fit(m,n)
    # check q has no roots in [A,B]: min q
    qmin = min(sum(c*(A+(B-A)*i/500)**j for j,c in enumerate(q)) for i in range(501))
    print(m,n, 'maxrel', mp.nstr(maxerr(p,q)[0],5), 'qmin', mp.nstr(qmin,5))
    sys.stdout.flush()

p,q = fit(5,6)
pd=[float(c) for c in p]; qd=[float(c) for c in q]
print('P', [repr(c) for c in pd]); print('Q', [repr(c) for c in qd])
import math
def horner(c, x):
    r = c[-1]
    for v in reversed(c[:-1]): r = r*x + v
    return r
worst=0; wx=None
import random
random.seed(1)
pts=[i*15/20000 for i in range(20000)]+[random.uniform(0,15) for _ in range(20000)]
for a in pts:
    approx = horner(pd,a)/horner(qd,a)*math.exp(-0.5*a*a)
    ex = float(mp.ncdf(-a))
    e = abs(approx/ex-1)
    if e>worst: worst,wx=e,a
print('double-eval max rel err (tail)', worst, 'at', wx)
