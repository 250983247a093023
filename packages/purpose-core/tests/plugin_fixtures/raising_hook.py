from purpose_agent import hookimpl


@hookimpl
def register_tools(registry):
    raise ValueError("register_tools exploded")
