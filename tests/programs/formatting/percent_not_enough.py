print('%s %s' % ('a', 'b'))
print('%s %s %s' % ('a', 'b'))
