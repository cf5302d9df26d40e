name = 'multi'
n = 3
s = f"""header
{name}: {n:>4}
{'quoted'} and {"double"}
  {n
   + 1}
end"""
print(s)
t = f'''{name!r}
{n=}'''
print(t)
