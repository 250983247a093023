"""Model strings resolve through the firstresult hook across all installed backend plugins."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.plugin import (
    ModelNotFoundError,
    PluginManager,
    PluginNotFoundError,
    get_backend,
    set_plugin_manager,
)
from slm_test_manager import make_manager


@pytest.mark.parametrize(
    ("model", "backend"),
    [
        ("qwen3:1.7b", "preset"),  # a preset: built by the ollama backend with the preset's settings
        ("qwen3:4b", "ollama"),
        ("hf.co/bartowski/SmolLM2-135M-Instruct-GGUF:Q4_K_M", "ollama"),
        ("gpt-4o", "preset"),
        ("gpt-4.1-mini", "openai"),
        ("o3-mini", "openai"),
        ("Qwen/Qwen3-32B", "preset"),
        ("meta-llama/Llama-3.1-8B-Instruct", "openai"),
        ("x.gguf", "llamacpp"),
        ("./models/My-Model.Q4_K_M.gguf", "llamacpp"),
        ("smollm2", "preset"),
    ],
)
def test_model_strings_resolve(manager: PluginManager, model: str, backend: str) -> None:
    assert manager.resolve_backend_name(model) == backend


def test_existing_local_file_without_gguf_suffix_is_llamacpp(manager: PluginManager, tmp_path: Path) -> None:
    weights = tmp_path / "weights.bin"
    weights.write_bytes(b"GGUF")
    assert manager.resolve_backend_name(str(weights)) == "llamacpp"


def test_unknown_model_lists_installed_backends(manager: PluginManager) -> None:
    with pytest.raises(PluginNotFoundError) as info:
        manager.resolve_backend_name("no-such-model")
    message = str(info.value)
    assert "no-such-model" in message
    for name in ("llamacpp", "ollama", "openai", "preset"):
        assert name in message


def test_presets_build_the_named_backend_with_their_settings(
    manager: PluginManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    from purpose_slm_llamacpp import LlamaCppBackend
    from purpose_slm_ollama import OllamaBackend
    from purpose_slm_openai import OpenAIBackend

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("HF_TOKEN", "hf_test")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)

    qwen = get_backend("qwen3:1.7b", manager=manager)
    assert isinstance(qwen, OllamaBackend)
    assert (qwen.think, qwen.context_size, qwen.sampling["top_k"]) == (False, 8192, 20)
    gemma = get_backend("gemma3:1b", manager=manager)
    assert isinstance(gemma, OllamaBackend) and gemma.system_role is False
    gpt = get_backend("gpt-4o", manager=manager)
    assert isinstance(gpt, OpenAIBackend) and gpt.endpoint.api_key == "sk-test"
    hf = get_backend("Qwen/Qwen3-32B", manager=manager)
    assert isinstance(hf, OpenAIBackend)
    assert hf.endpoint.base_url == "https://router.huggingface.co/v1" and hf.system_suffix == "/no_think"
    small = get_backend("smollm2", manager=manager)
    assert isinstance(small, LlamaCppBackend) and small.sampling == {"top_p": 0.9}
    # Explicit settings win over the preset.
    assert get_backend("qwen3:1.7b", manager=manager, context_size=1024).context_size == 1024


def test_get_backend_caches_one_instance_per_backend_and_model(manager: PluginManager) -> None:
    first = get_backend("qwen3:4b", manager=manager, host="127.0.0.1:1")
    assert get_backend("qwen3:4b", manager=manager, host="127.0.0.1:1") is first
    assert get_backend("qwen3:8b", manager=manager, host="127.0.0.1:1") is not first


def test_default_model_is_the_embedded_one(manager: PluginManager) -> None:
    from purpose_slm_llamacpp import LlamaCppBackend

    assert isinstance(get_backend(manager=manager), LlamaCppBackend)


def test_missing_gguf_path_is_model_not_found(manager: PluginManager) -> None:
    with pytest.raises(ModelNotFoundError, match="does not exist"):
        get_backend("/nowhere/missing.gguf", manager=manager)


def test_disabled_backend_stays_disabled_behind_a_preset() -> None:
    manager = make_manager(plugins={"disabled": ["slm-ollama"]})
    try:
        assert "ollama" not in manager.backends().names()
        with pytest.raises(PluginNotFoundError, match="no backend named 'ollama'"):
            get_backend("qwen3:1.7b", manager=manager)
    finally:
        set_plugin_manager(None)
