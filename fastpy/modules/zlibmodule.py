"""The `zlib` module: deflate compression through the system libz (bound
by rpython.rlib.rzlib), with CPython 3.11's functions, Compress and
Decompress objects, constants and error messages.

Every z_stream is a raw struct owned by one Compress or Decompress
object; `release_children` ends the stream and frees the struct when the
object is released.  Data goes in and out of libz through non-moving
buffers and a raw output block, never byte by byte.
"""

from rpython.rlib import rzlib
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rstring import StringBuilder
from rpython.rtyper.lltypesystem import rffi, lltype

from fastpy.interpreter.error import oefmt, OperationError
from fastpy.interpreter.gateway import method, getset
from fastpy.modules.binasciimodule import uint_bitwise_arg
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import module_type
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.boolobject import newbool
from fastpy.objspace.bytesmethods import buffer_or_none
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.intobject import newint
from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject

module = ModuleDef('zlib', 'The functions in this module allow compression '
                   'and decompression using the\nzlib library, which is '
                   'based on GNU zip.')

w_error = W_TypeObject('error', exc.w_Exception, is_heaptype=True)
w_error.dict_w['__module__'] = space.newtext('zlib')

w_compress_type = module_type('Compress', 'zlib')
w_decompress_type = module_type('Decompress', 'zlib')

Z_OK = rzlib.Z_OK
Z_STREAM_END = rzlib.Z_STREAM_END
Z_NEED_DICT = rzlib.Z_NEED_DICT
Z_STREAM_ERROR = rzlib.Z_STREAM_ERROR
Z_DATA_ERROR = rzlib.Z_DATA_ERROR
Z_MEM_ERROR = rzlib.Z_MEM_ERROR
Z_BUF_ERROR = rzlib.Z_BUF_ERROR
Z_VERSION_ERROR = -6
Z_NO_FLUSH = rzlib.Z_NO_FLUSH
Z_FINISH = rzlib.Z_FINISH
MAX_WBITS = rzlib.MAX_WBITS
DEFLATED = rzlib.Z_DEFLATED
DEF_MEM_LEVEL = rzlib.DEF_MEM_LEVEL
DEF_BUF_SIZE = 16384

OUT_CHUNK = 16384               # bytes taken from libz per call
IN_CHUNK = 1 << 30              # bytes given to libz per call (< UINT_MAX)

Bytefp = rzlib.Bytefp
z_stream = rzlib.z_stream

_deflateCopy = rzlib.zlib_external('deflateCopy',
                                   [rzlib.z_stream_p, rzlib.z_stream_p],
                                   rffi.INT)
_inflateCopy = rzlib.zlib_external('inflateCopy',
                                   [rzlib.z_stream_p, rzlib.z_stream_p],
                                   rffi.INT)


# ---------------------------------------------------------------- errors

def stream_message(stream):
    if not stream:
        return False
    if stream.c_msg:
        return True
    return False


def zlib_error(stream, err, while_doing):
    """CPython's zlib_error: the message libz left in the stream, or one
    for the code."""
    reason = ''
    if err == Z_VERSION_ERROR:
        reason = 'library version mismatch'
    elif stream_message(stream):
        reason = rffi.charp2str(stream.c_msg)
    elif err == Z_BUF_ERROR:
        reason = 'incomplete or truncated stream'
    elif err == Z_STREAM_ERROR:
        reason = 'inconsistent stream state'
    elif err == Z_DATA_ERROR:
        reason = 'invalid input data'
    if reason:
        return oefmt(w_error, 'Error %d %s: %s' % (err, while_doing,
                                                  reason[:200]))
    return oefmt(w_error, 'Error %d %s' % (err, while_doing))


def _ended_error(while_doing):
    """The error of an operation on a stream that was already ended: libz
    answers Z_STREAM_ERROR for it."""
    return oefmt(w_error, 'Error %d %s: inconsistent stream state' %
                 (Z_STREAM_ERROR, while_doing))


# ---------------------------------------------------------------- arguments

def data_arg(w_data):
    """A Py_buffer argument: bytes, bytearray, memoryview, array."""
    s = buffer_or_none(w_data)
    if s is None:
        raise oefmt(exc.w_TypeError, "a bytes-like object is required, not "
                    "'%s'" % space.type_name(w_data))
    return s


def _newuint(v):
    return newint(intmask(v))


# ---------------------------------------------------------------- streams

def new_stream():
    return lltype.malloc(z_stream, flavor='raw', zero=True)


def free_stream(stream):
    lltype.free(stream, flavor='raw')


def set_deflate_dict(stream, zdict):
    with rffi.scoped_nonmovingbuffer(zdict) as buf:
        return rffi.cast(lltype.Signed, rzlib._deflateSetDictionary(
            stream, rffi.cast(Bytefp, buf), len(zdict)))


def set_inflate_dict(stream, zdict):
    """inflateSetDictionary, raising CPython's error."""
    with rffi.scoped_nonmovingbuffer(zdict) as buf:
        err = rffi.cast(lltype.Signed, rzlib._inflateSetDictionary(
            stream, rffi.cast(Bytefp, buf), len(zdict)))
    if err != Z_OK:
        raise zlib_error(stream, err, 'while setting zdict')


class Outcome(object):
    """What one run of a stream over some input gave."""
    _attrs_ = ['output', 'err', 'unconsumed']

    def __init__(self, output, err, unconsumed):
        self.output = output
        self.err = err              # the last code libz returned
        self.unconsumed = unconsumed  # input bytes libz did not take


def run_stream(stream, data, inflate, flush, finish_last, limit, zdict):
    """Feed `data` to deflate or inflate and collect the output as
    CPython's zlib loops do: the input in blocks, each followed by calls
    until libz leaves room in the output block.  `flush` is the mode of
    every call, or Z_FINISH for the last block if `finish_last`.  The run
    stops early on an error code (other than Z_BUF_ERROR), when the output
    reaches `limit` (>= 0), or at the end of the compressed stream.
    Z_NEED_DICT sets `zdict` when one is given."""
    builder = StringBuilder()
    total = len(data)
    err = Z_OK
    fed = 0
    got = 0
    unconsumed = 0
    # the output block starts near the expected size and doubles while
    # libz fills it, up to OUT_CHUNK
    size = total * 2 + 64
    if size > OUT_CHUNK:
        size = OUT_CHUNK
    with rffi.scoped_nonmovingbuffer(data) as inbuf:
        outbuf = lltype.malloc(rffi.CCHARP.TO, size, flavor='raw')
        try:
            stream.c_next_in = rffi.cast(Bytefp, inbuf)
            stopped = False
            while not stopped:
                chunk = total - fed
                if chunk > IN_CHUNK:
                    chunk = IN_CHUNK
                rffi.setintfield(stream, 'c_avail_in', chunk)
                fed += chunk
                last = fed == total
                mode = flush
                if finish_last and last:
                    mode = Z_FINISH
                while True:
                    room = size
                    if limit >= 0:
                        if limit - got <= 0:
                            stopped = True
                            break
                        if limit - got < room:
                            room = limit - got
                    stream.c_next_out = rffi.cast(Bytefp, outbuf)
                    rffi.setintfield(stream, 'c_avail_out', room)
                    if inflate:
                        err = rffi.cast(lltype.Signed,
                                        rzlib._inflate(stream, mode))
                    else:
                        err = rffi.cast(lltype.Signed,
                                        rzlib._deflate(stream, mode))
                    left = rffi.cast(lltype.Signed, stream.c_avail_out)
                    if room - left > 0:
                        builder.append_charpsize(outbuf, room - left)
                        got += room - left
                    if (err != Z_OK and err != Z_BUF_ERROR and
                            err != Z_STREAM_END):
                        if err == Z_NEED_DICT and zdict is not None:
                            set_inflate_dict(stream, zdict)
                            continue
                        stopped = True
                        break
                    if left != 0:
                        break
                    if size < OUT_CHUNK:
                        lltype.free(outbuf, flavor='raw')
                        size = min(size * 2, OUT_CHUNK)
                        outbuf = lltype.malloc(rffi.CCHARP.TO, size,
                                               flavor='raw')
                if err == Z_STREAM_END or last:
                    break
            unconsumed = (total - fed) + rffi.cast(lltype.Signed,
                                                   stream.c_avail_in)
        finally:
            lltype.free(outbuf, flavor='raw')
            stream.c_next_in = lltype.nullptr(Bytefp.TO)
            stream.c_next_out = lltype.nullptr(Bytefp.TO)
    return Outcome(builder.build(), err, unconsumed)


# ---------------------------------------------------------------- checksums

@module.function('crc32(data, value=0, /)')
def zlib_crc32(w_data, w_value):
    data = data_arg(w_data)
    return _newuint(rzlib.crc32(data, uint_bitwise_arg(w_value)))


@module.function('adler32(data, value=1, /)')
def zlib_adler32(w_data, w_value):
    data = data_arg(w_data)
    return _newuint(rzlib.adler32(data, uint_bitwise_arg(w_value)))


# ---------------------------------------------------------------- one shot

@module.function('compress(data, /, level: int = -1, wbits: int = 15)')
def zlib_compress(w_data, level, wbits):
    data = data_arg(w_data)
    stream = new_stream()
    try:
        err = rffi.cast(lltype.Signed, rzlib._deflateInit2(
            stream, level, DEFLATED, wbits, DEF_MEM_LEVEL,
            rzlib.Z_DEFAULT_STRATEGY))
        if err == Z_MEM_ERROR:
            raise oefmt(exc.w_MemoryError,
                        "Out of memory while compressing data")
        if err == Z_STREAM_ERROR:
            raise oefmt(w_error, "Bad compression level")
        if err != Z_OK:
            rzlib._deflateEnd(stream)
            raise zlib_error(stream, err, "while compressing data")
        out = run_stream(stream, data, False, Z_NO_FLUSH, True, -1, None)
        if out.err == Z_STREAM_ERROR:
            rzlib._deflateEnd(stream)
            raise zlib_error(stream, out.err, "while compressing data")
        err = rffi.cast(lltype.Signed, rzlib._deflateEnd(stream))
        if err != Z_OK:
            raise zlib_error(stream, err, "while finishing compression")
        return W_BytesObject(out.output)
    finally:
        free_stream(stream)


@module.function('decompress(data, /, wbits: int = 15, bufsize: int = 16384)')
def zlib_decompress(w_data, wbits, bufsize):
    data = data_arg(w_data)
    if bufsize < 0:
        raise oefmt(exc.w_ValueError, "bufsize must be non-negative")
    stream = new_stream()
    try:
        err = rffi.cast(lltype.Signed, rzlib._inflateInit2(stream, wbits))
        if err == Z_MEM_ERROR:
            raise oefmt(exc.w_MemoryError,
                        "Out of memory while decompressing data")
        if err != Z_OK:
            rzlib._inflateEnd(stream)
            raise zlib_error(stream, err,
                             "while preparing to decompress data")
        out = run_stream(stream, data, True, Z_NO_FLUSH, True, -1, None)
        err = out.err
        if err == Z_MEM_ERROR:
            rzlib._inflateEnd(stream)
            raise oefmt(exc.w_MemoryError,
                        "Out of memory while decompressing data")
        if err != Z_STREAM_END:
            rzlib._inflateEnd(stream)
            raise zlib_error(stream, err, "while decompressing data")
        err = rffi.cast(lltype.Signed, rzlib._inflateEnd(stream))
        if err != Z_OK:
            raise zlib_error(stream, err, "while finishing decompression")
        return W_BytesObject(out.output)
    finally:
        free_stream(stream)


# ---------------------------------------------------------------- objects

class W_Stream(W_Counted):
    """A z_stream of a Compress or Decompress object: `inited` from its
    init until the end of the stream ends it."""
    _attrs_ = ['stream', 'inited']
    what = ''                   # 'compression' or 'decompression'

    def __init__(self):
        self.stream = new_stream()
        self.inited = False

    def end(self, stream):
        """deflateEnd or inflateEnd."""
        raise NotImplementedError

    def new_empty(self):
        raise NotImplementedError

    def copy_into(self, w_new):
        """deflateCopy or inflateCopy into w_new's stream (and the other
        fields when that worked); libz's code."""
        raise NotImplementedError

    def release_children(self):
        stream = self.stream
        if stream:
            self.stream = lltype.nullptr(z_stream)
            if self.inited:
                self.inited = False
                self.end(stream)
            free_stream(stream)

    def copy(self):
        if not self.inited:
            raise oefmt(exc.w_ValueError, "Inconsistent stream state")
        w_new = self.new_empty()
        err = self.copy_into(w_new)
        if err == Z_OK:
            w_new.inited = True
            return w_new
        w_new.release_children()
        if err == Z_STREAM_ERROR:
            raise oefmt(exc.w_ValueError, "Inconsistent stream state")
        if err == Z_MEM_ERROR:
            raise _no_memory(self.what)
        raise zlib_error(self.stream, err, "while copying %s object" %
                         self.what)


def _no_memory(what):
    return oefmt(exc.w_MemoryError, "Can't allocate memory for %s object" %
                 what)


class W_Compress(W_Stream):
    """A deflate stream: `inited` until flush(Z_FINISH) ends it."""
    _attrs_ = []
    what = 'compression'

    def gettype(self):
        return w_compress_type

    def end(self, stream):
        rzlib._deflateEnd(stream)

    def new_empty(self):
        return W_Compress()

    def copy_into(self, w_new):
        return rffi.cast(lltype.Signed, _deflateCopy(w_new.stream,
                                                     self.stream))


class W_Decompress(W_Stream):
    """An inflate stream with CPython's unused_data, unconsumed_tail and
    eof; `inited` until flush() reaches the end of the stream."""
    _attrs_ = ['unused_data', 'unconsumed_tail', 'eof', 'zdict']
    what = 'decompression'

    def __init__(self, zdict):
        W_Stream.__init__(self)
        self.unused_data = ''
        self.unconsumed_tail = ''
        self.eof = False
        self.zdict = zdict

    def gettype(self):
        return w_decompress_type

    def end(self, stream):
        rzlib._inflateEnd(stream)

    def new_empty(self):
        return W_Decompress(self.zdict)

    def copy_into(self, w_new):
        assert isinstance(w_new, W_Decompress)
        err = rffi.cast(lltype.Signed, _inflateCopy(w_new.stream,
                                                    self.stream))
        if err == Z_OK:
            w_new.unused_data = self.unused_data
            w_new.unconsumed_tail = self.unconsumed_tail
            w_new.eof = self.eof
        return err

    def save_unconsumed(self, data, out):
        """After a run over `data`: input after the end of the stream goes
        to unused_data, input held back by max_length to
        unconsumed_tail."""
        left = out.unconsumed
        start = len(data) - left
        assert start >= 0
        pending = left
        if out.err == Z_STREAM_END and left > 0:
            self.unused_data = self.unused_data + data[start:]
            pending = 0
        # as CPython: an old tail is replaced by the input not taken by
        # libz, which includes the unused data just saved
        if pending > 0 or len(self.unconsumed_tail) > 0:
            self.unconsumed_tail = data[start:]


def _comp(w_self):
    assert isinstance(w_self, W_Compress)
    return w_self


def _decomp(w_self):
    assert isinstance(w_self, W_Decompress)
    return w_self


def stream_copy(w_self):
    assert isinstance(w_self, W_Stream)
    return w_self.copy()


def stream_deepcopy(w_self, w_memo):
    return stream_copy(w_self)


for _w_type, _cls in [(w_compress_type, W_Compress),
                      (w_decompress_type, W_Decompress)]:
    method(_w_type, 'copy(self, /)', _cls)(stream_copy)
    method(_w_type, '__copy__(self, /)', _cls)(stream_copy)
    method(_w_type, '__deepcopy__(self, memo, /)', _cls)(stream_deepcopy)


def _init_failed(w_obj, err):
    """The error of a failed deflateInit2 or inflateInit2."""
    w_obj.release_children()
    if err == Z_STREAM_ERROR:
        return oefmt(exc.w_ValueError, "Invalid initialization option")
    if err == Z_MEM_ERROR:
        return _no_memory(w_obj.what)
    return zlib_error(lltype.nullptr(z_stream), err,
                      "while creating %s object" % w_obj.what)


# ---------------------------------------------------------------- Compress

@module.function('compressobj(level: int = -1, method: int = 8, '
                 'wbits: int = 15, memLevel: int = 8, strategy: int = 0, '
                 'zdict=NULL)')
def zlib_compressobj(level, method, wbits, memLevel, strategy, w_zdict):
    zdict = None
    if w_zdict is not None:
        zdict = data_arg(w_zdict)
    w_comp = W_Compress()
    stream = w_comp.stream
    err = rffi.cast(lltype.Signed, rzlib._deflateInit2(
        stream, level, method, wbits, memLevel, strategy))
    if err != Z_OK:
        raise _init_failed(w_comp, err)
    w_comp.inited = True
    if zdict is not None:
        err = set_deflate_dict(stream, zdict)
        if err == Z_STREAM_ERROR:
            w_comp.release_children()
            raise oefmt(exc.w_ValueError, "Invalid dictionary")
        if err != Z_OK:
            w_comp.release_children()
            raise oefmt(exc.w_ValueError, "deflateSetDictionary()")
    return w_comp


@method(w_compress_type, 'compress(self, data, /)', W_Compress)
def comp_compress(w_self, w_data):
    self = _comp(w_self)
    data = data_arg(w_data)
    if not self.inited:
        raise _ended_error("while compressing data")
    out = run_stream(self.stream, data, False, Z_NO_FLUSH, False, -1, None)
    if out.err == Z_STREAM_ERROR:
        raise zlib_error(self.stream, out.err, "while compressing data")
    return W_BytesObject(out.output)


@method(w_compress_type, 'flush(self, mode: int = 4, /)', W_Compress)
def comp_flush(w_self, mode):
    self = _comp(w_self)
    if mode == Z_NO_FLUSH:
        return W_BytesObject('')
    if not self.inited:
        raise _ended_error("while flushing")
    stream = self.stream
    out = run_stream(stream, '', False, mode, False, -1, None)
    err = out.err
    if err == Z_STREAM_ERROR:
        raise zlib_error(stream, err, "while flushing")
    if mode == Z_FINISH and err == Z_STREAM_END:
        self.inited = False
        err = rffi.cast(lltype.Signed, rzlib._deflateEnd(stream))
        if err != Z_OK:
            raise zlib_error(stream, err, "while finishing compression")
    elif err != Z_OK and err != Z_BUF_ERROR:
        raise zlib_error(stream, err, "while flushing")
    return W_BytesObject(out.output)


# ---------------------------------------------------------------- Decompress

@module.function('decompressobj(wbits: int = 15, zdict=NULL)')
def zlib_decompressobj(wbits, w_zdict):
    zdict = None
    if w_zdict is not None:
        zdict = buffer_or_none(w_zdict)
        if zdict is None:
            raise oefmt(exc.w_TypeError,
                        "zdict argument must support the buffer protocol")
    w_dec = W_Decompress(zdict)
    stream = w_dec.stream
    err = rffi.cast(lltype.Signed, rzlib._inflateInit2(stream, wbits))
    if err != Z_OK:
        raise _init_failed(w_dec, err)
    w_dec.inited = True
    if zdict is not None and wbits < 0:
        try:
            set_inflate_dict(stream, zdict)
        except OperationError:
            w_dec.release_children()
            raise
    return w_dec


@method(w_decompress_type, 'decompress(self, data, /, max_length: int = 0)',
        W_Decompress)
def decomp_decompress(w_self, w_data, max_length):
    self = _decomp(w_self)
    data = data_arg(w_data)
    if max_length < 0:
        raise oefmt(exc.w_ValueError, "max_length must be non-negative")
    if max_length == 0:
        max_length = -1
    if not self.inited:
        raise _ended_error("while decompressing data")
    out = run_stream(self.stream, data, True, rzlib.Z_SYNC_FLUSH, False,
                     max_length, self.zdict)
    self.save_unconsumed(data, out)
    err = out.err
    if err == Z_STREAM_END:
        self.eof = True
    elif err != Z_OK and err != Z_BUF_ERROR:
        raise zlib_error(self.stream, err, "while decompressing data")
    return W_BytesObject(out.output)


@method(w_decompress_type, 'flush(self, length: int = 16384, /)',
        W_Decompress)
def decomp_flush(w_self, length):
    self = _decomp(w_self)
    if length <= 0:
        raise oefmt(exc.w_ValueError, "length must be greater than zero")
    if not self.inited:
        return W_BytesObject('')
    data = self.unconsumed_tail
    stream = self.stream
    out = run_stream(stream, data, True, Z_NO_FLUSH, True, -1, self.zdict)
    self.save_unconsumed(data, out)
    if out.err == Z_STREAM_END:
        self.eof = True
        self.inited = False
        err = rffi.cast(lltype.Signed, rzlib._inflateEnd(stream))
        if err != Z_OK:
            raise zlib_error(stream, err, "while finishing decompression")
    return W_BytesObject(out.output)


def _unused_data(w_self):
    return W_BytesObject(_decomp(w_self).unused_data)


def _unconsumed_tail(w_self):
    return W_BytesObject(_decomp(w_self).unconsumed_tail)


def _eof(w_self):
    return newbool(_decomp(w_self).eof)


getset(w_decompress_type, 'unused_data', _unused_data, member=True)
getset(w_decompress_type, 'unconsumed_tail', _unconsumed_tail, member=True)
getset(w_decompress_type, 'eof', _eof, member=True)


# ---------------------------------------------------------------- constants

INT_CONSTANTS = [
    ('MAX_WBITS', MAX_WBITS), ('DEFLATED', DEFLATED),
    ('DEF_MEM_LEVEL', DEF_MEM_LEVEL), ('DEF_BUF_SIZE', DEF_BUF_SIZE),
    ('Z_NO_COMPRESSION', 0), ('Z_BEST_SPEED', rzlib.Z_BEST_SPEED),
    ('Z_BEST_COMPRESSION', rzlib.Z_BEST_COMPRESSION),
    ('Z_DEFAULT_COMPRESSION', rzlib.Z_DEFAULT_COMPRESSION),
    ('Z_FILTERED', rzlib.Z_FILTERED),
    ('Z_HUFFMAN_ONLY', rzlib.Z_HUFFMAN_ONLY), ('Z_RLE', 3), ('Z_FIXED', 4),
    ('Z_DEFAULT_STRATEGY', rzlib.Z_DEFAULT_STRATEGY),
    ('Z_NO_FLUSH', Z_NO_FLUSH), ('Z_PARTIAL_FLUSH', 1),
    ('Z_SYNC_FLUSH', rzlib.Z_SYNC_FLUSH),
    ('Z_FULL_FLUSH', rzlib.Z_FULL_FLUSH), ('Z_FINISH', Z_FINISH),
    ('Z_BLOCK', 5), ('Z_TREES', 6)]


@module.initializer
def init_zlib(w_dict):
    for name, value in INT_CONSTANTS:
        w_dict.setitem_str(name, newint(value))
    w_dict.setitem_str('ZLIB_VERSION', space.newtext(rzlib.ZLIB_VERSION))
    w_dict.setitem_str('ZLIB_RUNTIME_VERSION',
                       space.newtext(rzlib.zlibVersion()))
    w_dict.setitem_str('__version__', space.newtext('1.0'))
    w_dict.setitem_str('error', w_error)
