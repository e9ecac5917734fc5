# adder-only: --tokens output of the lexer, checked by hand
# args: --tokens

def f(x):

    # comment at block indentation
  # comment at odd indentation
        # comment indented deeper than the block
    y = x

          
    if y:
            # odd comment inside nested block

        return y
# comment at column 0 inside the function
    return 0

   # trailing comment-only line at odd indentation
z = f(1)
