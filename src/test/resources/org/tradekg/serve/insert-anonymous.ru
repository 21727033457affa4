# What a stranger tries to add: must never arrive.
INSERT DATA { GRAPH <https://example.org/graph/stranger> { <https://example.org/y> <https://example.org/p> "stranger" } }
