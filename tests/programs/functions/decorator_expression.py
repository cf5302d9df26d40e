registry = {}

def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco

@register('sq')
def square(x):
    return x * x

@register('cube')
def cube(x):
    return x ** 3

print(registry['sq'](4), registry['cube'](2), square(3))
