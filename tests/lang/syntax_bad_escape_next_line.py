# A bad escape in a parenthesized string is reported at the closing parenthesis.
x = ("\U00110000"
     )
