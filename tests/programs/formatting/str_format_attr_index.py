data = [10, 20, [30, 40]]
print('{0[0]} {0[2][1]} {0[1]}'.format(data))
print('{d[key]} {d[k2][0]}'.format(d={'key': 'v', 'k2': 'w'}))
print('{0[1]}'.format({1: 'int key', '1': 'str key'}))
print('{0[a]}'.format({'a': 'letter'}))
print('{0.real} {0.imag}'.format(5))
print('{x.real:>5}|'.format(x=3))
print('{[0]}{[1]}'.format('ab', 'cd'))
print('{0[0][0]}'.format(['xyz']))
