"""SLM-native layer: model-string resolution, presets and prompt compression."""
