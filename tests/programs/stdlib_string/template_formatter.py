import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('hello   wORLD  foo'), string.capwords('a-b-c', '-'))
t = string.Template('$who likes $what; ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'x'}, what='y'))
print(t.safe_substitute(who='bob'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('$1bad').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.Template('$a $b').get_identifiers(), string.Template('ok $x').is_valid(), string.Template('$ 1').is_valid())
class Pct(string.Template):
    delimiter = '%'
    idpattern = r'[a-z]+'
print(Pct('%name is %age%%').safe_substitute(name='Al'))
f = string.Formatter()
print(f.format('{0} {name} {1:>5} {x[1]} {o.real}', 'a', 'b', name='n', x=[0, 9], o=3))
print(list(f.parse('a {0!r:>3} b {{c}} {d.e[f]}')))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{a} {b:^7} {0}', 'zero', a='x'))
print(f.vformat('{} {}', ('p', 'q'), {}), f.convert_field('x', 'r'))
try:
    f.format('{0} {}', 1, 2)
except ValueError as e:
    print('ValueError', e)
