# TextIOWrapper encodings and error handlers
import posix
p = '/tmp/fastpy_io_test_text_encodings'
text = 'h\xe9llo \u20ac \U0001f600 end\n'
for enc in ['utf-8', 'UTF-8', 'utf8', 'latin-1', 'ascii']:
    for errors in [None, 'strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            with open(p, 'w', encoding=enc, errors=errors) as f:
                print(enc, errors, f.encoding, f.errors, f.write(text))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError', e)
            continue
        with open(p, 'rb') as f:
            print(f.read())
with open(p, 'wb') as f:
    f.write(b'ok \xff\xfe bad \xe2\x82 end \xed\xa0\x80\n')
for enc in ['utf-8', 'latin-1', 'ascii']:
    for errors in ['strict', 'replace', 'ignore', 'surrogateescape',
                   'backslashreplace']:
        try:
            with open(p, encoding=enc, errors=errors) as f:
                print(enc, errors, ascii(f.read()))
        except UnicodeDecodeError as e:
            print(enc, errors, 'UnicodeDecodeError', e)
with open(p, 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write('a\udcff\udc80b')
with open(p, 'rb') as f:
    print(f.read())
# multi-byte characters across the chunk boundary
with open(p, 'w', encoding='utf-8') as f:
    f.write('a' * 8191 + '\u20ac' * 5 + '\n' + '\xe9' * 9000)
with open(p, encoding='utf-8') as f:
    s = f.read()
    print(len(s), s[8190:8197] == 'a' + '\u20ac' * 5 + '\n')
with open(p, encoding='utf-8') as f:
    print([len(line) for line in f])
with open(p, encoding='locale') as f:
    print(f.encoding, len(f.read(10)))
try:
    open(p, encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
posix.remove(p)
