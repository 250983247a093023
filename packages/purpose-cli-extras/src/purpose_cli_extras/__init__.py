"""Purpose Agent's CLI extras: the commands that are tools around the kernel, not the kernel.

``purpose wizard`` (and a bare ``purpose`` at a terminal), ``purpose trace`` (list and show recorded
episodes), ``purpose memory bisect`` (find the promotion that made a suite's score drop) and ``purpose
memory migrate`` (copy a store into another and verify it; upgrade an older schema). They reach the
kernel only through ``purpose_agent.plugin`` and are registered by :mod:`purpose_cli_extras.plugin`.
"""
