class Config(dict):
    def get_int(self, key):
        return int(self[key])

c = Config(a='1', b='2')
c['c'] = '3'
print(sorted(c.items()), c.get_int('b'), type(c).__name__, isinstance(c, dict))
