# KeyError's str() of one argument is its repr.
print(str(KeyError('a')), str(KeyError('a', 'b')), repr(str(KeyError())),
      str(KeyError(1)), repr(KeyError('a')))
print(str(KeyError('')), str(KeyError(None)), str(KeyError(('t', 1))))
class KE(KeyError):
    pass
print(str(KE('q')))
print(str(LookupError('a')))
try:
    {}['missing']
except KeyError as exc:
    print(str(exc), exc.args)
