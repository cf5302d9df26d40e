import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(x, int) for x in c))
print(gc.garbage)
print(isinstance(gc.collect(), int))
