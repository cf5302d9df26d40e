# Breadth-first and depth-first search over an adjacency dict.
graph = {
    'a': ['b', 'c'],
    'b': ['d'],
    'c': ['d', 'e'],
    'd': ['f'],
    'e': ['f', 'g'],
    'f': [],
    'g': ['a'],
    'h': ['g'],
}

def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                parent[nxt] = node
                queue.append(nxt)
    return dist, parent

def path_to(parent, node):
    path = []
    while node is not None:
        path.append(node)
        node = parent[node]
    path.reverse()
    return path

def dfs(node, seen, order):
    seen[node] = True
    order.append(node)
    for nxt in graph[node]:
        if not seen.get(nxt, False):
            dfs(nxt, seen, order)
    return order

dist, parent = bfs('a')
print(dist)
print(path_to(parent, 'g'), path_to(parent, 'f'), path_to(parent, 'a'))
print('h' in dist, len(dist))
print(dfs('a', {}, []))
print(dfs('h', {}, []))

# in-degree count
indeg = {}
for node in graph:
    indeg[node] = 0
for node, outs in graph.items():
    for o in outs:
        indeg[o] += 1
print(indeg)
sources = []
for node, d in indeg.items():
    if d == 0:
        sources.append(node)
print('sources', sources)
