"""The interactive wizard: purpose -> model -> knowledge -> run -> review -> bench, with no code.

Plain line prompts (rich's Prompt) rather than a full-screen UI, so it works in any terminal, over ssh,
in a pseudo-terminal driven by a test, and with input piped in. Every answer is validated where it is
given and asked again when wrong, so a typo never ends the session; nothing runs on a model until the
person has said what to run.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

HELP = "walk through purpose, model, knowledge, a first run, memory review and a benchmark"
ACTIONS = ("run", "review", "bench", "quit")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", help="memory store path (default: settings)")


class Wizard:
    def __init__(self, console: Any = None, manager: Any = None, store: str | None = None) -> None:
        from rich.console import Console

        self.console = console or Console(highlight=False, soft_wrap=True)
        self._manager = manager
        self.store = store
        self.team: Any = None

    @property
    def manager(self) -> Any:
        if self._manager is None:
            from purpose_agent.plugin import get_plugin_manager

            self._manager = get_plugin_manager()
        return self._manager

    def ask(self, question: str, *, default: str | None = None, choices: list[str] | None = None) -> str:
        from rich.prompt import Prompt

        kwargs: dict[str, Any] = {"console": self.console}
        if default is not None:
            kwargs["default"] = default
        if choices is not None:
            kwargs["choices"] = choices
        return str(Prompt.ask(question, **kwargs)).strip()

    # -- the steps ----------------------------------------------------------------------------------

    def start(self) -> int:
        from purpose_agent.plugin import PurposeError

        self.console.rule("[bold]Purpose Agent[/]")
        self.console.print("Describe what your agent is for; it learns from every task it is judged on.")
        try:
            self.team = self._build_team()
            while True:
                action = self.ask("What next?", choices=list(ACTIONS), default="run")
                if action == "quit":
                    break
                try:
                    getattr(self, f"do_{action}")()
                except PurposeError as exc:  # one clear line, then back to the menu
                    self.console.print(f"[bold red]error:[/] {exc}")
        except (EOFError, KeyboardInterrupt):
            self.console.print("\ninput ended; leaving the wizard")
            if self.team is not None:
                self.team.close()
            return 130
        self.team.close()
        self.console.print("Bye. Your memory is in " + self.team.store_path)
        return 0

    def _build_team(self) -> Any:
        from purpose_agent.plugin import PurposeError
        from purpose_team import Team

        while True:
            purpose = self.ask("Purpose (what should the agent do?)")
            if purpose:
                break
            self.console.print(
                "[red]A purpose is needed[/], e.g. 'Answer maths questions with a calculator'."
            )
        settings = self.manager.settings
        while True:
            model = self.ask("Model (the embedded model runs offline)", default=settings.model)
            try:
                backend = self.manager.resolve_backend_name(model)
                break
            except PurposeError as exc:
                self.console.print(f"[red]{exc}[/]")
        while True:
            folder = self.ask("Knowledge folder (Enter to skip)", default="")
            if not folder or Path(folder).expanduser().is_dir():
                break
            self.console.print(
                f"[red]{folder} is not a folder[/]; give a directory of documents or press Enter."
            )
        team = Team.build(
            purpose=purpose,
            model=model,
            knowledge=Path(folder).expanduser() if folder else None,
            store=self.store,
            settings=settings,
            manager=self.manager,
        )
        agents = ", ".join(a.name for a in team.agents)
        self.console.print(
            f"Team [bold]{team.name}[/] ({agents}) on {model} via {backend}; memory {team.store_path}"
        )
        return team

    def do_run(self) -> None:
        from purpose_agent.plugin import Task
        from purpose_team import episode_panel

        task = ""
        while not task:
            task = self.ask("Task")
        expected = self.ask("Known answer, if you have one (Enter to let the judge decide)", default="")
        with self.console.status("running"):
            result = self.team.run(Task(input=task, expected=expected or None))
        from purpose_runs import register as register_run

        ids = [a.trace_id for a in getattr(result, "agents", [])] or [result.trace_id]
        register_run("wizard run", traces=self.team.settings.traces, trace_ids=ids)
        self.console.print(episode_panel(result))

    def do_review(self) -> None:
        from purpose_agent.plugin import MemoryCI

        store = self.team.store
        waiting = store.list_cards(statuses=["quarantined"], limit=50)
        if not waiting:
            self.console.print("No memories are waiting for review (run a task first).")
            return
        ci = MemoryCI(store, manager=self.team.manager)
        for card in waiting:
            self.console.print(f"[yellow]{card.kind}[/] {card.id}: {card.content}")
            choice = self.ask(
                "promote, reject or skip?", choices=["promote", "reject", "skip"], default="skip"
            )
            if choice == "promote":
                ci.promote_without_replay(card.id, "promoted by the user in the wizard", actor="user")
                self.console.print("[green]promoted[/]: it can now be shown in prompts")
            elif choice == "reject":
                store.transition(
                    card.id, "rejected", reason="rejected by the user in the wizard", actor="user"
                )
                self.console.print("[red]rejected[/]: it will never be shown")

    def do_bench(self) -> None:
        from purpose_agent.plugin import PluginNotFoundError, ValidationError
        from purpose_learn import available_suites, run_with_progress
        from rich.markup import escape

        try:  # lazy: the benchmark is another distribution, needed only for this step
            from purpose_eval.arms import defined_arms, parse_arms
            from purpose_eval.harness import BenchConfig, run_benchmark
            from purpose_eval.report import comparisons_table, results_table, write_json
        except ModuleNotFoundError as exc:
            if exc.name != "purpose_eval":
                raise
            raise PluginNotFoundError("the bench step needs purpose-eval: pip install purpose-eval") from None

        suites = available_suites(self.team.manager)
        for name, suite in sorted(suites.items()):
            about = f"{escape(suite.description)} (default size {suite.default_size})"
            self.console.print(f"  [bold]{name}[/]: {about}")
        suite_name = self.ask("Suite (a name above or a .jsonl file)", default="arithmetic")
        default_size = suites[suite_name].default_size if suite_name in suites else 0
        size_text = self.ask("Cases", default=str(default_size))
        if not size_text.isdigit():
            raise ValidationError(f"cases must be a whole number, got {size_text!r}")
        arms_text = self.ask("Arms", default="baseline,full")
        settings = self.team.manager.settings
        config = BenchConfig(
            suite=suite_name,
            size=int(size_text) or None,
            arms=parse_arms(arms_text, defined_arms(settings)),
            purpose=self.team.purpose,
            agents=[a.name for a in self.team.agents],
            workdir=str(Path(self.team.store_path).parent / "bench"),
        )
        if self.team.model != settings.model:
            config.arms = [
                a if a.model else a.model_copy(update={"model": self.team.model}) for a in config.arms
            ]
        from purpose_runs import command as run_command
        from purpose_runs import register as register_run

        with run_command("wizard bench"):
            result = run_with_progress(
                run_benchmark, config, self.console, settings=settings, manager=self.team.manager
            )
        self.console.print(results_table(result))
        if result.comparisons:
            self.console.print(comparisons_table(result))
        out = write_json(result, Path(config.workdir) / "result.json")
        register_run("wizard bench", result=out, workdir=config.workdir, info={"suite": suite_name})
        self.console.print(f"result: {out}")


def run(args: argparse.Namespace) -> int:
    return Wizard(store=getattr(args, "store", None)).start()


def main(argv: list[str] | None = None) -> int:
    """``python -m purpose_cli_extras.wizard``: the wizard with one-line errors, as ``purpose`` has."""
    from purpose_agent.plugin import PurposeError

    parser = argparse.ArgumentParser(prog="purpose wizard", description=HELP)
    configure(parser)
    args = parser.parse_args(argv)
    try:
        return run(args)
    except PurposeError as exc:
        print(f"error: {exc}")
        return exc.exit_code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
