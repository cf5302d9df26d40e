"""Line reader on file descriptor 0 (input(), sys.stdin.readline)."""

import os


class InStream(object):
    def __init__(self, fd):
        self.fd = fd
        self.buf = ''
        self.eof = False

    def read_line(self):
        """The next line with its '\\n', the rest at end of file, or None
        at end of file."""
        while True:
            i = self.buf.find('\n')
            if i >= 0:
                line = self.buf[:i + 1]
                self.buf = self.buf[i + 1:]
                return line
            if self.eof:
                if len(self.buf) == 0:
                    return None
                line = self.buf
                self.buf = ''
                return line
            try:
                data = os.read(self.fd, 4096)
            except OSError:
                data = ''
            if len(data) == 0:
                self.eof = True
            else:
                self.buf += data


stdin = InStream(0)


def read_line():
    return stdin.read_line()
