print(len.__name__, print.__qualname__, len.__qualname__)
print(list.append.__name__, list.append.__qualname__, [].append.__name__, [].append.__qualname__)
print(str.join.__qualname__, dict.get.__name__)
