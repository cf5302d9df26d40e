class Bad:
    def __await__(self):
        return 5

async def main():
    await Bad()

main().send(None)
