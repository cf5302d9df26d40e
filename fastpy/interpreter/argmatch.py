"""Matching a call's arguments to a Python function's parameters.

Fast path (CALL_KW and CALL with a non-exact arity): which argument goes
to which parameter depends only on (code object, number of positional
arguments, keyword-name tuple of the call site).  `get_plan` computes
that once, in an elidable function returning an immutable CallPlan, so
in a JIT trace a call with keywords and defaults is a few moves: no
Arguments bundle, no name search.  A plan never describes an error: when
the call is wrong (or a needed default is absent) the slow path
`fill_arguments` runs and produces CPython 3.11's message.

Frame slots of the parameters (CPython's order): positional parameters,
keyword-only ones, then *args, then **kwargs.
"""

from rpython.rlib import jit

from fastpy.compiler.code import (CO_VARARGS, CO_VARKEYWORDS,
                                  CO_GENERATOR_KINDS)
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.frame import Frame
from fastpy.objspace import space, refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.dictobject import W_DictObject, newdict
from fastpy.objspace.strobject import W_StrObject

NO_VALUE = -1       # CallPlan.sources: the parameter takes its default


class CallPlan(object):
    """sources[i]: for parameter slot i (positional and keyword-only
    ones), the index of the call's argument it receives (positional
    arguments first, then the keyword values in call-site order), or
    NO_VALUE.  Extra positional arguments from `nparams`... go to *args;
    kw_to_kwargs lists the keyword-value indices that go to **kwargs."""
    _immutable_fields_ = ['npos', 'w_names', 'sources[*]',
                          'kw_to_kwargs[*]', 'kwarg_names_w[*]']

    def __init__(self, npos, w_names, sources, kw_to_kwargs,
                 kwarg_names_w):
        self.npos = npos
        self.w_names = w_names
        self.sources = sources
        self.kw_to_kwargs = kw_to_kwargs
        self.kwarg_names_w = kwarg_names_w


class PlanCache(object):
    def __init__(self):
        self.plans = []


def code_plans(code):
    cache = code.plan_cache
    if cache is None:
        cache = PlanCache()
        code.plan_cache = cache
    return cache


@jit.elidable
def get_plan(code, npos, w_names):
    """The plan for calling `code` with npos positional arguments and the
    keyword names `w_names` (a constant tuple of the call site, or None);
    None if the call is an error."""
    cache = code_plans(code)
    for plan in cache.plans:
        if plan.npos == npos and plan.w_names is w_names:
            return plan
    plan = compute_plan(code, npos, w_names)
    if plan is not None:
        cache.plans.append(plan)
    return plan


def compute_plan(code, npos, w_names):
    argcount = code.co_argcount
    total = argcount + code.co_kwonlyargcount
    if npos > argcount and not code.co_flags & CO_VARARGS:
        return None
    sources = [NO_VALUE] * total
    for i in range(min(npos, argcount)):
        sources[i] = i
    kw_to_kwargs = []
    kwarg_names_w = []
    if w_names is not None:
        assert isinstance(w_names, W_TupleObject)
        for k in range(len(w_names.items_w)):
            w_name = w_names.items_w[k]
            name = space.str_w(w_name).encode('utf-8')
            j = param_index(code, name)
            if j < 0:
                if not code.co_flags & CO_VARKEYWORDS:
                    return None
                kw_to_kwargs.append(npos + k)
                kwarg_names_w.append(w_name)
                continue
            if sources[j] != NO_VALUE:
                return None
            sources[j] = npos + k
    fixed_kw = [0] * len(kw_to_kwargs)
    fixed_names_w = [None] * len(kwarg_names_w)
    for k in range(len(kw_to_kwargs)):
        fixed_kw[k] = kw_to_kwargs[k]
        fixed_names_w[k] = kwarg_names_w[k]
    return CallPlan(npos, w_names, sources, fixed_kw, fixed_names_w)


def param_index(code, name):
    """Slot of the parameter that keyword `name` may set (not the
    positional-only ones), or -1."""
    total = code.co_argcount + code.co_kwonlyargcount
    for i in range(code.co_posonlyargcount, total):
        if code.co_varnames[i] == name:
            return i
    return -1


# ---------------------------------------------------------------- frames

def new_frame(w_func, code):
    """A frame for calling w_func (code: its promoted code): the closure
    cells go into the free-variable slots."""
    frame = Frame(code, w_func.w_globals)
    if code.co_nfreevars:
        copy_closure(frame, w_func, code)
    if code.co_flags & CO_GENERATOR_KINDS:
        # The generator is named after the function as it is now
        # (func.__name__ may have been reassigned since the def).
        frame.gen_name = w_func.name
        frame.gen_qualname = w_func.qualname
    return frame


@jit.unroll_safe
def copy_closure(frame, w_func, code):
    base = code.co_nvarnames + code.co_ncells
    for i in range(code.co_nfreevars):
        frame.store_local(base + i, w_func.closure_w[i])


def _argument(caller, nargs, base, items_w, src):
    """Argument number src of a call: from the tuple of f(*args)
    (items_w), or the caller's top nargs stack entries above base."""
    if items_w is not None:
        return items_w[src]
    return caller.peek(base + nargs - 1 - src)


@jit.unroll_safe
def fill_from_plan(frame, w_func, code, plan, caller, nargs, base,
                   items_w=None, self_first=False):
    """Fill the parameters of `frame` following `plan`, from the
    caller's top nargs stack entries above `base` (positional ones
    first, then keyword values), or from items_w, the positional
    arguments of f(*args).  self_first: the plan counts one more
    positional argument, in front of those, which the caller stores in
    slot 0 itself (a class call's new instance).  Returns False (frame
    partly filled) when a default is missing: the caller then releases
    the frame and takes the slow path for the error."""
    argcount = code.co_argcount
    defaults_w = w_func.defaults_w
    first_default = argcount - len(defaults_w)
    shift = 1 if self_first else 0
    for i in range(shift, len(plan.sources)):
        src = plan.sources[i]
        if src >= 0:
            frame.store_local(i, _argument(caller, nargs, base, items_w,
                                           src - shift))
        elif i < argcount:
            if i < first_default:
                return False
            frame.store_local(i, defaults_w[i - first_default])
        else:
            w_default = kwdefault(w_func, code.co_varnames[i])
            if w_default is None:
                return False
            frame.store_local(i, w_default)
    slot = argcount + code.co_kwonlyargcount
    if code.co_flags & CO_VARARGS:
        n = plan.npos - argcount
        if n < 0:
            n = 0
        extra_w = [None] * n
        for i in range(n):
            extra_w[i] = _argument(caller, nargs, base, items_w,
                                   argcount + i - shift)
        frame.store_local(slot, newtuple(extra_w))
        slot += 1
    if code.co_flags & CO_VARKEYWORDS:
        w_kwargs = newdict()
        for k in range(len(plan.kw_to_kwargs)):
            w_kwargs.setitem(plan.kwarg_names_w[k],
                             _argument(caller, nargs, base, items_w,
                                       plan.kw_to_kwargs[k] - shift))
        frame.store_local(slot, w_kwargs)
    return True


def kwdefault(w_func, name):
    w_kwdefaults = w_func.w_kwdefaults
    if w_kwdefaults is None:
        return None
    assert isinstance(w_kwdefaults, W_DictObject)
    return w_kwdefaults.getitem(space.newtext(name))


# ---------------------------------------------------------------- slow path

@jit.unroll_safe
def fill_arguments(frame, w_func, code, args):
    """Match an Arguments bundle to the parameters, with CPython 3.11's
    error messages (ceval.c, initialize_locals)."""
    argcount = code.co_argcount
    kwonlycount = code.co_kwonlyargcount
    total = argcount + kwonlycount
    npos = len(args.args_w)
    qualname = w_func.qualname
    w_kwargs = None
    slot = total
    if code.co_flags & CO_VARARGS:
        slot += 1
    if code.co_flags & CO_VARKEYWORDS:
        w_kwargs = newdict()
        frame.store_local(slot, w_kwargs)
    for i in range(min(npos, argcount)):
        frame.store_local(i, args.args_w[i])
    if code.co_flags & CO_VARARGS:
        extra_w = []
        for i in range(argcount, npos):
            extra_w.append(args.args_w[i])
        frame.store_local(total, newtuple(extra_w))
    for k in range(len(args.kw_names)):
        name = args.kw_names[k]
        j = param_index(code, name)
        if j < 0:
            if w_kwargs is None:
                posonly = posonly_passed_as_keyword(code, args)
                if posonly:
                    raise oefmt(exc.w_TypeError,
                                "%s() got some positional-only arguments "
                                "passed as keyword arguments: '%s'" %
                                (qualname, ", ".join(posonly)))
                raise oefmt(exc.w_TypeError,
                            "%s() got an unexpected keyword argument '%s'" %
                            (qualname, name))
            assert isinstance(w_kwargs, W_DictObject)
            w_kwargs.setitem(space.newtext(name), args.kw_values_w[k])
            continue
        if frame.load_local(j) is not None:
            raise oefmt(exc.w_TypeError,
                        "%s() got multiple values for argument '%s'" %
                        (qualname, name))
        frame.store_local(j, args.kw_values_w[k])
    if npos > argcount and not code.co_flags & CO_VARARGS:
        too_many_positional(frame, w_func, code, npos)
    defaults_w = w_func.defaults_w
    first_default = argcount - len(defaults_w)
    if npos < argcount:
        missing = []
        for i in range(npos, first_default):
            if frame.load_local(i) is None:
                missing.append(code.co_varnames[i])
        if missing:
            raise_missing(qualname, missing, "positional")
        for i in range(max(npos, first_default), argcount):
            if frame.load_local(i) is None:
                frame.store_local(i, defaults_w[i - first_default])
    if kwonlycount > 0:
        missing = []
        for i in range(argcount, total):
            if frame.load_local(i) is None:
                w_default = kwdefault(w_func, code.co_varnames[i])
                if w_default is None:
                    missing.append(code.co_varnames[i])
                else:
                    frame.store_local(i, w_default)
        if missing:
            raise_missing(qualname, missing, "keyword-only")


def posonly_passed_as_keyword(code, args):
    names = []
    for i in range(code.co_posonlyargcount):
        name = code.co_varnames[i]
        if name in args.kw_names:
            names.append(name)
    return names


def too_many_positional(frame, w_func, code, given):
    argcount = code.co_argcount
    kwonly_given = 0
    for i in range(argcount, argcount + code.co_kwonlyargcount):
        if frame.load_local(i) is not None:
            kwonly_given += 1
    ndefaults = len(w_func.defaults_w)
    if ndefaults:
        plural = True
        sig = "from %d to %d" % (argcount - ndefaults, argcount)
    else:
        plural = argcount != 1
        sig = "%d" % argcount
    kwonly_sig = ""
    if kwonly_given:
        kwonly_sig = " positional argument%s (and %d keyword-only " \
                     "argument%s)" % ("s" if given != 1 else "", kwonly_given,
                                      "s" if kwonly_given != 1 else "")
    was = "was" if given == 1 and not kwonly_given else "were"
    raise oefmt(exc.w_TypeError,
                "%s() takes %s positional argument%s but %d%s %s given" %
                (w_func.qualname, sig, "s" if plural else "", given,
                 kwonly_sig, was))


def raise_missing(qualname, missing, kind):
    raise oefmt(exc.w_TypeError,
                "%s() missing %d required %s argument%s: %s" %
                (qualname, len(missing), kind,
                 "s" if len(missing) > 1 else "", quote_names(missing)))


def quote_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


# ---------------------------------------------------------------- f(*a, **k)

def function_str(w_func):
    """CPython's _PyObject_FunctionStr: `mod.qualname()`."""
    from fastpy.interpreter.function import W_Function, W_BuiltinFunction
    if isinstance(w_func, W_Function):
        w_module = w_func.w_module
        if isinstance(w_module, W_StrObject):
            module = space.str_w(w_module).encode('utf-8')
            if module != 'builtins':
                return "%s.%s()" % (module, w_func.qualname)
        return "%s()" % w_func.qualname
    if isinstance(w_func, W_BuiltinFunction):
        return "%s()" % w_func.name
    return "%s object" % space.type_name(w_func)


def star_args_tuple(w_func, w_args):
    """The positional arguments of f(*w_args) as a tuple."""
    if isinstance(w_args, W_TupleObject):
        return w_args
    try:
        items_w = space.iterate(w_args)
    except OperationError as e:
        if not e.match(exc.w_TypeError):
            raise
        refcount.discard(e.w_exc)
        raise oefmt(exc.w_TypeError,
                    "%s argument after * must be an iterable, not %s" %
                    (function_str(w_func), space.type_name(w_args)))
    return newtuple(items_w)


def dict_merge(w_func, w_dict, w_mapping):
    """DICT_MERGE: f(**w_mapping) adding into the call's keyword dict."""
    assert isinstance(w_dict, W_DictObject)
    if not isinstance(w_mapping, W_DictObject):
        raise oefmt(exc.w_TypeError,
                    "%s argument after ** must be a mapping, not %s" %
                    (function_str(w_func), space.type_name(w_mapping)))
    for w_key in w_mapping.keys():
        if w_dict.getitem(w_key) is not None:
            if isinstance(w_key, W_StrObject):
                raise oefmt(exc.w_TypeError,
                            "%s got multiple values for keyword argument "
                            "'%s'" % (function_str(w_func),
                                      space.str_w(w_key).encode('utf-8')))
            raise oefmt(exc.w_TypeError, "keywords must be strings")
        w_dict.setitem(w_key, w_mapping.getitem(w_key))


def is_empty_dict(w_obj):
    return isinstance(w_obj, W_DictObject) and w_obj.length() == 0


def kwargs_to_lists(w_kwargs):
    """The names (utf-8) and values of a **kwargs dict of a call."""
    assert isinstance(w_kwargs, W_DictObject)
    names = []
    values_w = []
    for w_key in w_kwargs.keys():
        if not isinstance(w_key, W_StrObject):
            raise oefmt(exc.w_TypeError, "keywords must be strings")
        names.append(space.str_w(w_key).encode('utf-8'))
        values_w.append(w_kwargs.getitem(w_key))
    return names, values_w
