import csv, io
rows = [['plain', 'with,comma', 'with "quote"', 'new\nline', '', None, 3, 2.5, True]]
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    out = io.StringIO()
    csv.writer(out, quoting=q).writerows(rows)
    print(q, repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n')
w.writerow(['a,b', 'c"d', 'e\\f'])
print(repr(out.getvalue()), w.writerow(['x']))
out = io.StringIO()
w = csv.writer(out, delimiter='\t', quotechar="'", doublequote=False, escapechar='^')
w.writerow(["it's", 'a\tb'])
w.writerow([''])
w.writerow([])
print(repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error:', e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print('Error:', e)
try:
    csv.writer(io.StringIO(), delimiter='::')
except TypeError as e:
    print('TypeError:', e)
csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([''])
