import binascii

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(binascii.b2a_qp, b'hello = world\tfoo \r\nbar\xff.\n')
t(binascii.b2a_qp, b'hello = world\tfoo \nbar\xff.\n', quotetabs=True)
t(binascii.b2a_qp, b'hello world \n', istext=False)
t(binascii.b2a_qp, b'hello world_x \n', header=True)
t(binascii.b2a_qp, b'x' * 100)
t(binascii.b2a_qp, (b'y' * 74 + b'=') * 2)
t(binascii.b2a_qp, b'.\n.')
t(binascii.b2a_qp, b'line \nnext\t\n')
t(binascii.b2a_qp, b'')
t(binascii.a2b_qp, b'hello =3D wor=\nld=41=4g=\r\nx_y')
t(binascii.a2b_qp, b'x_y=20', header=True)
t(binascii.a2b_qp, 'abc=')
t(binascii.a2b_qp, b'a==b=3d=3')
t(binascii.a2b_qp, data=b'q=')
text = b'Caf\xc3\xa9 = 100% \t\nsecond line, long enough to wrap ' * 3
print(binascii.a2b_qp(binascii.b2a_qp(text)) == text)

t(binascii.b2a_uu, b'hello world')
t(binascii.b2a_uu, b'hello world', backtick=True)
t(binascii.b2a_uu, b'')
t(binascii.b2a_uu, b'', backtick=True)
t(binascii.b2a_uu, b'\x00\x00\x00', backtick=True)
t(binascii.b2a_uu, b'x' * 45)
t(binascii.b2a_uu, b'x' * 46)
t(binascii.a2b_uu, b'+:&5L;&\\@=V]R;&0 \n')
t(binascii.a2b_uu, b'+:&5L;&\\@=V]R;&0`\n')
t(binascii.a2b_uu, b' ')
t(binascii.a2b_uu, b'\n')
t(binascii.a2b_uu, b'!!!!!!')
t(binascii.a2b_uu, b'#86)C\n')
t(binascii.a2b_uu, b'#86)CX\n')
t(binascii.a2b_uu, b'#86)C  ``\r\n')
t(binascii.a2b_uu, '#86)C')
t(binascii.a2b_uu, b'#86')
t(binascii.a2b_uu, 'é')
t(binascii.a2b_uu, b'~~~')
for n in range(0, 46, 7):
    data = bytes((i * 37) % 256 for i in range(n))
    print(n, binascii.a2b_uu(binascii.b2a_uu(data)) == data)
