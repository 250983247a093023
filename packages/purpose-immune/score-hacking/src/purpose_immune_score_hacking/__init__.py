"""Purpose Agent immune system: judge score-hacking detector."""
