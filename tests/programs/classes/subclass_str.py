class Name(str):
    def shout(self):
        return self.upper() + '!'

n = Name('bob')
print(n.shout(), len(n), n == 'bob', type(n).__name__)
