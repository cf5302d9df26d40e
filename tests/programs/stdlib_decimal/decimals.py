from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero, Context
import decimal
print(Decimal('0.1') + Decimal('0.2'), Decimal(0.1), Decimal(10), Decimal('1.30') * 2, Decimal('-0'), Decimal('1e3'), Decimal('NaN'), Decimal('-Infinity'))
print(Decimal(1) / Decimal(7), Decimal('10') // 3, Decimal('-7') % 3, Decimal(-7) // 3, Decimal(2) ** 10, Decimal(2).sqrt(), Decimal('2.5').quantize(Decimal('1')), Decimal('3.5').quantize(Decimal('1')))
print(Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('2.679').quantize(Decimal('0.01'), rounding=ROUND_DOWN), round(Decimal('2.5')), round(Decimal('1.2345'), 2))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), +Decimal('3.14159265'))
print(getcontext().prec, Decimal('1.200').normalize(), Decimal('123.456').as_tuple(), Decimal('1.5').as_integer_ratio())
print(Decimal('3.14') < Decimal('3.15'), Decimal('1.0') == Decimal('1'), Decimal(1) == 1, Decimal('0.5') == 0.5, hash(Decimal('1.0')) == hash(1), max(Decimal('1'), Decimal('2.5')))
print(str(Decimal('1E+2')), repr(Decimal('1.5')), float(Decimal('1.5')), int(Decimal('-3.9')), f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):%}", format(Decimal('1e-10'), 'f'))
print(Decimal('12.345').to_integral_value(), Decimal('-1.5').copy_abs(), Decimal('1.5').is_signed(), Decimal('NaN').is_nan(), Decimal('inf').is_infinite(), Decimal(5).exp().quantize(Decimal('0.0001')), Decimal(100).ln().quantize(Decimal('0.0001')), Decimal(1000).log10())
print(Decimal('7').compare(Decimal('3')), Decimal('1.23').adjusted(), Decimal('1.23').scaleb(2), Decimal('5').fma(2, 3), Decimal('-0').is_zero(), Decimal.from_float(0.25))
for bad in [lambda: Decimal('abc'), lambda: Decimal(1) / Decimal(0), lambda: Decimal(0) / Decimal(0), lambda: Decimal('nan') < 1]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__, [c.__name__ for c in type(e).__mro__][:3] if False else '')
c = Context(prec=3, rounding=ROUND_HALF_UP)
print(c.add(Decimal('1.234'), Decimal('2.345')), c.divide(1, 8), c.create_decimal('3.14159'))
print(sum([Decimal('0.1')] * 10), sorted([Decimal('2'), Decimal('-1'), Decimal('0.5')]), Decimal('1') + 1, 2 * Decimal('1.5'))
