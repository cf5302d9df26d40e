stock = {'apple': 3, 'pear': 0}
print(stock.pop('pear'), stock.pop('kiwi', 'none'), stock)
print(stock.pop('apple'))
stock.pop('apple')
