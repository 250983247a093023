"""Built-in plugins of purpose-core, registered through entry points like any third-party plugin."""
