from datetime import date, datetime, time, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.toordinal(), d.replace(day=1), d.strftime('%A %d %B %Y %j'))
print(date.fromisoformat('2023-12-31'), date.fromordinal(738000), date(2024, 3, 1) - d, d < date(2025, 1, 1), date.min, date.max, d.timetuple()[:6])
dt = datetime(2024, 1, 15, 13, 45, 30, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=' ', timespec='seconds'), dt.date(), dt.time(), dt.strftime('%Y-%m-%d %H:%M:%S.%f %p %I %y %b %a'))
print(datetime.fromisoformat('2024-01-15T13:45:30+02:00'), datetime.strptime('03/07/21 10:05', '%m/%d/%y %H:%M'), datetime.combine(d, time(8, 30)))
td = timedelta(days=1, hours=25, minutes=-30, seconds=3.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=5), str(timedelta(microseconds=-1)))
print(timedelta(weeks=1) == timedelta(days=7), timedelta(0) < td, max(timedelta(1), timedelta(hours=30)), timedelta.max, timedelta.resolution)
utc = timezone.utc
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
est = timezone(timedelta(hours=-5), 'EST')
print(aware, aware.astimezone(est), aware.utcoffset(), est.tzname(None), aware.tzname(), aware.timestamp(), datetime.fromtimestamp(0, tz=utc), aware == aware.astimezone(est))
print(timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(hours=1))), repr(utc))
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError')
for bad in [lambda: datetime.strptime('x', '%Y'), lambda: date.fromisoformat('2023/01/01')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
t = time(23, 59, 59, 999999)
print(t, t.isoformat(timespec='milliseconds'), t.replace(hour=1), time.fromisoformat('10:20:30.5'), time() < t, bool(time()))
print(f'{dt:%Y/%m/%d}', format(d, '%d.%m.%Y'), '{:%H:%M}'.format(dt), dt.ctime(), d.ctime())
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 1), datetime(2024, 1, 1, 23)]), hash(dt) == hash(datetime(2024, 1, 15, 13, 45, 30, 123456)))
class MyDate(date):
    def label(self): return 'D:' + self.isoformat()
md = MyDate(2020, 5, 17)
print(md.label(), type(md + timedelta(1)).__name__, MyDate.today().__class__.__name__)
print(dt.replace(tzinfo=utc).isoformat(), datetime(2024, 1, 1, tzinfo=est).utctimetuple()[:5])
