from fractions import Fraction
from decimal import Decimal
import math
print(Fraction(16, -10), Fraction(123), Fraction(), Fraction('3/7'), Fraction(' -3/7 '), Fraction('1.414213'), Fraction('-.125'), Fraction('7e-6'))
print(Fraction(2.25), Fraction(1.1), Fraction(Decimal('1.1')), Fraction(1.1).limit_denominator(), Fraction(math.pi).limit_denominator(1000))
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, a ** -2, 4 ** Fraction(1, 2), Fraction(4, 9) ** Fraction(1, 2))
print(a + 1, 1 - a, a * 2.0, a == Fraction(2, 6), a < b, a > 0.3, a == 1 / 3, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3, 1)) == hash(3))
print(a.numerator, a.denominator, a.as_integer_ratio(), float(a), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)))
print(repr(a), str(a), f'{float(a):.4f}', Fraction(3, 1).is_integer() if hasattr(Fraction, 'is_integer') else 'n/a')
print(sum([Fraction(1, n) for n in range(1, 11)]), Fraction(10, 4) > Fraction(9, 4), sorted([Fraction(1, 2), Fraction(1, 3), 0.4]))
for bad in ['1/0', 'abc', '1/-2']:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
print(Fraction(1, 3) + Fraction(2, 3) == 1, isinstance(Fraction(1), __import__('numbers').Rational), divmod(Fraction(7, 2), 2), complex(Fraction(1, 2)) == 0.5)
print(Fraction.from_float(0.5), Fraction.from_decimal(Decimal('-0.25')))
class MyFrac(Fraction): pass
print(type(MyFrac(1, 2) + 1).__name__, MyFrac(3, 4))
