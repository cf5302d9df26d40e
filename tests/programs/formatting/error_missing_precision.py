print(format(3, '5'))
print(format(3.0, '10.f'))
