# adder-only: sys.getallocatedblocks() rises by one block per small object and falls back when they die (output checked by hand).
import sys
before = sys.getallocatedblocks()
floats = [float(i) for i in range(100000)]
grown = sys.getallocatedblocks() - before
# 100,000 floats, the list and its item array, and the int `before` itself.
print("grew by about 100000:", 100000 <= grown <= 100010)
del floats
after = sys.getallocatedblocks() - before
print("back where it started:", -5 <= after <= 5)
words = ["w" + str(i) for i in range(50000)]
print("strings count too:", sys.getallocatedblocks() - before >= 50000)
words.clear()
# A few blocks stay: the one-character strings str() made for 0..9 are cached.
print("and go back:", sys.getallocatedblocks() - before <= 20)
