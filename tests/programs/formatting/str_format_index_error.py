print('{0}'.format('only'))
print('{0} {1}'.format('only'))
