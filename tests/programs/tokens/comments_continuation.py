# a comment line
total = 1 + \
    2 + \
    3  # trailing comment
values = [
    1, 2,   # inside brackets
    3,
]
mapping = {
    'a': 1,
    'b': 2,
}
print(total, values, mapping)
print((1 +
       2) * 3)
