words = ['', 'a', 'abc', 'hello', 'naïve', '€uro', 'x' * 12]
for w in words:
    for s in ['', 's', '8', '<8', '>8', '^8', '^9', '*<8', '*>8', '-^8',
              '0>8', '08', '.>3', '€^7', ' ^10s']:
        print(repr(s), repr(format(w, s)))
