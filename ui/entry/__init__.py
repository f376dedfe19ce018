"""The reading pane: entry HTML, the browser that shows it, its actions and the note dialog."""
