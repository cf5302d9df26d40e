# string.Template is built on a regular expression with named groups
from string import Template

t = Template('$who likes ${what}; $$ is a dollar')
print(t.substitute(who='tim', what='kung pao'))
print(t.safe_substitute(who='ann'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    Template('$ bad').substitute()
except ValueError as e:
    print('ValueError', e)
print(Template('$a$b').substitute({'a': 1, 'b': 2}))
print(t.get_identifiers(), t.is_valid())
class MyT(Template):
    delimiter = '%'
print(MyT('%x and %{y}').substitute(x=1, y=2))
