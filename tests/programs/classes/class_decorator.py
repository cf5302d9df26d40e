registry = []

def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

def twice(cls):
    cls.twice = True
    return cls

@register
@twice
class Widget:
    pass

print(registry, Widget.registered, Widget.twice)
