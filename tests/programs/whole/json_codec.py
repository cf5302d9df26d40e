# A JSON encoder and decoder written from scratch (no json module):
# escapes, unicode (\\u escapes and surrogate pairs), pretty printing with
# sorted keys, error positions (line, column), round-trip tests.


class JSONError(Exception):
    pass


class DecodeError(JSONError):
    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        super().__init__('%s: line %d column %d (char %d)' % (msg, line, col, pos))
        self.msg = msg
        self.pos = pos
        self.line = line
        self.col = col


class EncodeError(JSONError):
    pass


ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
           '\b': '\\b', '\f': '\\f'}
UNESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
             'r': '\r', 't': '\t'}


def encode_string(s, ascii_only=True):
    parts = ['"']
    for ch in s:
        if ch in ESCAPES:
            parts.append(ESCAPES[ch])
        elif ord(ch) < 0x20:
            parts.append('\\u%04x' % ord(ch))
        elif ascii_only and ord(ch) > 0x7e:
            code = ord(ch)
            if code > 0xffff:
                code -= 0x10000
                parts.append('\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff)))
            else:
                parts.append('\\u%04x' % code)
        else:
            parts.append(ch)
    parts.append('"')
    return ''.join(parts)


class Encoder:
    def __init__(self, indent=None, sort_keys=False, ascii_only=True, default=None):
        self.indent = indent
        self.sort_keys = sort_keys
        self.ascii_only = ascii_only
        self.default = default
        self.depth_seen = 0

    def encode(self, value):
        return ''.join(self.chunks(value, 0, []))

    def chunks(self, value, level, stack):
        """A generator of output pieces; stack detects cycles."""
        if value is None:
            yield 'null'
        elif value is True:
            yield 'true'
        elif value is False:
            yield 'false'
        elif isinstance(value, int):
            yield str(value)
        elif isinstance(value, float):
            if value != value or value in (float('inf'), float('-inf')):
                raise EncodeError('cannot encode %r' % value)
            yield repr(value)
        elif isinstance(value, str):
            yield encode_string(value, self.ascii_only)
        elif isinstance(value, (list, tuple)):
            yield from self.container(value, level, stack, '[', ']', self.items_of_list)
        elif isinstance(value, dict):
            yield from self.container(value, level, stack, '{', '}', self.items_of_dict)
        elif self.default is not None:
            yield from self.chunks(self.default(value), level, stack)
        else:
            raise EncodeError('%s is not JSON serializable' % type(value).__name__)

    def container(self, value, level, stack, open_, close, items):
        for seen in stack:
            if seen is value:
                raise EncodeError('circular reference')
        stack.append(value)
        self.depth_seen = max(self.depth_seen, len(stack))
        if not value:
            yield open_ + close
            stack.pop()
            return
        yield open_
        if self.indent is None:
            sep, inner, outer = ', ', '', ''
        else:
            sep = ','
            inner = '\n' + ' ' * (self.indent * (level + 1))
            outer = '\n' + ' ' * (self.indent * level)
        first = True
        for piece in items(value, level, stack):
            if piece is None:
                if not first:
                    yield sep
                yield inner
                first = False
            else:
                yield piece
        yield outer + close
        stack.pop()

    def items_of_list(self, value, level, stack):
        for item in value:
            yield None
            yield from self.chunks(item, level + 1, stack)

    def items_of_dict(self, value, level, stack):
        keys = list(value.keys())
        if self.sort_keys:
            keys = sorted(keys, key=lambda k: str(k))
        for k in keys:
            if isinstance(k, str):
                text = k
            elif k is None or isinstance(k, (bool, int, float)):
                text = self.encode(k)
            else:
                raise EncodeError('keys must be str, int, float, bool or None, not %s'
                                  % type(k).__name__)
            yield None
            yield encode_string(text, self.ascii_only) + ': '
            yield from self.chunks(value[k], level + 1, stack)


class Decoder:
    WHITESPACE = ' \t\n\r'

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.max_depth = 0

    def error(self, msg, pos=None):
        return DecodeError(msg, self.text, self.pos if pos is None else pos)

    def skip(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in self.WHITESPACE:
            self.pos += 1

    def peek(self):
        self.skip()
        if self.pos >= len(self.text):
            raise self.error('Expecting value')
        return self.text[self.pos]

    def decode(self):
        value = self.value(0)
        self.skip()
        if self.pos != len(self.text):
            raise self.error('Extra data')
        return value

    def value(self, depth):
        if depth > 50:
            raise self.error('Nesting too deep')
        self.max_depth = max(self.max_depth, depth)
        ch = self.peek()
        if ch == '{':
            return self.obj(depth)
        if ch == '[':
            return self.array(depth)
        if ch == '"':
            return self.string()
        if ch == '-' or ch.isdigit():
            return self.number()
        for word, result in (('true', True), ('false', False), ('null', None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        raise self.error('Expecting value')

    def obj(self, depth):
        self.pos += 1
        result = {}
        if self.peek() == '}':
            self.pos += 1
            return result
        while True:
            if self.peek() != '"':
                raise self.error('Expecting property name enclosed in double quotes')
            key = self.string()
            if self.peek() != ':':
                raise self.error("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value(depth + 1)
            ch = self.peek()
            self.pos += 1
            if ch == '}':
                return result
            if ch != ',':
                raise self.error("Expecting ',' delimiter", self.pos - 1)

    def array(self, depth):
        self.pos += 1
        result = []
        if self.peek() == ']':
            self.pos += 1
            return result
        while True:
            result.append(self.value(depth + 1))
            ch = self.peek()
            self.pos += 1
            if ch == ']':
                return result
            if ch != ',':
                raise self.error("Expecting ',' delimiter", self.pos - 1)

    def hex4(self, at):
        digits = self.text[at:at + 4]
        if len(digits) != 4 or any(c not in '0123456789abcdefABCDEF' for c in digits):
            raise self.error('Invalid \\uXXXX escape', at - 1)
        return int(digits, 16)

    def string(self):
        start = self.pos
        self.pos += 1
        out = []
        text = self.text
        while True:
            if self.pos >= len(text):
                raise self.error('Unterminated string starting at', start)
            ch = text[self.pos]
            if ch == '"':
                self.pos += 1
                return ''.join(out)
            if ch == '\\':
                if self.pos + 1 >= len(text):
                    raise self.error('Unterminated string starting at', start)
                esc = text[self.pos + 1]
                if esc == 'u':
                    code = self.hex4(self.pos + 2)
                    self.pos += 6
                    if 0xd800 <= code < 0xdc00 and text.startswith('\\u', self.pos):
                        low = self.hex4(self.pos + 2)
                        if 0xdc00 <= low < 0xe000:
                            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                            self.pos += 6
                    out.append(chr(code))
                    continue
                if esc not in UNESCAPES:
                    raise self.error('Invalid \\escape', self.pos)
                out.append(UNESCAPES[esc])
                self.pos += 2
                continue
            if ord(ch) < 0x20:
                raise self.error('Invalid control character at', self.pos)
            out.append(ch)
            self.pos += 1

    def number(self):
        text = self.text
        start = self.pos
        if text[self.pos] == '-':
            self.pos += 1
        if self.pos >= len(text) or not text[self.pos].isdigit():
            raise self.error('Expecting value', start)
        if text[self.pos] == '0':
            self.pos += 1
        else:
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
        is_float = False
        if self.pos < len(text) and text[self.pos] == '.':
            is_float = True
            self.pos += 1
            digits = self.pos
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
            if self.pos == digits:
                raise self.error('Expecting digits after the decimal point', self.pos)
        if self.pos < len(text) and text[self.pos] in 'eE':
            is_float = True
            self.pos += 1
            if self.pos < len(text) and text[self.pos] in '+-':
                self.pos += 1
            digits = self.pos
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
            if self.pos == digits:
                raise self.error('Expecting exponent digits', self.pos)
        literal = text[start:self.pos]
        return float(literal) if is_float else int(literal)


def dumps(value, **options):
    return Encoder(**options).encode(value)


def loads(text):
    return Decoder(text).decode()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def to_json(self):
        return {'__point__': [self.x, self.y]}


def point_default(obj):
    if isinstance(obj, Point):
        return obj.to_json()
    raise EncodeError('no default for %s' % type(obj).__name__)


def revive(value):
    """Turn {'__point__': [x, y]} back into Points, recursively."""
    if isinstance(value, dict):
        if list(value) == ['__point__']:
            return Point(*value['__point__'])
        return {k: revive(v) for k, v in value.items()}
    if isinstance(value, list):
        return [revive(v) for v in value]
    return value


def deep_equal(a, b, path='$'):
    """Compares structurally; yields the paths where a and b differ."""
    if type(a) is not type(b):
        yield '%s: type %s vs %s' % (path, type(a).__name__, type(b).__name__)
    elif isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                yield '%s.%s: missing on one side' % (path, k)
            else:
                yield from deep_equal(a[k], b[k], '%s.%s' % (path, k))
    elif isinstance(a, list):
        if len(a) != len(b):
            yield '%s: length %d vs %d' % (path, len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            yield from deep_equal(x, y, '%s[%d]' % (path, i))
    elif a != b:
        yield '%s: %r vs %r' % (path, a, b)


SAMPLES = [
    None, True, False, 0, -7, 12345678901234567890, 3.5, -0.25, 1e100, 1.5e-10,
    '', 'plain', 'quote " and backslash \\', 'tab\tnew\nline', 'caf\u00e9',
    'snow \u2603 man', 'emoji \U0001F600!', '\x01\x1f',
    [], {}, [1, [2, [3, [4, []]]]], {'a': 1, 'b': [True, None], 'c': {'d': 'e'}},
    {'z': 1, 'y': 2, 'x': {'nested': [1.25, 'two', None]}},
    [0.1, 0.2, 0.30000000000000004, 100.0, 2.5e-5],
]

GOOD_TEXTS = [
    '  {"key" : [1, 2 , 3], "other": {"x": null}}  ',
    '[1.0e3, -0.5, 2E-2, 0, -0]',
    '"\\u00e9\\u2603\\ud83d\\ude00\\/"',
    '{"deep": [[[[[[["bottom"]]]]]]]}',
    '\n[\n  true,\n  false\n]\n',
    '"\\"\\\\\\b\\f\\n\\r\\t"',
]

BAD_TEXTS = [
    '',
    '[1, 2',
    '[1 2]',
    '{"a" 1}',
    '{a: 1}',
    '{"a": 1,}',
    '[1, 2] 3',
    '"unterminated',
    '"bad \\x escape"',
    '"\\u12G4"',
    '01',
    '1.',
    '1e+',
    '-',
    'tru',
    '{\n  "a": [1,\n        2,\n        oops]\n}',
    '"ctrl \x07 char"',
    '[' * 60 + ']' * 60,
]


def main():
    print('--- encoding samples ---')
    for i, value in enumerate(SAMPLES):
        text = dumps(value)
        back = loads(text)
        same = back == value and type(back) is type(value)
        print(f'{i:2d} {text}  round-trip={"ok" if same else "DIFFERENT"}')
        raw = dumps(value, ascii_only=False)
        if raw != text:
            print('   unicode form: %s (%d chars vs %d)' % (raw, len(raw), len(text)))
            assert loads(raw) == value

    print()
    print('--- pretty printing ---')
    doc = {
        'name': 'fastpy',
        'version': [3, 11],
        'features': {'classes': True, 'generators': True, 'async': False},
        'authors': [{'name': 'Ada', 'id': 1}, {'name': 'Grace', 'id': 2}],
        'empty': {'list': [], 'dict': {}},
        'ratio': 0.75,
    }
    pretty = dumps(doc, indent=2, sort_keys=True)
    print(pretty)
    enc = Encoder(indent=4)
    print(enc.encode(doc['authors']))
    print('max nesting seen by the encoder:', enc.depth_seen)
    assert loads(pretty) == doc
    lines = pretty.split('\n')
    print('pretty form has %d lines, widest %d chars' % (len(lines), max(map(len, lines))))

    print()
    print('--- decoding good texts ---')
    for text in GOOD_TEXTS:
        dec = Decoder(text)
        value = dec.decode()
        print('%-48r -> %r (depth %d)' % (text, value, dec.max_depth))
        again = loads(dumps(value))
        diffs = list(deep_equal(value, again))
        print('   re-encoded equal: %s' % (not diffs))

    print()
    print('--- decoding errors ---')
    for text in BAD_TEXTS:
        try:
            value = loads(text)
            print('%r -> unexpectedly %r' % (text, value))
        except DecodeError as e:
            shown = text if len(text) < 30 else text[:27] + '...'
            print('{!r:34} {}'.format(shown, e))
            if '\n' in text:
                bad_line = text.split('\n')[e.line - 1]
                print('    | ' + bad_line)
                print('    | ' + ' ' * (e.col - 1) + '^')

    print()
    print('--- encoding errors ---')
    cyclic = [1, 2]
    cyclic.append(cyclic)
    loop = {'self': None}
    loop['self'] = loop
    for bad in [float('nan'), float('inf'), {(1, 2): 'tuple key'}, {1, 2}, cyclic, loop,
                [Point(1, 2)]]:
        try:
            dumps(bad)
            print('no error for', type(bad).__name__)
        except EncodeError as e:
            print('%s: %s' % (type(bad).__name__, e))
    shared = [1, 2]
    print('shared, not cyclic:', dumps([shared, shared, {'s': shared}]))
    print('non-str keys:', dumps({1: 'one', 2.5: 'two and a half', None: 'nothing', True: 'yes'}))

    print()
    print('--- custom objects ---')
    shapes = {'triangle': [Point(0, 0), Point(4, 0), Point(0, 3)],
              'origin': Point(0, 0), 'label': 'pts'}
    text = dumps(shapes, default=point_default, sort_keys=True)
    print(text)
    back = revive(loads(text))
    print(back)
    print('equal after revive:', back == shapes)
    unique = sorted({p for p in back['triangle']} | {back['origin']}, key=lambda p: (p.x, p.y))
    print('unique points:', unique)
    try:
        dumps([object()], default=point_default)
    except EncodeError as e:
        print('default refused:', e)

    print()
    print('--- structural differences ---')
    left = loads('{"a": [1, 2, 3], "b": {"c": "x", "d": 1.5}, "e": null}')
    right = loads('{"a": [1, 2], "b": {"c": "y", "d": 1}, "f": true}')
    for diff in deep_equal(left, right):
        print('  ' + diff)

    print()
    print('--- a generated document ---')
    table = [{'id': i, 'square': i * i, 'name': 'item%03d' % i,
              'tags': [t for t in ('odd', 'even', 'prime') if
                       (t == 'odd' and i % 2) or (t == 'even' and not i % 2) or
                       (t == 'prime' and i > 1 and all(i % d for d in range(2, i)))]}
             for i in range(12)]
    text = dumps(table)
    print('length %d, checksum %d' % (len(text), sum(ord(c) * (k % 7 + 1) for k, c in enumerate(text)) % 1000003))
    parsed = loads(text)
    primes = [row['id'] for row in parsed if 'prime' in row['tags']]
    print('primes:', primes, 'round trip:', parsed == table)
    compact = dumps(parsed, indent=0)
    print('indent=0 form has %d lines' % compact.count('\n'))
    counts = {}
    for ch in text:
        if ch in '{}[],:"':
            counts[ch] = counts.get(ch, 0) + 1
    print(' '.join('%s=%d' % (k, counts[k]) for k in sorted(counts)))


main()
