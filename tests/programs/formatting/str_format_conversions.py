print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{0!r:>8}|{0!s:<8}|'.format('ab'))
print('{!r}'.format(1.5), '{!a}'.format(['ü', 1]))
print('{x!r}'.format(x=None), '{0!s:^7}'.format(None))
