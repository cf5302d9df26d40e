# enable/disable/isenabled, thresholds, collect's result and argument.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
print(gc.collect(), gc.collect(0), gc.collect(generation=1))
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError', e)
print(gc.garbage, gc.callbacks, type(gc.get_count()), len(gc.get_count()))
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE,
      gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())
