# A string continued by an escaped newline that ends the file is unterminated on its own line.
x = "abc\
