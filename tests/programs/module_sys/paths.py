import sys
print(type(sys.executable), sys.executable.startswith('/'))
print(sys.prefix == sys.base_prefix == sys.exec_prefix == sys.base_exec_prefix)
print(sys._stdlib_dir.startswith(sys.prefix + '/'),
      sys._stdlib_dir.endswith('/python3.11'))
print(type(sys.orig_argv), sys.argv[0].endswith('.py'))
print(type(sys.path), all(isinstance(p, str) for p in sys.path))
