"""The Sources view: the bibliography with what cites each source."""
