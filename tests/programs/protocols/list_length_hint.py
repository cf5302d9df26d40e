# list() asks a user iterable's length hint (__len__ or __length_hint__)
# after iter(), and propagates its errors.
log = []


class It:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        log.append('iter')
        return iter(range(self.n))

    def __length_hint__(self):
        log.append('hint')
        return self.n


print(list(It(3)), log)
log.clear()


class Sized(It):
    def __len__(self):
        log.append('len')
        return self.n


print(list(Sized(2)), log)
log.clear()
lst = [0]
lst.extend(It(2))
print(lst, log)


class Bad:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        raise KeyError('hint')


try:
    list(Bad())
except KeyError as e:
    print('KeyError', e)


class Neg(Bad):
    def __length_hint__(self):
        return -1


try:
    list(Neg())
except ValueError as e:
    print('ValueError', e)


class NotImpl(Bad):
    def __length_hint__(self):
        return NotImplemented


class TypeErr(Bad):
    def __length_hint__(self):
        raise TypeError('ignored')


print(list(NotImpl()), list(TypeErr()))


class Descr:
    def __get__(self, obj, owner):
        log.append('get')
        return lambda: 0


class WithDescr(Bad):
    __length_hint__ = Descr()


log.clear()
print(list(WithDescr()), log)
