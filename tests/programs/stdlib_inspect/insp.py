import inspect
from insp_subjects import greet, Shape, Sq
sig = inspect.signature(greet)
print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
b = sig.bind('Ann', punct='?')
b.apply_defaults(); print(b.arguments, b.args, b.kwargs)
try:
    sig.bind()
except TypeError as e:
    print('TypeError', e)
print(inspect.getsource(greet))
print(inspect.getdoc(greet), inspect.cleandoc('  a\n    b\n  c'))
print([n for n, _ in inspect.getmembers(Sq) if not n.startswith('__')])
print([n for n, _ in inspect.getmembers(Sq, inspect.isfunction)], inspect.getmro(Sq))
print(inspect.isfunction(greet), inspect.isclass(Shape), inspect.ismethod(Shape().area), inspect.isbuiltin(len), inspect.ismodule(inspect), inspect.isroutine(len))
def gen(): yield 1
async def co(): pass
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.isabstract(Shape), inspect.isdatadescriptor(Shape.__dict__['name']))
g = gen(); print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g))
print(inspect.getsourcelines(Shape.area)[0], inspect.getsource(Sq))
fr = inspect.currentframe(); print(fr.f_code.co_name, inspect.getframeinfo(fr).function)
def who(): return inspect.stack()[1].function
def caller(): return who()
print(caller())
print(inspect.signature(lambda a, /, b, *, c=1: 0), inspect.signature(Sq.build))
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3), inspect.getfullargspec(greet).args, inspect.unwrap(greet) is greet)
print(inspect.getattr_static(Shape(), 'name').__class__.__name__, inspect.getmodule(greet).__name__, inspect.getfile(greet).endswith('.py'))
