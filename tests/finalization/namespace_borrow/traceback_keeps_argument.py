# A frame kept by a traceback keeps its parameters, even when the global
# they came from is rebound afterwards.

import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)


value = Noisy("global value")

def fails(x):
    raise ValueError("boom")

try:
    fails(value)
except ValueError:
    tb = sys.exc_info()[2]

value = None
print("global rebound; traceback alive")
print(tb.tb_next.tb_frame.f_locals["x"].name)
del tb
print("traceback dropped")

local_owner = [Noisy("list item")]

def fails2(item):
    raise KeyError(item.name)

def call_fails2(obj):
    try:
        fails2(obj)
    except KeyError as e:
        return e

err = call_fails2(local_owner[0])
local_owner.clear()
print("list cleared")
print("error", err)
print(err.__traceback__.tb_next.tb_frame.f_locals["item"].name)
del err
print("end")
