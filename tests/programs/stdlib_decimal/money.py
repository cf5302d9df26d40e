from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_CEILING, localcontext
CENT = Decimal('0.01')
def money(x): return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)
items = [('widget', '19.99', 3), ('gadget', '4.25', 7), ('gizmo', '0.333', 10)]
subtotal = sum(money(p) * q for _, p, q in items)
tax = (subtotal * Decimal('0.0825')).quantize(CENT, rounding=ROUND_HALF_EVEN)
print(subtotal, tax, subtotal + tax, f'{subtotal + tax:>12,}')
def split(total, n):
    base = (total / n).quantize(CENT, rounding='ROUND_DOWN')
    rem = int((total - base * n) / CENT)
    return [base + CENT if i < rem else base for i in range(n)]
parts = split(Decimal('100.00'), 3); print(parts, sum(parts))
print([str(Decimal(v).quantize(Decimal('1'), rounding=r)) for v in ['2.5', '3.5', '-2.5'] for r in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_CEILING)])
with localcontext(prec=50) as ctx:
    print(Decimal(2).sqrt())
rate = Decimal('0.05'); principal = Decimal('1000')
for year in range(1, 4):
    principal = (principal * (1 + rate)).quantize(CENT)
    print(year, principal)
print(Decimal('1.10').compare_total(Decimal('1.1')), Decimal('1.10') == Decimal('1.1'), Decimal('-0.00').quantize(CENT), Decimal('1e-2').quantize(CENT))
