# Objects holding objects: the parent's __del__ runs first, then its attributes die.
class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)
    def __del__(self):
        print('__del__', self.name, 'with', len(self.children), 'children')

tree = Node('root', Node('left', Node('left.leaf')), Node('right'))
print('del tree')
del tree
print('after tree')

class Pair:
    def __init__(self, name, first, second):
        self.name = name
        self.first = first
        self.second = second
    def __del__(self):
        print('__del__', self.name, self.first.name, self.second.name)

class Leaf:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__ leaf', self.name)

p = Pair('pair', Leaf('one'), Leaf('two'))
print('del pair')
del p
# A child that outlives its parent.
p = Pair('pair2', Leaf('kept'), Leaf('dropped'))
kept = p.first
print('del pair2')
del p
print('kept is', kept.name)
del kept
# A chain: each link holds the next one.
class Link:
    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt
    def __del__(self):
        print('__del__ link', self.n)
chain = None
for i in range(4):
    chain = Link(i, chain)
print('del chain')
del chain
# An attribute replaced inside __del__ is still released.
class Swapper:
    def __init__(self):
        self.held = Leaf('held by swapper')
    def __del__(self):
        print('swapper __del__')
        self.held = Leaf('replacement')
s = Swapper()
del s
print('end')
