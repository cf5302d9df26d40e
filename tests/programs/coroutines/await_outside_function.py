print('hi')
await something()
