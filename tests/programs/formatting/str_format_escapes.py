print('{{}}'.format(), '{{{}}}'.format(5), '{{0}}'.format(1))
print('a{{b}}c{}'.format('!'), '}}{{'.format())
print('{{{0}}}'.format('x'), '{0}}}'.format(1), '{{{{'.format())
