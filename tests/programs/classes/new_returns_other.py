class Weird:
    def __new__(cls):
        return 42

    def __init__(self):
        print('never')

print(Weird())

class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

print(Singleton() is Singleton())
