print("a")
1 = x
