# unittest.mock imports asyncio, which needs the _socket module (missing).
import unittest, io
from unittest import mock
m = mock.Mock(return_value=3)
print(m(1, k=2), m.call_count, m.call_args, m.called)
m.assert_called_once_with(1, k=2)
m.method.side_effect = [1, ValueError('x')]
print(m.method())
try:
    m.method()
except ValueError as e:
    print('ValueError', e)
mm = mock.MagicMock()
mm.__len__.return_value = 7
print(len(mm), mm.attr.sub() is mm.attr.sub(), isinstance(mm.x, mock.MagicMock))
class Svc:
    def fetch(self): return 'real'
with mock.patch.object(Svc, 'fetch', return_value='fake') as p:
    print(Svc().fetch(), p.call_count)
print(Svc().fetch())
import os.path
with mock.patch('os.path.exists', return_value=True):
    print(os.path.exists('/definitely/not/here'))
print(os.path.exists('/definitely/not/here'))
s = mock.sentinel.token; print(s is mock.sentinel.token, repr(s))
m2 = mock.Mock(spec=['a'])
try:
    m2.b
except AttributeError as e:
    print('AttributeError', e)
m3 = mock.Mock(); m3(1); m3(2)
print(m3.call_args_list, m3.mock_calls == [mock.call(1), mock.call(2)])
try:
    m3.assert_called_with(5)
except AssertionError as e:
    print('AssertionError', str(e).splitlines()[0])
class T(unittest.TestCase):
    @mock.patch('os.getcwd', return_value='/fake')
    def test_cwd(self, m):
        self.assertEqual(os.getcwd(), '/fake')
r = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(r.testsRun, r.wasSuccessful())
