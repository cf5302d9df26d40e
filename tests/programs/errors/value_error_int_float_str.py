print(int('42'), int(' -7 '), int('1_000'), int(3.99))
print(int('3.5'))
