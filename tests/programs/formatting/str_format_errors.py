tests = ['{', '}', 'a{', 'a}b', '{0', '{0!', '{0!x}', '{0!rr}', '{0:',
         '{!}', '{0[}', '{0[0]x}', '{0.}', '{0[]}', '{a{b}', '{0}{}',
         '{}{0}', '{5}', '{:{:{:}}}', '{0:{1:{2}}}']
for t in tests:
    try:
        print(repr(t), '->', repr(t.format(1, 2, 3)))
    except ValueError as e:
        print(repr(t), 'ValueError:', e)
    except IndexError as e:
        print(repr(t), 'IndexError:', e)
    except KeyError as e:
        print(repr(t), 'KeyError:', e)
    except TypeError as e:
        print(repr(t), 'TypeError:', e)
for t in ['{0!r', '{0!', '{0', '{0:', '{0:{', '{0[}]}', '{0!r:>{1}', '{0:}}', '{0!rx}', '{0}{', '{0:{1}}}', '{!r}', '{0!r:^{1}}|{1:{1}}']:
    try:
        print(repr(t), repr(t.format({'}':'br'}, 5)))
    except ValueError as e:
        print(repr(t), 'ValueError', e)
    except TypeError as e:
        print(repr(t), 'TypeError', e)
