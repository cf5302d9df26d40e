x = 10**18 * [None]
