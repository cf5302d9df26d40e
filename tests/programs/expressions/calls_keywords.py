def describe(name, age=30, city='Paris'):
    return name + ' ' + str(age) + ' ' + city
print(describe('Ann'))
print(describe('Bob', 25))
print(describe('Cy', city='Rome'))
print(describe(city='Oslo', name='Di', age=40))
print(describe('Ed', 50, 'Lima'))
def add3(a, b, c):
    return a + b + c
print(add3(1, 2, 3), add3(1, c=3, b=2), add3(c=1, a=2, b=3))
