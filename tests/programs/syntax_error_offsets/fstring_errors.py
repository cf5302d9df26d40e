# SyntaxErrors in f-strings: the expressions' own parsers report with
# "f-string: ", columns and text of the parenthesized expression.
def show(src, mode='exec'):
    try:
        compile(src, '<fragment>', mode)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), 'no error')


show('x = f"{123_a}"')
show('x = f"{a b}"')
show('x = f"{ a b}"')
show('x = f"{a}{b c}"')
show('x = 1\nx = f"{a}{b c}"')
show('x = f"""\n{a b}"""')
show('x = f"""\n  {a}{b c}"""')
show('x = f"""{\na b}"""')
show('x = f"{a $ b}"')
show('x = f"{a = }"')
show('x = f"{a := 1}"')
show('x = f"{yield}"')
show('x = f"{*a}"')
show('x = f"{lambda x: 1}"')
show('x = f"{f(x for x in y, 1)}"')
show('x = f"{1 +}"')
show('x = f"{x!r:{y z}}"')
show('x = f"{f"{a b}"}"')
show('x = f"{f\'{a b}\'}"')
show('x = f"{f\'{123_a}\'}"')
show('x = f"{0x}"')
show('x = f"{(}"')
show('x = f"{a)}"')
show('x = f"{\'a}"')
show('x = f"{a#}"')
show('x = f"{a[}"')
show('x = f"{a:{b}"')
show('x = "a" f"{a b}"')
show('x = f"{a!}"')
show('x = f"{a=}" "\\N{foo}"')
show('\u03b1 = f"{\u03b1 b}"')
show('x = f"{\u03b1 b}"')
show('x = f"{a \u00ab}"')
show("f'''\n            {\n            (123_a)\n            }'''")
show('''f"""


            {
            6
            0="""''')
show('def f():\n  x = f"{nonlocal_x}"\n  nonlocal x')
show('x = f"{x for x in y}"')
show('x = f"{(yield) = 1}"')
show('x = f"{a}" f"{b c}"')
show('x = (f"{a}"\n f"{b c}")')
show('x = (f"{a}"\n     f"{b c}")')
for s in ["f'{f\"{\"}'", "f'{f\"{}\"}'", "f'{f\"{a!x}\"}'", "x = f'{1 + f\"{}\"}'", "f'{x:{a b}}'", "f'''{\n  a b}'''", "f'''{  \n  a b}'''", "f'''a\n  {x} {a b}'''",
          "f'{a b}' f'{c d}'", "'abc' f'{a b}'", "f'{a}' 'x\\N{foo}'", "f'{\\'a\\'}'", "b'a' f'x'", "f'x' b'a'", "f'{a}' b'a'", "f'{a=}'"]:
    show(s)
