import fnmatch
names = ['main.py', 'test_main.py', 'README.md', 'setup.cfg', 'data.JSON', 'a1.txt', 'ab.txt', '[x].py']
for pat in ['*.py', 'test_*', '*.[mc]*', '?1.txt', 'a[!1].txt', '*.json', '[[]x].py', '*']:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch('DATA.json', '*.JSON'), fnmatch.fnmatchcase('DATA.json', '*.JSON'), fnmatch.fnmatchcase('a.b', 'a?b'))
print(fnmatch.translate('*.py'), fnmatch.translate('a[!b-d]?'), fnmatch.translate('[]]'), fnmatch.translate('x[a'))
import re
print(bool(re.match(fnmatch.translate('**/*.c'), 'src/x.c')))
