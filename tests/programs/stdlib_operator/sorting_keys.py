from operator import itemgetter, attrgetter, methodcaller, mul, add, neg
from functools import reduce
from collections import namedtuple
Student = namedtuple('Student', 'name grade age')
students = [Student('john', 'A', 15), Student('jane', 'B', 12), Student('dave', 'B', 10), Student('amy', 'A', 12)]
print(sorted(students, key=attrgetter('grade', 'age')))
print(sorted(students, key=itemgetter(2), reverse=True)[0].name)
print([s.name for s in sorted(sorted(students, key=attrgetter('age')), key=attrgetter('grade'), reverse=True)])
print(list(map(methodcaller('title'), ['a b', 'c d'])), list(map(itemgetter(0), ['xy', 'zw'])))
print(reduce(mul, [1, 2, 3, 4]), reduce(add, ['a', 'b', 'c']), list(map(neg, [1, -2])))
print(max(students, key=attrgetter('age')).name, min(enumerate('zebra'), key=itemgetter(1)))
inventory = {'apple': 3, 'banana': 0, 'pear': 7}
print(sorted(inventory.items(), key=itemgetter(1)), dict(sorted(inventory.items())))
g = itemgetter(*'ac'); print(g({'a': 1, 'b': 2, 'c': 3}))
import operator
ops = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '**': operator.pow}
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop(); st.append(ops[tok](a, b))
        else:
            st.append(float(tok))
    return st[0]
print(rpn('3 4 + 2 *'), rpn('2 3 ** 1 -'), rpn('1 2 /'))
