class Plugin:
    plugins = []

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key
        Plugin.plugins.append(cls.__name__)

class A(Plugin, key='a'):
    pass

class B(Plugin):
    pass

print(Plugin.plugins, A.key, B.key)
