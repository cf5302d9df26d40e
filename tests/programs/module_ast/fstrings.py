# f-strings: JoinedStr, FormattedValue, conversions, nested specs, positions
import ast

for src in ['f"a{b!r:>{w}}c{d=}" "e" f"{x:{y}.{z}}"',
            "f'{x}'", "f'plain'", "f'{x!s}{y!a}{z!r}'", "f'{x=!s:>10}'",
            "'a' f'{b}' 'c'", "'abc' f'{x}' 'gh' f'i{x:4}'", "f'{x:{y}>4}'", "f''", "'a' f'b'", "f'{{}}'", "'' f''", 'f"""{\n  x\n}"""', "f'{a[\"k\"]}{ {1: 2}[1] }'"]:
    tree = ast.parse(src, mode='eval')
    print(ast.dump(tree.body))
    print(ast.dump(tree.body, include_attributes=True))
