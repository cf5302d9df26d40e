# fnmatch translates shell patterns to regular expressions
import fnmatch

names = ['a.py', 'b.txt', 'test_x.py', 'README', 'c.PY', '.hidden']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, 'test_?.py'), fnmatch.filter(names, '[ab].*'))
print(fnmatch.fnmatchcase('c.PY', '*.py'), fnmatch.fnmatchcase('a.py', '*.py'))
print(fnmatch.fnmatch('x.py', '[!a]*'), fnmatch.fnmatch('a.py', '[!a]*'))
print(fnmatch.translate('*.py'), fnmatch.translate('a?[b-d]*'))
