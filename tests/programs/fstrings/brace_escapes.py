x = 5
print(f'{{}}', f'{{x}}', f'{{{x}}}', f'{{{{', f'}}}}', f'a{{b}}c')
print(f'{x}}}', f'{{{x}', f'{{ {x} }}', f'{{{x!r}}}')
print(f'{x:{{}}>5}' if False else 'skip', f'{"{}"}', f"{'}'}")
