"""The __doc__ of every function of math and cmath, as CPython 3.11 has
them (the signature line of each is its __text_signature__)."""

MATH_DOCS = {
    'acos': (
        'Return the arc cosine (measured in radians) of x.\n'
        '\n'
        'The result is between 0 and pi.'
    ),
    'acosh': (
        'Return the inverse hyperbolic cosine of x.'
    ),
    'asin': (
        'Return the arc sine (measured in radians) of x.\n'
        '\n'
        'The result is between -pi/2 and pi/2.'
    ),
    'asinh': (
        'Return the inverse hyperbolic sine of x.'
    ),
    'atan': (
        'Return the arc tangent (measured in radians) of x.\n'
        '\n'
        'The result is between -pi/2 and pi/2.'
    ),
    'atan2': (
        'Return the arc tangent (measured in radians) of y/x.\n'
        '\n'
        'Unlike atan(y/x), the signs of both x and y are considered.'
    ),
    'atanh': (
        'Return the inverse hyperbolic tangent of x.'
    ),
    'cbrt': (
        'Return the cube root of x.'
    ),
    'ceil': (
        'Return the ceiling of x as an Integral.\n'
        '\n'
        'This is the smallest integer >= x.'
    ),
    'comb': (
        'Number of ways to choose k items from n items without '
        'repetition and without order.\n'
        '\n'
        'Evaluates to n! / (k! * (n - k)!) when k <= n and evaluates\n'
        'to zero when k > n.\n'
        '\n'
        'Also called the binomial coefficient because it is equivalent\n'
        'to the coefficient of k-th term in polynomial expansion of the\n'
        'expression (1 + x)**n.\n'
        '\n'
        'Raises TypeError if either of the arguments are not integers.\n'
        'Raises ValueError if either of the arguments are negative.'
    ),
    'copysign': (
        'Return a float with the magnitude (absolute value) of x '
        'but the sign of y.\n'
        '\n'
        'On platforms that support signed zeros, copysign(1.0, -0.0)\n'
        'returns -1.0.\n'
    ),
    'cos': (
        'Return the cosine of x (measured in radians).'
    ),
    'cosh': (
        'Return the hyperbolic cosine of x.'
    ),
    'degrees': (
        'Convert angle x from radians to degrees.'
    ),
    'dist': (
        'Return the Euclidean distance between two points p and q.\n'
        '\n'
        'The points should be specified as sequences (or iterables) of\n'
        'coordinates.  Both inputs must have the same dimension.\n'
        '\n'
        'Roughly equivalent to:\n'
        '    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))'
    ),
    'erf': (
        'Error function at x.'
    ),
    'erfc': (
        'Complementary error function at x.'
    ),
    'exp': (
        'Return e raised to the power of x.'
    ),
    'exp2': (
        'Return 2 raised to the power of x.'
    ),
    'expm1': (
        'Return exp(x)-1.\n'
        '\n'
        'This function avoids the loss of precision involved in '
        'the direct evaluation of exp(x)-1 for small x.'
    ),
    'fabs': (
        'Return the absolute value of the float x.'
    ),
    'factorial': (
        'Find n!.\n'
        '\n'
        'Raise a ValueError if x is negative or non-integral.'
    ),
    'floor': (
        'Return the floor of x as an Integral.\n'
        '\n'
        'This is the largest integer <= x.'
    ),
    'fmod': (
        'Return fmod(x, y), according to platform C.\n'
        '\n'
        'x % y may differ.'
    ),
    'frexp': (
        'Return the mantissa and exponent of x, as pair (m, e).\n'
        '\n'
        'm is a float and e is an int, such that x = m * 2.**e.\n'
        'If x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.'
    ),
    'fsum': (
        'Return an accurate floating point sum of values in the '
        'iterable seq.\n'
        '\n'
        'Assumes IEEE-754 floating point arithmetic.'
    ),
    'gamma': (
        'Gamma function at x.'
    ),
    'gcd': (
        'Greatest Common Divisor.'
    ),
    'hypot': (
        'hypot(*coordinates) -> value\n'
        '\n'
        'Multidimensional Euclidean distance from the origin to a '
        'point.\n'
        '\n'
        'Roughly equivalent to:\n'
        '    sqrt(sum(x**2 for x in coordinates))\n'
        '\n'
        'For a two dimensional point (x, y), gives the hypotenuse\n'
        'using the Pythagorean theorem:  sqrt(x*x + y*y).\n'
        '\n'
        'For example, the hypotenuse of a 3/4/5 right triangle is:\n'
        '\n'
        '    >>> hypot(3.0, 4.0)\n'
        '    5.0\n'
    ),
    'isclose': (
        'Determine whether two floating point numbers are close in '
        'value.\n'
        '\n'
        '  rel_tol\n'
        '    maximum difference for being considered "close", '
        'relative to the\n'
        '    magnitude of the input values\n'
        '  abs_tol\n'
        '    maximum difference for being considered "close", '
        'regardless of the\n'
        '    magnitude of the input values\n'
        '\n'
        'Return True if a is close in value to b, and False otherwise.\n'
        '\n'
        'For the values to be considered close, the difference '
        'between them\n'
        'must be smaller than at least one of the tolerances.\n'
        '\n'
        '-inf, inf and NaN behave similarly to the IEEE 754 '
        'Standard.  That\n'
        'is, NaN is not close to anything, even itself.  inf and '
        '-inf are\n'
        'only close to themselves.'
    ),
    'isfinite': (
        'Return True if x is neither an infinity nor a NaN, and '
        'False otherwise.'
    ),
    'isinf': (
        'Return True if x is a positive or negative infinity, and '
        'False otherwise.'
    ),
    'isnan': (
        'Return True if x is a NaN (not a number), and False otherwise.'
    ),
    'isqrt': (
        'Return the integer part of the square root of the input.'
    ),
    'lcm': (
        'Least Common Multiple.'
    ),
    'ldexp': (
        'Return x * (2**i).\n'
        '\n'
        'This is essentially the inverse of frexp().'
    ),
    'lgamma': (
        'Natural logarithm of absolute value of Gamma function at x.'
    ),
    'log': (
        'log(x, [base=math.e])\n'
        'Return the logarithm of x to the given base.\n'
        '\n'
        'If the base not specified, returns the natural logarithm '
        '(base e) of x.'
    ),
    'log10': (
        'Return the base 10 logarithm of x.'
    ),
    'log1p': (
        'Return the natural logarithm of 1+x (base e).\n'
        '\n'
        'The result is computed in a way which is accurate for x '
        'near zero.'
    ),
    'log2': (
        'Return the base 2 logarithm of x.'
    ),
    'modf': (
        'Return the fractional and integer parts of x.\n'
        '\n'
        'Both results carry the sign of x and are floats.'
    ),
    'nextafter': (
        'Return the next floating-point value after x towards y.'
    ),
    'perm': (
        'Number of ways to choose k items from n items without '
        'repetition and with order.\n'
        '\n'
        'Evaluates to n! / (n - k)! when k <= n and evaluates\n'
        'to zero when k > n.\n'
        '\n'
        'If k is not specified or is None, then k defaults to n\n'
        'and the function returns n!.\n'
        '\n'
        'Raises TypeError if either of the arguments are not integers.\n'
        'Raises ValueError if either of the arguments are negative.'
    ),
    'pow': (
        'Return x**y (x to the power of y).'
    ),
    'prod': (
        'Calculate the product of all the elements in the input '
        'iterable.\n'
        '\n'
        'The default start value for the product is 1.\n'
        '\n'
        'When the iterable is empty, return the start value.  This '
        'function is\n'
        'intended specifically for use with numeric values and may '
        'reject\n'
        'non-numeric types.'
    ),
    'radians': (
        'Convert angle x from degrees to radians.'
    ),
    'remainder': (
        'Difference between x and the closest integer multiple of y.\n'
        '\n'
        'Return x - n*y where n*y is the closest integer multiple of y.\n'
        'In the case where x is exactly halfway between two '
        'multiples of\n'
        'y, the nearest even value of n is used. The result is '
        'always exact.'
    ),
    'sin': (
        'Return the sine of x (measured in radians).'
    ),
    'sinh': (
        'Return the hyperbolic sine of x.'
    ),
    'sqrt': (
        'Return the square root of x.'
    ),
    'tan': (
        'Return the tangent of x (measured in radians).'
    ),
    'tanh': (
        'Return the hyperbolic tangent of x.'
    ),
    'trunc': (
        'Truncates the Real x to the nearest Integral toward 0.\n'
        '\n'
        'Uses the __trunc__ magic method.'
    ),
    'ulp': (
        'Return the value of the least significant bit of the float x.'
    ),
}

CMATH_DOCS = {
    'acos': (
        'Return the arc cosine of z.'
    ),
    'acosh': (
        'Return the inverse hyperbolic cosine of z.'
    ),
    'asin': (
        'Return the arc sine of z.'
    ),
    'asinh': (
        'Return the inverse hyperbolic sine of z.'
    ),
    'atan': (
        'Return the arc tangent of z.'
    ),
    'atanh': (
        'Return the inverse hyperbolic tangent of z.'
    ),
    'cos': (
        'Return the cosine of z.'
    ),
    'cosh': (
        'Return the hyperbolic cosine of z.'
    ),
    'exp': (
        'Return the exponential value e**z.'
    ),
    'isclose': (
        'Determine whether two complex numbers are close in value.\n'
        '\n'
        '  rel_tol\n'
        '    maximum difference for being considered "close", '
        'relative to the\n'
        '    magnitude of the input values\n'
        '  abs_tol\n'
        '    maximum difference for being considered "close", '
        'regardless of the\n'
        '    magnitude of the input values\n'
        '\n'
        'Return True if a is close in value to b, and False otherwise.\n'
        '\n'
        'For the values to be considered close, the difference '
        'between them must be\n'
        'smaller than at least one of the tolerances.\n'
        '\n'
        '-inf, inf and NaN behave similarly to the IEEE 754 '
        'Standard. That is, NaN is\n'
        'not close to anything, even itself. inf and -inf are only '
        'close to themselves.'
    ),
    'isfinite': (
        'Return True if both the real and imaginary parts of z are '
        'finite, else False.'
    ),
    'isinf': (
        'Checks if the real or imaginary part of z is infinite.'
    ),
    'isnan': (
        'Checks if the real or imaginary part of z not a number (NaN).'
    ),
    'log': (
        'log(z[, base]) -> the logarithm of z to the given base.\n'
        '\n'
        'If the base is not specified, returns the natural '
        'logarithm (base e) of z.'
    ),
    'log10': (
        'Return the base-10 logarithm of z.'
    ),
    'phase': (
        'Return argument, also known as the phase angle, of a complex.'
    ),
    'polar': (
        'Convert a complex from rectangular coordinates to polar '
        'coordinates.\n'
        '\n'
        'r is the distance from 0 and phi the phase angle.'
    ),
    'rect': (
        'Convert from polar coordinates to rectangular coordinates.'
    ),
    'sin': (
        'Return the sine of z.'
    ),
    'sinh': (
        'Return the hyperbolic sine of z.'
    ),
    'sqrt': (
        'Return the square root of z.'
    ),
    'tan': (
        'Return the tangent of z.'
    ),
    'tanh': (
        'Return the hyperbolic tangent of z.'
    ),
}
