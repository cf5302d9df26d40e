print("start")
def f():
    for x in range(1):
        for x in range(1):
            for x in range(1):
                for x in range(1):
                    for x in range(1):
                        for x in range(1):
                            for x in range(1):
                                for x in range(1):
                                    for x in range(1):
                                        for x in range(1):
                                            for x in range(1):
                                                for x in range(1):
                                                    for x in range(1):
                                                        for x in range(1):
                                                            for x in range(1):
                                                                for x in range(1):
                                                                    for x in range(1):
                                                                        for x in range(1):
                                                                            for x in range(1):
                                                                                for x in range(1):
                                                                                    for x in range(1):
                                                                                        pass
