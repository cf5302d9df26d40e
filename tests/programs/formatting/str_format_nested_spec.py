for w in range(3, 8):
    print('[{:>{}}]'.format('ab', w), '[{0:{1}.{2}f}]'.format(3.14159, w, 2))
print('{:{}{}{}}'.format(42, '*', '^', 9))
print('{0:{fill}{align}{width}}'.format('x', fill='-', align='>', width=4))
print('{:{}}'.format(1.5, ''))
print('{0:{1}}'.format(255, 'x'), '{:{}}'.format(255, '#o'))
