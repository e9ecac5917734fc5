# A mix of small algorithms: serializer, tokenizer, parser, sieve, formatting tables.
import math, sys
def serialize(o, indent=0):
    pad = '  ' * indent
    if isinstance(o, dict):
        if not o:
            return '{}'
        items = [f'{pad}  {serialize(k)}: {serialize(v, indent + 1)}' for k, v in o.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(o, (list, tuple)):
        return '[' + ', '.join(serialize(x, indent) for x in o) + ']'
    if isinstance(o, str):
        return '"' + o.replace('\\', '\\\\').replace('"', '\\"') + '"'
    if o is None:
        return 'null'
    if isinstance(o, bool):
        return 'true' if o else 'false'
    return repr(o)
data = {'name': 'adder', 'version': (0, 1), 'tags': ['c', 'python'], 'ok': True, 'none': None, 'pi': math.pi, 'nested': {'a': {'b': [1, 2.5, 'x"y']}}}
print(serialize(data))
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            toks.append(('NUM', float(s[i:j]) if '.' in s[i:j] else int(s[i:j])))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(s) and (s[j].isalnum() or s[j] == '_'):
                j += 1
            toks.append(('ID', s[i:j]))
            i = j
        else:
            toks.append(('OP', c))
            i += 1
    return toks
print(tokenize('x1 = 3.14 * (y + 42) / z_2'))
def parse_expr(toks):
    pos = 0
    def peek():
        return toks[pos] if pos < len(toks) else (None, None)
    def advance():
        nonlocal pos
        pos += 1
        return toks[pos - 1]
    def atom():
        kind, v = advance()
        if kind == 'NUM':
            return v
        if v == '(':
            r = expr()
            advance()
            return r
        if v == '-':
            return -atom()
        raise SyntaxError(f'unexpected {v!r}')
    def term():
        r = atom()
        while peek()[1] in ('*', '/', '%'):
            op = advance()[1]
            rhs = atom()
            r = r * rhs if op == '*' else r / rhs if op == '/' else r % rhs
        return r
    def expr():
        r = term()
        while peek()[1] in ('+', '-'):
            op = advance()[1]
            rhs = term()
            r = r + rhs if op == '+' else r - rhs
        return r
    return expr()
for e in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4', '-3 * -(2 + 1)', '7 % 3 + 0.5', '2 * (3']:
    try:
        print(e, '=', parse_expr(tokenize(e)))
    except (SyntaxError, IndexError) as ex:
        print(e, 'error', type(ex).__name__, ex)
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
print(sieve(100))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
text = '''the quick brown fox jumps over the lazy dog the fox'''
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f'{w:<8}{c:>3}')
def hanoi(n, a='A', b='B', c='C'):
    if n == 0:
        return []
    return hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(10)), hanoi(2))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(0, 90, 10)])
def pipeline():
    nums = (i * i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    pairs = zip(evens, 'abcdefghij')
    return dict(pairs)
print(pipeline())
print('{:>10}|{:^10}|{:<10}|'.format('right', 'center', 'left'))
print('\n'.join(f'{i:3d} {i*i:5d} {i**0.5:8.4f}' for i in range(1, 6)))
table = [('alice', 30, 55.5), ('bob', 4, 1234.125), ('carol', 123, -0.5)]
for name, age, score in table:
    print('%-10s|%5d|%10.2f|%s' % (name, age, score, name.title()))
s = 'Hello, World! 123'
print(s.swapcase(), s[::-1], s.count('l'), s.find('World'), ''.join(sorted(s)), s.encode if False else '')
print(sorted(['banana', 'Apple', 'cherry'], key=str.lower))
print(sorted(['banana', 'Apple', 'cherry'], key=len, reverse=True))
print(list(map(str.upper, ['a', 'b'])), list(filter(str.isdigit, 'a1b2c3')))
print(max(table, key=lambda r: r[2]), min(table, key=lambda r: r[1]))
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1]])
print({len(w): w for w in words})
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid, [[0] * 3] * 2)
acc = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        acc.append((i, j))
    else:
        acc.append('no-break')
print(acc)
print(int('ff', 16), int('777', 8), int('1010', 2), hex(255), oct(8), bin(5), f'{255:#06x}')
print(round(math.sqrt(2), 4), math.floor(-2.5), math.ceil(-2.5), abs(-7), divmod(17, 5))
print(sys.argv[0].endswith('.py'), len(sys.argv))
print(chr(65 + 25), ord('z') - ord('a'), [chr(c) for c in range(ord('a'), ord('f'))])
print(str(123).zfill(6), '42'.rjust(5, '0'), 'x'.center(7, '-'))
print(' '.join(reversed('a b c'.split())), '-'.join(map(str, range(5))))
