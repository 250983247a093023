"""The runtime: an actor with a strategy, tools and a backend runs one episode, judged by Φ."""
