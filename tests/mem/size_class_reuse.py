# adder-only: small objects fill the pools of one size class; freed blocks serve the next objects of that size (output checked by hand).
import sys
def classes():
    return {c["size"]: c for c in sys.heapinfo()["size_classes"]}
pooled = sys.heapinfo()["mode"] != "malloc"
before = classes()
xs = [1.5 * i for i in range(10000)]
after = classes()
# A float takes one block of one class (32 bytes; more in debug mode, for the guards).
grown = [s for s, c in after.items() if c["blocks"] - before.get(s, {"blocks": 0})["blocks"] >= 10000]
print("the floats went to one class:", len(grown) == 1 if pooled else True)
size = grown[0] if grown else 0
pools = after[size]["pools"] if pooled else 0
del xs
ys = [2.5 * i for i in range(10000)]
print("their blocks served the next floats:", classes()[size]["pools"] <= pools if pooled else True)
three = 3.0
a = three * 1e300
ida = id(a)
del a
b = three * 2e300
# (malloc may hold freed blocks back: ASan's quarantine does.)
print("the freed block is the next one given:", id(b) == ida if pooled else True)
