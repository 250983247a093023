"""Purpose Agent research technique: Retroformer retrospective feedback."""
