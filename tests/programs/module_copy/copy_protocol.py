# copy.copy / copy.deepcopy of deques, defaultdicts and user objects go
# through __reduce_ex__ (object.__reduce_ex__ with copyreg.__newobj__)
import copy
from collections import defaultdict, deque
class P:
    def __init__(self):
        self.items = [1, [2]]
p = copy.deepcopy(P())
print(type(p).__name__, p.items)
print(copy.deepcopy(defaultdict(list, {1: [2]})))
print(copy.copy(deque([1, 2], 4)), copy.deepcopy(deque([[1]])))
