"""Buffered writers for file descriptors 1 and 2.  stdout is flushed when
the buffer is large, at exit, before anything is written to stderr, and
after each line when it is a terminal."""

import os
from rpython.rlib import rposix


class OutStream(object):
    def __init__(self, fd):
        self.fd = fd
        self.buf = []
        self.size = 0
        self.line_buffered = False
        self.unbuffered = False

    def set_unbuffered(self):
        """-u / PYTHONUNBUFFERED: every write goes out at once."""
        self.unbuffered = True

    def setup(self):
        """Called at startup of the translated program (not at import)."""
        try:
            self.line_buffered = os.isatty(self.fd)
        except OSError:
            self.line_buffered = False

    def write(self, s):
        self.buf.append(s)
        self.size += len(s)
        if self.size > 65536 or self.unbuffered or \
                (self.line_buffered and '\n' in s):
            self.flush()

    def flush(self):
        if self.size == 0:
            return
        data = ''.join(self.buf)
        self.buf = []
        self.size = 0
        while len(data) > 0:
            try:
                n = os.write(self.fd, data)
            except OSError:
                return
            if n <= 0:
                return
            assert n >= 0
            data = data[n:]


stdout = OutStream(1)
stderr = OutStream(2)


def write_stderr(s):
    stdout.flush()
    stderr.write(s)
    stderr.flush()
