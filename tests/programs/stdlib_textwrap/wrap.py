import textwrap
text = ('The quick brown fox jumps over the lazy dog. ' * 4).strip() + ' Supercalifragilisticexpialidocious-hyphenated-words here.'
for w in (20, 35):
    print('\n'.join(textwrap.wrap(text, width=w)))
    print('---')
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, width=40), '|', textwrap.shorten('Hello  world!', width=11, placeholder='...'))
print(textwrap.wrap('abcdefghijklmnop', 5), textwrap.wrap('abcdefghij', 4, break_long_words=False))
print(textwrap.wrap('a-very-long-hyphenated-word', 8), textwrap.wrap('a-very-long-hyphenated-word', 8, break_on_hyphens=False))
src = '''
    def f():
        return 1
      # odd
    '''
print(repr(textwrap.dedent(src)))
print(repr(textwrap.dedent('  a\n\n  b\n')), repr(textwrap.dedent('\ta\n  b')))
print(textwrap.indent('line1\nline2\n\nline4', '> '))
print(textwrap.indent('a\n\nb', '+', lambda l: True))
w = textwrap.TextWrapper(width=15, max_lines=2, placeholder=' [..]', expand_tabs=True, tabsize=4)
print(w.wrap('one two three four five six seven eight'))
print(textwrap.wrap('Tab\there and  double  spaces.', 12), textwrap.wrap('Sentence one.  Two', 40, fix_sentence_endings=True))
print(textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False), textwrap.wrap('', 10))
