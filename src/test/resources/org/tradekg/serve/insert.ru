# Adds one triple to a graph of its own.
INSERT DATA { GRAPH <https://example.org/graph/test> { <https://example.org/x> <https://example.org/p> "added" } }
