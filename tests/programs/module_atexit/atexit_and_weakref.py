# Objects released by an exit function fire their weakref callbacks then.
import _weakref
import atexit


class Resource:
    pass


holder = [Resource()]
r = _weakref.ref(holder[0], lambda r: print('resource released'))


def release():
    print('exit function releases the resource')
    holder.clear()
    print('exit function done')


atexit.register(release)
print('end of main')
