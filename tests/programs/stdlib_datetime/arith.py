from datetime import date, datetime, timedelta
def business_days(start, end):
    n = 0
    d = start
    while d < end:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n
print(business_days(date(2024, 1, 1), date(2024, 2, 1)))
def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    import calendar
    last = calendar.monthrange(d.year + y, mo + 1)[1]
    return d.replace(year=d.year + y, month=mo + 1, day=min(d.day, last))
print([str(add_months(date(2024, 1, 31), k)) for k in range(5)])
start = datetime(2024, 3, 10, 8, 0)
slots = [start + i * timedelta(minutes=45) for i in range(5)]
print([s.strftime('%H:%M') for s in slots])
age = date(2024, 6, 1) - date(1990, 7, 15)
print(age.days, age.days // 365)
print(datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1), datetime(2000, 1, 1) - datetime(1999, 12, 31, 12))
import calendar
print(calendar.isleap(2024), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 1), calendar.month_name[3], calendar.day_abbr[0])
print(calendar.month(2024, 2))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))
