class Neg:
    def __len__(self):
        return -1

class Str:
    def __len__(self):
        return "3"

class Big:
    def __len__(self):
        return 2 ** 100

class Good:
    def __len__(self):
        return 7

print(len(Good()))
for cls in [Neg, Str, Big]:
    try:
        len(cls())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(object())
except TypeError as e:
    print(e)
