import unittest, io
class Calc:
    def add(self, a, b): return a + b
    def div(self, a, b): return a / b
class TestCalc(unittest.TestCase):
    def setUp(self):
        self.c = Calc()
    def test_add(self):
        self.assertEqual(self.c.add(2, 3), 5)
        self.assertNotEqual(self.c.add(2, 2), 5)
    def test_div_zero(self):
        with self.assertRaises(ZeroDivisionError):
            self.c.div(1, 0)
        self.assertRaises(ZeroDivisionError, self.c.div, 2, 0)
    def test_asserts(self):
        self.assertTrue([1]); self.assertFalse(''); self.assertIn(1, [1, 2]); self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertIsInstance(1, int); self.assertGreater(2, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2]); self.assertRegex('abc123', r'\d+'); self.assertDictEqual({'a': 1}, {'a': 1})
        with self.assertRaisesRegex(ValueError, 'invalid literal'):
            int('x')
    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_error(self):
        raise RuntimeError('boom')
    @unittest.skip('not now')
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
class TestOther(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = [1]
    def test_shared(self):
        self.assertEqual(self.shared, [1])
suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(TestCalc))
suite.addTests(loader.loadTestsFromTestCase(TestOther))
print(suite.countTestCases())
buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
print(sorted(t.id().split('.')[-1] for t, _ in result.failures), sorted(t.id().split('.')[-1] for t, _ in result.errors))
print([l for l in buf.getvalue().splitlines() if l.startswith(('FAILED', 'OK', 'AssertionError', 'RuntimeError'))])
print(result.failures[0][1].splitlines()[-1])
