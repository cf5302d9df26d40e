print(int('99', 8))
