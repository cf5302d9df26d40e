raise ExceptionGroup('top', [ValueError('x'), TypeError('y')])
