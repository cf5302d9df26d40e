print('single', "double", """triple
quoted""", '''another''')
print('tab\there', 'nl\\n', "quote's", 'dq"x', 'esc\'d', "esc\"d")
print('\x41\x42', '\101\102', '\u00e9\u00e8', '\U0001F600' == '\U0001f600')
print(r'raw\n\t', R"raw\\", len(r'\n'))
print('adjacent' ' strings' " concatenate")
print(b'bytes', b'\x00\xff', rb'\n', len(b'abc'), b'abc'[1])
print('line1\
line2')
print(repr('\a\b\f\v\0'), repr('\x7f\x80\xa0'))
print(u'unicode prefix', '\N{BULLET}' if False else 'no-N')
print("""multi
line
   string""")
