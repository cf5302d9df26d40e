def work():
    raise ExceptionGroup('several', [ValueError('a'),
                                     ExceptionGroup('nested', [KeyError('b')])])
try:
    work()
except* ValueError:
    print('values handled')
