print(format('abc', '>5'))
print(format('abc', ','))
