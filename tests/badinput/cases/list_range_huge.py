x = list(range(10**18))
