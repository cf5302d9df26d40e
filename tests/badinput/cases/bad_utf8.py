s = b'ÿ'
x = 'café'
