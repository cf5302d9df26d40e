import sys
print(sys.hexversion, sys.api_version, sys.platform, sys.byteorder)
print(sys.maxsize, sys.maxunicode, sys.float_repr_style, sys.platlibdir)
print(sys.warnoptions, sys._xoptions, sys.dont_write_bytecode)
print(sys.copyright)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(),
      sys.getfilesystemencodeerrors())
print(type(sys.stdlib_module_names), 'os' in sys.stdlib_module_names,
      'sys' in sys.stdlib_module_names, len(sys.stdlib_module_names))
print('sys' in sys.builtin_module_names, '_thread' in sys.builtin_module_names)
print(sys.is_finalizing(), sys.get_int_max_str_digits(), sys.getswitchinterval())
print(sys.thread_info.name, sys.thread_info.lock)
