# The C _decimal names its type 'decimal.Decimal' in messages; the
# pure-Python _pydecimal that fastpy runs says 'Decimal'.
from decimal import Decimal
try:
    Decimal('1') + 1.5
except TypeError as e:
    print('TypeError', e)
