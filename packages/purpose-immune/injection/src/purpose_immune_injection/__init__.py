"""Purpose Agent immune system: prompt-injection and jailbreak detector."""
