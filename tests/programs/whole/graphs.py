# A small graph library: directed/undirected weighted graphs, BFS, DFS
# (recursive and as a generator), Dijkstra with a hand-written binary heap,
# topological sort (Kahn and DFS), cycle detection, connected components,
# minimum spanning tree with union-find, and a maze solved on a grid graph.


class GraphError(Exception):
    pass


class NoPath(GraphError):
    def __init__(self, source, target):
        super().__init__('no path from %s to %s' % (source, target))
        self.source = source
        self.target = target


class CycleError(GraphError):
    def __init__(self, cycle):
        super().__init__('cycle: ' + ' -> '.join(str(n) for n in cycle))
        self.cycle = cycle


class Edge:
    def __init__(self, src, dst, weight=1):
        self.src = src
        self.dst = dst
        self.weight = weight

    def __repr__(self):
        return 'Edge(%s, %s, %s)' % (self.src, self.dst, self.weight)

    def __lt__(self, other):
        return (self.weight, str(self.src), str(self.dst)) < (other.weight, str(other.src), str(other.dst))

    def __eq__(self, other):
        return isinstance(other, Edge) and (self.src, self.dst, self.weight) == (other.src, other.dst, other.weight)

    def __hash__(self):
        return hash((self.src, self.dst, self.weight))

    def __iter__(self):
        yield self.src
        yield self.dst
        yield self.weight


class MinHeap:
    """Binary heap of (priority, tiebreak, item) entries."""

    def __init__(self, entries=()):
        self.data = []
        self.pushes = 0
        for e in entries:
            self.push(*e)

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def push(self, priority, item):
        self.pushes += 1
        data = self.data
        data.append((priority, self.pushes, item))
        i = len(data) - 1
        while i > 0:
            p = (i - 1) >> 1
            if data[i] < data[p]:
                data[i], data[p] = data[p], data[i]
                i = p
            else:
                break

    def pop(self):
        if not self.data:
            raise IndexError('pop from empty heap')
        data = self.data
        top = data[0]
        last = data.pop()
        if data:
            data[0] = last
            i = 0
            n = len(data)
            while True:
                left = 2 * i + 1
                if left >= n:
                    break
                child = left
                if left + 1 < n and data[left + 1] < data[left]:
                    child = left + 1
                if data[child] < data[i]:
                    data[i], data[child] = data[child], data[i]
                    i = child
                else:
                    break
        return top[0], top[2]


class Graph:
    def __init__(self, directed=True):
        self.directed = directed
        self.adj = {}

    def add_node(self, node):
        if node not in self.adj:
            self.adj[node] = {}

    def add_edge(self, src, dst, weight=1):
        if weight < 0:
            raise GraphError('negative weight %s on %s-%s' % (weight, src, dst))
        self.add_node(src)
        self.add_node(dst)
        self.adj[src][dst] = weight
        if not self.directed:
            self.adj[dst][src] = weight

    @classmethod
    def from_edges(cls, edges, directed=True):
        g = cls(directed)
        for e in edges:
            g.add_edge(*e)
        return g

    def __len__(self):
        return len(self.adj)

    def __iter__(self):
        return iter(self.adj)

    def __contains__(self, node):
        return node in self.adj

    def __getitem__(self, node):
        try:
            return self.adj[node]
        except KeyError:
            raise GraphError('unknown node %r' % (node,)) from None

    def __repr__(self):
        kind = 'DiGraph' if self.directed else 'Graph'
        return '<%s %d nodes, %d edges>' % (kind, len(self), self.edge_count())

    def edges(self):
        seen = set()
        for src, outs in self.adj.items():
            for dst, w in outs.items():
                if not self.directed:
                    key = (src, dst) if str(src) <= str(dst) else (dst, src)
                    if key in seen:
                        continue
                    seen.add(key)
                yield Edge(src, dst, w)

    def edge_count(self):
        return sum(1 for _ in self.edges())

    def neighbors(self, node):
        return sorted(self[node], key=str)

    def reversed(self):
        r = Graph(self.directed)
        for node in self:
            r.add_node(node)
        for e in self.edges():
            r.add_edge(e.dst, e.src, e.weight)
        return r


def bfs(graph, start):
    """Returns (order, distance in hops, parent)."""
    dist = {start: 0}
    parent = {start: None}
    order = []
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        order.append(node)
        for nxt in graph.neighbors(node):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                parent[nxt] = node
                queue.append(nxt)
    return order, dist, parent


def dfs_recursive(graph, start):
    order = []
    seen = set()

    def visit(node):
        seen.add(node)
        order.append(node)
        for nxt in graph.neighbors(node):
            if nxt not in seen:
                visit(nxt)
    visit(start)
    return order


def dfs_iter(graph, start):
    """Generator: yields ('enter', node, depth) and ('leave', node, depth)."""
    seen = {start}
    stack = [(start, iter(graph.neighbors(start)))]
    yield 'enter', start, 0
    while stack:
        node, children = stack[-1]
        for child in children:
            if child not in seen:
                seen.add(child)
                yield 'enter', child, len(stack)
                stack.append((child, iter(graph.neighbors(child))))
                break
        else:
            stack.pop()
            yield 'leave', node, len(stack)


def path_from(parent, target):
    path = []
    while target is not None:
        path.append(target)
        target = parent[target]
    return path[::-1]


def dijkstra(graph, source):
    dist = {source: 0}
    parent = {source: None}
    heap = MinHeap([(0, source)])
    done = set()
    pops = 0
    while heap:
        d, node = heap.pop()
        pops += 1
        if node in done:
            continue
        done.add(node)
        for nxt, w in sorted(graph[node].items(), key=lambda kv: str(kv[0])):
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                parent[nxt] = node
                heap.push(nd, nxt)
    return dist, parent, pops


def shortest_path(graph, source, target):
    dist, parent, _ = dijkstra(graph, source)
    if target not in dist:
        raise NoPath(source, target)
    return dist[target], path_from(parent, target)


def topo_kahn(graph):
    indeg = {n: 0 for n in graph}
    for e in graph.edges():
        indeg[e.dst] += 1
    ready = MinHeap()
    for n in graph:
        if indeg[n] == 0:
            ready.push(str(n), n)
    order = []
    while ready:
        _, node = ready.pop()
        order.append(node)
        for nxt in graph.neighbors(node):
            indeg[nxt] -= 1
            if indeg[nxt] == 0:
                ready.push(str(nxt), nxt)
    if len(order) != len(graph):
        raise CycleError(find_cycle(graph))
    return order


def find_cycle(graph):
    """Returns one cycle as a list of nodes (first == last), or None."""
    WHITE, GREY, BLACK = 0, 1, 2
    color = {n: WHITE for n in graph}
    stack = []

    def visit(node):
        color[node] = GREY
        stack.append(node)
        for nxt in graph.neighbors(node):
            if color[nxt] == GREY:
                return stack[stack.index(nxt):] + [nxt]
            if color[nxt] == WHITE:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        color[node] = BLACK
        return None
    for node in sorted(graph, key=str):
        if color[node] == WHITE:
            found = visit(node)
            if found:
                return found
    return None


def topo_dfs(graph):
    cycle = find_cycle(graph)
    if cycle:
        raise CycleError(cycle)
    seen = set()
    post = []

    def visit(node):
        seen.add(node)
        for nxt in graph.neighbors(node):
            if nxt not in seen:
                visit(nxt)
        post.append(node)
    for node in sorted(graph, key=str):
        if node not in seen:
            visit(node)
    return post[::-1]


def components(graph):
    seen = set()
    result = []
    for node in sorted(graph, key=str):
        if node in seen:
            continue
        order, _, _ = bfs(graph, node)
        seen.update(order)
        result.append(sorted(order, key=str))
    return result


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.size = {x: 1 for x in items}

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True


def kruskal(graph):
    uf = UnionFind(graph)
    tree = [e for e in sorted(graph.edges()) if uf.union(e.src, e.dst)]
    return tree


def grid_graph(rows):
    """A maze: '#' walls, other cells connected to their open neighbours;
    digits are the cost of entering the cell."""
    g = Graph(directed=True)
    height = len(rows)
    width = len(rows[0])
    marks = {}
    for r, line in enumerate(rows):
        for c, ch in enumerate(line):
            if ch == '#':
                continue
            g.add_node((r, c))
            if ch.isalpha():
                marks[ch] = (r, c)
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < height and 0 <= nc < width and rows[nr][nc] != '#':
                    target = rows[nr][nc]
                    g.add_edge((r, c), (nr, nc), int(target) if target.isdigit() else 1)
    return g, marks


MAZE = [
    '##########',
    '#S..#...2#',
    '#.#.#.##.#',
    '#.#...#..#',
    '#.####9#.#',
    '#..5...#E#',
    '##########',
]


def main():
    roads = Graph.from_edges([
        ('A', 'B', 7), ('A', 'C', 9), ('A', 'F', 14), ('B', 'C', 10), ('B', 'D', 15),
        ('C', 'D', 11), ('C', 'F', 2), ('D', 'E', 6), ('E', 'F', 9), ('G', 'H', 3),
    ], directed=False)
    print(roads)
    for node in roads:
        print('  %s: %s' % (node, ', '.join('%s(%d)' % (n, roads[node][n]) for n in roads.neighbors(node))))
    order, hops, parent = bfs(roads, 'A')
    print('bfs from A:', order)
    print('hops:', ' '.join(f'{n}={hops[n]}' for n in order))
    print('bfs path A->E:', path_from(parent, 'E'))
    print('dfs recursive:', dfs_recursive(roads, 'A'))
    events = list(dfs_iter(roads, 'A'))
    print('dfs events: %d' % len(events))
    for what, node, depth in events:
        print('  ' + '  ' * depth + ('+' if what == 'enter' else '-') + node)
    dist, parent, pops = dijkstra(roads, 'A')
    print('dijkstra from A (%d pops):' % pops)
    for node in sorted(dist):
        print('  {:2} {:3d}  via {}'.format(node, dist[node], '-'.join(path_from(parent, node))))
    for target in ('E', 'H', 'Z'):
        try:
            cost, path = shortest_path(roads, 'A', target)
            print('A->%s: %d %s' % (target, cost, path))
        except NoPath as e:
            print('A->%s: %s' % (target, e))
        except GraphError as e:
            print('A->%s: error %s' % (target, e))
    print('components:', components(roads))
    names = sorted(roads)
    print('all pairs:   ' + ' '.join('%4s' % n for n in names))
    for a in names:
        row = dijkstra(roads, a)[0]
        print('  %s         ' % a + ' '.join('%4s' % (row[b] if b in row else '-') for b in names))
    tree = kruskal(roads)
    print('minimum spanning forest: %s, weight %d' % ([(e.src, e.dst) for e in tree],
                                                     sum(e.weight for e in tree)))
    src, dst, w = tree[0]
    print('first tree edge unpacked:', src, dst, w)

    print()
    print('--- build order ---')
    deps = {
        'app': ['lib', 'ui', 'net'], 'ui': ['lib', 'gfx'], 'net': ['lib', 'crypto'],
        'gfx': ['math'], 'crypto': ['math'], 'lib': ['core'], 'math': ['core'], 'core': [],
        'tests': ['app'], 'docs': [],
    }
    build = Graph()
    for target, needs in deps.items():
        build.add_node(target)
        for need in needs:
            build.add_edge(need, target)
    print(build)
    print('kahn:', topo_kahn(build))
    print('dfs: ', topo_dfs(build))
    rev = build.reversed()
    print('needed by tests:', dfs_recursive(rev, 'tests'))
    levels = {}
    for node in topo_kahn(build):
        levels[node] = max([levels[p] + 1 for p in rev.neighbors(node)], default=0)
    by_level = {}
    for node, lvl in levels.items():
        by_level.setdefault(lvl, []).append(node)
    for lvl in sorted(by_level):
        print('  level %d: %s' % (lvl, ' '.join(sorted(by_level[lvl]))))

    print()
    print('--- cycles ---')
    build.add_edge('core', 'docs')
    print('after core->docs, cycle?', find_cycle(build))
    build.add_edge('app', 'math')
    for sorter in (topo_kahn, topo_dfs):
        try:
            sorter(build)
        except CycleError as e:
            print('%s: %s (length %d)' % (sorter.__name__, e, len(e.cycle) - 1))
    ring = Graph.from_edges([(i, (i + 1) % 5) for i in range(5)])
    print('ring cycle:', find_cycle(ring))
    try:
        Graph.from_edges([('x', 'y', -1)])
    except GraphError as e:
        print('bad edge:', e)
    try:
        roads['Q']
    except GraphError as e:
        print('lookup:', e, '| cause suppressed:', e.__cause__ is None and e.__suppress_context__)

    print()
    print('--- heap ---')
    heap = MinHeap()
    values = [(x * 37) % 101 for x in range(25)]
    for v in values:
        heap.push(v, 'v%d' % v)
    drained = []
    while heap:
        drained.append(heap.pop()[0])
    print('sorted by heap:', drained == sorted(values), drained[:10])
    ties = MinHeap([(1, 'first'), (0, 'zero'), (1, 'second'), (1, 'third')])
    print('ties keep insertion order:', [ties.pop()[1] for _ in range(len(ties))])
    try:
        ties.pop()
    except IndexError as e:
        print('empty:', e)

    print()
    print('--- maze ---')
    maze, marks = grid_graph(MAZE)
    print(maze, 'start', marks['S'], 'end', marks['E'])
    cost, path = shortest_path(maze, marks['S'], marks['E'])
    order, hops, _ = bfs(maze, marks['S'])
    print('cheapest cost %d over %d steps; fewest steps %d' % (cost, len(path) - 1, hops[marks['E']]))
    on_path = set(path)
    for r, line in enumerate(MAZE):
        print(''.join('*' if (r, c) in on_path and ch == '.' else ch for c, ch in enumerate(line)))
    dist, _, pops = dijkstra(maze, marks['S'])
    far = max(dist.items(), key=lambda kv: (kv[1], kv[0]))
    print('farthest cell %s at cost %d; %d cells reachable, %d heap pops' % (far[0], far[1], len(dist), pops))
    for r, line in enumerate(MAZE):
        print(' '.join('%2d' % hops[(r, c)] if (r, c) in hops else ' #' for c in range(len(line))))
    walls = sum(line.count('#') for line in MAZE)
    print('walls %d, open %d, edges %d' % (walls, len(maze), maze.edge_count()))

    print()
    print('--- a bigger generated graph ---')
    big = Graph()
    state = 12345
    for i in range(60):
        for _ in range(3):
            state = (state * 1103515245 + 12345) % 2147483648
            j = (state >> 16) % 60
            w = (state >> 8) % 20 + 1
            if j != i:
                big.add_edge(i, j, w)
    print(big)
    dist, parent, pops = dijkstra(big, 0)
    print('reachable from 0: %d, max distance %d, pops %d' % (len(dist), max(dist.values()), pops))
    buckets = {}
    for node, d in dist.items():
        buckets.setdefault(d // 10, []).append(node)
    for b in sorted(buckets):
        print('  dist %2d-%2d: %2d nodes' % (b * 10, b * 10 + 9, len(buckets[b])))
    for target in (7, 19, 33, 48, 59):
        try:
            cost, path = shortest_path(big, 0, target)
            print('  0 -> %2d cost %3d: %s' % (target, cost, ' '.join(map(str, path))))
        except NoPath as e:
            print('  ' + str(e))
    cyc = find_cycle(big)
    print('a cycle:', cyc)
    comps = components(Graph.from_edges(list(big.edges()), directed=False))
    print('weakly connected components:', [len(c) for c in comps])
    indeg = {n: 0 for n in big}
    for e in big.edges():
        indeg[e.dst] += 1
    top = sorted(indeg, key=lambda n: (-indeg[n], n))[:5]
    print('most depended on:', [(n, indeg[n]) for n in top])
    total = sum(d * (n + 1) for n, d in dist.items())
    print('distance checksum:', total)


main()
