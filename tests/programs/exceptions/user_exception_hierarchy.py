class Base(Exception):
    pass
class Child(Base):
    pass
class Other(Exception):
    pass
def check(exc):
    try:
        raise exc
    except Child:
        return 'child'
    except Base:
        return 'base'
    except Exception as e:
        return 'exception ' + type(e).__name__
print(check(Child()), check(Base), check(Other('x')))
try:
    try:
        raise Child('inner')
    except Base as b:
        raise Other('outer') from b
except Other as o:
    print(repr(o), repr(o.__cause__))
