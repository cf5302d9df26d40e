"""Declarative binding of RPython functions as Python builtins.

    @builtin('len', min_args=1, max_args=1)
    def len_(args): ...

registers a W_BuiltinFunction in a namespace list; arity errors use
CPython's messages so each implementation only handles valid counts.
"""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.function import W_BuiltinFunction
from fastpy.objspace import exceptions as exc


def check_arity(name, args, min_args, max_args, allow_kw=False, nself=0):
    """nself: leading arguments (a method's self) not shown in messages."""
    n = len(args.args_w) - nself
    min_args -= nself
    max_args -= nself if max_args >= 0 else 0
    if not allow_kw and len(args.kw_names) > 0:
        raise oefmt(exc.w_TypeError, "%s() takes no keyword arguments" %
                    name)
    if min_args == max_args and n != min_args:
        if min_args == 0:
            raise oefmt(exc.w_TypeError,
                        "%s() takes no arguments (%d given)" % (name, n))
        if min_args == 1:
            raise oefmt(exc.w_TypeError,
                        "%s() takes exactly one argument (%d given)" %
                        (name, n))
        raise oefmt(exc.w_TypeError, "%s expected %d arguments, got %d" %
                    (name, min_args, n))
    if n < min_args:
        raise oefmt(exc.w_TypeError,
                    "%s expected at least %d argument%s, got %d" %
                    (name, min_args, "s" if min_args != 1 else "", n))
    if max_args >= 0 and n > max_args:
        raise oefmt(exc.w_TypeError,
                    "%s expected at most %d argument%s, got %d" %
                    (name, max_args, "s" if max_args != 1 else "", n))


def make_builtin(name, impl, min_args, max_args, allow_kw=False,
                 display_name=None, nself=0):
    """Wrap impl(args) so that arity is checked first."""
    shown = display_name or name

    def checked(args):
        check_arity(shown, args, min_args, max_args, allow_kw, nself)
        return impl(args)
    checked.__name__ = 'builtin_' + name.replace('.', '_')
    return W_BuiltinFunction(name, checked)


def kwarg(args, name):
    """The value of keyword argument `name`, or None."""
    for i in range(len(args.kw_names)):
        if args.kw_names[i] == name:
            return args.kw_values_w[i]
    return None


def reject_other_kwargs(fname, args, allowed):
    for kw in args.kw_names:
        if kw not in allowed:
            raise oefmt(exc.w_TypeError,
                        "'%s' is an invalid keyword argument for %s()" %
                        (kw, fname))
