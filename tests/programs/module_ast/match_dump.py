# match statements: every pattern kind, with positions
import ast

src = '''
match cmd:
    case [1, -2, *rest] if rest:
        pass
    case {"a": 1, -3: x, **kw}:
        pass
    case Point(1, y=-1.5) | Point(x=0):
        pass
    case (a, b) as c:
        pass
    case None | True | False:
        pass
    case 1+2j | -1-2j | -3 + 4j:
        pass
    case x.y.z:
        pass
    case [*_]:
        pass
    case _:
        pass
match a, b:
    case [x, *y]:
        pass
'''
t = ast.parse(src)
print(ast.dump(t, indent=1))
print(ast.dump(t, include_attributes=True))
