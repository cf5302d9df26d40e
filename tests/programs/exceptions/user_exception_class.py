class AppError(Exception):
    pass
class DetailError(AppError):
    def __init__(self, code):
        super().__init__('detail', code)
        self.code = code
try:
    raise DetailError(7)
except AppError as e:
    print(type(e).__name__, e.args, e.code, str(e))
raise AppError('uncaught user exception')
