import sys
vi = sys.version_info
for stmt in ['vi.major = 4', 'del vi.minor', 'type(vi)()', 'type(sys.flags)()',
             'type(sys.float_info)((1,) * 11)', 'vi[5]']:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)
