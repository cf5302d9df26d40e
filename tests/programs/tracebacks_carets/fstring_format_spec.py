# A bad format spec fails at the whole f-string.
n = 5
text = f"value {n:zz}" + "!"
