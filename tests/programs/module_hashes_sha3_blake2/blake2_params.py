# _blake2: keyed, salted and personalised hashes and the tree parameters
# (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node).
import _blake2

for T in [_blake2.blake2b, _blake2.blake2s]:
    n = T.__name__
    print(n, T(key=b"").hexdigest() == T().hexdigest())
    for key in [b"k", b"key" * 5, b"K" * T.MAX_KEY_SIZE,
                bytes(range(T.MAX_KEY_SIZE))]:
        print(n, "key", len(key), T(b"abc", key=key).hexdigest())
        print(n, "key only", len(key), T(key=key, digest_size=16).hexdigest())
    print(n, "key buffers", T(b"x", key=bytearray(b"kk")).hexdigest() ==
          T(b"x", key=memoryview(b"kk")).hexdigest() ==
          T(b"x", key=b"kk").hexdigest())
    for salt in [b"s", b"S" * T.SALT_SIZE, b"\x00" * T.SALT_SIZE]:
        print(n, "salt", len(salt), T(b"abc", salt=salt).hexdigest())
    for person in [b"p", b"P" * T.PERSON_SIZE]:
        print(n, "person", len(person),
              T(b"abc", person=person).hexdigest())
    print(n, "all", T(b"abc", key=b"k" * 8, salt=b"s" * 4, person=b"me",
                      digest_size=20).hexdigest())
    for kw in [dict(fanout=0), dict(fanout=2), dict(fanout=255),
               dict(depth=2), dict(depth=255), dict(leaf_size=1),
               dict(leaf_size=4096), dict(leaf_size=2 ** 32 - 1),
               dict(node_offset=1), dict(node_offset=2 ** 48 - 1),
               dict(node_depth=1), dict(node_depth=255),
               dict(inner_size=1), dict(inner_size=T.MAX_DIGEST_SIZE),
               dict(last_node=True), dict(last_node=1),
               dict(last_node=[]),
               dict(fanout=2, depth=2, leaf_size=4096, node_offset=5,
                    node_depth=1, inner_size=T.MAX_DIGEST_SIZE,
                    last_node=True)]:
        print(n, sorted(kw.items()), T(b"leaf", **kw).hexdigest())
    if n == "blake2b":
        print(n, T(node_offset=2 ** 64 - 1).hexdigest())
    # a small tree: two leaves and their root
    leaves = [T(b"L" * 10, fanout=2, depth=2, leaf_size=10, inner_size=32,
                node_offset=i, node_depth=0, last_node=(i == 1),
                digest_size=32) for i in range(2)]
    root = T(fanout=2, depth=2, leaf_size=10, inner_size=32, node_offset=0,
             node_depth=1, last_node=True, digest_size=32)
    for leaf in leaves:
        root.update(leaf.digest())
    print(n, "tree", root.hexdigest())
