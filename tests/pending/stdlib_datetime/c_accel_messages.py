# CPython's _datetime accelerator words these differently from the
# pure-Python datetime.py that fastpy runs (no _datetime module).
from datetime import date, time, datetime, timezone
print(repr(date(2024, 2, 28).isocalendar()))
for bad in [lambda: date(2023, 2, 29), lambda: time(25, 0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
try:
    datetime(2024, 1, 1, tzinfo=timezone.utc) < datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError', e)
