"""The Starlette application: routes that read through :class:`Workspace` and render Jinja templates.

Pages are rendered on the server with autoescaping, because the content under review is untrusted by
definition (a quarantined memory may hold an injection attempt) and must reach the reviewer as text.
JavaScript only adds live-update notices; every action is a plain form that works without it.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from purpose_agent.plugin import (
    CardNotFoundError,
    InvalidTransitionError,
    MemoryStatus,
    PurposeError,
    ReadOnlyError,
    ValidationError,
    VersionConflictError,
)
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from purpose_ui import charts, diffview, runs
from purpose_ui.rendering import Renderer
from purpose_ui.security import AccessMiddleware, AccessPolicy
from purpose_ui.workspace import Workspace

HERE = Path(__file__).parent
RUN_FILTERS = ("command", "arm", "seed", "mode", "card", "folder", "q")
SSE_SECONDS = 25.0
SSE_INTERVAL = 1.0


def _int(value: Any, default: int, *, low: int = 1, high: int = 10_000_000) -> int:
    try:
        return min(max(int(value), low), high)
    except (TypeError, ValueError):
        return default


def status_code(exc: PurposeError) -> int:
    if isinstance(exc, CardNotFoundError):
        return 404
    if isinstance(exc, VersionConflictError | InvalidTransitionError):
        return 409
    if isinstance(exc, ReadOnlyError):
        return 403
    if isinstance(exc, ValidationError):
        return 400
    return 500


class Pages:
    """Request handlers; one instance per app, holding the workspace, the policy and the renderer."""

    def __init__(self, ws: Workspace, policy: AccessPolicy) -> None:
        self.ws = ws
        self.policy = policy
        self.render = Renderer(ws, policy)
        self.render.env.globals["card_usage"] = self.card_usage
        self.stopping = threading.Event()
        """Set when the server shuts down, so open event streams end instead of holding it up."""

    # -- helpers ------------------------------------------------------------------------------------

    async def _page(
        self, request: Request, template: str, http_status: int = 200, **context: Any
    ) -> Response:
        html = await run_in_threadpool(self.render.page, request, template, context)
        return HTMLResponse(html, status_code=http_status)

    async def _error(self, request: Request, exc: PurposeError, **context: Any) -> Response:
        return await self._page(request, "error.html", status_code(exc), message=str(exc), **context)

    async def _form(self, request: Request) -> dict[str, str]:
        """The posted form, refused unless it carries this page's token and comes from this origin."""
        origin = request.headers.get("origin")
        host = request.headers.get("host", "")
        if origin and origin != "null" and origin.split("://", 1)[-1] != host:
            raise PermissionError(f"cross-site form from {origin} refused")
        form = await request.form()
        data = {k: str(v) for k, v in form.items() if isinstance(v, str)}
        if not self.policy.token_ok(data.get("csrf")):
            raise PermissionError("the form lacks this page's token; reload the page and try again")
        return data

    # -- quarantine queue ---------------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        return RedirectResponse("/queue", status_code=303)

    async def queue(self, request: Request) -> Response:
        q = request.query_params
        status = q.get("status") or MemoryStatus.QUARANTINED.value
        if status not in (MemoryStatus.QUARANTINED.value, MemoryStatus.CANDIDATE.value):
            status = MemoryStatus.QUARANTINED.value
        try:
            page = await run_in_threadpool(
                self.ws.page,
                query=q.get("q", ""),
                statuses=[status],
                page=_int(q.get("page"), 1),
                per_page=_int(q.get("per_page"), 20, high=100),
            )
            decided = await run_in_threadpool(self._decided, q.get("decided"))
        except PurposeError as exc:
            return await self._error(request, exc)
        return await self._page(
            request, "queue.html", page=page, q=q.get("q", ""), status=status, decided=decided
        )

    def _decided(self, card_id: str | None) -> dict[str, Any] | None:
        """What the store now says about the card just decided (never text taken from the URL)."""
        if not card_id:
            return None
        try:
            card = self.ws.card(card_id)
        except PurposeError:
            return None
        last = self.ws.store.audit(card_id, limit=1)
        return {"card": card, "audit": last[-1] if last else None}

    async def review(self, request: Request) -> Response:
        card_id = request.path_params["card_id"]
        try:
            form = await self._form(request)
        except PermissionError as exc:
            return HTMLResponse(str(exc), status_code=403)
        decision = form.get("decision")
        try:
            if decision not in ("approve", "reject"):
                raise ValidationError("choose Approve or Reject")
            await run_in_threadpool(
                lambda: self.ws.review(
                    card_id,
                    approve=decision == "approve",
                    reason=form.get("reason", ""),
                    seen_version=_int(form.get("version"), -1, low=-1),
                    seen_status=form.get("status", ""),
                )
            )
        except PurposeError as exc:
            return await self._memory(request, card_id, status=status_code(exc), problem=str(exc), draft=form)
        back = form.get("back") or "/queue"
        if not back.startswith("/") or back.startswith("//"):
            back = "/queue"
        sep = "&" if "?" in back else "?"
        return RedirectResponse(f"{back}{sep}{urlencode({'decided': card_id})}", status_code=303)

    # -- memories -----------------------------------------------------------------------------------

    async def memories(self, request: Request) -> Response:
        q = request.query_params
        statuses = [s for s in q.getlist("status") if s]
        kinds = [k for k in q.getlist("kind") if k]
        archived = MemoryStatus.ARCHIVED.value
        try:
            stats = await run_in_threadpool(self.ws.store.stats)
            # archived cards are kept for the record, not used: listed apart unless asked for by status
            # (with none archived, no filter is the same list, and the store pages it faster)
            has_archived = bool(stats.by_status.get(archived, 0))
            others = [s.value for s in MemoryStatus if s.value != archived]
            live = statuses or (others if has_archived else [])
            page = await run_in_threadpool(
                self.ws.page,
                query=q.get("q", ""),
                statuses=live,
                kinds=kinds,
                page=_int(q.get("page"), 1),
                per_page=_int(q.get("per_page"), 50, high=200),
            )
            shelved = (
                await run_in_threadpool(
                    self.ws.page, query=q.get("q", ""), statuses=[archived], kinds=kinds, per_page=20
                )
                if not statuses and has_archived
                else None
            )
        except PurposeError as exc:
            return await self._error(request, exc)
        return await self._page(
            request,
            "memories.html",
            page=page,
            q=q.get("q", ""),
            statuses=statuses,
            kinds=kinds,
            stats=stats,
            all_statuses=[s.value for s in MemoryStatus],
            archived=shelved,
        )

    async def memory(self, request: Request) -> Response:
        return await self._memory(request, request.path_params["card_id"])

    async def _memory(
        self,
        request: Request,
        card_id: str,
        *,
        status: int = 200,
        problem: str | None = None,
        draft: dict[str, str] | None = None,
    ) -> Response:
        q = request.query_params

        def gather() -> dict[str, Any]:
            card = self.ws.card(card_id)
            history = self.ws.store.history(card_id)
            versions = [v.version for v in history]
            b = _int(q.get("b"), card.version)
            a = _int(q.get("a"), max(1, b - 1))
            if a not in versions:
                a = versions[0]
            if b not in versions:
                b = versions[-1]
            diff = self.ws.store.diff(card_id, a, b) if a != b else None
            by_version = {v.version: v for v in history}
            return {
                "card": card,
                "history": list(reversed(history)),
                "audit": list(reversed(self.ws.store.audit(card_id))),
                "a": a,
                "b": b,
                "left": by_version[a],
                "right": by_version[b],
                "rows": diffview.side_by_side(by_version[a].card.content, by_version[b].card.content),
                "fields": diffview.field_rows(diff.changes) if diff else [],
                "evidence": card.provenance.evidence,
            }

        try:
            context = await run_in_threadpool(gather)
        except PurposeError as exc:
            return await self._error(request, exc)
        return await self._page(request, "memory.html", status, problem=problem, draft=draft or {}, **context)

    async def rollback_confirm(self, request: Request) -> Response:
        card_id, version = request.path_params["card_id"], request.path_params["version"]

        def gather() -> dict[str, Any]:
            card = self.ws.card(card_id)
            history = {v.version: v for v in self.ws.store.history(card_id)}
            if version not in history:
                raise CardNotFoundError(f"memory {card_id} has no version {version}")
            target = history[version]
            diff = self.ws.store.diff(card_id, card.version, version)
            return {
                "card": card,
                "target": target,
                "rows": diffview.side_by_side(card.content, target.card.content),
                "fields": diffview.field_rows(diff.changes),
            }

        try:
            context = await run_in_threadpool(gather)
        except PurposeError as exc:
            return await self._error(request, exc)
        return await self._page(request, "rollback.html", **context)

    async def rollback(self, request: Request) -> Response:
        card_id, version = request.path_params["card_id"], request.path_params["version"]
        try:
            form = await self._form(request)
        except PermissionError as exc:
            return HTMLResponse(str(exc), status_code=403)
        try:
            card = await run_in_threadpool(
                lambda: self.ws.rollback(
                    card_id,
                    version,
                    reason=form.get("reason", ""),
                    seen_version=_int(form.get("version"), -1, low=-1),
                )
            )
        except PurposeError as exc:
            return await self._memory(request, card_id, status=status_code(exc), problem=str(exc))
        query = urlencode({"rolled": version, "a": version, "b": card.version})
        return RedirectResponse(f"/memory/{card_id}?{query}", status_code=303)

    # -- runs ---------------------------------------------------------------------------------------

    async def runs(self, request: Request) -> Response:
        q = request.query_params
        filters = {k: q.get(k, "").strip()[:200] for k in RUN_FILTERS}
        page = _int(q.get("page"), 1)

        def gather() -> dict[str, Any]:
            catalog = self.ws.catalog
            items, total, has_next = catalog.query(**filters, page=page, per_page=25)
            facets = catalog.facets()
            return {
                "runs": items,
                "total": total,
                "has_next": has_next,
                "pages": max(1, -(-total // 25)),
                "facets": facets,
                "folders": list(reversed(catalog.folders())),
                "folder_counts": dict(facets["folder"]),
                "index_problems": catalog.problems,
                "index_path": catalog.index,
                "complete": catalog.complete,
                "chosen_folder": catalog.folder(filters["folder"]) if filters["folder"] else None,
            }

        context = await run_in_threadpool(gather)
        return await self._page(request, "runs.html", page=page, filters=filters, **context)

    async def run(self, request: Request) -> Response:
        trace_id = request.path_params["trace_id"]

        def lookup(card_id: str) -> Any:
            try:
                return self.ws.card(card_id)
            except PurposeError:
                return None

        def gather() -> dict[str, Any]:
            info = self.ws.catalog.find(trace_id)
            if info is None:
                raise ValidationError(
                    f"no trace {trace_id} in the {len(self.ws.catalog.folders())} trace folder(s) this "
                    f"workspace knows (the configured {self.ws.traces} and those registered in "
                    f"{self.ws.catalog.index})"
                )
            trace = runs.read(info.path)
            return {
                "trace": trace,
                "info": info,
                "steps": runs.timeline(trace, lookup),
                "summary": runs.summarize(trace.path),
                "proposed": [(card_id, lookup(card_id)) for card_id in info.proposed],
                "in_results": [r for r in self.ws.all_results() if _holds(r, info.folder.path)],
            }

        try:
            context = await run_in_threadpool(gather)
        except PurposeError as exc:
            return await self._error(request, exc)
        return await self._page(request, "run.html", **context)

    # -- benchmark results --------------------------------------------------------------------------

    async def results(self, request: Request) -> Response:
        loaded = await run_in_threadpool(self.ws.all_results)
        sources = [*self.ws.results, self.ws.catalog.index]
        return await self._page(request, "results.html", results=loaded, sources=sources)

    async def result(self, request: Request) -> Response:
        name = request.path_params["name"]

        def gather() -> Any:
            found = self.ws.all_results()
            return next((r for r in found if r.key == name), None) or next(
                (r for r in found if r.path.stem == name), None
            )

        found = await run_in_threadpool(gather)
        if found is None:
            return await self._error(request, ValidationError(f"no result file named {name}.json"))
        try:
            bars = charts.bar_chart(found.arms, title=_bar_title(found)) if found.arms else ""
            curve = charts.line_chart(found.curves, title=_curve_title(found)) if found.curves else ""
            train = (
                charts.line_chart(found.train_curves, title="training success (running mean)")
                if found.train_curves
                else ""
            )
        except Exception as exc:  # a chart that cannot be drawn costs the chart, not the page
            found.problems.append(f"chart not drawn ({type(exc).__name__}: {exc})")
            bars = curve = train = ""
        folders = {str(f.path): f.key for f in self.ws.catalog.folders()}
        return await self._page(
            request, "result.html", result=found, bars=bars, curve=curve, train=train, folders=folders
        )

    # -- what a card did ----------------------------------------------------------------------------

    def card_usage(self, card: Any) -> dict[str, Any]:
        """Where a card came from and where it was shown: its source episodes wherever they live, the
        replay and test episodes whose prompts showed it, and the result files that record its test use."""
        catalog = self.ws.catalog
        try:
            sources = [(t, catalog.find(t)) for t in card.provenance.source_traces]
            shown = catalog.showing(card.id)
            by_mode: dict[str, list[Any]] = {}
            for info in shown:
                by_mode.setdefault(info.run_mode or "?", []).append(info)
            in_results = []
            for loaded in self.ws.all_results():
                for row in loaded.usage.get(card.id, []):
                    in_results.append({"result": loaded, **row})
            return {
                "sources": sources,
                "proposed_in": [i for i in catalog.proposing(card.id) if i.trace_id not in dict(sources)],
                "by_mode": sorted(by_mode.items()),
                "in_results": in_results,
                "problem": None,
            }
        except Exception as exc:  # the card page must render even if a trace folder misbehaves
            return {"sources": [], "proposed_in": [], "by_mode": [], "in_results": [], "problem": str(exc)}

    # -- live updates -------------------------------------------------------------------------------

    async def marks(self, request: Request) -> Response:
        return JSONResponse(await run_in_threadpool(self.ws.change_marks))

    async def events(self, request: Request) -> Response:
        """Server-sent events: the change marks whenever they move; ends after a while, clients reconnect."""

        async def stream() -> Any:
            yield "retry: 1500\n\n"
            last: dict[str, Any] | None = None
            deadline = time.monotonic() + SSE_SECONDS
            while time.monotonic() < deadline and not self.stopping.is_set():
                if await request.is_disconnected():
                    return
                marks = await run_in_threadpool(self.ws.change_marks)
                if marks != last:
                    yield f"event: marks\ndata: {json.dumps(marks)}\n\n"
                    last = marks
                for _ in range(int(SSE_INTERVAL / 0.25)):
                    if self.stopping.is_set():
                        return
                    await asyncio.sleep(0.25)

        return StreamingResponse(
            stream(), media_type="text/event-stream", headers={"x-accel-buffering": "no"}
        )


def _holds(result: Any, folder: Path) -> bool:
    """The result file was written by the run whose work folder holds this traces folder."""
    if not result.workdir:
        return False
    try:
        return folder.is_relative_to(Path(result.workdir).absolute())
    except (OSError, ValueError):
        return False


def _bar_title(result: Any) -> str:
    if result.format == "purpose bench result":
        return "test success by arm (95% bootstrap CI, EVAL_TEST)"
    return "mean score by arm (95% CI)"


def _curve_title(result: Any) -> str:
    if result.format == "purpose bench result":
        return "learning curve: test success after N training cases"
    return "learning curve"


def _warm(workspace: Workspace, stopping: threading.Event) -> None:
    """Read every trace once in the background, so filters on content answer without waiting."""
    try:
        workspace.catalog.warm()
    except Exception as exc:  # the pages still work, parsing lazily
        import logging

        logging.getLogger("purpose_agent").warning("purpose ui: reading traces failed: %s", exc)


def create_app(workspace: Workspace, policy: AccessPolicy, *, warm: bool = True) -> Any:
    pages = Pages(workspace, policy)
    if warm:
        threading.Thread(target=_warm, args=(workspace, pages.stopping), daemon=True).start()
    routes = [
        Route("/", pages.home),
        Route("/queue", pages.queue),
        Route("/memories", pages.memories),
        Route("/memory/{card_id}", pages.memory),
        Route("/memory/{card_id}/review", pages.review, methods=["POST"]),
        Route("/memory/{card_id}/rollback/{version:int}", pages.rollback_confirm),
        Route("/memory/{card_id}/rollback/{version:int}", pages.rollback, methods=["POST"]),
        Route("/runs", pages.runs),
        Route("/runs/{trace_id}", pages.run),
        Route("/results", pages.results),
        Route("/results/{name}", pages.result),
        Route("/api/marks", pages.marks),
        Route("/events", pages.events),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = AccessMiddleware(Starlette(routes=routes), policy)
    app.stopping = pages.stopping
    return app
