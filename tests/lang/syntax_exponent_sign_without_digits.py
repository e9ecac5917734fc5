# An exponent sign with no digits after it is reported at the sign.
x = 1e+
