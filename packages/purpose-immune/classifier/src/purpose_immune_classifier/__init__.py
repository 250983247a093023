"""A learned prompt-injection detector for the Purpose Agent immune system (hashed n-grams, linear model).

Nothing heavy at import: numpy and the weights load when the scanner first scores a text.
"""
