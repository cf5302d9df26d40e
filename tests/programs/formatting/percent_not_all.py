print('%s' % ('a',))
print('%s' % ('a', 'b'))
