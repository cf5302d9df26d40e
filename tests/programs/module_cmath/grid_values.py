# translated only: thousands of calls, minutes under the heap checker
# Every cmath function on a grid of real and imaginary parts: zeros of
# both signs, subnormals, values around 1, huge values near overflow,
# infinities and NaN.  Prints the repr of both parts or the exception.
import cmath

MAGNITUDES = [0.0, 5e-324, 1e-305, 1e-17, 0.5, 1.0 - 2.0 ** -53, 1.0,
              1.0 + 2.0 ** -52, 2.5, 1e17, 1e305, float('inf')]
PARTS = []
for m in MAGNITUDES:
    PARTS.append(m)
    PARTS.append(-m)
PARTS.append(float('nan'))

FUNCTIONS = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh',
             'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
             'polar', 'rect']

for name in FUNCTIONS:
    f = getattr(cmath, name)
    for re in PARTS:
        row = []
        for im in PARTS:
            try:
                if name == 'rect':
                    w = f(re, im)
                elif name == 'polar':
                    w = complex(*f(complex(re, im)))
                else:
                    w = f(complex(re, im))
                row.append(repr(w.real) + ',' + repr(w.imag))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print(name, repr(re), ' '.join(row))
