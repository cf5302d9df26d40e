import sys
n = 0
def r():
    global n
    n += 1
    r()
for lim in (50, 100):
    sys.setrecursionlimit(lim)
    n = 0
    try:
        r()
    except RecursionError as e:
        print(lim, n, e)
def g(k):
    if k == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print(e)
        return
    g(k - 1)
sys.setrecursionlimit(1000)
g(3)
