import argparse, io, sys
def cmd_add(ns): return 'add %s' % ns.name
def cmd_rm(ns): return 'rm %s force=%s' % (ns.names, ns.force)
p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', title='commands', required=True)
a = sub.add_parser('add', help='add a thing', aliases=['a'])
a.add_argument('name')
a.set_defaults(func=cmd_add)
r = sub.add_parser('rm', help='remove things')
r.add_argument('names', nargs='+')
r.add_argument('-f', '--force', action='store_true')
r.set_defaults(func=cmd_rm)
for argv in [['add', 'x'], ['--debug', 'rm', 'a', 'b', '-f'], ['a', 'y']]:
    ns = p.parse_args(argv)
    print(ns.command, ns.debug, ns.func(ns))
print(p.format_help())
print(r.format_help())
class NoExit(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)
q = NoExit(prog='q')
q.add_argument('x', type=int)
q.add_argument('--level', choices=['lo', 'hi'])
for argv in [['1'], ['z'], [], ['1', '2'], ['3', '--level', 'hi'], ['3', '--level', 'mid']]:
    try:
        print(q.parse_args(argv))
    except ValueError as e:
        print('error:', e)
old = sys.stderr
sys.stderr = io.StringIO()
try:
    p.parse_args([])
except SystemExit as e:
    msg = sys.stderr.getvalue()
    sys.stderr = old
    print('exit', e.code, msg)
ns = argparse.Namespace(a=1)
print(ns, 'a' in ns, ns == argparse.Namespace(a=1))
pp = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.RawDescriptionHelpFormatter, description='line1\n  indented\nline3', add_help=False)
pp.add_argument('--opt', default=2, help='an option', required=False)
print(pp.format_help())
pd = argparse.ArgumentParser(prog='d', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
pd.add_argument('--size', type=int, default=10, help='the size')
print(pd.format_help())
