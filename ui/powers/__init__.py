"""The power-balance view: graph scene, table model and the view that joins them."""
