import sys
def f(): raise ValueError('x')
def g(): f()
try:
    g()
except ValueError as e:
    tb = e.__traceback__
print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_frame.f_code.co_name)
tb.tb_next.tb_next = None
print(tb.tb_next.tb_next)
for bad in [lambda: setattr(tb, 'tb_next', 5), lambda: setattr(tb.tb_next, 'tb_next', tb), lambda: setattr(tb, 'tb_next', tb), lambda: delattr(tb, 'tb_next')]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
tb.tb_next = None
import traceback
print(len(traceback.extract_tb(tb)))
