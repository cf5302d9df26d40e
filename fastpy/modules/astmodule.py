"""The _ast module: the node classes of CPython 3.11's AST and the
PyCF_* flags of compile().

The node classes are ordinary heap types written in Python (APP_SOURCE
below, compiled once, the first time `_ast` is imported or compile()
returns an AST).  Python source is the simplest way to get ~120 classes
that programs subclass, pickle (`__reduce__`), pattern-match
(`__match_args__`) and give arbitrary attributes (instances have a
__dict__), and it is fast enough: the classes are made once per run and
a node costs one call of a small __init__.  The classes are generated
from the ASDL signatures that CPython shows as their __doc__ (below, as
CPython 3.11 prints them), so field names, optional fields (class
attribute None) and docs come from one table.

astconvert.py turns fastpy's parser AST into instances of these classes
(compile() with PyCF_ONLY_AST) and back (compile() of an AST object).
"""

from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import refcount, space

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

APP_SOURCE = '''
_SUMS = [
    ('mod', False, """mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)"""),
    ('stmt', True, """stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
     | Return(expr? value)
     | Delete(expr* targets)
     | Assign(expr* targets, expr value, string? type_comment)
     | AugAssign(expr target, operator op, expr value)
     | AnnAssign(expr target, expr annotation, expr? value, int simple)
     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | While(expr test, stmt* body, stmt* orelse)
     | If(expr test, stmt* body, stmt* orelse)
     | With(withitem* items, stmt* body, string? type_comment)
     | AsyncWith(withitem* items, stmt* body, string? type_comment)
     | Match(expr subject, match_case* cases)
     | Raise(expr? exc, expr? cause)
     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | Assert(expr test, expr? msg)
     | Import(alias* names)
     | ImportFrom(identifier? module, alias* names, int? level)
     | Global(identifier* names)
     | Nonlocal(identifier* names)
     | Expr(expr value)
     | Pass
     | Break
     | Continue"""),
    ('expr', True, """expr = BoolOp(boolop op, expr* values)
     | NamedExpr(expr target, expr value)
     | BinOp(expr left, operator op, expr right)
     | UnaryOp(unaryop op, expr operand)
     | Lambda(arguments args, expr body)
     | IfExp(expr test, expr body, expr orelse)
     | Dict(expr* keys, expr* values)
     | Set(expr* elts)
     | ListComp(expr elt, comprehension* generators)
     | SetComp(expr elt, comprehension* generators)
     | DictComp(expr key, expr value, comprehension* generators)
     | GeneratorExp(expr elt, comprehension* generators)
     | Await(expr value)
     | Yield(expr? value)
     | YieldFrom(expr value)
     | Compare(expr left, cmpop* ops, expr* comparators)
     | Call(expr func, expr* args, keyword* keywords)
     | FormattedValue(expr value, int conversion, expr? format_spec)
     | JoinedStr(expr* values)
     | Constant(constant value, string? kind)
     | Attribute(expr value, identifier attr, expr_context ctx)
     | Subscript(expr value, expr slice, expr_context ctx)
     | Starred(expr value, expr_context ctx)
     | Name(identifier id, expr_context ctx)
     | List(expr* elts, expr_context ctx)
     | Tuple(expr* elts, expr_context ctx)
     | Slice(expr? lower, expr? upper, expr? step)"""),
    ('expr_context', False, "expr_context = Load | Store | Del"),
    ('boolop', False, "boolop = And | Or"),
    ('operator', False, "operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv"),
    ('unaryop', False, "unaryop = Invert | Not | UAdd | USub"),
    ('cmpop', False, "cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn"),
    ('comprehension', False, "comprehension(expr target, expr iter, expr* ifs, int is_async)"),
    ('excepthandler', True, "excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)"),
    ('arguments', False, "arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)"),
    ('arg', True, "arg(identifier arg, expr? annotation, string? type_comment)"),
    ('keyword', True, "keyword(identifier? arg, expr value)"),
    ('alias', True, "alias(identifier name, identifier? asname)"),
    ('withitem', False, "withitem(expr context_expr, expr? optional_vars)"),
    ('match_case', False, "match_case(pattern pattern, expr? guard, stmt* body)"),
    ('pattern', None, """pattern = MatchValue(expr value)
        | MatchSingleton(constant value)
        | MatchSequence(pattern* patterns)
        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
        | MatchStar(identifier? name)
        | MatchAs(pattern? pattern, identifier? name)
        | MatchOr(pattern* patterns)"""),
    ('type_ignore', False, "type_ignore = TypeIgnore(int lineno, string tag)"),
]


class AST:
    __module__ = 'ast'
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = getattr(type(self), '_fields', ())
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes at "
                            f"most {n} positional argument"
                            f"{'' if n == 1 else 's'}")
        i = 0
        for value in args:
            setattr(self, fields[i], value)
            i += 1
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__doc__ = None
_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def _fields_of(signature):
    # "Name(identifier id, expr_context ctx)" -> name, fields, optional
    paren = signature.find('(')
    if paren < 0:
        return signature.strip(), (), []
    name = signature[:paren].strip()
    fields = []
    optional = []
    for part in signature[paren + 1:signature.rindex(')')].split(','):
        kind, field = part.split()
        fields.append(field)
        if kind.endswith('?'):
            optional.append(field)
    return name, tuple(fields), optional


def _make_class(name, base, fields, optional, doc, ns):
    body = {'__module__': 'ast', '_fields': fields,
            '__match_args__': fields, '__doc__': doc}
    for field in optional:
        body[field] = None
    cls = type(name, (base,), body)
    ns[name] = cls
    return cls


def _set_attributes(cls, attributes):
    # attributes: True (positions, the ends optional), None (positions,
    # all required: patterns) or False (none)
    if attributes is False:
        cls._attributes = ()
        return
    cls._attributes = _POSITIONS
    if attributes:
        cls.end_lineno = None
        cls.end_col_offset = None


def _build(ns):
    ns['AST'] = AST
    for basename, attributes, doc in _SUMS:
        if doc.startswith(basename + '('):      # a product type
            name, fields, optional = _fields_of(doc)
            cls = _make_class(name, AST, fields, optional, doc, ns)
            _set_attributes(cls, attributes)
            continue
        base = _make_class(basename, AST, (), [], doc, ns)
        _set_attributes(base, attributes)
        for signature in doc[doc.index('=') + 1:].split('|'):
            signature = signature.strip()
            name, fields, optional = _fields_of(signature)
            _make_class(name, base, fields, optional, signature, ns)


_build(globals())
del _build, _make_class, _fields_of, _set_attributes, _SUMS


def _compile_ast(tree, filename, mode, flags, dont_inherit, optimize):
    # compile(ast_object, ...): the tree goes back to source through
    # ast.unparse (astcompile.py).  Top-level statements keep their first
    # line number (blank lines are put before them).
    expected = {'exec': Module, 'eval': Expression,
                'single': Interactive}[mode]
    if not isinstance(tree, expected):
        raise TypeError(f"expected {expected.__name__} node, "
                        f"got {type(tree).__name__}")
    import ast
    if mode == 'eval':
        source = ast.unparse(tree.body)
    else:
        parts = []
        line = 1
        for stmt in tree.body:
            lineno = getattr(stmt, 'lineno', None)
            if isinstance(lineno, int) and lineno > line:
                parts.append('\\n' * (lineno - line))
                line = lineno
            text = ast.unparse(stmt) + '\\n'
            parts.append(text)
            line += text.count('\\n')
        source = ''.join(parts)
    return compile(source, filename, mode, flags & ~0x400, dont_inherit,
                   optimize)
'''


class AstState(object):
    def __init__(self):
        self.w_namespace = None

state = AstState()


def app_namespace():
    """The namespace of the node classes, made on first use."""
    w_ns = state.w_namespace
    if w_ns is None:
        from fastpy.interpreter import importing
        from fastpy.interpreter.eval import ec, execute_frame
        from fastpy.interpreter.frame import Frame
        from fastpy.objspace.dictobject import new_module_dict
        w_ns = new_module_dict()
        refcount.incref(w_ns)          # held for the whole run
        w_ns.setitem_str('__name__', space.newtext('ast'))
        w_ns.setitem_str('__builtins__', ec.w_builtins)
        code = importing.compile_file(APP_SOURCE, '<frozen _ast>')
        refcount.discard(execute_frame(Frame(code, w_ns)))
        state.w_namespace = w_ns
    return w_ns


def node_class(name):
    """The class of node `name` (a class of the namespace above)."""
    from fastpy.objspace.typeobject import W_TypeObject
    w_cls = app_namespace().getitem_str(name)
    assert isinstance(w_cls, W_TypeObject)
    return w_cls


module = ModuleDef('_ast')


@module.initializer
def init_ast(w_dict):
    from fastpy.objspace.intobject import newint
    from fastpy.objspace.strobject import W_StrObject
    w_ns = app_namespace()
    for entry in w_ns.entries():
        w_key = entry.w_key
        if isinstance(w_key, W_StrObject) and \
                not w_key.value.startswith(u'__'):
            w_dict.setitem(w_key, entry.w_value)
    w_dict.setitem_str('PyCF_ONLY_AST', newint(PyCF_ONLY_AST))
    w_dict.setitem_str('PyCF_TYPE_COMMENTS', newint(PyCF_TYPE_COMMENTS))
    w_dict.setitem_str('PyCF_ALLOW_TOP_LEVEL_AWAIT',
                       newint(PyCF_ALLOW_TOP_LEVEL_AWAIT))
