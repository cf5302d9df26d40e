import csv, io
text = 'a,b,c\r\n1,"two, 2","th""ree"\r\n\r\n"multi\nline",x,\r\n'
r = csv.reader(io.StringIO(text, newline=''))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(["'a'|'b''c'"], delimiter='|', quotechar="'")))
print(list(csv.reader(['a\\"b,c'], escapechar='\\', quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['"a"b,c'], doublequote=False)))
print(list(csv.reader(['x,  y, "z"'], skipinitialspace=True)))
print(list(csv.reader(['1,2.5,"s"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\tb'], dialect='excel-tab')), list(csv.reader(['a,b'], 'unix')))
d = csv.get_dialect('excel')
print(d.delimiter, repr(d.lineterminator), d.quoting, d.doublequote, d.escapechar)
print(sorted(csv.list_dialects()))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print('Error:', e)
list(csv.reader(['"unterminated'], strict=True))
