# exec() and eval() in a function use the frame's locals() dict.
def run():
    a = 1
    exec('b = a + 1')
    d = locals()
    print(d.get('b'), 'b' in d)
    exec('a = 50')
    print(a, locals()['a'])
    print(eval('a + 1'))
    try:
        print(b)
    except NameError as exc:
        print('NameError:', exc)

run()

def keep_extra():
    exec('extra = "kept"')
    x = 1
    d = locals()
    print(sorted(d))
    del x
    print(sorted(locals()))

keep_extra()
