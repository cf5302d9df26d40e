import string
f = string.Formatter()
print(f.format('{0} {x!r:>5} {y[1]} {z.real}', 1, x='a', y=[0, 9], z=3))
print(list(f.parse('a{0}b{1:x}c')))
print(f.get_field('0.real', (5,), {}))
print(string.Template('$who likes $what').substitute(who='tim', what='pie'))
print(string.capwords(' hello   world '))
try:
    f.format('{0!x}', 1)
except ValueError as e:
    print(e)
