# Classes building linked structures: a singly linked list and a binary search tree.
class LinkedList:
    class _Node:
        def __init__(self, value, nxt):
            self.value = value
            self.next = nxt

    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)

    def push(self, value):
        self.head = LinkedList._Node(value, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __repr__(self):
        return 'LinkedList([' + ', '.join(repr(v) for v in self) + '])'

ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), sum(ll), 2 in ll, type(ll.head).__qualname__)

class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        side = 'left' if key < self.key else 'right'
        child = getattr(self, side)
        if child is None:
            setattr(self, side, Tree(key))
        else:
            child.insert(key)

    def inorder(self):
        left = self.left.inorder() if self.left else []
        right = self.right.inorder() if self.right else []
        return left + [self.key] + right

    def depth(self):
        return 1 + max(self.left.depth() if self.left else 0,
                       self.right.depth() if self.right else 0)

root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35]:
    root.insert(k)
print(root.inorder(), root.depth())
print(root.left.right.left.key, root.right.key)
