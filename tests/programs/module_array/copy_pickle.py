# copy.copy, copy.deepcopy, __reduce_ex__ and pickle round trips
import copy
import pickle
from array import array


class Sub(array):
    pass


a = array('i', [1, 2, 3])
b = copy.copy(a)
c = copy.deepcopy(a)
print(b, c, b is a, c is a, b == a)
b.append(4)
print(a, b)
print(a.__copy__(), a.__deepcopy__({}))
print(a.__reduce_ex__(2))
print(array('u', 'ab').__reduce_ex__(0))
s = Sub('d', [1.5])
s.note = 'kept'
print(s.__reduce_ex__(1))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for x in [a, array('d', [1.5, -2.0]), array('u', 'xyz'),
              array('Q', [2 ** 64 - 1]), array('b')]:
        y = pickle.loads(pickle.dumps(x, proto))
        print(proto, y, y == x, y.typecode)
    y = pickle.loads(pickle.dumps(s, proto))
    print(type(y).__name__, y, y.note)
print(copy.deepcopy([a, a])[0] is not a)
