# textwrap uses re for word splitting
import textwrap

text = ("The quick brown fox jumps over the lazy dog; the well-known "
        "pangram contains every letter of the alphabet at least once.")
for line in textwrap.wrap(text, 30):
    print(repr(line))
print(textwrap.fill('a-b-c d--e ' * 5, 12))
print(textwrap.dedent('''
    indented
      more
    back
'''))
print(textwrap.indent('a\nb\n', '> '), end='')
print(textwrap.shorten('Hello  world, this is a test', width=15))
