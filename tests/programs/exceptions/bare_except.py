try:
    [][1]
except:
    print('bare except caught something')
try:
    {}['x']
except KeyError:
    print('KeyError first')
except:
    print('not this one')
