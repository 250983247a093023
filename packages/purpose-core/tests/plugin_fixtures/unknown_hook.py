from purpose_agent import hookimpl


@hookimpl
def register_widgets(registry):
    registry.add(object(), name="widget")
