tests = ["abc", "ABC", "Abc", "a1", "123", "½", "٣", "", " \t\n", "Abc Def", "ab cd", "x_1", "1x", "\x07", "é", "Ⅷ", "ǅ", "\u00a0"]
for t in tests:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(),
          t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
