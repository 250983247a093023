"""The runtime: one episode of an actor with a strategy, tools and a backend, judged by the purpose function."""
