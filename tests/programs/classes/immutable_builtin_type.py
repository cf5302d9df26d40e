int.foo = 1
