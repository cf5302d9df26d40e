"""Which RPython functions the JIT's code writer turns into jitcodes.

A function the JIT looks inside is traced through; any other is a
residual call in traces.  Every jitcode costs translation time (the code
writer, the blackhole interpreter, the C database), so code that never
runs in a hot loop is kept out: parsing and compiling Python source
(`compile`, `exec` of a string, `ast.parse`) and building `ast` node
trees.  A loop that compiles source at each iteration still runs; the
compiler is then one call in its trace.

The literal parsers in `fastpy.parser.literals` stay visible: `int()` and
`float()` on strings use them.  So do the code object and the exception
tables of `fastpy.compiler`, which the interpreter reads while running.

At the end of its search the code writer's policy logs how many graphs
it looked inside per package: the place to look when translation time
grows."""

from rpython.jit.codewriter.policy import JitPolicy, log

# Module-name prefixes never looked inside.
COLD_PREFIXES = (
    'fastpy.parser.',
    'fastpy.compiler.',
    'fastpy.modules.astconvert',
    'fastpy.modules.astcompile',
    'fastpy.modules.astmodule',
)

# Exceptions to COLD_PREFIXES: read by the running interpreter.
RUNTIME_MODULES = (
    'fastpy.parser.literals',
    'fastpy.compiler.code',
    'fastpy.compiler.exctable',
    'fastpy.compiler.opcodes',
)


def is_cold_module(modname):
    if modname in RUNTIME_MODULES:
        return False
    for prefix in COLD_PREFIXES:
        if modname.startswith(prefix):
            return True
    return False


def package_of(modname):
    """The first three components: fastpy.objspace.listobject."""
    return '.'.join(modname.split('.')[:3])


class FastpyJitPolicy(JitPolicy):

    def __init__(self):
        JitPolicy.__init__(self)
        self.seen_by_module = {}

    def look_inside_function(self, func):
        if is_cold_module(func.__module__ or ''):
            return False
        return JitPolicy.look_inside_function(self, func)

    def look_inside_graph(self, graph):
        result = JitPolicy.look_inside_graph(self, graph)
        if result:
            func = getattr(graph, 'func', None)
            modname = getattr(func, '__module__', None) or '?'
            graphs = self.seen_by_module.setdefault(package_of(modname), {})
            graphs[graph] = None
        return result

    def dump_unsafe_loops(self):
        JitPolicy.dump_unsafe_loops(self)
        counts = [(len(graphs), name)
                  for name, graphs in self.seen_by_module.items()]
        counts.sort(reverse=True)
        total = sum([n for n, _ in counts])
        log.info('graphs looked inside, by module (%d in all):' % total)
        for n, name in counts[:25]:
            log.info('  %6d  %s' % (n, name))
