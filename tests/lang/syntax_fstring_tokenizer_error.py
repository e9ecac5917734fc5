# A tokenizer error inside an f-string expression keeps its own message.
s = f'{1_}'
