print(float('abc'))
