with open(f) as g:
# only a comment
