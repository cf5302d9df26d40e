class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
s.label = 'mine'
print(s, len(s), s.peek(), s.label, isinstance(s, list), type(s).__name__)
