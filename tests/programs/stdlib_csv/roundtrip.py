import csv, os, tempfile
rows = [{'id': 1, 'name': 'Widget, large', 'price': 9.5, 'note': 'says "hi"'}, {'id': 2, 'name': 'Gadget', 'price': 12.0, 'note': 'multi\nline'}, {'id': 3, 'name': 'Ünïcode', 'price': 0.25, 'note': ''}]
d = tempfile.mkdtemp(); p = os.path.join(d, 'items.csv')
with open(p, 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=['id', 'name', 'price', 'note'])
    w.writeheader(); w.writerows(rows)
with open(p, 'rb') as f:
    print(f.read())
with open(p, newline='', encoding='utf-8') as f:
    back = list(csv.DictReader(f))
print(back)
print(sum(float(r['price']) for r in back), [r['name'] for r in back if int(r['id']) > 1])
with open(p, newline='', encoding='utf-8') as f:
    r = csv.reader(f); header = next(r); print(header, [row[0] for row in r])
with open(p, newline='') as f:
    dr = csv.DictReader(f, fieldnames=['a', 'b'], restkey='rest')
    print(next(dr))
os.remove(p); os.rmdir(d)
