print('mainpkg imported as', __name__)
