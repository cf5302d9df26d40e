# pairwise when the underlying iterator calls the pairwise object again.
from itertools import pairwise


def check(reenter_at):
    class I:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.count += 1
            if self.count in reenter_at:
                return next(it)
            return [self.count]

    it = pairwise(I())
    print(sorted(reenter_at), [next(it) for _ in range(3)])


for at in [{1}, {2}, {3}, {1, 2}, {1, 3}, {1, 4}, {2, 3}]:
    check(at)


def check2(maxcount):
    class I:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(it, None)
            return [self.count]

    it = pairwise(I())
    print(maxcount, list(it))


for n in range(1, 6):
    check2(n)


def check3():
    # an error from the underlying iterator ends the pairwise
    def gen():
        yield 1
        yield 2
        raise ValueError('boom')
    p = pairwise(gen())
    print(next(p))
    try:
        next(p)
    except ValueError as e:
        print('ValueError', e)
    print(list(p))

check3()
