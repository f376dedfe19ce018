"""The Qt user interface. Nothing outside ui/ (and the window-only CLI commands) imports Qt."""
