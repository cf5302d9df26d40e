# __text_signature__ is None for builtins whose docstring carries a hand-written
# signature line or that take **kwargs (not Argument Clinic functions)
import time, _stat, math, _json, csv, builtins
for f in [time.time, _stat.S_ISDIR, math.sqrt, _json.scanstring, _json.encode_basestring, csv.register_dialect, time.sleep]:
    print(f.__name__, repr(f.__text_signature__), repr((f.__doc__ or '')[:30]))
