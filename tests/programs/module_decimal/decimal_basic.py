import decimal
from decimal import Decimal, getcontext, localcontext
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7))
getcontext().prec = 5
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 10
    print(Decimal(2).sqrt())
print(Decimal(2).sqrt(), Decimal('3.14159').quantize(Decimal('0.01')))
print(repr(Decimal('-0.0e5')), Decimal(0.1))
