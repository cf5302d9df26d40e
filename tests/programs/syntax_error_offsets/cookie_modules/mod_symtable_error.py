def f():
    α = 1; from x import *
