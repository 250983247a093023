"""Did a trial fail? The evaluator that decides whether Reflexion reflects and retries.

Reflexion needs a trial-level signal. With a known answer on a training or validation split that signal is
the task's own checker (as the paper's environments give a binary reward). On a test split the expected
answer must not steer the agent, so an internal heuristic stands in: a trial without a final answer, or
whose answer ignores the last successful tool result, counts as failed.
"""

from __future__ import annotations

from purpose_agent.plugin import EpisodeStatus, StrategyOutcome, Task


def evaluate_trial(task: Task, outcome: StrategyOutcome, *, checker_splits: list[str]) -> tuple[bool, str]:
    """``(passed, feedback)``; the feedback is a plain sentence the reflection step builds on."""
    if outcome.status is not EpisodeStatus.COMPLETED:
        return False, f"the trial ended without a final answer ({outcome.status.value})"
    answer = outcome.answer.strip()
    if task.expected is not None and task.split in checker_splits:
        from purpose_agent.plugin import check_answer as check

        score = check(answer, task.expected, task.checker)
        if score.value >= 0.5:
            return True, "the answer was correct"
        return False, f"the answer {answer[:80]!r} was wrong"
    ok = [s for s in outcome.steps if s.tool_status == "ok" and s.observation.strip()]
    if ok and ok[-1].observation.strip()[:80] not in answer:
        last = ok[-1]
        return False, (
            f"the answer {answer[:80]!r} ignores the last {last.action} result {last.observation[:80]!r}"
        )
    if not answer:
        return False, "the final answer was empty"
    return True, "no problem detected"
