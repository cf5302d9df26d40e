try:
    x = [0] * 10**18
except MemoryError as e:
    print("caught", repr(e), e.args)
try:
    x = "ab" * 2**62
except OverflowError as e:
    print("caught", e)
print(len([0] * 10))
