import decimal
from decimal import Decimal, Context, localcontext, getcontext, setcontext
c = Context(prec=6, rounding=decimal.ROUND_DOWN)
print(c.divide(Decimal(2), Decimal(3)), c.prec)
with localcontext(c):
    print(Decimal(1) / Decimal(3), getcontext().rounding)
print(Decimal(1) / Decimal(3))
getcontext().traps[decimal.DivisionByZero] = False
print(Decimal(1) / Decimal(0))
getcontext().traps[decimal.DivisionByZero] = True
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print(type(e).__name__)
setcontext(Context(prec=3))
print(Decimal('1.23456') + 0, getcontext().prec)
print(sum(Decimal('0.1') for _ in range(10)), Decimal('1.5').to_integral_value())
