"""The questions Tsunagu answers: bridging people, collaboration candidates, introduction
paths and gaps. Cypher selects; igraph (C, well kept) runs the graph algorithms on a
projection of the people–group network read with Cypher."""
