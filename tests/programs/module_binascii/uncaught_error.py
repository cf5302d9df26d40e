import binascii
print(binascii.unhexlify('abcd'))
binascii.a2b_base64(b'abc=d', strict_mode=True)
