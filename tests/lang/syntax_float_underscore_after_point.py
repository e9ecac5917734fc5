# An underscore right after the point of a float is reported at the point.
x = 1._5
