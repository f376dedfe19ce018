"""The window's frame: start-up, main window, menus, view stack, history, help dialogs, screenshots."""
