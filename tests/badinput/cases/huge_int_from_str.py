print(len(str(int('9' * 4300))))
x = int('9' * 5000)
