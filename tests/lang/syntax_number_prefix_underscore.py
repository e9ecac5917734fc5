# A prefix followed by a lone underscore is an invalid literal, reported at the underscore.
x = 0b_
