import logging, io, sys
stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s')
logging.debug('debug %d', 1)
logging.info('info')
logging.warning('warn %s', 'x')
log = logging.getLogger('app.db')
log.error('db error: %r', {'k': 1})
log.setLevel(logging.WARNING)
log.info('hidden')
log.critical('crit')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('failed')
out = stream.getvalue().splitlines()
for line in out:
    if not line.startswith(' '):
        print(line)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName('ERROR'), logging.root.level)
print(log.getEffectiveLevel(), log.isEnabledFor(logging.INFO), log.parent.name, logging.getLogger('app').getChild('db') is log, log.name)
