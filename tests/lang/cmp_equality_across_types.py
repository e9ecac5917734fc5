# Equality across numeric types and between unrelated types.
print(1 == 1.0 == True, 0 == 0.0 == False, 2 == 2.0, 1 != 1.0)
print(1 == '1', [1] == (1,), None == 0, 'a' == ['a'], {} == [])
print(1.5 == 1, True == 2, False == 0.0, -0.0 == 0)
print([1, 2] == [1.0, 2.0], (True,) == (1,), {1: 'a'} == {1.0: 'a'}, {1, 2} == {2.0, 1.0})
print(set() == frozenset(), range(3) == [0, 1, 2], 'abc' == 'abc')
print(2**53 == 2**53 + 0.0, 9007199254740993 == 9007199254740992.0)
print(1 is not None, [] is [], () == ())
