import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], sorted(keyword.softkwlist))
for w in ['if', 'match', 'print', 'None', 'async', '_', 'case', 'True', 'nonlocal']:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
print([w for w in keyword.kwlist if w[0].isupper()])
