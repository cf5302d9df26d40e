import sys
impl = sys.implementation
print(type(impl).__name__, type(impl).__module__)
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(impl.version == sys.version_info, impl.hexversion == sys.hexversion)
print(impl._multiarch)
print(sorted(vars(impl)))
print(repr(impl).startswith('namespace(name='))
