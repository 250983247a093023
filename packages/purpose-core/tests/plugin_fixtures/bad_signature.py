from purpose_agent import hookimpl


@hookimpl
def register_tools(registry, colour):  # 'colour' is not an argument of the hookspec
    registry.add(object(), name="never")
