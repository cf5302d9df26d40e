import csv, io
data = 'name,age\r\nann,30\r\n"bob, jr",41\r\n'
for row in csv.DictReader(io.StringIO(data)):
    print(row)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['a', 'b'], extrasaction='ignore')
w.writeheader(); w.writerow({'a': 1, 'b': 'x,y', 'c': 3}); w.writerows([{'a': None}])
print(repr(out.getvalue()))
try: csv.DictWriter(io.StringIO(), ['a']).writerow({'z': 1})
except ValueError as e: print(e)
s = csv.Sniffer()
d = s.sniff('a;b;c\n1;2;3\n4;5;6\n')
print(d.delimiter, repr(d.quotechar), s.has_header('name;age\nann;30\nbob;41\n'))
class My(csv.Dialect):
    delimiter = '|'; quotechar = "'"; lineterminator = '\n'; quoting = csv.QUOTE_MINIMAL; escapechar = '\\'
csv.register_dialect('my', My)
out = io.StringIO(); csv.writer(out, 'my').writerow(["x|y", "z'"]); print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO("'x|y'|z\n"), dialect='my')))
print(sorted(csv.list_dialects()))
try: csv.reader(io.StringIO(''), dialect='nope')
except csv.Error as e: print('Error', e)
