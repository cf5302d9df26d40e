for x0 in range(1):
    def f():
        for x1 in range(1):
            def f():
                for x2 in range(1):
                    def f():
                        for x3 in range(1):
                            def f():
                                for x4 in range(1):
                                    def f():
                                        for x5 in range(1):
                                            def f():
                                                for x6 in range(1):
                                                    def f():
                                                        for x7 in range(1):
                                                            def f():
                                                                for x8 in range(1):
                                                                    def f():
                                                                        for x9 in range(1):
                                                                            def f():
                                                                                for x10 in range(1):
                                                                                    def f():
                                                                                        for x11 in range(1):
                                                                                            def f():
                                                                                                for x12 in range(1):
                                                                                                    def f():
                                                                                                        for x13 in range(1):
                                                                                                            def f():
                                                                                                                for x14 in range(1):
                                                                                                                    def f():
                                                                                                                        pass
print("ok")
