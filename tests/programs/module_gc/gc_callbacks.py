# gc.callbacks are called with "start" and "stop" around a collection.
import gc


def cb(phase, info):
    print(phase, sorted(info.items()))


gc.callbacks.append(cb)
print('collect ->', gc.collect())
print('collect(1) ->', gc.collect(1))
gc.callbacks.remove(cb)
print('collect ->', gc.collect())
