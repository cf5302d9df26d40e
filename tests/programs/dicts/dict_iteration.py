inventory = {'apples': 3, 'pears': 0, 'plums': 12}
total = 0
for fruit, count in inventory.items():
    print(fruit, count)
    total += count
print('total', total)
for fruit in inventory:
    inventory[fruit] = inventory[fruit] * 2
print(inventory)
print('done')
