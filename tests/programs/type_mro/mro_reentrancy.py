# mro() calls that assign __bases__ while an MRO is being computed
# (test_descr's MroTest: CPython's mro_internal and type_set_bases).
def names(seq):
    return None if seq is None else [k.__name__ for k in seq]

class DebugHelperMeta(type):
    def __new__(mcls, name, bases, attrs):
        if attrs.get('__doc__') is None:
            attrs['__doc__'] = name
        return type.__new__(mcls, name, bases, attrs)
    def __repr__(cls):
        return repr(cls.__name__)

class State:
    def __init__(self):
        self.step = 0
        self.ready = False
    def step_until(self, limit):
        ret = (self.step < limit)
        if ret:
            self.step += 1
        return ret

def incomplete_set_bases_on_self():
    s = State()
    class M(DebugHelperMeta):
        def mro(cls):
            print('  mro', cls.__name__, names(cls.__mro__))
            if s.step_until(1):
                assert cls.__mro__ is None
                cls.__bases__ += ()
                print('  after +=', names(cls.__mro__))
            return type.mro(cls)
    class A(metaclass=M):
        pass
    print(names(A.__mro__), names(A.__bases__), object.__subclasses__().count(A))

def reent_set_bases_on_base():
    s = State()
    class M(DebugHelperMeta):
        def mro(cls):
            if cls.__mro__ is not None and cls.__name__ == 'B':
                if s.step_until(10):
                    A.__bases__ += ()
            return type.mro(cls)
    class A(metaclass=M):
        pass
    class B(A):
        pass
    B.__bases__ += ()
    print(names(A.__mro__), names(B.__mro__), s.step, A.__subclasses__())

def reent_set_bases_on_direct_base():
    s = State()
    class M(DebugHelperMeta):
        def mro(cls):
            base = cls.__bases__[0]
            if base is not object:
                if s.step_until(5):
                    base.__bases__ += ()
            return type.mro(cls)
    class A(metaclass=M):
        pass
    class B(A):
        pass
    class C(B):
        pass
    print(names(C.__mro__), s.step, A.__subclasses__(), B.__subclasses__())

def reent_set_bases_tp_base_cycle():
    s = State()
    class M(DebugHelperMeta):
        def mro(cls):
            if s.ready:
                if cls.__name__ == 'B1':
                    B2.__bases__ = (B1,)
                if cls.__name__ == 'B2':
                    B1.__bases__ = (B2,)
            return type.mro(cls)
    class A(metaclass=M):
        pass
    class B1(A):
        pass
    class B2(A):
        pass
    s.ready = True
    try:
        B1.__bases__ += ()
    except TypeError as e:
        print('TypeError:', e)
    print(names(B1.__bases__), names(B1.__mro__), names(B2.__bases__),
          names(B2.__mro__))

def tp_subclasses_cycle_in_update_slots():
    s = State()
    class M(DebugHelperMeta):
        def mro(cls):
            if s.ready and cls.__name__ == 'C':
                s.ready = False
                C.__bases__ = (B2,)
            return type.mro(cls)
    class A(metaclass=M):
        pass
    class B1(A):
        pass
    class B2(A):
        pass
    class C(A):
        pass
    s.ready = True
    C.__bases__ = (B1,)
    B1.__bases__ = (C,)
    print(C.__bases__, B2.__subclasses__(), B1.__subclasses__())
    print(B1.__bases__, C.__subclasses__())
    print(names(C.__mro__), names(B1.__mro__))

def tp_subclasses_cycle_error_return_path():
    s = State()
    class E(Exception):
        pass
    class M(DebugHelperMeta):
        def mro(cls):
            if s.ready and cls.__name__ == 'C':
                if C.__bases__ == (B2,):
                    s.ready = False
                else:
                    C.__bases__ = (B2,)
                    raise E
            return type.mro(cls)
    class A(metaclass=M):
        pass
    class B1(A):
        pass
    class B2(A):
        pass
    class C(A):
        pass
    s.ready = True
    try:
        C.__bases__ = (B1,)
    except E:
        print('E raised')
    B1.__bases__ = (C,)
    print(C.__bases__, C.__mro__ == tuple(type.mro(C)), names(C.__mro__))
    print(B1.__subclasses__(), B2.__subclasses__(), C.__subclasses__())

def incomplete_extend():
    class M(DebugHelperMeta):
        def mro(cls):
            if cls.__mro__ is None and cls.__name__ != 'X':
                try:
                    class X(cls):
                        pass
                except TypeError as e:
                    print('TypeError:', e)
            return type.mro(cls)
    class A(metaclass=M):
        pass
    print(A.__subclasses__())

def incomplete_super():
    class M(DebugHelperMeta):
        def mro(cls):
            if cls.__mro__ is None:
                try:
                    super(cls, cls).xxx
                except AttributeError as e:
                    print('AttributeError:', e)
                print(isinstance(cls, M), issubclass(cls, cls),
                      issubclass(cls, object), cls.__base__)
                print(getattr(cls, '__doc__', 'no doc'))
            return type.mro(cls)
    class A(metaclass=M):
        pass
    print(A.__doc__)

def disappearing_custom_mro():
    class B:
        pass
    class M(DebugHelperMeta):
        def mro(cls):
            del M.mro
            return (B,)
    try:
        class A(metaclass=M):
            pass
    except TypeError as e:
        print('TypeError:', e)
    print(hasattr(M, 'mro'), M.mro is type.mro, B.__subclasses__())

for f in [incomplete_set_bases_on_self, reent_set_bases_on_base,
          reent_set_bases_on_direct_base, reent_set_bases_tp_base_cycle,
          tp_subclasses_cycle_in_update_slots,
          tp_subclasses_cycle_error_return_path, incomplete_extend,
          incomplete_super, disappearing_custom_mro]:
    print(f.__name__)
    f()
