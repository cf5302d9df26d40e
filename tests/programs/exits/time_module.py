import time
t0 = time.perf_counter()
s = 0
for i in range(1000):
    s += i
t1 = time.perf_counter()
print(s, t1 >= t0, type(t1 - t0), time.time() > 1600000000)
