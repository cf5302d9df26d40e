x = 'X'
print(rf'\n{x}\t', fr'\d+{x}', Rf'{x}\\', fR'{x!r}\\')
print(rf'{x:>4}\s', f'\n{x}'.count('\n'), rf'\N{{DASH}}{x}')
print(f'\N{LATIN SMALL LETTER E WITH ACUTE}{x}\u00e9\x41')
