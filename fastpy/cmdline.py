"""The python3-compatible command line: options before the program.

    fastpy [option] ... [-c cmd | -m mod | file | -] [arg] ...

Short options combine as in CPython (`-Bu`, `-OO`, `-Wignore`); `-c`,
`-m`, `-W` and `-X` take the rest of their word or the next word.
Options that make no difference to fastpy are accepted and recorded (for
sys.flags): -b -B -d -q -s -S -v -x(see below) --check-hash-based-pycs.
fastpy's own: `--jit PARAM=VALUE,...` (or `--jit off`).
"""

from rpython.rlib import jit

USAGE_LINE = ("usage: fastpy [option] ... [-c cmd | -m mod | file | -] "
              "[arg] ...\n")

HELP = USAGE_LINE + """\
Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import (fastpy never writes them)
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements
-OO    : do -O changes and also discard docstrings
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         also PYTHONUNBUFFERED=x
-v     : verbose (accepted)
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--jit PARAM=VALUE,... : set JIT parameters ('off' disables the JIT)
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"""


class UsageError(Exception):
    def __init__(self, msg):
        self.msg = msg


class ConfigError(Exception):
    """An option or environment variable with a value CPython refuses
    before it starts ("Fatal Python error: <function>: <msg>")."""
    def __init__(self, function, msg):
        self.function = function
        self.msg = msg


class Options(object):
    """What the command line asked for.  `mode`: 'file', 'command',
    'module', 'stdin', 'version' or 'help'; `payload`: the file, the
    command or the module name."""

    def __init__(self):
        self.mode = 'stdin'
        self.payload = ''
        self.program_argv = ['']
        self.inspect = 0
        self.unbuffered = 0
        self.ignore_environment = 0
        self.isolated = 0
        self.safe_path = 0
        self.no_user_site = 0
        self.no_site = 0
        self.dont_write_bytecode = 0
        self.optimize = 0
        self.quiet = 0
        self.verbose = 0
        self.bytes_warning = 0
        self.debug = 0
        self.skip_first_line = 0
        self.warnoptions = []
        self.xoptions = []


class _Current(object):
    def __init__(self):
        self.options = Options()

# The options of this run (read by sys.flags and the start-up code).
current = _Current()

ARG_OPTIONS = 'cmWX'
FLAG_OPTIONS = 'bBdEhiIOPqsSuvVx?'


def parse(argv, jitdriver):
    """The Options of argv; they also become `current.options`."""
    opts = Options()
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == '--version':
            opts.mode = 'version'
            return _done(opts)
        if arg == '--help' or arg == '--help-all':
            opts.mode = 'help'
            return _done(opts)
        if arg == '--jit' or arg.startswith('--jit='):
            if arg == '--jit':
                if i + 1 >= len(argv):
                    raise UsageError("Argument expected for the --jit "
                                     "option")
                value = argv[i + 1]
                i += 2
            else:
                value = arg[len('--jit='):]
                i += 1
            try:
                jit.set_user_param(jitdriver, value)
            except (ValueError, jit.TraceLimitTooHigh):
                raise UsageError("invalid --jit value '%s': expected "
                                 "param=value,... (trace_limit at most "
                                 "16384) or off" % value)
            continue
        if arg == '--check-hash-based-pycs':
            i += 2
            continue
        if arg == '-' or not arg.startswith('-') or arg.startswith('--'):
            if arg.startswith('--'):
                raise UsageError("unknown option %s" % arg)
            break
        # A word of short options.
        j = 1
        while j < len(arg):
            letter = arg[j]
            if letter in ARG_OPTIONS:
                if j + 1 < len(arg):
                    value = arg[j + 1:]
                    i += 1
                elif i + 1 < len(argv):
                    value = argv[i + 1]
                    i += 2
                else:
                    raise UsageError("Argument expected for the -%s option"
                                     % letter)
                if letter == 'c':
                    opts.mode = 'command'
                    opts.payload = value
                    opts.program_argv = ['-c'] + argv[i:]
                    return _done(opts)
                if letter == 'm':
                    opts.mode = 'module'
                    opts.payload = value
                    opts.program_argv = ['-m'] + argv[i:]
                    return _done(opts)
                if letter == 'W':
                    opts.warnoptions.append(value)
                else:
                    opts.xoptions.append(value)
                j = -1
                break
            if letter not in FLAG_OPTIONS:
                raise UsageError("Unknown option: -%s" % letter)
            _flag(opts, letter)
            if opts.mode == 'help' or opts.mode == 'version':
                return _done(opts)
            j += 1
        if j >= 0:
            i += 1
    if i < len(argv):
        arg = argv[i]
        assert i >= 0
        if arg == '-':
            opts.mode = 'stdin'
            opts.program_argv = ['-'] + argv[i + 1:]
        else:
            opts.mode = 'file'
            opts.payload = arg
            opts.program_argv = argv[i:]
    return _done(opts)


def _flag(opts, letter):
    if letter == 'h' or letter == '?':
        opts.mode = 'help'
    elif letter == 'V':
        opts.mode = 'version'
    elif letter == 'i':
        opts.inspect = 1
    elif letter == 'u':
        opts.unbuffered = 1
    elif letter == 'E':
        opts.ignore_environment = 1
    elif letter == 'I':
        opts.isolated = 1
        opts.ignore_environment = 1
        opts.safe_path = 1
        opts.no_user_site = 1
    elif letter == 'P':
        opts.safe_path = 1
    elif letter == 's':
        opts.no_user_site = 1
    elif letter == 'S':
        opts.no_site = 1
    elif letter == 'B':
        opts.dont_write_bytecode = 1
    elif letter == 'O':
        opts.optimize += 1
    elif letter == 'q':
        opts.quiet = 1
    elif letter == 'v':
        opts.verbose += 1
    elif letter == 'b':
        opts.bytes_warning += 1
    elif letter == 'd':
        opts.debug += 1
    elif letter == 'x':
        opts.skip_first_line = 1


def _done(opts):
    """Environment variables that act like options (unless -E)."""
    import os
    if not opts.ignore_environment:
        if _env_set(os.environ.get('PYTHONUNBUFFERED')):
            opts.unbuffered = 1
        if _env_set(os.environ.get('PYTHONINSPECT')):
            opts.inspect = 1
        if _env_set(os.environ.get('PYTHONDONTWRITEBYTECODE')):
            opts.dont_write_bytecode = 1
        if _env_set(os.environ.get('PYTHONSAFEPATH')):
            opts.safe_path = 1
    _int_max_str_digits(opts)
    current.options = opts
    return opts


def _int_max_str_digits(opts):
    """PYTHONINTMAXSTRDIGITS (unless -E), then -X int_max_str_digits=N,
    each checked as it is read, as CPython does."""
    import os
    if not opts.ignore_environment:
        text = os.environ.get('PYTHONINTMAXSTRDIGITS')
        if text is not None and text != '':
            _set_int_max_str_digits('PYTHONINTMAXSTRDIGITS', text)
    for xopt in opts.xoptions:
        if xopt == 'int_max_str_digits':
            _set_int_max_str_digits('-X int_max_str_digits', '')
        elif xopt.startswith('int_max_str_digits='):
            _set_int_max_str_digits('-X int_max_str_digits',
                                    xopt[len('int_max_str_digits='):])


def _set_int_max_str_digits(source, text):
    from fastpy.objspace import intstrlimit
    value = -1
    if text.isdigit() and len(text) < 10:
        value = int(text)
    if value < 0 or not intstrlimit.valid(value):
        raise ConfigError('config_init_int_max_str_digits',
                          '%s: invalid limit; must be >= %d or 0 for '
                          'unlimited.' % (source,
                                          intstrlimit.CHECK_THRESHOLD))
    intstrlimit.limit.max_digits = value
    intstrlimit.limit.from_command_line = value


def _env_set(value):
    return value is not None and value != ''
