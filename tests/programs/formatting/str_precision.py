words = ['', 'a', 'abc', 'hello world', 'δέλτα']
for w in words:
    for s in ['.0', '.1', '.3', '.5s', '8.2', '<8.3', '>8.3', '^8.4',
              '*^10.6', '.100']:
        print(repr(s), repr(format(w, s)))
