"""purpose-optimizers: the optimizers a default install learns with (docs/architecture.md).

``cases`` (``CaseOptimizer``: per episode, skill cards, worked cases, tool-error warnings), ``lessons``
(``LessonOptimizer``: general lessons from a training pass) and ``demonstrations``
(``DemonstrationOptimizer``: one demonstration set from a training pass). They register through
``register_optimizers`` like any technique and import the kernel only through ``purpose_agent.plugin``.
"""
