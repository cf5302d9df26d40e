# float.__getformat__: the format of C doubles and floats, and its argument checks.
print(float.__getformat__('double'), float.__getformat__('float'))
for a in ['x', 1]:
    try: float.__getformat__(a)
    except Exception as e: print(type(e).__name__, e)
