from purpose_agent import hookimpl

SEEN: list[tuple[str, str, str]] = []


@hookimpl
def on_memory_status_change(card, old_status, new_status, reason):
    SEEN.append((old_status, new_status, reason))


@hookimpl
def on_episode_start(episode):
    raise RuntimeError("observers must not break runs")
