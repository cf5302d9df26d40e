# translated only: thousands of calls, minutes under the heap checker
# The one-argument functions of math on generated arguments: special
# values, subnormals, a sweep of powers of ten, small fractions, and the
# points where gamma and lgamma have poles or lose precision.  Prints the
# repr of each result or the exception's name.
import math

ARGS = [0.0, -0.0, float('inf'), float('-inf'), float('nan'), 5e-324,
        -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        1.0 - 2.0 ** -53, 1.0 + 2.0 ** -52, -1.0 + 2.0 ** -53,
        -1.0 - 2.0 ** -52]
for e in range(-320, 309, 11):
    ARGS.append(float('1e%d' % e))
    ARGS.append(-float('1e%d' % e))
for k in range(-48, 49):
    ARGS.append(k / 8.0)
for n in [1, 2, 3, 10, 100, 170, 171, 172]:
    ARGS.append(-n + 1e-9)
    ARGS.append(-n - 1e-9)
    ARGS.append(-n + 0.5)
for x in [709.78, 710.0, -745.2, 26.5, 27.5, -26.5, 171.62, 171.63]:
    ARGS.append(x)

FUNCTIONS = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt',
             'ceil', 'cos', 'cosh', 'degrees', 'erf', 'erfc', 'exp', 'exp2',
             'expm1', 'fabs', 'floor', 'gamma', 'lgamma', 'log', 'log10',
             'log1p', 'log2', 'radians', 'sin', 'sinh', 'sqrt', 'tan',
             'tanh', 'trunc']

for name in FUNCTIONS:
    f = getattr(math, name)
    row = []
    for a in ARGS:
        try:
            row.append(repr(f(a)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(name, ' '.join(row))
