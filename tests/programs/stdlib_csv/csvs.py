import csv, io
text = 'name,age,city\r\nAlice,30,"New York, NY"\r\nBob,25,"He said ""hi"""\r\n"Multi\nLine",40,X\r\n'
rows = list(csv.reader(io.StringIO(text)))
print(rows)
for r in csv.DictReader(io.StringIO(text)):
    print(dict(r))
out = io.StringIO()
w = csv.writer(out)
w.writerow(['a', 'b,c', 'd"e', '', None, 1.5, 'line\nbreak'])
w.writerows([[1, 2], [3]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['x', 'y'], extrasaction='ignore', restval='?')
dw.writeheader(); dw.writerow({'x': 1, 'y': 2, 'z': 3}); dw.writerow({'x': 'only'})
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, delimiter='\t', quoting=csv.QUOTE_ALL, lineterminator='\n')
w.writerow(['p', 2, None])
w2 = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator='\n')
w2.writerow(['s', 3, 4.5])
print(repr(out.getvalue()))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')), list(csv.reader(["a, b, 'c'"], skipinitialspace=True, quotechar="'")))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(['x|y|"z|w"'], dialect='pipes')), 'pipes' in csv.list_dialects())
out = io.StringIO(); csv.writer(out, escapechar='\\', quoting=csv.QUOTE_NONE).writerow(['a,b', 'c']); print(repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('csv.Error', e)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print('csv.Error', e)
sn = csv.Sniffer()
d = sn.sniff('a;b;c\n1;2;3\n4;5;6\n')
print(d.delimiter, sn.has_header('name,age\nbob,3\nann,5\n'))
r = csv.reader(io.StringIO('a,b\nc,d\n'))
next(r); print(r.line_num, next(r), r.line_num)
