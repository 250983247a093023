"""Scale-out: threads against a server, worker processes with the embedded model, and Ray, same results.

Three measurements (docs/budgets.md: ``threads_speedup_16`` >= 8, ``processes_speedup_2`` >= 1.7,
``ray_same_result`` true):

- ``threads_speedup_16``: a loopback OpenAI-compatible server (stdlib HTTP, one thread per request) that
  answers the chat-completions protocol after a fixed delay, as a server with many parallel slots does.
  64 test episodes (a 256-case riddle suite, one seed, the no-memory baseline arm, so every episode is a
  test episode) through the OpenAI-compatible backend: ``--executor threads --workers 16`` against
  ``sequential``, wall time of the whole bench. The two result files must agree.
- ``processes_speedup_2``: the embedded model (SmolLM2-135M, greedy), 16 arithmetic test episodes,
  ``processes`` with 2 workers against ``sequential``. Both are warmed first (the model loaded in this
  process and in each worker), so the figure is throughput, not start-up; the cold figure is printed too.
- ``ray_same_result``: ``purpose bench arithmetic --arms baseline,full --seeds 0,1`` (as a command, the
  embedded model, the research techniques switched off unless ``--ray-research``: each adds candidates
  and so replays) run with ``--executor sequential`` and with ``--executor ray`` on a local Ray cluster
  with ``num_cpus=2`` (every arm and seed a Ray task, its episodes nested tasks); true when the result
  files agree in splits, decisions, promoted cards and scores.

Timing: the processes figure is warm (each executor first runs a 2-episode bench that loads the model in
this process and in each worker; the cold figures are printed beside it), both sides with llama.cpp's
default thread count (half the cores per model). The threads figure includes the pool's connection
set-up. The Ray part is a same-result check, not a speed figure. Beside the processes figure: seconds
spent inside episodes, summed, on each side (``processes_episode_slowdown``: how much slower an episode
runs beside another, i.e. the cores contending) and the share of the wall time the workers were busy
(``processes_busy``: below 1.0 is start-up, hand-over and the last worker's tail).

CPU speed-ups need idle cores: the load average is printed beside them. Needs purpose-slm (llamacpp and
openai) and purpose-executor-ray; a part whose packages are missing reports null with the reason.

    python benchmarks/scale.py [--latency 1.0] [--episodes 64] [--proc-episodes 16] [--ray-size N]
                               [--skip threads,processes,ray]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

WORD = "zebra"


class LatencyServer(BaseHTTPRequestHandler):
    """Chat completions after a fixed delay; the answer follows the riddle rule (see ``_answer``)."""

    delay_s = 1.0
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes: without TCP_NODELAY the second waits for the client's
    # delayed ACK (40 ms per call on Linux loopback), which is the server's cost, not the executor's
    disable_nagle_algorithm = True

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._send({"object": "list", "data": [{"id": "latency", "object": "model"}]})

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        time.sleep(self.delay_s)
        text = json.dumps({"action": "final_answer", "input": _answer(request.get("messages", []))})
        self._send(
            {
                "id": "chatcmpl-latency",
                "object": "chat.completion",
                "created": 0,
                "model": request.get("model", "latency"),
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
                ],
                "usage": {"prompt_tokens": 50, "completion_tokens": 10, "total_tokens": 60},
            }
        )

    def _send(self, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class Server(ThreadingHTTPServer):
    """One thread per request, as a server with many parallel slots. The listen backlog is raised from
    the standard library's 5: 16 clients opening connections at once would otherwise have their extra
    SYNs dropped and retried a second later, which measured the server's accept queue, not the executor."""

    daemon_threads = True
    request_queue_size = 256


def _answer(messages: list[dict[str, Any]]) -> str:
    """Items divisible by four are known; the rest are answered wrongly (a deterministic 'model')."""
    last = str(messages[-1].get("content", "")) if messages else ""
    found = re.findall(r"item (\d+)", last)
    return WORD if found and int(found[-1]) % 4 == 0 else "horse"


def _riddles(path: Path, n: int) -> Path:
    lines = [
        json.dumps({"input": f"What is the secret word for item {i}?", "expected": WORD, "checker": "exact"})
        for i in range(n)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _settings(tmp: Path, **extra: Any) -> Any:
    from purpose_agent.config import load_settings

    settings = load_settings()
    return settings.model_copy(
        update={"store": str(tmp / "memory.db"), "traces": str(tmp / "traces"), **extra}
    )


def _research_off() -> list[str]:
    from importlib import metadata

    return sorted(
        ep.name for ep in metadata.entry_points(group="purpose_agent") if ep.name.startswith("research-")
    )


def measure_threads(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    from purpose_agent.plugins import PluginManager
    from purpose_eval.arms import parse_arms
    from purpose_eval.harness import BenchConfig, run_benchmark
    from purpose_executors.threads import ThreadExecutor
    from purpose_slm_openai import OpenAIBackend
    from purpose_testing.executors import comparable

    LatencyServer.delay_s = args.latency
    server = Server(("127.0.0.1", 0), LatencyServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings = _settings(tmp)
        manager = PluginManager(settings).load()
        suite = _riddles(tmp / "riddles.jsonl", args.episodes * 4)
        walls, results = {}, {}
        from purpose_agent.llm.protocol import Message

        warm = OpenAIBackend("latency", base_url=f"http://127.0.0.1:{server.server_port}/v1", api_key="none")
        warm.complete([Message(role="user", content="warm up")])  # imports the client (seconds) before timing
        for name, executor in (("sequential", "sequential"), ("threads", ThreadExecutor(args.concurrency))):
            backend = OpenAIBackend(
                "latency",
                base_url=f"http://127.0.0.1:{server.server_port}/v1",
                api_key="none",
                json_mode="prompt",
                tools_mode="prompt",
            )
            config = BenchConfig(
                suite=str(suite),
                seeds=[0],
                arms=parse_arms("baseline"),
                agents=["solver"],
                workdir=str(tmp / f"threads-{name}"),
                resamples=200,
            )
            started = time.perf_counter()
            results[name] = run_benchmark(
                config, settings=settings, manager=manager, backend=backend, executor=executor
            )
            walls[name] = time.perf_counter() - started
            if not isinstance(executor, str):
                executor.close()
        episodes = len(results["threads"].runs[0].test)
        same = comparable(results["threads"]) == comparable(results["sequential"])
        speedup = walls["sequential"] / walls["threads"]
        print(
            f"threads: {episodes} test episodes, {args.latency:.2f} s per model call; sequential "
            f"{walls['sequential']:.1f} s, threads x{args.concurrency} {walls['threads']:.1f} s "
            f"-> {speedup:.2f}x; same result: {same}"
        )
        return {
            "threads_speedup_16": round(speedup, 2),
            "threads_same_result": same,
            "threads_episodes": episodes,
        }
    finally:
        server.shutdown()
        server.server_close()


def measure_processes(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    from purpose_agent.plugins import PluginManager
    from purpose_eval.arms import parse_arms
    from purpose_eval.harness import BenchConfig, run_benchmark
    from purpose_executors.base import SequentialExecutor
    from purpose_executors.processes import ProcessExecutor
    from purpose_testing.executors import comparable

    settings = _settings(tmp)
    settings.plugins.disabled = sorted({*settings.plugins.disabled, *_research_off()})
    manager = PluginManager(settings).load()

    def bench(executor: Any, name: str, test_episodes: int) -> tuple[float, Any]:
        config = BenchConfig(
            suite="arithmetic",
            size=test_episodes * 4,
            seeds=[0],
            arms=parse_arms("baseline"),
            workdir=str(tmp / f"proc-{name}"),
            resamples=200,
        )
        started = time.perf_counter()
        result = run_benchmark(config, settings=settings, manager=manager, executor=executor)
        return time.perf_counter() - started, result

    walls, results, cold = {}, {}, {}
    for name, executor in (
        ("sequential", SequentialExecutor()),
        ("processes", ProcessExecutor(args.workers)),
    ):
        cold[name], _ = bench(executor, f"{name}-warm", args.workers)  # loads the model (in each worker)
        walls[name], results[name] = bench(executor, name, args.proc_episodes)
        executor.close()
    same = comparable(results["processes"]) == comparable(results["sequential"])
    speedup = walls["sequential"] / walls["processes"]
    # where a shortfall from 2x comes from: episodes slower side by side (the cores contend: memory,
    # caches), or time outside episodes (start-up, hand-over, the last worker's tail)
    work = {name: _episode_seconds(results[name]) for name in walls}
    slowdown = work["processes"] / work["sequential"] if work["sequential"] else None
    packing = work["processes"] / (args.workers * walls["processes"]) if walls["processes"] else None
    print(
        f"processes: {args.proc_episodes} embedded test episodes; sequential {walls['sequential']:.1f} s, "
        f"{args.workers} workers {walls['processes']:.1f} s -> {speedup:.2f}x (warm); warm-up runs of "
        f"{args.workers} episodes: sequential {cold['sequential']:.1f} s, "
        f"processes {cold['processes']:.1f} s; "
        f"same result: {same}"
    )
    if slowdown is not None and packing is not None:
        print(
            f"processes: episode seconds summed: sequential {work['sequential']:.1f} s, processes "
            f"{work['processes']:.1f} s ({slowdown:.2f}x per episode side by side); the workers were busy "
            f"{packing:.0%} of the wall time"
        )
    return {
        "processes_speedup_2": round(speedup, 2),
        "processes_same_result": same,
        "processes_episode_slowdown": round(slowdown, 2) if slowdown is not None else None,
        "processes_busy": round(packing, 2) if packing is not None else None,
    }


def _episode_seconds(result: Any) -> float:
    """Seconds spent inside episodes (summed over episodes, wherever they ran)."""
    return float(sum(run.cost.test.seconds for run in result.runs))


def measure_ray(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    from purpose_eval.report import load_json
    from purpose_testing.executors import comparable, promoted_cards

    work = tmp / "ray"
    work.mkdir()
    (work / "purpose.toml").write_text("[plugin.executor-ray]\nnum_cpus = 2\n", encoding="utf-8")
    env = {
        **os.environ,
        "PURPOSE_AGENT_STORE": str(work / "memory.db"),
        "PURPOSE_AGENT_TRACES": str(work / "t"),
    }
    if not args.ray_research:  # each research technique adds candidates to replay, twice over
        env["PURPOSE_AGENT_DISABLED_PLUGINS"] = ",".join(_research_off())
    files, walls = {}, {}
    for name, options in (
        ("sequential", ["--executor", "sequential"]),
        ("ray", ["--executor", "ray", "--workers", "2"]),
    ):
        out = work / name / "result.json"
        command = [
            sys.executable,
            "-m",
            "purpose_agent",
            "bench",
            "arithmetic",
            "--arms",
            "baseline,full",
            "--seeds",
            "0,1",
            "--workdir",
            str(work / name),
            "--out",
            str(out),
            "--no-plot",
            *options,
        ]
        if args.ray_size:
            command += ["-n", str(args.ray_size)]
        started = time.perf_counter()
        done = subprocess.run(command, env=env, cwd=work, capture_output=True, text=True)
        walls[name] = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {(done.stdout + done.stderr)[-1500:]}")
        files[name] = load_json(out)
    seq, ray_result = files["sequential"], files["ray"]
    same = comparable(ray_result) == comparable(seq) and promoted_cards(ray_result) == promoted_cards(seq)
    size = args.ray_size or "default"
    print(
        f"ray: purpose bench arithmetic --arms baseline,full --seeds 0,1 (size {size}); sequential "
        f"{walls['sequential']:.0f} s, ray (local cluster, num_cpus=2) {walls['ray']:.0f} s; "
        f"result files agree in splits, decisions, promoted cards and scores: {same}"
    )
    return {
        "ray_same_result": same,
        "ray_seconds": round(walls["ray"], 1),
        "sequential_seconds": round(walls["sequential"], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--latency", type=float, default=1.0, help="server delay per model call (s)")
    parser.add_argument("--episodes", type=int, default=64, help="test episodes against the server")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--proc-episodes", type=int, default=16, help="embedded test episodes")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--ray-size", type=int, help="cases per seed for the Ray run (default: the suite's)")
    parser.add_argument(
        "--kernel-only", action="store_true", help="(the default now) Ray run without the research techniques"
    )
    parser.add_argument(
        "--ray-research", action="store_true", help="Ray run with every installed research technique on"
    )
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: threads,processes,ray")
    args = parser.parse_args()
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    out: dict[str, Any] = {"threads_speedup_16": None, "processes_speedup_2": None, "ray_same_result": None}
    load_before = os.getloadavg()[0]
    print(f"scale benchmark; load average {load_before:.2f} on {os.cpu_count()} cores")
    parts = (("threads", measure_threads), ("processes", measure_processes), ("ray", measure_ray))
    with tempfile.TemporaryDirectory() as tmp:
        for name, fn in parts:
            if name in skip:
                print(f"{name}: skipped")
                continue
            folder = Path(tmp) / name
            folder.mkdir()
            try:
                out.update(fn(args, folder))
            except ImportError as exc:
                print(f"{name}: not measured, a package is missing ({exc})")
    out["load_average"] = round(os.getloadavg()[0], 2)
    out["load_average_before"] = round(load_before, 2)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
