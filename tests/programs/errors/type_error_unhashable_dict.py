seen = {}
seen[(1, 2)] = 'tuple ok'
seen['s'] = 'str ok'
print(seen)
key = {'a': 1}
print(key in [key])
seen[key] = 'boom'
