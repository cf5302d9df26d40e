s = 'héllo wörld ✓'
print(s, len(s))
print(s.upper())
print(repr('日本語'), len('日本語'))
print('ü' < 'ž', 'a' < 'é')
