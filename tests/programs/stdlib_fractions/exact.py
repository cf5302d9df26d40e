from fractions import Fraction as F
def harmonic(n): return sum(F(1, k) for k in range(1, n + 1))
print(harmonic(10), float(harmonic(10)))
def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(F(1, d)); fr -= F(1, d)
    return out
print(egyptian(F(7, 15)), sum(egyptian(F(7, 15))))
def cont_frac(x, n):
    terms = []
    for _ in range(n):
        i = x.numerator // x.denominator; terms.append(i); x -= i
        if x == 0: break
        x = 1 / x
    return terms
print(cont_frac(F(415, 93), 10), cont_frac(F(3.14159), 5))
probs = [F(1, 6)] * 6
print(sum(probs), sum(p * v for p, v in zip(probs, range(1, 7))), F(1, 3) * 3 == 1, 0.1 * 3 == 0.3, F('0.1') * 3 == F('0.3'))
m = [[F(2), F(1)], [F(1), F(3)]]
det = m[0][0] * m[1][1] - m[0][1] * m[1][0]
inv = [[m[1][1] / det, -m[0][1] / det], [-m[1][0] / det, m[0][0] / det]]
print(det, inv, f'{F(1, 3):.5f}' if hasattr(F, '__format__') and F.__format__ is not object.__format__ else format(float(F(1, 3)), '.5f'))
