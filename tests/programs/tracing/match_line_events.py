# Line events of match statements: each case pattern, guard and body line
# is reported once, in order; a body under `if False:` reports nothing.
import sys
def _trace(func, *args):
    actual = []
    def trace(frame, event, arg):
        if event == "line" and frame.f_code.co_name == func.__name__:
            actual.append(frame.f_lineno - func.__code__.co_firstlineno)
        return trace
    sys.settrace(trace)
    try:
        func(*args)
    finally:
        sys.settrace(None)
    return actual

def f(command):                                         # 0
    match command.split():                              # 1
        case ["go", direction] if direction in "nesw":  # 2
            return f"go {direction}"                    # 3
        case ["go", _]:                                 # 4
            return "no go"                              # 5
        case _:                                         # 6
            return "default"                            # 7
def f2(command):                                         # 0
    match command.split():                              # 1
        case ["go", direction] if direction in "nesw":  # 2
            return f"go {direction}"                    # 3
        case ["go", _]:                                 # 4
            return "no go"                              # 5
        case x:                                         # 6
            return x                                    # 7
def f3(command):                                         # 0
    match command.split():                              # 1
        case ["go", direction] if direction in "nesw":  # 2
            return f"go {direction}"                    # 3
        case ["go", _]:                                 # 4
            return "no go"                              # 5
def f4(command):               # 0
    match command.split():    # 1
        case _:               # 2
            return "default"  # 3
def f5(command):             # 0
    match command.split():  # 1
        case x:             # 2
            return x        # 3
def f6(command):               # 0
    match command:            # 1
        case 1:               # 2
            if False:         # 3
                return 1      # 4
        case _:               # 5
            if False:         # 6
                return 0      # 7
for fn in (f, f2, f3, f4, f5):
    print(fn.__name__, [_trace(fn, a) for a in ("go n", "go x", "spam")])
print(_trace(f6, 1), _trace(f6, 0))
