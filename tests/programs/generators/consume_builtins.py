def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)))
print(tuple(squares(4)))
print(sum(squares(10)))
print(max(squares(6)), min(squares(6)))
print(list(squares(0)))
