# Importing a module compiles its bytes as compile() does (importlib's
# source_to_code): its coding cookie counts, the text comes from the file.
import os
import sys

sys.path.insert(0, os.path.join(sys.path[0], 'cookie_modules'))
for name in ['mod_bad_cookie', 'mod_ascii_bad_byte', 'mod_cp1251_error',
             'mod_utf8_error', 'mod_symtable_error']:
    try:
        __import__(name)
    except SyntaxError as e:
        print(name, type(e).__name__, repr(e.msg),
              os.path.basename(e.filename), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
