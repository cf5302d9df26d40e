print(f'{"\\n".join([])}')
