# Every one-argument float function of math on special and ordinary
# values: results (repr shows every bit) or the exception.
import math

INF = float('inf')
NAN = float('nan')
values = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 0.1, 3.0, 10.0,
          -10.0, 100.0, 709.0, 710.0, -745.5, 1e-300, 5e-324, -5e-324,
          1e308, -1e308, 1.7976931348623157e308, INF, -INF, NAN,
          0.7, 1.5, 7.25, 1e16, 3.141592653589793, 1e-8, -1e-8]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos',
         'cosh', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'log1p',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'degrees', 'radians',
         'ulp', 'isfinite', 'isinf', 'isnan', 'log', 'log2', 'log10']
for name in names:
    f = getattr(math, name)
    out = []
    for v in values:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
