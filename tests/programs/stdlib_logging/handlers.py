import logging, io
root_buf, app_buf = io.StringIO(), io.StringIO()
root = logging.getLogger('svc')
root.setLevel(logging.DEBUG)
h1 = logging.StreamHandler(root_buf)
h1.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s | %(message)s'))
root.addHandler(h1)
child = logging.getLogger('svc.worker')
h2 = logging.StreamHandler(app_buf)
h2.setLevel(logging.WARNING)
h2.setFormatter(logging.Formatter('%(name)s/%(levelno)d/%(funcName)s: %(message)s'))
child.addHandler(h2)
def work():
    child.info('starting %s', 'job')
    child.warning('careful')
work()
child.propagate = False
child.error('only child')
child.propagate = True
class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR
h1.addFilter(OnlyErrors())
root.warning('filtered out')
root.error('kept')
h1.removeFilter(h1.filters[0])
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['req'], msg), kwargs
Ctx(root, {'req': 42}).info('adapted')
root.info('with extra %(x)s', {'x': 1})
root.info('extra field', extra={'user': 'bob'})
fmt = logging.Formatter('%(user)s did it')
rec = logging.LogRecord('n', logging.INFO, 'p.py', 3, 'msg %s', ('a',), None)
rec.user = 'ann'
print(fmt.format(rec), rec.getMessage(), rec.levelname)
print(logging.Formatter('{levelname}:{message}', style='{').format(rec), logging.Formatter('$levelname $message', style='$').format(rec))
print(root_buf.getvalue(), end='')
print('--')
print(app_buf.getvalue(), end='')
logging.disable(logging.CRITICAL)
root.critical('disabled'); logging.disable(logging.NOTSET)
print(len(root.handlers), root.hasHandlers(), logging.getLogger('svc.worker.sub').parent is child)
null = logging.getLogger('quiet'); null.addHandler(logging.NullHandler()); null.propagate = False; null.error('nothing')
