# str slicing with steps, negative steps and non-ASCII text.
s = 'abcdefghij'
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:3])
print(s[-3:], s[:-3], s[-3:-1], s[-1:-4:-1], s[5:1:-1])
print(repr(s[5:5]), repr(s[7:3]), repr(s[3:7:-1]))
print(s[100:], s[-100:3], s[3:100], s[::100], s[::-100])
u = 'héllo wörld'
print(u[::2], u[::-1], u[1:8:3], u[-5:])
print('日本語テキスト'[1:5:2], '日本語テキスト'[::-3])
print(s[slice(2, 6)], s[slice(None, None, -3)])
