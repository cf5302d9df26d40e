a = 1
b = 'two'
print(f'{a}' f'{b}', 'x' f'{a}' 'y', f'{a}' 'lit' f'{b}' "end")
print('plain' 'strings', f'{a}' '{b}', '{a}' f'{b}')
s = (f'line {a}\n'
     'and {not a field} '
     f'then {b}')
print(s)
print(f'a' 'b' f'c', f'' '', '' f'{a}')
