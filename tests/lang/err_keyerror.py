# Uncaught KeyError from a missing dict key.
d = {'present': 1}
print(d['present'])
print({}['missing'])
